# An uncaught exception raised from another: the last line names the new one.
class ConfigError(Exception):
    pass

def read_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port

print(read_port("8080"))
try:
    read_port("70000")
except ConfigError as e:
    print("handled:", e, e.__cause__)
print("loading second value")
read_port("eighty")
print("not reached")
