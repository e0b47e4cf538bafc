# Bad arguments to itertools: python3 checks them when called.
import itertools as it

def attempt(what, action):
    try:
        action()
        print(what, 'worked')
    except Exception as e:
        print(what, type(e).__name__, e)

attempt('islice negative stop', lambda: it.islice('abc', -1))
attempt('islice negative start', lambda: it.islice('abc', -1, 2))
attempt('islice zero step', lambda: it.islice('abc', 0, 2, 0))
attempt('islice text stop', lambda: it.islice('abc', 'x'))
attempt('islice not iterable', lambda: it.islice(5, 1))
attempt('permutations negative r', lambda: it.permutations('ab', -1))
attempt('combinations negative r', lambda: it.combinations('ab', -1))
attempt('product negative repeat', lambda: it.product('ab', repeat=-1))
attempt('tee negative n', lambda: it.tee('ab', -1))
attempt('cycle not iterable', lambda: it.cycle(5))
attempt('chain not iterable (lazy)', lambda: it.chain(5))
attempt('chain not iterable on next', lambda: next(it.chain(5)))
attempt('count of text', lambda: it.count('a'))
attempt('accumulate mixed', lambda: list(it.accumulate([1, 'a'])))
