# raise ... from ... with user exceptions: __cause__ and __context__.
class StorageError(Exception): pass
class UserNotFound(Exception):
    def __init__(self, user):
        super().__init__(f"no user {user!r}")
        self.user = user

DB = {"ann": 1}

def load(user):
    try:
        return DB[user]
    except KeyError as e:
        raise UserNotFound(user) from e

def service(user):
    try:
        return load(user)
    except UserNotFound as e:
        raise StorageError("lookup failed") from e

try:
    service("bob")
except StorageError as e:
    print(type(e).__name__, e)
    c = e.__cause__
    print(" cause:", type(c).__name__, c, c.user)
    print(" cause of cause:", type(c.__cause__).__name__, c.__cause__)
    print(" suppress:", e.__suppress_context__)

def implicit():
    try:
        load("zed")
    except UserNotFound:
        raise StorageError("during handling")

try:
    implicit()
except StorageError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__context__)

try:
    try:
        load("x")
    except UserNotFound as e:
        raise StorageError("clean") from None
except StorageError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
print(service("ann"))
cause = ValueError("root")
try:
    raise StorageError("direct") from cause
except StorageError as e:
    print(e.__cause__ is cause, e.__context__)
