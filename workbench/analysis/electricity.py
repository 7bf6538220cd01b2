"""Month by month for an electricity supply: time-of-use split, reactive energy, reached power, cos φ."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain import model
from workbench.domain.calendar import add_months, bill_periods, calendarise, month_start
from workbench.domain.tariffs import cos_phi


@dataclass(frozen=True, slots=True)
class ElectricityMonth:
    month: dt.date
    peak: float
    standard: float
    offpeak: float
    kwh: float
    kvarh: float
    max_power: float | None  # the highest reached power of the bills covering the month

    @property
    def cos_phi(self) -> float | None:
        return cos_phi(self.kwh, self.kvarh) if self.kvarh else None


def electricity_months(bills: Sequence[model.Bill]) -> list[ElectricityMonth]:
    """Energies are spread over the months by days, like every other figure; the reached power is a
    maximum, so each bill's value is given to every month it covers and the highest one kept."""

    def values(bill: model.Bill) -> tuple[float, ...]:
        peak, standard, offpeak = (q or 0.0 for q in bill.time_of_use)
        return (peak, standard, offpeak, bill.total_quantity, bill.reactive_kvarh or 0.0)

    months = calendarise(bill_periods(bills, values)).months
    power: dict[dt.date, float] = {}
    for bill in bills:
        if bill.max_power is None:
            continue
        month = month_start(bill.period_start)
        while month <= bill.period_end:
            power[month] = max(power.get(month, 0.0), bill.max_power)
            month = add_months(month, 1)
    result = []
    for m in months:
        peak, standard, offpeak, kwh, kvarh = m.values  # in the order ``values`` gives them
        result.append(ElectricityMonth(m.month, peak, standard, offpeak, kwh, kvarh, power.get(m.month)))
    return result
