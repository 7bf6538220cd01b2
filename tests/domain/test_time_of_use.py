"""Running hours laid on the ONEE MT day, worked by hand.

ONEE winter (182 days): standard 07–17, peak 17–22, off-peak 22–07; summer (183 days): standard 07–18,
peak 18–23, off-peak 23–07.
"""

from __future__ import annotations

import pytest

from workbench.domain.time_of_use import SeasonHours, TariffHours, TouSplit, daily_hours

ONEE = TariffHours(SeasonHours(7, 17, 22, 182), SeasonHours(7, 18, 23, 183))
PRICES = (1.24185, 0.88605, 0.64895)


def shares(split: TouSplit) -> tuple[float, float, float]:
    return (split.peak, split.standard, split.offpeak)


def test_two_shifts_from_eight_reach_the_whole_peak():
    # 08–24. Winter: standard 9 h, peak 5 h, off-peak 2 h; summer: 10 h, 5 h, 1 h (of 16).
    split = ONEE.split(8, 16)
    assert split.peak == pytest.approx(5 / 16)
    assert split.standard == pytest.approx((9 * 182 + 10 * 183) / (16 * 365))  # 0.593836
    assert split.offpeak == pytest.approx((2 * 182 + 1 * 183) / (16 * 365))  # 0.093664
    # what a kWh saved in these hours is worth: 0.3125 × 1.24185 + 0.593836 × 0.88605 + 0.093664 × 0.64895
    assert split.price(PRICES) == pytest.approx(0.388078 + 0.526169 + 0.060783, abs=1e-5)


def test_a_day_shift_misses_the_peak_and_round_the_clock_follows_the_tariff_day():
    assert shares(ONEE.split(8, 8)) == pytest.approx((0.0, 1.0, 0.0))
    # 24 h: 5 h of peak both seasons; standard 10 h in winter, 11 h in summer
    assert shares(ONEE.split(0, 24)) == pytest.approx(
        (5 / 24, (10 * 182 + 11 * 183) / (24 * 365), (9 * 182 + 8 * 183) / (24 * 365))
    )


def test_a_night_block_wraps_round_midnight():
    # 22–06: winter all off-peak; summer 22–23 peak, 23–06 off-peak
    split = ONEE.split(22, 8)
    assert split.peak == pytest.approx(183 / (8 * 365))
    assert split.standard == pytest.approx(0.0)


def test_an_item_said_not_to_run_in_peak_hours_runs_around_them():
    # 16 h from 08:00 skipping the peak. Winter: 08–17 standard (9 h), then 22–05 off-peak (7 h);
    # summer: 08–18 (10 h), then 23–05 (6 h).
    split = ONEE.split(8, 16, in_peak=False)
    assert split.peak == 0.0
    assert split.offpeak == pytest.approx((7 * 182 + 6 * 183) / (16 * 365))
    # more hours than the 19 outside the peak: the rest runs in it (23 h → 4 h of peak)
    assert ONEE.split(8, 23, in_peak=False).peak == pytest.approx(4 / 23)


def test_an_item_said_to_run_in_peak_hours_reaches_them():
    # 8 h from 08:00 would miss the peak: laid to end with it. Winter 14–22, summer 15–23: 5 h of peak, 3 standard.
    assert shares(ONEE.split(8, 8, in_peak=True)) == pytest.approx((5 / 8, 3 / 8, 0.0))
    # a block that reaches the peak anyway is not moved
    assert ONEE.split(8, 16, in_peak=True) == ONEE.split(8, 16)


def test_hours_a_day_from_annual_hours():
    assert daily_hours(4_000, 5, 50) == pytest.approx(16)  # 250 working days
    assert daily_hours(8_000, 5, 48) == pytest.approx(8_000 / 365)  # does not fit in 240 days: every day
    assert daily_hours(9_000, 0, 0) == 24


def test_tariff_hours_out_of_order_are_refused():
    with pytest.raises(ValueError):
        TariffHours(SeasonHours(7, 22, 17, 182), SeasonHours(7, 18, 23, 183))


def test_a_weighted_split_and_nothing_to_weigh():
    day, night = TouSplit(0.0, 1.0, 0.0), TouSplit(0.0, 0.0, 1.0)
    assert shares(TouSplit.weighted([(day, 3.0), (night, 1.0)])) == pytest.approx((0.0, 0.75, 0.25))
    assert TouSplit.weighted([(day, 0.0)]) is None
