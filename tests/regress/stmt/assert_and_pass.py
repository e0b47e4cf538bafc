# assert statements that hold, failing ones that are caught, and pass.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(str(e)), e.args)

try:
    assert [], ["message", "as", "list"]
except AssertionError as e:
    print("args:", e.args)

assert True
assert 1, "never shown"
print("asserts passed")

def stub():
    pass
print(stub())

for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
print("end")
