# Big integers from factorials and products; digit sums and trailing zeros.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 10, 20, 21, 25, 50):
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(len(str(f100)), sum([int(d) for d in str(f100)]))
zeros = 0
while f100 % 10 == 0:
    f100 //= 10
    zeros += 1
print("trailing zeros:", zeros)
print(fact(30) // fact(28), fact(52) // (fact(5) * fact(47)))
print(fact(200) % 1000003, fact(25) == 15511210043330985984000000)
print(-fact(22), abs(-fact(22)) == fact(22))
