# Reading standard input the usual ways (the test runs with empty input):
# iterating sys.stdin, read(), readlines(), readline().
import sys
count = 0
for line in sys.stdin:
    count += 1
print("lines:", count)
print(repr(sys.stdin.read()), sys.stdin.readlines(), repr(sys.stdin.readline()))
words = sys.stdin.read().split()
print(words, len(words))
print(sum(int(x) for x in sys.stdin), [l.strip() for l in sys.stdin])
