"""The energy balance of a site: billed against estimated, per carrier and end use, with the remainder shown.

For each carrier, ``Σ estimated by end use + unexplained = billed`` over the same
12 months (domain-reference.md §1.6): the unexplained remainder is never spread
over the end uses. Fuels are compared on the net heating value, as the bills are
converted. The peak check compares the input power of what runs in peak hours
with the reached power times cos φ (§6.5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.domain import model
from workbench.domain.estimation import Estimate, estimate, input_power_kw
from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, message
from workbench.domain.tariffs import cos_phi
from workbench.domain.units import Carrier
from workbench.domain.vocab import LABELS, EndUse

from .accounts import SiteAccount, Totals

CTX = "Balance"
TOLERANCE_KEY = "balance.coverage_tolerance"
DEFAULT_TOLERANCE = 0.15


@dataclass
class CarrierBalance:
    """``billed_kwh`` is over the whole period: when the bills cover only ``months_covered`` of its ``months``,
    it is what they billed annualised from those months (``billed_in_months_kwh`` is what they billed), so
    that it compares with the inventory's yearly estimate; ``annualised`` says so wherever it is shown."""

    carrier: Carrier
    billed_kwh: float
    by_end_use: dict[EndUse, float] = field(default_factory=dict)
    billed_in_months_kwh: float | None = None
    months: int = 12
    months_covered: int | None = None

    @property
    def annualised(self) -> bool:
        return self.billed_in_months_kwh is not None and self.billed_in_months_kwh != self.billed_kwh

    @property
    def estimated_kwh(self) -> float:
        return sum(self.by_end_use.values())

    @property
    def unexplained_kwh(self) -> float:
        """What the bills say and the inventory does not explain (negative: the inventory says more)."""
        return self.billed_kwh - self.estimated_kwh

    @property
    def coverage(self) -> float | None:
        return self.estimated_kwh / self.billed_kwh if self.billed_kwh else None


@dataclass(frozen=True)
class PeakCheck:
    peak_input_kw: float
    reached_kva: float | None
    cos_phi: float | None

    @property
    def available_kw(self) -> float | None:
        if self.reached_kva is None:
            return None
        return self.reached_kva * (self.cos_phi if self.cos_phi is not None else 1.0)

    @property
    def exceeded(self) -> bool:
        return self.available_kw is not None and self.peak_input_kw > self.available_kw


@dataclass
class SiteBalance:
    site: model.Site
    window: tuple[dt.date, dt.date] | None
    carriers: list[CarrierBalance]
    estimates: dict[int, Estimate]
    peak: PeakCheck | None
    tolerance: float
    warnings: list[Message] = field(default_factory=list)

    def carrier(self, carrier: Carrier) -> CarrierBalance | None:
        return next((c for c in self.carriers if c.carrier is carrier), None)

    def end_use_kwh(self) -> dict[tuple[EndUse, Carrier], float]:
        return {(use, c.carrier): kwh for c in self.carriers for use, kwh in c.by_end_use.items()}


def runs_in_peak(item: model.Equipment, schedule: model.OperatingSchedule) -> bool:
    """The item's own answer, else: production equipment of a site working two shifts or more."""
    if item.runs_in_peak is not None:
        return item.runs_in_peak
    if item.end_use in (EndUse.OFFICE_IT,):
        return False
    return schedule.hours_per_day > 12 and (item.annual_hours is None or item.annual_hours >= 3000)


def site_balance(
    account: SiteAccount, equipment: Sequence[model.Equipment], window: tuple[dt.date, dt.date] | None = None
) -> SiteBalance:
    site, factors = account.site, account.factors
    window = window or account.balance_window()
    billed = account.totals_by_carrier(*window) if window else {}
    tolerance_factor = factors.find(TOLERANCE_KEY)
    tolerance = tolerance_factor.value if tolerance_factor else DEFAULT_TOLERANCE
    annual = account.annualised_kwh(*window) if window else {}
    by_carrier: dict[Carrier, CarrierBalance] = {c: _billed(c, t, annual.get(c)) for c, t in billed.items()}
    estimates: dict[int, Estimate] = {}
    for item in equipment:
        item_estimate = estimate(item, site.schedule, factors)
        estimates[model.stored_id(item)] = item_estimate
        balance = by_carrier.setdefault(item.carrier, CarrierBalance(item.carrier, 0.0))
        balance.by_end_use[item.end_use] = balance.by_end_use.get(item.end_use, 0.0) + item_estimate.kwh
    carriers = sorted(by_carrier.values(), key=lambda b: (-b.billed_kwh, b.carrier.value))
    result = SiteBalance(site, window, carriers, estimates, _peak(account, equipment, window), tolerance)
    result.warnings.extend(_warnings(result))
    return result


