"""The report's charts, drawn by the very pages and chart builders the application shows, at print resolution."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QApplication

from workbench.analysis.cluster_comparison import ClusterComparison
from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager
from workbench.ui.session import WorkspaceSession

PRINT_WIDTH = 2000  # pixels for a 16 cm wide figure: over 300 dpi


def _bar_chart_png(chart) -> bytes:
    # the aspect of a page's figure (16 × 9 cm), whatever the window's shape
    chart.setFixedSize(1000, 560)
    QApplication.processEvents()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chart.png"
        chart.export_png(str(path), PRINT_WIDTH)
        return path.read_bytes()


def _painted_png(chart, aspect: float = 0.56) -> bytes:
    image = chart.render_image(PRINT_WIDTH, int(PRINT_WIDTH * aspect))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def site_chart_images(
    session: WorkspaceSession, languages: LanguageManager, site_id: int, language: Language
) -> dict[str, bytes]:
    """PNG images of a site's charts in ``language``; the interface's language is put back afterwards."""
    from workbench.ui.views.balance_page import BalancePage
    from workbench.ui.views.measures_page import MeasuresPage
    from workbench.ui.views.site_page import SitePage

    previous = languages.language
    if language is not previous:
        languages.switch(language)
    try:
        images: dict[str, bytes] = {}
        site_page = SitePage(session, languages)
        balance_page = BalancePage(session, languages)
        measures_page = MeasuresPage(session, languages)
        for page in (site_page, balance_page, measures_page):
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
    finally:
        if language is not previous:
            languages.switch(previous)


def cluster_chart_images(
    comparison: ClusterComparison, languages: LanguageManager, language: Language
) -> dict[str, bytes]:
    """The synthesis's comparison charts, drawn by the ranked-bars builder of the measures page."""
    from PySide6.QtCore import QCoreApplication

    from workbench.i18n.formatting import Formatter
    from workbench.ui.charts.shapes import RankedBars

    previous = languages.language
    if language is not previous:
        languages.switch(language)
    try:
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
            chart.value_text = text
            reference = (median.format(value=text(middle)), middle) if middle is not None else None
            chart.set_rows(rows, title, reference)
            images[name] = _painted_png(chart, min(0.56, 0.1 + 0.04 * (len(rows) + 1)))
            chart.deleteLater()
        return images
    finally:
        if language is not previous:
            languages.switch(previous)
