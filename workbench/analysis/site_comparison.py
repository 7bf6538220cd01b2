"""Sites side by side for a coordinator: a cluster's, or the whole programme's, with the median and the total.

Each site is taken over its own analysis period (the one its balance, savings and reports use); a site whose
period is not the most common one is marked, since its twelve months do not compare one for one. The figures
of one site are those of the cluster synthesis (:mod:`cluster_comparison`), plus its kWh per carrier and per
m². Medians, not means, as in the synthesis: one large consumer would drag a mean far from any real site.

A total is given only where it adds up: kWh, money (in one currency), CO2, savings; a share or a payback is
the ratio of the totals (what the scope as a whole would save); an intensity has none (a programme's "cost per
kWh" would mix carriers and tariffs), except kWh per unit produced when every site counts the same unit in
one sector (``intensity_comparable``), where it is the total kWh over the total production.

No Qt: the view formats and sorts these figures; the per-site figures are computed once per refresh
(:func:`site_figures`, ~10 ms a site), the table (:func:`comparison_table`) from them in a few ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from workbench.domain.units import Carrier

if TYPE_CHECKING:
    # The figures' machinery (measures, tariffs, balance) is imported when first computed: the programme page
    # that shows these columns is built before any of it is needed (~70 ms of imports).
    from workbench.domain import model
    from workbench.storage.workspace import Workspace

    from .accounts import SiteAccount
    from .cluster_comparison import SiteComparison

Window = tuple[dt.date, dt.date]


class ColumnUnit(Enum):
    """What a column counts in: how the view writes it, and whether it is a number at all."""

    TEXT = "text"
    PERIOD = "period"
    KWH = "kwh"
    MONEY = "money"  # in the sites' currency
    MONEY_PER_KWH = "money_per_kwh"
    TOE = "toe"
    T_CO2 = "t_co2"
    KWH_PER_UNIT = "kwh_per_unit"  # per the site's production unit
    KWH_PER_M2 = "kwh_per_m2"
    SHARE = "share"  # 0–1
    YEARS = "years"
    COUNT = "count"

    @property
    def numeric(self) -> bool:
        return self not in (ColumnUnit.TEXT, ColumnUnit.PERIOD)


class TotalRule(Enum):
    """How the total row is formed for a column."""

    NONE = "none"  # nothing that adds up (a name, a period, an intensity)
    SUM = "sum"
    RATIO = "ratio"  # the ratio of two summed figures (a share, a payback, kWh per unit)


class Figure(Enum):
    """Every column the comparison can show; ``CARRIER_KWH`` stands for one column per carrier present."""

    SITE = "site"
    CLUSTER = "cluster"
    PERIOD = "period"
    CARRIER_KWH = "carrier_kwh"
    KWH = "kwh"
    COST = "cost"
    COST_PER_KWH = "cost_per_kwh"
    TOE = "toe"
    CO2_T = "co2_t"
    KWH_PER_UNIT = "kwh_per_unit"
    KWH_PER_M2 = "kwh_per_m2"
    SAVINGS_KWH = "savings_kwh"
    SAVINGS_COST = "savings_cost"
    SAVINGS_SHARE = "savings_share"
    SAVINGS_PAYBACK = "savings_payback"
    RENEWABLE_KWH = "renewable_kwh"
    RENEWABLE_COST = "renewable_cost"
    RENEWABLE_PAYBACK = "renewable_payback"
    FLAGS = "flags"


_UNITS = {
    Figure.SITE: ColumnUnit.TEXT,
    Figure.CLUSTER: ColumnUnit.TEXT,
    Figure.PERIOD: ColumnUnit.PERIOD,
    Figure.CARRIER_KWH: ColumnUnit.KWH,
    Figure.KWH: ColumnUnit.KWH,
    Figure.COST: ColumnUnit.MONEY,
    Figure.COST_PER_KWH: ColumnUnit.MONEY_PER_KWH,
    Figure.TOE: ColumnUnit.TOE,
    Figure.CO2_T: ColumnUnit.T_CO2,
    Figure.KWH_PER_UNIT: ColumnUnit.KWH_PER_UNIT,
    Figure.KWH_PER_M2: ColumnUnit.KWH_PER_M2,
    Figure.SAVINGS_KWH: ColumnUnit.KWH,
    Figure.SAVINGS_COST: ColumnUnit.MONEY,
    Figure.SAVINGS_SHARE: ColumnUnit.SHARE,
    Figure.SAVINGS_PAYBACK: ColumnUnit.YEARS,
    Figure.RENEWABLE_KWH: ColumnUnit.KWH,
    Figure.RENEWABLE_COST: ColumnUnit.MONEY,
    Figure.RENEWABLE_PAYBACK: ColumnUnit.YEARS,
    Figure.FLAGS: ColumnUnit.COUNT,
}
_RATIO_TOTALS = {Figure.SAVINGS_SHARE, Figure.SAVINGS_PAYBACK, Figure.RENEWABLE_PAYBACK, Figure.KWH_PER_UNIT}
_NO_TOTALS = {Figure.SITE, Figure.CLUSTER, Figure.PERIOD, Figure.COST_PER_KWH, Figure.KWH_PER_M2}


@dataclass(frozen=True)
class Column:
    """One column of the comparison: a figure, and for ``CARRIER_KWH`` the carrier it counts."""

    figure: Figure
    carrier: Carrier | None = None

    @property
    def unit(self) -> ColumnUnit:
        return _UNITS[self.figure]

    @property
    def numeric(self) -> bool:
        return self.unit.numeric

    @property
    def total_rule(self) -> TotalRule:
        if self.figure in _NO_TOTALS:
            return TotalRule.NONE
        return TotalRule.RATIO if self.figure in _RATIO_TOTALS else TotalRule.SUM

    @property
    def key(self) -> str:
        """A stable name for settings: the figure's, with the carrier's for a carrier's kWh."""
        return f"{self.figure.value}:{self.carrier.value}" if self.carrier is not None else self.figure.value

    @classmethod
    def from_key(cls, key: str) -> Column | None:
        """The column ``key`` names; None for a name this version does not know (an older or newer file)."""
        figure, _, carrier = key.partition(":")
        try:
            return cls(Figure(figure), Carrier(carrier) if carrier else None)
        except ValueError:
            return None


