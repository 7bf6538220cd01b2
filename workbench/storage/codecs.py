"""Entity ⇄ row: one generic codec per entity class, derived from its type hints.

Columns follow field names; nested values are flattened so the file stays
readable by any SQLite tool: a ``BilingualText`` field ``x`` becomes ``x_fr`` and
``x_en``, an ``OperatingSchedule`` field becomes one column per member, dates
are ISO text, enums their value, booleans 0/1; lists and mappings are JSON.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

from workbench.domain import model
from workbench.domain.factors import FactorScope
from workbench.domain.kinds import EntityKind
from workbench.domain.units import Carrier
from workbench.domain.validation import base_type

from .row_decoder import compile_decoder

Encoder = Callable[[Any], dict[str, Any]]


@dataclasses.dataclass(frozen=True)
class Column:
    field: str
    columns: tuple[str, ...]
    encode: Callable[[Any], tuple[Any, ...]]
    decode: Callable[[tuple[Any, ...]], Any]


def _scalar(kind: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    if kind is dt.date:
        return (lambda v: None if v is None else v.isoformat()), (
            lambda v: None if v is None else dt.date.fromisoformat(v)
        )
    if isinstance(kind, type) and issubclass(kind, Enum):
        return (lambda v: None if v is None else v.value), (lambda v: None if v is None else kind(v))
    if kind is bool:
        return (lambda v: None if v is None else int(v)), (lambda v: None if v is None else bool(v))
    if kind is float:
        return (lambda v: v), (lambda v: None if v is None else float(v))
    return (lambda v: v), (lambda v: v)


def _column_for(f: dataclasses.Field[Any], hint: Any) -> Column:
    kind, _optional = base_type(hint)
    name = f.name
    if kind is model.BilingualText:
        return Column(
            name,
            (f"{name}_fr", f"{name}_en"),
            lambda v: (v.fr, v.en),
            lambda row: model.BilingualText(row[0] or "", row[1] or ""),
        )
    if kind is model.OperatingSchedule:
        members = [m.name for m in dataclasses.fields(model.OperatingSchedule)]
        return Column(
            name,
            tuple(f"{name}_{m}" for m in members),
            lambda v: tuple(getattr(v, m) for m in members),
            lambda row: model.OperatingSchedule(*row),
        )
    if typing.get_origin(kind) is tuple and typing.get_args(kind)[0] is model.MeasureSaving:
        return Column(
            name,
            (name,),
            lambda v: (
                json.dumps(
                    [
                        {
                            "carrier": s.carrier.value,
                            "kwh": s.kwh,
                            **({"share": s.share} if s.share is not None else {}),
                        }
                        for s in v
                    ]
                ),
            ),
            lambda row: tuple(
                model.MeasureSaving(Carrier(s["carrier"]), float(s["kwh"]), s.get("share"))
                for s in json.loads(row[0] or "[]")
            ),
        )
    if typing.get_origin(kind) is tuple and typing.get_args(kind)[0] is model.MeterReading:
        return Column(
            name,
            (name,),
            lambda v: (
                json.dumps(
                    [
                        {
                            "register": r.register.value,
                            "previous": r.previous,
                            "current": r.current,
                            "multiplier": r.multiplier,
                            **({"rollover_digits": r.rollover_digits} if r.rollover_digits is not None else {}),
                        }
                        for r in v
                    ]
                ),
            ),
            lambda row: tuple(
                model.MeterReading(
                    model.MeterRegister(r["register"]),
                    float(r["previous"]),
                    float(r["current"]),
                    float(r.get("multiplier", 1.0)),
                    r.get("rollover_digits"),
                )
                for r in json.loads(row[0] or "[]")
            ),
        )
    if typing.get_origin(kind) is tuple:  # ids
        return Column(name, (name,), lambda v: (json.dumps(list(v)),), lambda row: tuple(json.loads(row[0] or "[]")))
    if typing.get_origin(kind) is dict:
        value_type = typing.get_args(kind)[1]
        return Column(
            name,
            (name,),
            lambda v: (json.dumps({k: x.value for k, x in v.items()}, sort_keys=True),),
            lambda row: {k: value_type(x) for k, x in json.loads(row[0] or "{}").items()},
        )
    encode, decode = _scalar(kind)
    return Column(name, (name,), lambda v: (encode(v),), lambda row: decode(row[0]))


class EntityCodec:
    def __init__(self, cls: type, table: str, kind: EntityKind) -> None:
        self.cls = cls
        self.table = table
        self.kind = kind
        hints = typing.get_type_hints(cls)
        self.fields = [_column_for(f, hints[f.name]) for f in dataclasses.fields(cls) if f.name != "id"]
        self.by_field = {c.field: c for c in self.fields}
        self.columns: tuple[str, ...] = tuple(col for c in self.fields for col in c.columns)
        self.select_sql = f"SELECT id, {', '.join(self.columns)} FROM {table}"
        self._decode_row = compile_decoder(cls, self.fields)

    def encode(self, entity: Any) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for c in self.fields:
            row.update(zip(c.columns, c.encode(getattr(entity, c.field)), strict=True))
        return row

    def encode_field(self, name: str, value: Any) -> dict[str, Any]:
        c = self.by_field[name]
        return dict(zip(c.columns, c.encode(value), strict=True))

    def decode(self, row: tuple[Any, ...]) -> Any:
        return self._decode_row(row)


CODECS: dict[type, EntityCodec] = {
    model.Programme: EntityCodec(model.Programme, "programme", EntityKind.PROGRAMME),
    model.Cluster: EntityCodec(model.Cluster, "cluster", EntityKind.CLUSTER),
    model.Site: EntityCodec(model.Site, "site", EntityKind.SITE),
    model.EnergySupply: EntityCodec(model.EnergySupply, "supply", EntityKind.SUPPLY),
    model.Bill: EntityCodec(model.Bill, "bill", EntityKind.BILL),
    model.FuelDelivery: EntityCodec(model.FuelDelivery, "delivery", EntityKind.DELIVERY),
    model.Equipment: EntityCodec(model.Equipment, "equipment", EntityKind.EQUIPMENT),
    model.Measure: EntityCodec(model.Measure, "measure", EntityKind.MEASURE),
    model.Attachment: EntityCodec(model.Attachment, "attachment", EntityKind.ATTACHMENT),
}
BY_KIND: dict[EntityKind, EntityCodec] = {c.kind: c for c in CODECS.values()}
# The columns each entity table's rows are read by (its id, then its fields'): what opening decodes in full.
ROW_COLUMNS: dict[str, tuple[str, ...]] = {c.table: ("id", *c.columns) for c in CODECS.values()}

# Who owns whom: deleting a row deletes its children (and their children) first.
CHILDREN: dict[EntityKind, tuple[tuple[EntityKind, str], ...]] = {
    EntityKind.CLUSTER: ((EntityKind.SITE, "cluster_id"),),
    EntityKind.SITE: (
        (EntityKind.SUPPLY, "site_id"),
        (EntityKind.EQUIPMENT, "site_id"),
        (EntityKind.MEASURE, "site_id"),
    ),
    EntityKind.SUPPLY: ((EntityKind.BILL, "supply_id"), (EntityKind.DELIVERY, "supply_id")),
}


def override_field(scope: str, key: str) -> str:
    """How a factor override's change record names it: ``site:co2.electricity``."""
    return f"{scope}:{key}"


