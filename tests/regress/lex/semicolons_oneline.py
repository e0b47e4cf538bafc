# Semicolon-separated statements and one-line compound statements.
a = 1; b = 2; c = a + b; print(a, b, c)
if c > 2: print("big")
else: print("small")
for i in range(3): print("i =", i)
n = 0
while n < 3: n += 1
print("n =", n)
def sq(x): return x * x
print(sq(7))
try: print(1 // 0)
except ZeroDivisionError: print("caught")
x = 5;
print(x)
if True: pass
for _ in []: pass
print("done")
