# Objects held by a suspended generator's frame are freed with the generator.
class Resource:
    def __init__(self, name):
        self.name = name
        print("acquire", name)
    def __del__(self):
        print("free", self.name)

def producer(tag):
    res = Resource(tag)
    for i in range(3):
        yield f"{res.name}:{i}"

g = producer("gen1")
print(next(g))
del g
print("after del of suspended generator")

g = producer("gen2")
print(list(g))
print("exhausted generator kept, frame already gone")
del g

def closure_holder():
    res = Resource("closure")
    def get():
        return res.name
    return get

f = closure_holder()
print(f())
del f
print("after del of closure")
gens = [producer(f"many{i}") for i in range(2)]
print([next(x) for x in gens])
gens.clear()
print("end")
