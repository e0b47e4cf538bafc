# An exception raised inside __exit__ replaces the original one.
class Cleanup:
    def __init__(self, fail):
        self.fail = fail
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if self.fail:
            raise RuntimeError("cleanup failed")
        return False

try:
    with Cleanup(True):
        raise ValueError("original")
except RuntimeError as e:
    print("got", type(e).__name__, e)
    print("context", type(e.__context__).__name__, e.__context__)

try:
    with Cleanup(True):
        pass
except RuntimeError as e:
    print("clean body, failing exit:", e, e.__context__)

try:
    with Cleanup(False):
        raise ValueError("kept")
except ValueError as e:
    print("original kept:", e)

class Transaction:
    def __init__(self):
        self.ops = []
    def __enter__(self):
        return self.ops
    def __exit__(self, et, ev, tb):
        if et is not None:
            print("rollback", self.ops)
            self.ops.clear()
        else:
            print("commit", self.ops)

tx = Transaction()
with tx as ops:
    ops.append("insert a")
    ops.append("insert b")
try:
    with tx as ops:
        ops.append("insert c")
        raise LookupError("constraint")
except LookupError as e:
    print("failed:", e, tx.ops)
