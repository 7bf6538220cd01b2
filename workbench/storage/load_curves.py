"""A supply's load curve in the workspace file: its registers' intervals as compressed chunks of a UTC month.

The SQL of load curves is here, as a part of :class:`~workbench.storage.workspace.Workspace` (a mixin, like the
site photos). A chunk holds at most one UTC month of consecutive intervals of one step: the values as exact
integers of 10⁻ᵏ kWh when they are (a meter writes three decimals; NaN as a sentinel) or as 8-byte floats,
byte-shuffled then zlib-compressed, and one status byte per interval. A year of quarter-hours of one register
is twelve rows; reading it back decodes twelve blobs with numpy.

Storing merges with what is there, interval by interval, and never doubles: an interval already stored with
the same value is *identical*, an interval without a reading takes the new one, and a different value for a
stored interval is a *conflict*. Any conflict refuses the whole store (nothing is written): the caller reports
it. A store is one transaction; what it replaced is returned so that an undo can put it back.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
import zlib
from array import array
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.domain import model
from workbench.domain.load_curve import CurveUnit, Flow, IntervalBlock, ReadingStatus, Register, RegisterSeries

from .changes import Change, ChangeAction, EntityKind
from .errors import CorruptWorkspaceError

if TYPE_CHECKING:
    import numpy as np

    from .workspace import E

KIND = EntityKind.LOAD_CURVE
TABLE = "load_chunk"
COLUMNS = (
    *("id", "supply_id", "register", "flow", "unit", "start", "step", "count", "scale"),
    *("value_data", "status_data"),
)
MAX_SCALE = 6
SENTINEL = -(2**31)  # no reading, in a chunk of integers (int32's least)
LEVEL = 6  # zlib: level 9 saves ~2 % more for twice the time
HAS_READING = (ReadingStatus.MEASURED.value, ReadingStatus.ESTIMATED.value)


# --- chunk encoding ----------------------------------------------------------------------------------------


def _shuffled(data: bytes, width: int) -> bytes:
    """Byte ``k`` of every value together (the high bytes of similar numbers are alike: zlib finds them)."""
    import numpy as np  # only load curves need it: not on the window's cold start

    return np.frombuffer(data, np.uint8).reshape(-1, width).T.tobytes()


def _unshuffled(data: bytes, width: int) -> bytes:
    import numpy as np  # only load curves need it: not on the window's cold start

    return np.frombuffer(data, np.uint8).reshape(width, -1).T.tobytes()


def encode_values(values: np.ndarray) -> tuple[int | None, bytes]:
    """``(scale, blob)``: integers of 10^-scale when every reading is one exactly, else 8-byte floats."""
    import numpy as np  # only load curves need it: not on the window's cold start

    finite = ~np.isnan(values)
    readings = values[finite]
    for scale in range(MAX_SCALE + 1):
        scaled = readings * 10**scale
        rounded = np.round(scaled)
        if np.all(np.abs(rounded) < 2**31 - 1) and np.array_equal(rounded / 10**scale, readings):
            ints = np.full(values.shape, SENTINEL, dtype="<i4")
            ints[finite] = rounded.astype("<i4")
            return scale, zlib.compress(_shuffled(ints.tobytes(), 4), LEVEL)
    return None, zlib.compress(_shuffled(values.astype("<f8").tobytes(), 8), LEVEL)


def decode_values(scale: int | None, blob: bytes, count: int) -> np.ndarray:
    import numpy as np  # only load curves need it: not on the window's cold start

    if scale is None:
        values = np.frombuffer(_unshuffled(zlib.decompress(blob), 8), "<f8").astype(np.float64)
    else:
        ints = np.frombuffer(_unshuffled(zlib.decompress(blob), 4), "<i4")
        values = np.where(ints == SENTINEL, np.nan, ints / 10**scale)
    if values.shape != (count,):
        raise ValueError(f"{values.shape[0]} values for {count} intervals")
    return values


# --- what a store did ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    register: str
    start: dt.datetime  # UTC
    stored: float
    new: float


@dataclass
class RegisterStored:
    register: Register
    new: int = 0  # intervals stored that were not there (readings, or gaps newly known)
    filled: int = 0  # stored gaps that now have a reading
    identical: int = 0  # already there with the same value (a re-import)
    kept: int = 0  # stored readings the new data has no reading for: kept


@dataclass
class LoadCurveStored:
    """What :meth:`LoadCurves.store_load_curve` did, per register, or why it did nothing (``conflicts``)."""

    supply_id: int
    registers: list[RegisterStored] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    replaced: list[tuple[Any, ...]] = field(default_factory=list)  # the rows deleted, for an undo
    inserted: list[int] = field(default_factory=list)  # the ids written

    @property
    def stored(self) -> bool:
        return not self.conflicts


# --- months ------------------------------------------------------------------------------------------------


def _month_start(instant: dt.datetime) -> dt.datetime:
    return instant.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def _next_month(instant: dt.datetime) -> dt.datetime:
    start = _month_start(instant)
    return start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)


def _seconds(instant: dt.datetime) -> int:
    return int(instant.timestamp())


def _instant(seconds: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


# A month of one register as {start seconds: (value, status)} with its step: small (≤ 8,928 five-minute
# intervals), and what merging compares.
Month = dict[int, tuple[float, int]]


class LoadCurves:
    """The load-curve methods of the workspace (a mixin: ``conn``, ``transaction`` and the change records are
    the workspace's own)."""

    if TYPE_CHECKING:  # what the methods use of the workspace's own
        _pending: list[Change]

        @property
        def conn(self) -> sqlite3.Connection: ...

        def transaction(self) -> AbstractContextManager[None]: ...

        def get(self, cls: type[E], ident: int) -> E: ...

    # --- reading ----------------------------------------------------------------------------------------

    def has_load_curves(self, site_id: int) -> bool:
        """Whether any supply of the site has a load curve."""
        row = self.conn.execute(
            f"SELECT 1 FROM {TABLE} JOIN supply ON supply.id = {TABLE}.supply_id WHERE supply.site_id = ? LIMIT 1",
            (site_id,),
        ).fetchone()
        return row is not None

    def load_curve_registers(self, supply_id: int) -> list[Register]:
        """The registers a supply's load curve has, offtake first."""
        rows = self.conn.execute(
            f"SELECT DISTINCT register, flow, unit FROM {TABLE} WHERE supply_id = ? ORDER BY flow DESC, register, unit",
            (supply_id,),
        ).fetchall()
        return [Register(name, Flow(flow), CurveUnit(unit)) for name, flow, unit in rows]

    def load_curve(
        self, supply_id: int, register: Register, first: dt.datetime | None = None, last: dt.datetime | None = None
    ) -> RegisterSeries:
        """A register's intervals (those of the months that meet ``first`` … ``last`` when given)."""
        where, params = "supply_id = ? AND register = ? AND unit = ?", [supply_id, register.name, register.unit.value]
        if first is not None:
            where += " AND start >= ?"
            params.append(_seconds(_month_start(first)))
        if last is not None:
            where += " AND start < ?"
            params.append(_seconds(last))
        rows = self.conn.execute(
            f"SELECT start, step, count, scale, value_data, status_data FROM {TABLE} WHERE {where} ORDER BY start",
            params,
        ).fetchall()
        series = RegisterSeries(register)
        for start, step, count, scale, value_data, status_data in rows:
            values = decode_values(scale, value_data, count)
            status = bytearray(zlib.decompress(status_data))
            minutes = step // 60
            previous = series.blocks[-1] if series.blocks else None
            if previous is not None and previous.step_minutes == minutes and _seconds(previous.end) == start:
                previous.values.extend(array("d", values.tobytes()))
                previous.status.extend(status)
            else:
                series.blocks.append(IntervalBlock(_instant(start), minutes, array("d", values.tobytes()), status))
        return series

    # --- storing ----------------------------------------------------------------------------------------

    def store_load_curve(self, supply_id: int, series: Sequence[RegisterSeries]) -> LoadCurveStored:
        """Merge ``series`` into the supply's load curve, in one transaction; nothing is written when a stored
        reading would change (the result's ``conflicts`` name them)."""
        result = LoadCurveStored(supply_id)
        with self.transaction():
            self.get(model.EnergySupply, supply_id)  # EntityNotFoundError for a supply that is not there
            writes: list[tuple[Register, dt.datetime, int, Month, list[tuple[Any, ...]]]] = []
            fresh: list[RegisterSeries] = []
            for one in series:
                stored = RegisterStored(one.register)
                result.registers.append(stored)
                if not self._has_register(supply_id, one.register):
                    # nothing to merge with (a first import): month slices of each block, no interval by interval
                    fresh.append(one)
                    stored.new = sum(len(b.values) for b in one.blocks)
                    continue
                for month_start, step, new in _months(one):
                    existing_rows = self._month_rows(supply_id, one.register, month_start)
                    merged = _merge_month(one.register, step, existing_rows, new, stored, result.conflicts)
                    if merged is not None:
                        writes.append((one.register, month_start, step, merged, existing_rows))
            if result.conflicts:
                return result
            changed: set[str] = set()
            for one in fresh:
                for block in one.blocks:
                    for first, piece, states in _month_slices(block):
                        self._insert_chunk(
                            supply_id, one.register, first, block.step_minutes * 60, piece, states, result
                        )
                changed.add(one.register.name)
            for register, _month, step, merged, existing_rows in writes:
                for row in existing_rows:
                    result.replaced.append(row)
                    self.conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (row[0],))
                for start, values, status in _runs(merged, step):
                    self._insert_chunk(supply_id, register, start, step, values, status, result)
                changed.add(register.name)
            for name in sorted(changed):
                self._pending.append(Change(KIND, supply_id, ChangeAction.UPDATE, (name,)))
        return result

    def _has_register(self, supply_id: int, register: Register) -> bool:
        row = self.conn.execute(
            f"SELECT 1 FROM {TABLE} WHERE supply_id = ? AND register = ? AND unit = ? LIMIT 1",
            (supply_id, register.name, register.unit.value),
        ).fetchone()
        return row is not None

    def _insert_chunk(
        self,
        supply_id: int,
        register: Register,
        start: int,
        step: int,
        values: np.ndarray,
        status: bytes | bytearray,
        result: LoadCurveStored,
    ) -> None:
        scale, value_data = encode_values(values)
        cursor = self.conn.execute(
            f"INSERT INTO {TABLE} ({', '.join(COLUMNS[1:])}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                supply_id,
                register.name,
                register.flow.value,
                register.unit.value,
                start,
                step,
                len(values),
                scale,
                sqlite3.Binary(value_data),
                sqlite3.Binary(zlib.compress(bytes(status), LEVEL)),
            ),
        )
        assert cursor.lastrowid is not None
        result.inserted.append(cursor.lastrowid)

    def undo_load_curve_store(self, stored: LoadCurveStored) -> None:
        """Put the load curve back as it was before ``stored`` (the rows it replaced, without those it wrote)."""
        with self.transaction():
            for ident in stored.inserted:
                self.conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (ident,))
            marks = ", ".join("?" * len(COLUMNS))
            for row in stored.replaced:
                self.conn.execute(f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES ({marks})", row)
            for name in sorted({r.register.name for r in stored.registers}):
                self._pending.append(Change(KIND, stored.supply_id, ChangeAction.UPDATE, (name,)))

    def _month_rows(self, supply_id: int, register: Register, month_start: dt.datetime) -> list[tuple[Any, ...]]:
        return self.conn.execute(
            f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE supply_id = ? AND register = ? AND unit = ? "
            "AND start >= ? AND start < ? ORDER BY start",
            (
                supply_id,
                register.name,
                register.unit.value,
                _seconds(month_start),
                _seconds(_next_month(month_start)),
            ),
        ).fetchall()


def _merge_month(
    register: Register,
    step: int,
    existing_rows: list[tuple[Any, ...]],
    new: Month,
    stored: RegisterStored,
    conflicts: list[Conflict],
) -> Month | None:
    """The month's intervals once ``new`` is laid over what is stored; None when nothing changes."""
    merged: Month = {}
    for row in existing_rows:
        _id, _s, _r, _f, _u, start, row_step, count, scale, value_data, status_data = row
        if row_step != step and new:
            conflicts.append(Conflict(register.name, _instant(start), math.nan, math.nan))
            return None
        values = decode_values(scale, value_data, count)
        states = zlib.decompress(status_data)
        for i in range(count):
            merged[start + i * row_step] = (float(values[i]), states[i])
    changed = False
    for instant, (value, status) in new.items():
        before = merged.get(instant)
        if before is None:
            merged[instant] = (value, status)
            stored.new += 1
            changed = True
        elif before[1] in HAS_READING:
            if status in HAS_READING:
                if before[0] == value:
                    stored.identical += 1
                    if before[1] != status:  # validated since it was estimated
                        merged[instant] = (value, status)
                        changed = True
                else:
                    conflicts.append(Conflict(register.name, _instant(instant), before[0], value))
            else:
                stored.kept += 1
        elif status in HAS_READING or (status == ReadingStatus.MISSING.value and before[1] != status):
            merged[instant] = (value, status)
            stored.filled += status in HAS_READING
            changed = True
        else:
            stored.identical += 1
    return merged if changed else None


def _month_slices(block: IntervalBlock) -> Iterable[tuple[int, np.ndarray, bytes]]:
    """A block cut at each UTC month: (first interval's start, values, statuses) of each piece."""
    import numpy as np  # only load curves need it: not on the window's cold start

    values = np.frombuffer(block.values, dtype=np.float64)
    status = bytes(block.status)
    step = block.step_minutes * 60
    start = _seconds(block.start)
    index, count = 0, len(values)
    month = _month_start(block.start)
    while index < count:
        following = _seconds(_next_month(month))
        last = min(count, -(-(following - start) // step))  # the first interval starting in the next month
        if last > index:
            yield start + index * step, values[index:last], status[index:last]
        index = max(index, last)
        month = _next_month(month)


def _months(series: RegisterSeries) -> Iterable[tuple[dt.datetime, int, Month]]:
    """The series cut at each UTC month: (month start, step in seconds, {start seconds: (value, status)})."""
    by_month: dict[tuple[dt.datetime, int], Month] = {}
    for block in series.blocks:
        step = block.step_minutes * 60
        start = _seconds(block.start)
        for i, (value, status) in enumerate(zip(block.values, block.status, strict=True)):
            instant = start + i * step
            month = _month_start(_instant(instant))
            by_month.setdefault((month, step), {})[instant] = (value, status)
    for (month, step), intervals in sorted(by_month.items(), key=lambda item: item[0]):
        yield month, step, intervals


def _runs(merged: Month, step: int) -> Iterable[tuple[int, np.ndarray, bytearray]]:
    """A month's intervals as runs of consecutive intervals (a gap between two runs that is whole intervals
    long is filled as intervals without a row)."""
    import numpy as np  # only load curves need it: not on the window's cold start

    instants = sorted(merged)
    run_start = instants[0]
    values: list[float] = []
    status = bytearray()
    expected = run_start
    for instant in instants:
        if instant != expected:
            if (instant - expected) % step == 0:
                for _ in range((instant - expected) // step):
                    values.append(math.nan)
                    status.append(ReadingStatus.ABSENT.value)
            else:
                yield run_start, np.array(values), status
                run_start, values, status = instant, [], bytearray()
        value, state = merged[instant]
        values.append(value)
        status.append(state)
        expected = instant + step
    yield run_start, np.array(values), status


def check_load_chunks(path: Path, conn: sqlite3.Connection) -> None:
    """Every stored chunk decompresses to as many values and statuses as it says (what a damaged file would
    not): called with the entities' own checks when a file is opened. Without numpy: opening a workspace must
    not import it on the window's cold start (the charts' warm-up does, off the GUI thread)."""
    row: tuple[Any, ...] = ("?",)
    try:
        for row in conn.execute(f"SELECT id, count, scale, value_data, status_data FROM {TABLE}"):
            _ident, count, scale, value_data, status_data = row
            width = 8 if scale is None else 4
            values = zlib.decompress(value_data)
            if len(values) != width * count:
                raise ValueError(f"{len(values) // width} values for {count} intervals")
            status = zlib.decompress(status_data)
            if len(status) != count or any(s > ReadingStatus.ABSENT.value for s in status):
                raise ValueError(f"{len(status)} statuses for {count} intervals")
    except sqlite3.DatabaseError as exc:
        raise CorruptWorkspaceError(path, f"{TABLE}: {exc}") from exc
    except (ValueError, TypeError, zlib.error) as exc:
        raise CorruptWorkspaceError(path, f"{TABLE}, row {row[0]}: {exc}") from exc
