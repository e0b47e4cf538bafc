# UBSan: slots.c:37 call_special "null pointer passed as argument 2" — memcpy(vec + 1, args, 0) with args == NULL for a zero-argument special method (__repr__, __iter__, __neg__, ...)
class A:
    def __repr__(self):
        return "a"
repr(A())
