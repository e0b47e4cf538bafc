# Lists of lists: aliasing pitfalls, deep structures, 2D grids.
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in grid:
    print(" ".join([str(v).rjust(2) for v in row]))
print(grid[1][2], grid[-1][-1], grid[2][0])
grid[1][1] = "X"
print(grid)
total = 0
for row in grid:
    for v in row:
        if isinstance(v, int):
            total += v
print("total", total)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], deep[1][1])
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref), self_ref[2][2][0])
d = [1]
e = [d, d]
d.append(2)
print(e)
board = [["."] * 4 for _ in range(4)]
for i in range(4):
    board[i][i] = "Q" if i % 2 == 0 else "q"
print("\n".join(["".join(r) for r in board]))
print([[1, 2], [3]] == [[1, 2], [3]], [[1]] < [[2]], [[1, [2]]] == [[1, [2.0]]])
