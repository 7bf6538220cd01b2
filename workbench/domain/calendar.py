"""Calendarisation: bills spread over calendar months by days, with gaps and overlaps found.

Rules (peer-practices.md, "Bill handling users expect"):

* a bill's amounts are spread evenly over the days of its period, both ends
  included, and summed per calendar month;
* consecutive bills may share **one** day: the later bill keeps it, and the
  earlier bill's amounts are spread over its remaining days, so nothing is
  counted twice or lost;
* a larger overlap is flagged and both bills are kept whole — the auditor must
  decide which one is wrong, the sums show the double count until then;
* two or more days that no bill covers make a gap, flagged;
* a month is *metered* when every covered day comes from actual bills,
  *estimated* when every covered day comes from estimated bills, else *mixed*.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from .messages import QT_TRANSLATE_NOOP
from .model import Bill, FuelDelivery

GAP_MIN_DAYS = 2
TOLERATED_OVERLAP_DAYS = 1


class MonthTag(StrEnum):
    METERED = "metered"
    ESTIMATED = "estimated"
    MIXED = "mixed"


MONTH_TAG_LABELS = {
    MonthTag.METERED: QT_TRANSLATE_NOOP("MonthTag", "Metered"),
    MonthTag.ESTIMATED: QT_TRANSLATE_NOOP("MonthTag", "Estimated"),
    MonthTag.MIXED: QT_TRANSLATE_NOOP("MonthTag", "Mixed"),
}


@dataclass(frozen=True, slots=True)
class PeriodAmounts:
    """Amounts (kWh, native quantity, cost…) billed for a period, both ends included."""

    start: dt.date
    end: dt.date
    values: tuple[float, ...]
    estimated: bool = False
    ref: int | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(slots=True)
class MonthSlice:
    month: dt.date  # first day of the month
    values: list[float]
    metered_days: float = 0.0
    estimated_days: float = 0.0
    refs: list[int] = field(default_factory=list)

    @property
    def days_in_month(self) -> int:
        return _days_in_month(self.month)

    @property
    def days_covered(self) -> float:
        return self.metered_days + self.estimated_days

    @property
    def tag(self) -> MonthTag:
        if self.estimated_days == 0:
            return MonthTag.METERED
        if self.metered_days == 0:
            return MonthTag.ESTIMATED
        return MonthTag.MIXED

    @property
    def key(self) -> str:
        return f"{self.month.year:04d}-{self.month.month:02d}"


class IssueKind(StrEnum):
    GAP = "gap"
    OVERLAP = "overlap"


@dataclass(frozen=True, slots=True)
class CoverageIssue:
    kind: IssueKind
    first_day: dt.date
    last_day: dt.date
    before: int | None  # the bill before the gap, or the earlier of two overlapping bills
    after: int | None

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True, slots=True)
class Calendarised:
    months: tuple[MonthSlice, ...]
    issues: tuple[CoverageIssue, ...]

    def by_key(self) -> dict[str, MonthSlice]:
        return {m.key: m for m in self.months}


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    return month.replace(day=_cal.monthrange(month.year, month.month)[1])


def calendarise(periods: Iterable[PeriodAmounts]) -> Calendarised:
    """Spread ``periods`` over calendar months and report gaps and overlaps."""
    ordered = sorted(periods, key=lambda p: (p.start, p.end, p.ref or 0))
    effective_ends = [p.end for p in ordered]
    issues: list[CoverageIssue] = []
    covered_until: dt.date | None = None
    last_index = -1  # the period that reaches covered_until
    for i, p in enumerate(ordered):
        if covered_until is not None:
            overlap = (covered_until - p.start).days + 1
            gap = (p.start - covered_until).days - 1
            before = ordered[last_index]
            if overlap == TOLERATED_OVERLAP_DAYS and before.days > 1 and p.end >= covered_until:
                effective_ends[last_index] = covered_until - dt.timedelta(days=1)
            elif overlap > TOLERATED_OVERLAP_DAYS:
                issues.append(CoverageIssue(IssueKind.OVERLAP, p.start, min(covered_until, p.end), before.ref, p.ref))
            elif gap >= GAP_MIN_DAYS:
                issues.append(
                    CoverageIssue(
                        IssueKind.GAP,
                        covered_until + dt.timedelta(days=1),
                        p.start - dt.timedelta(days=1),
                        before.ref,
                        p.ref,
                    )
                )
        if covered_until is None or p.end >= covered_until:
            covered_until, last_index = p.end, i

    months = _spread(ordered, effective_ends)
    return Calendarised(tuple(months[k] for k in sorted(months)), tuple(issues))


def _spread(periods: Sequence[PeriodAmounts], ends: Sequence[dt.date]) -> dict[dt.date, MonthSlice]:
    """Each period's amounts over the days from its start to its (effective) end, summed per calendar month.

    In day numbers, with each month's bounds worked out once: a programme's thousands of bills made calendar
    arithmetic on dates (month ends, month steps) the larger part of totalling them."""
    months: dict[dt.date, MonthSlice] = {}
    width = max((len(p.values) for p in periods), default=0)
    for p, end in zip(periods, ends, strict=True):
        start_day, end_day = p.start.toordinal(), end.toordinal()
        total_days = end_day - start_day + 1
        index, last_index = _month_index(p.start), _month_index(end)
        while index <= last_index:  # the month's first day is not after the end
            month, first_of_month, first_of_next = _month_bounds(index)
            days = min(first_of_next - 1, end_day) - max(first_of_month, start_day) + 1
            share = days / total_days
            slice_ = months.get(month)
            if slice_ is None:
                slice_ = months[month] = MonthSlice(month, [0.0] * width)
            sums = slice_.values
            for k, value in enumerate(p.values):
                sums[k] += value * share
            if p.estimated:
                slice_.estimated_days += days
            else:
                slice_.metered_days += days
            if p.ref is not None:
                slice_.refs.append(p.ref)
            index += 1
    return months


@cache
def _days_in_month(month: dt.date) -> int:
    """How many days the month of ``month`` has (asked for each month of each supply by every total)."""
    return _cal.monthrange(month.year, month.month)[1]


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


@cache
def _month_bounds(index: int) -> tuple[dt.date, int, int]:
    """Month ``index``'s first day, and the day numbers of its first day and of the next month's."""
    first = dt.date(index // 12, index % 12 + 1, 1)
    following = dt.date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return first, first.toordinal(), following.toordinal()


def bill_periods(bills: Iterable[Bill], values_of: Callable[[Bill], tuple[float, ...]]) -> list[PeriodAmounts]:
    return [PeriodAmounts(b.period_start, b.period_end, values_of(b), b.estimated, b.id) for b in bills]


def delivery_periods(
    deliveries: Sequence[FuelDelivery], values_of: Callable[[FuelDelivery], tuple[float, ...]]
) -> list[PeriodAmounts]:
    """Deliveries as consumption periods, fill to fill.

    Without tank levels, what was delivered on one date is taken as consumed up
    to the day before the next delivery. The last delivery has no known end, so
    it is left out. The periods are estimated by nature.
    """
    ordered = sorted(deliveries, key=lambda d: (d.delivery_date, d.id or 0))
    periods = []
    for current, following in itertools.pairwise(ordered):
        end = following.delivery_date - dt.timedelta(days=1)
        if end < current.delivery_date:
            # Two deliveries on one day: the first one joins the second one's period.
            end = current.delivery_date
        periods.append(PeriodAmounts(current.delivery_date, end, values_of(current), True, current.id))
    return periods


def window_sum(months: Iterable[MonthSlice], first: dt.date, last: dt.date, width: int) -> list[float]:
    """Sum of the month values from ``first`` to ``last`` (first days of months), inclusive."""
    total = [0.0] * width
    for m in months:
        if first <= m.month <= last:
            for k in range(width):
                total[k] += m.values[k]
    return total


def last_twelve_months(latest_day: dt.date) -> tuple[dt.date, dt.date]:
    """The 12 whole calendar months that end with the last complete month up to ``latest_day``."""
    last = month_start(latest_day)
    if latest_day != month_end(last):
        last = add_months(last, -1)
    return add_months(last, -11), last
