"""Type hints at run time: the names programs import from typing, each
subscriptable (List[int], Optional[str], Callable[[int], str]) and shown
as python3 shows it.  Nothing is checked: annotations are only recorded.

The objects:
  _SpecialForm         Union, Optional, ClassVar, Final, Literal, ... :
                       only subscripted
  _SpecialGenericAlias List, Dict, Iterable, ... before subscription
  _GenericAlias        any subscripted form (List[int], Box[T], ...)
  TypeVar, Generic, Protocol, NamedTuple, TypedDict, NewType as in python3.
"""

import types as _types
from abc import ABCMeta as _ABCMeta

NoneType = type(None)
TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _types.GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, _types.FunctionType):
        return obj.__qualname__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            found = (a,)
        else:
            found = getattr(a, "__parameters__", ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


class _Final:
    """Base of the typing objects; they cannot be subclassed by users."""
    __slots__ = ()


class ForwardRef(_Final):
    """A string annotation ('Node'), evaluated by get_type_hints."""

    def __init__(self, arg, is_argument=True):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def _evaluate(self, globalns, localns):
        return _type_convert(eval(self.__forward_arg__, globalns, localns))

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _Unionable:
    """X | Y between typing objects and classes gives a Union."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final, _Unionable):
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem
        self.__name__ = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


def _no_subscript(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


class _GenericAlias(_Final, _Unionable):
    """A subscripted form: the origin (list, Box, Union ...) and its
    arguments.  name is set for the typing aliases (List[int] shows as
    typing.List[int]); inst False refuses calls (List[int]())."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = tuple(_type_convert(a) if a is not ... else a
                              for a in _as_tuple(args))
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name
        self._inst = inst

    def _head(self):
        return "typing." + self._name if self._name else _type_repr(self.__origin__)

    def _arg_repr(self, a):
        return _type_repr(a)

    def __repr__(self):
        if not self.__args__:
            return self._head() + "[()]"
        return self._head() + "[" + ", ".join(self._arg_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        except TypeError:
            pass
        return result

    def __getitem__(self, params):
        """Substitute the type variables: Dict[str, T][int]."""
        params = _as_tuple(params)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'}"
                            f" arguments for {self}")
        subst = dict(zip(self.__parameters__, params))
        new_args = []
        for a in self.__args__:
            if isinstance(a, TypeVar):
                new_args.append(subst[a])
            elif isinstance(a, _GenericAlias) and a.__parameters__:
                new_args.append(a[tuple(subst[p] for p in a.__parameters__)])
            else:
                new_args.append(a)
        return self._copy_with(tuple(new_args))

    def _copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            # only one base brings Generic in
            for b in bases:
                if b is self:
                    continue
                if isinstance(b, _GenericAlias):
                    b = b.__origin__
                if isinstance(b, type) and issubclass(b, Generic):
                    return ()
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args, "Union", False)

    def _copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and NoneType in args:
            other = args[0] if args[1] is NoneType else args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self._plain_classes())

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._plain_classes())

    def _plain_classes(self):
        for a in self.__args__:
            if not isinstance(a, type) or isinstance(a, _types.GenericAlias):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return self.__args__


class _LiteralGenericAlias(_GenericAlias):
    def _arg_repr(self, a):
        return repr(a)

    def __init__(self, origin, args, name=None, inst=False):
        _GenericAlias.__init__(self, origin, (), name, inst)
        self.__args__ = _as_tuple(args)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., " + _type_repr(args[1]) + "]"
        return ("typing.Callable[[" + ", ".join(_type_repr(a) for a in args[:-1])
                + "], " + _type_repr(args[-1]) + "]")


