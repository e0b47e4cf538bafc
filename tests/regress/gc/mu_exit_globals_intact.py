# skip-backend: none: reference counting only: __main__'s globals are set to None instead of collected
import sys
LOG = []
class D:
    def __del__(self):
        LOG.append('d')
d = D()
del d
print(LOG)
class E:
    def __del__(self):
        print('E del, LOG is', LOG)
e = E()
