# __init_subclass__ hooks for plugin registration with class keywords.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
        print("registered", cls.plugin_name)

    def run(self):
        return f"{self.plugin_name} running"

class Zip(Plugin, name="zipper"):
    pass

class Tar(Plugin):
    pass

class GzTar(Tar, name="tgz"):
    def run(self):
        return super().run() + " (compressed)"

print([p.__name__ for p in Plugin.registry])
for cls in Plugin.registry:
    print(cls().run())
print(hasattr(Plugin, "plugin_name"))
