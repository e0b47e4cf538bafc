# Execution order of try / except / else / finally in every combination.
log = []
def run(fail):
    log.clear()
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
        log.append("try end")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log[:]

print(run(False))
print(run(True))

def nested():
    out = []
    try:
        out.append("outer try")
        try:
            out.append("inner try")
            raise KeyError("k")
        except IndexError:
            out.append("inner except (no)")
        finally:
            out.append("inner finally")
    except KeyError:
        out.append("outer except")
    else:
        out.append("outer else (no)")
    finally:
        out.append("outer finally")
    return out
print(nested())

def error_in_else():
    try:
        pass
    except ValueError:
        return "except"
    else:
        raise ValueError("from else")
    finally:
        print("  finally runs before the error propagates")
try:
    error_in_else()
except ValueError as e:
    print("caught:", e)

def finally_on_loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(finally_on_loop())
