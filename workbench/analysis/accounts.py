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
from collections.abc import Iterable, Mapping, Sequence
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
    month_end,
    window_sum,
)
from workbench.domain.duplicates import duplicates
from workbench.domain.energy import EnergyConversion, energy_figures, supply_conversion
from workbench.domain.factors import Factor, FactorLookup
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, Plural, message
from workbench.domain.units import Carrier

from .site_warnings import CTX, SiteWarning

# The amounts each month of a supply carries. PRICED_KWH is the kWh of the bills whose cost is known: a bill
# without a cost is *cost unknown*, left out of cost totals and of the average price (never counted as 0).
KWH, QUANTITY, COST, PRICED_KWH = 0, 1, 2, 3
WIDTH = 4


@dataclass(slots=True)
class SupplyAccount:
    supply: model.EnergySupply
    conversion: EnergyConversion | None
    calendar: Calendarised
    bill_count: int
    delivery_count: int
    bills: list[model.Bill] = field(default_factory=list)  # the bills counted (repeats left out)
    duplicates: dict[int, int] = field(default_factory=dict)  # id of a bill left out → id of the one it repeats
    cost_unknown: list[model.Bill] = field(default_factory=list)  # counted bills without a cost

    def full_months(self, first: dt.date, last: dt.date) -> set[dt.date]:
        """The months of ``first`` … ``last`` this supply's bills cover in full (a day short is tolerated:
        consecutive bills may share their boundary day)."""
        return {
            m.month for m in self.calendar.months if first <= m.month <= last and m.days_covered >= m.days_in_month - 1
        }

    @property
    def latest_day(self) -> dt.date | None:
        if not self.calendar.months:
            return None
        last = self.calendar.months[-1]
        return last.month + dt.timedelta(days=last.days_in_month - 1)


@dataclass(frozen=True, slots=True)
class Totals:
    """What a period's bills add up to, and what they cover: ``months_covered`` of its ``months`` are billed in
    full (for a sum of carriers, the least covered one's), and ``priced_kwh`` of its ``kwh`` have a known cost."""

    kwh: float = 0.0
    toe: float = 0.0
    co2_kg: float = 0.0
    cost: float = 0.0
    factors: tuple[Factor, ...] = ()
    priced_kwh: float = 0.0
    months: int = 0
    months_covered: int | None = None  # None: no carrier in the sum

    @property
    def cost_per_kwh(self) -> float | None:
        """The average price of the kWh whose cost is known (bills without a cost would make it look lower)."""
        return self.cost / self.priced_kwh if self.priced_kwh else None

    @property
    def cost_complete(self) -> bool:
        return self.priced_kwh >= self.kwh * (1 - 1e-9)

    @property
    def fully_covered(self) -> bool:
        return self.months_covered is not None and self.months_covered >= self.months

    def __add__(self, other: Totals) -> Totals:
        seen = {(f.key, f.scope): f for f in (*self.factors, *other.factors)}
        covered = [c for c in (self.months_covered, other.months_covered) if c is not None]
        return Totals(
            self.kwh + other.kwh,
            self.toe + other.toe,
            self.co2_kg + other.co2_kg,
            self.cost + other.cost,
            tuple(seen.values()),
            self.priced_kwh + other.priced_kwh,
            max(self.months, other.months),
            min(covered) if covered else None,
        )


