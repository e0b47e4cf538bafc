# __hash__ together with __eq__: instances as set members and dict keys.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"{self.rank}{self.suit}"

hand = [Card(10, "h"), Card(2, "s"), Card(10, "h"), Card(2, "c"), Card(2, "s")]
unique = set(hand)
print(len(unique))
print(sorted(unique, key=lambda c: (c.rank, c.suit)))
print(Card(2, "c") in unique, Card(3, "c") in unique)
counts = {}
for c in hand:
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (kv[0].rank, kv[0].suit)))
print(counts[Card(10, "h")])
print(hash(Card(5, "d")) == hash(Card(5, "d")))
class Id:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return f"Id({self.n})"
print(hash(Id(7)), hash(Id(-1)), sorted({Id(3), Id(1), Id(3)}, key=lambda i: i.n))
lookup = {Id(1): "one", Id(2): "two"}
print(lookup[Id(2)], Id(5) in lookup)
print(frozenset([Id(1), Id(1)]) == frozenset([Id(1)]))
