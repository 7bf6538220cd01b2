"""The closed lists of the domain, each with translatable labels."""

from __future__ import annotations

from enum import StrEnum

from .messages import QT_TRANSLATE_NOOP


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class Provenance(StrEnum):
    """Where a figure comes from: the report's "measured vs estimated" statement rests on it."""

    INVOICE = "invoice"
    METER_READING = "meter_reading"
    SPOT_MEASUREMENT = "spot_measurement"
    NAMEPLATE = "nameplate"
    ESTIMATE = "estimate"
    INTERVIEW = "interview"
    DEFAULT = "default"

    @property
    def is_measured(self) -> bool:
        return self in (Provenance.INVOICE, Provenance.METER_READING, Provenance.SPOT_MEASUREMENT)


class VoltageLevel(StrEnum):
    LV = "lv"
    MV = "mv"
    HV = "hv"
    EHV = "ehv"


class EndUse(StrEnum):
    MOTORS = "motors"
    PUMPS = "pumps"
    FANS = "fans"
    COMPRESSED_AIR = "compressed_air"
    LIGHTING = "lighting"
    PROCESS_HEAT = "process_heat"
    BOILERS_STEAM = "boilers_steam"
    HVAC = "hvac"
    REFRIGERATION = "refrigeration"
    OFFICE_IT = "office_it"
    OTHER = "other"


class MeasureStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    IMPLEMENTED = "implemented"


class MeasureCategory(StrEnum):
    NO_COST = "no_cost"
    LOW_COST = "low_cost"
    INVESTMENT = "investment"


class Horizon(StrEnum):
    """When the action plan puts a measure: the auditor's word, else its category's usual horizon."""

    IMMEDIATE = "immediate"  # within three months: settings, schedules, repairs
    SHORT = "short"  # within a year: small purchases
    MEDIUM = "medium"  # one to three years: investments to budget


class MeasureKind(StrEnum):
    """A saving uses less final energy; renewable production (PV, solar heat) buys less of it. Reported apart:
    production is not a cut in what the site uses."""

    SAVING = "saving"
    RENEWABLE = "renewable"


class TariffLever(StrEnum):
    """What a tariff measure changes: its yearly saving is the tariff analysis's, by its own formula (not a
    price per kWh), so that a client can follow it to the rebuilt bills."""

    COS_PHI = "cos_phi"  # a capacitor bank: the cos φ surcharge removed
    SUBSCRIBED_POWER = "subscribed_power"  # the subscribed power set to the cheapest value
    PEAK_SHIFT = "peak_shift"  # a share of peak-hour kWh moved to off-peak hours


LABELS: dict[StrEnum, str] = {
    Language.FR: QT_TRANSLATE_NOOP("Language", "French"),
    Language.EN: QT_TRANSLATE_NOOP("Language", "English"),
    Provenance.INVOICE: QT_TRANSLATE_NOOP("Provenance", "Invoice"),
    Provenance.METER_READING: QT_TRANSLATE_NOOP("Provenance", "Meter reading"),
    Provenance.SPOT_MEASUREMENT: QT_TRANSLATE_NOOP("Provenance", "Spot measurement"),
    Provenance.NAMEPLATE: QT_TRANSLATE_NOOP("Provenance", "Nameplate"),
    Provenance.ESTIMATE: QT_TRANSLATE_NOOP("Provenance", "Estimate"),
    Provenance.INTERVIEW: QT_TRANSLATE_NOOP("Provenance", "Interview"),
    Provenance.DEFAULT: QT_TRANSLATE_NOOP("Provenance", "Default value"),
    VoltageLevel.LV: QT_TRANSLATE_NOOP("VoltageLevel", "Low voltage (LV)"),
    VoltageLevel.MV: QT_TRANSLATE_NOOP("VoltageLevel", "Medium voltage (MV)"),
    VoltageLevel.HV: QT_TRANSLATE_NOOP("VoltageLevel", "High voltage (HV)"),
    VoltageLevel.EHV: QT_TRANSLATE_NOOP("VoltageLevel", "Extra-high voltage (EHV)"),
    EndUse.MOTORS: QT_TRANSLATE_NOOP("EndUse", "Motors and drives"),
    EndUse.PUMPS: QT_TRANSLATE_NOOP("EndUse", "Pumps"),
    EndUse.FANS: QT_TRANSLATE_NOOP("EndUse", "Fans"),
    EndUse.COMPRESSED_AIR: QT_TRANSLATE_NOOP("EndUse", "Compressed air"),
    EndUse.LIGHTING: QT_TRANSLATE_NOOP("EndUse", "Lighting"),
    EndUse.PROCESS_HEAT: QT_TRANSLATE_NOOP("EndUse", "Process heat"),
    EndUse.BOILERS_STEAM: QT_TRANSLATE_NOOP("EndUse", "Boilers and steam"),
    EndUse.HVAC: QT_TRANSLATE_NOOP("EndUse", "HVAC"),
    EndUse.REFRIGERATION: QT_TRANSLATE_NOOP("EndUse", "Refrigeration and cold"),
    EndUse.OFFICE_IT: QT_TRANSLATE_NOOP("EndUse", "Office and IT"),
    EndUse.OTHER: QT_TRANSLATE_NOOP("EndUse", "Other"),
    Horizon.IMMEDIATE: QT_TRANSLATE_NOOP("Horizon", "Immediate (within 3 months)"),
    Horizon.SHORT: QT_TRANSLATE_NOOP("Horizon", "Short term (within a year)"),
    Horizon.MEDIUM: QT_TRANSLATE_NOOP("Horizon", "Medium term (1 to 3 years)"),
    MeasureStatus.PROPOSED: QT_TRANSLATE_NOOP("MeasureStatus", "Proposed"),
    MeasureStatus.ACCEPTED: QT_TRANSLATE_NOOP("MeasureStatus", "Accepted"),
    MeasureStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("MeasureStatus", "Implemented"),
    MeasureCategory.NO_COST: QT_TRANSLATE_NOOP("MeasureCategory", "No cost"),
    MeasureCategory.LOW_COST: QT_TRANSLATE_NOOP("MeasureCategory", "Low cost"),
    MeasureCategory.INVESTMENT: QT_TRANSLATE_NOOP("MeasureCategory", "Investment"),
    MeasureKind.SAVING: QT_TRANSLATE_NOOP("MeasureKind", "Energy saving"),
    MeasureKind.RENEWABLE: QT_TRANSLATE_NOOP("MeasureKind", "Renewable production"),
    TariffLever.COS_PHI: QT_TRANSLATE_NOOP("TariffLever", "cos φ surcharge (capacitor bank)"),
    TariffLever.SUBSCRIBED_POWER: QT_TRANSLATE_NOOP("TariffLever", "Subscribed power"),
    TariffLever.PEAK_SHIFT: QT_TRANSLATE_NOOP("TariffLever", "Peak-hour kWh moved to off-peak hours"),
}


def label_context(value: StrEnum) -> str:
    """The translation context of an enum's label: its class name."""
    return type(value).__name__
