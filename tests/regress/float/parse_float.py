# float() parsing of many spellings, and str(float(s)) round trips.
tests = ["0", "1", "-1", "1.", ".5", "-.5", "1e5", "1E-5", "1.5e+10", "  3.25  ", "+7", "1_000.000_1",
         "0.1", "3.141592653589793", "1e308", "1e309", "-1e309", "1e-400", "2.5e-324", "inf", "-inf",
         "+Infinity", "nan", "NaN", "-nan", "000123.4500", "123456789012345678901234567890"]
for t in tests:
    print(repr(t), float(t))
for bad in ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1,5", "0x10", "1_", "_1", "in f"]:
    try:
        float(bad)
        print("parsed?!", bad)
    except ValueError as e:
        print("ValueError:", e)
print(float(True), float(False), float(10 ** 20), float(-(2 ** 63)))
for s in ["0.1", "0.30000000000000004", "1e-07", "123.456"]:
    print(s, str(float(s)) == s)
