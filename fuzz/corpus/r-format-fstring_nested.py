# Nested replacement fields inside format specs: {x:{w}}, {x:{fill}{align}{w}.{p}f}.
value = 3.14159
for width in (6, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")
w = 8
print(f"[{'ab':{w}}] [{'ab':>{w}}] [{42:^{w}}] [{42:0{w}}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{w + 4}}]")
spec = ">12,.2f"
print(f"[{1234567.891:{spec}}]")
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
name_w = max([len(r[0]) for r in rows]) + 2
for name, qty, price in rows:
    print(f"{name:<{name_w}}|{qty:>{4}}|{price:>{8}.{2}f}|{qty * price:>10,.2f}")
print(f"{'%s' % 'percent inside'} {'{}'.format('format inside')}")
print(f"{f'{value:.2f}':>10}")
table = {"a": 1, "bb": 22}
print(", ".join([f"{k!r:>5}={v:<3}|" for k, v in table.items()]))
