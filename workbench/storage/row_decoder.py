"""One compiled function per entity class that turns a table row into the entity.

Opening a workspace decodes every row it holds (to check each with the domain) and the programme page decodes
every bill: a generic loop over columns, slicing the row and calling a converter per field, spent ~35 µs on an
equipment row. The function built here does the same conversions written out for that class — one expression
per field, the enum lookups in a dict — and calls the class once (~5× faster on the 100-site benchmark).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import typing
from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

from workbench.domain import model
from workbench.domain.validation import base_type

if TYPE_CHECKING:
    from .codecs import Column

RowDecoder = Callable[[tuple[Any, ...]], Any]


# What the JSON columns' decoders read as empty (``json.loads(text or "[]")``), without parsing them.
_EMPTY_LISTS = (None, "", "[]")
_EMPTY_MAPS = (None, "", "{}")


def _inline(
    kind: Any, index: int, width: int, decoder: Callable[[tuple[Any, ...]], Any], env: dict[str, Any], slot: int
) -> str:
    """The expression that decodes columns ``index…index+width-1`` of ``row`` as ``kind`` does in
    :mod:`workbench.storage.codecs` (``decoder``, that column's own, for what it does not write out)."""
    value = f"row[{index}]"
    if kind is model.BilingualText:
        env["_BilingualText"] = direct_constructor(model.BilingualText)
        return f'_BilingualText({value} or "", row[{index + 1}] or "")'
    if kind is model.OperatingSchedule:
        env["_OperatingSchedule"] = direct_constructor(model.OperatingSchedule)
        return f"_OperatingSchedule(*row[{index}:{index + width}])"
    if typing.get_origin(kind) is tuple:  # JSON: most lists are empty, the column's decoder parses the others
        env[f"_decode{slot}"] = decoder
        return f"(() if {value} in _EMPTY_LISTS else _decode{slot}(row[{index}:{index + 1}]))"
    if typing.get_origin(kind) is dict:
        env[f"_decode{slot}"] = decoder
        return f"({{}} if {value} in _EMPTY_MAPS else _decode{slot}(row[{index}:{index + 1}]))"
    if kind is dt.date:
        env["_date"] = dt.date.fromisoformat
        return f"(None if {value} is None else _date({value}))"
    if isinstance(kind, type) and issubclass(kind, Enum):
        # The dict answers for the stored values; anything else goes to the enum itself, which accepts what
        # it accepts (a member, an equal value of another type) and refuses the rest with its own error.
        env[f"_members{slot}"] = {member.value: member for member in kind}
        env[f"_enum{slot}"] = kind
        return f"(None if {value} is None else (_members{slot}.get({value}) or _enum{slot}({value})))"
    if kind is bool:
        return f"(None if {value} is None else bool({value}))"
    if kind is float:
        return f"(None if {value} is None else float({value}))"
    return value  # ints, texts: stored as they are


def _sets_its_slots(cls: type) -> bool:
    """Whether a frozen dataclass ``cls`` may be built by setting its slots: its __init__ does nothing else."""
    return hasattr(cls, "__slots__") and not hasattr(cls, "__post_init__")


@functools.cache
def direct_constructor(cls: type) -> Callable[..., Any]:
    """``cls(*fields)`` for a slotted frozen dataclass, built by setting its slots (a frozen dataclass's
    __init__ sets each field through object.__setattr__: half the time of decoding a row)."""
    if not _sets_its_slots(cls):
        return cls
    names = [f.name for f in dataclasses.fields(cls)]
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = [f"def new_{cls.__name__}({', '.join(names)}):", "    entity = _new(_cls)"]
    for n, name in enumerate(names):
        env[f"_set{n}"] = getattr(cls, name).__set__
        lines.append(f"    _set{n}(entity, {name})")
    lines.append("    return entity")
    # Built from our own classes' fields, never from data.
    exec(compile("\n".join(lines) + "\n", f"<constructor of {cls.__name__}>", "exec"), env)
    constructor: Callable[..., Any] = env[f"new_{cls.__name__}"]
    return constructor


def compile_decoder(cls: type, columns: Sequence[Column]) -> RowDecoder:
    """``row`` (the id, then ``columns`` in order) → an instance of ``cls``."""
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {
        "_cls": cls,
        "_new": object.__new__,
        "_EMPTY_LISTS": _EMPTY_LISTS,
        "_EMPTY_MAPS": _EMPTY_MAPS,
    }
    arguments = {"id": "row[0]"}
    index = 1
    for slot, column in enumerate(columns):
        width = len(column.columns)
        kind = base_type(hints[column.field])[0]
        arguments[column.field] = _inline(kind, index, width, column.decode, env, slot)
        index += width
    fields = dataclasses.fields(cls)
    if _sets_its_slots(cls):  # as direct_constructor does, written out here: a call fewer per row
        env["_new"] = object.__new__
        lines = ["    entity = _new(_cls)"]
        for n, f in enumerate(fields):
            env[f"_set{n}"] = getattr(cls, f.name).__set__
            lines.append(f"    _set{n}(entity, {arguments[f.name]})")
        body = "\n".join(lines) + "\n    return entity\n"
    else:
        body = "    return _cls(" + ", ".join(f"{f.name}={arguments[f.name]}" for f in fields) + ")\n"
    source = f"def decode_{cls.__name__}(row):\n{body}"
    # The source is built from our own classes' fields, never from data: exec is a code generator here.
    exec(compile(source, f"<row decoder for {cls.__name__}>", "exec"), env)
    decoder: RowDecoder = env[f"decode_{cls.__name__}"]
    return decoder
