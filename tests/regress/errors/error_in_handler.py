# An exception raised inside an except block: the new one is reported last.
data = {"a": 1}
try:
    print(data["b"])
except KeyError:
    print("missing key, falling back")
    print(1 / 0)
