# The sys module: argv, recursion limit, stdout, exit codes through SystemExit.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
sys.stdout.write("via sys.stdout.write\n")
print("to stdout explicitly", file=sys.stdout)
try:
    sys.exit(7)
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code)
print(isinstance(sys.maxsize, int), sys.maxsize > 2 ** 31)
