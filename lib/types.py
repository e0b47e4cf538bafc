"""Names of the runtime's own types, and the objects behind list[int] and
int | None (the runtime routes a built-in container's subscription and
`|` between classes here, see src/type.c)."""

FunctionType = type(lambda: None)
LambdaType = FunctionType
ModuleType = type(__import__("sys"))
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


def _gen():
    yield


GeneratorType = type(_gen())
del _gen


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C


def _type_repr(obj):
    """How typing shows a type argument: builtins by bare name, other
    classes as module.qualname, ... as '...', the rest by repr()."""
    if obj is ...:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is None:
        return "None"
    if isinstance(obj, FunctionType):
        return obj.__qualname__
    return repr(obj)


class GenericAlias:
    """A parameterised class: list[int], dict[str, int], tuple[int, ...].
    Calling it makes an instance of the origin class."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args
                                    if type(a).__name__ == "TypeVar")

    def __repr__(self):
        if not self.__args__:
            return _type_repr(self.__origin__) + "[()]"
        return (_type_repr(self.__origin__) + "["
                + ", ".join(_type_repr(a) for a in self.__args__) + "]")

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def _union_arg_ok(a):
    return a is None or isinstance(a, (type, GenericAlias, UnionType)) \
        or hasattr(a, "__origin__") or type(a).__name__ == "TypeVar"


def _union_of(a, b):
    """a | b: the union of their members, flattened, without repeats;
    one member alone is that member."""
    if not _union_arg_ok(a) or not _union_arg_ok(b):
        return NotImplemented
    members = []
    for x in (a, b):
        for m in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if m is None:
                m = NoneType
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))


class UnionType:
    """int | str: usable with isinstance() and issubclass()."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join("None" if a is NoneType else _type_repr(a)
                          for a in self.__args__)

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self._classes("isinstance"))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._classes("issubclass"))

    def _classes(self, what):
        for a in self.__args__:
            if not isinstance(a, type) or isinstance(a, GenericAlias):
                raise TypeError(what + "() argument 2 cannot contain a "
                                "parameterized generic")
        return self.__args__


class SimpleNamespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items())
        return "namespace(" + items + ")"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get("metaclass", type)
    return meta(name, tuple(bases), ns)
