"""The synthesis's tables: the cluster's totals beside its medians, the sites compared, their savings, and
the data-quality flags each site's figures carry. The figures are the analysis's; this only lays them out."""

from __future__ import annotations

from collections.abc import Callable

from workbench.analysis.cluster_comparison import ClusterComparison, SiteComparison
from workbench.analysis.cluster_quality import FLAG_TEXTS, DataFlag, FlagScope, worst_first
from workbench.analysis.cluster_totals import ClusterFigure, FigureUnit, cluster_figures, intensity_groups
from workbench.domain.messages import QT_TRANSLATE_NOOP

from .cluster_context import ClusterContext
from .docx_writer import ReportDocument, keep_together

# The rows of the totals table, by figure: (label, money: the label takes the currency)
_TOTAL_ROWS = {
    "kwh": (QT_TRANSLATE_NOOP("Report", "Final energy (kWh)"), False),
    "cost": (QT_TRANSLATE_NOOP("Report", "Energy cost excl. VAT"), True),
    "co2_t": (QT_TRANSLATE_NOOP("Report", "Emissions (t CO2)"), False),
    "savings_kwh": (QT_TRANSLATE_NOOP("Report", "Savings potential (kWh a year)"), False),
    "savings_share": (QT_TRANSLATE_NOOP("Report", "Savings potential (share of final energy)"), False),
    "savings_cost": (QT_TRANSLATE_NOOP("Report", "Savings potential a year"), True),
    "savings_cost_share": (QT_TRANSLATE_NOOP("Report", "Savings potential (share of the bill)"), False),
    "savings_co2_t": (QT_TRANSLATE_NOOP("Report", "Emissions avoided by the savings (t CO2 a year)"), False),
    "savings_investment": (QT_TRANSLATE_NOOP("Report", "Investment in the savings"), True),
    "payback_years": (QT_TRANSLATE_NOOP("Report", "Simple payback of the savings"), False),
    "renewable_kwh": (QT_TRANSLATE_NOOP("Report", "Renewables: purchases avoided (kWh a year)"), False),
    "renewable_cost": (QT_TRANSLATE_NOOP("Report", "Renewables: purchases avoided a year"), True),
    "renewable_co2_t": (QT_TRANSLATE_NOOP("Report", "Renewables: emissions avoided (t CO2 a year)"), False),
}
RENEWABLES = ("renewable_kwh", "renewable_cost", "renewable_co2_t")


def _value(c: ClusterContext, figure: ClusterFigure, value: float | None) -> str:
    fmt = c.fmt
    match figure.unit:
        case FigureUnit.SHARE:
            return c.share(value)
        case FigureUnit.YEARS:
            return c.payback(value)
        case FigureUnit.CO2:
            return fmt.number(value, 1)
    return fmt.number(value)


def _covers(c: ClusterContext, figure: ClusterFigure, marks: dict[tuple[str, ...], str]) -> str:
    """What a total adds up: how many of the sites, and the note naming those counted with a caveat."""
    if figure.currencies_differ:
        return c.t(QT_TRANSLATE_NOOP("Report", "Not added up: the sites' currencies differ"))
    text = c.sites_covered(len(figure.counted), figure.sites)
    if figure.flagged:
        mark = marks.setdefault(figure.flagged, f"({chr(ord('a') + len(marks))})")
        text = f"{text} {mark}"
    return text


def _in_sentence(text: str) -> str:
    """A flag's text, written for a table cell, inside a sentence: its capital dropped."""
    return text[:1].lower() + text[1:]


