"""The cluster's totals beside its medians, each saying what it covers.

A total adds up the sites that have the figure; it says how many of the cluster's sites that is, and which of
them carry a data caveat on it (a gap, a repeated bill, a bill without an amount…), so that no total is
silent about what it rests on. A share or a payback of the cluster is the ratio of its totals (what the
cluster as a whole would save of its whole bill), the median the middle site's. Money is not added across
currencies.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from .cluster_comparison import ClusterComparison, SiteComparison, intensity_key
from .cluster_quality import FlagScope


class FigureUnit(StrEnum):
    """What a figure is counted in: how the report writes it."""

    KWH = "kwh"
    MONEY = "money"
    CO2 = "co2"
    SHARE = "share"
    YEARS = "years"


@dataclass(frozen=True)
class ClusterFigure:
    key: str
    unit: FigureUnit
    total: float | None  # None: nothing to add up, or money in several currencies
    median: float | None
    counted: tuple[str, ...]  # the sites the total adds up, by name
    sites: int  # the cluster's sites
    flagged: tuple[str, ...] = ()  # the counted sites whose figure carries a data caveat
    currencies_differ: bool = False


# key, measure, the site's value (None: not counted), the scope of caveats that weaken it
_SUMS: tuple[tuple[str, FigureUnit, Callable[[SiteComparison], float | None], FlagScope], ...] = (
    ("kwh", FigureUnit.KWH, lambda s: s.kwh, FlagScope.ENERGY),
    ("cost", FigureUnit.MONEY, lambda s: s.cost, FlagScope.COST),
    ("co2_t", FigureUnit.CO2, lambda s: s.co2_t, FlagScope.ENERGY),
    ("savings_kwh", FigureUnit.KWH, lambda s: s.savings_kwh if s.kwh is not None else None, FlagScope.ENERGY),
    ("savings_cost", FigureUnit.MONEY, lambda s: s.savings_cost if s.kwh is not None else None, FlagScope.COST),
    ("savings_co2_t", FigureUnit.CO2, lambda s: s.savings_co2_t if s.kwh is not None else None, FlagScope.ENERGY),
    (
        "savings_investment",
        FigureUnit.MONEY,
        lambda s: s.savings_investment if s.kwh is not None else None,
        FlagScope.REVIEW,
    ),
    ("renewable_kwh", FigureUnit.KWH, lambda s: s.renewable_kwh or None, FlagScope.ENERGY),
    ("renewable_cost", FigureUnit.MONEY, lambda s: s.renewable_cost or None, FlagScope.COST),
    ("renewable_co2_t", FigureUnit.CO2, lambda s: s.renewable_co2_t or None, FlagScope.ENERGY),
)
# key, numerator, denominator, the sites' own ratio (for the median), scope
_RATIOS: tuple[tuple[str, str, str, Callable[[SiteComparison], float | None], FlagScope], ...] = (
    ("savings_share", "savings_kwh", "kwh", lambda s: s.savings_share, FlagScope.ENERGY),
    ("savings_cost_share", "savings_cost", "cost", lambda s: s.savings_cost_share, FlagScope.COST),
)
ORDER = (
    "kwh",
    "cost",
    "co2_t",
    "savings_kwh",
    "savings_share",
    "savings_cost",
    "savings_cost_share",
    "savings_co2_t",
    "savings_investment",
    "payback_years",
    "renewable_kwh",
    "renewable_cost",
    "renewable_co2_t",
)


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def cluster_figures(comparison: ClusterComparison) -> dict[str, ClusterFigure]:
    """Every figure of the cluster, by key, in :data:`ORDER`."""
    sites = comparison.sites
    mixed = len(comparison.currencies) > 1
    figures: dict[str, ClusterFigure] = {}
    counted_pairs: dict[str, list[tuple[SiteComparison, float]]] = {}
    for key, unit, value_of, scope in _SUMS:
        pairs = [(s, v) for s in sites if (v := value_of(s)) is not None]
        counted_pairs[key] = pairs
        money = unit is FigureUnit.MONEY
        figures[key] = ClusterFigure(
            key,
            unit,
            None if not pairs or (money and mixed) else sum(v for _, v in pairs),
            None if money and mixed else _median([v for _, v in pairs]),
            tuple(s.site.name for s, _ in pairs),
            len(sites),
            tuple(s.site.name for s, _ in pairs if s.flagged(scope)),
            money and mixed,
        )
    for key, top, bottom, ratio_of, scope in _RATIOS:
        both = [s for s in sites if ratio_of(s) is not None]
        money = figures[bottom].unit is FigureUnit.MONEY
        denominator = sum(getattr(s, bottom) for s in both)
        total = sum(getattr(s, top) for s in both) / denominator if denominator else None
        figures[key] = ClusterFigure(
            key,
            FigureUnit.SHARE,
            None if money and mixed else total,
            None if money and mixed else _median([r for s in both if (r := ratio_of(s)) is not None]),
            tuple(s.site.name for s in both),
            len(sites),
            tuple(s.site.name for s in both if s.flagged(scope)),
            money and mixed,
        )
    paying = [s for s in sites if s.payback_years is not None]
    saved = sum(s.savings_cost for s in paying)
    figures["payback_years"] = ClusterFigure(
        "payback_years",
        FigureUnit.YEARS,
        None if mixed or not saved else sum(s.savings_investment for s in paying) / saved,
        None if mixed else _median([s.payback_years for s in paying if s.payback_years is not None]),
        tuple(s.site.name for s in paying),
        len(sites),
        tuple(s.site.name for s in paying if s.flagged(FlagScope.COST)),
        mixed,
    )
    return {key: figures[key] for key in ORDER}


@dataclass(frozen=True)
class IntensityGroup:
    """The sites that count their production in one unit: only they compare on energy per unit."""

    unit: str
    sites: tuple[SiteComparison, ...]  # lowest energy per unit first
    division: str = ""  # the sites' NACE division: only one sector's tonnes compare

    @property
    def median(self) -> float | None:
        """The middle site's kWh per unit; None for a site alone in its unit (nothing to compare with)."""
        if len(self.sites) < 2:
            return None
        return statistics.median(s.kwh_per_unit for s in self.sites if s.kwh_per_unit is not None)


def intensity_groups(comparison: ClusterComparison) -> list[IntensityGroup]:
    """The sites with an energy per unit produced, by unit and sector (NACE division; the largest group first)."""
    groups: dict[tuple[str, str], list[SiteComparison]] = {}
    for s in comparison.sites:
        if s.kwh_per_unit is not None:
            groups.setdefault(intensity_key(s.site), []).append(s)
    return [
        IntensityGroup(unit, tuple(sorted(sites, key=lambda s: s.kwh_per_unit or 0.0)), division)  # never None here
        for (unit, division), sites in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
