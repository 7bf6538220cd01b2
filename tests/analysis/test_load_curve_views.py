"""The drawn series of a load curve (heat map, duration curve, typical days, thinned time series) on
hand-made meters, each answer worked out by hand in the comment beside it."""

from __future__ import annotations

import datetime as dt
import math
from array import array

import numpy as np
import pytest

from workbench.analysis.load_curve import meter_grid
from workbench.analysis.load_curve_views import (
    DayType,
    duration_curve,
    heat_map,
    series_points,
    typical_days,
)
from workbench.domain.load_curve import CurveUnit, Flow, IntervalBlock, Register, RegisterSeries

from .test_load_curve import BRUSSELS, a_week_on_two_registers, local

OFFTAKE = Register("Offtake", Flow.OFFTAKE, CurveUnit.KWH)


def hourly(start: dt.datetime, kw: list[float]) -> RegisterSeries:
    values = array("d", kw)
    status = bytearray(0 if not math.isnan(v) else 2 for v in kw)
    return RegisterSeries(OFFTAKE, [IntervalBlock(start, 60, values, status)])


def test_the_heat_map_of_a_week_is_its_days_by_quarter_hours():
    grid = meter_grid(a_week_on_two_registers(), BRUSSELS)
    assert grid is not None
    heat = heat_map(grid)
    assert heat.first_day == dt.date(2024, 1, 8) and heat.days == 7 and heat.slots == 96
    # Monday 08:00 (slot 32) to 16:00 (slot 64): 100 kW; 07:45 and 16:00 already 20 kW; the weekend all 20
    assert heat.kw[0, 32] == pytest.approx(100) and heat.kw[0, 63] == pytest.approx(100)
    assert heat.kw[0, 31] == pytest.approx(20) and heat.kw[0, 64] == pytest.approx(20)
    assert np.all(heat.kw[5:] == pytest.approx(20))
    assert list(heat.weekdays()) == [0, 1, 2, 3, 4, 5, 6]


def test_the_heat_map_follows_the_wall_clock_across_both_clock_changes():
    # Brussels, 31 March 2024 has 23 hours (02:00 skipped), 27 October 25 (02:00–03:00 twice).
    spring = hourly(local(2024, 3, 31), [float(h) for h in range(23)])
    heat = heat_map(meter_grid([spring], BRUSSELS))
    assert heat.days == 1 and heat.slots == 24
    # 00:00 → 0 kW, 01:00 → 1, 02:00 does not exist, 03:00 is the third hour → 2
    assert heat.kw[0, 1] == 1 and math.isnan(heat.kw[0, 2]) and heat.kw[0, 3] == 2 and heat.kw[0, 23] == 22
    autumn = hourly(local(2024, 10, 27), [10.0, 10.0, 30.0, 50.0] + [10.0] * 21)
    heat = heat_map(meter_grid([autumn], BRUSSELS))
    # the two 02:00 hours (30 and 50 kW) share their wall-clock cell: their mean, 40
    assert heat.days == 1 and heat.kw[0, 2] == pytest.approx(40) and heat.kw[0, 3] == 10


def test_a_gap_stays_a_gap_in_the_heat_map():
    day = [5.0] * 24
    day[10] = math.nan
    heat = heat_map(meter_grid([hourly(local(2024, 1, 10), day)], BRUSSELS))
    assert math.isnan(heat.kw[0, 10]) and heat.kw[0, 11] == 5


def test_the_duration_curve_and_its_quantiles():
    # 100 hours: 1, 2, … 100 kW. Highest first; 100 kW for 1 h, 51 kW or more for 50 h.
    kw = [float(k) for k in range(1, 101)]
    curve = duration_curve(meter_grid([hourly(local(2024, 1, 1), kw)], BRUSSELS))
    assert curve.kw[0] == 100 and curve.kw[-1] == 1 and curve.hours == 100
    assert curve.hours_at_or_above(51) == 50 and curve.hours_at_or_above(100.5) == 0
    # numpy's linear quantiles of 1…100: P95 = 1 + 0.95 × 99 = 95.05, P50 = 50.5, P5 = 5.95
    assert curve.quantiles == pytest.approx({95: 95.05, 50: 50.5, 5: 5.95})
    hours, values = curve.points(most=10)
    assert len(hours) == 10 and values[0] == 100 and values[-1] == 1 and hours[-1] == 99
    assert np.all(np.diff(values) <= 0)


def test_typical_days_of_a_week():
    grid = meter_grid(a_week_on_two_registers(), BRUSSELS)
    days = {d.day_type: d for d in typical_days(heat_map(grid))}
    assert set(days) == {DayType.WEEKDAY, DayType.SATURDAY, DayType.SUNDAY}
    weekday = days[DayType.WEEKDAY]
    assert weekday.days == 5 and weekday.mean[40] == 100 and weekday.mean[10] == 20
    assert weekday.p10[40] == 100 and weekday.p90[40] == 100
    assert days[DayType.SUNDAY].days == 1 and np.all(days[DayType.SUNDAY].mean == 20)
    assert weekday.hours()[4] == 1.0


