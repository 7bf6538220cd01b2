"""An electricity supply's bills rebuilt from its tariff, beside what was invoiced, and the annual sums.

Each bill goes through the supply's :class:`~workbench.domain.tariffs.Tariff`
(chosen by :func:`~workbench.domain.tariffs.tariff_for`): energy charge by
period, power charge, overrun charge, cos φ surcharge and metering. A bill that
lacks what the formula needs is listed with what it lacks and left out of every
sum — never counted as zero. The annual sums, the subscribed-power curve, the
capacitor bank and the peak-hour shift (:mod:`.tariff_options`) are drawn over
the site's analysis period: the twelve months of its balance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from workbench.domain import model
from workbench.domain.calendar import add_months, month_start
from workbench.domain.factors import Factor, FactorLookup
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, Plural, message
from workbench.domain.tariffs import BillInput, Charges, Tariff, cos_phi, tariff_for
from workbench.domain.units import Carrier

from .accounts import SiteAccount
from .tariff_options import (
    CapacitorStudy,
    PeakShiftStudy,
    SubscribedPowerStudy,
    capacitor_study,
    peak_shift_study,
    subscribed_power_study,
)

CTX = "Tariff"
TOLERANCE_KEY = "tariff.audit.difference_tolerance"
CHARGE_PARTS = ("energy", "power", "overrun", "cos_phi_surcharge", "metering")  # the bars' stack, bottom up


@dataclass(frozen=True, slots=True)
class RebuiltBill:
    bill: model.Bill
    charges: Charges | None  # None: the bill lacks something the formula needs (``missing``)
    missing: tuple[BillInput, ...]
    in_window: bool  # its month is one of the analysis period's twelve
    duplicate: bool  # a second bill for a period already counted (typed twice): shown, not summed
    flagged: bool  # rebuilt and invoiced differ by more than the tolerance

    @property
    def month(self) -> dt.date:
        return bill_month(self.bill)

    @property
    def counted(self) -> bool:
        """Whether the bill is in the annual sums."""
        return self.in_window and not self.duplicate and self.charges is not None

    @property
    def cos_phi(self) -> float | None:
        if self.bill.reactive_kvarh is None:
            return None
        return cos_phi(self.bill.total_quantity, self.bill.reactive_kvarh)

    @property
    def invoiced(self) -> float | None:
        return self.bill.cost

    @property
    def difference(self) -> float | None:
        """Rebuilt minus invoiced, excluding VAT: positive when the invoice is below the tariff."""
        if self.charges is None or self.invoiced is None:
            return None
        return self.charges.total_excl_vat - self.invoiced

    @property
    def relative_difference(self) -> float | None:
        difference = self.difference
        return difference / self.invoiced if difference is not None and self.invoiced else None


@dataclass(frozen=True, slots=True)
class ChargeTotals:
    """The charges of the counted bills added up, with what the same bills invoiced."""

    energy_peak: float = 0.0
    energy_standard: float = 0.0
    energy_offpeak: float = 0.0
    power: float = 0.0
    overrun: float = 0.0
    cos_phi_surcharge: float = 0.0
    metering: float = 0.0
    invoiced: float = 0.0  # of the counted bills that carry an invoiced amount
    difference: float = 0.0  # rebuilt − invoiced over those same bills
    bills: int = 0
    invoiced_bills: int = 0

    @property
    def energy(self) -> float:
        return self.energy_peak + self.energy_standard + self.energy_offpeak

    @property
    def total_excl_vat(self) -> float:
        return self.energy + self.power + self.overrun + self.cos_phi_surcharge + self.metering


@dataclass(frozen=True, slots=True)
class SupplyTariff:
    supply: model.EnergySupply
    tariff: Tariff | None  # None: no tariff model for this supply; nothing below is computed
    window: tuple[dt.date, dt.date] | None
    tolerance: Factor | None
    bills: tuple[RebuiltBill, ...]
    annual: ChargeTotals | None
    subscribed: SubscribedPowerStudy | None
    capacitor: CapacitorStudy | None
    peak_shift: PeakShiftStudy | None
    notes: tuple[Message, ...]
    factors: tuple[Factor, ...] = ()

    @property
    def counted(self) -> tuple[RebuiltBill, ...]:
        return tuple(b for b in self.bills if b.counted)

    @property
    def incomplete(self) -> tuple[RebuiltBill, ...]:
        """The bills that lack something: not rebuilt, or rebuilt with nothing to compare it with."""
        return tuple(b for b in self.bills if b.missing)

    def monthly_charges(self) -> list[tuple[dt.date, Charges]]:
        """The counted bills' charges month by month."""
        # a counted bill is a rebuilt one: its charges are there
        return sorted(((b.month, b.charges) for b in self.counted if b.charges is not None), key=lambda item: item[0])

    def charge_series(self) -> tuple[list[dt.date], dict[str, list[float]]]:
        """The twelve months of the period and, per charge (``CHARGE_PARTS``), its amount in each: what the
        stacked bars show. A month without a rebuilt bill has no bar (the notes say which months)."""
        if self.window is None:
            return [], {}
        months = [add_months(self.window[0], i) for i in range(12)]
        index = {m: i for i, m in enumerate(months)}
        series = {part: [0.0] * 12 for part in CHARGE_PARTS}
        for month, charges in self.monthly_charges():
            for part in CHARGE_PARTS:
                series[part][index[month]] += getattr(charges, part)
        return months, series


