# Decorators that keep the wrapped function's name and doc with wraps.
import functools

def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def logged(prefix):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print(prefix, func.__name__, args, kwargs)
            result = func(*args, **kwargs)
            print(prefix, '->', result)
            return result
        return wrapper
    return decorate

@counted
@logged('[log]')
def add(a, b=0):
    """Add two numbers."""
    return a + b

add(1, 2)
add(5, b=6)
print(add.calls, add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__.__wrapped__(10, 20))

def undecorated():
    pass

def bare(*args):
    """bare wrapper"""
    return args
bare.mine = 'kept'
undecorated.theirs = 'copied'
result = functools.update_wrapper(bare, undecorated)
print(result is bare, bare.__name__, bare.__doc__, bare.mine, bare.theirs, bare.__wrapped__ is undecorated)

def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print('attempt', attempt, 'failed:', e)
            raise RuntimeError('gave up on %s' % func.__name__)
        return wrapper
    return decorate

state = {'n': 0}
@retry(3)
def flaky():
    """Fails twice, then works."""
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError('not yet')
    return 'ok after %d' % state['n']
print(flaky(), flaky.__doc__)

@retry(2)
def hopeless():
    raise ValueError('never')
try:
    hopeless()
except RuntimeError as e:
    print(e)
