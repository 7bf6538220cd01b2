"""The cluster synthesis: the sites side by side with the cluster's medians, charts comparing them,
then one page per site. Same document layer, template and catalogues as the site report."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from workbench.analysis.cluster_comparison import ClusterComparison, SiteComparison, compare_cluster
from workbench.domain.calendar import month_end
from workbench.domain.economics import by_payback, payback_text, savings_only
from workbench.domain.factors import Factor
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import Language
from workbench.resources import report_template
from workbench.storage.files import private_mode
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
    doc = c.new_document(template or report_template("cluster-synthesis"))
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
    programme = workspace.programme()
    title = c.t(QT_TRANSLATE_NOOP("Report", "Cluster synthesis"))
    name = c.comparison.cluster.name
    doc.properties(f"{title} — {name}", name, programme.organiser, programme.organiser, language)
    doc.running_header(f"{title} — {name}")
    return doc.save(target, private_mode(workspace.path))


def _cover(doc: ReportDocument, c: ClusterContext) -> None:
    programme = c.workspace.programme()
    description = c.comparison.cluster.description
    c.front_pages(
        doc,
        QT_TRANSLATE_NOOP("Report", "Cluster synthesis"),
        c.comparison.cluster.name,
        [
            (QT_TRANSLATE_NOOP("Report", "Programme"), programme.name),
            (QT_TRANSLATE_NOOP("Report", "Organiser"), programme.organiser),
            (QT_TRANSLATE_NOOP("Report", "Sites"), str(len(c.comparison.sites))),
        ],
        "" if description.is_empty else c.text(description),
    )


def _money_header(c: ClusterContext, source: str) -> str:
    text = c.t(source)
    return f"{text} ({c.currency})" if c.currency else text


class _MedianRow:
    """The cluster's median, read like a site's row: each figure is the median of the sites' figures."""

    def __init__(self, comparison: ClusterComparison, label: str) -> None:
        self.comparison, self.label = comparison, label
        units = comparison.production_units
        self.production_unit = next(iter(units)) if len(units) == 1 else ""

    def __getattr__(self, figure: str):
        return self.comparison.median(figure)


Row = SiteComparison | _MedianRow


def _name(row: Row) -> str:
    return row.label if isinstance(row, _MedianRow) else row.site.name


def _money(c: ClusterContext, row: Row, value: float | None) -> str:
    """A bare number under a header naming the currency; with the currency when the sites' differ."""
    if c.currency or isinstance(row, _MedianRow):
        return c.fmt.number(value)
    return c.fmt.money(value, row.site.currency)


def _per_unit(c: ClusterContext, row: Row) -> str:
    if row.kwh_per_unit is None:
        return "—"
    unit = row.production_unit if isinstance(row, _MedianRow) else row.site.production_unit
    return c.fmt.quantity(row.kwh_per_unit, f"kWh/{unit}", 1)


def _comparison_table(
    doc: ReportDocument, c: ClusterContext, caption: str, columns: list[tuple[str, Callable[[Row], str]]]
) -> None:
    """One row per site and the median row, each column formatted by the same function for both."""
    rows: list[Row] = [
        *c.comparison.sites,
        _MedianRow(c.comparison, c.t(QT_TRANSLATE_NOOP("Report", "Cluster median"))),
    ]
    doc.table(
        c.t(caption),
        [c.t(QT_TRANSLATE_NOOP("Report", "Site")), *(header for header, _ in columns)],
        [[_name(row), *(text(row) for _, text in columns)] for row in rows],
        [False, *([True] * len(columns))],
    )


