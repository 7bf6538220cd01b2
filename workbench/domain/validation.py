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
from operator import attrgetter
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
def _validated_fields(cls: type) -> tuple[tuple[dataclasses.Field, Any], ...]:
    """The fields that carry a spec, with their base type: worked out once per class."""
    hints = _hints(cls)
    return tuple((f, base_type(hints[f.name])[0]) for f in dataclasses.fields(cls) if "label" in f.metadata)


def check_value(cls: type, f: dataclasses.Field, value: Any, kind: Any = None) -> None:
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
    elif dataclasses.is_dataclass(kind):
        if not isinstance(value, kind):
            raise refuse(cls, f.name, value, QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not valid."))
        validate(value)


def validate(entity: Any) -> None:
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


def validate_fully(entity: Any) -> None:
    """Every field's type and bounds, one by one, then the entity's own ``check()``."""
    cls = type(entity)
    for f, kind in _validated_fields(cls):
        check_value(cls, f, getattr(entity, f.name), kind)
    check = getattr(entity, "check", None)
    if check is not None:
        check()


@cache
def _field_rules(cls: type) -> tuple[Callable[[Any], tuple], tuple[tuple[Any, float, float, bool, bool], ...]]:
    """The fields :func:`validate_fully` checks, read all at once, and ``(kind, low, high, required, enum)`` of
    each: the type its value must be of, and for numbers the bounds between which it passes (ABSURD and the
    field's own)."""
    hints = typing.get_type_hints(cls)
    names, rules = [], []
    for f in dataclasses.fields(cls):
        if "label" not in f.metadata:
            continue
        minimum, maximum = f.metadata.get("minimum"), f.metadata.get("maximum")
        low = -ABSURD if minimum is None else max(minimum, -ABSURD)
        high = ABSURD if maximum is None else min(maximum, ABSURD)
        kind = base_type(hints[f.name])[0]
        enum = isinstance(kind, type) and issubclass(kind, Enum)
        names.append(f.name)
        rules.append((kind, low, high, bool(f.metadata.get("required")), enum))
    values = attrgetter(*names) if len(names) > 1 else lambda e: tuple(getattr(e, name) for name in names)
    return values, tuple(rules)


def plainly_valid(entity: Any) -> bool:
    """True only when :func:`validate_fully` passes every field of ``entity`` (its ``check()`` aside); False for
    anything less plain (including values it would accept, such as a whole float in an int field)."""
    values, rules = _field_rules(type(entity))
    for value, (kind, low, high, required, enum) in zip(values(entity), rules, strict=True):
        if value is None:
            if required:
                return False
        elif kind is float:
            if (type(value) is not float and type(value) is not int) or not low <= value <= high:  # NaN: never
                return False
        elif enum:
            if not isinstance(value, kind):
                return False
        elif kind is str:
            if type(value) is not str or (required and not value):
                return False
        elif kind is int:
            if type(value) is not int or not low <= value <= high:
                return False
        elif kind is dt.date:
            if type(value) is not dt.date or not 1950 <= value.year <= 2100:  # validation.check_value's years
                return False
        elif kind is bool:
            if type(value) is not bool:
                return False
        else:  # nested dataclasses and the rest: the domain decides
            return False
    return True
