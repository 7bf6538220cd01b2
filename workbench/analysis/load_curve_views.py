"""The series a load-curve page and the report draw: a day × time-of-day heat map, the load duration curve,
typical days and a time series thinned for the screen without losing its peaks.

Everything here is computed from a :class:`~workbench.analysis.load_curve.MeterGrid` (the raw intervals); the
figures a page prints (peak, base load, shares) come from ``load_figures`` on the same grid, never from these
drawn series. Days and times of day are the meter's local wall clock.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from .load_curve import MeterGrid, local_seconds

if TYPE_CHECKING:
    import numpy as np

EPOCH = dt.date(1970, 1, 1)
HOURS_A_YEAR = 8760
DURATION_QUANTILES = (95, 50, 5)  # the powers marked on the duration curve: P95, P50, P5 of the intervals' power


# --- heat map ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatMap:
    """Mean power (kW) per local day (rows, from ``first_day``) and time of day (columns of ``step_minutes``).

    A cell without a reading is NaN. On the day the clocks go back, the hour that happens twice falls twice in
    the same cells: they hold the mean of both readings (the day's energy is in ``load_figures``, not here); on
    the day they go forward, the skipped hour's cells stay NaN.
    """

    first_day: dt.date
    kw: np.ndarray  # shape (days, 1440 // step_minutes)
    step_minutes: int

    @property
    def days(self) -> int:
        return int(self.kw.shape[0])

    @property
    def slots(self) -> int:
        return int(self.kw.shape[1])

    def day(self, row: int) -> dt.date:
        return self.first_day + dt.timedelta(days=row)

    def weekdays(self) -> np.ndarray:
        """Each row's weekday (0 Monday … 6 Sunday)."""
        import numpy as np

        first = (self.first_day - EPOCH).days
        return (first + np.arange(self.days) + 3) % 7  # 1 January 1970 was a Thursday


def heat_map(grid: MeterGrid) -> HeatMap:
    import numpy as np

    local = local_seconds(grid)
    days = local // 86400
    slots = 1440 // grid.step_minutes
    slot = (local % 86400) // (grid.step_minutes * 60)
    first = int(days.min())
    count = int(days.max()) - first + 1
    kw = grid.kw
    finite = ~np.isnan(kw)
    cell = ((days - first) * slots + slot)[finite]
    sums = np.bincount(cell, weights=kw[finite], minlength=count * slots)
    readings = np.bincount(cell, minlength=count * slots)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(readings > 0, sums / readings, np.nan)
    return HeatMap(EPOCH + dt.timedelta(days=first), mean.reshape(count, slots), grid.step_minutes)


# --- load duration curve -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DurationCurve:
    """Every interval's power, highest first: the ``n``-th value is the power reached or exceeded for
    ``n × hours_per_interval`` hours. ``quantiles`` maps 95, 50, 5 to the intervals' P95, P50 and P5."""

    kw: np.ndarray
    hours_per_interval: float
    quantiles: dict[int, float]

    @property
    def hours(self) -> float:
        return float(self.kw.size * self.hours_per_interval)

    def hours_at_or_above(self, kw: float) -> float:
        """How long the power was at least ``kw``."""
        import numpy as np

        # kw is sorted high to low: the count of values >= kw is where kw would go in the reversed array
        above = self.kw.size - int(np.searchsorted(self.kw[::-1], kw, side="left"))
        return above * self.hours_per_interval

    @property
    def per_year(self) -> bool:
        """A curve of more than a year is read in hours a year (its hours × 8,760 / its length): a duration
        curve is read against the 8,760 hours of a year."""
        return self.hours > HOURS_A_YEAR + 1e-9

    @property
    def axis_hours(self) -> float:
        """The length of the hours axis: the curve's hours, or a year's."""
        return HOURS_A_YEAR if self.per_year else self.hours

    def points(self, most: int = 2000) -> tuple[np.ndarray, np.ndarray]:
        """``(hours, kw)`` for a chart, in hours a year for a curve of more than a year: at most ``most``
        points of the curve, its first (the peak) and its last kept; the curve is monotonic, so a thinned one
        has the same shape."""
        import numpy as np

        size = self.kw.size
        thinned = np.unique(np.linspace(0, size - 1, most).round().astype(np.int64)) if size > most else None
        index = np.arange(size) if thinned is None else thinned
        scale = HOURS_A_YEAR / self.hours if self.per_year else 1.0
        return index * self.hours_per_interval * scale, self.kw[index]


def duration_curve(grid: MeterGrid) -> DurationCurve:
    import numpy as np

    kw = grid.kw
    readings = kw[~np.isnan(kw)]
    ordered = np.sort(readings)[::-1]
    quantiles = {q: float(np.percentile(readings, q)) for q in DURATION_QUANTILES} if readings.size else {}
    return DurationCurve(ordered, grid.step_minutes / 60, quantiles)


# --- typical days ------------------------------------------------------------------------------------------


class DayType(Enum):
    WEEKDAY = "weekday"  # Monday to Friday
    SATURDAY = "saturday"
    SUNDAY = "sunday"


DAY_TYPE_WEEKDAYS = {DayType.WEEKDAY: (0, 1, 2, 3, 4), DayType.SATURDAY: (5,), DayType.SUNDAY: (6,)}


@dataclass(frozen=True)
class TypicalDay:
    """The power of one kind of day, time of day by time of day: the mean and the P10–P90 band over the days
    of that kind with a reading in the slot (``days``: how many days of that kind have any reading)."""

    day_type: DayType
    days: int
    step_minutes: int
    mean: np.ndarray
    p10: np.ndarray
    p90: np.ndarray

    def hours(self) -> np.ndarray:
        """Each slot's start, in hours from midnight."""
        import numpy as np

        return np.arange(self.mean.size) * self.step_minutes / 60


def typical_days(heat: HeatMap) -> list[TypicalDay]:
    """Weekday, Saturday and Sunday, those the curve has days of."""
    import numpy as np

    weekdays = heat.weekdays()
    found = []
    for day_type, which in DAY_TYPE_WEEKDAYS.items():
        rows = heat.kw[np.isin(weekdays, which)]
        rows = rows[~np.all(np.isnan(rows), axis=1)] if rows.size else rows
        if not rows.shape[0]:
            continue
        with warnings.catch_warnings():  # a slot no day has a reading for is NaN, which is what it should say
            warnings.simplefilter("ignore", RuntimeWarning)
            mean = np.nanmean(rows, axis=0)
        p10, p90 = column_quantiles(rows, 0.10), column_quantiles(rows, 0.90)
        found.append(TypicalDay(day_type, int(rows.shape[0]), heat.step_minutes, mean, p10, p90))
    return found


def column_quantiles(rows: np.ndarray, quantile: float) -> np.ndarray:
    """Each column's ``quantile`` over its readings (NaN left out), numpy's linear interpolation, all columns at
    once: ``np.nanpercentile`` goes column by column in Python when a NaN is present (8 ms a call here)."""
    import numpy as np

    ordered = np.sort(rows, axis=0)  # NaN last
    counts = np.sum(~np.isnan(rows), axis=0)
    position = np.maximum(counts - 1, 0) * quantile
    low = np.floor(position).astype(np.int64)
    high = np.minimum(low + 1, np.maximum(counts - 1, 0))
    columns = np.arange(rows.shape[1])
    below, above = ordered[low, columns], ordered[high, columns]
    values: np.ndarray = np.where(counts > 0, below + (above - below) * (position - low), np.nan)
    return values


# --- time series ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesPoints:
    """Points to draw: ``x`` in UTC seconds, ``kw`` with NaN where the line must break (a gap)."""

    x: np.ndarray
    kw: np.ndarray
    thinned: bool  # each point pair is a bucket's lowest and highest interval, not every interval


def series_points(
    grid: MeterGrid, first: float | None = None, last: float | None = None, most: int = 4000
) -> SeriesPoints:
    """The intervals starting in ``first`` … ``last`` (UTC seconds; the whole curve by default), at most about
    ``most`` points: beyond that, intervals are taken in buckets and each bucket keeps its lowest and highest
    power in the order they happened, so no peak disappears when zoomed out. A bucket with a missing interval
    ends with a break, so that a gap shows at every zoom, never bridged."""
    import numpy as np

    starts, kw = grid.starts, grid.kw
    low = 0 if first is None else int(np.searchsorted(starts, first, side="left"))
    high = starts.size if last is None else int(np.searchsorted(starts, last, side="right"))
    low, high = max(0, low - 1), min(starts.size, high + 1)  # one beyond each edge: the line reaches them
    x, y = starts[low:high], kw[low:high]
    buckets = max(1, most // 3)
    if y.size <= 2 * buckets:
        return SeriesPoints(x.astype(np.float64), y, thinned=False)
    per = math.ceil(y.size / buckets)
    padded = per * math.ceil(y.size / per)
    flat_values = np.full(padded, np.nan)
    flat_values[: y.size] = y
    flat_times = np.full(padded, x[-1], dtype=np.int64)
    flat_times[: x.size] = x
    values, times = flat_values.reshape(-1, per), flat_times.reshape(-1, per)
    missing = np.isnan(values)
    gaps = missing.copy()
    gaps[-1, y.size - (padded - per) :] = False  # the padding of the last bucket is no gap
    has = ~np.all(missing, axis=1)
    rows = np.arange(values.shape[0])
    lowest = np.argmin(np.where(missing, np.inf, values), axis=1)
    highest = np.argmax(np.where(missing, -np.inf, values), axis=1)
    first_pos, second_pos = np.minimum(lowest, highest), np.maximum(lowest, highest)
    out_x = np.empty((values.shape[0], 3), dtype=np.float64)
    out_y = np.empty((values.shape[0], 3))
    out_x[:, 0], out_y[:, 0] = times[rows, first_pos], values[rows, first_pos]
    out_x[:, 1], out_y[:, 1] = times[rows, second_pos], values[rows, second_pos]
    out_x[:, 2] = times[rows, second_pos]
    # a break after a bucket with a gap (or one without any reading); else the third point repeats the second
    out_y[:, 2] = np.where(gaps.any(axis=1), np.nan, out_y[:, 1])
    out_y[~has, :] = np.nan
    return SeriesPoints(out_x.ravel(), out_y.ravel(), thinned=True)
