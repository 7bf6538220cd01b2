"""A supply's load curve read for the auditor: per meter (the registers of one flow and unit on one time line)
its figures, its drawn series and its bills read in it — what the load-curve page and the report section show,
worked out once, in one place.

The site's wall clock is its country's civil time zone (:func:`site_zone`): a meter whose clock ignores the
summer time was placed on UTC by its import; it is shown, like every other, in the time the site lives by.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workbench.domain.factors import FactorLookup
from workbench.domain.load_curve import METER_ZONES, CurveUnit, Flow, RegisterSeries
from workbench.domain.messages import DomainError
from workbench.domain.model import Bill, EnergySupply, OperatingSchedule, Site, stored_id
from workbench.domain.time_of_use import TariffHours
from workbench.domain.units import Carrier

from .load_curve import (
    BillPeriodCheck,
    LoadFigures,
    MeterGrid,
    MonthCoverage,
    bill_checks,
    load_figures,
    meter_grid,
    monthly_coverage,
)
from .load_curve_views import DurationCurve, HeatMap, TypicalDay, duration_curve, heat_map, typical_days

if TYPE_CHECKING:
    from workbench.storage.workspace import Workspace


ROUND_THE_CLOCK = 0.8  # base load over mean power from which a site is read as running all the time


def site_zone(country: str) -> ZoneInfo | None:
    """The civil time zone of a site in ``country`` (ISO code), None when it is not known."""
    name = METER_ZONES.get(country.strip().upper())
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def tariff_hours(country: str, factors: FactorLookup) -> TariffHours | None:
    """The time-of-use windows the curve's energy is split by: ONEE's for a Moroccan site (from its factors,
    which the programme or the site may override), None elsewhere."""
    if country.strip().upper() != "MA":
        return None
    from workbench.domain.tariffs import MoroccoMtTariff

    try:
        return MoroccoMtTariff.from_factors(factors).hours
    except (DomainError, KeyError):
        return None


@dataclass(frozen=True)
class BilledPrice:
    """The mean price of the supply's energy on its bills that the curve meets: every charge excluding VAT
    (power premium and fixed charges included) over the billed kWh."""

    per_kwh: float
    currency: str
    bills: int
    first: dt.date
    last: dt.date


def billed_price(bills: Sequence[Bill], first: dt.date, last: dt.date) -> BilledPrice | None:
    """Over the bills whose period meets ``first`` … ``last`` with both a cost excluding VAT and a quantity;
    None when there is none or their currencies differ (a price is never converted here)."""
    chosen = [
        b
        for b in bills
        if b.period_end >= first
        and b.period_start <= last
        and b.cost_excl_vat is not None
        and (b.total_quantity or 0) > 0
    ]
    if not chosen or len({b.currency for b in chosen}) != 1:
        return None
    kwh = sum(float(b.total_quantity) for b in chosen)
    cost = sum(float(b.cost_excl_vat or 0) for b in chosen)
    return BilledPrice(
        cost / kwh,
        chosen[0].currency,
        len(chosen),
        min(b.period_start for b in chosen),
        max(b.period_end for b in chosen),
    )


@dataclass(frozen=True)
class MeterCurve:
    """One meter of a supply: its registers of ``flow`` and ``unit`` summed on one time line."""

    flow: Flow
    unit: CurveUnit
    registers: tuple[RegisterSeries, ...]
    grid: MeterGrid
    figures: LoadFigures
    heat: HeatMap
    duration: DurationCurve
    typical: tuple[TypicalDay, ...]
    checks: tuple[BillPeriodCheck, ...]  # the bills the curve meets (electricity offtake only)
    price: BilledPrice | None
    coverage: tuple[MonthCoverage, ...] = ()  # each local month the curve meets, counted whole

    @property
    def partial_months(self) -> tuple[MonthCoverage, ...]:
        """The months some interval of which has no reading."""
        return tuple(m for m in self.coverage if m.readings < m.expected)

    @property
    def first_day(self) -> dt.date:
        return self.heat.first_day

    @property
    def last_day(self) -> dt.date:
        return self.heat.day(self.heat.days - 1)

    @property
    def mean_kw(self) -> float | None:
        """The mean power over the intervals with a reading."""
        f = self.figures
        return f.kwh / (f.intervals * self.grid.step_minutes / 60) if f.intervals else None

    @property
    def runs_round_the_clock(self) -> bool:
        """Whether the base load is close to the mean power (≥ 80 %): the site draws about as much at night and
        on days off as when it produces, and its base load is its production, not waste."""
        mean, base = self.mean_kw, self.figures.base_load_kw
        return bool(mean and base is not None and base / mean >= ROUND_THE_CLOCK)

    @property
    def weekend_kwh(self) -> float | None:
        share = self.figures.weekend_share
        return None if share is None else share * self.figures.kwh

    @property
    def off_hours_kwh(self) -> float | None:
        share = self.figures.off_hours_share
        return None if share is None else share * self.figures.kwh

    def cost_of(self, kwh: float | None) -> float | None:
        """``kwh`` at the mean billed price, None without one."""
        if kwh is None or self.price is None:
            return None
        return kwh * self.price.per_kwh


def meter_curves(
    series: Sequence[RegisterSeries],
    zone: ZoneInfo,
    schedule: OperatingSchedule | None = None,
    bills: Sequence[Bill] = (),
    hours: TariffHours | None = None,
) -> list[MeterCurve]:
    """Every meter of a supply's load curve, offtake in kWh first; bills are read against the offtake only."""
    kinds: list[tuple[Flow, CurveUnit]] = []
    for one in series:
        kind = (one.register.flow, one.register.unit)
        if one.blocks and kind not in kinds:
            kinds.append(kind)
    kinds.sort(key=lambda k: (k[0] is not Flow.OFFTAKE, k[1] is not CurveUnit.KWH, k[0].value, k[1].value))
    curves = []
    for flow, unit in kinds:
        grid = meter_grid(series, zone, flow, unit)
        if grid is None:
            continue
        figures = load_figures(grid, schedule)
        heat = heat_map(grid)
        offtake = flow is Flow.OFFTAKE and unit is CurveUnit.KWH
        checks = tuple(bill_checks(grid, bills, hours)) if offtake and bills else ()
        first, last = heat.first_day, heat.day(heat.days - 1)
        curves.append(
            MeterCurve(
                flow,
                unit,
                tuple(s for s in series if s.register.flow is flow and s.register.unit is unit),
                grid,
                figures,
                heat,
                duration_curve(grid),
                tuple(typical_days(heat)),
                checks,
                billed_price(bills, first, last) if offtake else None,
                tuple(monthly_coverage(grid)),
            )
        )
    return curves


