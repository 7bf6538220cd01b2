"""Energy carriers, invoice units and their conversion to kWh, toe and kg CO2.

Conversions that depend on a fuel (heating values, densities, GCV/NCV ratios,
emission factors) are never constants here: they come from a
:class:`~workbench.domain.factors.FactorLookup`, and every result says which
factors it used. Only physical definitions are constants.
"""

from __future__ import annotations

from enum import StrEnum

from .messages import QT_TRANSLATE_NOOP, DomainError, message


class Carrier(StrEnum):
    ELECTRICITY = "electricity"
    NATURAL_GAS = "natural_gas"
    PROPANE = "propane"
    BUTANE = "butane"
    HEAVY_FUEL_OIL = "heavy_fuel_oil"
    GAS_OIL = "gas_oil"
    COAL = "coal"
    BIOMASS = "biomass"
    DISTRICT_HEAT = "district_heat"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CARRIER_LABELS[self]

    @property
    def is_fuel(self) -> bool:
        """Fuels burn on site: their kWh depend on a heating value and its basis."""
        return self not in (Carrier.ELECTRICITY, Carrier.DISTRICT_HEAT)

    @property
    def is_bulk(self) -> bool:
        """Bulk fuels are bought by delivery, which is not consumption."""
        return self in BULK_CARRIERS


CARRIER_LABELS: dict[Carrier, str] = {
    Carrier.ELECTRICITY: QT_TRANSLATE_NOOP("Carrier", "Electricity"),
    Carrier.NATURAL_GAS: QT_TRANSLATE_NOOP("Carrier", "Natural gas"),
    Carrier.PROPANE: QT_TRANSLATE_NOOP("Carrier", "Propane"),
    Carrier.BUTANE: QT_TRANSLATE_NOOP("Carrier", "Butane"),
    Carrier.HEAVY_FUEL_OIL: QT_TRANSLATE_NOOP("Carrier", "Heavy fuel oil"),
    Carrier.GAS_OIL: QT_TRANSLATE_NOOP("Carrier", "Gas oil / diesel"),
    Carrier.COAL: QT_TRANSLATE_NOOP("Carrier", "Coal"),
    Carrier.BIOMASS: QT_TRANSLATE_NOOP("Carrier", "Biomass"),
    Carrier.DISTRICT_HEAT: QT_TRANSLATE_NOOP("Carrier", "District heat"),
    Carrier.OTHER: QT_TRANSLATE_NOOP("Carrier", "Other"),
}

BULK_CARRIERS = frozenset(
    {Carrier.PROPANE, Carrier.BUTANE, Carrier.HEAVY_FUEL_OIL, Carrier.GAS_OIL, Carrier.COAL, Carrier.BIOMASS}
)


class Unit(StrEnum):
    """Units a quantity can be invoiced in."""

    KWH = "kWh"
    MWH = "MWh"
    GJ = "GJ"
    THERM = "therm"
    M3 = "m3"
    LITRE = "L"
    KG = "kg"
    TONNE = "t"

    @property
    def is_energy(self) -> bool:
        return self in KWH_PER_ENERGY_UNIT

    @property
    def symbol(self) -> str:
        return "m³" if self is Unit.M3 else self.value


class PowerUnit(StrEnum):
    KW = "kW"
    KVA = "kVA"


class HeatingValueBasis(StrEnum):
    """Gross (GCV, PCS, HHV) or net (NCV, PCI, LHV) calorific value."""

    GCV = "gcv"
    NCV = "ncv"


# Physical definitions, not factors: 1 MWh = 1000 kWh; 1 GJ = 1e9 J / 3.6e6 J;
# 1 therm = 105.505585 MJ (US therm) = 29.3071 kWh (domain-reference §4.4: 29.31).
KWH_PER_ENERGY_UNIT: dict[Unit, float] = {
    Unit.KWH: 1.0,
    Unit.MWH: 1000.0,
    Unit.GJ: 1e9 / 3.6e6,
    Unit.THERM: 105.505585e6 / 3.6e6,
}
KG_PER_TONNE = 1000.0

COMPATIBLE_UNITS: dict[Carrier, frozenset[Unit]] = {
    Carrier.ELECTRICITY: frozenset({Unit.KWH, Unit.MWH}),
    Carrier.NATURAL_GAS: frozenset({Unit.KWH, Unit.MWH, Unit.GJ, Unit.THERM, Unit.M3}),
    Carrier.PROPANE: frozenset({Unit.KG, Unit.TONNE, Unit.LITRE, Unit.KWH, Unit.MWH}),
    Carrier.BUTANE: frozenset({Unit.KG, Unit.TONNE, Unit.LITRE, Unit.KWH, Unit.MWH}),
    Carrier.HEAVY_FUEL_OIL: frozenset({Unit.KG, Unit.TONNE, Unit.LITRE, Unit.KWH, Unit.MWH}),
    Carrier.GAS_OIL: frozenset({Unit.LITRE, Unit.M3, Unit.KG, Unit.TONNE, Unit.KWH, Unit.MWH}),
    Carrier.COAL: frozenset({Unit.KG, Unit.TONNE, Unit.GJ, Unit.KWH, Unit.MWH}),
    Carrier.BIOMASS: frozenset({Unit.KG, Unit.TONNE, Unit.M3, Unit.GJ, Unit.KWH, Unit.MWH}),
    Carrier.DISTRICT_HEAT: frozenset({Unit.KWH, Unit.MWH, Unit.GJ}),
    Carrier.OTHER: frozenset(Unit),
}

DEFAULT_UNIT: dict[Carrier, Unit] = {
    Carrier.ELECTRICITY: Unit.KWH,
    Carrier.NATURAL_GAS: Unit.KWH,
    Carrier.PROPANE: Unit.KG,
    Carrier.BUTANE: Unit.KG,
    Carrier.HEAVY_FUEL_OIL: Unit.KG,
    Carrier.GAS_OIL: Unit.LITRE,
    Carrier.COAL: Unit.TONNE,
    Carrier.BIOMASS: Unit.TONNE,
    Carrier.DISTRICT_HEAT: Unit.KWH,
    Carrier.OTHER: Unit.KWH,
}


def parse_unit(text: str) -> Unit:
    """Read a unit as people write it on invoices (``m³``, ``l``, ``tonnes``…)."""
    key = text.strip().replace("³", "3").replace(" ", "").lower()
    unit = _UNIT_ALIASES.get(key)
    if unit is None:
        raise DomainError(message("Units", QT_TRANSLATE_NOOP("Units", "Unknown unit “{unit}”."), unit=text))
    return unit


_UNIT_ALIASES: dict[str, Unit] = {
    "kwh": Unit.KWH,
    "mwh": Unit.MWH,
    "gj": Unit.GJ,
    "therm": Unit.THERM,
    "therms": Unit.THERM,
    "thm": Unit.THERM,
    "m3": Unit.M3,
    "nm3": Unit.M3,
    "m3(n)": Unit.M3,
    "l": Unit.LITRE,
    "litre": Unit.LITRE,
    "litres": Unit.LITRE,
    "liter": Unit.LITRE,
    "liters": Unit.LITRE,
    "kg": Unit.KG,
    "t": Unit.TONNE,
    "tonne": Unit.TONNE,
    "tonnes": Unit.TONNE,
    "ton": Unit.TONNE,
}
