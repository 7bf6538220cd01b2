"""Sites side by side with their last 12 months: the programme and cluster pages' table."""

from __future__ import annotations

from workbench.analysis.programme import SiteSummary, summarise_site
from workbench.i18n.language import LanguageManager
from workbench.ui.session import WorkspaceSession

from .tables import HEADERS, Column, RowsTableModel


def site_summaries_model(
    session: WorkspaceSession,
    languages: LanguageManager,
    cluster_id: int | None = None,
    parent=None,
) -> RowsTableModel:
    def rows() -> list[tuple[SiteSummary, str]]:
        clusters = {c.id: c.name for c in session.workspace.clusters()}
        # A cluster's page reads its own sites' accounts only (a tenth of a 100-site programme's).
        wanted = None if cluster_id is None else [s.id for s in session.workspace.sites(cluster_id)]
        return [
            (summarise_site(account), clusters.get(account.site.cluster_id, ""))
            for account in session.accounts(wanted).values()
        ]

    def fmt():
        return languages.formatter

    columns = [
        Column("Tables", HEADERS["site"], lambda r: r[0].site.name),
        Column("Tables", HEADERS["cluster"], lambda r: r[1]),
        Column("Tables", HEADERS["kwh"], lambda r: fmt().number(r[0].totals.kwh), lambda r: r[0].totals.kwh, True),
        Column(
            "Tables",
            HEADERS["cost"],
            lambda r: fmt().money(r[0].totals.cost, r[0].site.currency),
            lambda r: r[0].totals.cost,
            True,
        ),
        Column(
            "Tables",
            HEADERS["cost_per_kwh"],
            lambda r: fmt().number(r[0].totals.cost_per_kwh, 3),
            lambda r: r[0].totals.cost_per_kwh or 0.0,
            True,
        ),
        Column("Tables", HEADERS["toe"], lambda r: fmt().number(r[0].totals.toe, 1), lambda r: r[0].totals.toe, True),
        Column(
            "Tables",
            HEADERS["co2"],
            lambda r: fmt().number(r[0].totals.co2_kg / 1000, 1),
            lambda r: r[0].totals.co2_kg,
            True,
        ),
        Column(
            "Tables",
            HEADERS["bills"],
            lambda r: fmt().number(r[0].account.bill_count),
            lambda r: r[0].account.bill_count,
            True,
        ),
        Column(
            "Tables",
            HEADERS["warnings"],
            lambda r: fmt().number(len(r[0].account.warnings)),
            lambda r: len(r[0].account.warnings),
            True,
        ),
    ]
    if cluster_id is not None:
        del columns[1]
    # Empty until the page's refresh fills it: computing the accounts twice would double the page's first show.
    return RowsTableModel(columns, rows, languages, parent)
