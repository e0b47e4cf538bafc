# After CPython's test_gc.py test_gc_main_module_at_shutdown: a cycle left
# in __main__ at exit is collected at interpreter shutdown, so its __del__
# runs (and prints) after the last line of the program.
# skip-backend: none: reference counting only: cycles are never collected
class C:
    def __del__(self):
        print("__del__ called")

l = [C()]
l.append(l)
print("end of program")
