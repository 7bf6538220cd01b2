"""Where a new bill goes: the period after the latest bill, month by month (workbench.domain.billing)."""

from __future__ import annotations

import datetime as dt

from workbench.domain import model
from workbench.domain.billing import blank_bill, following_periods, next_period, period_from
from workbench.domain.validation import validate


def bill(start: dt.date, end: dt.date) -> model.Bill:
    return model.Bill(supply_id=1, period_start=start, period_end=end, quantity=10.0)


def test_a_period_runs_to_the_end_of_its_month():
    assert period_from(dt.date(2020, 2, 1)) == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert period_from(dt.date(2019, 12, 15)) == (dt.date(2019, 12, 15), dt.date(2019, 12, 31))


def test_the_next_period_follows_the_latest_end_whatever_the_order():
    bills = [bill(dt.date(2019, 3, 1), dt.date(2019, 3, 31)), bill(dt.date(2019, 1, 1), dt.date(2019, 1, 31))]
    assert next_period(bills, dt.date(2024, 6, 9)) == (dt.date(2019, 4, 1), dt.date(2019, 4, 30))
    assert next_period([], dt.date(2024, 6, 9)) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))


def test_copies_move_forward_one_month_each():
    bills = [bill(dt.date(2019, 1, 1), dt.date(2019, 1, 31))]
    assert following_periods(bills, 3, dt.date(2024, 1, 1)) == [
        (dt.date(2019, 2, 1), dt.date(2019, 2, 28)),
        (dt.date(2019, 3, 1), dt.date(2019, 3, 31)),
        (dt.date(2019, 4, 1), dt.date(2019, 4, 30)),
    ]


def test_a_blank_bill_is_valid_before_anything_is_typed():
    new = blank_bill(7, [bill(dt.date(2019, 1, 1), dt.date(2019, 1, 31))], "MAD", dt.date(2024, 1, 1))
    assert (new.supply_id, new.period_start, new.quantity, new.currency) == (7, dt.date(2019, 2, 1), 0.0, "MAD")
    validate(new)
