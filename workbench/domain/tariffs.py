"""Grid tariffs as pluggable objects, and the Moroccan medium-voltage "tarif général" (ONEE).

A supply's tariff is chosen by :func:`tariff_for` from a small registry: each
entry says which supplies it prices (carrier, voltage level, tariff option and
whether the factor set holds its prices) and builds a :class:`Tariff` from the
factors. A Belgian grid tariff or another Moroccan distributor is one more entry
with the same interface; a supply no entry claims has no tariff model, and the
analysis says so instead of guessing.

The ONEE MT tarif général (morocco-tariffs-and-reports.md §2.2):

    RC   = pHP·E_HP + pHPL·E_HPL + pHC·E_HC                   energy charge
    RP   = Pf/12 × PS                                           power charge (monthly twelfth)
    RDPS = 1.5 × Pf/12 × (PA − PS)   when PA > PS               overrun charge
    Maj  = 2 % × 100·(0.8 − cos φ) × (RC + RP + RDPS)           when cos φ < 0.8

Prices, the multiplier, the threshold and the surcharge rate are factors
(``tariff.ma_mt.*``), so a site's own contract figures can replace them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from .factors import Factor, FactorLookup
from .messages import QT_TRANSLATE_NOOP
from .model import Bill, EnergySupply
from .time_of_use import SUMMER_DAYS, WINTER_DAYS, SeasonHours, TariffHours
from .units import Carrier, PowerUnit
from .vocab import VoltageLevel

PREFIX = "tariff.ma_mt."
HOUR_KEYS = (
    "hours.standard_start",
    "hours.winter_peak_start",
    "hours.winter_peak_end",
    "hours.summer_peak_start",
    "hours.summer_peak_end",
)
# A bill of the monthly MT tariff covers one calendar month, give or take a meter read a few days off.
MONTHLY_DAYS = (26, 35)


class TariffModel(StrEnum):
    """The tariff implementations the registry knows."""

    MA_MT_GENERAL = "ma_mt_general"


TARIFF_NAMES = {
    TariffModel.MA_MT_GENERAL: QT_TRANSLATE_NOOP("Tariff", "ONEE / Lydec MT general tariff"),
}


class BillInput(StrEnum):
    """What a bill must carry for its amount to be rebuilt (and compared with the invoice)."""

    TIME_OF_USE = "time_of_use"
    REACHED_POWER = "reached_power_kva"
    SUBSCRIBED_POWER = "subscribed_power"
    REACTIVE_ENERGY = "reactive_energy"
    MONTHLY_PERIOD = "monthly_period"
    INVOICED_AMOUNT = "invoiced_amount"


BILL_INPUT_LABELS = {
    BillInput.TIME_OF_USE: QT_TRANSLATE_NOOP("Tariff", "peak / standard / off-peak split"),
    BillInput.REACHED_POWER: QT_TRANSLATE_NOOP("Tariff", "reached power in kVA"),
    BillInput.SUBSCRIBED_POWER: QT_TRANSLATE_NOOP("Tariff", "subscribed power of the supply"),
    BillInput.REACTIVE_ENERGY: QT_TRANSLATE_NOOP("Tariff", "reactive energy (kvarh)"),
    BillInput.MONTHLY_PERIOD: QT_TRANSLATE_NOOP("Tariff", "a period of one month"),
    BillInput.INVOICED_AMOUNT: QT_TRANSLATE_NOOP("Tariff", "invoiced amount excl. VAT"),
}


@dataclass(frozen=True, slots=True)
class Charges:
    """One month's charges excluding VAT, line by line as the bill prints them."""

    energy_peak: float
    energy_standard: float
    energy_offpeak: float
    power: float
    overrun: float
    cos_phi_surcharge: float
    metering: float

    @property
    def energy(self) -> float:
        return self.energy_peak + self.energy_standard + self.energy_offpeak

    @property
    def total_excl_vat(self) -> float:
        return self.energy + self.power + self.overrun + self.cos_phi_surcharge + self.metering


MtCharges = Charges  # the name the first ONEE code used