def test_the_band_of_typical_days_spreads_over_the_days():
    # five Mondays of 10, 20, 30, 40, 50 kW at every hour: mean 30; P10 = 10 + 0.4 × 10 = 14; P90 = 46
    blocks = []
    for week, kw in enumerate((10.0, 20.0, 30.0, 40.0, 50.0)):
        monday = local(2024, 1, 8) + dt.timedelta(days=7 * week)
        blocks.append(IntervalBlock(monday, 60, array("d", [kw] * 24), bytearray(24)))
    [monday] = typical_days(heat_map(meter_grid([RegisterSeries(OFFTAKE, blocks)], BRUSSELS)))
    assert monday.day_type is DayType.WEEKDAY and monday.days == 5
    assert monday.mean[3] == pytest.approx(30) and monday.p10[3] == pytest.approx(14) and monday.p90[3] == 46


def test_the_thinned_series_keeps_every_peak_and_every_gap():
    rng = np.random.default_rng(7)
    kw = list(rng.uniform(10, 20, 10_000))
    kw[1234] = 500.0  # one peak
    kw[7000] = math.nan  # one missing hour
    grid = meter_grid([hourly(local(2024, 1, 1), kw)], BRUSSELS)
    points = series_points(grid, most=300)
    assert points.thinned and points.x.size <= 300 + 3
    assert np.nanmax(points.kw) == 500 and points.x[np.nanargmax(points.kw)] == grid.starts[1234]
    assert np.nanmin(points.kw) == pytest.approx(np.nanmin(grid.kw))
    # the line breaks in the bucket holding the missing hour, and only there
    breaks = np.flatnonzero(np.isnan(points.kw))
    assert breaks.size == 1 and points.x[breaks[0] - 1] <= grid.starts[7000] + 100 * 3600
    assert np.all(np.diff(points.x) >= 0)  # in time order


def test_a_short_window_is_drawn_interval_by_interval():
    kw = [float(k % 24) for k in range(24 * 30)]
    grid = meter_grid([hourly(local(2024, 1, 1), kw)], BRUSSELS)
    first, last = float(grid.starts[100]), float(grid.starts[147])
    points = series_points(grid, first, last, most=1000)
    # 48 intervals asked, one more on each side so that the line reaches the edges of the window
    assert not points.thinned and points.x.size == 50 and points.x[1] == first and points.x[-2] == last


def test_column_quantiles_are_numpys_with_gaps_left_out():
    from workbench.analysis.load_curve_views import column_quantiles

    rng = np.random.default_rng(3)
    rows = rng.uniform(0, 100, (40, 24))
    rows[rng.uniform(size=rows.shape) < 0.2] = math.nan
    rows[:, 5] = math.nan  # a slot no day has a reading for
    for q in (0.1, 0.5, 0.9):
        with np.errstate(all="ignore"), pytest.warns(RuntimeWarning):
            expected = np.nanpercentile(rows, q * 100, axis=0)
        assert np.allclose(column_quantiles(rows, q), expected, equal_nan=True)


def test_missing_reached_powers_come_from_the_curves_peak_and_the_bills_cos_phi():
    from workbench.analysis.load_curve_summary import meter_curves, reached_from_curve
    from workbench.domain.model import Bill

    # the week of a_week_on_two_registers: 100 kW peak; one bill of exactly that week, kWh 6 560, kvarh 3 177.3:
    # cos φ = 6 560 / √(6 560² + 3 177.3²) = 0.9 → 100 / 0.9 = 111.1 kVA
    week = Bill(1, dt.date(2024, 1, 8), dt.date(2024, 1, 14), quantity=6560.0, reactive_kvarh=3177.3, id=7)
    known = Bill(1, dt.date(2024, 1, 8), dt.date(2024, 1, 14), quantity=6560.0, reactive_kvarh=3177.3,
                 max_power=120.0, id=8)  # fmt: skip
    no_reactive = Bill(1, dt.date(2024, 1, 8), dt.date(2024, 1, 14), quantity=6560.0, id=9)
    longer = Bill(1, dt.date(2024, 1, 8), dt.date(2024, 1, 21), quantity=6560.0, reactive_kvarh=3177.3, id=10)
    [curve] = meter_curves(a_week_on_two_registers(), BRUSSELS, bills=[week, known, no_reactive, longer])
    [filled] = reached_from_curve(curve, [week, known, no_reactive, longer])
    assert filled.bill_id == 7 and filled.peak_kw == pytest.approx(100)
    assert filled.cos_phi == pytest.approx(0.9, abs=1e-4) and filled.kva == pytest.approx(111.1)