def _caveat_note(c: ClusterContext, sites: tuple[str, ...], mark: str) -> str:
    """``(a) Counted with a data caveat: site (what its bills lack); …``: each site once, its flags that weaken
    totals (those only worth a look are in the data-quality table)."""
    by_name = {s.site.name: s for s in c.comparison.sites}
    named = []
    for name in sites:
        flags = [f for f in worst_first(by_name[name].flags) if f.scope is not FlagScope.REVIEW]
        said = c.semicolons(_in_sentence(flag_text(c, f)) for f in flags)
        named.append(f"{name} ({said})" if flags else name)
    return keep_together(
        c.t(QT_TRANSLATE_NOOP("Report", "{mark} Counted with a data caveat{colon}{sites}.")).format(
            mark=mark, colon=c.colon(), sites=c.semicolons(named)
        )
    )


def totals_table(doc: ReportDocument, c: ClusterContext) -> dict[str, ClusterFigure]:
    """The cluster's figures, total beside median, each with what it covers; returns them by key."""
    figures = cluster_figures(c.comparison)
    renewables = any(figures[k].counted for k in RENEWABLES)
    marks: dict[tuple[str, ...], str] = {}
    rows = []
    for key, figure in figures.items():
        if key in RENEWABLES and not renewables:
            continue
        label, money = _TOTAL_ROWS[key]
        rows.append(
            [
                c.money_header(label) if money else c.t(label),
                _value(c, figure, figure.total),
                _value(c, figure, figure.median),
                _covers(c, figure, marks),
            ]
        )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "The cluster in figures: totals and medians")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Indicator")),
            c.t(QT_TRANSLATE_NOOP("Report", "Whole cluster")),
            c.t(QT_TRANSLATE_NOOP("Report", "Median of the sites")),
            c.t(QT_TRANSLATE_NOOP("Report", "Covers")),
        ],
        rows,
        [False, True, True, False],
    )
    for sites, mark in marks.items():
        doc.paragraph(_caveat_note(c, sites, mark))
    if not renewables:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "No renewable production is proposed at any of the sites.")))
    return figures


class _MedianRow:
    """The cluster's median, read like a site's row: each figure is the median of the sites' figures."""

    def __init__(self, comparison: ClusterComparison, label: str) -> None:
        self.comparison, self.label = comparison, label
        units = comparison.production_units
        self.production_unit = next(iter(units)) if len(units) == 1 else ""
        self.flags = ()

    def __getattr__(self, figure: str) -> float | None:
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
    return _intensity(c, row.kwh_per_unit, unit)


def _flags(c: ClusterContext, row: Row) -> str:
    if isinstance(row, _MedianRow):
        return ""
    return c.fmt.number(len(row.flags)) if row.flags else "—"


def _count(c: ClusterContext, value: float | None) -> str:
    return "—" if value is None else c.fmt.number(value, 0 if value == int(value) else 1)  # a median may be x.5


def _site_table(
    doc: ReportDocument,
    c: ClusterContext,
    caption: str,
    columns: list[tuple[str, Callable[[Row], str]]],
    weights: list[float] | None = None,
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
        weights,
    )


def comparison_table(doc: ReportDocument, c: ClusterContext) -> None:
    """The sites side by side: energy, cost, price, energy per unit (when they count production in one unit),
    savings share, payback and data flags."""
    fmt = c.fmt
    one_unit = c.comparison.intensity_comparable
    columns = [
        (c.t(QT_TRANSLATE_NOOP("Report", "Final energy (kWh)")), lambda r: fmt.number(r.kwh)),
        (c.money_header(QT_TRANSLATE_NOOP("Report", "Cost excl. VAT")), lambda r: _money(c, r, r.cost)),
        (c.money_header(QT_TRANSLATE_NOOP("Report", "Cost per kWh")), lambda r: fmt.number(r.cost_per_kwh, 3)),
        (c.t(QT_TRANSLATE_NOOP("Report", "Savings (share of final energy)")), lambda r: c.share(r.savings_share)),
        (c.t(QT_TRANSLATE_NOOP("Report", "Payback")), lambda r: c.payback(r.payback_years)),
        (c.t(QT_TRANSLATE_NOOP("Report", "Data flags")), lambda r: _flags(c, r)),
    ]
    if one_unit:
        columns.insert(2, (c.t(QT_TRANSLATE_NOOP("Report", "kWh per unit produced")), lambda r: _per_unit(c, r)))
    _site_table(doc, c, QT_TRANSLATE_NOOP("Report", "The sites compared"), columns)


