"""What a site's figures in the cluster synthesis rest on: its data-quality flags over its analysis period.

A flag comes from the checks the site page shows (accounts.py, checks.py), kept to what touches the twelve
months the synthesis takes: a gap three years back does not weaken this year's total. Each flag says which
of the synthesis's figures it weakens (``scope``), so that a cluster total can say which sites it counts
with a caveat, never silently. Tariff findings (overruns, cos φ) are findings, not data problems: not here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workbench.domain import model
from workbench.domain.calendar import month_end
from workbench.domain.messages import QT_TRANSLATE_NOOP

from .accounts import SiteAccount, Totals


class FlagScope(StrEnum):
    ENERGY = "energy"  # the kWh (and so every figure drawn from them: CO2, shares, savings)
    COST = "cost"  # the money figures only
    REVIEW = "review"  # worth a look, no total is known to be wrong


class FlagKind(StrEnum):
    NO_BILLS = "no_bills"  # nothing billed in the period: the site counts in no total
    MONTHS_MISSING = "months_missing"  # months of the period not billed in full (count: months billed)
    REPEATED_BILL = "repeated_bill"  # bills left out of every total as repeats of another
    OVERLAP = "overlap"  # bills whose periods overlap, both counted in full
    CONVERSION = "conversion"  # a supply whose quantities cannot be turned into kWh
    COST_UNKNOWN = "cost_unknown"  # bills without an amount: their kWh count, their cost does not
    CURRENCY = "currency"  # bills in another currency than the site's, summed as they are
    SAME_NUMBER = "same_number"  # one invoice number on bills with different figures
    INCONSISTENT = "inconsistent"  # a bill whose periods or VAT do not add up
    TO_CHECK = "to_check"  # estimated-looking, unusual period or use, ending in the future


SCOPES = {
    FlagKind.NO_BILLS: FlagScope.ENERGY,
    FlagKind.MONTHS_MISSING: FlagScope.ENERGY,
    FlagKind.REPEATED_BILL: FlagScope.ENERGY,
    FlagKind.OVERLAP: FlagScope.ENERGY,
    FlagKind.CONVERSION: FlagScope.ENERGY,
    FlagKind.COST_UNKNOWN: FlagScope.COST,
    FlagKind.CURRENCY: FlagScope.COST,
    FlagKind.SAME_NUMBER: FlagScope.REVIEW,
    FlagKind.INCONSISTENT: FlagScope.REVIEW,
    FlagKind.TO_CHECK: FlagScope.REVIEW,
}

# The site warnings behind each flag that names bills: a warning counts when one of its bills is in the period.
_BILL_WARNINGS = {
    "overlap": FlagKind.OVERLAP,
    "duplicate_invoice": FlagKind.SAME_NUMBER,
    "tou_mismatch": FlagKind.INCONSISTENT,
    "vat_mismatch": FlagKind.INCONSISTENT,
    "repeated_usage": FlagKind.TO_CHECK,
    "outlier": FlagKind.TO_CHECK,
    "period_length": FlagKind.TO_CHECK,
    "future": FlagKind.TO_CHECK,
}
_SITE_WARNINGS = {"conversion": FlagKind.CONVERSION, "currency": FlagKind.CURRENCY}


@dataclass(frozen=True, slots=True)
class DataFlag:
    kind: FlagKind
    count: int = 0  # bills concerned; for MONTHS_MISSING the months billed in full
    of: int = 0  # for MONTHS_MISSING the months of the period

    @property
    def scope(self) -> FlagScope:
        return SCOPES[self.kind]


def weakens(flag: DataFlag, scope: FlagScope) -> bool:
    """Whether ``flag`` weakens a figure of ``scope``: a money figure rests on the kWh too."""
    if flag.scope is FlagScope.REVIEW:
        return False
    return flag.scope is FlagScope.ENERGY or scope is FlagScope.COST


def site_flags(
    account: SiteAccount, window: tuple[dt.date, dt.date] | None, totals: Totals | None
) -> tuple[DataFlag, ...]:
    """The flags of one site over ``window`` (its analysis period), in the order of :class:`FlagKind`."""
    if window is None:
        return (DataFlag(FlagKind.NO_BILLS),)
    first, last = window[0], month_end(window[1])
    bills: dict[int, model.Bill] = {b.id: b for s in account.supplies for b in s.bills if b.id is not None}

    def inside(bill: model.Bill | None) -> bool:
        return bill is not None and bill.period_start <= last and bill.period_end >= first

    found: dict[FlagKind, set[int]] = {}
    if totals is not None and totals.months_covered is not None and totals.months_covered < totals.months:
        months = DataFlag(FlagKind.MONTHS_MISSING, totals.months_covered, totals.months)
    else:
        months = None
    repeated = {
        later for s in account.supplies for later, original in s.duplicates.items() if inside(bills.get(original))
    }
    if repeated:
        found[FlagKind.REPEATED_BILL] = repeated
    unknown = {model.stored_id(b) for s in account.supplies for b in s.cost_unknown if inside(b)}
    if unknown:
        found[FlagKind.COST_UNKNOWN] = unknown
    whole_site: set[FlagKind] = set()
    for warning in account.warnings:
        if warning.kind in _SITE_WARNINGS:
            whole_site.add(_SITE_WARNINGS[warning.kind])
        elif warning.kind in _BILL_WARNINGS:
            named = {i for i in warning.bill_ids if inside(bills.get(i))}
            if named:
                found.setdefault(_BILL_WARNINGS[warning.kind], set()).update(named)
    flags = []
    for kind in FlagKind:
        if kind is FlagKind.MONTHS_MISSING and months is not None:
            flags.append(months)
        elif kind in found:
            flags.append(DataFlag(kind, len(found[kind])))
        elif kind in whole_site:
            flags.append(DataFlag(kind))
    return tuple(flags)


def flagged(flags: Iterable[DataFlag], scope: FlagScope) -> bool:
    return any(weakens(f, scope) for f in flags)


def worst_first(flags: Sequence[DataFlag]) -> list[DataFlag]:
    """Flags that weaken totals before those only worth a look."""
    order = {FlagScope.ENERGY: 0, FlagScope.COST: 1, FlagScope.REVIEW: 2}
    return sorted(flags, key=lambda f: order[f.scope])


# How a flag is said, in the synthesis and in the comparison view's tooltips (one wording, context Report).
FLAG_TEXTS = {
    FlagKind.NO_BILLS: QT_TRANSLATE_NOOP("Report", "No bill in the period: the site counts in no total"),
    FlagKind.MONTHS_MISSING: QT_TRANSLATE_NOOP(
        "Report", "Months billed in full{colon}{count} of {of}; its totals cover those months only"
    ),
    FlagKind.REPEATED_BILL: QT_TRANSLATE_NOOP("Report", "Repeated bills left out of the totals{colon}{count}"),
    FlagKind.OVERLAP: QT_TRANSLATE_NOOP("Report", "Overlapping bills, both counted in full{colon}{count}"),
    FlagKind.CONVERSION: QT_TRANSLATE_NOOP("Report", "A supply whose quantities cannot be converted to kWh"),
    FlagKind.COST_UNKNOWN: QT_TRANSLATE_NOOP(
        "Report", "Bills without an amount, left out of the costs (cost unknown){colon}{count}"
    ),
    FlagKind.CURRENCY: QT_TRANSLATE_NOOP("Report", "Bills in another currency, added up as they are"),
    FlagKind.SAME_NUMBER: QT_TRANSLATE_NOOP(
        "Report", "Invoice numbers entered more than once with different figures{colon}{count}"
    ),
    FlagKind.INCONSISTENT: QT_TRANSLATE_NOOP("Report", "Bills whose periods or VAT do not add up{colon}{count}"),
    FlagKind.TO_CHECK: QT_TRANSLATE_NOOP(
        "Report", "Bills to check (estimated-looking, unusual period or use){colon}{count}"
    ),
}
