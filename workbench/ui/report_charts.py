"""The report's charts: the figures the application shows (``charts.figures``), painted for print.

They are drawn in the report's language and on the light palette, whatever the interface's language and theme:
a report is printed on white paper. The monthly charts show exactly the analysis period's twelve months (the
months the report's tables show), those without a bill hatched. Nothing here builds a page or imports
pyqtgraph: each chart is painted by QPainter straight into an image at print resolution.
"""

from __future__ import annotations

import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPalette
from PySide6.QtWidgets import QApplication

from workbench.analysis.chart_series import site_months
from workbench.analysis.measures import site_measures
from workbench.analysis.ranking import rank
from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager
from workbench.reporting.theme_colours import template_theme
from workbench.resources import report_template
from workbench.ui.charts.figures import donut_parts, payback_rows, sankey_links, site_figures
from workbench.ui.charts.printed import PrintedMonthlyChart
from workbench.ui.charts.shapes import DonutChart, PaintedChart, RankedBars, SankeyChart
from workbench.ui.session import WorkspaceSession
from workbench.ui.theme import light_palette

if TYPE_CHECKING:
    from workbench.analysis.cluster_comparison import ClusterComparison

ChartT = TypeVar("ChartT", bound=PaintedChart)

PRINT_WIDTH_CM = 15.5  # a report's figure (ReportDocument.figure)
PRINT_DPI = 250  # sharp on paper; more only makes the report heavier and slower to write
PRINT_WIDTH = round(PRINT_WIDTH_CM / 2.54 * PRINT_DPI)  # 1 526 pixels
SCALE = PRINT_DPI / 96  # the screen's 96 dpi to print: a text prints at the point size it has on screen
PRINT_POINT_SIZE = 8.5  # the charts' text (titles a fifth larger, ticks and legends a tenth smaller)
MONTHLY_ASPECT = 0.56  # 16 × 9
MONTHLY_CHARTS = ("energy", "tou", "power", "cos_phi")
ZLIB_LEVEL = 3
# Free fonts drawn to the metrics of Microsoft's, which LibreOffice substitutes for them too.
METRIC_TWINS = {"Calibri": "Carlito", "Cambria": "Caladea"}


@dataclass
class PrintedChart:
    chart: PaintedChart
    height: int  # pixels, at PRINT_WIDTH across


def _painted_rows(chart: PaintedChart, width: int, height: int) -> memoryview:
    """``chart`` painted at ``width`` × ``height`` pixels straight into a PNG's row layout: 8-bit RGB, each
    row behind its filter byte (0, "none"). No copy and no conversion before zlib compresses it."""
    stride = 3 * width + 1
    buffer = bytearray(stride * height + 1)
    image = QImage(memoryview(buffer)[1:], width, height, stride, QImage.Format.Format_RGB888)
    chart.paint_into(image, SCALE)
    del image
    buffer[0 : stride * height : stride] = bytes(height)  # whatever the painting did, each row's filter is 0
    return memoryview(buffer)[: stride * height]


def _png(width: int, height: int, rows: memoryview, level: int = ZLIB_LEVEL) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    dots = round(PRINT_DPI / 0.0254)  # pixels per metre, so that a viewer shows the figure at its size
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
            chunk(b"pHYs", struct.pack(">IIB", dots, dots, 1)),
            chunk(b"IDAT", zlib.compress(rows, level)),
            chunk(b"IEND", b""),
        )
    )


def printed_png(chart: PaintedChart, width: int, height: int, level: int = ZLIB_LEVEL) -> bytes:
    """``chart`` painted at ``width`` × ``height`` pixels, as a PNG.

    The charts are flat colours on white: unfiltered rows compress about as well as Qt's adaptive filters,
    several times faster (Qt's PNG writer took most of the report's chart time)."""
    return _png(width, height, _painted_rows(chart, width, height), level)


@dataclass(frozen=True)
class PrintStyle:
    """The charts' typeface and text colours: the report template's theme when it has them, else the
    application's font in black on white."""

    font: QFont
    text: QColor | None = None
    title: QColor | None = None


