# After CPython's test_gc.py test_global_del_SystemExit: a global cycle with
# a __del__ is still finalized when the program ends with SystemExit(0).
# skip-backend: none: reference counting only: cycles are never collected
class ClassWithDel:
    def __del__(self):
        print("__del__ called")

a = ClassWithDel()
a.link = a
print("raising SystemExit")
raise SystemExit(0)
