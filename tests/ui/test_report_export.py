"""The report with the application's own charts, converted by LibreOffice: pages, pictures, text."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from docx import Document
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtGui import QImage, QPalette

from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.reporting.pdf import docx_to_pdf, soffice
from workbench.reporting.site_report import write_site_report
from workbench.ui import report_charts
from workbench.ui.report_charts import site_chart_images

SITE = "Briqueterie Al Amal"


def test_site_report_with_charts_converts_to_pdf(window, tmp_path):
    session, languages = window.session, window.languages
    site_id = next(s.id for s in session.workspace.sites() if s.name == SITE)
    charts = site_chart_images(session, languages, site_id, Language.FR)
    assert languages.language is Language.EN  # the interface's language is put back
    # the brickworks' electricity supply (3) has a load curve: its three charts too
    assert set(charts) == {"energy", "tou", "power", "cos_phi", "donut", "sankey", "payback"} | {
        f"load_{kind}_3" for kind in ("heat", "duration", "days")
    }
    for png in charts.values():
        image = QImage.fromData(png)
        # a 15.5 cm figure at no less than 200 dpi
        assert image.width() >= 15.5 / 2.54 * 200

    target = write_site_report(
        session.workspace, site_id, Language.FR, translator_for(Language.FR), tmp_path / "rapport.docx", charts
    )
    doc = Document(str(target))
    assert len(doc.inline_shapes) == len(charts)
    figures = [p.text for p in doc.paragraphs if p.style.name == "Caption" and p.text.startswith("Figure")]
    assert figures[0] == "Figure 1 — Énergie finale mensuelle par vecteur"
    assert len(figures) == len(charts)

    if soffice() is None or shutil.which("pdfinfo") is None:
        pytest.skip("LibreOffice and poppler-utils are installed by .ci/run")
    pdf = docx_to_pdf(target, tmp_path / "pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    # 21 pages on A4 today (22 with the document layer before its column widths, filled contents and table
    # spacing; the sections added since 15 pages made the rest)
    assert 9 <= pages <= 24, pages
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Synthèse" in text and "Figure 7" in text and "Summary" not in text
    # one page drawn, as a person would look at it
    subprocess.run(["pdftoppm", "-r", "40", "-f", "3", "-l", "3", "-png", str(pdf), str(tmp_path / "page")], check=True)
    page = QImage(str(next(tmp_path.glob("page*.png"))))
    assert page.width() > 300 and not page.isNull()


def test_cluster_synthesis_with_charts_converts_to_pdf(window, tmp_path):
    from workbench.analysis.cluster_comparison import compare_cluster
    from workbench.reporting.cluster_report import write_cluster_report
    from workbench.ui.report_charts import cluster_chart_images

    workspace = window.session.workspace
    cluster = next(c for c in workspace.clusters() if c.name == "Cluster Solaire")
    comparison = compare_cluster(workspace, cluster.id)
    charts = cluster_chart_images(comparison, window.languages, Language.EN)
    assert set(charts) == {"kwh", "cost_per_kwh", "savings_share", "savings_cost"}
    target = write_cluster_report(
        workspace, cluster.id, Language.EN, translator_for(Language.EN), tmp_path / "synthesis.docx", charts
    )
    doc = Document(str(target))
    figures = [p.text for p in doc.paragraphs if p.style.name == "Caption" and p.text.startswith("Figure")]
    assert figures == [
        "Figure 1 — Final energy by site, with the cluster median",
        "Figure 2 — Average cost per kWh by site, with the cluster median",
        "Figure 3 — Savings identified, as a share of each site's final energy",
        "Figure 4 — Money saved a year by site, with the cluster median",
    ]
    if soffice() is None or shutil.which("pdfinfo") is None:
        pytest.skip("LibreOffice and poppler-utils are installed by .ci/run")
    pdf = docx_to_pdf(target, tmp_path / "pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    # cover, contents, totals and medians, the comparison, charts, recurring measures, a block per site, method
    assert 8 <= pages <= 14, pages  # 11 pages on A4 today
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Cluster median" in text and "1,814,738" in text  # the median row, in the report's language


class LanguageChangeCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        self.count += event.type() == QEvent.Type.LanguageChange
        return False


def test_charts_speak_the_report_language_and_the_window_keeps_its_own(window):
    with window.languages.speaking(Language.FR):
        charts = report_charts.site_report_charts(window.session, window.languages, 2)
    titles = [charts["energy"].chart.figure.title]
    counter = LanguageChangeCounter()
    window.installEventFilter(counter)
    heard = []
    window.languages.language_changed.connect(heard.append)
    window.show_node(("site", 2))
    shown_title = window.pages["SitePage"].energy_chart.plotItem.titleLabel.text

    site_chart_images(window.session, window.languages, 2, Language.FR)

    assert titles[0] == "Énergie finale mensuelle"
    assert counter.count == 0 and heard == []  # nothing on screen was asked to retranslate
    assert window.pages["SitePage"].energy_chart.plotItem.titleLabel.text == shown_title == "Monthly final energy"
    assert QCoreApplication.translate("SitePage", "Monthly final energy") == "Monthly final energy"
    assert QLocale().decimalPoint() == "." and window.languages.formatter.number(1234.5, 1) == "1,234.5"
    window.removeEventFilter(counter)


def test_report_charts_are_light_and_shaped_for_the_page_whatever_the_theme(window):
    """A report is printed on white paper: the charts are drawn on the light palette, 16 × 9 for the monthly ones,
    while the window stays dark."""
    window.set_theme("dark")
    try:
        charts = site_chart_images(window.session, window.languages, 2, Language.EN)
        for name, png in charts.items():
            image = QImage.fromData(png)
            assert image.pixelColor(3, 3).lightness() > 240, name
            if name in ("energy", "tou", "power", "cos_phi"):
                size = (report_charts.PRINT_WIDTH, round(report_charts.PRINT_WIDTH * 0.56))
                assert (image.width(), image.height()) == size, name
        assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80
    finally:
        window.set_theme("light")