@dataclass(frozen=True)
class SiteFigures:
    """One site's figures over its analysis period: the synthesis's, its kWh per carrier and its cluster."""

    comparison: SiteComparison
    kwh_by_carrier: Mapping[Carrier, float] = field(default_factory=dict)
    cluster_name: str = ""

    @property
    def site(self) -> model.Site:
        return self.comparison.site

    @property
    def window(self) -> Window | None:
        return self.comparison.window

    @property
    def renewable_payback_years(self) -> float | None:
        c = self.comparison
        return c.renewable_investment / c.renewable_cost if c.renewable_cost > 0 else None

    @property
    def kwh_per_m2(self) -> float | None:
        area, kwh = self.site.floor_area_m2, self.comparison.kwh
        return kwh / area if area and kwh is not None else None

    def value(self, column: Column) -> float | str | Window | None:
        """The cell of ``column``: a number, a text, the period, or None for a figure the site cannot have."""
        return _CELLS[column.figure](self, column)


def _billed(s: SiteFigures, value: float) -> float | None:
    # savings and renewables count only where there is a period of bills to set them against
    return value if s.comparison.kwh is not None else None


_CELLS: dict[Figure, Callable[[SiteFigures, Column], float | str | Window | None]] = {
    Figure.SITE: lambda s, _c: s.site.name,
    Figure.CLUSTER: lambda s, _c: s.cluster_name,
    Figure.PERIOD: lambda s, _c: s.window,
    Figure.CARRIER_KWH: lambda s, c: _billed(s, s.kwh_by_carrier.get(c.carrier, 0.0) if c.carrier else 0.0),
    Figure.KWH: lambda s, _c: s.comparison.kwh,
    Figure.COST: lambda s, _c: s.comparison.cost,
    Figure.COST_PER_KWH: lambda s, _c: s.comparison.cost_per_kwh,
    Figure.TOE: lambda s, _c: s.comparison.toe,
    Figure.CO2_T: lambda s, _c: s.comparison.co2_t,
    Figure.KWH_PER_UNIT: lambda s, _c: s.comparison.kwh_per_unit,
    Figure.KWH_PER_M2: lambda s, _c: s.kwh_per_m2,
    Figure.SAVINGS_KWH: lambda s, _c: _billed(s, s.comparison.savings_kwh),
    Figure.SAVINGS_COST: lambda s, _c: _billed(s, s.comparison.savings_cost),
    Figure.SAVINGS_SHARE: lambda s, _c: s.comparison.savings_share,
    Figure.SAVINGS_PAYBACK: lambda s, _c: s.comparison.payback_years,
    Figure.RENEWABLE_KWH: lambda s, _c: _billed(s, s.comparison.renewable_kwh),
    Figure.RENEWABLE_COST: lambda s, _c: _billed(s, s.comparison.renewable_cost),
    Figure.RENEWABLE_PAYBACK: lambda s, _c: s.renewable_payback_years,
    Figure.FLAGS: lambda s, _c: len(s.comparison.flags),
}


