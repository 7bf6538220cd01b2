"""What a site's charts draw and on which scale: the monthly series over the site's months (or its analysis
period), the value axes that fit them, the months above the subscribed power, the months without a bill, and
the end uses a donut groups.

Qt-free (the UI translates and draws; the figures are worked out here, where they can be tested by hand).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.domain import model
from workbench.domain.calendar import add_months
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse

from .accounts import COST, KWH, PRICED_KWH, SiteAccount, SupplyAccount
from .balance import SiteBalance
from .breakdown import SMALL_SHARE, UNEXPLAINED, end_use_slices
from .electricity import electricity_months

# Short month names for the time axes (« janv. », « févr. » in French), translated in the context "Charts".
MONTH_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("Charts", "Jan"),
    QT_TRANSLATE_NOOP("Charts", "Feb"),
    QT_TRANSLATE_NOOP("Charts", "Mar"),
    QT_TRANSLATE_NOOP("Charts", "Apr"),
    QT_TRANSLATE_NOOP("Charts", "May"),
    QT_TRANSLATE_NOOP("Charts", "Jun"),
    QT_TRANSLATE_NOOP("Charts", "Jul"),
    QT_TRANSLATE_NOOP("Charts", "Aug"),
    QT_TRANSLATE_NOOP("Charts", "Sep"),
    QT_TRANSLATE_NOOP("Charts", "Oct"),
    QT_TRANSLATE_NOOP("Charts", "Nov"),
    QT_TRANSLATE_NOOP("Charts", "Dec"),
)
COS_PHI_FLOOR = 0.6  # the cos φ axis starts here unless a month (or the threshold) is lower
GROUPED = "grouped"  # the donut's slice of small end uses: never the end use "Other"
DONUT_ROOM = 7  # end-use slices a donut shows before it groups the small ones


# --- axes ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AxisRange:
    """A value axis from ``low`` to ``high``, with a tick (and a grid line) every ``step``."""

    low: float
    high: float
    step: float

    @property
    def ticks(self) -> list[float]:
        count = round((self.high - self.low) / self.step)
        return [round(self.low + i * self.step, 10) for i in range(count + 1)]

    def fraction(self, value: float) -> float:
        """Where ``value`` sits on the axis: 0 at ``low``, 1 at ``high``."""
        return (value - self.low) / (self.high - self.low)


def _nice_steps(smallest: float) -> Iterable[float]:
    """1, 2, 2.5, 5 × 10^n from the decade of ``smallest`` up."""
    magnitude = 10 ** math.floor(math.log10(smallest))
    while True:
        for factor in (1, 2, 2.5, 5):
            yield factor * magnitude
        magnitude *= 10


def value_axis(
    values: Iterable[float | None], floor: float = 0.0, headroom: float = 0.03, intervals: int = 10
) -> AxisRange:
    """From ``floor`` to the first round tick at least ``headroom`` above the largest value, in at most
    ``intervals`` steps of 1, 2, 2.5 or 5 × 10^n: 894 kVA gives 0–1 000 by 100, 651 kVA 0–700 by 100,
    800 kVA 0–900."""
    top = max((v for v in values if v is not None), default=floor)
    if top <= floor:
        return AxisRange(floor, floor + 1.0, 0.2)
    target = floor + (top - floor) * (1 + headroom)
    for step in _nice_steps((target - floor) / intervals):
        count = math.ceil((target - floor) / step - 1e-9)
        if count <= intervals:
            return AxisRange(floor, round(floor + count * step, 10), step)
    raise AssertionError("unreachable")  # pragma: no cover - the steps grow without end


def power_axis(reached: Iterable[float | None], subscribed: float | None) -> AxisRange:
    """From 0 to just above the larger of the highest reached power and the subscribed power."""
    return value_axis([*reached, subscribed])


def cos_phi_axis(values: Iterable[float | None], threshold: float | None = None) -> AxisRange:
    """0.6–1.0 by 0.05, where cos φ lives; lowered by tenths when a month (or the threshold) is under 0.6,
    so that no point sits on the axis' edge."""
    known = [v for v in values if v is not None] + ([threshold] if threshold is not None else [])
    lowest = min(known, default=1.0)
    low = COS_PHI_FLOOR
    if lowest - 0.01 < COS_PHI_FLOOR:
        low = max(0.0, math.floor(round((lowest - 0.02) * 10, 6)) / 10)
    return AxisRange(low, 1.0, 0.05 if 1.0 - low <= 0.4 + 1e-9 else 0.1)


