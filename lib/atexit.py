# atexit: functions to call when the interpreter exits, last registered
# first, before anything is torn down (runtime.c, run_atexit_callbacks,
# pops _handlers: each entry is (func, a call with its arguments)).

_handlers = []

def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _handlers.append((func, lambda: func(*args, **kwargs)))
    return func

def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]

def _clear():
    _handlers.clear()

def _ncallbacks():
    return len(_handlers)
