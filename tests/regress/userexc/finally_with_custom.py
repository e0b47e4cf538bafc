# try/except/else/finally with user exceptions raised through several frames.
class Abort(Exception):
    pass

log = []
def step(n):
    log.append(f"step {n}")
    try:
        if n == 2:
            raise Abort(f"abort at {n}")
        log.append(f"ok {n}")
    finally:
        log.append(f"finally {n}")

def run(limit):
    try:
        for n in range(limit):
            step(n)
    except Abort as e:
        log.append("aborted: " + str(e))
        return "failed"
    else:
        log.append("all steps ran")
        return "passed"
    finally:
        log.append("run finally")

print(run(2))
print(log)
log.clear()
print(run(5))
print(log)

def deep(n):
    if n == 0:
        raise Abort("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except Abort as e:
    print("top caught", e)
