# Partially consumed generators are finalized when dropped: finally blocks run.
def reader(name, lines):
    print("open", name)
    try:
        for line in lines:
            yield line
    finally:
        print("close", name)

def first_line(name):
    for line in reader(name, ["header", "body", "footer"]):
        return line

print(first_line("a.txt"))
print("---")
g = reader("b.txt", "xyz")
print(next(g))
g = reader("c.txt", "uvw")      # rebinding drops the first generator
print(next(g))
g = None
print("---")
gens = [reader(f"f{i}", [i]) for i in range(3)]
for x in gens:
    next(x)
del gens, x          # x still holds the last generator
print("---")
def search(target):
    for i, line in enumerate(reader("d.txt", ["one", "two", "three"])):
        if line == target:
            return i
    return -1
print(search("two"), search("nine"))
