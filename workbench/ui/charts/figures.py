"""What each site chart shows, in the current language: titles, legend names, colours, series and axes.

Built from the analysis (``workbench.analysis.chart_series``, where the figures and the axis ranges are worked
out) for the site page's interactive charts and for the report's printed ones alike, so that both say the
same. No pyqtgraph here: the report draws these with QPainter alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QCoreApplication

from workbench.analysis.balance import SiteBalance
from workbench.analysis.breakdown import UNEXPLAINED, end_use_slices, sankey_flows
from workbench.analysis.chart_series import (
    GROUPED,
    MONTH_ABBREVIATIONS,
    AxisRange,
    SiteMonths,
    donut_slices,
    month_labels,
)
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.units import CARRIER_LABELS, Carrier
from workbench.domain.vocab import LABELS, EndUse, Language
from workbench.i18n.formatting import Formatter

from .shapes import PALETTE, UNEXPLAINED_COLOUR, Link, Part

if TYPE_CHECKING:
    from workbench.domain.economics import MeasureFigures

# Colours that read on light and dark backgrounds alike.
CARRIER_COLOURS = {
    Carrier.ELECTRICITY: "#3b82c4",
    Carrier.NATURAL_GAS: "#e8a33d",
    Carrier.PROPANE: "#d9603b",
    Carrier.BUTANE: "#c4473a",
    Carrier.HEAVY_FUEL_OIL: "#6d5d4b",
    Carrier.GAS_OIL: "#8c6bb1",
    Carrier.COAL: "#4d4d4d",
    Carrier.BIOMASS: "#5a9e4b",
    Carrier.DISTRICT_HEAT: "#c9699b",
    Carrier.OTHER: "#8c8c8c",
}
END_USE_COLOURS = {use: PALETTE[i % len(PALETTE)] for i, use in enumerate(EndUse)}
GROUPED_COLOUR = "#455a64"  # slate: none of the end uses' colours, nor the unexplained grey
REACHED_COLOUR = "#3b82c4"
OVERRUN_COLOUR = "#e8a33d"  # amber: a month above the subscribed power, beside the blue of the others
LIMIT_COLOUR = "#c62828"  # the subscribed power, the cos φ threshold: a limit, drawn thick and dashed
COS_PHI_COLOUR = "#2e7d32"
# The time-of-use periods by their full names (« heures de pointe, heures pleines, heures creuses »).
TOU_PARTS = (
    (QT_TRANSLATE_NOOP("Field", "Peak hours"), "peak", "#d9603b"),
    (QT_TRANSLATE_NOOP("Field", "Standard hours"), "standard", "#e8a33d"),
    (QT_TRANSLATE_NOOP("Field", "Off-peak hours"), "offpeak", "#3b82c4"),
)


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]  # one per month
    colour: str


@dataclass(frozen=True)
class Line:
    """A line over the bars: a monthly series, or a constant (a threshold, a subscribed power)."""

    name: str
    values: Sequence[float | None] | float
    colour: str
    dashed: bool = False
    note: str = ""  # said after the name in a printed legend ("600 kVA")
    over: Sequence[bool] = ()  # a constant's months (those with data); empty: every month

    @property
    def constant(self) -> bool:
        return isinstance(self.values, (int, float))

    def monthly(self, count: int) -> list[float | None]:
        """One value per month, ``None`` where the line is not drawn."""
        if isinstance(self.values, (int, float)):
            value = float(self.values)
            return [value if not self.over or (i < len(self.over) and self.over[i]) else None for i in range(count)]
        return list(self.values)


@dataclass(frozen=True)
class Highlight:
    """Months whose bars are drawn in another colour, with their own legend entry (overruns)."""

    flags: Sequence[bool]
    colour: str
    name: str


@dataclass(frozen=True)
class MonthlyFigure:
    title: str
    unit: str
    months: Sequence[dt.date]
    series: Sequence[Series]
    lines: Sequence[Line] = ()
    axis: AxisRange | None = None  # None: from 0 to just above the data
    value_text: Callable[[float], str] = field(default=lambda v: f"{v:,.0f}")  # a tooltip's value
    axis_text: Callable[[float], str] = field(default=lambda v: f"{v:,.0f}")  # a tick's label
    month_text: Callable[[dt.date], str] = field(default=lambda m: m.strftime("%m/%Y"))
    missing: Sequence[bool] = ()
    missing_text: str = ""  # a missing month's tooltip
    missing_name: str = ""  # its legend entry
    highlight: Highlight | None = None
    labels: Sequence[tuple[str, str]] = ()  # per month, its name and the year under it, in the figure's language

    def __post_init__(self) -> None:
        if not self.labels:  # named when the figure is made: drawn later, it keeps the language it was made in
            object.__setattr__(self, "labels", month_axis_labels(self.months))

    @property
    def visible(self) -> bool:
        return bool(self.months) and (
            any(any(s.values) for s in self.series)
            or any(
                not isinstance(line.values, (int, float)) and any(v is not None for v in line.values)
                for line in self.lines
            )
        )


class _Missing(TypedDict):
    """The months without a bill, as a page's monthly figures all show them."""

    missing: Sequence[bool]
    missing_text: str
    missing_name: str