class Tariff(Protocol):
    """What the analysis asks of any grid tariff."""

    model: TariffModel

    @property
    def factors(self) -> tuple[Factor, ...]:
        """Every factor the tariff prices with, so a figure can say where its numbers came from."""
        ...

    def missing_inputs(self, bill: Bill, subscribed_kva: float | None) -> tuple[BillInput, ...]:
        """What ``bill`` lacks for :meth:`bill_charges`; empty when it can be rebuilt."""
        ...

    def bill_charges(self, bill: Bill, subscribed_kva: float) -> Charges:
        """The bill rebuilt from the tariff (only when :meth:`missing_inputs` is empty)."""
        ...

    def power_charges(self, subscribed_kva: float, reached_kva: float) -> tuple[float, float]:
        """One month's (power charge, overrun charge) for a subscribed and a reached power."""
        ...

    @property
    def energy_prices(self) -> tuple[Factor, Factor, Factor] | None:
        """The energy price of a kWh in peak, standard and off-peak hours (what a saved kWh is worth), or None
        for a tariff that does not price energy by period."""
        ...

    @property
    def hours(self) -> TariffHours | None:
        """The hours of the day of each period in winter and summer, or None when the tariff does not say."""
        ...

    @property
    def hour_factors(self) -> tuple[Factor, ...]:
        """The factors :attr:`hours` is built from."""
        ...


@dataclass(frozen=True, slots=True)
class MoroccoMtTariff:
    model = TariffModel.MA_MT_GENERAL  # a class constant: slots dataclasses leave unannotated names alone

    price_peak: Factor
    price_standard: Factor
    price_offpeak: Factor
    fixed_premium: Factor
    overrun_multiplier: Factor
    cos_phi_threshold: Factor
    surcharge_per_hundredth: Factor
    metering_per_month: Factor
    vat_rate: Factor
    # standard start, winter peak start and end, summer peak start and end (``tariff.ma_mt.hours.*``)
    hour_factors: tuple[Factor, ...] = ()

    @property
    def energy_prices(self) -> tuple[Factor, Factor, Factor]:
        return (self.price_peak, self.price_standard, self.price_offpeak)

    @property
    def hours(self) -> TariffHours | None:
        if len(self.hour_factors) != len(HOUR_KEYS):
            return None
        standard, winter_start, winter_end, summer_start, summer_end = (f.value for f in self.hour_factors)
        try:
            return TariffHours(
                SeasonHours(standard, winter_start, winter_end, WINTER_DAYS),
                SeasonHours(standard, summer_start, summer_end, SUMMER_DAYS),
            )
        except ValueError:  # overridden hours out of order: no split from hours, the bills' split is used
            return None

    @classmethod
    def from_factors(cls, factors: FactorLookup) -> MoroccoMtTariff:
        def get(name: str) -> Factor:
            return factors.get(PREFIX + name)

        return cls(
            get("price.peak"),
            get("price.standard"),
            get("price.offpeak"),
            get("fixed_premium"),
            get("overrun_multiplier"),
            get("cos_phi_threshold"),
            get("cos_phi_surcharge_per_hundredth"),
            get("metering_per_month"),
            get("vat_rate"),
            tuple(f for f in (factors.find(PREFIX + key) for key in HOUR_KEYS) if f is not None),
        )

    @property
    def factors(self) -> tuple[Factor, ...]:
        return (
            self.price_peak,
            self.price_standard,
            self.price_offpeak,
            self.fixed_premium,
            self.overrun_multiplier,
            self.cos_phi_threshold,
            self.surcharge_per_hundredth,
            self.metering_per_month,
        )

    def charges(
        self,
        kwh_peak: float,
        kwh_standard: float,
        kwh_offpeak: float,
        subscribed_kva: float,
        reached_kva: float,
        cos_phi: float,
    ) -> Charges:
        """One month's charges, excluding VAT."""
        power, overrun = self.power_charges(subscribed_kva, reached_kva)
        energy = (
            self.price_peak.value * kwh_peak,
            self.price_standard.value * kwh_standard,
            self.price_offpeak.value * kwh_offpeak,
        )
        shortfall_hundredths = max(0.0, self.cos_phi_threshold.value - cos_phi) * 100
        surcharge = self.surcharge_per_hundredth.value * shortfall_hundredths * (sum(energy) + power + overrun)
        return Charges(*energy, power, overrun, surcharge, self.metering_per_month.value)

    def power_charges(self, subscribed_kva: float, reached_kva: float) -> tuple[float, float]:
        monthly_premium = self.fixed_premium.value / 12
        power = monthly_premium * subscribed_kva
        overrun = self.overrun_multiplier.value * monthly_premium * max(0.0, reached_kva - subscribed_kva)
        return power, overrun

    def missing_inputs(self, bill: Bill, subscribed_kva: float | None) -> tuple[BillInput, ...]:
        missing = []
        if any(q is None for q in bill.time_of_use):
            missing.append(BillInput.TIME_OF_USE)
        if bill.max_power is None or bill.max_power_unit is not PowerUnit.KVA:
            missing.append(BillInput.REACHED_POWER)  # kW would need a cos φ at the peak, which no bill gives
        if not subscribed_kva:
            missing.append(BillInput.SUBSCRIBED_POWER)
        if bill.reactive_kvarh is None or cos_phi(bill.total_quantity, bill.reactive_kvarh) is None:
            missing.append(BillInput.REACTIVE_ENERGY)
        if not MONTHLY_DAYS[0] <= bill.days <= MONTHLY_DAYS[1]:
            missing.append(BillInput.MONTHLY_PERIOD)  # one twelfth of the premium and one meter rental per bill
        return tuple(missing)

    def bill_charges(self, bill: Bill, subscribed_kva: float) -> Charges:
        peak, standard, offpeak = bill.time_of_use
        phi = cos_phi(bill.total_quantity, bill.reactive_kvarh or 0.0)
        if peak is None or standard is None or offpeak is None or bill.max_power is None or phi is None:
            # Not a bill missing_inputs() passes: the arithmetic below would fail on the None, with a TypeError too.
            raise TypeError("bill_charges() takes a bill that missing_inputs() finds complete")
        return self.charges(peak, standard, offpeak, subscribed_kva, bill.max_power, phi)


