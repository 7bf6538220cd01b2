"""Load curves in the workspace file: chunks that give back exactly what was read, merges that never double,
conflicts that write nothing, undo, a supply's deletion and its undo, and damaged chunks refused at opening."""

from __future__ import annotations

import datetime as dt
import math
from array import array
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from workbench.domain import model
from workbench.domain.load_curve import CurveUnit, Flow, IntervalBlock, ReadingStatus, Register, RegisterSeries
from workbench.domain.units import Carrier, Unit
from workbench.importers.load_curve import read_load_curve
from workbench.importers.table import ReadOptions, read_table
from workbench.storage.changes import EntityKind
from workbench.storage.errors import CorruptWorkspaceError
from workbench.storage.load_curves import decode_values, encode_values
from workbench.storage.workspace import Workspace

UTC = dt.UTC
FLUVIUS = next((Path(__file__).resolve().parents[1] / "data" / "fluvius-be").glob("*kwartiertotalen.csv"))
OFFTAKE = Register("Afname", Flow.OFFTAKE, CurveUnit.KWH)


@pytest.fixture
def supply(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="Usine"))
    return workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))


def series(start: dt.datetime, values: list[float], status: list[int] | None = None, step: int = 15) -> RegisterSeries:
    states = bytearray(status or [ReadingStatus.MISSING.value if math.isnan(v) else 0 for v in values])
    return RegisterSeries(OFFTAKE, [IntervalBlock(start, step, array("d", values), states)])


def readings(found: RegisterSeries) -> dict[dt.datetime, tuple[float, int]]:
    return {i: (v, s) for b in found.blocks for i, v, s in zip(b.instants(), b.values, b.status, strict=True)}


# --- encoding ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "scale"),
    [
        ([0.173, 0.0, 12.5, math.nan, 1234.567], 3),  # a meter's three decimals: integers of 1/1000
        ([1.0, 2.0, math.nan], 0),
        ([0.1 + 0.2, 1 / 3], None),  # not exact at any scale: 8-byte floats
        ([math.nan, math.nan], 0),
    ],
)
def test_values_come_back_exactly_with_their_gaps(values, scale):
    data = np.array(values)
    found_scale, blob = encode_values(data)
    assert found_scale == scale
    back = decode_values(found_scale, blob, len(values))
    assert [(math.isnan(a) and math.isnan(b)) or a == b for a, b in zip(values, back, strict=True)] == [True] * len(
        values
    )


def test_a_year_of_quarter_hours_is_small_in_the_file():
    rng = np.random.default_rng(3)
    values = np.round(rng.gamma(2.0, 20.0, 35_040), 3)  # kWh per quarter-hour, three decimals
    scale, blob = encode_values(values)
    assert scale == 3
    assert len(blob) < 0.45 * values.size * 8  # well under the raw 8 bytes a value


# --- storing and merging ----------------------------------------------------------------------------------


def test_a_real_file_stored_reads_back_as_read_and_a_reimport_is_identical(workspace, supply):
    read = read_load_curve(read_table(FLUVIUS, ReadOptions(allow_load_curve=True)), ZoneInfo("Europe/Brussels"))
    seen = []
    workspace.add_listener(seen.extend)
    stored = workspace.store_load_curve(supply.id, read.series)
    assert stored.stored and sum(r.new for r in stored.registers) == sum(
        len(b.values) for s in read.series for b in s.blocks
    )
    assert {(c.entity, c.id) for c in seen} == {(EntityKind.LOAD_CURVE, supply.id)}
    registers = workspace.load_curve_registers(supply.id)
    assert {r.name for r in registers} == {"Afname Dag", "Afname Nacht", "Injectie Dag", "Injectie Nacht"}
    assert registers[0].flow is Flow.OFFTAKE
    for original in read.series:
        back = workspace.load_curve(supply.id, original.register)
        assert readings(back) == readings(original) or _same_with_nan(readings(back), readings(original))
        assert back.total == pytest.approx(original.total, abs=1e-12)
    again = workspace.store_load_curve(supply.id, read.series)
    assert again.stored and sum(r.new + r.filled for r in again.registers) == 0
    assert sum(r.identical for r in again.registers) == sum(s.intervals + s.absent for s in read.series)
    assert again.inserted == []  # nothing rewritten


def _same_with_nan(a: dict, b: dict) -> bool:
    if a.keys() != b.keys():
        return False
    return all((math.isnan(x[0]) and math.isnan(y[0]) and x[1] == y[1]) or x == y for x, y in ((a[k], b[k]) for k in a))


def test_a_different_value_for_a_stored_interval_writes_nothing_and_says_which(workspace, supply):
    start = dt.datetime(2024, 1, 31, 23, 0, tzinfo=UTC)  # across the end of January: two chunks
    workspace.store_load_curve(supply.id, [series(start, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0])])
    changed = series(start, [1.0, 2.0, 3.0, 4.5, 5.0, 6.0, 7.0])
    before = workspace.conn.execute("SELECT count(*), group_concat(id) FROM load_chunk").fetchone()
    refused = workspace.store_load_curve(supply.id, [changed])
    assert not refused.stored
    [conflict] = refused.conflicts
    assert conflict.start == start + dt.timedelta(minutes=45) and (conflict.stored, conflict.new) == (4.0, 4.5)
    assert workspace.conn.execute("SELECT count(*), group_concat(id) FROM load_chunk").fetchone() == before


