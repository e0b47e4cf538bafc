# seq * n with n beyond the index range is OverflowError in python3, while
# a subscript with such an index is IndexError.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: [0] * (2 ** 70))
show(lambda: (0,) * (2 ** 70))
show(lambda: "a" * (2 ** 70))
show(lambda: (2 ** 70) * [1])
show(lambda: [1, 2][2 ** 70])
show(lambda: "ab"[-2 ** 70])
show(lambda: len([0] * -(2 ** 70)))
