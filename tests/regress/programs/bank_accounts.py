# Bank accounts: inheritance, properties, custom exceptions, a transfer log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount} (balance {account.balance})")
        self.shortfall = amount - account.balance

class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def available(self):
        return self._balance

    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner}: {self._balance}>"

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft

class Savings(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self._balance * self.rate)
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e, "| short by", e.shortfall)
        return False
    dst.deposit(amount)
    return True

alice = Checking("alice", 50)
bob = Savings("bob", 1000)
print(alice, bob)
print(transfer(alice, bob, 120), alice, bob)
print(transfer(alice, bob, 100))
print(transfer(bob, alice, 500), alice, bob)
print("interest", bob.add_interest(), bob.balance)
try:
    bob.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in sorted([alice, bob], key=lambda a: a.balance):
    print(acct.owner, acct.history)
print(sum(a.balance for a in (alice, bob)))
