# An error several frames deep; stdout printed before it must all appear.
def parse(line):
    key, value = line.split("=")
    return key.strip(), int(value)

def load(lines):
    result = {}
    for line in lines:
        k, v = parse(line)
        print("parsed", k, v)
        result[k] = v
    return result

for i in range(50):
    print("line", i)
print(load(["a = 1", "b = 2", "c = three"]))