def cos_phi(kwh: float, kvarh: float) -> float | None:
    """Average power factor of a period: cos φ = kWh / √(kWh² + kvarh²)."""
    apparent = (kwh**2 + kvarh**2) ** 0.5
    return kwh / apparent if apparent else None


# --- the registry ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TariffEntry:
    model: TariffModel
    applies: Callable[[EnergySupply, FactorLookup], bool]
    build: Callable[[FactorLookup], Tariff]


_REGISTRY: list[TariffEntry] = []


def register_tariff(entry: TariffEntry) -> None:
    """Add a tariff implementation; the first entry that applies to a supply wins."""
    _REGISTRY.append(entry)


def tariff_for(supply: EnergySupply, factors: FactorLookup) -> Tariff | None:
    """The tariff that prices ``supply`` with ``factors``, or None when no implementation claims it."""
    for entry in _REGISTRY:
        if entry.applies(supply, factors):
            return entry.build(factors)
    return None


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return set(re.findall(r"[a-z0-9]+", plain))


# Words an option naming the MT general tariff is made of ("Tarif général MT", "MT Général", "MTG"…);
# anything else (super-pointe, TLU, agricole…) is another tariff and gets no model.
_MT_GENERAL_WORDS = {"tarif", "general", "generale", "mt", "mtg", "moyenne", "tension", "onee", "one", "lydec"}


def _is_ma_mt_general(supply: EnergySupply, factors: FactorLookup) -> bool:
    if supply.carrier is not Carrier.ELECTRICITY or factors.find(PREFIX + "price.peak") is None:
        return False  # a factor set without ONEE prices (Belgium) is not priced with them
    words = _words(supply.tariff_option)
    if not words:  # no option typed: the MT general tariff is the one an MT customer has unless it chose another
        return supply.voltage_level is VoltageLevel.MV
    named = words <= _MT_GENERAL_WORDS and bool(words & {"general", "generale", "mtg"})
    return named and supply.voltage_level in (VoltageLevel.MV, None)


register_tariff(TariffEntry(TariffModel.MA_MT_GENERAL, _is_ma_mt_general, MoroccoMtTariff.from_factors))
