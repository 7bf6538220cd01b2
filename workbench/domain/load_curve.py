"""A meter's load curve: the energy of each interval of each register, on the UTC time line.

Meters export local wall-clock times; an import places every interval on UTC (the offset is the meter's time
zone's at that instant, ambiguous hours told apart by their order in the file), so that a DST day has 92 or 100
quarter-hours and no interval is ever shifted. A register's intervals are kept in blocks of one step each (an
Enedis export may go from 10 to 30 minutes); an interval without a reading is a gap (``NaN``), never a zero.

Pure Python: the values are ``array('d')`` (8 bytes a value, no per-value objects); analysis reads them with
numpy without a copy.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

UTC = dt.UTC

# The clock a meter of a country keeps (IANA zones): local times of its exports are placed on UTC in it.
METER_ZONES = {
    "MA": "Africa/Casablanca",  # UTC+1, and UTC+0 during Ramadan
    "BE": "Europe/Brussels",
    "FR": "Europe/Paris",
    "NL": "Europe/Amsterdam",
    "LU": "Europe/Luxembourg",
    "DE": "Europe/Berlin",
    "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon",
    "TN": "Africa/Tunis",
    "DZ": "Africa/Algiers",
    "SN": "Africa/Dakar",
    "CI": "Africa/Abidjan",
}


class Flow(Enum):
    """Which way the energy of a register goes through the meter."""

    OFFTAKE = "offtake"  # bought from the grid (Afname, prélèvement, consumption)
    INJECTION = "injection"  # sent to the grid (Injectie, production)


class CurveUnit(Enum):
    """What one interval's value measures once imported: energy, or a gas volume (kept apart from kWh)."""

    KWH = "kWh"
    M3 = "m³"


class ReadingStatus(Enum):
    MEASURED = 0  # read by the meter, validated or not yet
    ESTIMATED = 1  # filled in by the grid operator
    MISSING = 2  # the file has the interval without a reading ("Geen verbruik", an empty cell): NaN
    ABSENT = 3  # the file has no row of this register for the interval (a night register by day): NaN


@dataclass(frozen=True)
class Register:
    """One series a meter records: its name as the export writes it, which way it flows, its unit."""

    name: str
    flow: Flow
    unit: CurveUnit


@dataclass
class IntervalBlock:
    """Consecutive intervals of one step from ``start`` (UTC): ``values[i]`` covers
    ``start + i·step … start + (i+1)·step``; NaN where no reading; ``status[i]`` a :class:`ReadingStatus` value."""

    start: dt.datetime
    step_minutes: int
    values: array[float] = field(default_factory=lambda: array("d"))
    status: bytearray = field(default_factory=bytearray)

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.start.utcoffset() != dt.timedelta(0):
            raise ValueError("an interval block starts at a UTC instant")
        if self.step_minutes <= 0:
            raise ValueError("an interval lasts at least a minute")
        if len(self.values) != len(self.status):
            raise ValueError("one status per value")

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.step_minutes * len(self.values))

    def instants(self) -> Iterator[dt.datetime]:
        step = dt.timedelta(minutes=self.step_minutes)
        for i in range(len(self.values)):
            yield self.start + i * step


@dataclass
class RegisterSeries:
    """A register's intervals, in blocks in time order that do not overlap."""

    register: Register
    blocks: list[IntervalBlock] = field(default_factory=list)

    @property
    def intervals(self) -> int:
        """The intervals the file has a row for (with a reading or without)."""
        return sum(len(b.values) - b.status.count(ReadingStatus.ABSENT.value) for b in self.blocks)

    @property
    def missing(self) -> int:
        """The intervals the file has without a reading: gaps, never zeros."""
        return sum(b.status.count(ReadingStatus.MISSING.value) for b in self.blocks)

    @property
    def absent(self) -> int:
        """The intervals between the first and the last the file has no row for."""
        return sum(b.status.count(ReadingStatus.ABSENT.value) for b in self.blocks)

    @property
    def estimated(self) -> int:
        return sum(b.status.count(ReadingStatus.ESTIMATED.value) for b in self.blocks)

    @property
    def total(self) -> float:
        """The sum of the readings (kWh or m³); the gaps are not in it (see :attr:`missing`)."""
        return math.fsum(v for b in self.blocks for v in b.values if not math.isnan(v))

    @property
    def first(self) -> dt.datetime | None:
        return self.blocks[0].start if self.blocks else None

    @property
    def last(self) -> dt.datetime | None:
        """The end of the last interval."""
        return self.blocks[-1].end if self.blocks else None