def _billed(carrier: Carrier, totals: Totals, annual_kwh: float | None) -> CarrierBalance:
    """A carrier's billed energy over the period; when its bills leave months of it uncovered, annualised by the
    days they cover (what they billed stays in ``billed_in_months_kwh``)."""
    covered = totals.months_covered
    if covered is not None and covered < totals.months and annual_kwh:
        return CarrierBalance(carrier, annual_kwh, {}, totals.kwh, totals.months, covered)
    return CarrierBalance(carrier, totals.kwh, {}, totals.kwh, totals.months, covered)


def _peak(
    account: SiteAccount, equipment: Sequence[model.Equipment], window: tuple[dt.date, dt.date] | None
) -> PeakCheck | None:
    electric = [s for s in account.supplies if s.supply.carrier is Carrier.ELECTRICITY]
    if not electric:
        return None
    # Average running power (input × load factor): the reached power is a 10–15 minute maximum, not the sum
    # of nameplates.
    peak_kw = sum(
        input_power_kw(i, account.factors) * (estimates_load_factor(i, account))
        for i in equipment
        if i.carrier is Carrier.ELECTRICITY and runs_in_peak(i, account.site.schedule)
    )
    reached, kwh, kvarh = None, 0.0, 0.0
    for supply_account in electric:
        for bill in supply_account.bills:
            if window and not (window[0] <= bill.period_end and bill.period_start <= window[1].replace(day=28)):
                continue
            if bill.max_power is not None and bill.max_power_unit.value == "kVA":
                reached = max(reached or 0.0, bill.max_power)
            if bill.reactive_kvarh is not None:
                kwh += bill.total_quantity
                kvarh += bill.reactive_kvarh
    return PeakCheck(peak_kw, reached, cos_phi(kwh, kvarh) if kvarh else None)


def estimates_load_factor(item: model.Equipment, account: SiteAccount) -> float:
    result = estimate(item, account.site.schedule, account.factors)
    return result.load_factor if result.load_factor is not None else 1.0


def _warnings(balance: SiteBalance) -> list[Message]:
    found = []
    for c in balance.carriers:
        name = message("Carrier", c.carrier.label)
        if c.billed_kwh == 0 and c.estimated_kwh > 0:
            found.append(
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Balance", "{carrier}: the inventory estimates {estimated} kWh but no bill covers it."
                    ),
                    carrier=name,
                    estimated=round(c.estimated_kwh),
                )
            )
            continue
        if c.coverage is not None and c.estimated_kwh > 0 and abs(c.coverage - 1) > balance.tolerance:
            found.append(
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Balance",
                        "{carrier}: the inventory explains {coverage} % of the bills (expected within ±{tolerance} %).",
                    ),
                    carrier=name,
                    coverage=round(c.coverage * 100),
                    tolerance=round(balance.tolerance * 100),
                )
            )
        for use, kwh in c.by_end_use.items():
            if c.billed_kwh and kwh > c.billed_kwh:
                found.append(
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Balance", "{carrier}: {end_use} alone ({kwh} kWh) is more than the bills ({billed} kWh)."
                        ),
                        carrier=name,
                        end_use=message("EndUse", LABELS[use]),
                        kwh=round(kwh),
                        billed=round(c.billed_kwh),
                    )
                )
    peak = balance.peak
    # an exceeded peak has a reached power, hence an available one
    if peak is not None and peak.exceeded and peak.reached_kva is not None and peak.available_kw is not None:
        found.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Balance",
                    "What runs in peak hours draws {peak} kW, more than the reached {reached} kVA × cos φ {cos_phi} "
                    "= {available} kW: some items cannot run together, or their figures are too high.",
                ),
                peak=round(peak.peak_input_kw),
                reached=round(peak.reached_kva),
                cos_phi=round(peak.cos_phi, 2) if peak.cos_phi else 1,
                available=round(peak.available_kw),
            )
        )
    return found
