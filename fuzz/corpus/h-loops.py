total = 0
for i in range(100):
    if i % 3 == 0:
        continue
    for j in range(i):
        if j > 5:
            break
        total += j
    else:
        total -= 1
n = 0
while n < 50:
    n += 7
else:
    print("while-else", n)
print(total)
it = iter([1, 2, 3])
for x in it:
    for y in it:
        print(x, y)
i = 0
while True:
    i += 1
    try:
        if i > 3:
            break
    finally:
        print("fin", i)
print([i for i in range(20) if i % 2 if i % 3], list(map(lambda p: p * p, filter(None, range(5)))))
