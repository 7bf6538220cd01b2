"""Field rules for domain entities, checked before anything is stored.

Each validated dataclass field carries a :func:`spec` in its metadata: a
translatable label and its bounds. :func:`validate` checks types and bounds
generically, then calls the entity's own ``check()`` for rules that involve
several fields. The first broken rule raises :class:`ValidationError`, which
names the field and the value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any

from .messages import QT_TRANSLATE_NOOP, DomainError, Message, message

CTX = "Validation"

# Anything larger than this in a bill or an inventory is a typing error, not a site.
ABSURD = 1e10


def spec(
    label: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    required: bool = False,
    default: Any = None,
    factory: Any = None,
    hour_of_day: bool = False,
    unit: str | None = None,
) -> Any:
    """A dataclass field with a translatable ``label`` and bounds; ``hour_of_day``: a float of hours that is
    shown and typed as a time of day (``6:30``, ``6 h 30``); ``unit``: what a figure is counted in, shown beside
    its editor (see :func:`field_unit`)."""
    meta = {
        "label": label,
        "minimum": minimum,
        "maximum": maximum,
        "required": required,
        "hour": hour_of_day,
        "unit": unit,
    }
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


class ValidationError(DomainError):
    def __init__(self, field: str, value: Any, msg: Message) -> None:
        super().__init__(msg)
        self.field = field
        self.value = value


def field_label(cls: type, name: str) -> Message:
    """The translatable label of a field (context ``Field``)."""
    for f in dataclasses.fields(cls):
        if f.name == name and "label" in f.metadata:
            return message("Field", f.metadata["label"])
    return message("Field", name)


CURRENCY_UNIT = "{currency}"  # a field counted in the site's currency (MAD, EUR)


def field_unit(cls: type, name: str) -> str | None:
    """The unit of a figure field, as declared in its spec: a symbol (``m²``, ``kVA``), a word to translate in
    context ``Units`` (``h/year``), or a template naming another field of the entity (``{power_unit}``,
    ``kWh/{invoice_unit}``) or the site's currency (:data:`CURRENCY_UNIT`). None for a field without a unit."""
    for f in dataclasses.fields(cls):
        if f.name == name:
            return f.metadata.get("unit")
    return None


