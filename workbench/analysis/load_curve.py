"""What a quick scan reads in a meter's load curve: energy, peaks, base load, load factor, weekend and
off-hours shares — always from the raw intervals, never from a drawn series.

A meter's registers of one flow and unit (Fluvius's day and night offtake) are laid on one time line: each
interval's energy is the sum of the registers that have a reading for it, and an interval no register has a
reading for is a gap (NaN), left out of every figure and counted as missing. Power is an interval's energy
over its length (kW = kWh × 60 / minutes). Days, weekdays and hours are the meter's local wall clock.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from workbench.domain.load_curve import CurveUnit, Flow, ReadingStatus, RegisterSeries
from workbench.domain.model import Bill, OperatingSchedule
from workbench.domain.time_of_use import TariffHours, TouSplit

if TYPE_CHECKING:
    import numpy as np

BASE_LOAD_QUANTILE = 0.05  # the daily 5 % quantile of power
NIGHT_HOURS = (0, 5)  # the mean power from 00:00 to 05:00, the other base load
LOW_PEAK_SHARE = 0.7  # a curve peak under 70 % of the billed reached power is not this meter's, or mis-scaled


@dataclass(frozen=True)
class MeterGrid:
    """A meter's intervals on one uniform time line: ``starts`` (UTC seconds), ``kwh`` (NaN: no reading)."""

    starts: np.ndarray
    kwh: np.ndarray
    step_minutes: int
    zone: ZoneInfo
    missing: int  # intervals inside the span without a reading

    @property
    def kw(self) -> np.ndarray:
        return self.kwh * 60 / self.step_minutes

    @functools.cached_property
    def local(self) -> np.ndarray:
        """Each interval's start on the meter's wall clock (:func:`local_seconds`), worked out once per grid:
        the figures, the heat map and the bill checks all need it."""
        return _local_seconds(self)

    @functools.cached_property
    def parts(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """:func:`local_parts`, worked out once per grid."""
        return _local_parts(self)


def meter_grid(
    series: Sequence[RegisterSeries], zone: ZoneInfo, flow: Flow = Flow.OFFTAKE, unit: CurveUnit = CurveUnit.KWH
) -> MeterGrid | None:
    """The registers of ``flow`` and ``unit`` summed on the finest step among them (a coarser interval's
    energy spread evenly over the finer ones it holds: its mean power kept). None when there is none."""
    import numpy as np

    chosen = [s for s in series if s.register.flow is flow and s.register.unit is unit and s.blocks]
    if not chosen:
        return None
    step = math.gcd(*(b.step_minutes for s in chosen for b in s.blocks))
    first = min(int(b.start.timestamp()) for s in chosen for b in s.blocks)
    last = max(int(b.end.timestamp()) for s in chosen for b in s.blocks)
    count = (last - first) // (step * 60)
    total = np.zeros(count)
    has = np.zeros(count, dtype=bool)
    for one in chosen:
        for block in one.blocks:
            values = np.frombuffer(block.values, dtype=np.float64)
            status = np.frombuffer(bytes(block.status), dtype=np.uint8)
            reading = (status == ReadingStatus.MEASURED.value) | (status == ReadingStatus.ESTIMATED.value)
            parts = block.step_minutes // step
            offset = (int(block.start.timestamp()) - first) // (step * 60)
            spread = np.repeat(np.where(reading, values / parts, 0.0), parts)
            mask = np.repeat(reading, parts)
            total[offset : offset + spread.size] += spread
            has[offset : offset + mask.size] |= mask
    kwh = np.where(has, total, np.nan)
    starts = first + np.arange(count, dtype=np.int64) * step * 60
    return MeterGrid(starts, kwh, step, zone, int(count - has.sum()))


# --- figures ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthlyPeak:
    month: dt.date  # the local month's first day
    kw: float
    at: dt.datetime  # local, the start of the interval


@dataclass(frozen=True)
class LoadFigures:
    """A meter's figures over its whole curve; ``None`` where the data cannot say (see each field)."""

    kwh: float
    intervals: int
    missing: int
    peak_kw: float | None
    peak_at: dt.datetime | None  # local wall clock, the start of the peak interval
    base_load_kw: float | None  # mean over the days of each day's 5 % quantile of power
    night_mean_kw: float | None  # mean power 00:00–05:00
    load_factor: float | None  # mean power ÷ peak power
    weekend_share: float | None  # of the energy, Saturdays and Sundays
    off_hours_share: float | None  # of the energy, outside the declared schedule (None: no first-shift start)
    monthly_peaks: tuple[MonthlyPeak, ...]


def local_seconds(grid: MeterGrid) -> np.ndarray:
    """Each interval's start on the meter's wall clock, as seconds since 1970-01-01 00:00 of that clock."""
    return grid.local


def _local_seconds(grid: MeterGrid) -> np.ndarray:
    import numpy as np

    # Offsets change only when the clocks do: work them out at each UTC day's first and last second, and
    # interval by interval only on the few days they differ (three years: ~2,200 look-ups, not 105,000).
    day_of = grid.starts // 86400
    unique, inverse = np.unique(day_of, return_inverse=True)
    at_start = np.array([_offset_seconds(int(d) * 86400, grid.zone) for d in unique], dtype=np.int64)
    at_end = np.array([_offset_seconds(int(d + 1) * 86400 - 1, grid.zone) for d in unique], dtype=np.int64)
    offsets = at_start[inverse]
    for changing in np.flatnonzero(at_start != at_end):
        inside = np.flatnonzero(inverse == changing)
        offsets[inside] = [_offset_seconds(int(s), grid.zone) for s in grid.starts[inside]]
    local: np.ndarray = grid.starts + offsets
    return local


def local_parts(grid: MeterGrid) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per interval, its local day number, weekday (0 Monday), hour as a float, and month key (year × 12 + m)."""
    return grid.parts


def _local_parts(grid: MeterGrid) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    local = local_seconds(grid)
    days = local // 86400
    weekday = (days + 3) % 7  # 1 January 1970 was a Thursday
    hour = (local % 86400) / 3600
    civil = days.astype("datetime64[D]")
    years = civil.astype("datetime64[Y]").astype(int) + 1970
    months = civil.astype("datetime64[M]").astype(int) % 12 + 1
    return days, weekday, hour, years * 12 + (months - 1)


def _offset_seconds(utc_seconds: int, zone: ZoneInfo) -> int:
    offset = dt.datetime.fromtimestamp(utc_seconds, dt.UTC).astimezone(zone).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _local_time(grid: MeterGrid, index: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(int(grid.starts[index]), dt.UTC).astimezone(grid.zone).replace(tzinfo=None)


def in_schedule(weekday: np.ndarray, hour: np.ndarray, schedule: OperatingSchedule) -> np.ndarray | None:
    """Which intervals fall in the declared running hours: from the first shift's start, ``hours_per_day``
    hours a day, on the first ``days_per_week`` days from Monday (a half day: its first half). None without a
    start hour."""
    import numpy as np

    if schedule.day_start is None:
        return None
    start, length = schedule.day_start, schedule.hours_per_day
    if length >= 24:
        daily = np.ones(hour.shape, dtype=bool)
    else:
        since = (hour - start) % 24
        daily = since < length
    # the day a shift belongs to is the day it started on (a night shift runs past midnight)
    shift_day = np.where((hour - start) % 24 > hour, (weekday - 1) % 7, weekday)
    whole, part = int(schedule.days_per_week), schedule.days_per_week - int(schedule.days_per_week)
    working = shift_day < whole
    if part:
        working |= (shift_day == whole) & (((hour - start) % 24) < length * part)
    return daily & working


def daily_quantiles(days: np.ndarray, values: np.ndarray, quantile: float) -> np.ndarray:
    """Each day's ``quantile`` of its values (numpy's linear interpolation), all days at once: the values
    sorted by day and value, then each day's two neighbours of the quantile's position interpolated."""
    import numpy as np

    order = np.lexsort((values, days))
    by_day, sorted_values = days[order], values[order]
    starts = np.concatenate(([0], np.flatnonzero(np.diff(by_day)) + 1))
    counts = np.diff(np.concatenate((starts, [by_day.size])))
    position = (counts - 1) * quantile
    low = np.floor(position).astype(np.int64)
    high = np.minimum(low + 1, counts - 1)
    below, above = sorted_values[starts + low], sorted_values[starts + high]
    quantiles: np.ndarray = below + (above - below) * (position - low)
    return quantiles


def load_figures(grid: MeterGrid, schedule: OperatingSchedule | None = None) -> LoadFigures:
    import numpy as np

    kwh = grid.kwh
    finite = ~np.isnan(kwh)
    intervals = int(finite.sum())
    total = float(np.nansum(kwh))
    if not intervals:
        return LoadFigures(total, 0, grid.missing, None, None, None, None, None, None, None, ())
    kw = grid.kw
    days, weekday, hour, month = local_parts(grid)
    peak_index = int(np.nanargmax(kw))
    peak = float(kw[peak_index])
    mean_kw = float(np.nanmean(kw))
    # base load: each day's 5 % quantile of power, then their mean (days with readings only)
    base_days = daily_quantiles(days[finite], kw[finite], BASE_LOAD_QUANTILE)
    night = finite & (hour >= NIGHT_HOURS[0]) & (hour < NIGHT_HOURS[1])
    weekend = finite & (weekday >= 5)
    share = (lambda part: float(np.nansum(kwh[part])) / total) if total > 0 else (lambda _part: None)
    off_hours = None
    if schedule is not None:
        running = in_schedule(weekday, hour, schedule)
        if running is not None:
            off_hours = share(finite & ~running)
    peaks = []
    for key in np.unique(month[finite]):
        inside = np.where((month == key) & finite)[0]
        best = inside[int(np.argmax(kw[inside]))]
        peaks.append(
            MonthlyPeak(dt.date(int(key) // 12, int(key) % 12 + 1, 1), float(kw[best]), _local_time(grid, best))
        )
    return LoadFigures(
        kwh=total,
        intervals=intervals,
        missing=grid.missing,
        peak_kw=peak,
        peak_at=_local_time(grid, peak_index),
        base_load_kw=float(np.mean(base_days)),
        night_mean_kw=float(np.mean(kw[night])) if night.any() else None,
        load_factor=mean_kw / peak if peak > 0 else None,
        weekend_share=share(weekend),
        off_hours_share=off_hours,
        monthly_peaks=tuple(peaks),
    )


@dataclass(frozen=True)
class MonthCoverage:
    """A local month of the curve: how many of its intervals (all of the month's, 92 or 100 quarter-hours
    on a day the clocks change) have a reading."""

    month: dt.date  # the local month's first day
    expected: int
    readings: int

    @property
    def share(self) -> float:
        return self.readings / self.expected if self.expected else 0.0


def monthly_coverage(grid: MeterGrid) -> list[MonthCoverage]:
    """Every local month the curve meets, the first and last counted whole (a curve starting on the 12th
    covers its first month in part)."""
    import numpy as np

    _days, _weekday, _hour, month = local_parts(grid)
    finite = ~np.isnan(grid.kwh)
    keys, counts = np.unique(month[finite], return_counts=True)
    readings = dict(zip(keys.tolist(), counts.tolist(), strict=True))
    found = []
    for key in range(int(month.min()), int(month.max()) + 1):
        first = dt.date(key // 12, key % 12 + 1, 1)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        expected = _intervals_in(first, following - dt.timedelta(days=1), grid)
        found.append(MonthCoverage(first, expected, int(readings.get(key, 0))))
    return found


# --- against the bills ---------------------------------------------------------------------------------------

WINTER_MONTHS = (10, 11, 12, 1, 2, 3)  # ONEE's winter hours run 1 October – 31 March


def tou_periods(grid: MeterGrid, hours: TariffHours) -> np.ndarray:
    """Each interval's time-of-use period on the tariff's (local) clock: 0 peak, 1 standard, 2 off-peak."""
    import numpy as np

    _days, _weekday, hour, month = local_parts(grid)
    calendar_month = month % 12 + 1
    winter = np.isin(calendar_month, WINTER_MONTHS)
    periods = np.full(hour.shape, 2, dtype=np.int8)
    for season, inside in ((hours.winter, winter), (hours.summer, ~winter)):
        peak = inside & (hour >= season.peak_start) & (hour < season.peak_end)
        standard = inside & (hour >= season.standard_start) & (hour < season.peak_start)
        periods[peak] = 0
        periods[standard] = 1
    return periods


@dataclass(frozen=True)
class BillPeriodCheck:
    """A bill's period read in the load curve: its energy, its coverage, its peak and its split."""

    bill_id: int
    first: dt.date
    last: dt.date
    billed_kwh: float
    curve_kwh: float  # the readings inside the period (local days first … last)
    coverage: float  # of the period's intervals, the share with a reading
    curve_peak_kw: float | None
    billed_reached: float | None  # the bill's reached power, in its own unit (kVA or kW)
    curve_split: TouSplit | None  # of the readings, by the tariff's windows
    billed_split: TouSplit | None

    @property
    def peak_share(self) -> float | None:
        """The curve's peak over the bill's reached power, for a period the curve covers whole (a 15-minute kW
        peak sits under the kVA the bill reached, by its power factor; far under, the curve may not be this
        meter's, or its constant is wrong)."""
        if self.coverage < 1 or not self.billed_reached or self.curve_peak_kw is None:
            return None
        return self.curve_peak_kw / self.billed_reached

    @property
    def difference(self) -> float | None:
        """(curve − billed) / billed, only for a period the curve covers whole: a partial one would compare
        part of a month with all of it."""
        if self.coverage < 1 or not self.billed_kwh:
            return None
        return (self.curve_kwh - self.billed_kwh) / self.billed_kwh