def print_style(template: Path | None = None) -> PrintStyle:
    """The style of charts for a report written with ``template`` (the shipped site report's by default)."""
    theme = template_theme(template or report_template("site-report"))
    font = QFont(QApplication.font())
    family = theme.minor_font if theme is not None else None
    if family and not QFontDatabase.hasFamily(family):
        family = METRIC_TWINS.get(family)  # Calibri is not on Linux; Carlito has its widths
    if family and QFontDatabase.hasFamily(family):
        font = QFont(family)  # the body's typeface, as Word's own charts take
    font.setPointSizeF(PRINT_POINT_SIZE)
    if theme is None:
        return PrintStyle(font)
    text = QColor(theme.text) if theme.text else None
    title = QColor(theme.colours["dk2"]) if "dk2" in theme.colours else None
    return PrintStyle(font, text, title)


def _prepared(chart: ChartT, style: PrintStyle | None = None) -> ChartT:
    style = style or print_style()
    palette = light_palette()
    if style.text is not None and style.text.lightness() < 110:  # dark text only: it is printed on white
        palette.setColor(QPalette.ColorRole.Text, style.text)
    chart.setPalette(palette)
    chart.setFont(style.font)
    if style.title is not None and style.title.lightness() < 140:
        chart.title_colour = style.title
    return chart


def _rows_height(chart: RankedBars) -> int:
    return max(round(PRINT_WIDTH * 0.2), round(chart.height_for(PRINT_WIDTH, SCALE)))


def site_report_charts(
    session: WorkspaceSession, languages: LanguageManager, site_id: int, style: PrintStyle | None = None
) -> dict[str, PrintedChart]:
    """The site's report charts in the current language, ready to print, by name."""
    style = style or print_style()
    account = session.account(site_id)
    workspace = session.workspace
    balance, figures = site_measures(account, workspace.equipment(site_id), workspace.measures(site_id))
    fmt = languages.formatter
    charts: dict[str, PrintedChart] = {}
    if balance.window is not None:
        monthly = site_figures(site_months(account, balance.window), fmt, account.site.currency)
        for name in MONTHLY_CHARTS:
            if name in monthly and monthly[name].visible:
                chart = _prepared(PrintedMonthlyChart(), style)
                chart.set_figure(monthly[name])
                charts[name] = PrintedChart(chart, round(PRINT_WIDTH * MONTHLY_ASPECT))
    value_text = lambda v: fmt.quantity(v, "kWh")  # noqa: E731
    donut = _prepared(DonutChart(), style)
    donut.value_text, donut.share_text = value_text, fmt.percent
    donut.set_parts(donut_parts(balance), QCoreApplication.translate("BalancePage", "Final energy by end use"))
    sankey = _prepared(SankeyChart(), style)
    sankey.value_text = value_text
    links, colours = sankey_links(balance)
    sankey.set_links(links, colours, QCoreApplication.translate("BalancePage", "From the bills to the end uses"))
    charts["donut"] = PrintedChart(donut, round(PRINT_WIDTH * 0.5))
    charts["sankey"] = PrintedChart(sankey, round(PRINT_WIDTH * MONTHLY_ASPECT))
    rows = payback_rows(figures, languages.language)
    if rows:
        payback = _prepared(RankedBars(highlight_below=3.0), style)
        payback.value_text = lambda v: fmt.number(v, 1)
        payback.set_rows(
            rows, QCoreApplication.translate("MeasuresPage", "Payback by measure, in years (over 3 years in orange)")
        )
        charts["payback"] = PrintedChart(payback, _rows_height(payback))
    from workbench.ui.report_load_curve_charts import load_curve_charts  # numpy: only for a site with a curve

    site = session.get(model.Site, site_id)
    if workspace.has_load_curves(site_id):
        prepare = lambda painted: _prepared(painted, style)  # noqa: E731
        for name, (painted, height) in load_curve_charts(workspace, site, fmt, prepare, PRINT_WIDTH).items():
            charts[name] = PrintedChart(painted, height)
    return charts


