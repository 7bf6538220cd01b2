"""What the tariff lets a site change: the subscribed power, the power factor, the hours it draws in.

Every saving is the tariff's own arithmetic on the site's bills with one thing
changed (the subscribed kVA, the kvarh a capacitor bank removes, a share of
the peak kWh moved to off-peak hours), so it follows the tariff's rules without
copying them here. Figures are per year: when fewer than twelve months can be
used, their sum is scaled to twelve and the assumptions say so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.domain import model
from workbench.domain.factors import Factor, FactorLookup, FactorStatus
from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, Plural, message
from workbench.domain.tariffs import Tariff, TariffModel

CTX = "Tariff"
TARGET_COS_PHI_KEY = "tariff.audit.target_cos_phi"
CAPACITOR_COST_KEY = "tariff.audit.capacitor_cost_per_kvar"
PEAK_SHIFT_KEY = "tariff.audit.peak_shift_share"
SUBSCRIBED_STEP = 5.0  # kVA: a subscribed power is contracted in round figures
CAPACITOR_STEP = 5.0  # kvar: banks are sold in steps; rounding up keeps every month at the target
CURVE_POINTS = 240  # at most, so that a 5 MVA site draws as fast as a 200 kVA one


# --- subscribed power ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SubscribedPowerStudy:
    current_kva: float | None
    recommended_kva: float
    annual_cost_current: float | None  # power + overrun charges per year
    annual_cost_recommended: float
    curve: tuple[tuple[float, float], ...]  # (kVA, annual cost) over a range around the reached powers
    months: int  # months of reached power the costs are drawn from
    overruns_current: int | None  # months above the subscribed power
    overruns_recommended: int
    assumptions: tuple[Message, ...]

    @property
    def annual_saving(self) -> float | None:
        if self.annual_cost_current is None:
            return None
        return self.annual_cost_current - self.annual_cost_recommended


def annual_power_cost(tariff: Tariff, subscribed_kva: float, reached: Sequence[float]) -> float:
    """Power and overrun charges of a year whose months reach ``reached`` (scaled to 12 months)."""
    monthly = sum(sum(tariff.power_charges(subscribed_kva, kva)) for kva in reached)
    return monthly * 12 / len(reached)


def subscribed_power_study(
    tariff: Tariff,
    current_kva: float | None,
    reached_by_month: Mapping[dt.date, float],
    min_saving_share: float = 0.0,
) -> SubscribedPowerStudy | None:
    """The annual cost as a function of the subscribed power, and the value that costs least.

    The cost is piecewise linear in the subscribed power: one kVA less saves a twelfth of the premium every
    month and costs the overrun rate in each month that goes above it; the least cost is where those balance.
    It is searched on multiples of ``SUBSCRIBED_STEP``; between equal costs the higher value is kept. A change
    that saves less than ``min_saving_share`` of today's power and overrun charges is not proposed: a contract
    amendment and more overrun months are not worth a few hundred dirhams.
    """
    if not reached_by_month:
        return None
    reached = list(reached_by_month.values())
    known = [*reached, *([current_kva] if current_kva else [])]
    low = max(SUBSCRIBED_STEP, SUBSCRIBED_STEP * math.floor(0.5 * min(known) / SUBSCRIBED_STEP))
    high = SUBSCRIBED_STEP * math.ceil(1.2 * max(known) / SUBSCRIBED_STEP)
    grid = [low + SUBSCRIBED_STEP * i for i in range(round((high - low) / SUBSCRIBED_STEP) + 1)]
    costs = [annual_power_cost(tariff, kva, reached) for kva in grid]
    best = min(range(len(grid)), key=lambda i: (round(costs[i], 2), -grid[i]))
    recommended, recommended_cost = grid[best], costs[best]
    current_cost: float | None = None
    immaterial = 0.0  # the saving not worth a change of contract; 0 when there is none
    if current_kva:
        current_cost = annual_power_cost(tariff, current_kva, reached)
        if current_cost <= recommended_cost + 0.005:
            recommended, recommended_cost = current_kva, current_cost  # already the cheapest: keep it
        elif current_cost - recommended_cost < min_saving_share * current_cost:
            immaterial = current_cost - recommended_cost
            recommended, recommended_cost = current_kva, current_cost
    stride = max(1, math.ceil(len(grid) / CURVE_POINTS))
    curve = tuple((grid[i], costs[i]) for i in range(0, len(grid), stride))
    months = sorted(reached_by_month)

    def overruns(kva: float) -> int:
        return sum(1 for value in reached if value > kva)

    assumptions = [
        message(
            CTX,
            Plural.translate(
                "Tariff",
                "Costs from the reached power of {count} months ({first} – {last}), "
                "as if the subscribed power had been in force all year.",
                None,
                0,
            ),
            plural="count",
            count=len(months),
            first=months[0].strftime("%m/%Y"),
            last=months[-1].strftime("%m/%Y"),
        ),
    ]
    if len(months) < 12:
        assumptions.append(message(CTX, QT_TRANSLATE_NOOP("Tariff", "Fewer than 12 months: scaled to a year.")))
    assumptions.append(
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Tariff", "Searched in steps of {step} kVA; between equal costs the higher value is kept."
            ),
            step=SUBSCRIBED_STEP,
        )
    )
    assumptions.append(
        message(
            CTX,
            Plural.translate(
                "Tariff", "At {kva} kVA, {count} of the {months} months go over it and pay overruns.", None, 0
            ),
            plural="count",
            kva=recommended,
            count=overruns(recommended),
            months=len(months),
        )
    )
    if immaterial:
        assumptions.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Tariff",
                    "The cheapest subscribed power would save {saving} a year, less than {share}% of these charges: "
                    "not worth a change of contract, the current subscribed power is kept.",
                ),
                saving=round(immaterial),
                share=round(100 * min_saving_share),
            )
        )
    if tariff.model is TariffModel.MA_MT_GENERAL:
        assumptions.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Tariff",
                    "For six months after a change the power charge is billed on the higher of the subscribed "
                    "and reached power, without overrun charges: the first year saves at least as much.",
                ),
            )
        )
    assumptions.append(
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Tariff",
                "How often the subscribed power may be changed, and any minimum the distributor sets, "
                "are to be checked in the contract.",
            ),
        )
    )
    return SubscribedPowerStudy(
        current_kva,
        recommended,
        current_cost,
        recommended_cost,
        curve,
        len(months),
        overruns(current_kva) if current_kva else None,
        overruns(recommended),
        tuple(assumptions),
    )


# --- reactive energy ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CapacitorStudy:
    target_cos_phi: float
    kvar: float  # rounded up to CAPACITOR_STEP
    kvar_exact: float
    sizing_month: dt.date | None  # the month that needs the most
    cost_per_kvar: float
    investment: float
    annual_penalty: float  # the cos φ surcharge of a year as billed now
    annual_saving: float  # what the bank removes of it
    payback_years: float | None
    months: int  # rebuilt bills the saving is drawn from
    months_penalised: int
    factors: tuple[Factor, ...]
    assumptions: tuple[Message, ...]


def capacitor_kvar(bill: model.Bill, target_cos_phi: float) -> float:
    """Q = P × (tan φ1 − tan φ2) with P the bill's mean active power over every hour of its period:
    the smallest bank, in service all month, that lifts the month's average cos φ to the target."""
    kwh = bill.total_quantity
    if not kwh or bill.reactive_kvarh is None:
        return 0.0
    mean_kw = kwh / (bill.days * 24)
    return mean_kw * max(0.0, bill.reactive_kvarh / kwh - _tan(target_cos_phi))