class _SpecialGenericAlias(_Final, _Unionable):
    """List, Dict, Iterable ... before subscription.  origin is the class
    isinstance() checks against, or None for the abstract ones, which
    check for the methods in `needs` instead."""

    def __init__(self, origin, nparams, name, inst=True, needs=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self.__name__ = name
        self._inst = inst
        self._needs = needs

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._name == "Tuple":
            if params == ((),):
                params = ()
            return _GenericAlias(tuple, params, "Tuple", False)
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                return _CallableGenericAlias(self.__origin__, (..., result), "Callable")
            if not isinstance(args, list):
                raise TypeError(f"Callable[args, result]: args must be a list. Got {args!r}")
            return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), "Callable")
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments "
                            f"for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst or self.__origin__ is None:
            origin = self.__origin__.__name__ if self.__origin__ else self._name
            raise TypeError(f"Type {self._name} cannot be instantiated; use {origin}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__ if self.__origin__ is not None else Generic,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self.__origin__ is not None:
            return issubclass(cls, self.__origin__)
        if self._name == "Callable":
            return hasattr(cls, "__call__")
        if self._name == "Hashable":
            return getattr(cls, "__hash__", None) is not None
        return all(hasattr(cls, m) for m in self._needs)


def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    members = []
    for p in _as_tuple(parameters):
        p = _type_convert(p)
        inner = p.__args__ if isinstance(p, (_UnionGenericAlias, _types.UnionType)) else (p,)
        for m in inner:
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    return _UnionGenericAlias(tuple(members))


def _optional(self, parameters):
    return Union[parameters, None]


def _one_arg(self, parameters):
    params = _as_tuple(parameters)
    if len(params) != 1:
        raise TypeError(f"{self} accepts only single type.")
    return _GenericAlias(self, params, self._name, False)


def _literal(self, parameters):
    return _LiteralGenericAlias(self, parameters, "Literal", False)


def _annotated(self, parameters):
    params = _as_tuple(parameters)
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _LiteralGenericAlias(self, params, "Annotated", True)
    alias.__origin__ = params[0]
    alias.__metadata__ = params[1:]
    return alias


Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Required = _SpecialForm("Required", _one_arg)
NotRequired = _SpecialForm("NotRequired", _one_arg)
Literal = _SpecialForm("Literal", _literal)
Annotated = _SpecialForm("Annotated", _annotated)
NoReturn = _SpecialForm("NoReturn", _no_subscript)
Never = _SpecialForm("Never", _no_subscript)
Self = _SpecialForm("Self", _no_subscript)
LiteralString = _SpecialForm("LiteralString", _no_subscript)
TypeAlias = _SpecialForm("TypeAlias", _no_subscript)
Concatenate = _SpecialForm("Concatenate", lambda self, p: _GenericAlias(self, p, "Concatenate"))
Unpack = _SpecialForm("Unpack", _one_arg)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return isinstance(obj, self.__mro__[1:])

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Every type is compatible with Any."""


class TypeVar(_Final, _Unionable):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = _type_convert(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


try:
    AnyStr = TypeVar("AnyStr", bytes, str)
except NameError:           # the runtime has no bytes: str alone
    AnyStr = TypeVar("AnyStr", str, str)
Text = str


class Generic:
    """class Box(Generic[T]): Box[int] is an alias; Box[int](x) a Box."""

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = cls.__dict__.get("__parameters__", ())
            if len(params) != len(expected):
                raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} "
                                f"arguments for {cls}; actual {len(params)}, expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get("__orig_bases__", ())
        params = None
        for b in orig:
            if isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol):
                params = b.__parameters__
        if params is None:
            params = _collect_parameters(orig)
        cls.__parameters__ = params


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if name.startswith("_abc_") or name in _PROTO_SKIP:
                continue
            if name not in attrs:
                attrs.append(name)
    return attrs


_PROTO_SKIP = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__",
               "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
               "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
               "__qualname__", "_is_protocol", "_is_runtime_protocol",
               "__protocol_attrs__", "__init_subclass__", "__abstractmethods__"}


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(instance, a) for a in _protocol_attrs(cls))
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol or b.__dict__.get("_is_protocol", False)
                                   for b in cls.__bases__)
        if cls._is_protocol and "__init__" not in cls.__dict__:
            cls.__init__ = _no_init


def _no_init(self, *args, **kwargs):
    if type(self).__dict__.get("_is_protocol", False):
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# ---- aliases of the containers ----

def _alias(origin, nparams, name, inst=True, needs=()):
    return _SpecialGenericAlias(origin, nparams, name, inst, needs)


List = _alias(list, 1, "List", False)
Dict = _alias(dict, 2, "Dict", False)
Set = _alias(set, 1, "Set", False)
FrozenSet = _alias(frozenset, 1, "FrozenSet", False)
Tuple = _alias(tuple, -1, "Tuple", False)
Type = _alias(type, 1, "Type", False)
Callable = _alias(None, -1, "Callable")
Iterable = _alias(None, 1, "Iterable", needs=("__iter__",))
Iterator = _alias(None, 1, "Iterator", needs=("__iter__", "__next__"))
Reversible = _alias(None, 1, "Reversible", needs=("__reversed__", "__iter__"))
Container = _alias(None, 1, "Container", needs=("__contains__",))
Collection = _alias(None, 1, "Collection", needs=("__len__", "__iter__", "__contains__"))
Sized = _alias(None, 0, "Sized", needs=("__len__",))
Hashable = _alias(None, 0, "Hashable")
Generator = _alias(_types.GeneratorType, 3, "Generator")
Sequence = _alias(None, 1, "Sequence", needs=("__getitem__", "__len__", "__iter__", "index", "count"))
MutableSequence = _alias(None, 1, "MutableSequence",
                         needs=("__getitem__", "__setitem__", "__len__", "append", "insert"))
Mapping = _alias(None, 2, "Mapping", needs=("__getitem__", "__len__", "__iter__", "keys", "items"))
MutableMapping = _alias(None, 2, "MutableMapping",
                        needs=("__getitem__", "__setitem__", "__delitem__", "keys", "items"))
AbstractSet = _alias(None, 1, "AbstractSet", needs=("__contains__", "__len__", "__iter__", "isdisjoint"))
MutableSet = _alias(None, 1, "MutableSet", needs=("add", "discard", "__contains__", "__len__"))
KeysView = _alias(None, 1, "KeysView", needs=("__contains__", "__len__", "__iter__"))
ValuesView = _alias(None, 1, "ValuesView", needs=("__len__", "__iter__"))
ItemsView = _alias(None, 2, "ItemsView", needs=("__contains__", "__len__", "__iter__"))
Awaitable = _alias(None, 1, "Awaitable", needs=("__await__",))
Coroutine = _alias(None, 3, "Coroutine", needs=("send", "throw", "close", "__await__"))
AsyncIterable = _alias(None, 1, "AsyncIterable", needs=("__aiter__",))
AsyncIterator = _alias(None, 1, "AsyncIterator", needs=("__aiter__", "__anext__"))
ContextManager = _alias(None, 1, "ContextManager", needs=("__enter__", "__exit__"))
SupportsInt = _alias(None, 0, "SupportsInt", needs=("__int__",))
SupportsFloat = _alias(None, 0, "SupportsFloat", needs=("__float__",))
SupportsAbs = _alias(None, 1, "SupportsAbs", needs=("__abs__",))
SupportsIndex = _alias(None, 0, "SupportsIndex", needs=("__index__",))


def _lazy_collections_alias(name, attr, nparams):
    import collections
    return _alias(getattr(collections, attr), nparams, name, False)


DefaultDict = _lazy_collections_alias("DefaultDict", "defaultdict", 2)
OrderedDict = _lazy_collections_alias("OrderedDict", "OrderedDict", 2)
Counter = _lazy_collections_alias("Counter", "Counter", 1)
Deque = _lazy_collections_alias("Deque", "deque", 1)
ChainMap = _lazy_collections_alias("ChainMap", "ChainMap", 2)


# ---- NamedTuple and TypedDict (class syntax and call syntax) ----

_NT_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                            "_fields", "_field_defaults", "_make", "_replace",
                            "_asdict", "_source"})
_NT_SPECIAL = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                         "__doc__", "__orig_bases__"})


def _make_nmtuple(name, types, module, defaults=()):
    from collections import namedtuple
    fields = [n for n, t in types]
    nm_tpl = namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = {n: t for n, t in types}
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types.items()), ns["__module__"],
                               [ns[n] for n in default_names])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __init__(cls, *args, **kwargs):
        pass


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, list(fields), "__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


class NewType:
    """UserId = NewType('UserId', int): UserId(5) is 5."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- functions ----

def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        if isinstance(tp, _GenericAlias) and tp._name == "Annotated":
            return Annotated
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias) and tp._name == "Annotated":
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    if isinstance(value, _GenericAlias) and not isinstance(value, _LiteralGenericAlias):
        args = tuple(a if a is ... else _eval_hint(a, globalns, localns) for a in value.__args__)
        if args != value.__args__:
            if isinstance(value, _CallableGenericAlias):
                return _CallableGenericAlias(value.__origin__, args, "Callable")
            return value._copy_with(args)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' first), function or module,
    with string annotations evaluated."""
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            module = sys.modules.get(base.__module__)
            g = globalns if globalns is not None else getattr(module, "__dict__", {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, localns if localns is not None else dict(vars(base)))
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            globalns = getattr(obj, "__dict__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


def get_overloads(func):
    return []


def clear_overloads():
    pass


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator
