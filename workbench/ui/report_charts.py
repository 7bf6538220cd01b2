"""The report's charts, drawn by the very pages and chart builders the application shows, at print resolution.

They are drawn in the report's language and on the light palette, whatever the interface's language and theme:
a report is printed on white paper.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from workbench.analysis.cluster_comparison import ClusterComparison
from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager
from workbench.ui.session import WorkspaceSession
from workbench.ui.theme import light_palette

PRINT_WIDTH = 2000  # pixels for a 16 cm wide figure: over 300 dpi


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _bar_chart_png(chart) -> bytes:
    # the aspect of a page's figure (16 × 9 cm), whatever the window's shape; 800 px across, so that its text,
    # enlarged with the rest, reads at about 7 pt on the page
    chart.setFixedSize(800, 448)
    return _png(chart.render_image(PRINT_WIDTH))


def _painted_png(chart, aspect: float = 0.56) -> bytes:
    return _png(chart.render_image(PRINT_WIDTH, int(PRINT_WIDTH * aspect)))


def site_chart_images(
    session: WorkspaceSession, languages: LanguageManager, site_id: int, language: Language
) -> dict[str, bytes]:
    """PNG images of a site's charts in ``language``; the pages on screen keep the interface's language."""
    from workbench.ui.views.balance_page import BalancePage
    from workbench.ui.views.measures_page import MeasuresPage
    from workbench.ui.views.site_page import SitePage

    with languages.speaking(language):
        images: dict[str, bytes] = {}
        site_page = SitePage(session, languages)
        balance_page = BalancePage(session, languages)
        measures_page = MeasuresPage(session, languages)
        for page in (site_page, balance_page, measures_page):
            page.setPalette(light_palette())
            page.resize(1600, 1200)
        site_page.show_node(("site", site_id))
        balance_page.show_node(("balance", site_id))
        measures_page.show_node(("measures", site_id))
        QApplication.processEvents()
        images["energy"] = _bar_chart_png(site_page.energy_chart)
        if site_page.tou_chart.series_count:
            images["tou"] = _bar_chart_png(site_page.tou_chart)
            images["power"] = _bar_chart_png(site_page.power_chart)
            images["cos_phi"] = _bar_chart_png(site_page.cos_phi_chart)
        images["donut"] = _painted_png(balance_page.donut)
        images["sankey"] = _painted_png(balance_page.sankey)
        if measures_page.payback_chart.rows:
            images["payback"] = _painted_png(
                measures_page.payback_chart, min(0.56, 0.1 + 0.045 * len(measures_page.payback_chart.rows))
            )
        for page in (site_page, balance_page, measures_page):
            page.detach()
            page.deleteLater()
        return images


def cluster_chart_images(
    comparison: ClusterComparison, languages: LanguageManager, language: Language
) -> dict[str, bytes]:
    """The synthesis's comparison charts, drawn by the ranked-bars builder of the measures page."""
    from PySide6.QtCore import QCoreApplication

    from workbench.i18n.formatting import Formatter
    from workbench.ui.charts.shapes import RankedBars

    with languages.speaking(language):
        fmt = Formatter(language)
        median = QCoreApplication.translate("ReportCharts", "Cluster median: {value}")
        specs = {
            "kwh": (
                QCoreApplication.translate("ReportCharts", "Final energy (kWh)"),
                lambda s: s.kwh,
                lambda v: fmt.number(v),
            ),
            "cost_per_kwh": (
                QCoreApplication.translate("ReportCharts", "Average cost per kWh"),
                lambda s: s.cost_per_kwh,
                lambda v: fmt.number(v, 3),
            ),
            "savings_share": (
                QCoreApplication.translate("ReportCharts", "Savings identified (share of final energy)"),
                lambda s: s.savings_share,
                lambda v: fmt.percent(v),
            ),
        }
        images: dict[str, bytes] = {}
        for name, (title, value_of, text) in specs.items():
            rows = sorted(
                ((s.site.name, value_of(s)) for s in comparison.sites if value_of(s) is not None),
                key=lambda row: -row[1],
            )
            if not rows:
                continue
            middle = comparison.median(name)
            chart = RankedBars()
            chart.setPalette(light_palette())
            chart.value_text = text
            reference = (median.format(value=text(middle)), middle) if middle is not None else None
            chart.set_rows(rows, title, reference)
            images[name] = _painted_png(chart, min(0.56, 0.1 + 0.04 * (len(rows) + 1)))
            chart.deleteLater()
        return images
