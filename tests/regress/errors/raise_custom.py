# Uncaught exception raised explicitly with a custom message.
def load(name):
    if not name.endswith(".cfg"):
        raise ValueError(f"unsupported file type: {name!r}")
    return {"name": name}

print(load("app.cfg"))
print(load("app.txt"))
