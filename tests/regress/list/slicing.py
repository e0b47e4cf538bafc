# List slicing: reading, negative steps, copies, out-of-range bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3])
print(a[8:2:-2], a[-1:-5:-1], a[5:100], a[100:], a[-100:2], a[3:3], a[6:2])
b = a[:]
b[0] = "changed"
print(a[0], b[0], a is b, a == list(range(10)))
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
print(a[len(a) // 2:], a[:len(a) // 2])
print([1, 2, 3][::-1][1:], [][:], [][::-1])
def chunks(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
print(chunks(a, 3), chunks([], 2))
print(a[-1], a[-10], a[0])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
