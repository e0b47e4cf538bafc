# A custom container with __getitem__, __setitem__, __delitem__, __len__.
class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = {}
        self.fill = fill

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside grid")
        return self.cells.get(pos, self.fill)

    def __setitem__(self, pos, value):
        self[pos]                       # bounds check
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __len__(self):
        return len(self.cells)

    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "+"
print(g.render())
print(len(g), g[1, 1], g[2, 2])
del g[1, 1]
print(len(g), g[1, 1])
try:
    g[4, 0] = "x"
except IndexError as e:
    print("IndexError:", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)
g[0, 0] += "#"
print(g[0, 0])
print(g.render())
