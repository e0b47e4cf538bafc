# break and continue in nested loops and inside try/finally.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print("pair", i, j)
    else:
        print("inner completed for i =", i)

events = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        events.append(("body", i))
    finally:
        events.append(("finally", i))
print(events)

n = 0
while n < 10:
    n += 1
    try:
        if n % 2:
            continue
    finally:
        pass
    if n > 6:
        break
    print("even", n)

def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]))
print(first_negative([[1]]))
