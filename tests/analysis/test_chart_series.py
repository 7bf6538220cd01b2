"""What the charts draw and on which scale, worked out by hand: value axes that fit the data, the cos φ axis,
the months over the subscribed power, the report's twelve months and the end uses a donut groups."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.analysis.balance import CarrierBalance, SiteBalance
from workbench.analysis.breakdown import UNEXPLAINED
from workbench.analysis.chart_series import (
    GROUPED,
    AxisRange,
    cos_phi_axis,
    donut_slices,
    month_labels,
    month_span,
    overruns,
    power_axis,
    site_months,
    value_axis,
)
from workbench.analysis.programme import load_accounts
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse

D = dt.date


# --- axes ------------------------------------------------------------------------------------------


def test_the_power_axis_stops_just_above_the_highest_reached_power():
    # 894 × 1.03 = 920.8: by 100 that is 10 steps, the most allowed, so 0–1 000 (not 1 400)
    axis = power_axis([520, 894, 610], 600)
    assert axis == AxisRange(0.0, 1000.0, 100)
    assert 894 < axis.high <= 1.15 * 894
    assert axis.ticks == [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]


def test_the_power_axis_reaches_a_subscribed_power_above_every_month():
    # 800 × 1.03 = 824: 9 steps of 100, so 0–900; the subscribed line is inside the plot
    assert power_axis([520, 580], 800) == AxisRange(0.0, 900.0, 100)
    # the demo's Briqueterie: 651 reached, 600 subscribed → 0–700
    assert power_axis([582, 651, None], 600).high == 700


def test_months_above_the_subscribed_power_are_the_overruns():
    assert overruns([520, 894, 610], 600) == [False, True, True]  # 610 is above 600 too
    assert overruns([520, 894, 610], 650) == [False, True, False]
    assert overruns([600, None], 600) == [False, False]  # at the subscribed power is no overrun; no bill, none
    assert overruns([900], None) == [False]  # no subscribed power: nothing to overrun


def test_a_value_axis_ends_on_a_round_tick_with_a_little_headroom():
    assert value_axis([3_500_000]) == AxisRange(0.0, 4_000_000.0, 500_000)  # 3.6 M by 500 000
    assert value_axis([3_100_000, None]) == AxisRange(0.0, 3_500_000.0, 500_000)
    assert value_axis([1.16]) == AxisRange(0.0, 1.2, 0.2)
    assert value_axis([]) == value_axis([0.0]) == AxisRange(0.0, 1.0, 0.2)  # nothing to draw: still an axis


def test_the_cos_phi_axis_fits_the_months_and_the_threshold():
    assert cos_phi_axis([0.75, 0.92], 0.8) == AxisRange(0.6, 1.0, 0.05)
    assert cos_phi_axis([0.75, 0.92], 0.8).ticks[:3] == [0.6, 0.65, 0.7]
    low = cos_phi_axis([0.52], 0.8)  # a month under 0.6: the axis goes down by tenths, the point off the edge
    assert low == AxisRange(0.5, 1.0, 0.1) and low.low < 0.52
    assert cos_phi_axis([0.7], 0.55).low == 0.5  # a threshold under 0.6 is shown too
    assert cos_phi_axis([0.61]).low == 0.6
    assert cos_phi_axis([None], None) == AxisRange(0.6, 1.0, 0.05)  # no month with reactive energy
    assert cos_phi_axis([0.8], 0.8).fraction(0.8) == pytest.approx(0.5)


# --- months ----------------------------------------------------------------------------------------


def test_month_span_and_labels_with_the_year_under_january():
    months = month_span(D(2018, 11, 1), D(2019, 2, 1))
    assert months == [D(2018, 11, 1), D(2018, 12, 1), D(2019, 1, 1), D(2019, 2, 1)]
    names = ("J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D")
    assert month_labels(months, names) == [("N", "2018"), ("D", ""), ("J", "2019"), ("F", "")]
    assert month_span(D(2019, 3, 1), D(2019, 2, 1)) == []


def test_the_reports_monthly_series_are_the_analysis_periods_twelve_months(demo):
    account = load_accounts(demo, {2})[2]
    window = account.balance_window()
    assert window == (D(2018, 10, 1), D(2019, 9, 1))
    data = site_months(account, window)
    assert list(data.months) == month_span(D(2018, 10, 1), D(2019, 9, 1))
    assert {c.carrier for c in data.carriers} == {Carrier.ELECTRICITY, Carrier.HEAVY_FUEL_OIL}
    assert not any(data.missing)
    # the same kWh as the totals of the period
    totals = account.totals(*window)
    assert sum(sum(c.kwh) for c in data.carriers) == pytest.approx(totals.kwh)
    e = data.electricity
    assert e.subscribed == 600 and e.threshold == pytest.approx(0.8)
    assert len(e.reached) == len(e.cos_phi) == 12
    assert e.overruns == [r > 600 for r in e.reached]
    assert 651 < e.power_axis.high <= 700 and e.cos_phi_axis == AxisRange(0.6, 1.0, 0.05)
    # on screen: every month the bills cover, 24 of them
    assert len(site_months(account).months) == 24


def test_a_month_without_a_bill_is_missing_in_the_period(demo):
    account = load_accounts(demo, {3})[3]  # Céramiques du Littoral: no electricity bill for March 2019
    data = site_months(account, account.balance_window())
    assert [m for m, gap in zip(data.months, data.missing, strict=True) if gap] == [D(2019, 3, 1)]
    e = data.electricity
    march = data.months.index(D(2019, 3, 1))
    assert e.missing[march] and e.reached[march] is None and e.cos_phi[march] is None


# --- the donut -------------------------------------------------------------------------------------


def _balance(uses: dict[EndUse, float], billed: float) -> SiteBalance:
    carrier = CarrierBalance(Carrier.ELECTRICITY, billed, dict(uses))
    return SiteBalance(None, None, [carrier], {}, None, 0.1)


def test_few_end_uses_are_never_grouped():
    balance = _balance({EndUse.MOTORS: 600.0, EndUse.LIGHTING: 30.0, EndUse.OTHER: 20.0}, 700.0)
    slices = donut_slices(balance)
    assert [(s.key, s.kwh) for s in slices] == [
        (EndUse.MOTORS, 600.0),
        (EndUse.LIGHTING, 30.0),
        (EndUse.OTHER, 20.0),  # the end use "Other" keeps its own slice and its name
        (UNEXPLAINED, 50.0),
    ]


def test_many_small_end_uses_are_grouped_apart_from_the_end_use_other():
    uses = {
        EndUse.PROCESS_HEAT: 800.0,
        EndUse.MOTORS: 60.0,
        EndUse.COMPRESSED_AIR: 50.0,
        EndUse.LIGHTING: 30.0,  # 3 % of 1 000: small
        EndUse.FANS: 20.0,
        EndUse.PUMPS: 15.0,
        EndUse.OTHER: 10.0,
        EndUse.OFFICE_IT: 5.0,
    }
    slices = donut_slices(_balance(uses, 1000.0))  # 8 end uses, more than the donut's 7: the small are grouped
    keys = [s.key for s in slices]
    assert keys == [EndUse.PROCESS_HEAT, EndUse.MOTORS, EndUse.COMPRESSED_AIR, GROUPED, UNEXPLAINED]
    group = slices[3]
    assert GROUPED != EndUse.OTHER
    assert group.members == (EndUse.LIGHTING, EndUse.FANS, EndUse.PUMPS, EndUse.OTHER, EndUse.OFFICE_IT)
    assert group.kwh == pytest.approx(80.0)
    assert sum(s.kwh for s in slices) == pytest.approx(1000.0)  # nothing lost, nothing counted twice


def test_too_many_end_uses_group_the_smallest_until_the_donut_has_room():
    # eight end uses of 100 kWh and one of 10: only one is small, yet nine slices are two too many for seven:
    # the six largest keep their slices, the three smallest share the seventh
    uses = {use: 100.0 for use in list(EndUse)[:8]} | {EndUse.OTHER: 10.0}
    slices = donut_slices(_balance(uses, 810.0))
    assert len(slices) == 7 and slices[-1].key == GROUPED
    assert slices[-1].members == (*list(EndUse)[6:8], EndUse.OTHER) and slices[-1].kwh == pytest.approx(210.0)


def test_a_threshold_runs_over_each_run_of_months_with_data():
    from workbench.analysis.chart_series import month_runs

    assert month_runs([True, True, False, True]) == [(0, 1), (3, 3)]
    assert month_runs([False, False]) == []
    assert month_runs([True] * 12) == [(0, 11)]
    assert month_runs([]) == []
    assert month_runs([False, True, False, True, True]) == [(1, 1), (3, 4)]