def _side_by_side(doc: ReportDocument, c: ClusterContext) -> None:
    fmt, comparison = c.fmt, c.comparison
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

    _comparison_table(
        doc,
        c,
        QT_TRANSLATE_NOOP("Report", "Consumption and cost by site"),
        [
            (c.t(QT_TRANSLATE_NOOP("Report", "Final energy (kWh)")), lambda r: fmt.number(r.kwh)),
            (_money_header(c, QT_TRANSLATE_NOOP("Report", "Cost excl. VAT")), lambda r: _money(c, r, r.cost)),
            (c.t(QT_TRANSLATE_NOOP("Report", "Cost per kWh")), lambda r: fmt.number(r.cost_per_kwh, 3)),
            (c.t(QT_TRANSLATE_NOOP("Report", "Electricity share")), lambda r: fmt.percent(r.electricity_share)),
        ],
    )
    _comparison_table(
        doc,
        c,
        QT_TRANSLATE_NOOP("Report", "Energy indicators by site"),
        [
            (c.t(QT_TRANSLATE_NOOP("Report", "toe")), lambda r: fmt.number(r.toe, 1)),
            (c.t(QT_TRANSLATE_NOOP("Report", "t CO2")), lambda r: fmt.number(r.co2_t, 1)),
            (c.t(QT_TRANSLATE_NOOP("Report", "kWh per unit produced")), lambda r: _per_unit(c, r)),
        ],
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

    def count(value: float | None) -> str:
        return "—" if value is None else fmt.number(value, 0 if value == int(value) else 1)  # a median may be x.5

    _comparison_table(
        doc,
        c,
        QT_TRANSLATE_NOOP("Report", "Measures identified by site"),
        [
            (c.t(QT_TRANSLATE_NOOP("Report", "Measures")), lambda r: count(r.measure_count)),
            (c.t(QT_TRANSLATE_NOOP("Report", "kWh saved per year")), lambda r: fmt.number(r.savings_kwh)),
            (c.t(QT_TRANSLATE_NOOP("Report", "Share of final energy")), lambda r: fmt.percent(r.savings_share)),
            (_money_header(c, QT_TRANSLATE_NOOP("Report", "Saved per year")), lambda r: _money(c, r, r.savings_cost)),
            (_money_header(c, QT_TRANSLATE_NOOP("Report", "Investment")), lambda r: _money(c, r, r.investment)),
        ],
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
    fmt = c.fmt
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
    median = _MedianRow(c.comparison, "")
    indicators: list[tuple[str, Callable[[Row], str]]] = [
        (QT_TRANSLATE_NOOP("Report", "Final energy (kWh)"), lambda r: fmt.number(r.kwh)),
        (QT_TRANSLATE_NOOP("Report", "Cost per kWh"), lambda r: fmt.number(r.cost_per_kwh, 3)),
        (QT_TRANSLATE_NOOP("Report", "Electricity share"), lambda r: fmt.percent(r.electricity_share)),
        (QT_TRANSLATE_NOOP("Report", "t CO2"), lambda r: fmt.number(r.co2_t, 1)),
        (
            QT_TRANSLATE_NOOP("Report", "Savings identified (share of final energy)"),
            lambda r: fmt.percent(r.savings_share),
        ),
    ]
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "{site} against the cluster")).format(site=s.site.name),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Indicator")),
            c.t(QT_TRANSLATE_NOOP("Report", "Site")),
            c.t(QT_TRANSLATE_NOOP("Report", "Cluster median")),
        ],
        [[c.t(label), text(s), text(median)] for label, text in indicators],
        [False, True, True],
    )
    ranked = by_payback(savings_only(s.measures))[:5]  # renewable production is not ranked with savings
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
                payback_text(f, lambda v: fmt.number(v, 1), c.translate),
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
    _factor_table(doc, c)


def _factor_table(doc: ReportDocument, c: ClusterContext) -> None:
    """The factors behind the synthesis's t CO2 and savings, once each. A factor a site overrides is listed
    once per value, with the sites that use it, so that each site's figures can be redone from the table."""
    variants: dict[str, dict[tuple, tuple[Factor, list[str]]]] = {}
    for s in c.comparison.sites:
        for f in s.factors:
            same = (f.value, f.unit, f.source, f.status)
            variants.setdefault(f.key, {}).setdefault(same, (f, []))[1].append(s.site.name)
    language, rows = c.language, []
    for key in sorted(variants):  # by key: the families (CO2, heating values…) stay together
        shared = len(variants[key]) == 1
        for f, sites in variants[key].values():
            rows.append((f.name_in(language) if shared else f"{f.name_in(language)} ({', '.join(sites)})", f))
    if rows:
        c.factor_table(doc, rows)
