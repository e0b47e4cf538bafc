# Copies versus aliases: assignment, slicing, list(), copy(), nested sharing.
original = [1, [2, 3], "s"]
alias = original
slice_copy = original[:]
list_copy = list(original)
method_copy = original.copy()
original.append(4)
original[1].append(99)
print(original)
print(alias)
print(slice_copy)
print(list_copy)
print(method_copy)
print(alias is original, slice_copy is original, slice_copy[1] is original[1])

def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x

deep = deep_copy(original)
original[1].append("after")
print(original, deep)

def modify(lst):
    lst.append("modified")

def rebind(lst):
    lst = ["new"]
    return lst

data = [0]
modify(data)
r = rebind(data)
print(data, r)
row = [0, 0]
table = [row, row]
table[0][0] = 5
print(table, table[0] is table[1])
