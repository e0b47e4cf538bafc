# gc.is_tracked() for the other containers: lists and sets always, instance
# objects and classes always, generators and closures, exceptions; and
# untracked values stored in containers do not change the answer for them.
# skip-backend: none: this build tracks no objects: gc.is_tracked() is False for everything
import gc

class User:
    pass

class AppError(Exception):
    pass

def gen():
    yield 1

def outer():
    x = 1
    def inner():
        return x
    return inner

print("empty list:", gc.is_tracked([]))
print("list of ints:", gc.is_tracked([1, 2, 3]))
print("empty set:", gc.is_tracked(set()))
print("set of strs:", gc.is_tracked({"a", "b"}))
print("instance without attributes:", gc.is_tracked(User()))
u = User()
u.x = 1
print("instance with atomic attributes:", gc.is_tracked(u))
print("user exception:", gc.is_tracked(AppError("x")))
print("builtin exception:", gc.is_tracked(ValueError("x")))
print("generator:", gc.is_tracked(gen()))
print("closure:", gc.is_tracked(outer()))
print("range:", gc.is_tracked(range(10)))
print("str of a list:", gc.is_tracked(str([1])))
print("int from a list:", gc.is_tracked(len([1, 2])))