# Warnings whose counts and lists are drawn on a set of bills: rebuilt on a window's bills (SiteAccount.warnings_in).
_RECOUNTED = frozenset(
    {
        "cost_unknown",
        "future",
        "low_cos_phi",
        "outlier",
        "period_length",
        "power_overrun",
        "repeated_usage",
        "tou_mismatch",
        "vat_mismatch",
    }
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

    def warnings_in(self, window: tuple[dt.date, dt.date] | None, today: dt.date | None = None) -> list[SiteWarning]:
        """The warnings about the bills of ``window`` (first months of the first and last month), their counts
        and lists drawn on those bills alone: a report on twelve months speaks of those twelve months. A
        warning about the site or a supply as a whole (no bills, a failed conversion) is kept; one about bills
        outside the window is left to the application's pages."""
        from .checks import check_bills

        if window is None:
            return list(self.warnings)
        first, last = window[0], month_end(window[1])

        def inside(bill: model.Bill | None) -> bool:
            return bill is not None and bill.period_start <= last and bill.period_end >= first

        bills = {b.id: b for s in self.supplies for b in s.bills}
        scoped: list[SiteWarning] = []
        for warning in self.warnings:
            if warning.kind in _RECOUNTED:
                continue  # rebuilt below on the window's bills
            if not warning.bill_ids or any(inside(bills.get(i)) for i in warning.bill_ids):
                scoped.append(warning)
        for account in self.supplies:
            counted = [b for b in account.bills if inside(b)]
            scoped.extend(_cost_unknown_warnings(account.supply, [b for b in account.cost_unknown if inside(b)]))
            scoped.extend(check_bills(account.supply, counted, self.factors, today))
        return scoped

    def balance_window(self) -> tuple[dt.date, dt.date] | None:
        """The site's one analysis period: the auditor's choice, else the twelve months ending with the last month
        the site's main carrier covers. Every figure of the site — totals, balance, savings — is drawn over it."""
        end = self.site.balance_period_end
        if end is not None:
            return add_months(end, -11), end
        return self.last_twelve_months()

    def last_twelve_months(self) -> tuple[dt.date, dt.date] | None:
        latest = self._latest_billed_day()
        return last_twelve_months(latest) if latest else None

    def twelve_month_ends(self) -> list[dt.date]:
        """The last months of every twelve consecutive months the bills span, latest first: the analysis
        periods an auditor can choose besides the latest twelve months."""
        months = sorted({m.month for s in self.supplies for m in s.calendar.months})
        return [m for m in reversed(months) if add_months(m, -11) >= months[0]]

    def main_carrier(self) -> Carrier | None:
        """The carrier with the most final energy billed: the one whose bills set the period (a fuel bought twice
        a year must not pull the period past the electricity bills)."""
        kwh: dict[Carrier, float] = defaultdict(float)
        for s in self.supplies:
            if s.conversion is not None:
                kwh[s.supply.carrier] += sum(m.values[KWH] for m in s.calendar.months)
        return max(kwh, key=lambda c: (kwh[c], c.value)) if kwh else None

    def _latest_billed_day(self) -> dt.date | None:
        main = self.main_carrier()
        ends = []
        for s in self.supplies:
            if s.calendar.months and (main is None or s.supply.carrier is main):
                last = s.calendar.months[-1]
                # a month only partly billed does not count as billed
                full = last.days_covered >= last.days_in_month - 1
                ends.append(last.month.replace(day=last.days_in_month) if full else last.month - dt.timedelta(days=1))
        return max(ends) if ends else None

    def annualised_kwh(self, first: dt.date, last: dt.date) -> dict[Carrier, float]:
        """Per carrier, the kWh billed in ``first`` … ``last`` scaled to the whole period by the days its bills
        cover (supply by supply): what a part-covered carrier's balance is compared on, labelled as such."""
        period_days = (month_end(last) - first).days + 1
        result: dict[Carrier, float] = defaultdict(float)
        for s in self.supplies:
            if s.conversion is None:
                continue
            inside = [m for m in s.calendar.months if first <= m.month <= last]
            days = sum(min(m.days_covered, m.days_in_month) for m in inside)
            if days:
                result[s.supply.carrier] += sum(m.values[KWH] for m in inside) * period_days / days
        return dict(result)

    def coverage(self, first: dt.date, last: dt.date) -> dict[Carrier, int]:
        """Per carrier, how many months of ``first`` … ``last`` are billed in full by every supply of it that has
        bills in the period."""
        months: dict[Carrier, list[set[dt.date]]] = defaultdict(list)
        for s in self.supplies:
            if s.conversion is None:
                continue
            if any(first <= m.month <= last for m in s.calendar.months):
                months[s.supply.carrier].append(s.full_months(first, last))
        return {carrier: len(set.intersection(*sets)) for carrier, sets in months.items()}

    def totals_by_carrier(self, first: dt.date, last: dt.date) -> dict[Carrier, Totals]:
        """Totals per carrier over the months ``first`` … ``last`` (first days of months)."""
        sums: dict[Carrier, list[float]] = defaultdict(lambda: [0.0] * WIDTH)
        extra: dict[Carrier, tuple[Factor, ...]] = defaultdict(tuple)
        for account in self.supplies:
            if account.conversion is None:
                continue
            carrier = account.supply.carrier
            values = window_sum(account.calendar.months, first, last, WIDTH)
            for k in range(WIDTH):
                sums[carrier][k] += values[k]
            extra[carrier] += account.conversion.factors
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        covered = self.coverage(first, last)
        result = {}
        for carrier, (kwh, _quantity, cost, priced_kwh) in sums.items():
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
                priced_kwh,
                months,
                covered.get(carrier, 0),
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
        supply_bills = bills.get(model.stored_id(supply), [])
        supply_deliveries = deliveries.get(model.stored_id(supply), [])
        try:
            conversion = supply_conversion(supply, factors)
        except DomainError as exc:
            conversion = None
            account.warnings.append(SiteWarning("conversion", exc.message, supply.id))
        per_unit = conversion.kwh_per_unit if conversion else 0.0

        def values_of(item: model.Bill | model.FuelDelivery, per_unit: float = per_unit) -> tuple[float, ...]:
            quantity = item.total_quantity if isinstance(item, model.Bill) else item.quantity
            cost = item.cost
            kwh = quantity * per_unit
            return (kwh, quantity, cost or 0.0, kwh if cost is not None else 0.0)

        repeated = duplicates(supply_bills)
        counted = [b for b in supply_bills if b.id not in repeated]
        periods = bill_periods(counted, values_of) + delivery_periods(supply_deliveries, values_of)
        calendar = calendarise(periods)
        cost_unknown = [b for b in counted if b.cost is None]
        account.supplies.append(
            SupplyAccount(
                supply,
                conversion,
                calendar,
                len(supply_bills),
                len(supply_deliveries),
                counted,
                repeated,
                cost_unknown,
            )
        )
        by_id = {model.stored_id(b): b for b in supply_bills}
        account.warnings.extend(_coverage_warnings(supply, calendar, by_id))
        account.warnings.extend(_duplicate_warnings(supply, supply_bills, repeated))
        account.warnings.extend(_cost_unknown_warnings(supply, cost_unknown))
        account.warnings.extend(check_bills(supply, counted, factors, today))
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
    account.warnings.extend(_period_coverage_warnings(account))
    return account


def _period_coverage_warnings(account: SiteAccount) -> Iterable[SiteWarning]:
    """A carrier billed for fewer months of the analysis period than it has: its figures cover those months only,
    and the period says which."""
    window = account.balance_window()
    if window is None:
        return
    first, last = window
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    for carrier, covered in sorted(account.coverage(first, last).items(), key=lambda kv: kv[0].value):
        if covered < months:
            yield SiteWarning(
                "period_coverage",
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Warnings",
                        "{carrier}: {covered} of the {months} months from {first} to {last} are billed in full; "
                        "its totals cover those months only, and its balance is annualised from them.",
                    ),
                    carrier=message("Carrier", carrier.label),
                    covered=covered,
                    months=months,
                    first=first,
                    last=month_end(last),
                ),
            )


