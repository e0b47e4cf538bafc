# hang: the step budget only ticks on backward jumps and Python calls, so C-level iteration over a C callable never ends (also sum(range(10**12)), list(iter(int, 1)))
any(iter(int, 1))
