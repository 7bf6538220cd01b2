"""The entities of a programme of quick scans.

Programme ▸ Cluster ▸ Site ▸ {EnergySupply ▸ Bill / FuelDelivery, Equipment, Measure}.
Entities are frozen dataclasses: an edit is ``dataclasses.replace`` plus
:func:`~workbench.domain.validation.validate`, then the storage's one mutation
path. ``id`` is ``None`` until the workspace stores the entity.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from .messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from .units import COMPATIBLE_UNITS, Carrier, HeatingValueBasis, PowerUnit, Unit
from .validation import ABSURD, CURRENCY_UNIT, ValidationError, refuse, spec, validate
from .vocab import (
    EndUse,
    Horizon,
    Language,
    MeasureCategory,
    MeasureKind,
    MeasureStatus,
    Provenance,
    TariffLever,
    VoltageLevel,
)

MAX_BILL_DAYS = 372  # a yearly bill plus a week of slack; longer is a typing error

# Units that are words, shown beside their figures in the interface's language (context Units); symbols such
# as kW and m² are the same in every language and stay plain.
HOURS_PER_YEAR_UNIT = QT_TRANSLATE_NOOP("Units", "h/year")
DAYS_UNIT = QT_TRANSLATE_NOOP("Units", "days")
WEEKS_UNIT = QT_TRANSLATE_NOOP("Units", "weeks")
YEARS_UNIT = QT_TRANSLATE_NOOP("Units", "years")


@dataclass(frozen=True, slots=True)
class BilingualText:
    """A narrative text in French and English; a missing language stays missing."""

    fr: str = ""
    en: str = ""

    def text(self, language: Language | str) -> str | None:
        value = self.fr if Language(language) is Language.FR else self.en
        return value if value.strip() else None

    def missing_languages(self) -> tuple[Language, ...]:
        """Languages left empty while the other one has a text."""
        has = {lang: bool(self.text(lang)) for lang in Language}
        if not any(has.values()):
            return ()
        return tuple(lang for lang, present in has.items() if not present)

    @property
    def is_empty(self) -> bool:
        return not (self.fr.strip() or self.en.strip())

    def check(self) -> None:
        if type(self.fr) is str and type(self.en) is str:  # the usual case, without walking the languages
            return
        for lang in Language:
            if not isinstance(getattr(self, lang.value), str):
                raise refuse(
                    BilingualText,
                    lang.value,
                    getattr(self, lang.value),
                    QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a text."),
                )


@dataclass(frozen=True, slots=True)
class OperatingSchedule:
    shifts_per_day: int = spec(QT_TRANSLATE_NOOP("Field", "Shifts per day"), minimum=0, maximum=4, default=1)
    hours_per_shift: float = spec(
        QT_TRANSLATE_NOOP("Field", "Hours per shift"), minimum=0, maximum=24, default=8.0, unit="h"
    )
    days_per_week: float = spec(
        QT_TRANSLATE_NOOP("Field", "Days per week"), minimum=0, maximum=7, default=5.0, unit=DAYS_UNIT
    )
    weeks_per_year: float = spec(
        QT_TRANSLATE_NOOP("Field", "Weeks per year"), minimum=0, maximum=53, default=48.0, unit=WEEKS_UNIT
    )
    # When the first shift starts (hour of the day): where the running hours fall in the tariff's peak,
    # standard and off-peak hours. None: not stated, and the split says what it assumed.
    day_start: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "First shift starts at"), minimum=0, maximum=24, hour_of_day=True
    )

    @property
    def hours_per_day(self) -> float:
        return self.shifts_per_day * self.hours_per_shift

    @property
    def annual_hours(self) -> float:
        """h = hours/day × days/week × weeks/year (domain-reference §6.1)."""
        return self.hours_per_day * self.days_per_week * self.weeks_per_year

    def check(self) -> None:
        if self.hours_per_day > 24:
            raise refuse(
                OperatingSchedule,
                "hours_per_shift",
                self.hours_per_shift,
                QT_TRANSLATE_NOOP("Validation", "{shifts} shifts of {value} h make more than 24 hours a day."),
                shifts=self.shifts_per_day,
            )


@dataclass(frozen=True, slots=True)
class Programme:
    name: str = spec(QT_TRANSLATE_NOOP("Field", "Name"), required=True, default="")
    organiser: str = spec(QT_TRANSLATE_NOOP("Field", "Organiser"), default="")
    partners: str = spec(QT_TRANSLATE_NOOP("Field", "Partners"), default="")
    year: int | None = spec(QT_TRANSLATE_NOOP("Field", "Year"), minimum=1990, maximum=2100)
    currency: str = spec(QT_TRANSLATE_NOOP("Field", "Currency"), required=True, default="MAD")
    report_language: Language = spec(QT_TRANSLATE_NOOP("Field", "Report language"), default=Language.FR)
    factor_set: str = spec(QT_TRANSLATE_NOOP("Field", "Factor set"), required=True, default="MA")
    description: BilingualText = spec(QT_TRANSLATE_NOOP("Field", "Description"), factory=BilingualText)
    # The language names are typed in on site (supplies, equipment, owners): they have no translation, so a
    # report in the other language sets them apart, in italics, and says so.
    names_language: Language = spec(QT_TRANSLATE_NOOP("Field", "Language of the names typed"), default=Language.FR)
    id: int | None = None

    def check(self) -> None:
        _check_currency(Programme, self.currency)


@dataclass(frozen=True, slots=True)
class Cluster:
    name: str = spec(QT_TRANSLATE_NOOP("Field", "Name"), required=True, default="")
    description: BilingualText = spec(QT_TRANSLATE_NOOP("Field", "Description"), factory=BilingualText)
    position: int = 0
    id: int | None = None


_NACE = re.compile(r"^([A-U](\d{2}(\.\d{1,2})?)?|\d{2}(\.\d{1,2})?)$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _check_currency(cls: type, code: str) -> None:
    if not _CURRENCY.match(code):
        raise refuse(
            cls,
            "currency",
            code,
            QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a three-letter currency code."),
        )


@dataclass(frozen=True, slots=True)
class Site:
    cluster_id: int = spec(QT_TRANSLATE_NOOP("Field", "Cluster"), required=True, default=0)
    name: str = spec(QT_TRANSLATE_NOOP("Field", "Name"), required=True, default="")
    company: str = spec(QT_TRANSLATE_NOOP("Field", "Company"), default="")
    activity: BilingualText = spec(QT_TRANSLATE_NOOP("Field", "Activity"), factory=BilingualText)
    nace_code: str = spec(QT_TRANSLATE_NOOP("Field", "NACE code"), default="")
    address: str = spec(QT_TRANSLATE_NOOP("Field", "Address"), default="")
    city: str = spec(QT_TRANSLATE_NOOP("Field", "City"), default="")
    country: str = spec(QT_TRANSLATE_NOOP("Field", "Country"), default="MA")
    currency: str = spec(QT_TRANSLATE_NOOP("Field", "Currency"), required=True, default="MAD")
    floor_area_m2: float | None = spec(QT_TRANSLATE_NOOP("Field", "Floor area"), minimum=0, unit="m²")
    production_volume: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Production per year"), minimum=0, unit="{production_unit}"
    )
    production_unit: str = spec(QT_TRANSLATE_NOOP("Field", "Production unit"), default="")
    schedule: OperatingSchedule = spec(QT_TRANSLATE_NOOP("Field", "Operating schedule"), factory=OperatingSchedule)
    contact: str = spec(QT_TRANSLATE_NOOP("Field", "Contact"), default="")
    audit_date: dt.date | None = spec(QT_TRANSLATE_NOOP("Field", "Audit date"))
    auditor: str = spec(QT_TRANSLATE_NOOP("Field", "Auditor"), default="")
    observations: BilingualText = spec(QT_TRANSLATE_NOOP("Field", "Observations"), factory=BilingualText)
    factor_set: str = spec(QT_TRANSLATE_NOOP("Field", "Factor set"), default="")  # empty: the programme's
    # The last month (its first day) of the twelve the balance, measures and reports are drawn over; None:
    # the latest twelve billed months, following new bills.
    balance_period_end: dt.date | None = spec(QT_TRANSLATE_NOOP("Field", "Balance period"))
    position: int = 0
    id: int | None = None

    def check(self) -> None:
        _check_currency(Site, self.currency)
        if self.balance_period_end is not None and self.balance_period_end.day != 1:
            raise refuse(
                Site,
                "balance_period_end",
                self.balance_period_end,
                QT_TRANSLATE_NOOP("Validation", "{field}: a period ends with a whole month, not on {value}."),
            )
        if self.nace_code and not _NACE.match(self.nace_code.strip()):
            raise refuse(
                Site,
                "nace_code",
                self.nace_code,
                QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a NACE code such as 23.51."),
            )
        if self.country and not _COUNTRY.match(self.country):
            raise refuse(
                Site,
                "country",
                self.country,
                QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a two-letter country code."),
            )


@dataclass(frozen=True, slots=True)
class EnergySupply:
    site_id: int = spec(QT_TRANSLATE_NOOP("Field", "Site"), required=True, default=0)
    carrier: Carrier = spec(QT_TRANSLATE_NOOP("Field", "Energy carrier"), required=True, default=Carrier.ELECTRICITY)
    name: str = spec(QT_TRANSLATE_NOOP("Field", "Name"), default="")
    invoice_unit: Unit = spec(QT_TRANSLATE_NOOP("Field", "Invoice unit"), required=True, default=Unit.KWH)
    supplier: str = spec(QT_TRANSLATE_NOOP("Field", "Supplier"), default="")
    contract_ref: str = spec(QT_TRANSLATE_NOOP("Field", "Contract"), default="")
    meter_ref: str = spec(QT_TRANSLATE_NOOP("Field", "Meter"), default="")
    voltage_level: VoltageLevel | None = spec(QT_TRANSLATE_NOOP("Field", "Voltage level"))
    tariff_option: str = spec(QT_TRANSLATE_NOOP("Field", "Tariff option"), default="")
    subscribed_power_kva: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Subscribed power"), minimum=0, maximum=1e6, unit="kVA"
    )
    # kWh per invoice unit (kWh/m³, kWh/t): what a unit of the bills holds
    heating_value: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Heating value"), minimum=0, maximum=1e5, unit="kWh/{invoice_unit}"
    )
    heating_value_basis: HeatingValueBasis = spec(
        QT_TRANSLATE_NOOP("Field", "Heating value basis"), default=HeatingValueBasis.NCV
    )
    id: int | None = None

    def check(self) -> None:
        if self.invoice_unit not in COMPATIBLE_UNITS[self.carrier]:
            raise refuse(
                EnergySupply,
                "invoice_unit",
                self.invoice_unit.symbol,
                QT_TRANSLATE_NOOP("Validation", "{field}: {value} is not a unit for {carrier}."),
                carrier=_carrier_label(self.carrier),
            )
        if self.heating_value == 0:
            raise refuse(
                EnergySupply, "heating_value", 0, QT_TRANSLATE_NOOP("Validation", "{field} must be greater than zero.")
            )

    @property
    def display_name(self) -> str:
        return self.name or self.carrier.label


def _carrier_label(carrier: Carrier) -> Message:
    return message("Carrier", carrier.label)


class MeterRegister(StrEnum):
    """A register of a meter: the whole consumption, a time-of-use period, or the reactive energy."""

    TOTAL = "total"
    PEAK = "peak"  # heures de pointe (ONEE HP)
    STANDARD = "standard"  # heures pleines (HPl), jour, dag
    OFFPEAK = "offpeak"  # heures creuses (HC), nuit, nacht
    REACTIVE = "reactive"  # kvarh


@dataclass(frozen=True, slots=True)
class MeterReading:
    """The two index readings a bill's consumption of one register was worked out from:
    (current − previous) × multiplier, or, past a rollover, (10^digits − previous + current) × multiplier."""

    register: MeterRegister
    previous: float
    current: float
    multiplier: float = 1.0  # coefficient de lecture, CT ratio
    rollover_digits: int | None = None  # the counter's digits, when it passed 99…9 during the period

    @property
    def consumption(self) -> float:
        advance = self.current - self.previous
        if self.rollover_digits is not None:
            advance += 10**self.rollover_digits
        return advance * self.multiplier


@dataclass(frozen=True, slots=True)
class Bill:
    """One invoice of a supply: a period (both ends included) and what was billed for it."""

    supply_id: int = spec(QT_TRANSLATE_NOOP("Field", "Supply"), required=True, default=0)
    period_start: dt.date = spec(QT_TRANSLATE_NOOP("Field", "Start"), required=True, default=dt.date(2000, 1, 1))
    period_end: dt.date = spec(QT_TRANSLATE_NOOP("Field", "End"), required=True, default=dt.date(2000, 1, 31))
    quantity: float | None = spec(QT_TRANSLATE_NOOP("Field", "Quantity"), minimum=0)
    quantity_peak: float | None = spec(QT_TRANSLATE_NOOP("Field", "Peak hours"), minimum=0)
    quantity_standard: float | None = spec(QT_TRANSLATE_NOOP("Field", "Standard hours"), minimum=0)
    quantity_offpeak: float | None = spec(QT_TRANSLATE_NOOP("Field", "Off-peak hours"), minimum=0)
    max_power: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Reached power"), minimum=0, maximum=1e6, unit="{max_power_unit}"
    )
    max_power_unit: PowerUnit = spec(QT_TRANSLATE_NOOP("Field", "Reached power unit"), default=PowerUnit.KVA)
    reactive_kvarh: float | None = spec(QT_TRANSLATE_NOOP("Field", "Reactive energy"), minimum=0, unit="kvarh")
    cost_excl_vat: float | None = spec(QT_TRANSLATE_NOOP("Field", "Cost excl. VAT"), minimum=0, unit=CURRENCY_UNIT)
    vat: float | None = spec(QT_TRANSLATE_NOOP("Field", "VAT"), minimum=0, unit=CURRENCY_UNIT)
    cost_incl_vat: float | None = spec(QT_TRANSLATE_NOOP("Field", "Cost incl. VAT"), minimum=0, unit=CURRENCY_UNIT)
    currency: str = spec(QT_TRANSLATE_NOOP("Field", "Currency"), required=True, default="MAD")
    invoice_number: str = spec(QT_TRANSLATE_NOOP("Field", "Invoice number"), default="")
    estimated: bool = spec(QT_TRANSLATE_NOOP("Field", "Estimated"), default=False)
    provenance: Provenance = spec(QT_TRANSLATE_NOOP("Field", "Provenance"), default=Provenance.INVOICE)
    attachment_id: int | None = spec(QT_TRANSLATE_NOOP("Field", "Source document"))
    note: str = spec(QT_TRANSLATE_NOOP("Field", "Note"), default="")
    # The auditor's word that this bill, though it repeats another's period and figures, is a real second bill.
    not_duplicate: bool = spec(QT_TRANSLATE_NOOP("Field", "Not a duplicate"), default=False)
    readings: tuple[MeterReading, ...] = ()  # the meter indexes the quantities were worked out from, if any
    id: int | None = None

    @property
    def days(self) -> int:
        return (self.period_end - self.period_start).days + 1

    @property
    def time_of_use(self) -> tuple[float | None, float | None, float | None]:
        return (self.quantity_peak, self.quantity_standard, self.quantity_offpeak)

    @property
    def has_time_of_use(self) -> bool:
        return self.quantity_peak is not None or self.quantity_standard is not None or self.quantity_offpeak is not None

    @property
    def total_quantity(self) -> float:
        """The billed quantity: the single total, or the sum of the time-of-use periods."""
        if self.quantity is not None:
            return self.quantity
        return sum(q for q in self.time_of_use if q is not None)

    def inconsistencies(self) -> tuple[ValidationError, ...]:
        """Rules between fields of a complete invoice: the time-of-use periods add up to the total, and the
        amount excluding VAT plus the VAT is the amount including it.

        They are not part of :meth:`check`: a bill typed by hand is filled one cell at a time, and a typed value
        is never dropped for a rule that only a finished row can satisfy. The bills editor shows them on the row,
        the bill checks name the bills, and an import (whose rows are complete) refuses the row.
        """
        problems: list[ValidationError] = []
        if self.quantity is not None and self.has_time_of_use:
            parts = sum(q for q in self.time_of_use if q is not None)
            if abs(parts - self.quantity) > 1 + 0.001 * self.quantity:
                problems.append(
                    refuse(
                        Bill,
                        "quantity",
                        self.quantity,
                        QT_TRANSLATE_NOOP(
                            "Validation", "{field} {value} differs from the sum of the time-of-use periods ({parts})."
                        ),
                        parts=parts,
                    )
                )
        if self.cost_excl_vat is not None and self.vat is not None and self.cost_incl_vat is not None:
            expected = self.cost_excl_vat + self.vat
            if abs(expected - self.cost_incl_vat) > 1 + 0.01 * expected:
                problems.append(
                    refuse(
                        Bill,
                        "cost_incl_vat",
                        self.cost_incl_vat,
                        QT_TRANSLATE_NOOP(
                            "Validation", "{field} {value} is not the cost excluding VAT plus the VAT ({expected})."
                        ),
                        expected=round(expected, 2),
                    )
                )
        return tuple(problems)

    @property
    def cost(self) -> float | None:
        """Cost excluding VAT — what a company that recovers VAT pays."""
        if self.cost_excl_vat is not None:
            return self.cost_excl_vat
        if self.cost_incl_vat is not None and self.vat is not None:
            return self.cost_incl_vat - self.vat
        return None

    def check(self) -> None:
        if self.period_end < self.period_start:
            raise refuse(
                Bill,
                "period_end",
                self.period_end,
                QT_TRANSLATE_NOOP("Validation", "The period ends on {value}, before it starts on {start}."),
                start=self.period_start,
            )
        if self.days > MAX_BILL_DAYS:
            raise refuse(
                Bill,
                "period_end",
                self.period_end,
                QT_TRANSLATE_NOOP("Validation", "The period lasts {days} days; a bill covers at most {maximum} days."),
                days=self.days,
                maximum=MAX_BILL_DAYS,
            )
        if self.quantity is None and not self.has_time_of_use:
            raise refuse(Bill, "quantity", None, QT_TRANSLATE_NOOP("Validation", "{field} is required."))
        _check_currency(Bill, self.currency)


@dataclass(frozen=True, slots=True)
class FuelDelivery:
    """A delivery of a bulk fuel into a tank: a purchase, not a consumption."""

    supply_id: int = spec(QT_TRANSLATE_NOOP("Field", "Supply"), required=True, default=0)
    delivery_date: dt.date = spec(
        QT_TRANSLATE_NOOP("Field", "Delivery date"), required=True, default=dt.date(2000, 1, 1)
    )
    quantity: float = spec(QT_TRANSLATE_NOOP("Field", "Quantity"), required=True, minimum=0, default=0.0)
    unit_price: float | None = spec(QT_TRANSLATE_NOOP("Field", "Unit price"), minimum=0)
    cost_excl_vat: float | None = spec(QT_TRANSLATE_NOOP("Field", "Cost excl. VAT"), minimum=0, unit=CURRENCY_UNIT)
    vat: float | None = spec(QT_TRANSLATE_NOOP("Field", "VAT"), minimum=0, unit=CURRENCY_UNIT)
    currency: str = spec(QT_TRANSLATE_NOOP("Field", "Currency"), required=True, default="MAD")
    delivery_note: str = spec(QT_TRANSLATE_NOOP("Field", "Delivery note"), default="")
    provenance: Provenance = spec(QT_TRANSLATE_NOOP("Field", "Provenance"), default=Provenance.INVOICE)
    attachment_id: int | None = spec(QT_TRANSLATE_NOOP("Field", "Source document"))
    id: int | None = None

    @property
    def cost(self) -> float | None:
        if self.cost_excl_vat is not None:
            return self.cost_excl_vat
        if self.unit_price is not None:
            return self.unit_price * self.quantity
        return None

    def check(self) -> None:
        _check_currency(FuelDelivery, self.currency)


class EfficiencyClass(StrEnum):
    """IEC 60034-30-1 motor efficiency classes."""

    NONE = ""
    IE1 = "IE1"
    IE2 = "IE2"
    IE3 = "IE3"
    IE4 = "IE4"


@dataclass(frozen=True, slots=True)
class Equipment:
    """An item of the inventory. ``rated_power`` is the shaft power of motors, pumps, fans and compressors
    and the input power of everything else (lamps, heaters, burners)."""

    site_id: int = spec(QT_TRANSLATE_NOOP("Field", "Site"), required=True, default=0)
    name: str = spec(QT_TRANSLATE_NOOP("Field", "Name"), required=True, default="")
    end_use: EndUse = spec(QT_TRANSLATE_NOOP("Field", "End use"), default=EndUse.OTHER)
    carrier: Carrier = spec(QT_TRANSLATE_NOOP("Field", "Energy carrier"), default=Carrier.ELECTRICITY)
    rated_power: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Rated power"), minimum=0, maximum=1e5, unit="{power_unit}"
    )
    power_unit: PowerUnit = spec(QT_TRANSLATE_NOOP("Field", "Power unit"), default=PowerUnit.KW)
    quantity: int = spec(QT_TRANSLATE_NOOP("Field", "Quantity"), minimum=1, maximum=100_000, default=1)
    load_factor: float | None = spec(QT_TRANSLATE_NOOP("Field", "Load factor"), minimum=0, maximum=1)
    annual_hours: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Hours per year"), minimum=0, maximum=8784, unit=HOURS_PER_YEAR_UNIT
    )
    efficiency: float | None = spec(QT_TRANSLATE_NOOP("Field", "Efficiency"), minimum=0.01, maximum=10)
    location: str = spec(QT_TRANSLATE_NOOP("Field", "Location"), default="")
    provenance: dict[str, Provenance] = field(default_factory=dict)
    notes: BilingualText = spec(QT_TRANSLATE_NOOP("Field", "Notes"), factory=BilingualText)
    position: int = 0
    efficiency_class: EfficiencyClass = spec(
        QT_TRANSLATE_NOOP("Field", "Efficiency class"), default=EfficiencyClass.NONE
    )
    fixture_watts: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Watts per fixture"), minimum=0, maximum=100_000, unit="W"
    )
    loaded_power_kw: float | None = spec(QT_TRANSLATE_NOOP("Field", "Loaded power"), minimum=0, maximum=1e5, unit="kW")
    unloaded_power_kw: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Unloaded power"), minimum=0, maximum=1e5, unit="kW"
    )
    loaded_hours: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Loaded hours per year"), minimum=0, maximum=8784, unit=HOURS_PER_YEAR_UNIT
    )
    unloaded_hours: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Unloaded hours per year"), minimum=0, maximum=8784, unit=HOURS_PER_YEAR_UNIT
    )
    free_air_m3_min: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Free air delivery"), minimum=0, maximum=10_000, unit="m³/min"
    )
    pressure_bar: float | None = spec(QT_TRANSLATE_NOOP("Field", "Pressure"), minimum=0, maximum=400, unit="bar")
    runs_in_peak: bool | None = spec(QT_TRANSLATE_NOOP("Field", "Runs in peak hours"))
    photo_ids: tuple[int, ...] = ()  # attachments: photos of the nameplate and the installation
    id: int | None = None

    def check(self) -> None:
        for name, value in self.provenance.items():
            if not isinstance(value, Provenance):
                raise refuse(
                    Equipment,
                    name,
                    value,
                    QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not one of the choices."),
                )
        hours = (self.loaded_hours or 0) + (self.unloaded_hours or 0)
        if hours > 8784:
            raise refuse(
                Equipment,
                "unloaded_hours",
                self.unloaded_hours,
                QT_TRANSLATE_NOOP("Validation", "Loaded and unloaded hours add up to more than a year ({hours} h)."),
                hours=hours,
            )


@dataclass(frozen=True, slots=True)
class MeasureSaving:
    """Energy a measure saves on one carrier: so many kWh a year, or a share of what its end use still uses
    after the measures before it (shares are applied one after the other, never added)."""

    carrier: Carrier = spec(QT_TRANSLATE_NOOP("Field", "Energy carrier"), required=True, default=Carrier.ELECTRICITY)
    kwh: float = spec(QT_TRANSLATE_NOOP("Field", "Energy saved"), required=True, minimum=0, default=0.0, unit="kWh")
    share: float | None = spec(QT_TRANSLATE_NOOP("Field", "Share of the end use saved"), minimum=0, maximum=1)


@dataclass(frozen=True, slots=True)
class Measure:
    site_id: int = spec(QT_TRANSLATE_NOOP("Field", "Site"), required=True, default=0)
    title: BilingualText = spec(QT_TRANSLATE_NOOP("Field", "Title"), factory=BilingualText)
    description: BilingualText = spec(QT_TRANSLATE_NOOP("Field", "Description"), factory=BilingualText)
    end_use: EndUse = spec(QT_TRANSLATE_NOOP("Field", "End use"), default=EndUse.OTHER)
    savings: tuple[MeasureSaving, ...] = ()
    cost_savings: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Cost savings per year"), minimum=0, unit=CURRENCY_UNIT
    )
    investment: float | None = spec(QT_TRANSLATE_NOOP("Field", "Investment"), minimum=0, unit=CURRENCY_UNIT)
    category: MeasureCategory = spec(QT_TRANSLATE_NOOP("Field", "Category"), default=MeasureCategory.LOW_COST)
    kind: MeasureKind = spec(QT_TRANSLATE_NOOP("Field", "Kind"), default=MeasureKind.SAVING)
    tariff_lever: TariffLever | None = spec(QT_TRANSLATE_NOOP("Field", "Tariff lever"))
    # When the saving falls in other hours than the site's bills (lighting by day, a night shift), its own split.
    tou_peak: float | None = spec(QT_TRANSLATE_NOOP("Field", "Share in peak hours"), minimum=0, maximum=1)
    tou_standard: float | None = spec(QT_TRANSLATE_NOOP("Field", "Share in standard hours"), minimum=0, maximum=1)
    tou_offpeak: float | None = spec(QT_TRANSLATE_NOOP("Field", "Share in off-peak hours"), minimum=0, maximum=1)
    # Renewable production: the share used on site (None: all of it); only that share avoids purchases.
    self_consumption: float | None = spec(QT_TRANSLATE_NOOP("Field", "Share used on site"), minimum=0, maximum=1)
    status: MeasureStatus = spec(QT_TRANSLATE_NOOP("Field", "Status"), default=MeasureStatus.PROPOSED)
    provenance: Provenance = spec(QT_TRANSLATE_NOOP("Field", "Provenance"), default=Provenance.ESTIMATE)
    position: int = 0
    equipment_ids: tuple[int, ...] = ()
    # The action plan: how long the saving lasts (for its net present value), when and by whom it is done.
    lifetime_years: float | None = spec(
        QT_TRANSLATE_NOOP("Field", "Lifetime (years)"), minimum=0.5, maximum=50, unit=YEARS_UNIT
    )
    horizon: Horizon | None = spec(QT_TRANSLATE_NOOP("Field", "Horizon"))  # None: its category's
    owner: str = spec(QT_TRANSLATE_NOOP("Field", "Owner"), default="")
    id: int | None = None

    @property
    def energy_savings_kwh(self) -> float:
        return sum(s.kwh for s in self.savings)

    @property
    def simple_payback_years(self) -> float | None:
        """investment / annual cost savings (domain-reference §5.3); None when nothing is saved."""
        if self.investment is None or not self.cost_savings:
            return None
        return self.investment / self.cost_savings

    def check(self) -> None:
        if self.title.is_empty:
            raise refuse(Measure, "title", "", QT_TRANSLATE_NOOP("Validation", "{field} is required."))
        for saving in self.savings:
            if not isinstance(saving, MeasureSaving):
                raise refuse(
                    Measure, "savings", saving, QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not valid.")
                )
            validate(saving)
            if saving.kwh > ABSURD:
                raise refuse(
                    Measure,
                    "savings",
                    saving.kwh,
                    QT_TRANSLATE_NOOP("Validation", "{field}: {value} is not a plausible value."),
                )


@dataclass(frozen=True, slots=True)
class Attachment:
    """A source document (invoice PDF, photo) kept inside the workspace file."""

    filename: str = spec(QT_TRANSLATE_NOOP("Field", "File name"), required=True, default="")
    media_type: str = spec(QT_TRANSLATE_NOOP("Field", "Type"), default="application/octet-stream")
    size: int = 0
    sha256: str = ""
    id: int | None = None


MAX_PHOTO_BYTES = 15 * 1024 * 1024  # a phone's photo is 2–8 MB; more is a scan or a raw file, not a site photo
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"


class PhotoType(StrEnum):
    """The formats a site photo may be kept in: what Word, LibreOffice and every viewer show."""

    JPEG = "image/jpeg"
    PNG = "image/png"


def photo_type(data: bytes) -> PhotoType | None:
    """The format ``data`` is in, read from its first bytes (never from a file name); None for anything else."""
    if data[:8] == _PNG_SIGNATURE and data[12:16] == b"IHDR":
        return PhotoType.PNG
    if data[:3] == _JPEG_SIGNATURE:
        return PhotoType.JPEG
    return None


def check_photo(filename: str, data: bytes) -> PhotoType:
    """The format of the photo ``filename``, or a :class:`DomainError` naming it when it is not a JPEG or PNG
    image or is larger than :data:`MAX_PHOTO_BYTES`."""
    kind = photo_type(data)
    if kind is None:
        raise DomainError(
            message(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "“{file}” is not a photo in JPEG or PNG format."),
                file=filename,
            )
        )
    if len(data) > MAX_PHOTO_BYTES:
        raise DomainError(
            message(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "“{file}” takes {size} MB; a photo may take at most {maximum} MB."),
                file=filename,
                size=round(len(data) / 1024 / 1024, 1),
                maximum=MAX_PHOTO_BYTES // (1024 * 1024),
            )
        )
    return kind


@dataclass(frozen=True, slots=True)
class SitePhoto:
    """A photo of a site, kept in the workspace file as it was given (its bytes are read apart, never held
    here). ``in_report``: the auditor chose it for the report's annex, where it appears in ``position`` order
    with its caption in the report's language."""

    site_id: int = spec(QT_TRANSLATE_NOOP("Field", "Site"), required=True, default=0)
    filename: str = spec(QT_TRANSLATE_NOOP("Field", "File name"), required=True, default="")
    media_type: PhotoType = spec(QT_TRANSLATE_NOOP("Field", "Type"), default=PhotoType.JPEG)
    caption: BilingualText = spec(QT_TRANSLATE_NOOP("Field", "Caption"), factory=BilingualText)
    position: int = 0
    in_report: bool = spec(QT_TRANSLATE_NOOP("Field", "In the report"), default=False)
    taken: dt.date | None = spec(QT_TRANSLATE_NOOP("Field", "Date taken"))
    size: int = 0  # bytes
    sha256: str = ""
    id: int | None = None


ENTITY_TYPES = (Programme, Cluster, Site, EnergySupply, Bill, FuelDelivery, Equipment, Measure, Attachment)


# Every kind of entity the workspace stores under an id of its own.
StoredEntity = (
    Programme | Cluster | Site | EnergySupply | Bill | FuelDelivery | Equipment | Measure | Attachment | SitePhoto
)


class UnstoredEntityError(LookupError):
    """An entity read as stored had no id: a programming error, never something a user can cause."""


def stored_id(entity: StoredEntity) -> int:
    """The id of an entity the workspace has stored (every entity read back from it has one)."""
    if entity.id is None:
        raise UnstoredEntityError(f"{type(entity).__name__} has not been stored yet")
    return entity.id
