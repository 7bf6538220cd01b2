"""A meter's load-curve figures on hand-made series, each worked out by hand in the comment beside it."""

from __future__ import annotations

import datetime as dt
import math
from array import array
from zoneinfo import ZoneInfo

import pytest

from workbench.analysis.load_curve import load_figures, meter_grid
from workbench.domain.load_curve import CurveUnit, Flow, IntervalBlock, Register, RegisterSeries
from workbench.domain.model import OperatingSchedule

BRUSSELS = ZoneInfo("Europe/Brussels")
DAY = Register("Afname Dag", Flow.OFFTAKE, CurveUnit.KWH)
NIGHT = Register("Afname Nacht", Flow.OFFTAKE, CurveUnit.KWH)


def local(y, m, d, h=0, minute=0) -> dt.datetime:
    return dt.datetime(y, m, d, h, minute, tzinfo=BRUSSELS).astimezone(dt.UTC)


def a_week_on_two_registers() -> list[RegisterSeries]:
    """Monday 8 – Sunday 14 January 2024, quarter-hours: 100 kW on weekdays from 08:00 to 16:00, 20 kW
    otherwise; the day register holds 07:00–22:00, the night register the rest (as Fluvius writes them)."""
    start = local(2024, 1, 8)
    day_values, night_values = array("d"), array("d")
    day_status, night_status = bytearray(), bytearray()
    for k in range(7 * 96):
        instant = (start + dt.timedelta(minutes=15 * k)).astimezone(BRUSSELS)
        kw = 100.0 if instant.weekday() < 5 and 8 <= instant.hour < 16 else 20.0
        in_day = 7 <= instant.hour < 22
        for values, status, mine in ((day_values, day_status, in_day), (night_values, night_status, not in_day)):
            values.append(kw / 4 if mine else math.nan)
            status.append(0 if mine else 3)
    return [
        RegisterSeries(DAY, [IntervalBlock(start, 15, day_values, day_status)]),
        RegisterSeries(NIGHT, [IntervalBlock(start, 15, night_values, night_status)]),
    ]


def test_a_week_worked_by_hand():
    grid = meter_grid(a_week_on_two_registers(), BRUSSELS)
    assert grid is not None and grid.step_minutes == 15 and grid.missing == 0
    schedule = OperatingSchedule(shifts_per_day=1, hours_per_shift=8, days_per_week=5, day_start=8)
    figures = load_figures(grid, schedule)
    # 100 kW × 8 h × 5 days = 4 000 kWh; 20 kW × (168 − 40) h = 2 560 kWh
    assert figures.kwh == pytest.approx(6560)
    assert figures.intervals == 7 * 96
    assert figures.peak_kw == pytest.approx(100) and figures.peak_at == dt.datetime(2024, 1, 8, 8, 0)
    assert figures.base_load_kw == pytest.approx(20) and figures.night_mean_kw == pytest.approx(20)
    assert figures.load_factor == pytest.approx(6560 / 168 / 100)
    assert figures.weekend_share == pytest.approx(20 * 48 / 6560)  # two days of 20 kW
    assert figures.off_hours_share == pytest.approx(2560 / 6560)  # outside 08:00–16:00, Monday–Friday
    [january] = figures.monthly_peaks
    assert january.month == dt.date(2024, 1, 1) and january.kw == pytest.approx(100)


def test_without_a_first_shift_start_the_off_hours_share_is_not_guessed():
    grid = meter_grid(a_week_on_two_registers(), BRUSSELS)
    assert grid is not None
    assert load_figures(grid, OperatingSchedule(day_start=None)).off_hours_share is None