def _tan(cos_phi: float) -> float:
    return math.sqrt(1 - cos_phi**2) / cos_phi


def _rebuilt(figure: float | None) -> float:
    """A figure of a bill the tariff has rebuilt: its ``missing_inputs`` asked for it, so it is there."""
    if figure is None:
        raise TypeError("a rebuilt bill lacks a figure its tariff needs")
    return figure


def capacitor_study(
    tariff: Tariff,
    subscribed_kva: float | None,
    sized: Sequence[model.Bill],
    rebuilt: Sequence[model.Bill],
    factors: FactorLookup,
) -> CapacitorStudy | None:
    """The bank that brings every month of ``sized`` to the target cos φ, and what it saves on ``rebuilt``."""
    with_reactive = [b for b in sized if b.reactive_kvarh is not None and b.total_quantity]
    if not with_reactive or not rebuilt or not subscribed_kva:
        return None
    target = factors.get(TARGET_COS_PHI_KEY)
    price = factors.get(CAPACITOR_COST_KEY)
    needs = [(capacitor_kvar(b, target.value), b.period_start) for b in with_reactive]
    exact, month = max(needs)
    kvar = CAPACITOR_STEP * math.ceil(exact / CAPACITOR_STEP - 1e-9)
    penalty = saving = 0.0
    penalised = 0
    limit = _tan(target.value)
    for bill in rebuilt:
        charges = tariff.bill_charges(bill, subscribed_kva)
        # a regulated bank holds the month at the target; it never removes more than the month drew
        corrected = dataclasses.replace(
            bill, reactive_kvarh=min(_rebuilt(bill.reactive_kvarh), bill.total_quantity * limit)
        )
        penalty += charges.cos_phi_surcharge
        saving += charges.total_excl_vat - tariff.bill_charges(corrected, subscribed_kva).total_excl_vat
        penalised += charges.cos_phi_surcharge > 0
    scale = 12 / len(rebuilt)
    penalty, saving = penalty * scale, saving * scale
    investment = kvar * price.value
    assumptions = [
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Tariff",
                "Q = P × (tan φ1 − tan φ2), P being the month's kWh over every hour of its period "
                "(a bank in service all month); {month} needs the most, {exact} kvar, rounded up to {step} kvar.",
            ),
            month=month.strftime("%m/%Y"),
            exact=round(exact, 1),
            step=CAPACITOR_STEP,
        ),
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Tariff",
                "A bank switched with production, or sized on the peak load, needs more: "
                "size its steps from a load curve.",
            ),
        ),
        message(
            CTX,
            QT_TRANSLATE_NOOP("Tariff", "Installed cost of {price} {unit} to confirm with a supplier's quote."),
            price=price.value,
            unit=price.unit,
        ),
    ]
    if len(rebuilt) < 12:
        assumptions.append(message(CTX, QT_TRANSLATE_NOOP("Tariff", "Fewer than 12 months: scaled to a year.")))
    return CapacitorStudy(
        target.value,
        kvar,
        exact,
        month,
        price.value,
        investment,
        penalty,
        saving,
        investment / saving if saving > 0 else None,
        len(rebuilt),
        penalised,
        (target, price),
        tuple(assumptions),
    )


