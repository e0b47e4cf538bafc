# __enter__/__exit__: the value bound by as, exit on normal and error paths.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None)
        return False

with Tag("html") as t:
    print("inside", t)
    with Tag("body"):
        print("content")

try:
    with Tag("div"):
        print("about to fail")
        raise ValueError("boom")
        print("not reached")
except ValueError as e:
    print("caught", e)

def early():
    with Tag("fn"):
        return "returned"
print(early())

for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

with Tag("a") as a, Tag("b") as b:
    print(a, b)