def test_a_gap_is_left_out_and_counted_never_read_as_zero():
    start = local(2024, 2, 1)
    values = array("d", [2.0] * 96)
    status = bytearray([0] * 96)
    for k in range(10, 14):
        values[k], status[k] = math.nan, 2  # an hour without a reading
    grid = meter_grid([RegisterSeries(DAY, [IntervalBlock(start, 15, values, status)])], BRUSSELS)
    assert grid is not None and grid.missing == 4
    figures = load_figures(grid)
    assert figures.kwh == pytest.approx(2.0 * 92) and figures.intervals == 92
    assert figures.base_load_kw == pytest.approx(8.0)  # 2 kWh a quarter-hour = 8 kW, the gap not a 0


def test_a_coarser_step_is_spread_over_the_finer_ones_keeping_its_mean_power():
    start = local(2024, 3, 1)
    ten = IntervalBlock(start, 10, array("d", [1.0] * 6), bytearray(6))  # 6 kW for an hour
    thirty = IntervalBlock(start + dt.timedelta(hours=1), 30, array("d", [6.0, 3.0]), bytearray(2))  # 12 then 6 kW
    grid = meter_grid([RegisterSeries(DAY, [ten, thirty])], BRUSSELS)
    assert grid is not None and grid.step_minutes == 10 and grid.kwh.size == 12
    figures = load_figures(grid)
    assert figures.kwh == pytest.approx(15.0)
    assert figures.peak_kw == pytest.approx(12.0) and figures.peak_at == dt.datetime(2024, 3, 1, 1, 0)