def bill_month(bill: model.Bill) -> dt.date:
    """The month a bill stands for: the one its middle day falls in (a read on the 3rd bills the month before)."""
    return month_start(bill.period_start + (bill.period_end - bill.period_start) / 2)


def no_tariff_message(supply: model.EnergySupply) -> Message:
    return message(
        CTX,
        QT_TRANSLATE_NOOP("Tariff", "No tariff model for this supply (tariff option “{option}”)."),
        option=supply.tariff_option or "—",
    )


MIN_SAVING_KEY = "tariff.audit.subscribed_power_min_saving"


def _min_saving_share(factors: FactorLookup) -> float:
    """The materiality threshold of the subscribed-power study; 0 (any saving) for a factor set without it."""
    factor = factors.find(MIN_SAVING_KEY)
    return factor.value if factor is not None else 0.0


def analyse_supply(
    supply: model.EnergySupply,
    bills: Sequence[model.Bill],
    factors: FactorLookup,
    window: tuple[dt.date, dt.date] | None,
    peak_shift: float | None = None,
) -> SupplyTariff:
    """The supply's bills rebuilt and its tariff options studied over ``window`` (first and last months)."""
    tariff = tariff_for(supply, factors)
    if tariff is None:
        return SupplyTariff(supply, None, window, None, (), None, None, None, None, (no_tariff_message(supply),))
    tolerance = factors.get(TOLERANCE_KEY)
    rebuilt = _rebuild(tariff, supply, bills, window, tolerance.value)
    counted = [b for b in rebuilt if b.counted]
    notes = list(_coverage_notes(rebuilt, window))
    subscribed = subscribed_power_study(
        tariff, supply.subscribed_power_kva, _reached_by_month(rebuilt), _min_saving_share(factors)
    )
    if subscribed is None and any(b.in_window for b in rebuilt):
        notes.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Tariff", "No bill of the period gives a reached power in kVA: the subscribed power is not studied."
                ),
            )
        )
    sized = [b.bill for b in rebuilt if b.in_window and not b.duplicate]
    capacitor = capacitor_study(tariff, supply.subscribed_power_kva, sized, [b.bill for b in counted], factors)
    shift = peak_shift_study(tariff, supply.subscribed_power_kva, [b.bill for b in counted], factors, peak_shift)
    used = {f.key: f for f in (*tariff.factors, tolerance, *(capacitor.factors if capacitor else ()))}
    if shift is not None:
        used[shift.factor.key] = shift.factor
    return SupplyTariff(
        supply,
        tariff,
        window,
        tolerance,
        tuple(rebuilt),
        _sum(counted),
        subscribed,
        capacitor,
        shift,
        tuple(notes),
        tuple(used.values()),
    )


def analyse_site(
    account: SiteAccount, supply_id: int | None = None, peak_shift: float | None = None
) -> list[SupplyTariff]:
    """Every electricity supply of a site (or the one ``supply_id``), over the site's analysis period."""
    window = account.balance_window()
    results: list[SupplyTariff] = []
    for supply_account in account.supplies:
        supply = supply_account.supply
        if supply_id is not None and supply.id != supply_id:
            continue
        if supply.carrier is not Carrier.ELECTRICITY:
            if supply_id is not None:
                raise DomainError(
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP("Tariff", "{supply} is not an electricity supply: it has no grid tariff."),
                        supply=supply.name or message("Carrier", supply.carrier.label),
                    )
                )
            continue
        results.append(analyse_supply(supply, supply_account.bills, account.factors, window, peak_shift))
    return results