def site_figures(
    account: SiteAccount,
    equipment: Sequence[model.Equipment],
    measures: Sequence[model.Measure],
    cluster_name: str = "",
) -> SiteFigures:
    """One site's figures, exactly as :func:`cluster_comparison.compare_cluster` draws them (a test holds the
    two together), from an account the caller already has: the UI session's cache, or one batch read."""
    from .cluster_comparison import compare_site

    comparison = compare_site(account, equipment, measures)
    by_carrier: dict[Carrier, float] = {}
    if comparison.window:
        by_carrier = {carrier: t.kwh for carrier, t in account.totals_by_carrier(*comparison.window).items()}
    return SiteFigures(comparison, by_carrier, cluster_name)


@dataclass(frozen=True)
class ComparisonRow:
    """A site's row: its figures, and whether its period is not the scope's most common one."""

    figures: SiteFigures
    period_differs: bool = False

    @property
    def site(self) -> model.Site:
        return self.figures.site

    def value(self, column: Column) -> float | str | Window | None:
        return self.figures.value(column)


@dataclass(frozen=True)
class ComparisonTable:
    """The sites of a scope (a cluster, or the programme when ``cluster_id`` is None) with the median and
    the total of each column (None where there is none)."""

    cluster_id: int | None
    columns: tuple[Column, ...]
    rows: tuple[ComparisonRow, ...]
    medians: Mapping[Column, float | None]
    totals: Mapping[Column, float | None]
    common_window: Window | None  # the analysis period most sites share
    currency: str | None  # the sites' one currency; None when they differ (money has no median or total then)
    production_unit: str | None  # the one unit kWh per unit is counted in; None when there are several
    intensity_comparable: bool

    def values(self, column: Column) -> list[float]:
        """The sites' numbers in ``column``, those without one left out."""
        return _numbers(self.rows, column)


def _numbers(rows: Iterable[ComparisonRow], column: Column) -> list[float]:
    return [float(v) for r in rows if isinstance(v := r.value(column), int | float)]


_BASE_COLUMNS = (
    Figure.SITE,
    Figure.CLUSTER,
    Figure.PERIOD,
    Figure.KWH,
    Figure.CARRIER_KWH,
    Figure.COST,
    Figure.COST_PER_KWH,
    Figure.TOE,
    Figure.CO2_T,
    Figure.KWH_PER_UNIT,
    Figure.KWH_PER_M2,
    Figure.SAVINGS_KWH,
    Figure.SAVINGS_COST,
    Figure.SAVINGS_SHARE,
    Figure.SAVINGS_PAYBACK,
    Figure.RENEWABLE_KWH,
    Figure.RENEWABLE_COST,
    Figure.RENEWABLE_PAYBACK,
    Figure.FLAGS,
)
# the ratio totals: numerator and denominator, summed over the sites that have the ratio
_RATIO_PARTS: dict[Figure, Callable[[SiteFigures], tuple[float, float]]] = {
    Figure.SAVINGS_SHARE: lambda s: (s.comparison.savings_kwh, s.comparison.kwh or 0.0),
    Figure.SAVINGS_PAYBACK: lambda s: (s.comparison.savings_investment, s.comparison.savings_cost),
    Figure.RENEWABLE_PAYBACK: lambda s: (s.comparison.renewable_investment, s.comparison.renewable_cost),
    Figure.KWH_PER_UNIT: lambda s: (s.comparison.kwh or 0.0, s.site.production_volume or 0.0),
}


