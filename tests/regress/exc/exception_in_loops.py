# Exceptions in loops and comprehensions, and continuing after them.
data = ["10", "20", "x", "30", None, "40"]
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError:
        errors.append(f"not a number: {item!r}")
        continue
    except TypeError as e:
        errors.append(f"wrong type: {e}")
        break
    finally:
        pass
print(total, errors)

def first_failure(values):
    for i, v in enumerate(values):
        try:
            1 / v
        except ZeroDivisionError:
            return i
    return -1
print(first_failure([3, 2, 0, 1]), first_failure([1]))

try:
    squares = [10 // x for x in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("comprehension failed:", e)
i = 0
while True:
    try:
        [1, 2, 3][i]
        i += 1
    except IndexError:
        break
print("length by exception:", i)
it = iter([1, 2])
while True:
    try:
        print("item", next(it))
    except StopIteration:
        print("exhausted")
        break