# --- rebuilding ---------------------------------------------------------------------------------


def _rebuild(
    tariff: Tariff,
    supply: model.EnergySupply,
    bills: Sequence[model.Bill],
    window: tuple[dt.date, dt.date] | None,
    tolerance: float,
) -> list[RebuiltBill]:
    rebuilt: list[RebuiltBill] = []
    seen: set[tuple[dt.date, dt.date]] = set()
    subscribed = supply.subscribed_power_kva
    for bill in sorted(bills, key=lambda b: (b.period_start, b.period_end, b.id or 0)):
        missing = list(tariff.missing_inputs(bill, subscribed))
        # missing_inputs asks for the subscribed power, so a bill with nothing missing has one
        charges = None if missing or subscribed is None else tariff.bill_charges(bill, subscribed)
        if bill.cost is None:
            missing.append(BillInput.INVOICED_AMOUNT)
        month = bill_month(bill)
        in_window = window is not None and window[0] <= month <= window[1]
        period = (bill.period_start, bill.period_end)
        # the auditor's word that a repeated period is a real second bill (``not_duplicate``) is kept
        duplicate = in_window and period in seen and not getattr(bill, "not_duplicate", False)
        if in_window and charges is not None:
            seen.add(period)  # a copy that cannot be rebuilt does not hide a later one that can
        flagged = False
        if charges is not None and bill.cost:
            flagged = abs(charges.total_excl_vat - bill.cost) > tolerance * bill.cost
        rebuilt.append(RebuiltBill(bill, charges, tuple(missing), in_window, duplicate, flagged))
    return rebuilt


def _sum(bills: Sequence[RebuiltBill]) -> ChargeTotals:
    fields = dict.fromkeys(
        ("energy_peak", "energy_standard", "energy_offpeak", "power", "overrun", "cos_phi_surcharge", "metering"), 0.0
    )
    invoiced = difference = 0.0
    invoiced_bills = 0
    for b in bills:
        for name in fields:
            fields[name] += getattr(b.charges, name)
        # a summed bill is rebuilt: it has a difference when it has an invoice
        if b.invoiced is not None and b.difference is not None:
            invoiced += b.invoiced
            difference += b.difference
            invoiced_bills += 1
    return ChargeTotals(
        **fields, invoiced=invoiced, difference=difference, bills=len(bills), invoiced_bills=invoiced_bills
    )


def _reached_by_month(bills: Sequence[RebuiltBill]) -> dict[dt.date, float]:
    """The highest reached power (kVA) of each month of the period; months without one are absent."""
    reached: dict[dt.date, float] = {}
    for b in bills:
        bill = b.bill
        if b.in_window and bill.max_power is not None and BillInput.REACHED_POWER not in b.missing:
            reached[b.month] = max(reached.get(b.month, 0.0), bill.max_power)
    return reached


def _coverage_notes(bills: Sequence[RebuiltBill], window: tuple[dt.date, dt.date] | None) -> Iterator[Message]:
    if window is None:
        yield message(CTX, QT_TRANSLATE_NOOP("Tariff", "No bills yet: nothing to rebuild."))
        return
    counted = {b.month for b in bills if b.counted}
    months = [add_months(window[0], i) for i in range(12)]
    absent = [m for m in months if m not in counted]
    if absent:
        yield message(
            CTX,
            Plural.translate(
                "Tariff",
                "{count} of the 12 months have no bill that can be rebuilt ({months}): "
                "the annual sums cover {covered} months only.",
                None,
                0,
            ),
            plural="count",
            count=len(absent),
            months=", ".join(m.strftime("%m/%Y") for m in absent),
            covered=12 - len(absent),
        )
    duplicates = [b for b in bills if b.duplicate]
    if duplicates:
        yield message(
            CTX,
            Plural.translate(
                "Tariff", "{count} bills repeat a period already billed: each period is summed once.", None, 0
            ),
            plural="count",
            count=len(duplicates),
        )
