# A class-level registry keeps instances alive; a WeakSet registry does not.
import gc, weakref
class Plugin:
    registry = []
    wregistry = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Plugin.registry.append(self)
        Plugin.wregistry.add(self)
    def __del__(self):
        print('unload', self.name)
a = Plugin('a'); b = Plugin('b')
del a, b
print('still registered', [p.name for p in Plugin.registry])
Plugin.registry.remove(Plugin.registry[0])
print('removed one')
print(sorted(p.name for p in Plugin.wregistry))
Plugin.registry.clear()
print('cleared', len(Plugin.wregistry))
