"""Invoice quantities to kWh of final energy (NCV basis), toe and kg CO2.

All carriers are summed on the **net** heating value basis, as the Moroccan
decree 2-17-746 and the IPCC emission factors require (domain-reference §4):
gross-basis kWh (Belgian gas bills) are divided by the carrier's GCV/NCV ratio.
"""

from __future__ import annotations

from dataclasses import dataclass

from .factors import (
    KWH_PER_TOE,
    Factor,
    FactorLookup,
    density_key,
    emission_key,
    gcv_ncv_ratio_key,
    heating_value_key,
)
from .messages import QT_TRANSLATE_NOOP, DomainError, message
from .model import EnergySupply
from .units import KG_PER_TONNE, KWH_PER_ENERGY_UNIT, Carrier, HeatingValueBasis, Unit


@dataclass(frozen=True, slots=True)
class EnergyConversion:
    """How one invoice unit of a supply becomes final kWh on the NCV basis."""

    kwh_per_unit: float
    factors: tuple[Factor, ...]

    def kwh(self, quantity: float) -> float:
        return quantity * self.kwh_per_unit


@dataclass(frozen=True, slots=True)
class EnergyFigures:
    kwh: float
    toe: float
    co2_kg: float
    factors: tuple[Factor, ...]


def supply_conversion(supply: EnergySupply, factors: FactorLookup) -> EnergyConversion:
    """kWh (NCV) per invoice unit of ``supply`` and the factors that gave it."""
    unit, carrier = supply.invoice_unit, supply.carrier
    used: list[Factor] = []
    if unit.is_energy:
        kwh = KWH_PER_ENERGY_UNIT[unit]
        basis = supply.heating_value_basis
    elif supply.heating_value is not None:
        # The supplier's own figure beats any default: it is printed on the invoice.
        kwh = supply.heating_value
        basis = supply.heating_value_basis
    else:
        kwh = _default_heating_value(carrier, unit, factors, used)
        basis = HeatingValueBasis.NCV
    if basis is HeatingValueBasis.GCV and carrier.is_fuel:
        ratio = factors.get(gcv_ncv_ratio_key(carrier))
        used.append(ratio)
        kwh /= ratio.value
    return EnergyConversion(kwh, tuple(used))


def _default_heating_value(carrier: Carrier, unit: Unit, factors: FactorLookup, used: list[Factor]) -> float:
    if unit is Unit.M3:
        factor = factors.get(heating_value_key(carrier, "m3"))
        used.append(factor)
        return factor.value
    per_kg = factors.get(heating_value_key(carrier, "kg"))
    used.append(per_kg)
    if unit is Unit.KG:
        return per_kg.value
    if unit is Unit.TONNE:
        return per_kg.value * KG_PER_TONNE
    if unit is Unit.LITRE:
        density = factors.get(density_key(carrier))
        used.append(density)
        return per_kg.value * density.value
    raise DomainError(
        message(
            "Units",
            QT_TRANSLATE_NOOP("Units", "No conversion from {unit} to kWh for {carrier}."),
            unit=unit.symbol,
            carrier=message("Carrier", carrier.label),
        )
    )


def energy_figures(kwh: float, carrier: Carrier, factors: FactorLookup) -> EnergyFigures:
    """toe and kg CO2 of ``kwh`` final energy (NCV basis) of ``carrier``."""
    per_toe = factors.get(KWH_PER_TOE)
    co2 = factors.get(emission_key(carrier))
    return EnergyFigures(kwh=kwh, toe=kwh / per_toe.value, co2_kg=kwh * co2.value, factors=(per_toe, co2))
