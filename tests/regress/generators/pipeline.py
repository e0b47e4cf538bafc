# Generator pipelines: each stage pulls from the previous one.
LINES = """
# config
name = ouro
version = 0.1

  debug = yes
# end
bad line
size=42
""".splitlines()

def strip_lines(lines):
    for line in lines:
        yield line.strip()

def drop_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line

def parse_pairs(lines):
    for line in lines:
        if "=" not in line:
            print("skipping:", line)
            continue
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

def convert(pairs):
    for key, value in pairs:
        if value.isdigit():
            value = int(value)
        elif value in ("yes", "no"):
            value = value == "yes"
        yield key, value

config = dict(convert(parse_pairs(drop_comments(strip_lines(LINES)))))
for key in sorted(config):
    print(key, repr(config[key]))

def numbered(it, start=1):
    n = start
    for x in it:
        yield n, x
        n += 1
def evens(it):
    return (x for x in it if x[0] % 2 == 0)
print(list(evens(numbered("abcdef"))))
stage = range(20)
for f in (lambda s: (x for x in s if x % 3), lambda s: (x * x for x in s)):
    stage = f(stage)
print(list(stage))
