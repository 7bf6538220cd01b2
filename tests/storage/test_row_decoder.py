"""The compiled row decoders read every row as the entity that was stored, and refuse what no entity holds."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from workbench.domain import model
from workbench.domain.vocab import EndUse
from workbench.storage.codecs import CODECS
from workbench.storage.workspace import Workspace

from .test_roundtrip import full_entities


def _row(entity) -> tuple:
    codec = CODECS[type(entity)]
    encoded = codec.encode(entity)
    return (entity.id, *(encoded[c] for c in codec.columns))


def _stored_rows(path) -> dict[type, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {cls: conn.execute(codec.select_sql).fetchall() for cls, codec in CODECS.items()}
    finally:
        conn.close()


def test_every_field_of_every_entity_comes_back_from_its_row(tmp_path):
    path = tmp_path / "full.eaw"
    with Workspace.create(path, model.Programme(name="P", year=2019)) as ws:
        entities = full_entities(ws)
    rows = _stored_rows(path)
    for entity in entities:
        decoded = [CODECS[type(entity)].decode(row) for row in rows[type(entity)]]
        assert entity in decoded
        assert decoded[[d.id for d in decoded].index(entity.id)].__class__ is type(entity)


def test_a_decoded_entity_is_as_frozen_and_comparable_as_a_constructed_one(tmp_path):
    bill = model.Bill(supply_id=3, quantity=12.5, invoice_number="F-1", id=7)
    decoded = CODECS[model.Bill].decode(_row(bill))
    assert decoded == bill and hash(decoded) == hash(bill)
    with pytest.raises(dataclasses.FrozenInstanceError):
        decoded.quantity = 1.0  # type: ignore[misc]
    assert dataclasses.replace(decoded, quantity=2.0).quantity == 2.0


def test_empty_lists_and_maps_are_read_without_sharing_them():
    item = model.Equipment(site_id=1, name="Pompe", id=1)
    row = _row(item)
    first, second = CODECS[model.Equipment].decode(row), CODECS[model.Equipment].decode(row)
    assert first.provenance == {} and first.photo_ids == ()
    assert first.provenance is not second.provenance  # a dict per entity: one edit never reaches another
    codec = CODECS[model.Equipment]
    column = 1 + codec.columns.index("provenance")
    for empty in (None, "", "{}"):
        assert codec.decode((*row[:column], empty, *row[column + 1 :])).provenance == {}


@pytest.mark.parametrize(
    ("column", "value", "error"),
    [
        ("end_use", "teleportation", ValueError),  # an unknown kind
        ("carrier", 7, ValueError),
        ("photo_ids", "[1,", ValueError),  # damaged JSON
        ("provenance", '{"name": "guessed"}', ValueError),
    ],
)
def test_values_no_entity_holds_are_refused(column, value, error):
    codec = CODECS[model.Equipment]
    row = list(_row(model.Equipment(site_id=1, name="Pompe", id=1)))
    row[1 + codec.columns.index(column)] = value
    with pytest.raises(error):
        codec.decode(tuple(row))


def test_an_impossible_date_is_refused():
    codec = CODECS[model.Bill]
    row = list(_row(model.Bill(supply_id=3, id=1)))
    row[1 + codec.columns.index("period_start")] = "2019-02-30"
    with pytest.raises(ValueError):
        codec.decode(tuple(row))


def test_a_stored_enum_value_of_another_type_decodes_as_the_enum_itself_does():
    codec = CODECS[model.Equipment]
    row = list(_row(model.Equipment(site_id=1, name="Pompe", id=1)))
    row[1 + codec.columns.index("end_use")] = EndUse.LIGHTING  # a member, not its value
    assert codec.decode(tuple(row)).end_use is EndUse.LIGHTING


def test_opening_knows_the_entity_tables_whose_every_column_the_decoders_read():
    from workbench.storage.codecs import ROW_COLUMNS
    from workbench.storage.inspection import expected_schema
    from workbench.storage.opening import ENTITY_TABLES
    from workbench.storage.schema import SCHEMA_VERSION

    assert set(ROW_COLUMNS) == ENTITY_TABLES
    schema = expected_schema(SCHEMA_VERSION)
    for table, columns in ROW_COLUMNS.items():
        assert {c.name for c in schema[table]} == set(columns), table  # no column left to the scan