def _intensity(c: ClusterContext, value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return c.fmt.quantity(value, f"kWh/{unit}", 1 if value < 100 else 0)


def intensity_table(doc: ReportDocument, c: ClusterContext) -> None:
    """Energy per unit produced where it compares: the sites that count their production in the same unit,
    each beside the median of its unit (none for a site alone in its unit)."""
    groups = intensity_groups(c.comparison)
    if len(groups) < 2:
        return  # one unit: the comparison table has the column and its median
    units = ", ".join(dict.fromkeys(g.unit for g in groups))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "The sites count their production in different units ({units}) or make different products: their "
                "energy per unit compares only between sites of the same unit and sector (NACE division).",
            )
        ).format(units=units)
    )
    fmt = c.fmt
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Energy per unit produced, by unit")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Site")),
            c.t(QT_TRANSLATE_NOOP("Report", "Production per year")),
            c.t(QT_TRANSLATE_NOOP("Report", "kWh per unit produced")),
            c.t(QT_TRANSLATE_NOOP("Report", "Median of the same unit and sector")),
        ],
        [
            [
                s.site.name,
                fmt.quantity(s.site.production_volume, g.unit),
                _intensity(c, s.kwh_per_unit, g.unit),
                _intensity(c, g.median, g.unit),
            ]
            for g in groups
            for s in g.sites
        ],
        [False, True, True, True],
    )


def savings_table(doc: ReportDocument, c: ClusterContext) -> None:
    fmt = c.fmt
    _site_table(
        doc,
        c,
        QT_TRANSLATE_NOOP("Report", "Savings potential by site"),
        [
            (c.t(QT_TRANSLATE_NOOP("Report", "Measures")), lambda r: _count(c, r.measure_count)),
            (c.t(QT_TRANSLATE_NOOP("Report", "kWh saved per year")), lambda r: fmt.number(r.savings_kwh)),
            (c.money_header(QT_TRANSLATE_NOOP("Report", "Saved per year")), lambda r: _money(c, r, r.savings_cost)),
            (c.t(QT_TRANSLATE_NOOP("Report", "Share of the bill")), lambda r: c.share(r.savings_cost_share)),
            (c.t(QT_TRANSLATE_NOOP("Report", "t CO2 avoided per year")), lambda r: fmt.number(r.savings_co2_t, 1)),
            (
                c.money_header(QT_TRANSLATE_NOOP("Report", "Investment")),
                lambda r: _money(c, r, r.savings_investment),
            ),
        ],
    )


def flag_text(c: ClusterContext, flag: DataFlag) -> str:
    return c.t(FLAG_TEXTS[flag.kind]).format(colon=c.colon(), count=c.fmt.number(flag.count), of=c.fmt.number(flag.of))


def _period(c: ClusterContext, s: SiteComparison) -> str:
    if s.window is None:
        return "—"
    first, last = s.window
    return f"{first.month:02d}/{first.year}\u00a0–\u00a0{last.month:02d}/{last.year}"  # as the site page shows it


def quality_table(doc: ReportDocument, c: ClusterContext) -> None:
    """Every site, with its period and the flags its figures carry (the worst first)."""
    none = c.t(QT_TRANSLATE_NOOP("Report", "None"))
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Data-quality flags by site")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Site")),
            c.t(QT_TRANSLATE_NOOP("Report", "Period")),
            c.t(QT_TRANSLATE_NOOP("Report", "Flags")),
        ],
        [
            [s.site.name, _period(c, s), "\n".join(flag_text(c, f) for f in worst_first(s.flags)) or none]
            for s in c.comparison.sites
        ],
        [False, False, False],
        weights=[1.4, 0.0, 2.0],
    )
