# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally, i =", i)

n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first square over 50:", n, n * n)

def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")

find([4, 8, 15, 16, 23, 42], 15)
find([4, 8, 15], 99)
find([], 1)

# Collatz steps
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 16)])

x = 0
while x < 3:
    x += 1
else:
    print("else after", x)
while False:
    print("never")
else:
    print("else of a loop that never ran")
