"""@dataclass: generate __init__, __repr__, __eq__ (and on request the
ordering methods, __hash__, immutability) from the annotated class
attributes.  The methods are compiled from generated source, as python3
does, so their signatures and error messages are those of plain defs."""

import types as _types

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "field"
_FIELD_CLASSVAR = "classvar"
_FIELD_INITVAR = "initvar"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
                f"metadata={self.metadata!r},kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r})")


# ---- reading the class body ----

def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    typing = _typing_module()
    if typing is None:
        return False
    return tp is typing.ClassVar or (isinstance(tp, typing._GenericAlias)
                                     and tp.__origin__ is typing.ClassVar)


def _typing_module():
    import sys
    return sys.modules.get("typing")


def _is_initvar(tp):
    return tp is InitVar or isinstance(tp, InitVar) or (
        isinstance(tp, str) and tp.startswith("InitVar"))


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _types.MethodType):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and _unhashable(f.default):
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} "
                         f"is not allowed: use default_factory")
    return f


def _unhashable(value):
    """python3's test for a mutable default: its class sets __hash__ to
    None (list, dict and set count even where the runtime's built-in
    types do not show that attribute)."""
    return type(value).__hash__ is None or isinstance(value, (list, dict, set))


# ---- generating the methods ----

def _compile(name, args, body, cls, env):
    """def name(args): body, compiled with env as its globals; its
    __qualname__ is the class's."""
    lines = "\n".join("    " + line for line in (body or ["pass"]))
    src = f"def {name}({', '.join(args)}):\n{lines}\n"
    env = dict(env)
    exec(src, env)
    fn = env[name]
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})"
    return f"self.{name} = {value}"


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, globals_):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
    env = {"MISSING": MISSING, "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
           "__dataclass_builtins_object__": object}
    env.update(globals_)
    body = []
    for f in all_fields:
        if f.default_factory is not MISSING:
            env[f"__dataclass_dflt_{f.name}__"] = f.default_factory
        elif f.default is not MISSING:
            env[f"__dataclass_dflt_{f.name}__"] = f.default
        if f._field_type is not _FIELD:
            continue
        if f.init:
            if f.default_factory is not MISSING:
                value = (f"__dataclass_dflt_{f.name}__() if {f.name} is "
                         f"__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}")
            else:
                value = f.name
        elif f.default_factory is not MISSING:
            value = f"__dataclass_dflt_{f.name}__()"
        elif f.default is not MISSING:
            value = f"__dataclass_dflt_{f.name}__"
        else:
            continue
        body.append(_field_assign(frozen, f.name, value))
    if has_post_init:
        initvars = ", ".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f"self.__post_init__({initvars})")

    def param(f):
        if f.default_factory is not MISSING:
            return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
        if f.default is not MISSING:
            return f"{f.name}=__dataclass_dflt_{f.name}__"
        return f.name

    args = ["self"] + [param(f) for f in std_fields if f.init]
    if kw_fields:
        args += ["*"] + [param(f) for f in kw_fields if f.init]
    return _compile("__init__", args, body, cls, env)


def _repr_fn(cls, flds):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in flds)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({parts})"
    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    return __repr__


_repr_running = set()


def _tuple_of(self, flds):
    return tuple(getattr(self, f.name) for f in flds)


def _cmp_fn(cls, name, op, flds):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, flds), _tuple_of(other, flds))
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = f"{cls.__qualname__}.{name}"
    return compare


def _hash_fn(cls, flds):
    def __hash__(self):
        return hash(_tuple_of(self, flds))
    __hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
    return __hash__


def _frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = f"{cls.__qualname__}.__setattr__"
    __delattr__.__qualname__ = f"{cls.__qualname__}.__delattr__"
    for name, fn in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
        if _set_new_attribute(cls, name, fn):
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")


# ---- the decorator ----

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    import operator
    import sys
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True

    own_annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_now = kw_only
    for name, tp in own_annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY")):
            kw_only_now = True
            continue
        own_fields.append(_get_field(cls, name, tp, kw_only_now))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in own_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    all_fields = list(fields.values())
    real_fields = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        module = sys.modules.get(cls.__module__)
        globals_ = getattr(module, "__dict__", {}) if module is not None else {}
        init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
        std = [f for f in init_fields if not f.kw_only]
        kw = [f for f in init_fields if f.kw_only]
        _set_new_attribute(cls, "__init__",
                           _init_fn(cls, init_fields, std, kw, frozen,
                                    hasattr(cls, "__post_init__"), globals_))
    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn(cls, [f for f in real_fields if f.repr]))
    compared = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn(cls, "__eq__", operator.eq, compared))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", operator.lt), ("__le__", operator.le),
                         ("__gt__", operator.gt), ("__ge__", operator.ge)):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                f"Consider using functools.total_ordering")
    if frozen:
        _frozen_methods(cls, {f.name for f in all_fields})

    hashed = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _hash_fn(cls, hashed)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(cls, hashed)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in all_fields
                                 if f._field_type in (_FIELD, _FIELD_INITVAR)
                                 and f.init and not f.kw_only))
    if not getattr(cls, "__doc__", None):
        sig = ", ".join(f"{f.name}: {_ann_text(f.type)}" for f in all_fields
                        if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init)
        try:
            cls.__doc__ = f"{cls.__name__}({sig})"
        except (AttributeError, TypeError):
            pass
    return cls


def _ann_text(tp):
    if isinstance(tp, type):
        return tp.__name__
    return repr(tp) if not isinstance(tp, str) else tp


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


# ---- working with instances ----

def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, "
                                 f"it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False, module=None):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    ns["__module__"] = module or "__main__"
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only)
