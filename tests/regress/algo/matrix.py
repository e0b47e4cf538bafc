# Matrix multiplication, transpose, identity, determinant and powers.
def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

def matpow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(transpose(a), identity(3))
print(matmul(identity(2), [[5, 6], [7, 8]]))
print(det([[4]]), det([[1, 2], [3, 4]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
print(matpow([[1, 1], [1, 0]], 10), matpow([[1, 1], [1, 0]], 100)[0][1])
f = [[0.5, 0.25], [0.125, 2.0]]
print(matmul(f, f))
for row in matmul([[1, 2], [3, 4]], [[-2, 1], [1.5, -0.5]]):
    print(" ".join([f"{v:6.2f}" for v in row]))
