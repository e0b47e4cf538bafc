# Generator methods of a class, including __iter__ as a generator.
class Playlist:
    def __init__(self, name):
        self.name = name
        self.songs = []

    def add(self, title, minutes):
        self.songs.append((title, minutes))
        return self

    def __iter__(self):
        for title, _ in self.songs:
            yield title

    def longer_than(self, limit):
        for title, minutes in self.songs:
            if minutes > limit:
                yield title

    def cumulative(self):
        total = 0
        for title, minutes in self.songs:
            total += minutes
            yield title, total

    def __len__(self):
        return len(self.songs)

p = Playlist("road").add("intro", 1).add("long road", 7).add("fast", 3).add("epic", 12)
print(list(p))
print(list(p.longer_than(5)))
print(list(p.cumulative()))
print("fast" in p, "slow" in p, len(p))
print(sorted(p), max(p, key=len))
it = iter(p)
print(next(it), next(it))
p.add("bonus", 2)
print(list(it))
print(dict(p.cumulative())["bonus"])
