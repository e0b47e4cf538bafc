# Uncaught ZeroDivisionError after some output.
def average(values):
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([10]))
print("now an empty list:")
print(average([]))
print("not reached")