def test_local_hours_follow_the_clock_change():
    # 31 March 2024: 02:00 CET → 03:00 CEST. A peak at 04:00 local is at 02:00 UTC.
    start = local(2024, 3, 31)
    values = array("d", [1.0] * 92)
    peak = int((local(2024, 3, 31, 4) - start).total_seconds() // 900)
    values[peak] = 5.0
    grid = meter_grid([RegisterSeries(DAY, [IntervalBlock(start, 15, values, bytearray(92))])], BRUSSELS)
    assert grid is not None
    figures = load_figures(grid)
    assert figures.peak_at == dt.datetime(2024, 3, 31, 4, 0)
    # 00:00–05:00 local is four hours that day (16 quarter-hours): 15 at 4 kW and the peak's 20 kW
    assert figures.night_mean_kw == pytest.approx((15 * 4 + 20) / 16)


def test_another_flow_or_unit_is_not_mixed_in():
    injection = RegisterSeries(
        Register("Injectie Dag", Flow.INJECTION, CurveUnit.KWH),
        [IntervalBlock(local(2024, 1, 8), 15, array("d", [5.0]), bytearray(1))],
    )
    assert meter_grid([injection], BRUSSELS) is None
    assert meter_grid([injection], BRUSSELS, flow=Flow.INJECTION) is not None


# --- against the bills ---------------------------------------------------------------------------------------

CASABLANCA = ZoneInfo("Africa/Casablanca")


def onee_hours():
    from workbench.domain.time_of_use import SeasonHours, TariffHours

    # standard from 07:00, peak 17:00–22:00 in winter and 18:00–23:00 in summer (morocco-tariffs §1)
    return TariffHours(SeasonHours(7, 17, 22, 182), SeasonHours(7, 18, 23, 183))


def hourly(start_local: dt.datetime, hours: int, kwh: float) -> RegisterSeries:
    start = start_local.replace(tzinfo=CASABLANCA).astimezone(dt.UTC)
    block = IntervalBlock(start, 60, array("d", [kwh] * hours), bytearray(hours))
    return RegisterSeries(DAY, [block])


def bill(first: dt.date, last: dt.date, peak: float, standard: float, offpeak: float, reached: float):
    from workbench.domain import model

    return model.Bill(
        supply_id=1,
        period_start=first,
        period_end=last,
        quantity=peak + standard + offpeak,
        quantity_peak=peak,
        quantity_standard=standard,
        quantity_offpeak=offpeak,
        max_power=reached,
        id=7,
    )


def test_a_bill_period_read_in_the_curve_by_hand():
    from workbench.analysis.load_curve import bill_checks

    # 1–2 January 2024 in Casablanca (UTC+1), 10 kW all along: 480 kWh; winter windows: peak 5 h, standard
    # 10 h (07:00–17:00), off-peak 9 h a day → 100, 200, 180 kWh over the two days
    grid = meter_grid([hourly(dt.datetime(2024, 1, 1), 48, 10.0)], CASABLANCA)
    assert grid is not None
    [check] = bill_checks(grid, [bill(dt.date(2024, 1, 1), dt.date(2024, 1, 2), 100, 200, 180, 12.0)], onee_hours())
    assert check.curve_kwh == pytest.approx(480) and check.coverage == 1 and check.difference == pytest.approx(0)
    assert check.curve_peak_kw == pytest.approx(10) and check.billed_reached == 12.0
    assert (check.curve_split.peak, check.curve_split.standard) == (pytest.approx(5 / 24), pytest.approx(10 / 24))
    assert check.billed_split.peak == pytest.approx(100 / 480)


def test_a_period_the_curve_covers_in_part_is_not_compared():
    from workbench.analysis.load_curve import bill_checks

    grid = meter_grid([hourly(dt.datetime(2024, 1, 1), 48, 10.0)], CASABLANCA)
    assert grid is not None
    [check] = bill_checks(grid, [bill(dt.date(2024, 1, 1), dt.date(2024, 1, 3), 150, 300, 270, 12.0)], onee_hours())
    assert check.coverage == pytest.approx(2 / 3) and check.difference is None
    later = bill(dt.date(2024, 2, 1), dt.date(2024, 2, 29), 1, 1, 1, 1.0)
    assert bill_checks(grid, [later], onee_hours()) == []  # a bill the curve does not meet


def test_summer_windows_follow_the_season():
    from workbench.analysis.load_curve import tou_periods

    grid = meter_grid([hourly(dt.datetime(2024, 7, 1), 24, 1.0)], CASABLANCA)
    assert grid is not None
    periods = list(tou_periods(grid, onee_hours()))
    # summer: off-peak 00–07, standard 07–18, peak 18–23, off-peak 23–24 (local hours)
    assert periods == [2] * 7 + [1] * 11 + [0] * 5 + [2]


def test_daily_quantiles_are_numpys_day_by_day():
    import numpy as np

    from workbench.analysis.load_curve import daily_quantiles

    rng = np.random.default_rng(5)
    days = rng.integers(0, 40, 5000)
    values = rng.gamma(2.0, 3.0, 5000)
    expected = [np.quantile(values[days == d], 0.05) for d in np.unique(days)]
    assert np.allclose(daily_quantiles(days, values, 0.05), expected)
    assert list(daily_quantiles(np.array([3, 3]), np.array([1.0, 3.0]), 0.5)) == [2.0]


def test_coverage_per_month_counts_the_whole_month_and_its_clock_change():
    from workbench.analysis.load_curve import monthly_coverage

    # quarter-hours from 15 March 2024 00:00 to 5 April 00:00, Brussels; 31 March has 23 hours (92 quarters)
    start, end = local(2024, 3, 15), local(2024, 4, 5)
    count = int((end - start).total_seconds() // 900)
    values = array("d", [1.0] * count)
    status = bytearray(count)
    for k in range(10):  # ten quarter-hours missing on 20 March
        values[500 + k], status[500 + k] = math.nan, 2
    grid = meter_grid([RegisterSeries(DAY, [IntervalBlock(start, 15, values, status)])], BRUSSELS)
    march, april = monthly_coverage(grid)
    # March: 31 days × 96 − 4 (the skipped hour) = 2 972 intervals; read from the 15th: 17 days × 96 − 4 − 10
    assert march.month == dt.date(2024, 3, 1) and march.expected == 2972 and march.readings == 17 * 96 - 4 - 10
    # April: 30 × 96 = 2 880; read 4 days
    assert april.expected == 2880 and april.readings == 4 * 96 and april.share == pytest.approx(384 / 2880)