def overruns(reached: Sequence[float | None], subscribed: float | None) -> list[bool]:
    """Per month, whether the reached power is above the subscribed power."""
    if not subscribed:
        return [False] * len(reached)
    return [r is not None and r > subscribed for r in reached]


# --- months ----------------------------------------------------------------------------------------


def month_runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """The runs of consecutive flagged months, as (first, last) indexes: where a threshold line is drawn
    (over the months with data, never across a month without)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def month_span(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of the months from ``first`` to ``last``, both included."""
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    return [add_months(first.replace(day=1), i) for i in range(max(0, count))]


def month_labels(months: Sequence[dt.date], abbreviations: Sequence[str]) -> list[tuple[str, str]]:
    """Per month, its short name and the year written under it: under January and under the first month
    (``("janv.", "2019")``, ``("févr.", "")``)."""
    return [(abbreviations[m.month - 1], str(m.year) if m.month == 1 or i == 0 else "") for i, m in enumerate(months)]


def _covered(supply: SupplyAccount) -> set[dt.date]:
    return {m.month for m in supply.calendar.months if m.days_covered > 0}


def missing_months(account: SiteAccount, months: Sequence[dt.date], window: bool = False) -> list[bool]:
    """Per month, whether a supply billed by invoice has no bill for it: between its first and last bill, or
    anywhere in the analysis period when ``window`` (the report's tables say "no bill" there). Fuel deliveries
    are fill to fill: their months between fills are covered by definition."""
    gaps: set[dt.date] = set()
    for supply in account.supplies:
        if not supply.bills or not supply.calendar.months:
            continue
        covered = _covered(supply)
        if not covered:
            continue
        first, last = (months[0], months[-1]) if window and months else (min(covered), max(covered))
        gaps.update(m for m in months if first <= m <= last and m not in covered)
    return [m in gaps for m in months]


# --- the site's monthly series ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CarrierMonths:
    carrier: Carrier
    kwh: tuple[float, ...]
    cost: tuple[float, ...]
    priced_kwh: tuple[float, ...]  # the kWh whose cost is known: a month without any has no price

    @property
    def prices(self) -> tuple[float | None, ...]:
        return tuple(c / k if k else None for c, k in zip(self.cost, self.priced_kwh, strict=True))


@dataclass(frozen=True, slots=True)
class ElectricityMonths:
    """The first electricity supply's months: time-of-use split, reached power against the subscribed one,
    cos φ against the tariff's threshold. ``None`` where no bill says."""

    supply_id: int
    peak: tuple[float, ...]
    standard: tuple[float, ...]
    offpeak: tuple[float, ...]
    reached: tuple[float | None, ...]
    subscribed: float | None
    cos_phi: tuple[float | None, ...]
    threshold: float | None
    missing: tuple[bool, ...]

    @property
    def overruns(self) -> list[bool]:
        return overruns(self.reached, self.subscribed)

    @property
    def power_months(self) -> list[bool]:
        """The months a bill gives the reached power for: the subscribed power is drawn over these only."""
        return [r is not None for r in self.reached]

    @property
    def cos_phi_months(self) -> list[bool]:
        """The months with a cos φ: the tariff's threshold is drawn over these only."""
        return [c is not None for c in self.cos_phi]

    @property
    def power_axis(self) -> AxisRange:
        return power_axis(self.reached, self.subscribed)

    @property
    def cos_phi_axis(self) -> AxisRange:
        return cos_phi_axis(self.cos_phi, self.threshold)

    @property
    def tou_shares(self) -> tuple[float, float, float]:
        parts = (sum(self.peak), sum(self.standard), sum(self.offpeak))
        total = sum(parts) or 1.0
        return parts[0] / total, parts[1] / total, parts[2] / total


@dataclass(frozen=True, slots=True)
class SiteMonths:
    months: tuple[dt.date, ...]
    carriers: tuple[CarrierMonths, ...]  # in the order of the site's supplies
    missing: tuple[bool, ...]  # a supply has no bill for the month
    electricity: ElectricityMonths | None

    @property
    def energy_axis(self) -> AxisRange:
        return value_axis(sum(c.kwh[i] for c in self.carriers) for i in range(len(self.months)))

    @property
    def cost_axis(self) -> AxisRange:
        return value_axis(sum(c.cost[i] for c in self.carriers) for i in range(len(self.months)))

    @property
    def price_axis(self) -> AxisRange:
        return value_axis(p for c in self.carriers for p in c.prices)


