# A graph class with BFS, DFS (recursive generator), shortest paths and cycles.
class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, [])
        if not self.directed:
            self.adj[b].append(a)

    def bfs(self, start):
        seen = {start}
        queue = [start]
        while queue:
            node = queue.pop(0)
            yield node
            for nxt in sorted(self.adj[node]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)

    def dfs(self, start, seen=None):
        if seen is None:
            seen = set()
        seen.add(start)
        yield start
        for nxt in sorted(self.adj[start]):
            if nxt not in seen:
                yield from self.dfs(nxt, seen)

    def shortest_path(self, a, b):
        prev = {a: None}
        queue = [a]
        while queue:
            node = queue.pop(0)
            if node == b:
                path = []
                while node is not None:
                    path.append(node)
                    node = prev[node]
                return path[::-1]
            for nxt in sorted(self.adj[node]):
                if nxt not in prev:
                    prev[nxt] = node
                    queue.append(nxt)
        return None

    def has_cycle(self):
        state = {}
        def visit(n):
            state[n] = "active"
            for m in self.adj[n]:
                if state.get(m) == "active" or (m not in state and visit(m)):
                    return True
            state[n] = "done"
            return False
        return any(visit(n) for n in sorted(self.adj) if n not in state)

g = Graph()
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (7, 8)]:
    g.add_edge(a, b)
print(list(g.bfs(1)))
print(list(g.dfs(1)))
print(g.shortest_path(1, 6), g.shortest_path(6, 2), g.shortest_path(1, 8))
print(list(g.bfs(7)))
d = Graph(directed=True)
for a, b in [("a", "b"), ("b", "c"), ("a", "d"), ("d", "c")]:
    d.add_edge(a, b)
print(d.has_cycle(), list(d.dfs("a")))
d.add_edge("c", "a")
print(d.has_cycle(), d.shortest_path("c", "d"))
