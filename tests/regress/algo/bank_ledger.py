# A small ledger program: parse transactions, validate, summarize per account.
raw = """2024-01-03,alice,deposit,100.00
2024-01-04,bob,deposit,50.50
2024-01-05,alice,withdraw,30.25
2024-01-05,carol,deposit,abc
2024-01-06,bob,withdraw,80.00
2024-01-07,alice,transfer:bob,20.00
2024-01-08,dave,deposit,0.10
2024-01-08,dave,deposit,0.20"""

balances = {}
errors = []
for lineno, line in enumerate(raw.splitlines(), 1):
    date, who, kind, amount_text = line.split(",")
    try:
        amount = float(amount_text)
    except ValueError:
        errors.append(f"line {lineno}: bad amount {amount_text!r}")
        continue
    balances.setdefault(who, 0.0)
    if kind == "deposit":
        balances[who] += amount
    elif kind == "withdraw":
        if balances[who] < amount:
            errors.append(f"line {lineno}: {who} cannot withdraw {amount:.2f}")
            continue
        balances[who] -= amount
    elif kind.startswith("transfer:"):
        target = kind.split(":")[1]
        balances[who] -= amount
        balances[target] = balances.get(target, 0.0) + amount
for who in sorted(balances):
    print(f"{who:<6}{balances[who]:>10.2f}  raw={balances[who]!r}")
print("\n".join(errors))
print(f"total: {sum(balances.values()):.2f}", round(balances["dave"], 2) == 0.3, balances["dave"] == 0.3)
