"""A month no bill covers, filled with an estimate the auditor asked for: from the neighbouring months or from
the same month a year earlier, the method written on the bill, the bill tagged *estimated* wherever it shows.

Quantities are worked out per day and scaled to the missing month's days, field by field: a field is estimated
only when every reference month has it (no invented time-of-use split, no invented cost); reached power is a
monthly maximum, not a quantity, and is never estimated.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

from .calendar import PeriodAmounts, add_months, calendarise, month_end
from .messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from .model import Bill
from .vocab import Provenance

CTX = "GapFill"

# The fields an estimate carries, in this order through the calendarisation.
FIELDS = (
    "quantity",
    "quantity_peak",
    "quantity_standard",
    "quantity_offpeak",
    "reactive_kvarh",
    "cost_excl_vat",
    "vat",
    "cost_incl_vat",
)


class FillMethod(StrEnum):
    NEIGHBOURS = "neighbours"  # the mean daily use of the month before and the month after
    YEAR_BEFORE = "year_before"  # the same month a year earlier, per day


FILL_METHOD_LABELS = {
    FillMethod.NEIGHBOURS: QT_TRANSLATE_NOOP("GapFill", "From the month before and the month after"),
    FillMethod.YEAR_BEFORE: QT_TRANSLATE_NOOP("GapFill", "From the same month a year earlier"),
}


def _days(month: dt.date) -> int:
    return _cal.monthrange(month.year, month.month)[1]


def missing_months(bills: Sequence[Bill]) -> list[dt.date]:
    """The months between a supply's first and last bill that no bill covers at all."""
    if not bills:
        return []
    periods = [PeriodAmounts(b.period_start, b.period_end, (1.0,), ref=b.id) for b in bills]
    covered = {m.month for m in calendarise(periods).months if m.days_covered > 0}
    first, last = min(covered), max(covered)
    result, month = [], first
    while month <= last:
        if month not in covered:
            result.append(month)
        month = add_months(month, 1)
    return result


def _monthly(bills: Sequence[Bill]) -> dict[dt.date, tuple[list[float | None], float]]:
    """Per month fully billed: each field's amount in the month (None where a bill lacks it), and its days."""
    periods = []
    for b in bills:
        values = tuple(getattr(b, f) if f != "quantity" else b.total_quantity for f in FIELDS)
        periods.append(PeriodAmounts(b.period_start, b.period_end, tuple(0.0 if v is None else v for v in values)))
    present = {
        f: all((getattr(b, f) if f != "quantity" else b.total_quantity) is not None for b in bills) for f in FIELDS
    }
    result: dict[dt.date, tuple[list[float | None], float]] = {}
    for m in calendarise(periods).months:
        if m.days_covered >= m.days_in_month - 1:
            amounts = [v if present[f] else None for f, v in zip(FIELDS, m.values, strict=True)]
            result[m.month] = (amounts, m.days_covered)
    return result


def _bills_around(bills: Sequence[Bill], month: dt.date) -> list[Bill]:
    return [
        b for b in bills if b.period_end >= add_months(month, -13) and b.period_start <= month_end(add_months(month, 1))
    ]


def estimate_month(bills: Sequence[Bill], month: dt.date, method: FillMethod, supply_id: int) -> Bill:
    """The estimated bill for ``month`` (its first day); :class:`DomainError` when the method has no basis."""
    month = month.replace(day=1)
    monthly = _monthly(_bills_around(bills, month))
    if method is FillMethod.NEIGHBOURS:
        references = [add_months(month, -1), add_months(month, 1)]
    else:
        references = [add_months(month, -12)]
    if any(r not in monthly for r in references):
        raise DomainError(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "GapFill", "{month} cannot be estimated this way: {references} is not billed in full."
                ),
                month=month.strftime("%m/%Y"),
                references=" / ".join(r.strftime("%m/%Y") for r in references),
            )
        )
    days = _days(month)
    estimated: dict[str, float | None] = {}
    for k, name in enumerate(FIELDS):
        rates: list[float] = []
        for r in references:
            values, covered = monthly[r]
            value = values[k]
            if value is not None:
                rates.append(value / covered)
        # a field is estimated only when every reference month has it
        estimated[name] = round(sum(rates) / len(rates) * days, 2) if len(rates) == len(references) else None
    if estimated["quantity_peak"] is not None and estimated["quantity"] is not None:
        # the total is the split's sum, as on an invoice (each part rounded on its own)
        estimated["quantity"] = round(
            sum(estimated[f] or 0.0 for f in ("quantity_peak", "quantity_standard", "quantity_offpeak")), 2
        )
    if estimated["cost_excl_vat"] is not None and estimated["vat"] is not None:
        estimated["cost_incl_vat"] = round(estimated["cost_excl_vat"] + estimated["vat"], 2)
    template = next(b for b in bills)
    return Bill(
        supply_id=supply_id,
        period_start=month,
        period_end=month_end(month),
        quantity=estimated["quantity"],
        quantity_peak=estimated["quantity_peak"],
        quantity_standard=estimated["quantity_standard"],
        quantity_offpeak=estimated["quantity_offpeak"],
        max_power_unit=template.max_power_unit,
        reactive_kvarh=estimated["reactive_kvarh"],
        cost_excl_vat=estimated["cost_excl_vat"],
        vat=estimated["vat"],
        cost_incl_vat=estimated["cost_incl_vat"],
        currency=template.currency,
        estimated=True,
        provenance=Provenance.ESTIMATE,
        note="",
    )


def method_note(method: FillMethod, month: dt.date) -> Message:
    """What the estimated bill's note says of where its figures come from."""
    month = month.replace(day=1)
    if method is FillMethod.NEIGHBOURS:
        return message(
            CTX,
            QT_TRANSLATE_NOOP("GapFill", "Estimated by the auditor from the mean daily use of {before} and {after}."),
            before=add_months(month, -1).strftime("%m/%Y"),
            after=add_months(month, 1).strftime("%m/%Y"),
        )
    return message(
        CTX,
        QT_TRANSLATE_NOOP("GapFill", "Estimated by the auditor from the daily use of {reference}."),
        reference=add_months(month, -12).strftime("%m/%Y"),
    )