class _Shared(_Missing):
    axis_text: Callable[[float], str]


def translated_months() -> list[str]:
    return [QCoreApplication.translate("Charts", name) for name in MONTH_ABBREVIATIONS]


def month_axis_labels(months: Sequence[dt.date]) -> list[tuple[str, str]]:
    """Per month its short name in the current language, and its year under January and the first month."""
    return month_labels(months, translated_months())


def carrier_label(carrier: Carrier) -> str:
    return QCoreApplication.translate("Carrier", CARRIER_LABELS[carrier])


def _months_figures(data: SiteMonths, fmt: Formatter, currency: str) -> dict[str, MonthlyFigure]:
    months = list(data.months)
    no_bill = QCoreApplication.translate("Pages", "No bill covers this month for one of the supplies.")
    missing_name = QCoreApplication.translate("Charts", "No bill")
    common = _Shared(missing=data.missing, missing_text=no_bill, missing_name=missing_name, axis_text=fmt.number)
    energy = [Series(carrier_label(c.carrier), c.kwh, CARRIER_COLOURS[c.carrier]) for c in data.carriers]
    cost = [Series(carrier_label(c.carrier), c.cost, CARRIER_COLOURS[c.carrier]) for c in data.carriers]
    prices = [Line(carrier_label(c.carrier), c.prices, CARRIER_COLOURS[c.carrier]) for c in data.carriers]
    return {
        "energy": MonthlyFigure(
            QCoreApplication.translate("Pages", "Monthly final energy"),
            "kWh",
            months,
            energy,
            axis=data.energy_axis,
            value_text=lambda v: fmt.quantity(v, "kWh"),
            **common,
        ),
        "cost": MonthlyFigure(
            QCoreApplication.translate("Pages", "Monthly cost excl. VAT"),
            currency,
            months,
            cost,
            axis=data.cost_axis,
            value_text=lambda v: fmt.money(v, currency),
            **common,
        ),
        "price": MonthlyFigure(
            QCoreApplication.translate("Pages", "Average price per kWh"),
            f"{currency}/kWh",
            months,
            [],
            prices,
            axis=data.price_axis,
            value_text=lambda v: fmt.quantity(v, f"{currency}/kWh", 3),
            **(common | {"axis_text": lambda v: fmt.number(v, 2)}),
        ),
    }


