"""What a quick scan found on a site, as sentences the report's summary and conclusions are written from.

Each finding is worked out from the same figures the window, the CLI and the report show (the period's
totals, the balance, the tariff analysis, the measures); none is typed. They come ranked: money first, then
the shape of the site's energy, then what the data lacks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from workbench.domain.calendar import month_end
from workbench.domain.economics import MeasureFigures, renewables_only, savings_only
from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, Plural, message
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, MeasureCategory

from .accounts import SiteAccount, Totals
from .balance import SiteBalance
from .tariff import RebuiltBill, SupplyTariff

CTX = "Findings"
# Below this share of the bill explained by the inventory, the balance itself is a finding.
EXPLAINED_ENOUGH = 0.85


class FindingKind(StrEnum):
    MIX = "mix"
    LARGEST_END_USE = "largest_end_use"
    COS_PHI = "cos_phi"
    OVERRUN = "overrun"
    SUBSCRIBED_POWER = "subscribed_power"
    PEAK_HOURS = "peak_hours"
    INVOICE_CHECK = "invoice_check"
    UNEXPLAINED = "unexplained"
    POTENTIAL = "potential"
    RENEWABLES = "renewables"
    DATA = "data"


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    text: Message
    money: float = 0.0  # a year, in the site's currency, where the finding is about money (for ranking)


@dataclass(frozen=True)
class Potential:
    """What the savings (renewables apart) add up to, against the period's totals."""

    kwh: float
    cost: float
    co2_t: float
    investment: float
    kwh_share: float | None  # of final energy
    cost_share: float | None  # of the bill excl. VAT
    by_category: dict[MeasureCategory, tuple[int, float, float]] = field(default_factory=dict)  # n, kWh, money


def potential(totals: Totals | None, figures: Sequence[MeasureFigures]) -> Potential:
    savings = savings_only(figures)
    kwh = sum(f.total_kwh for f in savings)
    cost = sum(f.cost_savings for f in savings)
    groups: dict[MeasureCategory, tuple[int, float, float]] = {}
    for f in savings:
        n, k, c = groups.get(f.measure.category, (0, 0.0, 0.0))
        groups[f.measure.category] = (n + 1, k + f.total_kwh, c + f.cost_savings)
    return Potential(
        kwh,
        cost,
        sum(f.co2_t for f in savings),
        sum(f.measure.investment or 0.0 for f in savings),
        kwh / totals.kwh if totals and totals.kwh else None,
        cost / totals.cost if totals and totals.cost else None,
        groups,
    )


def site_findings(
    account: SiteAccount,
    balance: SiteBalance,
    figures: Sequence[MeasureFigures],
    tariffs: Sequence[SupplyTariff],
) -> list[Finding]:
    window = balance.window
    found: list[Finding] = []
    if window is None:
        return found
    totals = account.totals(*window)
    by_carrier = account.totals_by_carrier(*window)
    found.extend(_tariff_findings(tariffs, account.site.currency))
    found.extend(_mix(totals, by_carrier))
    found.extend(_end_use(balance))
    found.extend(_potential(totals, figures, account.site.currency))
    found.extend(_data(account, balance, window))
    return found


def _mix(totals: Totals, by_carrier: dict[Carrier, Totals]) -> list[Finding]:
    if not totals.kwh or not by_carrier:
        return []
    carrier, main = max(by_carrier.items(), key=lambda item: item[1].kwh)
    bill_share = main.cost / totals.cost if totals.cost else None
    if bill_share is None:
        return [
            Finding(
                FindingKind.MIX,
                message(
                    CTX,
                    QT_TRANSLATE_NOOP("Findings", "{carrier} is {share}% of the site's final energy."),
                    carrier=message("Carrier", carrier.label),
                    share=_percent(main.kwh / totals.kwh),
                ),
            )
        ]
    return [
        Finding(
            FindingKind.MIX,
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Findings", "{carrier} is {share}% of the site's final energy and {bill}% of its bill."
                ),
                carrier=message("Carrier", carrier.label),
                share=_percent(main.kwh / totals.kwh),
                bill=_percent(bill_share),
            ),
        )
    ]


