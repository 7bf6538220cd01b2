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


# --- a bill typed cell by cell (typed_changes, entry_complete) ------------------------------------------

from workbench.domain.billing import entry_complete, total_follows_split, typed_changes  # noqa: E402


def split_bill(**fields: object) -> model.Bill:
    values = dict(supply_id=1, period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 1, 31), quantity=0.0)
    values.update(fields)
    return model.Bill(**values)  # type: ignore[arg-type]


def test_typing_the_split_in_any_order_fills_the_total():
    bill = split_bill()  # a new bill: quantity 0, no split yet
    changes = typed_changes(bill, "quantity_standard", 700.0)
    assert changes == {"quantity_standard": 700.0, "quantity": 700.0}
    bill = split_bill(quantity=700.0, quantity_standard=700.0)
    assert typed_changes(bill, "quantity_peak", 200.0) == {"quantity_peak": 200.0, "quantity": 900.0}


def test_a_total_typed_apart_from_the_split_is_kept_and_so_is_the_split():
    bill = split_bill(quantity=5000.0, quantity_peak=200.0, quantity_standard=700.0)  # 5 000 ≠ 900
    assert typed_changes(bill, "quantity_offpeak", 100.0) == {"quantity_offpeak": 100.0}


def test_emptying_the_split_brings_the_new_bills_zero_back():
    bill = split_bill(quantity=200.0, quantity_peak=200.0)
    assert typed_changes(bill, "quantity_peak", None) == {"quantity_peak": None, "quantity": 0.0}
    empty = split_bill(quantity=None, quantity_peak=200.0)
    assert typed_changes(empty, "quantity_peak", None) == {"quantity_peak": None, "quantity": None}


def test_the_total_follows_within_the_inconsistency_tolerance():
    # 1 kWh + 0.1 % of the total: the tolerance that model.Bill.inconsistencies allows.
    assert total_follows_split(1001.0, [1000.0, None])
    assert total_follows_split(10_010.0, [10_000.0])
    assert not total_follows_split(10_012.0, [10_000.0])
    assert total_follows_split(None, [5.0])


def test_the_amounts_follow_each_other_once_all_three_agree():
    bill = split_bill(cost_excl_vat=100.0, vat=20.0, cost_incl_vat=120.0)
    assert typed_changes(bill, "cost_excl_vat", 150.0) == {"cost_excl_vat": 150.0, "cost_incl_vat": 170.0}
    assert typed_changes(bill, "vat", 14.0) == {"vat": 14.0, "cost_incl_vat": 114.0}
    assert typed_changes(bill, "cost_incl_vat", 130.5) == {"cost_incl_vat": 130.5, "vat": 30.5}


def test_amounts_that_disagree_or_are_incomplete_are_never_rewritten():
    disagree = split_bill(cost_excl_vat=100.0, vat=20.0, cost_incl_vat=150.0)
    assert typed_changes(disagree, "vat", 25.0) == {"vat": 25.0}
    incomplete = split_bill(cost_excl_vat=100.0)
    assert typed_changes(incomplete, "vat", 20.0) == {"vat": 20.0}
    assert typed_changes(split_bill(cost_excl_vat=100.0, vat=20.0, cost_incl_vat=120.0), "vat", None) == {"vat": None}


def test_a_bill_is_complete_once_every_compared_figure_is_typed():
    assert entry_complete(split_bill())
    assert not entry_complete(split_bill(quantity_peak=1.0))  # a split begun
    assert entry_complete(split_bill(quantity_peak=1.0, quantity_standard=2.0, quantity_offpeak=3.0))
    assert not entry_complete(split_bill(cost_excl_vat=100.0, vat=20.0))
    assert entry_complete(split_bill(cost_excl_vat=100.0, vat=20.0, cost_incl_vat=120.0))
