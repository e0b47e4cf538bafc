# bench: cycles
# Cycle-heavy allocation: build and drop graphs of dicts and lists with back
# pointers while a large live heap stays reachable (exercises the collector).
live = []
for i in range(20000):
    live.append({"id": i, "tags": [i, str(i)], "pair": (i, i + 1)})

checksum = 0
for rnd in range(12):
    nodes = []
    for i in range(4000):
        node = {"id": i, "children": [], "parent": None}
        if nodes:
            parent = nodes[(i * 7) % len(nodes)]
            node["parent"] = parent          # child -> parent
            parent["children"].append(node)  # parent -> child: a cycle
        nodes.append(node)
    for n in nodes[::50]:
        depth = 0
        p = n["parent"]
        while p is not None:
            depth += 1
            p = p["parent"]
        checksum += depth
    ring = [[k] for k in range(3000)]
    for k in range(3000):
        ring[k].append(ring[(k + 1) % 3000])  # one big list cycle
    checksum += len(nodes[0]["children"]) + ring[5][1][0]
    nodes = None
    ring = None
    checksum += live[rnd * 1000]["pair"][1]
print("checksum", checksum, len(live))
