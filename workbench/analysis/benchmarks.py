"""A site's specific energy consumption set against the sector benchmarks for its NACE code.

For each benchmark of the site's NACE code, the site's figure is its final energy of the benchmark's kind
(electricity, fuels, or both) over the analysis window, divided by its production per year, in kWh per the
benchmark's unit. A benchmark whose unit the site's production is not counted in (m² against t, t cement
against t clinker) is returned as not comparable, with the reason, so that the report can say so rather than set
apples against pears.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from workbench.domain import model
from workbench.domain.benchmarks import Benchmark, BenchmarkSet, IndicatorKind, UnitMatch
from workbench.domain.units import Carrier

from .accounts import SiteAccount, Totals


class Position(StrEnum):
    """Where the site's figure stands against the range."""

    BELOW = "below"
    WITHIN = "within"  # for a single value: equal to it
    ABOVE = "above"


class NotComparable(StrEnum):
    """Why a benchmark of the site's sector is not set against the site."""

    NO_PRODUCTION = "no_production"  # no production per year, or no unit for it
    UNIT = "unit"  # the production is counted in another unit, or names another product
    PRODUCT_UNNAMED = "product_unnamed"  # a bare "t" where the sector makes several products (lime, plaster)
    NO_ENERGY = "no_energy"  # the invoices of the window hold none of the energy the range counts


@dataclass(frozen=True, slots=True)
class SiteEnergy:
    """The site's final energy over a window, split as the benchmarks count it."""

    electricity_kwh: float = 0.0
    thermal_kwh: float = 0.0  # every other carrier: fuels on the NCV basis, purchased heat
    fuels: tuple[Carrier, ...] = ()  # the carriers in ``thermal_kwh``, most kWh first
    partial: tuple[Carrier, ...] = ()  # carriers whose invoices do not cover the whole window

    def kwh(self, kind: IndicatorKind) -> float:
        if kind is IndicatorKind.ELECTRICITY:
            return self.electricity_kwh
        if kind is IndicatorKind.THERMAL:
            return self.thermal_kwh
        return self.electricity_kwh + self.thermal_kwh

    def carriers(self, kind: IndicatorKind) -> tuple[Carrier, ...]:
        electricity = (Carrier.ELECTRICITY,) if self.electricity_kwh > 0 else ()
        if kind is IndicatorKind.ELECTRICITY:
            return electricity
        if kind is IndicatorKind.THERMAL:
            return self.fuels
        return electricity + self.fuels


def site_energy(account: SiteAccount, window: tuple[dt.date, dt.date]) -> SiteEnergy:
    """Electricity and the other carriers' kWh over ``window`` (first days of its first and last months), as the
    report's indicators total them (``account.totals``)."""
    by_carrier = account.totals_by_carrier(*window)
    electricity = by_carrier.get(Carrier.ELECTRICITY)
    others: dict[Carrier, Totals] = {c: t for c, t in by_carrier.items() if c is not Carrier.ELECTRICITY and t.kwh > 0}
    partial = tuple(c for c, t in by_carrier.items() if t.kwh > 0 and not t.fully_covered)
    return SiteEnergy(
        electricity.kwh if electricity else 0.0,
        sum(t.kwh for t in others.values()),
        tuple(sorted(others, key=lambda c: (-others[c].kwh, c.value))),
        partial,
    )


@dataclass(frozen=True, slots=True)
class BenchmarkComparison:
    """One benchmark of the site's sector: the site's figure and where it stands, or why there is none."""

    benchmark: Benchmark
    value: float | None = None  # kWh per the benchmark's unit
    position: Position | None = None
    reason: NotComparable | None = None
    partial: bool = False  # some of the energy counted is not invoiced over the whole window: the value is low

    @property
    def comparable(self) -> bool:
        return self.reason is None

    @property
    def low(self) -> float | None:
        return self.benchmark.low

    @property
    def high(self) -> float:
        return self.benchmark.high


def position(value: float, low: float | None, high: float) -> Position:
    """Below, within or above ``low`` … ``high`` (bounds included; ``low`` None: anything up to ``high``)."""
    if value > high:
        return Position.ABOVE
    if low is not None and value < low:
        return Position.BELOW
    return Position.WITHIN


def compare(site: model.Site, energy: SiteEnergy, benchmarks: Iterable[Benchmark]) -> tuple[BenchmarkComparison, ...]:
    """Each of ``benchmarks`` that applies to the site's NACE code, set against the site: pure, by hand."""
    result = []
    for benchmark in benchmarks:
        if benchmark.applies_to(site.nace_code):
            result.append(_compare_one(site, energy, benchmark))
    return tuple(result)


def _compare_one(site: model.Site, energy: SiteEnergy, benchmark: Benchmark) -> BenchmarkComparison:
    if not site.production_volume or not site.production_unit.strip():
        return BenchmarkComparison(benchmark, reason=NotComparable.NO_PRODUCTION)
    match, per_site_unit = benchmark.denominator.match(site.production_unit)
    if match is UnitMatch.PRODUCT_UNNAMED:
        return BenchmarkComparison(benchmark, reason=NotComparable.PRODUCT_UNNAMED)
    if match is not UnitMatch.SAME:
        return BenchmarkComparison(benchmark, reason=NotComparable.UNIT)
    kwh = energy.kwh(benchmark.kind)
    if kwh <= 0:
        return BenchmarkComparison(benchmark, reason=NotComparable.NO_ENERGY)
    value = kwh / (site.production_volume * per_site_unit)
    partial = bool(set(energy.carriers(benchmark.kind)) & set(energy.partial))
    return BenchmarkComparison(benchmark, value, position(value, benchmark.low, benchmark.high), partial=partial)


def site_benchmarks(
    site: model.Site,
    account: SiteAccount,
    window: tuple[dt.date, dt.date] | None,
    benchmarks: BenchmarkSet | None = None,
) -> tuple[BenchmarkComparison, ...]:
    """The benchmarks of the site's sector set against its final energy over ``window`` (the site's analysis
    period, ``balance.window``); ``benchmarks``: the shipped list unless given. Empty when no benchmark is for
    the site's NACE code, or when there is no window."""
    if benchmarks is None:
        from workbench.resources import benchmarks as shipped

        benchmarks = shipped()
    entries = benchmarks.for_site(site.nace_code)
    if not entries or not window:
        return ()
    return compare(site, site_energy(account, window), entries)
