# Module-level state changed through functions and from outside.
_handlers = {}
events = []

def register(name):
    def deco(fn):
        _handlers[name] = fn
        return fn
    return deco

def fire(name, *args):
    events.append(name)
    if name not in _handlers:
        raise LookupError(f"no handler for {name!r}")
    return _handlers[name](*args)

def names():
    return sorted(_handlers)
