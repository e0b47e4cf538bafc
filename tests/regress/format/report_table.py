# A realistic report: aligned columns, totals, percentages, thousands separators.
sales = [
    ("North", 124500.5, 1320),
    ("South", 98000.0, 870),
    ("East", 1500000.75, 15020),
    ("West", 0.0, 0),
]
total = sum([s[1] for s in sales])
units = sum([s[2] for s in sales])
header = f"{'Region':<8}{'Revenue':>16}{'Units':>8}{'Share':>8}{'Avg':>10}"
print(header)
print("-" * len(header))
for region, revenue, count in sales:
    share = revenue / total if total else 0.0
    avg = revenue / count if count else 0.0
    print(f"{region:<8}{revenue:>16,.2f}{count:>8,}{share:>8.1%}{avg:>10.2f}")
print("-" * len(header))
print(f"{'Total':<8}{total:>16,.2f}{units:>8,}{1:>8.0%}{total / units:>10.2f}")
print("%-8s%16.2f%8d" % ("Check", total, units))
print("{:<8}{:>16,.2f}{:>8,d}".format("Again", total, units))
