# property() built with explicit functions, and computed read-only properties.
class Account:
    def __init__(self, owner):
        self._owner = owner
        self._balance = 0
        self.history = []

    def get_balance(self):
        return self._balance

    def set_balance(self, value):
        if not isinstance(value, int):
            raise TypeError("balance must be int")
        if value < 0:
            raise ValueError("balance cannot be negative")
        self.history.append(value - self._balance)
        self._balance = value

    balance = property(get_balance, set_balance, doc="current balance")

    @property
    def owner(self):
        return self._owner.title()

acct = Account("jane doe")
print(acct.owner, acct.balance)
acct.balance = 50
acct.balance += 25
acct.balance -= 70
print(acct.balance, acct.history)
for bad in (-1, "100", 3.5):
    try:
        acct.balance = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(acct.balance)
try:
    acct.owner = "x"
except AttributeError:
    print("owner is read-only")
print(Account.balance.__doc__)
print(Account.balance.fget is Account.get_balance)
