"""The demo's load curves: a quarter-hour curve for a few sites' electricity meters, made from their own
bills so that the two agree as a real meter and its invoices do.

For each bill, each ONEE period's billed kWh (peak, standard, off-peak) is spread over that period's
quarter-hours in the bill's days, in proportion to a shape: the site's declared running hours carry the
process load, the other hours its base load, with a little noise. The curve's energy per bill period and per
period is the bill's (to the meter's three decimals); its quarter-hour peak is held under the bill's reached
power by flattening the shape where needed, and one quarter-hour of each bill's standard hours reaches it (the
reached kVA at the period's cos φ, 97 %), its energy taken from the period's other intervals, as a furnace or a
press starting makes a real meter's peak. One site's meter also loses two hours of readings one night, so
that the demo shows a gap as a gap.
"""

from __future__ import annotations

import datetime as dt
import random
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from workbench.domain import model
from workbench.domain.load_curve import CurveUnit, Flow, IntervalBlock, ReadingStatus, Register, RegisterSeries
from workbench.domain.time_of_use import TariffHours

if TYPE_CHECKING:
    import numpy as np

STEP_MINUTES = 15
REGISTER = Register("Énergie active", Flow.OFFTAKE, CurveUnit.KWH)
BASE_SHARE = 0.3  # the off-hours load, as a share of the running load
PEAK_MARGIN = 0.97  # the curve's peak stays under 97 % of the bill's reached power
ZONE = ZoneInfo("Africa/Casablanca")


def demo_curve(
    bills: Sequence[model.Bill],
    schedule: model.OperatingSchedule,
    hours: TariffHours,
    rng: random.Random,
    gap: dt.datetime | None = None,
) -> RegisterSeries:
    """The quarter-hours of every bill's period, in time order (bills that overlap or leave a gap between
    them are not expected: the demo's follow each other)."""
    import numpy as np

    from workbench.analysis.load_curve import MeterGrid, in_schedule, local_parts, tou_periods

    ordered = sorted(bills, key=lambda b: b.period_start)
    start = dt.datetime.combine(ordered[0].period_start, dt.time(), ZONE).astimezone(dt.UTC)
    end = dt.datetime.combine(ordered[-1].period_end + dt.timedelta(days=1), dt.time(), ZONE).astimezone(dt.UTC)
    count = int((end - start).total_seconds() // (STEP_MINUTES * 60))
    starts = int(start.timestamp()) + np.arange(count, dtype=np.int64) * STEP_MINUTES * 60
    grid = MeterGrid(starts, np.zeros(count), STEP_MINUTES, ZONE, 0)
    days, weekday, hour, _month = local_parts(grid)
    periods = tou_periods(grid, hours)
    running = in_schedule(weekday, hour, schedule)
    if running is None:
        running = np.ones(count, dtype=bool)
    noise = np.random.default_rng(rng.getrandbits(64)).uniform(0.92, 1.08, count)  # seeded: the demo is repeatable
    shape = np.where(running, 1.0, BASE_SHARE) * noise
    kwh = np.zeros(count)
    epoch = dt.date(1970, 1, 1)
    for bill in ordered:
        inside = (days >= (bill.period_start - epoch).days) & (days <= (bill.period_end - epoch).days)
        billed = bill.time_of_use if bill.has_time_of_use else (None, None, None)
        limit = (bill.max_power or 0.0) * PEAK_MARGIN
        for flatten in np.linspace(0.0, 1.0, 11):  # 0: the shape as it is … 1: even within each period
            trial = np.zeros(count)
            for period, quantity in enumerate(billed):
                chosen = inside & (periods == period)
                if quantity is None or not chosen.any():
                    continue
                weights = shape[chosen] * (1 - flatten) + flatten
                trial[chosen] = quantity * weights / weights.sum()
            if not billed or billed == (None, None, None):
                weights = shape[inside]
                trial[inside] = (bill.total_quantity or 0.0) * weights / weights.sum()
            if not limit or trial[inside].max() * 60 / STEP_MINUTES <= limit:
                break
        _spike(trial, inside & running & (periods == 1), bill, rng)
        kwh[inside] = trial[inside]
    values = array("d", np.round(kwh, 3).tolist())
    status = bytearray(count)
    if gap is not None:
        first = int((gap - start).total_seconds() // (STEP_MINUTES * 60))
        for i in range(max(0, first), min(count, first + 8)):  # two hours without a reading
            values[i] = float("nan")
            status[i] = ReadingStatus.MISSING.value
    return RegisterSeries(REGISTER, [IntervalBlock(start, STEP_MINUTES, values, status)])


def _spike(kwh: np.ndarray, window: np.ndarray, bill: model.Bill, rng: random.Random) -> None:
    """One quarter-hour of the period at the power the bill says was reached (a furnace or a press starting),
    its energy taken evenly from the period's other standard-hour intervals, so that every period's kWh stays
    the bill's: a real meter's peak is a short spike, not the plateau of the running hours."""
    import numpy as np

    from workbench.domain.tariffs import cos_phi

    chosen = np.flatnonzero(window)
    if bill.max_power is None or chosen.size < 2:
        return
    phi = cos_phi(bill.total_quantity, bill.reactive_kvarh) if bill.reactive_kvarh is not None else None
    peak_kw = bill.max_power * (phi or 0.9) * PEAK_MARGIN  # kVA at the period's power factor, kept under it
    at = int(chosen[rng.randrange(chosen.size)])
    extra = peak_kw * STEP_MINUTES / 60 - kwh[at]
    others = chosen[chosen != at]
    if extra <= 0 or extra >= 0.5 * kwh[others].sum():
        return
    kwh[at] += extra
    kwh[others] -= extra * kwh[others] / kwh[others].sum()  # in proportion: no interval goes negative