def supply_load_curves(workspace: Workspace, supply: EnergySupply, site: Site) -> list[MeterCurve]:
    """A supply's meters as stored, in its site's wall clock (UTC where the country's zone is not known), with
    its bills and its tariff's windows."""
    ident = stored_id(supply)
    registers = workspace.load_curve_registers(ident)
    if not registers:
        return []
    series = [workspace.load_curve(ident, r) for r in registers]
    zone = site_zone(site.country) or ZoneInfo("UTC")
    electricity = supply.carrier is Carrier.ELECTRICITY
    bills = workspace.bills(ident) if electricity else []
    hours = tariff_hours(site.country, workspace.factor_lookup(site)) if electricity else None
    return meter_curves(series, zone, site.schedule, bills, hours)


def offtake_curve(workspace: Workspace, supply: EnergySupply, site: Site) -> MeterCurve | None:
    """The supply's electricity offtake in kWh, the meter a quick scan reads (None without one)."""
    if supply.carrier is not Carrier.ELECTRICITY:
        return None
    curves = supply_load_curves(workspace, supply, site)
    return next((c for c in curves if c.flow is Flow.OFFTAKE and c.unit is CurveUnit.KWH), None)


@dataclass(frozen=True)
class CurveReached:
    """A bill without a reached power, given one by the curve: its period's highest interval power over the
    period's mean power factor (the tariff charges kVA; a meter's curve gives kW)."""

    bill_id: int
    peak_kw: float
    cos_phi: float
    kva: float


def reached_from_curve(curve: MeterCurve, bills: Sequence[Bill]) -> list[CurveReached]:
    """The bills the curve covers whole that give no reached power but give their reactive energy (their
    cos φ): a partly covered period might have had its peak outside the curve, and a kW peak is not a kVA one
    without a power factor."""
    from workbench.domain.tariffs import cos_phi

    by_id = {b.id: b for b in bills if b.id is not None}
    found = []
    for check in curve.checks:
        bill = by_id.get(check.bill_id)
        if bill is None or bill.max_power is not None or check.curve_peak_kw is None or check.coverage < 1:
            continue
        phi = cos_phi(bill.total_quantity, bill.reactive_kvarh) if bill.reactive_kvarh is not None else None
        if not phi:
            continue
        found.append(CurveReached(check.bill_id, check.curve_peak_kw, phi, round(check.curve_peak_kw / phi, 1)))
    return found