# --- peak hours ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeakShiftStudy:
    peak_share: float  # of the rebuilt bills' kWh
    shift_share: float  # of the peak kWh moved to off-peak hours
    kwh_moved: float  # per year
    annual_saving: float
    months: int
    factor: Factor


def peak_shift_study(
    tariff: Tariff,
    subscribed_kva: float | None,
    rebuilt: Sequence[model.Bill],
    factors: FactorLookup,
    shift: float | None = None,
) -> PeakShiftStudy | None:
    """What moving ``shift`` of the peak-hour kWh to off-peak hours saves, the reached power and the kvarh
    staying as they are (the share is the factor's unless the caller gives one)."""
    if not rebuilt or not subscribed_kva:
        return None
    factor = factors.get(PEAK_SHIFT_KEY)
    if shift is not None:
        factor = Factor(PEAK_SHIFT_KEY, shift, factor.unit, "—", status=FactorStatus.USER)
    share = factor.value
    peak = sum(_rebuilt(b.quantity_peak) for b in rebuilt)
    total = sum(b.total_quantity for b in rebuilt)
    saving = 0.0
    for bill in rebuilt:
        bill_peak = _rebuilt(bill.quantity_peak)
        moved = bill_peak * share
        shifted = dataclasses.replace(
            bill, quantity_peak=bill_peak - moved, quantity_offpeak=_rebuilt(bill.quantity_offpeak) + moved
        )
        saving += (
            tariff.bill_charges(bill, subscribed_kva).total_excl_vat
            - tariff.bill_charges(shifted, subscribed_kva).total_excl_vat
        )
    scale = 12 / len(rebuilt)
    return PeakShiftStudy(
        peak / total if total else 0.0, share, peak * share * scale, saving * scale, len(rebuilt), factor
    )
