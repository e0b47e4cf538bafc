"""Enumerations as python3 3.11 has them: Enum, IntEnum, StrEnum, Flag,
IntFlag, auto(), unique.

A class body's plain assignments become the members: EnumType.__prepare__
gives the body an _EnumDict that records them in order (resolving auto()
as it goes), and EnumType.__new__ turns each into a singleton instance of
the new class.  Methods, descriptors, dunder and _sunder_ names stay
ordinary class attributes."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "verify", "member", "nonmember", "global_enum",
           "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "STRICT", "CONFORM", "EJECT", "KEEP"]


class auto:
    """Placeholder for the next value (_generate_next_value_)."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % (cls_name.lstrip("_"),)
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


class _EnumDict(dict):
    """The class body's namespace: remembers the member names in order."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                self._generate_next_value = value
                if isinstance(value, staticmethod):
                    self._generate_next_value = value.__func__
        elif _is_dunder(key):
            pass
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is None:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._generate_next_value(key, 1, len(self._member_names),
                                                        self._last_values[:])
                              if isinstance(v, auto) else v for v in value)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    """The builtin type a mixed-in enum's values are (int for IntEnum)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base.__dict__.get("_member_type_", object) is not object:
                    return base.__dict__["_member_type_"]
                continue
            if "__new__" in base.__dict__ or base in (int, str, float, tuple):
                return base
    return object


def _first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first = _first_enum(bases)
        if first is not None:
            enum_dict._generate_next_value = first._generate_next_value_
        if enum_dict._generate_next_value is None:
            enum_dict._generate_next_value = _generate_next_value_
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        first = _first_enum(bases)
        member_names = classdict._member_names if isinstance(classdict, _EnumDict) else []
        members = {name: classdict[name] for name in member_names}
        ns = {k: v for k, v in classdict.items() if k not in members}
        # a __new__ in the body makes the members; the class's own
        # __new__ stays Enum's lookup by value (Enum itself keeps its own)
        new_member = ns.pop("__new__", None) if Enum is not None else None
        member_type = _find_data_type(bases)
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_member_type_"] = member_type
        if new_member is not None:
            ns["__new_member__"] = new_member
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if Enum is not None:
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
        if new_member is None:
            new_member = getattr(enum_class, "__new_member__", None)
        for name, value in members.items():
            _add_member(enum_class, name, value, member_type, new_member)
        if first is not None:
            _inherit_enum_methods(enum_class, classdict, first)
        if Flag is not None and issubclass(enum_class, Flag):
            # int's operators come before Flag's in IntFlag's MRO
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                       "__invert__"):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    enum_class._flag_mask_ |= m._value_
        return enum_class

    def __init__(cls, *args, **kwds):
        pass

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for name, value in names:
            classdict[name] = value
        classdict["__module__"] = module or "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(value).__qualname__, type(cls).__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


def _inherit_enum_methods(enum_class, classdict, first):
    """A mixed-in data type (int in IntEnum) comes before Enum in the MRO:
    its __repr__ and the like must not hide the enum's."""
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in classdict:
            continue
        for k in enum_class.__mro__:
            if name in k.__dict__:
                if not isinstance(k, EnumType):
                    type.__setattr__(enum_class, name, getattr(first, name))
                break


def _add_member(enum_class, name, value, member_type, new_member):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if new_member is not None:
        m = new_member(enum_class, *args)
    elif member_type is object:
        m = object.__new__(enum_class)
    else:
        m = member_type.__new__(enum_class, *args)
    if not hasattr(m, "_value_"):
        _set(m, "_value_", value if member_type is object else member_type(*args))
    _set(m, "_name_", name)
    _set(m, "__objclass__", enum_class)
    m.__init__(*args)
    for existing in enum_class._member_map_.values():
        if existing._value_ == m._value_:
            m = existing            # an alias: the same member under another name
            break
    else:
        enum_class._member_names_.append(name)
    type.__setattr__(enum_class, name, m)
    enum_class._member_map_[name] = m
    try:
        enum_class._value2member_map_.setdefault(m._value_, m)
    except TypeError:
        pass


# Instances of int and str subclasses have no __dict__ in this runtime:
# their members keep _name_ and _value_ here, by id (members live as long
# as their class, which keeps them).
_no_dict_attrs = {}


def _set(obj, name, value):
    try:
        setattr(obj, name, value)
    except AttributeError:
        _no_dict_attrs.setdefault(id(obj), {})[name] = value


def _generate_next_value_(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last_value = sorted(last_values).pop()
    except TypeError:
        raise TypeError("unable to sort non-numeric values") from None
    try:
        return last_value + 1
    except TypeError:
        raise TypeError("unable to increment %r" % (last_value,)) from None


Enum = Flag = None      # EnumType.__new__ asks before they exist


class Enum(metaclass=EnumType):
    """Members are the class's singletons: Color.RED, Color(1), Color['RED']."""

    _generate_next_value_ = staticmethod(_generate_next_value_)

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def __getattr__(self, name):
        attrs = _no_dict_attrs.get(id(self))
        if attrs is not None and name in attrs:
            return attrs[name]
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only repr() shows the enum; str() and format() are the value's."""

    def __str__(self):
        return self._member_type_.__str__(self)

    def __format__(self, format_spec):
        return self._member_type_.__format__(self, format_spec)


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        _set(m, "_value_", value)
        return m

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# ---- flags ----

def _bits(value):
    """The single-bit values in value, lowest first."""
    out = []
    bit = 1
    while bit <= value:
        if value & bit:
            out.append(bit)
        bit <<= 1
    return out


class Flag(Enum):
    """Members combine with | & ^ ~; a combination is a (cached) pseudo
    member named like 'R|W'."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask
        if value & ~mask:
            if cls._member_type_ is int:        # IntFlag keeps unknown bits
                pass
            else:
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        _set(pseudo, "_value_", value)
        names = [m._name_ for m in cls._member_map_.values()
                 if m._name_ in cls._member_names_ and _is_single_bit(m._value_)
                 and m._value_ & value == m._value_]
        extra = value & ~mask
        _set(pseudo, "_name_", "|".join(_sort_by_definition(cls, names)) if names else None)
        _set(pseudo, "_extra_", extra)
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if _is_single_bit(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        name = self._name_
        extra = getattr(self, "_extra_", 0)
        if extra:
            name = name + "|" + str(extra)
        return "<%s.%s: %s>" % (cls_name, name, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def _coerce(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is int and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._coerce(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._coerce(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._coerce(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


def _is_single_bit(v):
    return isinstance(v, int) and v > 0 and v & (v - 1) == 0


def _sort_by_definition(cls, names):
    order = {n: i for i, n in enumerate(cls._member_names_)}
    return sorted(names, key=lambda n: order[n])


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


# ---- helpers ----

def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


CONTINUOUS = "no skipped integer values"
NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
UNIQUE = "one name per value"
STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def global_enum(cls):
    import sys
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls
