"""The whole programme at once: every site's account, read with one query per table."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from workbench.domain import model
from workbench.storage.workspace import Workspace

from .accounts import SiteAccount, Totals, build_site_account


@dataclass(slots=True)
class SiteSummary:
    account: SiteAccount
    window: tuple[dt.date, dt.date] | None
    totals: Totals

    @property
    def site(self) -> model.Site:
        return self.account.site


@dataclass(slots=True)
class ClusterSummary:
    cluster: model.Cluster
    sites: list[SiteSummary]


def load_accounts(workspace: Workspace, site_ids: set[int] | None = None) -> dict[int, SiteAccount]:
    """Accounts of all sites (or of ``site_ids``), built from bulk reads."""
    sites = [s for s in workspace.sites() if site_ids is None or s.id in site_ids]
    wanted = {s.id for s in sites}
    supplies: dict[int, list[model.EnergySupply]] = defaultdict(list)
    for supply in workspace.find(model.EnergySupply):
        if supply.site_id in wanted:
            supplies[supply.site_id].append(supply)
    supply_ids = {s.id for group in supplies.values() for s in group}
    bills: dict[int, list[model.Bill]] = defaultdict(list)
    for bill in workspace.find(model.Bill, order="supply_id, period_start, id"):
        if bill.supply_id in supply_ids:
            bills[bill.supply_id].append(bill)
    deliveries: dict[int, list[model.FuelDelivery]] = defaultdict(list)
    for delivery in workspace.find(model.FuelDelivery, order="supply_id, delivery_date, id"):
        if delivery.supply_id in supply_ids:
            deliveries[delivery.supply_id].append(delivery)
    return {
        site.id: build_site_account(site, supplies[site.id], bills, deliveries, workspace.factor_lookup(site))
        for site in sites
    }


def summarise_site(account: SiteAccount) -> SiteSummary:
    window = account.last_twelve_months()
    totals = account.totals(*window) if window else Totals()
    return SiteSummary(account, window, totals)


def summarise_programme(workspace: Workspace, site_ids: set[int] | None = None) -> list[ClusterSummary]:
    accounts = load_accounts(workspace, site_ids)
    by_cluster: dict[int, list[SiteSummary]] = defaultdict(list)
    for account in accounts.values():
        by_cluster[account.site.cluster_id].append(summarise_site(account))
    return [ClusterSummary(cluster, by_cluster.get(cluster.id, [])) for cluster in workspace.clusters()]