def refuse(cls: type, name: str, value: Any, source: str, **params: Any) -> ValidationError:
    """Build the error for ``name`` of ``cls``; ``source`` is a literal QT_TRANSLATE_NOOP text."""
    return ValidationError(name, value, message(CTX, source, field=field_label(cls, name), value=value, **params))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def base_type(hint: Any) -> tuple[Any, bool]:
    """``(type, optional)`` of an annotation such as ``float | None``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return (args[0] if len(args) == 1 else hint), True
    return hint, False


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@cache
def _validated_fields(cls: type) -> tuple[tuple[dataclasses.Field[Any], Any], ...]:
    """The fields that carry a spec, with their base type: worked out once per class."""
    hints = _hints(cls)
    return tuple((f, base_type(hints[f.name])[0]) for f in dataclasses.fields(cls) if "label" in f.metadata)


def check_value(cls: type, f: dataclasses.Field[Any], value: Any, kind: Any = None) -> None:
    """Check one value against the declared type and bounds of field ``f``."""
    meta = f.metadata
    if kind is None:
        kind = base_type(_hints(cls)[f.name])[0]
    if value is None or (kind is str and value == "" and meta.get("required")):
        if meta.get("required"):
            raise refuse(cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field} is required."))
        return
    if kind is float or kind is int:
        if not _is_number(value):
            raise refuse(cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a number."))
        if kind is int and not float(value).is_integer():
            raise refuse(cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: {value} is not a whole number."))
        if math.isnan(value) or math.isinf(value) or abs(value) > ABSURD:
            raise refuse(
                cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: {value} is not a plausible value.")
            )
        minimum, maximum = meta.get("minimum"), meta.get("maximum")
        if minimum is not None and value < minimum:
            if minimum == 0:
                raise refuse(
                    cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field} must not be negative (got {value}).")
                )
            raise refuse(
                cls,
                f.name,
                value,
                QT_TRANSLATE_NOOP("Validation", "{field} must be at least {minimum} (got {value})."),
                minimum=minimum,
            )
        if maximum is not None and value > maximum:
            raise refuse(
                cls,
                f.name,
                value,
                QT_TRANSLATE_NOOP("Validation", "{field} must be at most {maximum} (got {value})."),
                maximum=maximum,
            )
    elif kind is dt.date:
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise refuse(cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a date."))
        if not 1950 <= value.year <= 2100:
            raise refuse(
                cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: {value} is not a plausible date.")
            )
    elif isinstance(kind, type) and issubclass(kind, Enum):
        if not isinstance(value, kind):
            raise refuse(
                cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not one of the choices.")
            )
    elif kind is str:
        if not isinstance(value, str):
            raise refuse(cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a text."))
    elif kind is bool:
        if not isinstance(value, bool):
            raise refuse(cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not yes or no."))
    elif isinstance(kind, type) and dataclasses.is_dataclass(kind):  # a type hint: a class, never an instance
        if not isinstance(value, kind):
            raise refuse(cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not valid."))
        validate(value)


def validate(entity: object) -> None:
    """Raise :class:`ValidationError` for the first rule ``entity`` breaks.

    An entity whose every field is plainly of its type and within its bounds (most of them: an import checks
    thousands) only needs its own ``check()``; any other goes through :func:`validate_fully`, so that what is
    refused, and how, is always the same (tests/importers/test_import_fast_paths.py compares the two)."""
    if not plainly_valid(entity):
        validate_fully(entity)
        return
    check = getattr(entity, "check", None)
    if check is not None:
        check()


def validate_fully(entity: object) -> None:
    """Every field's type and bounds, one by one, then the entity's own ``check()``."""
    cls: type = type(entity)  # as ``type``: mypy takes a ``type[object]`` for unhashable, so not for a cache key
    for f, kind in _validated_fields(cls):
        check_value(cls, f, getattr(entity, f.name), kind)
    check = getattr(entity, "check", None)
    if check is not None:
        check()


def _plain_condition(kind: Any, required: bool, enum: bool, nested: bool, n: int) -> str:
    """The test that makes field ``n`` (its value in ``v``, not None) less than plainly valid."""
    if kind is float:  # NaN compares false: never plain
        return f"(type(v) is not float and type(v) is not int) or not _low{n} <= v <= _high{n}"
    if enum:
        return f"not isinstance(v, _kind{n})"
    if kind is str:
        return "type(v) is not str or not v" if required else "type(v) is not str"
    if kind is int:
        return f"type(v) is not int or not _low{n} <= v <= _high{n}"
    if kind is dt.date:
        return "type(v) is not _date or not 1950 <= v.year <= 2100"  # check_value's years
    if kind is bool:
        return "type(v) is not bool"
    if nested:  # what check_value does for it: its own fields, then its own check()
        return f"type(v) is not _kind{n} or not _plainly_passes(v)"
    return "True"  # the rest: the domain decides


@cache
def _plain_check(cls: type) -> Callable[[Any], bool]:
    """:func:`plainly_valid` for ``cls``, written out field by field once (an import or an opening checks
    thousands of entities: a loop over the fields' rules cost three times as much)."""
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_date": dt.date, "_plainly_passes": _plainly_passes}
    lines = [f"def plainly_valid_{cls.__name__}(entity):"]
    for n, f in enumerate(f for f in dataclasses.fields(cls) if "label" in f.metadata):
        minimum, maximum = f.metadata.get("minimum"), f.metadata.get("maximum")
        kind = base_type(hints[f.name])[0]
        required = bool(f.metadata.get("required"))
        env[f"_kind{n}"] = kind
        env[f"_low{n}"] = -ABSURD if minimum is None else max(minimum, -ABSURD)
        env[f"_high{n}"] = ABSURD if maximum is None else min(maximum, ABSURD)
        enum = isinstance(kind, type) and issubclass(kind, Enum)
        nested = isinstance(kind, type) and dataclasses.is_dataclass(kind)
        lines += [
            f"    v = entity.{f.name}",
            "    if v is None:",
            "        return False" if required else "        pass",
            f"    elif {_plain_condition(kind, required, enum, nested, n)}:",
            "        return False",
        ]
    lines.append("    return True")
    # Built from our own classes' field specs, never from data.
    exec(compile("\n".join(lines) + "\n", f"<plain check of {cls.__name__}>", "exec"), env)
    check: Callable[[Any], bool] = env[f"plainly_valid_{cls.__name__}"]
    return check


def plainly_valid(entity: object) -> bool:
    """True only when :func:`validate_fully` passes every field of ``entity`` (its ``check()`` aside); False for
    anything less plain (including values it would accept, such as a whole float in an int field)."""
    cls: type = type(entity)  # as ``type``: mypy takes a ``type[object]`` for unhashable, so not for a cache key
    return _plain_check(cls)(entity)


def _plainly_passes(entity: Any) -> bool:
    """:func:`validate` would pass ``entity``, found without building the error it would raise otherwise."""
    if not plainly_valid(entity):
        return False
    check = getattr(entity, "check", None)
    if check is not None:
        try:
            check()
        except DomainError:
            return False
    return True
