"""The cluster synthesis: the cluster's totals beside its medians, the sites compared and ranked, the measures
found at several sites, the data-quality flags of each site, a short block per site (or, when chosen, a page
per site), then the method and factors. Same document layer, template and catalogues as the site report.

The figures are the analysis's (cluster_comparison, cluster_totals, cluster_measures, cluster_quality); the
modules beside this one lay them out: cluster_tables, cluster_recurring, cluster_sites.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from workbench.analysis.cluster_comparison import ClusterComparison, compare_cluster
from workbench.analysis.cluster_totals import ClusterFigure
from workbench.domain.factors import Factor, FactorStatus
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import Language
from workbench.resources import report_template
from workbench.storage.files import private_mode
from workbench.storage.workspace import Workspace

from .cluster_context import ClusterContext
from .cluster_recurring import recurring_section
from .cluster_sites import site_brief, site_page
from .cluster_tables import comparison_table, intensity_table, quality_table, savings_table, totals_table
from .docx_writer import ReportDocument
from .publish import Publishing, publish
from .wording import Progress, Translate

# The charts of the synthesis, by name, in the order they are shown: what the UI's chart builders draw for it.
CLUSTER_CHARTS = ("kwh", "kwh_per_unit", "cost_per_kwh", "savings_share", "savings_cost")

__all__ = ["CLUSTER_CHARTS", "ClusterContext", "write_cluster_report"]


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
    per_site_pages: bool = False,
    publishing: Publishing | None = None,
) -> Path:
    """The synthesis of ``cluster_id`` in ``language``, written to ``target`` (Word or PDF, see
    :mod:`.publish`). By default each site gets a short block; ``per_site_pages`` gives each one a page of its
    own instead."""
    c = ClusterContext(
        language,
        translate,
        workspace=workspace,
        comparison=comparison or compare_cluster(workspace, cluster_id),
        charts=charts or {},
    )
    doc = c.new_document(template or report_template("cluster-synthesis"))
    steps = 6
    _cover(doc, c)
    figures = _in_figures(doc, c)
    if progress:
        progress(1, steps)
    _compared(doc, c)
    if progress:
        progress(2, steps)
    recurring_section(doc, c)
    if progress:
        progress(3, steps)
    _data_quality(doc, c, figures)
    if progress:
        progress(4, steps)
    if per_site_pages:
        for site in c.comparison.sites:
            site_page(doc, c, site)
    else:
        doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "The sites in brief")))
        for site in c.comparison.sites:
            site_brief(doc, c, site)
    if progress:
        progress(5, steps)
    _method(doc, c, per_site_pages)
    if progress:
        progress(steps, steps)
    programme = workspace.programme()
    title = c.t(QT_TRANSLATE_NOOP("Report", "Cluster synthesis"))
    name = c.comparison.cluster.name
    doc.properties(f"{title} — {name}", name, programme.organiser, programme.organiser, language)
    doc.running_header(f"{title} — {name}")
    return publish(doc, target, private_mode(workspace.path), publishing)


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
            (QT_TRANSLATE_NOOP("Report", "Sites"), c.fmt.number(len(c.comparison.sites))),
            (QT_TRANSLATE_NOOP("Report", "Report date"), c.fmt.long_date(dt.date.today())),
        ],
        "\n\n".join(
            text
            for text in (
                "" if description.is_empty else c.text(description),
                c.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Confidential: this synthesis is written for the programme's organisers and partners. It "
                        "names the companies audited and may not be passed on without their agreement.",
                    )
                ),
            )
            if text
        ),
    )


def _in_figures(doc: ReportDocument, c: ClusterContext) -> dict[str, ClusterFigure]:
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "The cluster in figures")))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Each site is taken over the twelve months of its energy balance. The whole cluster's figure adds "
                "up its sites (for a share or a payback, the ratio of the cluster's totals); the median is the "
                "middle site's, which one large consumer does not move. Each total says how many sites it counts "
                "and which of them carry a data caveat.",
            )
        )
    )
    return totals_table(doc, c)


def _compared(doc: ReportDocument, c: ClusterContext) -> None:
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "The sites compared")))
    comparison_table(doc, c)
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Payback: the investment in a site's energy savings over the money they save a year. Data flags: "
                "how many of the flags listed under “Data quality” the site has (— for none).",
            )
        )
    )
    intensity_table(doc, c)
    savings_table(doc, c)
    captions = {
        "kwh": QT_TRANSLATE_NOOP("Report", "Final energy by site, with the cluster median"),
        "kwh_per_unit": QT_TRANSLATE_NOOP("Report", "Final energy per unit produced, with the cluster median"),
        "cost_per_kwh": QT_TRANSLATE_NOOP("Report", "Average cost per kWh by site, with the cluster median"),
        "savings_share": QT_TRANSLATE_NOOP("Report", "Savings identified, as a share of each site's final energy"),
        "savings_cost": QT_TRANSLATE_NOOP("Report", "Money saved a year by site, with the cluster median"),
    }
    for name in CLUSTER_CHARTS:
        if name in c.charts:
            doc.figure(c.charts[name], c.t(captions[name]))


def _data_quality(doc: ReportDocument, c: ClusterContext, figures: dict[str, ClusterFigure]) -> None:
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Data quality")))
    flagged = [s for s in c.comparison.sites if s.flags]
    if flagged:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "What the bills of each site lack or repeat over its period, from the bill checks. Sites with "
                    "a flag{colon}{flagged} of {sites}; the totals above name those whose flags weaken them.",
                )
            ).format(colon=c.colon(), flagged=c.fmt.number(len(flagged)), sites=c.fmt.number(len(c.comparison.sites)))
        )
    else:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "The bill checks flag nothing at any site over its period.")))
    quality_table(doc, c)


def _method(doc: ReportDocument, c: ClusterContext, new_page: bool) -> None:
    if new_page:  # after the last site's page; in the compact layout the method follows on
        doc.page_break()
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Method")))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Assumptions: kWh are final energy on the net heating value basis; costs exclude VAT; an "
                "electricity saving is priced at the tariff's energy prices in the hours it occurs, a fuel saving "
                "at the fuel's average cost over the same twelve months; renewable production counts apart "
                "from savings.",
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
    # key → (value, unit, source, status) → the factor and the sites that use it
    variants: dict[str, dict[tuple[float, str, str, FactorStatus], tuple[Factor, list[str]]]] = {}
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
