"""The cluster synthesis: the sites side by side with the cluster's medians, charts comparing them,
then one page per site. Same document layer, template and catalogues as the site report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from workbench.analysis.cluster_comparison import ClusterComparison, SiteComparison, compare_cluster
from workbench.domain import model
from workbench.domain.calendar import month_end
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import Language
from workbench.resources import report_template
from workbench.storage.workspace import Workspace

from .docx_writer import ReportDocument
from .wording import Progress, Translate, Wording

# The charts of the synthesis, by name: what the UI's chart builders draw for it.
CLUSTER_CHARTS = ("kwh", "cost_per_kwh", "savings_share")


@dataclass
class ClusterContext(Wording):
    workspace: Workspace
    comparison: ClusterComparison
    charts: Mapping[str, bytes] = field(default_factory=dict)

    @property
    def currency(self) -> str:
        """The sites' currency; a cluster spanning two currencies shows each amount with its own."""
        currencies = {s.site.currency for s in self.comparison.sites}
        return currencies.pop() if len(currencies) == 1 else ""


def write_cluster_report(
    workspace: Workspace,
    cluster_id: int,
    language: Language,
    translate: Translate,
    target: Path,
    charts: Mapping[str, bytes] | None = None,
    template: Path | None = None,
    progress: Progress | None = None,
    comparison: ClusterComparison | None = None,
) -> Path:
    c = ClusterContext(
        language,
        translate,
        workspace=workspace,
        comparison=comparison or compare_cluster(workspace, cluster_id),
        charts=charts or {},
    )
    doc = ReportDocument(
        template or report_template("cluster-synthesis"),
        c.t(QT_TRANSLATE_NOOP("Report", "Table")),
        c.t(QT_TRANSLATE_NOOP("Report", "Figure")),
    )
    steps = 3 + len(c.comparison.sites)
    _cover(doc, c)
    _side_by_side(doc, c)
    if progress:
        progress(1, steps)
    _charts(doc, c)
    if progress:
        progress(2, steps)
    for i, site in enumerate(c.comparison.sites):
        _site_page(doc, c, site)
        if progress:
            progress(3 + i, steps)
    _method(doc, c)
    if progress:
        progress(steps, steps)
    return doc.save(target)


def _cover(doc: ReportDocument, c: ClusterContext) -> None:
    programme = c.workspace.programme()
    doc.title(c.t(QT_TRANSLATE_NOOP("Report", "Cluster synthesis")))
    doc.subtitle(c.comparison.cluster.name)
    for label, value in (
        (QT_TRANSLATE_NOOP("Report", "Programme"), programme.name),
        (QT_TRANSLATE_NOOP("Report", "Organiser"), programme.organiser),
        (QT_TRANSLATE_NOOP("Report", "Sites"), str(len(c.comparison.sites))),
    ):
        if value:
            doc.paragraph(f"{c.t(label)}{c.colon()}{value}")
    if not c.comparison.cluster.description.is_empty:
        doc.paragraph(c.text(c.comparison.cluster.description))
    doc.page_break()
    doc.table_of_contents(
        c.t(QT_TRANSLATE_NOOP("Report", "Contents")),
        c.t(QT_TRANSLATE_NOOP("Report", "Update this table of contents: right-click it, then Update Field (F9).")),
    )
    doc.page_break()


def _money_header(c: ClusterContext, source: str) -> str:
    text = c.t(source)
    return f"{text} ({c.currency})" if c.currency else text


def _money(c: ClusterContext, value: float | None, site: model.Site | None = None) -> str:
    if c.currency or site is None:
        return c.fmt.number(value)
    return c.fmt.money(value, site.currency)


def _per_unit(c: ClusterContext, s: SiteComparison) -> str:
    if s.kwh_per_unit is None:
        return "—"
    return c.fmt.quantity(s.kwh_per_unit, f"kWh/{s.site.production_unit}", 1)


