# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []
def make_graph(n):
    vs = [Vertex(i) for i in range(n)]
    for i, v in enumerate(vs):
        v.edges.append(vs[(i + 1) % n])
        v.edges.append(vs[(i * 7) % n])
    return vs
g = make_graph(500)
probe = weakref.ref(g[123])
del g
print('alive before collect', probe() is not None)
gc.collect()
print('alive after collect', probe() is not None)
