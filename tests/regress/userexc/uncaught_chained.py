# An uncaught exception raised from another: the last line names the new one.
class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e

print(read_port("8080"))
print("loading second value")
read_port("eighty")
