# hang/very slow: format.c pads one fill character per sb_add call (add_fill, pct_pad loops) and keeps looping after the builder failed, so a width of 10**8..2**31 takes minutes instead of one memset or a MemoryError (python3: < 1 s for 10**8); also "%2147483648d" % 1
x = f"{1:10000000000}"
