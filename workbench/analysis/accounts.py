"""Energy accounts of a site: its bills calendarised, converted and totalled, with data-quality warnings.

For each supply, every bill (or fill-to-fill delivery period) becomes final kWh
on the NCV basis, native quantity and cost, spread over calendar months. Site
totals are then taken over the last 12 complete months or a calendar year,
per carrier and in all, in kWh, toe, kg CO2 and cost — each total keeps the
factors that produced it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workbench.domain import model
from workbench.domain.calendar import (
    Calendarised,
    IssueKind,
    MonthSlice,
    add_months,
    bill_periods,
    calendarise,
    delivery_periods,
    last_twelve_months,
    window_sum,
)
from workbench.domain.energy import EnergyConversion, energy_figures, supply_conversion
from workbench.domain.factors import Factor, FactorLookup
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from workbench.domain.units import Carrier

from .site_warnings import CTX, SiteWarning

KWH, QUANTITY, COST = 0, 1, 2


@dataclass(slots=True)
class SupplyAccount:
    supply: model.EnergySupply
    conversion: EnergyConversion | None
    calendar: Calendarised
    bill_count: int
    delivery_count: int
    bills: list[model.Bill] = field(default_factory=list)

    @property
    def latest_day(self) -> dt.date | None:
        if not self.calendar.months:
            return None
        last = self.calendar.months[-1]
        return last.month + dt.timedelta(days=last.days_in_month - 1)


@dataclass(frozen=True, slots=True)
class Totals:
    kwh: float = 0.0
    toe: float = 0.0
    co2_kg: float = 0.0
    cost: float = 0.0
    factors: tuple[Factor, ...] = ()

    @property
    def cost_per_kwh(self) -> float | None:
        return self.cost / self.kwh if self.kwh else None

    def __add__(self, other: Totals) -> Totals:
        seen = {(f.key, f.scope): f for f in (*self.factors, *other.factors)}
        return Totals(
            self.kwh + other.kwh,
            self.toe + other.toe,
            self.co2_kg + other.co2_kg,
            self.cost + other.cost,
            tuple(seen.values()),
        )


@dataclass(slots=True)
class SiteAccount:
    site: model.Site
    supplies: list[SupplyAccount]
    factors: FactorLookup
    warnings: list[SiteWarning] = field(default_factory=list)

    @property
    def bill_count(self) -> int:
        return sum(s.bill_count for s in self.supplies)

    @property
    def latest_day(self) -> dt.date | None:
        days = [d for d in (s.latest_day for s in self.supplies) if d is not None]
        return max(days) if days else None

    def balance_window(self) -> tuple[dt.date, dt.date] | None:
        """The twelve months the site's balance is drawn over: the auditor's choice, else the latest twelve."""
        end = self.site.balance_period_end
        if end is not None:
            return add_months(end, -11), end
        return self.last_twelve_months()

    def last_twelve_months(self) -> tuple[dt.date, dt.date] | None:
        latest = self._latest_billed_day()
        return last_twelve_months(latest) if latest else None

    def _latest_billed_day(self) -> dt.date | None:
        ends = []
        for s in self.supplies:
            if s.calendar.months:
                last = s.calendar.months[-1]
                # a month only partly billed does not count as billed
                full = last.days_covered >= last.days_in_month - 1
                ends.append(last.month.replace(day=last.days_in_month) if full else last.month - dt.timedelta(days=1))
        return max(ends) if ends else None

    def totals_by_carrier(self, first: dt.date, last: dt.date) -> dict[Carrier, Totals]:
        """Totals per carrier over the months ``first`` … ``last`` (first days of months)."""
        sums: dict[Carrier, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        extra: dict[Carrier, tuple[Factor, ...]] = defaultdict(tuple)
        for account in self.supplies:
            if account.conversion is None:
                continue
            carrier = account.supply.carrier
            values = window_sum(account.calendar.months, first, last, 3)
            for k in range(3):
                sums[carrier][k] += values[k]
            extra[carrier] += account.conversion.factors
        result = {}
        for carrier, (kwh, _quantity, cost) in sums.items():
            try:
                figures = energy_figures(kwh, carrier, self.factors)
            except DomainError as exc:
                self._warn_once("conversion", exc.message)
                figures = None
            factors = {(f.key, f.scope): f for f in (*extra[carrier], *(figures.factors if figures else ()))}
            result[carrier] = Totals(
                kwh,
                figures.toe if figures else 0.0,
                figures.co2_kg if figures else 0.0,
                cost,
                tuple(factors.values()),
            )
        return result

    def totals(self, first: dt.date, last: dt.date) -> Totals:
        total = Totals()
        for carrier_totals in self.totals_by_carrier(first, last).values():
            total = total + carrier_totals
        return total

    def annual_totals(self, year: int) -> dict[Carrier, Totals]:
        return self.totals_by_carrier(dt.date(year, 1, 1), dt.date(year, 12, 1))

    def monthly(self, supply_id: int) -> tuple[MonthSlice, ...]:
        for account in self.supplies:
            if account.supply.id == supply_id:
                return account.calendar.months
        return ()

    def _warn_once(self, kind: str, msg: Message) -> None:
        if not any(w.kind == kind and w.message == msg for w in self.warnings):
            self.warnings.append(SiteWarning(kind, msg))


def build_site_account(
    site: model.Site,
    supplies: Sequence[model.EnergySupply],
    bills: dict[int, list[model.Bill]],
    deliveries: dict[int, list[model.FuelDelivery]],
    factors: FactorLookup,
    today: dt.date | None = None,
) -> SiteAccount:
    from .checks import check_bills

    account = SiteAccount(site, [], factors)
    for supply in supplies:
        supply_bills = bills.get(supply.id, [])
        supply_deliveries = deliveries.get(supply.id, [])
        try:
            conversion = supply_conversion(supply, factors)
        except DomainError as exc:
            conversion = None
            account.warnings.append(SiteWarning("conversion", exc.message, supply.id))
        per_unit = conversion.kwh_per_unit if conversion else 0.0

        def values_of(item: model.Bill | model.FuelDelivery, per_unit: float = per_unit) -> tuple[float, ...]:
            quantity = item.total_quantity if isinstance(item, model.Bill) else item.quantity
            return (quantity * per_unit, quantity, item.cost or 0.0)

        periods = bill_periods(supply_bills, values_of) + delivery_periods(supply_deliveries, values_of)
        calendar = calendarise(periods)
        account.supplies.append(
            SupplyAccount(supply, conversion, calendar, len(supply_bills), len(supply_deliveries), list(supply_bills))
        )
        account.warnings.extend(_coverage_warnings(supply, calendar, {b.id: b for b in supply_bills}))
        account.warnings.extend(_duplicate_warnings(supply, supply_bills))
        account.warnings.extend(check_bills(supply, supply_bills, factors, today))
        if not supply_bills and not supply_deliveries:
            account.warnings.append(
                SiteWarning(
                    "no_bills",
                    message(CTX, QT_TRANSLATE_NOOP("Warnings", "{supply}: no bills yet."), supply=_name(supply)),
                    supply.id,
                )
            )
        if any(b.currency != site.currency for b in supply_bills):
            account.warnings.append(
                SiteWarning(
                    "currency",
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Warnings", "{supply}: some bills are not in {currency}; costs are summed as they are."
                        ),
                        supply=_name(supply),
                        currency=site.currency,
                    ),
                    supply.id,
                )
            )
    return account


def _name(supply: model.EnergySupply) -> Message | str:
    return supply.name or message("Carrier", supply.carrier.label)


def _bill_name(bill: model.Bill | None) -> Message | str:
    if bill is None:
        return "?"
    if bill.invoice_number:
        return message(
            CTX,
            QT_TRANSLATE_NOOP("Warnings", "{number} ({first} – {last})"),
            number=bill.invoice_number,
            first=bill.period_start,
            last=bill.period_end,
        )
    return message(
        CTX, QT_TRANSLATE_NOOP("Warnings", "{first} – {last}"), first=bill.period_start, last=bill.period_end
    )


def _coverage_warnings(
    supply: model.EnergySupply, calendar: Calendarised, bills: dict[int, model.Bill]
) -> Iterable[SiteWarning]:
    for issue in calendar.issues:
        refs = tuple(r for r in (issue.before, issue.after) if r is not None)
        if issue.kind is IssueKind.GAP:
            msg = message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Warnings", "{supply}: no bill covers {first} to {last} ({days} days), after {before}."
                ),
                supply=_name(supply),
                first=issue.first_day,
                last=issue.last_day,
                days=issue.days,
                before=_bill_name(bills.get(issue.before)),
            )
        else:
            msg = message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Warnings", "{supply}: {after} overlaps {before} by {days} days; both are counted in full."
                ),
                supply=_name(supply),
                after=_bill_name(bills.get(issue.after)),
                before=_bill_name(bills.get(issue.before)),
                days=issue.days,
            )
        yield SiteWarning(issue.kind.value, msg, supply.id, refs)


def _duplicate_warnings(supply: model.EnergySupply, bills: Sequence[model.Bill]) -> Iterable[SiteWarning]:
    by_number: dict[str, list[model.Bill]] = defaultdict(list)
    by_content: dict[tuple, list[model.Bill]] = defaultdict(list)
    for bill in bills:
        if bill.invoice_number.strip():
            by_number[bill.invoice_number.strip()].append(bill)
        by_content[(bill.period_start, bill.period_end, bill.cost)].append(bill)
    for number, same in by_number.items():
        if len(same) > 1:
            yield SiteWarning(
                "duplicate_invoice",
                message(
                    CTX,
                    QT_TRANSLATE_NOOP("Warnings", "{supply}: invoice {number} is entered {count} times."),
                    supply=_name(supply),
                    number=number,
                    count=len(same),
                ),
                supply.id,
                tuple(b.id for b in same),
            )
    for (start, end, _cost), same in by_content.items():
        numbers = {b.invoice_number.strip() for b in same}
        if len(same) > 1 and (len(numbers) > 1 or numbers == {""}):
            yield SiteWarning(
                "duplicate_bill",
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Warnings", "{supply}: {count} bills have the same period {first} – {last} and the same cost."
                    ),
                    supply=_name(supply),
                    count=len(same),
                    first=start,
                    last=end,
                ),
                supply.id,
                tuple(b.id for b in same),
            )
