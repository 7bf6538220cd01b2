"""Each site in the synthesis: a short block by default (what it does, its period and figures, its quickest
measures, its data flags), or, when chosen, a page of its own against the cluster's medians."""

from __future__ import annotations

from collections.abc import Callable

from workbench.analysis.cluster_comparison import SiteComparison
from workbench.domain.calendar import month_end
from workbench.domain.economics import MeasureFigures, by_payback, payback_text, savings_only
from workbench.domain.messages import QT_TRANSLATE_NOOP

from .cluster_context import ClusterContext
from .cluster_tables import Row, _MedianRow, flag_text
from .docx_writer import ReportDocument, keep_together

QUICKEST = 3  # measures named in a site's short block


def _period(c: ClusterContext, s: SiteComparison) -> str:
    if s.window is None:
        return c.t(QT_TRANSLATE_NOOP("Report", "No invoice covers the period."))
    return c.t(QT_TRANSLATE_NOOP("Report", "Twelve months from {first} to {last}.")).format(
        first=c.fmt.long_date(s.window[0]), last=c.fmt.long_date(month_end(s.window[1]))
    )


def _with_payback(c: ClusterContext, f: MeasureFigures) -> str:
    years = 0.0 if f.immediate else f.payback_years
    title = c.text(f.measure.title)
    return title if years is None else f"{title} ({c.payback(years)})"


def site_brief(doc: ReportDocument, c: ClusterContext, s: SiteComparison) -> None:
    """A few lines on one site, under its own heading (level 2): no page of its own."""
    fmt = c.fmt
    doc.heading(s.site.name, 2)
    if not s.site.activity.is_empty:
        doc.paragraph(c.text(s.site.activity))
    lines = [_period(c, s)]
    if s.kwh is not None:
        lines.append(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Final energy {kwh} kWh, cost {cost}; measures identified{colon}{count}, saving {share} of "
                    "the final energy and {bill} of the bill.",
                )
            ).format(
                kwh=fmt.number(s.kwh),
                cost=fmt.money(s.cost, s.site.currency),
                colon=c.colon(),
                count=fmt.number(s.measure_count),
                share=c.share(s.savings_share),
                bill=c.share(s.savings_cost_share),
            )
        )
    quickest = by_payback(savings_only(s.measures))[:QUICKEST]
    if quickest:
        listed = ", ".join(_with_payback(c, f) for f in quickest)
        lines.append(
            c.t(QT_TRANSLATE_NOOP("Report", "Quickest to pay back{colon}{measures}.")).format(
                colon=c.colon(), measures=listed
            )
        )
    if s.flags:
        lines.append(
            c.t(QT_TRANSLATE_NOOP("Report", "Data flags{colon}{flags}.")).format(
                colon=c.colon(), flags=c.semicolons(flag_text(c, f) for f in s.flags)
            )
        )
    doc.paragraph(keep_together(" ".join(lines)))


def site_page(doc: ReportDocument, c: ClusterContext, s: SiteComparison) -> None:
    """One page per site: what it does, its key figures against the cluster's, its best measures."""
    fmt = c.fmt
    doc.page_break()
    doc.heading(s.site.name)
    if not s.site.activity.is_empty:
        doc.paragraph(c.text(s.site.activity))
    doc.paragraph(_period(c, s))
    median = _MedianRow(c.comparison, "")
    indicators: list[tuple[str, Callable[[Row], str]]] = [
        (QT_TRANSLATE_NOOP("Report", "Final energy (kWh)"), lambda r: fmt.number(r.kwh)),
        (QT_TRANSLATE_NOOP("Report", "Cost per kWh"), lambda r: fmt.number(r.cost_per_kwh, 3)),
        (QT_TRANSLATE_NOOP("Report", "Electricity share"), lambda r: c.share(r.electricity_share)),
        (QT_TRANSLATE_NOOP("Report", "t CO2"), lambda r: fmt.number(r.co2_t, 1)),
        (
            QT_TRANSLATE_NOOP("Report", "Savings identified (share of final energy)"),
            lambda r: c.share(r.savings_share),
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
    if s.flags:
        doc.paragraph(
            c.t(QT_TRANSLATE_NOOP("Report", "Data flags{colon}{flags}.")).format(
                colon=c.colon(), flags=c.semicolons(flag_text(c, f) for f in s.flags)
            )
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
