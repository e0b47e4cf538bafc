# BFS shortest paths, DFS order, connected components and topological sort.
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "g": ["h"],
    "h": [],
}

def bfs(start):
    dist = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist

def dfs(node, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(node)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, order)
    return order

def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted([n for n in graph if indeg[n] == 0])
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out

print(bfs("a"))
print(dfs("a"))
print(topo())
undirected = {}
for n, outs in graph.items():
    undirected.setdefault(n, set())
    for m in outs:
        undirected[n].add(m)
        undirected.setdefault(m, set()).add(n)
seen = set()
components = []
for n in sorted(undirected):
    if n in seen:
        continue
    stack, comp = [n], []
    while stack:
        x = stack.pop()
        if x in seen:
            continue
        seen.add(x)
        comp.append(x)
        stack.extend(sorted(undirected[x] - seen))
    components.append(sorted(comp))
print(components)
