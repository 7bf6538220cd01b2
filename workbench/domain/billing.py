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
