# Observer pattern: subjects hold observers weakly; callbacks on death.
import weakref
class Subject:
    def __init__(self):
        self._observers = []
    def attach(self, obs):
        self._observers.append(weakref.ref(obs, self._gone))
    def _gone(self, wr):
        print('observer died; removing')
        self._observers.remove(wr)
    def notify(self, msg):
        for wr in list(self._observers):
            o = wr()
            if o is not None:
                o.update(msg)
class Observer:
    def __init__(self, name): self.name = name
    def update(self, msg): print(self.name, 'got', msg)
s = Subject()
o1 = Observer('o1'); o2 = Observer('o2')
s.attach(o1); s.attach(o2)
s.notify('hello')
del o1
s.notify('again')
print(len(s._observers))
ws = weakref.WeakSet()
ws.add(o2)
o3 = Observer('o3'); ws.add(o3)
print(sorted(o.name for o in ws))
del o3
print(sorted(o.name for o in ws), len(ws))
del o2
print(len(s._observers), len(ws))