def _end_use(balance: SiteBalance) -> list[Finding]:
    uses: dict[EndUse, float] = {}
    for carrier in balance.carriers:
        for use, kwh in carrier.by_end_use.items():
            uses[use] = uses.get(use, 0.0) + kwh
    total = sum(c.billed_kwh for c in balance.carriers)
    found = []
    if uses and total:
        use, kwh = max(uses.items(), key=lambda item: item[1])
        found.append(
            Finding(
                FindingKind.LARGEST_END_USE,
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Findings", "The largest end use is {end_use}: about {share}% of the energy billed."
                    ),
                    end_use=message("EndUse", _label(use)),
                    share=_percent(kwh / total),
                ),
            )
        )
    for carrier in balance.carriers:
        if carrier.coverage is not None and carrier.estimated_kwh > 0 and carrier.coverage < EXPLAINED_ENOUGH:
            found.append(
                Finding(
                    FindingKind.UNEXPLAINED,
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Findings",
                            "The inventory explains only {share}% of the {carrier} billed: {kwh} kWh a year go to "
                            "uses not yet identified, to look for first in a detailed audit.",
                        ),
                        share=_percent(carrier.coverage),
                        carrier=message("Carrier", carrier.carrier.label),
                        kwh=round(carrier.unexplained_kwh),
                    ),
                )
            )
    return found


def _tariff_findings(tariffs: Sequence[SupplyTariff], currency: str) -> list[Finding]:
    found: list[Finding] = []
    for result in tariffs:
        name = result.supply.display_name
        annual = result.annual
        if result.capacitor is not None and result.capacitor.annual_penalty > 0:
            bank = result.capacitor
            found.append(
                Finding(
                    FindingKind.COS_PHI,
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Findings",
                            "{supply}: the cos φ surcharge costs {penalty} {currency} a year ({months} months of "
                            "{of}); a {kvar} kvar capacitor bank of about {investment} {currency} would remove it.",
                        )
                        if round(bank.annual_saving) >= round(bank.annual_penalty)
                        else QT_TRANSLATE_NOOP(
                            "Findings",
                            "{supply}: the cos φ surcharge costs {penalty} {currency} a year ({months} months of "
                            "{of}); a {kvar} kvar capacitor bank of about {investment} {currency} would remove "
                            "{saving} {currency} of it.",
                        ),
                        supply=name,
                        penalty=round(bank.annual_penalty),
                        currency=currency,
                        months=bank.months_penalised,
                        of=bank.months,
                        kvar=round(bank.kvar),
                        investment=round(bank.investment),
                        saving=round(bank.annual_saving),
                    ),
                    bank.annual_saving,
                )
            )
        if annual is not None and annual.overrun > 0:
            found.append(
                Finding(
                    FindingKind.OVERRUN,
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Findings",
                            "{supply}: the power called exceeds the subscribed power; the overrun charges come to "
                            "{overrun} {currency} over the period.",
                        ),
                        supply=name,
                        overrun=round(annual.overrun),
                        currency=currency,
                    ),
                    annual.overrun,
                )
            )
        study = result.subscribed
        if (
            study is not None
            and study.current_kva is not None
            and study.annual_cost_current is not None
            and study.annual_cost_current - study.annual_cost_recommended > 1
        ):
            saving = study.annual_cost_current - study.annual_cost_recommended
            found.append(
                Finding(
                    FindingKind.SUBSCRIBED_POWER,
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Findings",
                            "{supply}: a subscribed power of {recommended} kVA instead of {current} kVA would cost "
                            "{saving} {currency} a year less in power and overrun charges (to confirm with the "
                            "distributor).",
                        ),
                        supply=name,
                        recommended=round(study.recommended_kva),
                        current=round(study.current_kva),
                        saving=round(saving),
                        currency=currency,
                    ),
                    saving,
                )
            )
        if result.peak_shift is not None and result.peak_shift.peak_share > 0:
            shift = result.peak_shift
            found.append(
                Finding(
                    FindingKind.PEAK_HOURS,
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Findings",
                            "{supply}: {share}% of the kWh are used in peak hours; moving {moved}% of them to "
                            "off-peak hours would save {saving} {currency} a year.",
                        ),
                        supply=name,
                        share=_percent(shift.peak_share),
                        moved=_percent(shift.shift_share),
                        saving=round(shift.annual_saving),
                        currency=currency,
                    ),
                    shift.annual_saving,
                )
            )
        flagged = [b for b in result.bills if b.flagged and b.in_window and not b.duplicate]
        if flagged:
            found.append(
                Finding(
                    FindingKind.INVOICE_CHECK,
                    message(
                        CTX,
                        Plural.translate(
                            "Findings",
                            "{supply}: {count} invoices differ from the tariff by more than the tolerance: "
                            "{invoices}. Check them with the distributor.",
                            None,
                            0,
                        ),
                        plural="count",
                        supply=name,
                        count=len(flagged),
                        invoices=", ".join(b.bill.invoice_number or b.bill.period_start.isoformat() for b in flagged),
                    ),
                    abs(
                        sum(
                            (b.charges.total_excl_vat if b.charges else 0.0) - (b.bill.cost_excl_vat or 0.0)
                            for b in flagged
                        )
                    ),
                )
            )
    return sorted(found, key=lambda f: -f.money)


