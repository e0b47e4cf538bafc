# Re-raising: bare raise, raise e, wrapping, and handlers in loops.
class RetryableError(Exception):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt} failed")
        self.attempt = attempt

attempts = []
def flaky(n):
    attempts.append(n)
    if n < 3:
        raise RetryableError(n)
    return "success on " + str(n)

def with_retry(limit):
    for i in range(1, limit + 1):
        try:
            return flaky(i)
        except RetryableError as e:
            print("retrying after", e)
            if i == limit:
                print("giving up")
                raise
print(with_retry(5))
try:
    with_retry(2)
except RetryableError as e:
    print("final error:", e, "attempt", e.attempt)
print(attempts)

def log_and_reraise():
    try:
        raise RetryableError(99)
    except RetryableError as e:
        err = e
    raise err
try:
    log_and_reraise()
except RetryableError as e:
    print("re-raised object:", e.attempt)

def nested():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise            # re-raises the KeyError being handled
try:
    nested()
except KeyError as e:
    print("bare raise restored:", repr(e))