def bill_checks(grid: MeterGrid, bills: Sequence[Bill], hours: TariffHours | None = None) -> list[BillPeriodCheck]:
    """Every bill whose period the curve meets, set against the curve's intervals of the same local days."""
    import numpy as np

    days, _weekday, _hour, _month = local_parts(grid)
    periods = tou_periods(grid, hours) if hours is not None else None
    finite = ~np.isnan(grid.kwh)
    epoch = dt.date(1970, 1, 1)
    checks = []
    for bill in bills:
        if bill.id is None:
            continue
        first, last = (bill.period_start - epoch).days, (bill.period_end - epoch).days
        inside = (days >= first) & (days <= last)
        if not inside.any():
            continue
        expected = _intervals_in(bill.period_start, bill.period_end, grid)
        readings = inside & finite
        kwh = grid.kwh[readings]
        curve_split = None
        if periods is not None and kwh.size and kwh.sum() > 0:
            parts = [float(grid.kwh[readings & (periods == p)].sum()) for p in (0, 1, 2)]
            total = sum(parts)
            curve_split = TouSplit(parts[0] / total, parts[1] / total, parts[2] / total)
        billed_split = None
        if bill.has_time_of_use and all(q is not None for q in bill.time_of_use):
            parts_billed = [float(q or 0.0) for q in bill.time_of_use]
            if sum(parts_billed) > 0:
                billed_split = TouSplit(*(p / sum(parts_billed) for p in parts_billed))
        checks.append(
            BillPeriodCheck(
                bill.id,
                bill.period_start,
                bill.period_end,
                float(bill.total_quantity or 0.0),
                float(kwh.sum()),
                float(readings.sum()) / expected if expected else 0.0,
                float(np.max(grid.kw[readings])) if readings.any() else None,
                bill.max_power,
                curve_split,
                billed_split,
            )
        )
    return checks


def _intervals_in(first: dt.date, last: dt.date, grid: MeterGrid) -> int:
    """How many intervals of the grid's step the local days first … last hold (92 or 100 on DST days)."""
    start = dt.datetime.combine(first, dt.time(), grid.zone).timestamp()
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), grid.zone).timestamp()
    return int((end - start) // (grid.step_minutes * 60))