def _side_by_side(doc: ReportDocument, c: ClusterContext) -> None:
    fmt, comparison = c.fmt, c.comparison
    medians = comparison.medians
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Sites side by side")))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Each site is taken over the twelve months of its energy balance (unless the auditor chose "
                "others, its last twelve billed months). The median is the middle site: unlike an average, one "
                "large consumer does not move it.",
            )
        )
    )
    median_label = c.t(QT_TRANSLATE_NOOP("Report", "Cluster median"))
    per_unit_median = medians["kwh_per_unit"]
    unit = next(iter(comparison.production_units), "")
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Consumption and cost by site")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Site")),
            c.t(QT_TRANSLATE_NOOP("Report", "Final energy (kWh)")),
            _money_header(c, QT_TRANSLATE_NOOP("Report", "Cost excl. VAT")),
            c.t(QT_TRANSLATE_NOOP("Report", "Cost per kWh")),
            c.t(QT_TRANSLATE_NOOP("Report", "Electricity share")),
        ],
        [
            [
                s.site.name,
                fmt.number(s.kwh),
                _money(c, s.cost, s.site),
                fmt.number(s.cost_per_kwh, 3),
                fmt.percent(s.electricity_share),
            ]
            for s in comparison.sites
        ]
        + [
            [
                median_label,
                fmt.number(medians["kwh"]),
                _money(c, medians["cost"]),
                fmt.number(medians["cost_per_kwh"], 3),
                fmt.percent(medians["electricity_share"]),
            ]
        ],
        [False, True, True, True, True],
    )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Energy indicators by site")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Site")),
            c.t(QT_TRANSLATE_NOOP("Report", "toe")),
            c.t(QT_TRANSLATE_NOOP("Report", "t CO2")),
            c.t(QT_TRANSLATE_NOOP("Report", "kWh per unit produced")),
        ],
        [[s.site.name, fmt.number(s.toe, 1), fmt.number(s.co2_t, 1), _per_unit(c, s)] for s in comparison.sites]
        + [
            [
                median_label,
                fmt.number(medians["toe"], 1),
                fmt.number(medians["co2_t"], 1),
                fmt.quantity(per_unit_median, f"kWh/{unit}", 1) if per_unit_median is not None else "—",
            ]
        ],
        [False, True, True, True],
    )
    if len(comparison.production_units) > 1:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The sites count their production in different units ({units}): their energy per unit "
                    "has no common median.",
                )
            ).format(units=", ".join(sorted(comparison.production_units)))
        )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Measures identified by site")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Site")),
            c.t(QT_TRANSLATE_NOOP("Report", "Measures")),
            c.t(QT_TRANSLATE_NOOP("Report", "kWh saved per year")),
            c.t(QT_TRANSLATE_NOOP("Report", "Share of final energy")),
            _money_header(c, QT_TRANSLATE_NOOP("Report", "Saved per year")),
            _money_header(c, QT_TRANSLATE_NOOP("Report", "Investment")),
        ],
        [
            [
                s.site.name,
                str(s.measure_count),
                fmt.number(s.savings_kwh),
                fmt.percent(s.savings_share),
                _money(c, s.savings_cost, s.site),
                _money(c, s.investment, s.site),
            ]
            for s in comparison.sites
        ]
        + [
            [
                median_label,
                fmt.number(medians["measure_count"], 1 if medians["measure_count"] % 1 else 0)
                if medians["measure_count"] is not None
                else "—",
                fmt.number(medians["savings_kwh"]),
                fmt.percent(comparison.median("savings_share")),
                _money(c, medians["savings_cost"]),
                _money(c, medians["investment"]),
            ]
        ],
        [False, True, True, True, True, True],
    )


def _charts(doc: ReportDocument, c: ClusterContext) -> None:
    captions = {
        "kwh": QT_TRANSLATE_NOOP("Report", "Final energy by site, with the cluster median"),
        "cost_per_kwh": QT_TRANSLATE_NOOP("Report", "Average cost per kWh by site, with the cluster median"),
        "savings_share": QT_TRANSLATE_NOOP("Report", "Savings identified, as a share of each site's final energy"),
    }
    for name in CLUSTER_CHARTS:
        if name in c.charts:
            doc.figure(c.charts[name], c.t(captions[name]))


def _site_page(doc: ReportDocument, c: ClusterContext, s: SiteComparison) -> None:
    """One page per site: what it does, its key figures against the cluster's, its best measures."""
    fmt, medians = c.fmt, c.comparison.medians
    doc.page_break()
    doc.heading(s.site.name)
    if not s.site.activity.is_empty:
        doc.paragraph(c.text(s.site.activity))
    if s.window is None:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "No invoice covers the period.")))
    else:
        doc.paragraph(
            c.t(QT_TRANSLATE_NOOP("Report", "Twelve months from {first} to {last}.")).format(
                first=fmt.long_date(s.window[0]), last=fmt.long_date(month_end(s.window[1]))
            )
        )
    rows = [
        (QT_TRANSLATE_NOOP("Report", "Final energy (kWh)"), fmt.number(s.kwh), fmt.number(medians["kwh"])),
        (
            QT_TRANSLATE_NOOP("Report", "Cost per kWh"),
            fmt.number(s.cost_per_kwh, 3),
            fmt.number(medians["cost_per_kwh"], 3),
        ),
        (
            QT_TRANSLATE_NOOP("Report", "Electricity share"),
            fmt.percent(s.electricity_share),
            fmt.percent(medians["electricity_share"]),
        ),
        (QT_TRANSLATE_NOOP("Report", "t CO2"), fmt.number(s.co2_t, 1), fmt.number(medians["co2_t"], 1)),
        (
            QT_TRANSLATE_NOOP("Report", "Savings identified (share of final energy)"),
            fmt.percent(s.savings_share),
            fmt.percent(c.comparison.median("savings_share")),
        ),
    ]
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "{site} against the cluster")).format(site=s.site.name),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Indicator")),
            c.t(QT_TRANSLATE_NOOP("Report", "Site")),
            c.t(QT_TRANSLATE_NOOP("Report", "Cluster median")),
        ],
        [[c.t(label), value, median] for label, value, median in rows],
        [False, True, True],
    )
    ranked = sorted(s.measures, key=lambda f: f.payback_years if f.payback_years is not None else 1e9)[:5]
    if not ranked:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "No measure is proposed yet.")))
        return
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Best measures by payback: {site}")).format(site=s.site.name),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Measure")),
            c.t(QT_TRANSLATE_NOOP("Report", "kWh saved per year")),
            c.t(QT_TRANSLATE_NOOP("Report", "Saved per year ({currency})")).format(currency=s.site.currency),
            c.t(QT_TRANSLATE_NOOP("Report", "Payback (years)")),
        ],
        [
            [
                c.text(f.measure.title),
                fmt.number(f.total_kwh),
                fmt.number(f.cost_savings),
                fmt.number(f.payback_years, 1),
            ]
            for f in ranked
        ],
        [False, True, True, True],
    )


def _method(doc: ReportDocument, c: ClusterContext) -> None:
    doc.page_break()
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Method")))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Assumptions: kWh are final energy on the net heating value basis; "
                "costs exclude VAT; savings are priced at the site's average cost "
                "per kWh over the same twelve months.",
            )
        )
    )
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Each site has its own quick-scan report, with its invoices, its energy balance, its measures "
                "and the factors used, with their sources.",
            )
        )
    )
