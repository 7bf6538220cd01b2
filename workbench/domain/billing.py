"""Where a new bill goes: the billing period after a supply's last bill, and a blank bill to type into.

The bills editor, its "new row" and its Duplicate button all start a bill the same way, so the rule lives here
(Qt-free) rather than in each of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from workbench.domain import model
from workbench.domain.calendar import add_months

Period = tuple[dt.date, dt.date]


def period_from(start: dt.date) -> Period:
    """A period starting on ``start`` and running to the end of that month (a monthly invoice)."""
    return start, add_months(start, 1) - dt.timedelta(days=1)


def next_period(bills: Sequence[model.Bill], today: dt.date) -> Period:
    """The day after the latest bill's end to the end of its month; this month when there is no bill yet.

    The latest end, not the last bill's: bills typed out of order or overlapping still give the next free day.
    """
    if not bills:
        return period_from(today.replace(day=1))
    return period_from(max(b.period_end for b in bills) + dt.timedelta(days=1))


def following_periods(bills: Sequence[model.Bill], count: int, today: dt.date) -> list[Period]:
    """``count`` periods one after the other from :func:`next_period` (copies of bills moved forward)."""
    periods: list[Period] = []
    start, end = next_period(bills, today)
    for _ in range(count):
        periods.append((start, end))
        start, end = period_from(end + dt.timedelta(days=1))
    return periods


def blank_bill(supply_id: int, bills: Sequence[model.Bill], currency: str, today: dt.date) -> model.Bill:
    """A new bill of the next period, with 0 as its quantity so that it is valid before anything is typed
    (the time-of-use split then fills the total, see the bills editor)."""
    start, end = next_period(bills, today)
    return model.Bill(supply_id=supply_id, period_start=start, period_end=end, quantity=0.0, currency=currency)


# --- a bill typed cell by cell ------------------------------------------------------------------------

TIME_OF_USE_FIELDS = ("quantity_peak", "quantity_standard", "quantity_offpeak")
COST_FIELDS = ("cost_excl_vat", "vat", "cost_incl_vat")


def typed_changes(bill: model.Bill, field: str, value: object) -> dict[str, object]:
    """The fields one typed value sets on ``bill``: the value itself, and the fields that follow it.

    A typed value is never dropped. The total follows the time-of-use split while it is the split's sum (or
    still empty, or the 0 of a new bill): typing peak, standard and off-peak in any order fills it. A total typed
    apart from the split is kept, and so is the split: until they agree :meth:`model.Bill.inconsistencies` names
    the bill. The three amounts follow each other the same way once all three agree (excl. VAT + VAT = incl. VAT):
    the amount including VAT follows the two others, and the VAT follows a typed amount including VAT.
    """
    changes: dict[str, object] = {field: value}
    if field in TIME_OF_USE_FIELDS and (value is None or isinstance(value, int | float)):
        before = [getattr(bill, name) for name in TIME_OF_USE_FIELDS]
        after = [value if name == field else getattr(bill, name) for name in TIME_OF_USE_FIELDS]
        if total_follows_split(bill.quantity, before):
            parts = [p for p in after if p is not None]
            total: float | None = float(sum(parts)) if parts else None
            if total is None and bill.quantity is not None:
                total = 0.0  # the split emptied again: the new bill's 0 comes back
            changes["quantity"] = total
    if (
        field in COST_FIELDS
        and isinstance(value, int | float)
        and bill.cost_excl_vat is not None
        and bill.vat is not None
        and bill.cost_incl_vat is not None
        and not any(p.field == "cost_incl_vat" for p in bill.inconsistencies())
    ):
        if field == "cost_incl_vat":
            changes["vat"] = round(value - bill.cost_excl_vat, 2)
        else:
            excl, vat = (value, bill.vat) if field == "cost_excl_vat" else (bill.cost_excl_vat, value)
            changes["cost_incl_vat"] = round(excl + vat, 2)
    return changes


def total_follows_split(total: float | None, parts: Sequence[float | None]) -> bool:
    """Whether a total is its time-of-use split's: empty, or the sum of the periods typed so far (0 for none),
    within the tolerance of :meth:`model.Bill.inconsistencies`."""
    if total is None:
        return True
    present = sum(p for p in parts if p is not None)
    return abs(present - total) <= 1 + 0.001 * abs(total)


def entry_complete(bill: model.Bill) -> bool:
    """Whether every figure that the rules between fields compare has been typed: each time-of-use period of
    a split bill, and the three amounts or none of them. Until then a bill being typed is not flagged."""
    split_done = not bill.has_time_of_use or all(q is not None for q in bill.time_of_use)
    costs = (bill.cost_excl_vat, bill.vat, bill.cost_incl_vat)
    costs_done = all(c is None for c in costs) or all(c is not None for c in costs)
    return split_done and costs_done
