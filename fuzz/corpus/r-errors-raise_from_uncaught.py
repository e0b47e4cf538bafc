# Uncaught chained exception: stderr ends with the outermost one.
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("invalid port setting") from e

print(parse_port("8080"))
print(parse_port("http"))
