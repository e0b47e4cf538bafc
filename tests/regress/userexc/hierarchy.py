# An exception hierarchy caught through its bases; handler order matters.
class AppError(Exception): pass
class ConfigError(AppError): pass
class MissingKey(ConfigError, KeyError): pass
class NetworkError(AppError): pass
class Timeout(NetworkError): pass

def fail(kind):
    raise kind(f"{kind.__name__} raised")

for kind in [ConfigError, MissingKey, NetworkError, Timeout, AppError]:
    try:
        fail(kind)
    except Timeout as e:
        print("timeout handler:", e)
    except NetworkError as e:
        print("network handler:", e)
    except ConfigError as e:
        print("config handler:", e, isinstance(e, KeyError))
    except AppError as e:
        print("generic handler:", e)

try:
    fail(MissingKey)
except KeyError as e:
    print("caught as KeyError:", type(e).__name__)
try:
    fail(Timeout)
except Exception as e:
    print("caught as Exception:", type(e).__name__)
print([c.__name__ for c in MissingKey.__mro__])
print(issubclass(Timeout, AppError), issubclass(AppError, Timeout))
print(issubclass(MissingKey, LookupError), issubclass(AppError, BaseException))
