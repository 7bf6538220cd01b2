"""The whole programme at once: every site's account, read with one query per table."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TypeVar

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


IDS_PER_QUERY = 500  # well under SQLite's limit on bound parameters

Row = TypeVar("Row", bound=model.StoredEntity)


def _find_in(workspace: Workspace, cls: type[Row], column: str, ids: set[int] | None, order: str) -> list[Row]:
    """Every ``cls`` row (``ids`` None), or those whose ``column`` is in ``ids``, through the column's index."""
    if ids is None:
        return workspace.find(cls, order=order)
    wanted = sorted(ids)
    found: list[Row] = []
    for start in range(0, len(wanted), IDS_PER_QUERY):
        chunk = wanted[start : start + IDS_PER_QUERY]
        found += workspace.find(cls, f"{column} IN ({', '.join('?' * len(chunk))})", chunk, order=order)
    return found


def load_accounts(workspace: Workspace, site_ids: set[int] | None = None) -> dict[int, SiteAccount]:
    """Accounts of all sites (or of ``site_ids``), built from one read per table (of the rows they need).

    A few sites' accounts (the site page's, after an edit) are read through the indexes: reading every
    bill of a 100-site file to keep one site's made each of them cost ~0.1 s.
    """
    if site_ids is None:
        sites = workspace.sites()
    else:  # through the index, in the tree's order: decoding every site for each batch made a page quadratic
        sites = sorted(
            _find_in(workspace, model.Site, "id", site_ids, "id"), key=lambda s: (s.cluster_id, s.position, s.id)
        )
    supplies: dict[int, list[model.EnergySupply]] = defaultdict(list)
    wanted = None if site_ids is None else {model.stored_id(s) for s in sites}
    for supply in _find_in(workspace, model.EnergySupply, "site_id", wanted, "id"):
        supplies[supply.site_id].append(supply)
    supply_ids = None if site_ids is None else {model.stored_id(s) for group in supplies.values() for s in group}
    bills: dict[int, list[model.Bill]] = defaultdict(list)
    for bill in _find_in(workspace, model.Bill, "supply_id", supply_ids, "supply_id, period_start, id"):
        bills[bill.supply_id].append(bill)
    deliveries: dict[int, list[model.FuelDelivery]] = defaultdict(list)
    for delivery in _find_in(workspace, model.FuelDelivery, "supply_id", supply_ids, "supply_id, delivery_date, id"):
        deliveries[delivery.supply_id].append(delivery)
    factors = workspace.factor_lookups(sites)
    return {
        model.stored_id(site): build_site_account(
            site, supplies[model.stored_id(site)], bills, deliveries, factors[model.stored_id(site)]
        )
        for site in sites
    }


def summarise_site(account: SiteAccount) -> SiteSummary:
    window = account.balance_window()  # the site's one analysis period, the same as its balance's
    totals = account.totals(*window) if window else Totals()
    return SiteSummary(account, window, totals)


def summarise_programme(workspace: Workspace, site_ids: set[int] | None = None) -> list[ClusterSummary]:
    accounts = load_accounts(workspace, site_ids)
    by_cluster: dict[int, list[SiteSummary]] = defaultdict(list)
    for account in accounts.values():
        by_cluster[account.site.cluster_id].append(summarise_site(account))
    return [ClusterSummary(cluster, by_cluster.get(model.stored_id(cluster), [])) for cluster in workspace.clusters()]