def _images(charts: dict[str, PrintedChart]) -> dict[str, bytes]:
    """Each chart painted, then compressed by a worker thread while the next one is painted (zlib lets go
    of the interpreter while it works)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = {}
        for name, printed in charts.items():
            rows = _painted_rows(printed.chart, PRINT_WIDTH, printed.height)
            pending[name] = pool.submit(_png, PRINT_WIDTH, printed.height, rows)
            printed.chart.deleteLater()
        return {name: future.result() for name, future in pending.items()}


def site_chart_images(
    session: WorkspaceSession,
    languages: LanguageManager,
    site_id: int,
    language: Language,
    template: Path | None = None,
) -> dict[str, bytes]:
    """PNG images of a site's charts in ``language``, in the typeface and text colours of ``template``'s
    theme (the shipped template's by default); the pages on screen keep the interface's language."""
    with languages.speaking(language):
        return _images(site_report_charts(session, languages, site_id, print_style(template)))


def _cluster_specs(comparison: ClusterComparison, fmt) -> dict:
    """The synthesis's ranking charts: title, the site's figure, how a value is written. Energy per unit only
    when the sites count their production in one unit (kWh per tonne and per m² do not rank together); money
    only when they share a currency."""
    specs = {
        "kwh": (
            QCoreApplication.translate("ReportCharts", "Final energy (kWh)"),
            lambda s: s.kwh,
            lambda v: fmt.number(v),
        )
    }
    units = comparison.production_units
    if comparison.intensity_comparable:
        specs["kwh_per_unit"] = (
            QCoreApplication.translate("ReportCharts", "Final energy per unit produced (kWh/{unit})").format(
                unit=next(iter(units))
            ),
            lambda s: s.kwh_per_unit,
            lambda v: fmt.number(v, 1),
        )
    currencies = comparison.currencies
    specs["cost_per_kwh"] = (
        QCoreApplication.translate("ReportCharts", "Average cost per kWh ({currency}/kWh)").format(
            currency=next(iter(currencies))
        )
        if len(currencies) == 1
        else QCoreApplication.translate("ReportCharts", "Average cost per kWh"),
        lambda s: s.cost_per_kwh,
        lambda v: fmt.number(v, 3),
    )
    specs["savings_share"] = (
        QCoreApplication.translate("ReportCharts", "Savings identified (share of final energy)"),
        lambda s: s.savings_share,
        lambda v: fmt.percent(v, 1 if 0 < abs(v) < 0.01 else 0),
    )
    if len(currencies) == 1:
        specs["savings_cost"] = (
            QCoreApplication.translate("ReportCharts", "Money saved a year ({currency})").format(
                currency=next(iter(currencies))
            ),
            lambda s: s.savings_cost if s.kwh is not None else None,
            lambda v: fmt.number(v),
        )
    return specs


def cluster_chart_images(
    comparison: ClusterComparison, languages: LanguageManager, language: Language, template: Path | None = None
) -> dict[str, bytes]:
    """The synthesis's ranking charts (sites ranked by a figure, the cluster's median dashed across), painted
    like the site report's: the ranked-bars builder of the measures page, for print."""
    charts = cluster_report_charts(comparison, languages, language, template)
    return _images(charts)


def cluster_report_charts(
    comparison: ClusterComparison, languages: LanguageManager, language: Language, template: Path | None = None
) -> dict[str, PrintedChart]:
    """The synthesis's charts in ``language``, ready to print, by name (tests measure their labels)."""
    from workbench.i18n.formatting import Formatter

    style = print_style(template or report_template("cluster-synthesis"))
    with languages.speaking(language):
        fmt = Formatter(language)
        median = QCoreApplication.translate("ReportCharts", "Cluster median: {value}")
        charts: dict[str, PrintedChart] = {}
        for name, (title, value_of, text) in _cluster_specs(comparison, fmt).items():
            ranking = rank((s.site.name, value_of(s)) for s in comparison.sites)
            if not ranking.rows:
                continue
            chart = _prepared(RankedBars(), style)
            chart.value_text = text
            middle = ranking.median
            reference = (median.format(value=text(middle)), middle) if middle is not None else None
            chart.set_rows(list(ranking.rows), title, reference)
            charts[name] = PrintedChart(chart, _rows_height(chart))
        return charts
