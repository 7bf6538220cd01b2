"""Bill checks that warn and never block (peer-practices.md, "Checks worth automating").

Each check looks at one supply's bills and returns warnings that name the
bills concerned: abnormally long or short periods, periods in the future, the
same usage repeated (a sign of estimated bills), outliers of use per day
(more than 5 median absolute deviations from the median, as VERIFI does),
reached power above the subscribed power, and monthly cos φ below the tariff's
threshold. Gaps, overlaps and duplicates come with the calendarisation
(accounts.py).

A bill row still being typed (added, nothing billed on it yet) is left out of
every check: a warning about a row the auditor has not filled in is noise
(:func:`is_incomplete`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Iterable, Sequence

from workbench.domain import model
from workbench.domain.factors import FactorLookup
from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, Plural, message
from workbench.domain.tariffs import cos_phi
from workbench.domain.units import Carrier
from workbench.domain.vocab import VoltageLevel

from .site_warnings import CTX, SiteWarning

MAD_LIMIT = 5.0  # median absolute deviations (the statistic, never the currency) a use per day may stray
SHORT, LONG = 0.6, 1.6  # shares of the median period length
COS_PHI_THRESHOLD_KEY = "tariff.ma_mt.cos_phi_threshold"
DEFAULT_COS_PHI_THRESHOLD = 0.8


def _name(supply: model.EnergySupply) -> Message | str:
    return supply.name or message("Carrier", supply.carrier.label)


def _bill_list(bills: Sequence[model.Bill], limit: int = 4) -> str | Message:
    """The first bills by number (or month), and how many more: "MT-1, MT-2, MT-3, MT-4 and 7 more"."""
    names = ", ".join(b.invoice_number or b.period_end.strftime("%m/%Y") for b in bills[:limit])
    if len(bills) <= limit:
        return names
    return message(
        CTX,
        Plural.translate("Warnings", "{names} and {count} more", None, 0),
        plural="count",
        names=names,
        count=len(bills) - limit,
    )


def _bills(count: int) -> Message:
    """ "3 bills" in the language shown: the count a warning gives is never a bare "(3)"."""
    return message(CTX, Plural.translate("Warnings", "{count} bills", None, 0), plural="count", count=count)


def is_incomplete(bill: model.Bill) -> bool:
    """A bill whose figures are not typed yet: the new row's 0 (or nothing) for its quantity, and no amount,
    power or reactive energy. Its period alone says nothing the checks could judge."""
    return (
        not bill.total_quantity
        and bill.cost is None
        and bill.cost_incl_vat is None
        and bill.max_power is None
        and bill.reactive_kvarh is None
    )


def check_bills(
    supply: model.EnergySupply, bills: Sequence[model.Bill], factors: FactorLookup, today: dt.date | None = None
) -> list[SiteWarning]:
    today = today or dt.date.today()
    bills = [b for b in bills if not is_incomplete(b)]  # rows being typed: judged once they hold figures
    warnings: list[SiteWarning] = []
    checks = (_inconsistent, _period_length, _future, _repeated_usage, _outliers, _power_overrun, _low_power_factor)
    for check in checks:
        warnings.extend(check(supply, bills, factors, today))
    return warnings


def _warning(
    kind: str, supply: model.EnergySupply, bills: Sequence[model.Bill], source: str, **params: object
) -> SiteWarning:
    # no plural form (None): the count is a phrase of its own (``_bills``)
    msg = message(CTX, source, None, supply=_name(supply), count=_bills(len(bills)), bills=_bill_list(bills), **params)
    return SiteWarning(kind, msg, supply.id, tuple(b.id for b in bills if b.id is not None))


def _inconsistent(
    supply: model.EnergySupply, bills: Sequence[model.Bill], factors: FactorLookup, today: dt.date
) -> Iterable[SiteWarning]:
    """Bills whose own figures disagree (typed one cell at a time, or corrected since): the total counts."""
    disagreeing = [(b, {p.field for p in problems}) for b in bills if (problems := b.inconsistencies())]
    tou = [b for b, fields in disagreeing if "quantity" in fields]
    if tou:
        yield _warning(
            "tou_mismatch",
            supply,
            tou,
            QT_TRANSLATE_NOOP(
                "Warnings",
                "{supply}: the time-of-use periods do not add up to the total; the total is counted "
                "({count}): {bills}.",
            ),
        )
    costs = [b for b, fields in disagreeing if "cost_incl_vat" in fields]
    if costs:
        yield _warning(
            "vat_mismatch",
            supply,
            costs,
            QT_TRANSLATE_NOOP(
                "Warnings",
                "{supply}: the amount excluding VAT plus the VAT is not the amount including VAT; the amount "
                "excluding VAT is counted ({count}): {bills}.",
            ),
        )


def _period_length(
    supply: model.EnergySupply, bills: Sequence[model.Bill], factors: FactorLookup, today: dt.date
) -> Iterable[SiteWarning]:
    if len(bills) < 3:
        return
    median = statistics.median(b.days for b in bills)
    odd = [b for b in bills if b.days < SHORT * median or b.days > LONG * median]
    if odd:
        yield _warning(
            "period_length",
            supply,
            odd,
            QT_TRANSLATE_NOOP(
                "Warnings", "{supply}: bills covering an unusual number of days, usually {median} ({count}): {bills}."
            ),
            median=round(median),
        )


def _future(
    supply: model.EnergySupply, bills: Sequence[model.Bill], factors: FactorLookup, today: dt.date
) -> Iterable[SiteWarning]:
    ahead = [b for b in bills if b.period_end > today]
    if ahead:
        yield _warning(
            "future",
            supply,
            ahead,
            QT_TRANSLATE_NOOP("Warnings", "{supply}: bills ending in the future ({count}): {bills}."),
        )


def _repeated_usage(
    supply: model.EnergySupply, bills: Sequence[model.Bill], factors: FactorLookup, today: dt.date
) -> Iterable[SiteWarning]:
    ordered = sorted(bills, key=lambda b: b.period_start)
    repeated = [
        b
        for a, b in itertools.pairwise(ordered)
        if b.total_quantity and b.total_quantity == a.total_quantity and b.period_start != a.period_start
    ]
    if repeated:
        yield _warning(
            "repeated_usage",
            supply,
            repeated,
            QT_TRANSLATE_NOOP(
                "Warnings",
                "{supply}: the same quantity as the bill before, a sign of estimated bills ({count}): {bills}.",
            ),
        )


def _outliers(
    supply: model.EnergySupply, bills: Sequence[model.Bill], factors: FactorLookup, today: dt.date
) -> Iterable[SiteWarning]:
    if len(bills) < 6:
        return
    per_day = [b.total_quantity / b.days for b in bills]
    median = statistics.median(per_day)
    mad = statistics.median(abs(v - median) for v in per_day)
    if mad == 0:
        return
    odd = [b for b, v in zip(bills, per_day, strict=True) if abs(v - median) > MAD_LIMIT * mad]
    if odd:
        yield _warning(
            "outlier",
            supply,
            odd,
            # "MAD" spelled out: in a programme billed in dirhams it reads as the currency.
            QT_TRANSLATE_NOOP(
                "Warnings",
                "{supply}: use per day far from the usual, more than {limit} median absolute deviations from "
                "the median ({count}): {bills}.",
            ),
            limit=round(MAD_LIMIT),
        )


def _power_overrun(
    supply: model.EnergySupply, bills: Sequence[model.Bill], factors: FactorLookup, today: dt.date
) -> Iterable[SiteWarning]:
    subscribed = supply.subscribed_power_kva
    if supply.carrier is not Carrier.ELECTRICITY or not subscribed:
        return
    over = [b for b in bills if b.max_power is not None and b.max_power > subscribed]
    if over:
        yield _warning(
            "power_overrun",
            supply,
            over,
            QT_TRANSLATE_NOOP(
                "Warnings",
                "{supply}: the reached power exceeds the subscribed {subscribed} kVA, up to {highest} kVA "
                "({count}): {bills}.",
            ),
            subscribed=subscribed,
            highest=max(b.max_power for b in over if b.max_power is not None),  # every bill of ``over`` has one
        )


def _low_power_factor(
    supply: model.EnergySupply, bills: Sequence[model.Bill], factors: FactorLookup, today: dt.date
) -> Iterable[SiteWarning]:
    if supply.carrier is not Carrier.ELECTRICITY or supply.voltage_level is VoltageLevel.LV:
        return
    threshold_factor = factors.find(COS_PHI_THRESHOLD_KEY)
    threshold = threshold_factor.value if threshold_factor else DEFAULT_COS_PHI_THRESHOLD
    low = []
    for bill in bills:
        if bill.reactive_kvarh is None or not bill.total_quantity:
            continue
        value = cos_phi(bill.total_quantity, bill.reactive_kvarh)
        if value is not None and value < threshold:
            low.append((bill, value))
    if low:
        yield _warning(
            "low_cos_phi",
            supply,
            [b for b, _ in low],
            QT_TRANSLATE_NOOP("Warnings", "{supply}: cos φ below {threshold}, down to {lowest} ({count}): {bills}."),
            threshold=threshold,
            lowest=round(min(v for _, v in low), 3),
        )