def columns_for(sites: Sequence[SiteFigures], programme: bool) -> tuple[Column, ...]:
    """Every column, in their natural order: one kWh column per carrier some site uses (in the carriers'
    order); the cluster's name on the programme's comparison only."""
    carriers = {c for s in sites for c, kwh in s.kwh_by_carrier.items() if kwh}
    columns: list[Column] = []
    for figure in _BASE_COLUMNS:
        if figure is Figure.CARRIER_KWH:
            columns += [Column(figure, c) for c in Carrier if c in carriers]
        elif figure is not Figure.CLUSTER or programme:
            columns.append(Column(figure))
    return tuple(columns)


def common_window(windows: Iterable[Window | None]) -> Window | None:
    """The period most sites share (the latest of those tied); None when no site has one."""
    counts = Counter(w for w in windows if w is not None)
    if not counts:
        return None
    return max(counts, key=lambda w: (counts[w], w))


def comparison_table(sites: Sequence[SiteFigures], cluster_id: int | None = None) -> ComparisonTable:
    """The table of ``sites`` (in the order given): the programme's when ``cluster_id`` is None."""
    from .cluster_comparison import intensity_key

    columns = columns_for(sites, cluster_id is None)
    common = common_window(s.window for s in sites)
    rows = tuple(ComparisonRow(s, s.window is not None and s.window != common) for s in sites)
    currencies = {s.site.currency for s in sites}
    currency = next(iter(currencies)) if len(currencies) == 1 else None
    per_unit = [s for s in sites if s.comparison.kwh_per_unit is not None]
    keys = {intensity_key(s.site) for s in per_unit}
    comparable = len(keys) == 1
    units = {s.site.production_unit for s in per_unit}
    medians: dict[Column, float | None] = {}
    totals: dict[Column, float | None] = {}
    for column in columns:
        values = _numbers(rows, column)
        unknown = (column.unit in (ColumnUnit.MONEY, ColumnUnit.MONEY_PER_KWH) and currency is None) or (
            column.figure is Figure.KWH_PER_UNIT and not comparable
        )
        if not column.numeric or unknown or not values:
            medians[column] = totals[column] = None
            continue
        medians[column] = statistics.median(values)
        if column.total_rule is TotalRule.SUM:
            totals[column] = sum(values)
        elif column.total_rule is TotalRule.RATIO:
            having = [r.figures for r in rows if r.value(column) is not None]
            top = sum(_RATIO_PARTS[column.figure](s)[0] for s in having)
            bottom = sum(_RATIO_PARTS[column.figure](s)[1] for s in having)
            totals[column] = top / bottom if bottom else None
        else:
            totals[column] = None
    return ComparisonTable(
        cluster_id,
        columns,
        rows,
        medians,
        totals,
        common,
        currency,
        next(iter(units)) if len(units) == 1 else None,
        comparable,
    )


def compare_sites(
    workspace: Workspace, cluster_id: int | None = None, accounts: Mapping[int, SiteAccount] | None = None
) -> ComparisonTable:
    """The comparison of a cluster's sites, or of the programme's (``cluster_id`` None), in the tree's order.

    ``accounts`` are the caller's when it has them (the UI's cache); else they are read in one batch.
    """
    from workbench.domain.model import stored_id

    from .programme import load_accounts

    sites = workspace.sites(cluster_id)
    if accounts is None:
        accounts = load_accounts(workspace, None if cluster_id is None else {stored_id(s) for s in sites})
    names = {c.id: c.name for c in workspace.clusters()}
    figures = []
    for site in sites:
        ident = stored_id(site)
        figures.append(
            site_figures(
                accounts[ident], workspace.equipment(ident), workspace.measures(ident), names.get(site.cluster_id, "")
            )
        )
    return comparison_table(figures, cluster_id)
