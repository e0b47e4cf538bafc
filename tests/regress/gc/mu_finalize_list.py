# A list of finalize objects: alive, explicit call, detach, deaths.
import weakref, gc
class Res:
    def __init__(self, name): self.name = name
def close(name): print('closing', name)
rs = [Res(i) for i in range(3)]
fs = [weakref.finalize(r, close, r.name) for r in rs]
print([f.alive for f in fs])
del rs[1]
print([f.alive for f in fs])
fs[0]()
print([f.alive for f in fs])
print(fs[2].detach()[2:])
rs.clear()
print([f.alive for f in fs])
print('end')