def _cost_unknown_warnings(supply: model.EnergySupply, bills: Sequence[model.Bill]) -> Iterable[SiteWarning]:
    from .checks import is_incomplete

    bills = [b for b in bills if not is_incomplete(b)]  # a row still being typed has no cost yet, by nature
    if bills:
        yield SiteWarning(
            "cost_unknown",
            message(
                CTX,
                Plural.translate(
                    "Warnings",
                    "{supply}: {count} bills have no cost (cost unknown); they are left out of the cost totals and "
                    "of the average price: {bills}.",
                    None,
                    0,
                ),
                plural="count",
                supply=_name(supply),
                count=len(bills),
                bills=", ".join(b.invoice_number or b.period_start.isoformat() for b in bills[:6])
                + (" …" if len(bills) > 6 else ""),
            ),
            supply.id,
            tuple(b.id for b in bills if b.id is not None),
        )


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


def _named_bill(bills: Mapping[int, model.Bill], ident: int | None) -> Message | str:
    """The name of bill ``ident`` of ``bills``; "?" when there is none."""
    return _bill_name(bills.get(ident) if ident is not None else None)


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
                before=_named_bill(bills, issue.before),
            )
        else:
            msg = message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Warnings", "{supply}: {after} overlaps {before} by {days} days; both are counted in full."
                ),
                supply=_name(supply),
                after=_named_bill(bills, issue.after),
                before=_named_bill(bills, issue.before),
                days=issue.days,
            )
        yield SiteWarning(issue.kind.value, msg, supply.id, refs)


def _duplicate_warnings(
    supply: model.EnergySupply, bills: Sequence[model.Bill], repeated: dict[int, int]
) -> Iterable[SiteWarning]:
    by_id = {b.id: b for b in bills}
    for later, original in repeated.items():
        yield SiteWarning(
            "duplicate_bill",
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Warnings",
                    "{supply}: {bill} repeats {original} (same period and same number or figures); it is left out of "
                    "every total. If they are two real bills, tick “Not a duplicate” on it.",
                ),
                supply=_name(supply),
                bill=_bill_name(by_id.get(later)),
                original=_bill_name(by_id.get(original)),
            ),
            supply.id,
            (later, original),
        )
    # The same number on bills that do not repeat each other (other periods or figures): both are counted, and
    # the auditor is asked to look.
    by_number: dict[str, list[model.Bill]] = defaultdict(list)
    for bill in bills:
        if bill.invoice_number.strip() and bill.id not in repeated:
            by_number[bill.invoice_number.strip()].append(bill)
    for number, same in by_number.items():
        if len(same) > 1:
            yield SiteWarning(
                "duplicate_invoice",
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Warnings", "{supply}: invoice {number} is entered {count} times with different figures."
                    ),
                    supply=_name(supply),
                    number=number,
                    count=len(same),
                ),
                supply.id,
                tuple(model.stored_id(b) for b in same),
            )
