# the built-in exception classes python3 has, with their hierarchy
names = ["ReferenceError", "SystemError", "TimeoutError", "PermissionError",
         "FileExistsError", "IsADirectoryError", "NotADirectoryError",
         "InterruptedError", "BlockingIOError", "ChildProcessError",
         "ProcessLookupError", "ConnectionError", "BrokenPipeError",
         "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
         "UnicodeTranslateError", "PendingDeprecationWarning", "SyntaxWarning",
         "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
         "ResourceWarning", "EncodingWarning"]
import builtins
for name in names:
    cls = getattr(builtins, name)
    print(name, [k.__name__ for k in cls.__mro__])
try:
    raise TimeoutError("too slow")
except OSError as e:
    print(type(e).__name__, e)
class StaleHandle(ReferenceError):
    pass
try:
    raise StaleHandle("gone")
except ReferenceError as e:
    print(repr(e), isinstance(e, Exception))
try:
    raise ConnectionResetError("reset by peer")
except ConnectionError as e:
    print(repr(e), e.args)
