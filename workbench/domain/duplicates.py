"""Bills that repeat another: detected, kept and flagged, and left out of every total.

A bill *repeats* an earlier one of the same supply when it covers the same period and either carries the
same (non-empty) invoice number or the same figures (billed quantity and cost). Entering an invoice twice
is the commonest slip in a quick scan; counted twice it adds a month's consumption to every headline
figure. The earlier entry (the lower id) is the one counted. The auditor can say that two such bills are
really two (``Bill.not_duplicate`` on the later one): both are then counted, and the overlap check still
names them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from .model import Bill


def _same_figures(a: Bill, b: Bill) -> bool:
    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is None and y is None
        return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)

    return close(a.total_quantity, b.total_quantity) and close(a.cost, b.cost)


def repeats(later: Bill, earlier: Bill) -> bool:
    """Whether ``later`` repeats ``earlier`` (same period, and same invoice number or same figures)."""
    if (later.period_start, later.period_end) != (earlier.period_start, earlier.period_end):
        return False
    number = later.invoice_number.strip()
    if number and number == earlier.invoice_number.strip():
        return True
    return _same_figures(later, earlier)


def duplicates(bills: Sequence[Bill]) -> dict[int, int]:
    """``{id of a repeating bill: id of the bill it repeats}`` — the bills to leave out of totals."""
    found: dict[int, int] = {}
    by_period: dict[tuple[dt.date, dt.date], list[Bill]] = {}
    for bill in sorted((b for b in bills if b.id is not None), key=lambda b: b.id or 0):
        earlier = by_period.setdefault((bill.period_start, bill.period_end), [])
        if not bill.not_duplicate:
            original = next((e for e in earlier if e.id not in found and repeats(bill, e)), None)
            if original is not None and original.id is not None and bill.id is not None:
                found[bill.id] = original.id
                continue
        earlier.append(bill)
    return found