def site_months(account: SiteAccount, window: tuple[dt.date, dt.date] | None = None) -> SiteMonths:
    """The site's monthly series: over ``window`` (the analysis period, what the report shows: exactly its
    months, those without a bill marked missing), else over every month from the first bill to the last."""
    if window is not None:
        months = month_span(*window)
    else:
        billed = sorted({m.month for s in account.supplies for m in s.calendar.months})
        months = month_span(billed[0], billed[-1]) if billed else []
    index = {m: i for i, m in enumerate(months)}
    by_carrier: dict[Carrier, tuple[list[float], list[float], list[float]]] = {}
    for supply in account.supplies:
        if supply.conversion is None:
            continue
        kwh, cost, priced = by_carrier.setdefault(
            supply.supply.carrier, ([0.0] * len(months), [0.0] * len(months), [0.0] * len(months))
        )
        for m in supply.calendar.months:
            i = index.get(m.month)
            if i is not None:
                kwh[i] += m.values[KWH]
                cost[i] += m.values[COST]
                priced[i] += m.values[PRICED_KWH]
    carriers = tuple(
        CarrierMonths(carrier, tuple(kwh), tuple(cost), tuple(priced))
        for carrier, (kwh, cost, priced) in by_carrier.items()
    )
    return SiteMonths(
        tuple(months),
        carriers,
        tuple(missing_months(account, months, window is not None)),
        _electricity(account, months, window is not None),
    )


def _electricity(account: SiteAccount, months: list[dt.date], window: bool) -> ElectricityMonths | None:
    supply = next((s for s in account.supplies if s.supply.carrier is Carrier.ELECTRICITY), None)
    if supply is None:
        return None
    by_month = {m.month: m for m in electricity_months(supply.bills)}
    rows = [by_month.get(m) for m in months]
    covered = _covered(supply)
    if window or not covered:
        missing = [m not in covered for m in months] if covered else [False] * len(months)
    else:
        first, last = min(covered), max(covered)
        missing = [first <= m <= last and m not in covered for m in months]
    threshold = account.factors.find("tariff.ma_mt.cos_phi_threshold")
    return ElectricityMonths(
        supply_id=model.stored_id(supply.supply),
        peak=tuple(r.peak if r else 0.0 for r in rows),
        standard=tuple(r.standard if r else 0.0 for r in rows),
        offpeak=tuple(r.offpeak if r else 0.0 for r in rows),
        reached=tuple(r.max_power if r else None for r in rows),
        subscribed=supply.supply.subscribed_power_kva or None,
        cos_phi=tuple(r.cos_phi if r else None for r in rows),
        threshold=float(threshold.value) if threshold is not None else None,
        missing=tuple(missing),
    )


# --- the donut's slices ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DonutSlice:
    key: EndUse | str  # an end use, UNEXPLAINED, or GROUPED: the small end uses together
    kwh: float
    members: tuple[EndUse, ...] = ()  # what GROUPED holds, largest first


def donut_slices(
    balance: SiteBalance, carrier: Carrier | None = None, small: float = SMALL_SHARE, room: int = DONUT_ROOM
) -> list[DonutSlice]:
    """Every end use its own slice, largest first, when they are no more than ``room``; else the end uses
    under ``small`` of the whole (and, if still too many, the smallest ones) go into one GROUPED slice that
    says what it holds — never into the end use "Other", which keeps its name. Two at least are grouped (one
    alone keeps its slice). The unexplained remainder comes last, never grouped."""
    slices = end_use_slices(balance, carrier, small=0.0)
    uses = sorted((s for s in slices if s.key != UNEXPLAINED and s.kwh > 0), key=lambda s: -s.kwh)
    rest = [DonutSlice(s.key, s.kwh) for s in slices if s.key == UNEXPLAINED]
    whole = sum(s.kwh for s in uses) + sum(s.kwh for s in rest)
    if len(uses) <= room or not whole:
        return [DonutSlice(s.key, s.kwh) for s in uses] + rest
    kept = [s for s in uses if s.kwh >= small * whole][: room - 1]
    grouped = uses[len(kept) :]
    if len(grouped) < 2:
        return [DonutSlice(s.key, s.kwh) for s in uses] + rest
    # the unexplained slice is never grouped: every grouped key is an end use
    members = tuple(s.key for s in grouped if isinstance(s.key, EndUse))
    group = DonutSlice(GROUPED, sum(s.kwh for s in grouped), members)
    return [DonutSlice(s.key, s.kwh) for s in kept] + [group] + rest