def test_gaps_take_new_readings_readings_are_kept_and_undo_puts_the_curve_back(workspace, supply):
    start = dt.datetime(2024, 3, 1, tzinfo=UTC)
    first = workspace.store_load_curve(supply.id, [series(start, [1.0, math.nan, 3.0])])
    assert first.registers[0].new == 3
    second = workspace.store_load_curve(supply.id, [series(start, [math.nan, 2.0, 3.0, 4.0])])
    counts = second.registers[0]
    assert (counts.kept, counts.filled, counts.identical, counts.new) == (1, 1, 1, 1)
    back = readings(workspace.load_curve(supply.id, OFFTAKE))
    assert [v for v, _ in back.values()] == [1.0, 2.0, 3.0, 4.0]
    workspace.undo_load_curve_store(second)
    back = readings(workspace.load_curve(supply.id, OFFTAKE))
    assert len(back) == 3 and math.isnan(back[start + dt.timedelta(minutes=15)][0])
    assert back[start + dt.timedelta(minutes=15)][1] == ReadingStatus.MISSING.value


def test_an_estimate_later_validated_takes_the_validated_status(workspace, supply):
    start = dt.datetime(2024, 3, 1, tzinfo=UTC)
    workspace.store_load_curve(supply.id, [series(start, [1.0, 2.0], [1, 1])])
    workspace.store_load_curve(supply.id, [series(start, [1.0, 2.0], [0, 0])])
    assert workspace.load_curve(supply.id, OFFTAKE).estimated == 0


def test_deleting_the_supply_deletes_its_curve_and_the_undo_puts_it_back(workspace, supply):
    start = dt.datetime(2024, 3, 1, tzinfo=UTC)
    workspace.store_load_curve(supply.id, [series(start, [1.0, 2.0, 3.0])])
    deleted = workspace.delete(model.EnergySupply, supply.id)
    assert workspace.conn.execute("SELECT count(*) FROM load_chunk").fetchone()[0] == 0
    assert any(c.entity is EntityKind.LOAD_CURVE and c.id == supply.id for c in deleted.changes)
    workspace.restore(deleted)
    assert workspace.load_curve(supply.id, OFFTAKE).total == 6.0


def test_a_year_of_one_register_reads_back_fast(workspace, supply):

    start = dt.datetime(2023, 1, 1, tzinfo=UTC)
    values = [round(0.1 + (i % 96) * 0.01, 3) for i in range(35_040)]
    workspace.store_load_curve(supply.id, [series(start, values)])
    assert workspace.conn.execute("SELECT count(*) FROM load_chunk").fetchone()[0] == 12  # a chunk a month
    best = min(_timed(lambda: workspace.load_curve(supply.id, OFFTAKE)) for _ in range(3))
    assert best < 0.25  # the benchmark's target is 50 ms; here only a guard against a slow path
    back = workspace.load_curve(supply.id, OFFTAKE)
    assert back.intervals == 35_040 and len(back.blocks) == 1 and back.total == pytest.approx(math.fsum(values))


def _timed(call) -> float:
    import time

    began = time.perf_counter()
    call()
    return time.perf_counter() - began


def test_a_damaged_chunk_is_refused_when_the_file_is_opened(workspace, supply):
    workspace.store_load_curve(supply.id, [series(dt.datetime(2024, 3, 1, tzinfo=UTC), [1.0, 2.0])])
    with workspace.transaction():
        workspace.conn.execute("UPDATE load_chunk SET count = 3")
    path = workspace.path
    workspace.close()
    with pytest.raises(CorruptWorkspaceError) as refused:
        Workspace.open(path)
    assert "load_chunk" in refused.value.render()


def test_a_pv_study_is_set_replaced_and_deleted_with_its_checks(tmp_path):
    from workbench.domain.messages import DomainError
    from workbench.domain.solar import PvStudy, PvSystem

    ws = Workspace.create(tmp_path / "pv.eaw", model.Programme(name="P"))
    cluster = ws.insert(model.Cluster("C"))
    site = ws.insert(model.Site(cluster_id=cluster.id, name="S", country="MA"))
    supply = ws.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY))
    assert ws.pv_study(supply.id) is None
    study = PvStudy(supply.id, PvSystem(120.0, 25.0, 170.0, 0.12), "MAR_RK_Rabat-Sale.AP.601350_TMYx.epw")
    ws.set_pv_study(study)
    assert ws.pv_study(supply.id) == study
    attachment = ws.add_attachment("mine.epw", b"LOCATION,Somewhere", "text/plain")
    other = PvStudy(supply.id, PvSystem(80.0), "mine.epw", attachment.id)
    ws.set_pv_study(other)
    assert ws.pv_study(supply.id) == other  # one study per supply: replaced
    with pytest.raises(DomainError):
        ws.set_pv_study(PvStudy(supply.id, PvSystem(80.0, tilt=120.0), "x.epw"))
    assert ws.pv_study(supply.id) == other  # nothing half-written
    ws.set_pv_study(None, supply.id)
    assert ws.pv_study(supply.id) is None
    ws.close()
