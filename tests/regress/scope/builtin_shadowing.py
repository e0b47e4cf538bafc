# Local, global and builtin scopes: shadowing and restoring builtins.
print(len("abc"), max(1, 5))

def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(2, 3))

len = lambda x: "fake len"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

def uses_sum(items):
    return sum(items)
sum = lambda items: -1
print(uses_sum([1, 2]))
del sum
print(uses_sum([1, 2]))

list_ = list("abc")
print(list_)
def param_named_like_builtin(str, list):
    return str * list
print(param_named_like_builtin("ab", 3))
print(str(5), list((1, 2)))

for print_ in range(1):
    pass
print(print_)
