# UBSan: vm.c:273 "applying zero offset to null pointer" — `args + nargs` in the argument binder when a Python function is called from C with args == NULL, nargs == 0 (any method/__init__ call)
class A:
    def __init__(self):
        pass
A()