def site_figures(data: SiteMonths, fmt: Formatter, currency: str) -> dict[str, MonthlyFigure]:
    """The site's monthly charts, by name: energy, cost, price and, with electricity, tou, power, cos_phi."""
    figures = _months_figures(data, fmt, currency)
    e = data.electricity
    if e is None:
        return figures
    months = list(data.months)
    no_bill = QCoreApplication.translate("Pages", "No bill covers this month for one of the supplies.")
    common = _Missing(
        missing=e.missing, missing_text=no_bill, missing_name=QCoreApplication.translate("Charts", "No bill")
    )
    shares = e.tou_shares
    tou = [
        Series(f"{QCoreApplication.translate('Field', name)} {fmt.percent(share)}", getattr(e, attr), colour)
        for (name, attr, colour), share in zip(TOU_PARTS, shares, strict=True)
    ]
    figures["tou"] = MonthlyFigure(
        QCoreApplication.translate("Pages", "Electricity by time of use"),
        "kWh",
        months,
        tou,
        value_text=lambda v: fmt.quantity(v, "kWh"),
        axis_text=fmt.number,
        **common,
    )
    lines = []
    if e.subscribed:
        lines.append(
            Line(
                QCoreApplication.translate("Pages", "Subscribed power"),
                float(e.subscribed),
                LIMIT_COLOUR,
                dashed=True,
                note=fmt.quantity(e.subscribed, "kVA"),
                over=e.power_months,
            )
        )
    overrun = e.overruns
    figures["power"] = MonthlyFigure(
        QCoreApplication.translate("Pages", "Reached and subscribed power"),
        "kVA",
        months,
        [Series(QCoreApplication.translate("Pages", "Reached power"), [r or 0.0 for r in e.reached], REACHED_COLOUR)],
        lines,
        axis=e.power_axis,
        value_text=lambda v: fmt.quantity(v, "kVA"),
        axis_text=fmt.number,
        highlight=Highlight(
            overrun, OVERRUN_COLOUR, QCoreApplication.translate("Charts", "Overrun of the subscribed power")
        )
        if any(overrun)
        else None,
        **common,
    )
    cos_lines = [Line("cos φ", list(e.cos_phi), COS_PHI_COLOUR)]
    if e.threshold is not None:
        cos_lines.append(
            Line(
                QCoreApplication.translate("Pages", "Tariff threshold"),
                e.threshold,
                LIMIT_COLOUR,
                dashed=True,
                note=fmt.number(e.threshold, 2),
                over=e.cos_phi_months,
            )
        )
    figures["cos_phi"] = MonthlyFigure(
        QCoreApplication.translate("Pages", "Monthly cos φ"),
        "cos φ",
        months,
        [],
        cos_lines,
        axis=e.cos_phi_axis,
        value_text=lambda v: fmt.number(v, 3),
        axis_text=lambda v: fmt.number(v, 2),
        **common,
    )
    return figures


# --- the balance and the measures --------------------------------------------------------------------


def use_label(key: EndUse | str) -> str:
    if key == UNEXPLAINED:
        return QCoreApplication.translate("BalancePage", "Unexplained")
    if key == GROUPED:
        return QCoreApplication.translate("Charts", "Other (grouped)")
    return QCoreApplication.translate("EndUse", LABELS[EndUse(key)])


def _listed(label: str, position: int) -> str:
    """An end use in a list: lower-case after the first (not an acronym), its words kept on one line."""
    if position and label[:1].isupper() and label[1:2].islower():
        label = label[0].lower() + label[1:]
    return label.replace(" ", "\u00a0")


def donut_parts(balance: SiteBalance, carrier: Carrier | None = None) -> list[Part]:
    """The donut's slices: the small end uses together as "Other (grouped)", which lists what it holds."""
    parts = []
    for s in donut_slices(balance, carrier):
        if s.key == UNEXPLAINED:
            parts.append(Part(use_label(s.key), s.kwh, UNEXPLAINED_COLOUR, hatched=True))
        elif s.key == GROUPED:
            detail = ", ".join(_listed(use_label(m), i) for i, m in enumerate(s.members))
            parts.append(Part(use_label(s.key), s.kwh, GROUPED_COLOUR, detail=detail))
        else:
            parts.append(Part(use_label(s.key), s.kwh, END_USE_COLOURS[EndUse(s.key)]))
    return parts


def end_use_rows(balance: SiteBalance) -> list[tuple[str, float]]:
    """Every end use, largest first (bars have room for all: nothing is grouped), and the unexplained."""
    return [(use_label(s.key), s.kwh) for s in end_use_slices(balance, small=0.0)]


def sankey_links(balance: SiteBalance) -> tuple[list[Link], dict[str, str]]:
    """The bands from each carrier to its end uses, and each carrier's colour by its label."""
    links = [
        Link(
            carrier_label(flow.carrier),
            use_label(flow.target),
            flow.kwh,
            UNEXPLAINED_COLOUR if flow.target == UNEXPLAINED else END_USE_COLOURS[EndUse(flow.target)],
            hatched=flow.target == UNEXPLAINED,
        )
        for flow in sankey_flows(balance)
    ]
    return links, {carrier_label(c.carrier): CARRIER_COLOURS[c.carrier] for c in balance.carriers}


def payback_rows(figures: Sequence[MeasureFigures], language: Language) -> list[tuple[str, float]]:
    """Savings measures by payback, shortest first (renewable production is ranked apart)."""
    return sorted(
        (
            (f.measure.title.text(language) or f.measure.title.fr or f.measure.title.en, f.payback_years)
            for f in figures
            if f.payback_years is not None and not f.renewable
        ),
        key=lambda row: row[1],
    )