def _gap(flagged: Sequence[RebuiltBill]) -> float:
    """How far the flagged invoices are from the tariff, in money, for ranking."""
    return abs(sum((b.charges.total_excl_vat if b.charges else 0.0) - (b.bill.cost_excl_vat or 0.0) for b in flagged))


def _potential(totals: Totals, figures: Sequence[MeasureFigures], currency: str) -> list[Finding]:
    found = []
    p = potential(totals, figures)
    if p.kwh or p.cost:
        found.append(
            Finding(
                FindingKind.POTENTIAL,
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Findings",
                        "The measure proposed would save {kwh} kWh a year ({share}% of final energy) and {cost} "
                        "{currency} ({bill}% of the bill), avoiding {co2} t CO2.",
                    )
                    if len(savings_only(figures)) == 1
                    else QT_TRANSLATE_NOOP(
                        "Findings",
                        "The measures proposed would save {kwh} kWh a year ({share}% of final energy) and {cost} "
                        "{currency} ({bill}% of the bill), avoiding {co2} t CO2.",
                    ),
                    kwh=round(p.kwh),
                    share=_percent(p.kwh_share),
                    cost=round(p.cost),
                    currency=currency,
                    bill=_percent(p.cost_share),
                    co2=round(p.co2_t, 1),
                ),
                p.cost,
            )
        )
    renewables = renewables_only(figures)
    if renewables:
        found.append(
            Finding(
                FindingKind.RENEWABLES,
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Findings",
                        "Renewable production would avoid buying {kwh} kWh a year, worth {cost} {currency}.",
                    ),
                    kwh=round(sum(f.total_kwh for f in renewables)),
                    cost=round(sum(f.cost_savings for f in renewables)),
                    currency=currency,
                ),
                sum(f.cost_savings for f in renewables),
            )
        )
    return found


def _data(account: SiteAccount, balance: SiteBalance, window: tuple[dt.date, dt.date]) -> list[Finding]:
    """What the figures lack, said once each: the report's caveats."""
    found = []
    # a repeat is left out of every figure whatever its month; a bill without a cost matters inside the period
    left_out = sum(len(s.duplicates) for s in account.supplies)
    if left_out:
        found.append(
            Finding(
                FindingKind.DATA,
                message(
                    CTX,
                    Plural.translate(
                        "Findings", "{count} invoices repeat another one and are left out of every figure.", None, 0
                    ),
                    plural="count",
                    count=left_out,
                ),
            )
        )
    for carrier in balance.carriers:
        if carrier.annualised:
            found.append(
                Finding(
                    FindingKind.DATA,
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Findings",
                            "{carrier} is billed for {covered} of the 12 months only: its figures are annualised "
                            "from those months.",
                        ),
                        carrier=message("Carrier", carrier.carrier.label),
                        covered=carrier.months_covered,
                    ),
                )
            )
    first, last = window[0], month_end(window[1])
    unknown = sum(1 for s in account.supplies for bill in s.cost_unknown if first <= bill.period_start <= last)
    if unknown:
        found.append(
            Finding(
                FindingKind.DATA,
                message(
                    CTX,
                    Plural.translate(
                        "Findings",
                        "{count} invoices have no amount: their kWh are counted, their cost is not.",
                        None,
                        0,
                    ),
                    plural="count",
                    count=unknown,
                ),
            )
        )
    return found


def _percent(share: float | None) -> float:
    """A share as a message parameter in per cent, the text carrying the sign ("{share}%", "{share} %" in
    French): whole per cents, one decimal below 1 % so that a small share never reads "0"."""
    if share is None:
        return 0.0
    value = share * 100
    return round(value, 1) if abs(value) < 1 else float(round(value))


def _label(use: EndUse) -> str:
    from workbench.domain.vocab import LABELS

    return LABELS[use]
