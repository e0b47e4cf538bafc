# UBSan: str.c:1958 "signed integer overflow: -9223372036854775808 - 1" — str.replace decrements a negative count (count-- != 0) when count == -2**63; python3 treats any negative count as "replace all"
x = "x".replace("x", "y", -2 ** 63)
