# class MyDict(dict): __missing__, attribute access, and counting.
class DefaultZero(dict):
    def __missing__(self, key):
        return 0

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value

counts = DefaultZero()
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items()))
print(counts["dog"], "dog" in counts, len(counts))
print(counts.get("dog"), counts.get("the"))

cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug)
print(sorted(cfg.keys()))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(cfg, dict), type(cfg).__name__)
merged = dict(cfg)
print(type(merged).__name__, merged == cfg)
cfg.update(port=9090)
print(cfg["port"], cfg.port)
