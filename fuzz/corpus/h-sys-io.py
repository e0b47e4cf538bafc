import sys
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
old = sys.stdout
sys.stdout = Cap()
print("captured", 1, 2)
cap, sys.stdout = sys.stdout, old
print(repr("".join(cap.parts)))
print("to err", file=sys.stderr)
sys.stderr.write("raw\n")
print(sys.argv[:0], sys.maxsize > 2 ** 31, sys.version_info[0], type(sys.modules).__name__)
try:
    x = input("prompt> ")
except EOFError:
    print("eof")
sys.exit(3)
