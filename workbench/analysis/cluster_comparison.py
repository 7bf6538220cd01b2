"""A cluster's sites side by side over each one's analysis period, with the cluster's medians.

Medians rather than means: five sites of very different sizes, one large consumer would drag a mean
far from any real site. A figure a site cannot have (kWh per unit without a production volume,
a price without kWh) is ``None`` and left out of the median, never counted as zero.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain import model
from workbench.domain.economics import MeasureFigures, renewables_only, savings_only
from workbench.domain.factors import Factor
from workbench.domain.units import Carrier
from workbench.storage.workspace import Workspace

from .accounts import SiteAccount, Totals
from .cluster_quality import DataFlag, FlagScope, flagged, site_flags
from .measures import factors_behind, site_measures
from .programme import load_accounts


@dataclass(frozen=True)
class SiteComparison:
    site: model.Site
    window: tuple[dt.date, dt.date] | None
    kwh: float | None
    cost: float | None
    toe: float | None
    co2_t: float | None
    cost_per_kwh: float | None
    kwh_per_unit: float | None
    electricity_share: float | None  # of the final energy, 0–1
    measure_count: int
    savings_kwh: float  # energy savings only: renewable production is counted apart
    savings_cost: float
    investment: float
    measures: tuple[MeasureFigures, ...] = ()
    renewable_kwh: float = 0.0
    renewable_cost: float = 0.0
    factors: tuple[Factor, ...] = ()  # every factor its figures rest on, for the synthesis's table of factors
    savings_co2_t: float = 0.0
    savings_investment: float = 0.0  # of the energy savings only (``investment`` counts renewables too)
    renewable_co2_t: float = 0.0
    renewable_investment: float = 0.0
    flags: tuple[DataFlag, ...] = ()  # data-quality flags over the period (cluster_quality)

    @property
    def savings_share(self) -> float | None:
        return self.savings_kwh / self.kwh if self.kwh else None

    @property
    def savings_cost_share(self) -> float | None:
        """The savings' money as a share of the bill excl. VAT."""
        return self.savings_cost / self.cost if self.cost else None

    @property
    def payback_years(self) -> float | None:
        """The energy savings' investment over their yearly money (0: nothing to invest)."""
        return self.savings_investment / self.savings_cost if self.savings_cost > 0 else None

    def flagged(self, scope: FlagScope = FlagScope.ENERGY) -> bool:
        """Whether a figure of ``scope`` (energy, or money) carries a data caveat at this site."""
        return flagged(self.flags, scope)


@dataclass(frozen=True)
class ClusterComparison:
    cluster: model.Cluster
    sites: list[SiteComparison]

    def median(self, figure: str) -> float | None:
        values = [getattr(s, figure) for s in self.sites if getattr(s, figure) is not None]
        if figure == "kwh_per_unit" and not self.intensity_comparable:
            return None  # kWh per tonne and kWh per m³, or a tonne of cable and one of plastic, have no median
        return statistics.median(values) if values else None

    @property
    def currencies(self) -> set[str]:
        return {s.site.currency for s in self.sites}

    @property
    def production_units(self) -> set[str]:
        return {s.site.production_unit for s in self.sites if s.kwh_per_unit is not None}

    @property
    def intensity_comparable(self) -> bool:
        """Whether the sites' energy per unit produced compares: one unit, and one sector (NACE division) —
        a tonne of cable and a tonne of plastic parts take different energies."""
        keys = {intensity_key(s.site) for s in self.sites if s.kwh_per_unit is not None}
        return len(keys) == 1


def intensity_key(site: model.Site) -> tuple[str, str]:
    """What energy per unit produced compares within: the production unit and the NACE division (23 for
    23.32 bricks; "" when the site has no code)."""
    return site.production_unit, site.nace_code.strip()[:2]


def compare_site(
    account: SiteAccount, equipment: Sequence[model.Equipment], measures: Sequence[model.Measure]
) -> SiteComparison:
    """One site's figures over its analysis period, as the synthesis and the comparison view show them."""
    site = account.site
    balance, figures = site_measures(account, equipment, measures)
    window = balance.window
    kwh: float | None  # all None without a period
    toe: float | None
    co2_t: float | None
    price: float | None
    totals: Totals | None
    if window:
        by_carrier = account.totals_by_carrier(*window)
        totals = account.totals(*window)
        kwh = totals.kwh
        cost = totals.cost if totals.priced_kwh or not kwh else None  # no amount at all: unknown, not 0
        electricity = by_carrier.get(Carrier.ELECTRICITY)
        electricity_share = (electricity.kwh if electricity else 0.0) / kwh if kwh else None
        per_unit = kwh / site.production_volume if site.production_volume and kwh else None
        toe, co2_t, price = totals.toe, totals.co2_kg / 1000, totals.cost_per_kwh
    else:
        kwh = cost = toe = co2_t = price = per_unit = electricity_share = totals = None
    savings, renewables = savings_only(figures), renewables_only(figures)
    return SiteComparison(
        site=site,
        window=window,
        kwh=kwh,
        cost=cost,
        toe=toe,
        co2_t=co2_t,
        cost_per_kwh=price,
        kwh_per_unit=per_unit,
        electricity_share=electricity_share,
        measure_count=len(figures),
        savings_kwh=sum(f.total_kwh for f in savings),
        savings_cost=sum(f.cost_savings for f in savings),
        investment=sum(f.measure.investment or 0.0 for f in figures),
        measures=tuple(figures),
        renewable_kwh=sum(f.total_kwh for f in renewables),
        renewable_cost=sum(f.cost_savings for f in renewables),
        factors=tuple(factors_behind(account, window, figures)),
        savings_co2_t=sum(f.co2_t for f in savings),
        savings_investment=sum(f.measure.investment or 0.0 for f in savings),
        renewable_co2_t=sum(f.co2_t for f in renewables),
        renewable_investment=sum(f.measure.investment or 0.0 for f in renewables),
        flags=site_flags(account, window, totals),
    )


def compare_cluster(workspace: Workspace, cluster_id: int) -> ClusterComparison:
    cluster = workspace.get(model.Cluster, cluster_id)
    sites = workspace.sites(cluster_id)
    accounts = load_accounts(workspace, {model.stored_id(s) for s in sites})
    rows = []
    for site in sites:
        ident = model.stored_id(site)
        rows.append(compare_site(accounts[ident], workspace.equipment(ident), workspace.measures(ident)))
    return ClusterComparison(cluster, rows)