@dataclasses.dataclass(frozen=True)
class OwnedTable:
    """Rows an entity owns in a table that is no codec's (a site's photos, which hold their bytes; its factor
    overrides): deleted with their owner, before it, put back by its undo, and named in the change records
    of both as their own producers name them."""

    kind: EntityKind
    table: str
    owner_key: str  # the column that holds the owner's id
    scope: tuple[str, Any] | None = None  # (column, value): the table also holds rows of other owners' kinds
    record_id: str = "id"  # the column a change record names the row by
    record_fields: Callable[[dict[str, Any]], tuple[str, ...]] = lambda _row: ()


# Each table has an ``id`` column (what a delete and its undo go by).
OWNED_ROWS: dict[EntityKind, tuple[OwnedTable, ...]] = {
    EntityKind.SITE: (
        OwnedTable(EntityKind.SITE_PHOTO, "site_photo", "site_id"),
        # No foreign key holds a site's overrides to it: left behind, they would be inherited by the next
        # site to take its id.
        OwnedTable(
            EntityKind.FACTOR_OVERRIDE,
            "factor_override",
            "scope_id",
            scope=("scope", FactorScope.SITE.value),
            record_id="scope_id",
            record_fields=lambda row: (override_field(row["scope"], row["key"]),),
        ),
    ),
    # A supply's load curve: chunks of its registers' intervals (storage/load_curves.py), named by the supply.
    EntityKind.SUPPLY: (
        OwnedTable(
            EntityKind.LOAD_CURVE,
            "load_chunk",
            "supply_id",
            record_id="supply_id",
            record_fields=lambda row: (row["register"],),
        ),
        OwnedTable(EntityKind.PV_STUDY, "pv_study", "supply_id", record_id="supply_id"),
    ),
}
