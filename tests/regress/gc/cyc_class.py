# Cycles through classes: a class referring to itself, a class and its
# instance referring to each other, a class whose method closes over it.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

gc.collect()

def make_self_class():
    class Selfish:
        pass
    Selfish.me = Selfish
    return weakref.ref(Selfish)

ref = make_self_class()
gc.collect()
print("self-referencing class alive after collect:", ref() is not None)

def make_class_and_instance():
    class Owner:
        pass
    inst = Owner()
    Owner.instance = inst      # class -> instance -> (its type) class
    return weakref.ref(Owner), weakref.ref(inst)

rc, ri = make_class_and_instance()
gc.collect()
print("class <-> instance alive after collect:", rc() is not None, ri() is not None)

# super() in a method makes the method's closure refer to the class.
def make_super_class():
    class Base:
        def hello(self):
            return "base"
    class Child(Base):
        def hello(self):
            return "child of " + super().hello()
    print(Child().hello())
    return weakref.ref(Child)

ref = make_super_class()
gc.collect()
print("class with super() alive after collect:", ref() is not None)

# A subclass keeps its base alive; the pair goes once both are unreachable.
def make_hierarchy():
    class Root:
        pass
    class Leaf(Root):
        pass
    Root.leaf = Leaf
    return weakref.ref(Root), weakref.ref(Leaf)

rr, rl = make_hierarchy()
gc.collect()
print("hierarchy alive after collect:", rr() is not None, rl() is not None)

# A class that is still named stays.
class Kept:
    pass
Kept.me = Kept
ref = weakref.ref(Kept)
gc.collect()
print("named class alive:", ref() is Kept)
