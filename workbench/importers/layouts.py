"""Column mappings a user corrected, remembered per workspace for the next file with the same header row.

A profile is a layout someone named; a remembered layout is the correction itself, found again by the
header row's signature (its names as the mapping rules compare them, in order). Both are visible: the import
says when it used one, the dialog shows it and forgets it on request, and ``workbench layouts`` lists them
(``--forget`` forgets one).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.storage.workspace import Workspace

from .mapping import plain


@dataclass(frozen=True)
class RememberedLayout:
    signature: str
    headers: tuple[str, ...]
    kind: str  # bills or deliveries
    mapping: dict[str, str]  # field -> column header, as the user chose it
    saved: str  # ISO date and time


def header_signature(header: Sequence[str]) -> str:
    """The same for two files whose header rows differ only by case, accents or spacing."""
    text = "\x1f".join(plain(h) for h in header)
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def remembered_layouts(workspace: Workspace) -> dict[str, RememberedLayout]:
    found = {}
    for signature, headers, spec, saved in workspace.import_layouts():
        data = json.loads(spec)
        found[signature] = RememberedLayout(
            signature, tuple(json.loads(headers)), data.get("kind", "bills"), dict(data.get("mapping", {})), saved
        )
    return found


def remember_layout(workspace: Workspace, header: Sequence[str], kind: str, mapping: dict[str, str]) -> str:
    signature = header_signature(header)
    spec = json.dumps({"kind": kind, "mapping": mapping}, ensure_ascii=False, sort_keys=True)
    saved = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    workspace.remember_import_layout(signature, json.dumps(list(header), ensure_ascii=False), spec, saved)
    return signature


# --- load curves ---------------------------------------------------------------------------------------------

LOAD_CURVE_KIND = "load_curve"
VALUE_UNIT_KEY = "value_unit"  # the unit the user gave for values the file does not name


@dataclass(frozen=True)
class RememberedRoles:
    """A load-curve mapping found again for a header row: which column is what, and the unit, if given."""

    layout: RememberedLayout
    columns: dict[str, int]  # a Role's value -> the column's index in this header
    unit: str | None  # a ValueUnit's value


def remembered_load_curve_roles(workspace: Workspace, header: Sequence[str]) -> RememberedRoles | None:
    """The mapping a user chose for a load curve with this header row, if every column it names is there."""
    layout = remembered_layouts(workspace).get(header_signature(header))
    if layout is None or layout.kind != LOAD_CURVE_KIND:
        return None
    names = [plain(h) for h in header]
    columns = {}
    for role, column in layout.mapping.items():
        if role == VALUE_UNIT_KEY:
            continue
        if plain(column) not in names:
            return None
        columns[role] = names.index(plain(column))
    return RememberedRoles(layout, columns, layout.mapping.get(VALUE_UNIT_KEY))


def remember_load_curve_roles(
    workspace: Workspace, header: Sequence[str], columns: dict[str, int], unit: str | None
) -> str:
    """Remember which column is what (a Role's value -> index in ``header``) and the unit for this header row."""
    mapping = {role: header[index] for role, index in columns.items()}
    if unit:
        mapping[VALUE_UNIT_KEY] = unit
    return remember_layout(workspace, header, LOAD_CURVE_KIND, mapping)
