"""Calendarisation, worked by hand day by day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.domain import calendar as calendar_module
from workbench.domain.calendar import (
    IssueKind,
    MonthTag,
    PeriodAmounts,
    calendarise,
    delivery_periods,
    last_twelve_months,
    window_sum,
)
from workbench.domain.model import FuelDelivery

D = dt.date


def P(start, end, value, estimated=False, ref=None):
    return PeriodAmounts(start, end, (value,), estimated, ref)


def test_a_bill_straddling_two_months_is_split_by_days():
    # 15 Jan - 14 Feb = 31 days; 3 100 kWh = 100 kWh/day: 17 days in January, 14 in February
    result = calendarise([P(D(2019, 1, 15), D(2019, 2, 14), 3100, ref=1)])
    months = result.by_key()
    assert months["2019-01"].values == [pytest.approx(1700)]
    assert months["2019-02"].values == [pytest.approx(1400)]
    assert months["2019-01"].days_covered == 17
    assert months["2019-02"].days_covered == 14
    assert result.issues == ()


def test_one_shared_day_goes_to_the_later_bill():
    # A: 1 Jan - 1 Feb (32 days, 3 200 kWh); B: 1 Feb - 28 Feb (2 800 kWh). B keeps 1 Feb:
    # A is spread over its 31 remaining January days, so January = 3 200 and February = 2 800.
    result = calendarise([P(D(2019, 1, 1), D(2019, 2, 1), 3200, ref=1), P(D(2019, 2, 1), D(2019, 2, 28), 2800, ref=2)])
    months = result.by_key()
    assert months["2019-01"].values[0] == pytest.approx(3200)
    assert months["2019-02"].values[0] == pytest.approx(2800)
    assert months["2019-02"].days_covered == 28
    assert result.issues == ()


def test_a_larger_overlap_is_flagged_and_nothing_is_dropped():
    result = calendarise(
        [P(D(2019, 1, 1), D(2019, 1, 31), 3100, ref=1), P(D(2019, 1, 29), D(2019, 2, 27), 3000, ref=2)]
    )
    (issue,) = result.issues
    assert issue.kind is IssueKind.OVERLAP
    assert (issue.first_day, issue.last_day, issue.days) == (D(2019, 1, 29), D(2019, 1, 31), 3)
    assert (issue.before, issue.after) == (1, 2)
    assert sum(m.values[0] for m in result.months) == pytest.approx(6100)


def test_gaps_of_two_days_or_more_are_flagged():
    result = calendarise([P(D(2019, 1, 1), D(2019, 1, 31), 31, ref=1), P(D(2019, 3, 3), D(2019, 3, 31), 29, ref=2)])
    (gap,) = result.issues
    assert gap.kind is IssueKind.GAP
    assert (gap.first_day, gap.last_day, gap.days) == (D(2019, 2, 1), D(2019, 3, 2), 30)
    assert "2019-02" not in result.by_key()
    # a single uncovered day is tolerated
    one_day = calendarise([P(D(2019, 1, 1), D(2019, 1, 30), 30), P(D(2019, 2, 1), D(2019, 2, 28), 28)])
    assert one_day.issues == ()


def test_month_tags():
    result = calendarise(
        [
            P(D(2019, 1, 1), D(2019, 1, 31), 31, estimated=False),
            P(D(2019, 2, 1), D(2019, 2, 14), 14, estimated=False),
            P(D(2019, 2, 15), D(2019, 3, 31), 45, estimated=True),
        ]
    )
    tags = {m.key: m.tag for m in result.months}
    assert tags == {"2019-01": MonthTag.METERED, "2019-02": MonthTag.MIXED, "2019-03": MonthTag.ESTIMATED}


def test_unordered_input_gives_the_same_result():
    bills = [P(D(2019, m, 1), D(2019, m + 1, 1) - dt.timedelta(days=1), 100 * m, ref=m) for m in range(1, 12)]
    assert calendarise(bills).months == calendarise(list(reversed(bills))).months


def test_deliveries_become_fill_to_fill_periods():
    deliveries = [
        FuelDelivery(supply_id=1, delivery_date=D(2019, 1, 10), quantity=3000, id=1),
        FuelDelivery(supply_id=1, delivery_date=D(2019, 2, 14), quantity=2000, id=2),
        FuelDelivery(supply_id=1, delivery_date=D(2019, 3, 13), quantity=3000, id=3),
    ]
    periods = delivery_periods(deliveries, lambda d: (d.quantity,))
    # 3 000 kg consumed 10 Jan - 13 Feb (35 days), 2 000 kg 14 Feb - 12 Mar; the last delivery has no end yet
    assert [(p.start, p.end, p.values, p.estimated) for p in periods] == [
        (D(2019, 1, 10), D(2019, 2, 13), (3000,), True),
        (D(2019, 2, 14), D(2019, 3, 12), (2000,), True),
    ]
    months = calendarise(periods).by_key()
    # January: 22 of 35 days of 3 000 kg = 1 885.71 kg
    assert months["2019-01"].values[0] == pytest.approx(3000 * 22 / 35)


def test_last_twelve_months_are_whole_months():
    assert last_twelve_months(D(2019, 9, 30)) == (D(2018, 10, 1), D(2019, 9, 1))
    assert last_twelve_months(D(2019, 9, 15)) == (D(2018, 9, 1), D(2019, 8, 1))
    assert last_twelve_months(D(2020, 2, 29)) == (D(2019, 3, 1), D(2020, 2, 1))


def test_window_sum():
    bills = [P(D(2018, m, 1), D(2018, m, 28), m) for m in range(1, 13)]
    months = calendarise(bills).months
    assert window_sum(months, D(2018, 3, 1), D(2018, 5, 1), 1) == [pytest.approx(3 + 4 + 5)]


# --- the spreading against the plain per-month loop it replaced ---------------------------------------------


def _reference_spread(periods, ends):
    """The first version: one date-stepped month at a time (kept here as the oracle)."""
    import calendar as cal

    months = {}
    width = max((len(p.values) for p in periods), default=0)
    for p, end in zip(periods, ends, strict=True):
        total_days = (end - p.start).days + 1
        month = p.start.replace(day=1)
        while month <= end:
            first = max(month, p.start)
            last = min(month.replace(day=cal.monthrange(month.year, month.month)[1]), end)
            days = (last - first).days + 1
            share = days / total_days
            slice_ = months.setdefault(month, calendar_module.MonthSlice(month, [0.0] * width))
            for k, value in enumerate(p.values):
                slice_.values[k] += value * share
            if p.estimated:
                slice_.estimated_days += days
            else:
                slice_.metered_days += days
            if p.ref is not None:
                slice_.refs.append(p.ref)
            index = month.year * 12 + month.month
            month = dt.date(index // 12, index % 12 + 1, 1)
    return months


_periods = st.lists(
    st.builds(
        lambda start, length, values, estimated, ref: PeriodAmounts(
            start, start + dt.timedelta(days=length), tuple(values), estimated, ref
        ),
        st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)),
        st.integers(0, 400),
        st.lists(st.floats(-1e9, 1e9, allow_nan=False), min_size=0, max_size=5),
        st.booleans(),
        st.one_of(st.none(), st.integers(1, 10_000)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_periods)
def test_spreading_gives_the_same_months_to_the_last_bit_as_the_plain_loop(periods):
    ends = [p.end for p in periods]
    assert calendar_module._spread(periods, ends) == _reference_spread(periods, ends)
