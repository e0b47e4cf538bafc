# abort: "ouro: out of memory in big-integer arithmetic" — int_pow/int_lshift accept results up to MAX_BITS (2**36 bits = 8 GiB); when GMP's allocation fails below that (here 4 GiB; under the fuzzer any request > 1 GiB fails) runtime.c gmp_alloc aborts the process instead of raising MemoryError like python3
x = 10 ** 10 ** 10
