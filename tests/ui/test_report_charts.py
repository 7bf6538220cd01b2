"""The report's charts as printed: the analysis period's twelve months, axes that fit, overruns marked, labels
whole, the donut's group named apart from the end use "Other" — and no pyqtgraph, no page built."""

from __future__ import annotations

import datetime as dt
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from workbench.analysis.chart_series import month_span
from workbench.domain.vocab import Language
from workbench.resources import report_template
from workbench.ui.charts.printed import legend_entries
from workbench.ui.report_charts import PRINT_DPI, PRINT_WIDTH, SCALE, site_chart_images, site_report_charts

D = dt.date
PERIOD = month_span(D(2018, 10, 1), D(2019, 9, 1))  # the demo's analysis period, as in the report's tables


def charts_of(window, site_id: int, language: Language = Language.EN):
    with window.languages.speaking(language):
        return site_report_charts(window.session, window.languages, site_id)


def measure(chart, height: int) -> dict:
    """The printed monthly chart's layout, measured on an image of the print size."""
    image = QImage(PRINT_WIDTH, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        return chart.layout(painter, QRectF(0, 0, PRINT_WIDTH, height), SCALE)
    finally:
        painter.end()


def test_the_monthly_charts_show_exactly_the_periods_twelve_months(window):
    charts = charts_of(window, 2)
    for name in ("energy", "tou", "power", "cos_phi"):
        assert list(charts[name].chart.figure.months) == PERIOD, name
    energy = charts["energy"].chart.figure
    assert not any(energy.missing)
    assert sum(sum(s.values) for s in energy.series) == pytest.approx(33_993_189, rel=1e-6)  # the report's total


def test_a_month_without_a_bill_is_shown_missing_in_the_report(window):
    charts = charts_of(window, 3)  # Céramiques du Littoral: no electricity bill for March 2019
    for name in ("energy", "power", "cos_phi"):
        figure = charts[name].chart.figure
        assert [m for m, gap in zip(figure.months, figure.missing, strict=True) if gap] == [D(2019, 3, 1)], name
    assert "No bill" in [e.text for e in legend_entries(charts["energy"].chart.figure)]


def test_the_power_chart_fits_the_data_and_marks_the_overruns(window):
    figure = charts_of(window, 2)["power"].chart.figure
    reached = list(figure.series[0].values)
    subscribed = next(line.values for line in figure.lines if line.dashed)
    assert subscribed == 600
    top = max(*reached, subscribed)
    assert top < figure.axis.high <= 1.1 * top and figure.axis.low == 0  # 0–700 for 651 kVA, not 0–1 000
    assert list(figure.highlight.flags) == [r > 600 for r in reached] and any(figure.highlight.flags)
    assert figure.highlight.name == "Overrun of the subscribed power"
    texts = [e.text for e in legend_entries(figure)]
    assert texts == ["Reached power", "Overrun of the subscribed power", "Subscribed power (600\u00a0kVA)"]


def test_the_cos_phi_chart_runs_from_0_6_to_1(window):
    figure = charts_of(window, 2)["cos_phi"].chart.figure
    assert (figure.axis.low, figure.axis.high) == (0.6, 1.0)
    assert [line.values for line in figure.lines if line.dashed] == [pytest.approx(0.8)]
    values = [v for v in figure.lines[0].values if v is not None]
    assert len(values) == 12 and min(values) > 0.6


def test_no_label_of_a_printed_monthly_chart_is_cut(window):
    for language in (Language.EN, Language.FR):
        for name, printed in charts_of(window, 2, language).items():
            if name not in ("energy", "tou", "power", "cos_phi"):
                continue
            parts = measure(printed.chart, printed.height)
            metrics: QFontMetricsF = parts["metrics"]
            # the tick labels' column holds the widest of them
            widest = max(metrics.horizontalAdvance(text) for _, text in parts["ticks"])
            assert parts["axis_width"] >= widest, name
            assert parts["plot"].left() - parts["area"].left() >= widest
            # every month shown has room for its name
            names = [label for label, _ in parts["labels"]]
            assert parts["slot"] * parts["step"] >= max(metrics.horizontalAdvance(n) for n in names), name
            assert parts["step"] == 1, name  # at 15.5 cm the twelve months are all named
            # every legend row fits the chart's width, each entry whole
            for row in parts["legend"]:
                width = sum(size for _, size in row) + 14 * SCALE * (len(row) - 1)
                assert width <= parts["area"].width() + 0.5, name
                assert all(not entry.text.endswith("…") for entry, _ in row), name


def test_the_donuts_group_is_named_apart_from_the_end_use_other(window):
    for language, group, other in ((Language.EN, "Other (grouped)", "Other"), (Language.FR, None, None)):
        donut = charts_of(window, 2, language)["donut"].chart
        labels = [p.label for p in donut.parts]
        grouped = [p for p in donut.parts if p.detail]
        assert len(grouped) == 1
        if group is not None:
            assert grouped[0].label == group != other
        assert grouped[0].label not in ("Other", "Autre")
        # what it groups is listed, the end use "Other" among them, and nowhere else as its own slice
        assert "Motors" in grouped[0].detail or "Moteurs" in grouped[0].detail
        assert not {"Other", "Autre"} & set(labels)


def test_the_charts_are_pngs_at_print_resolution(window):
    charts = site_chart_images(window.session, window.languages, 2, Language.FR)
    # site 2, the brickworks, has a load curve on its electricity supply (3)
    assert set(charts) == {"energy", "tou", "power", "cos_phi", "donut", "sankey", "payback"} | {
        "load_heat_3",
        "load_duration_3",
        "load_days_3",
    }
    for name, png in charts.items():
        image = QImage.fromData(png)
        assert not image.isNull(), name
        assert image.width() == PRINT_WIDTH >= 15.5 / 2.54 * 200, name  # 15.5 cm at 250 dpi
        assert image.pixelColor(3, 3).lightness() > 240, name  # white paper
        assert image.height() < image.width(), name
        # the resolution is written in the file, so that an image viewer shows it at its size
        at = png.index(b"pHYs")
        assert struct.unpack(">IIB", png[at + 4 : at + 13]) == (round(PRINT_DPI / 0.0254),) * 2 + (1,)
    assert QImage.fromData(charts["energy"]).height() == round(PRINT_WIDTH * 0.56)  # 16 × 9


def test_the_charts_speak_the_report_language_and_the_window_keeps_its_own(window):
    window.show_node(("site", 2))
    shown = window.pages["SitePage"].energy_chart.plotItem.titleLabel.text
    charts = charts_of(window, 2, Language.FR)
    assert charts["energy"].chart.figure.title == "Énergie finale mensuelle"
    assert charts["power"].chart.figure.highlight.name == "Dépassement de la puissance souscrite"
    parts = measure(charts["energy"].chart, charts["energy"].height)
    assert [label for label, _ in parts["labels"]][:4] == ["oct.", "nov.", "déc.", "janv."]
    assert [year for _, year in parts["labels"]][:4] == ["2018", "", "", "2019"]
    donut = charts["donut"].chart
    assert any(p.label == "Autres (regroupés)" for p in donut.parts)
    assert window.languages.language is Language.EN
    assert window.pages["SitePage"].energy_chart.plotItem.titleLabel.text == shown == "Monthly final energy"


def test_drawing_the_report_charts_needs_neither_pyqtgraph_nor_a_page(demo_file, tmp_path):
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from workbench.app import build_application\n"
        "from workbench.domain.vocab import Language\n"
        "from workbench.i18n.language import LanguageManager\n"
        "from workbench.storage.workspace import Workspace\n"
        "from workbench.ui.session import WorkspaceSession\n"
        "from workbench.ui.report_charts import site_chart_images\n"
        "app = build_application()\n"
        "languages = LanguageManager(app)\n"
        f"session = WorkspaceSession(Workspace.open({str(demo_file)!r}))\n"
        "images = site_chart_images(session, languages, 2, Language.FR)\n"
        "print(len(images), 'pyqtgraph' in sys.modules, any(m.startswith('workbench.ui.views') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["10", "False", "False"]  # seven, and the load curve's three


def _restyled(tmp_path, font: str, text: str) -> Path:
    """A copy of the shipped template whose theme names another body typeface and text colour."""
    source = report_template("site-report")
    target = tmp_path / "restyled.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/theme/theme1.xml":
                data = data.replace(b'<a:latin typeface="Cambria"/>', f'<a:latin typeface="{font}"/>'.encode())
                data = data.replace(b'lastClr="000000"', f'lastClr="{text}"'.encode(), 1)
            new.writestr(item, data)
    return target


def test_the_charts_take_the_templates_theme(window, tmp_path):
    from PySide6.QtGui import QFontDatabase

    from workbench.reporting.theme_colours import template_theme
    from workbench.ui.report_charts import print_style

    shipped = template_theme(report_template("site-report"))
    assert (shipped.major_font, shipped.minor_font) == ("Calibri", "Cambria")
    assert shipped.text == "#000000" and shipped.colours["dk2"] == "#1f497d" and len(shipped.accents) == 6
    family = "DejaVu Serif"
    if not QFontDatabase.hasFamily(family):
        pytest.skip(f"{family} is not installed")
    restyled = _restyled(tmp_path, family, "202020")
    style = print_style(restyled)
    assert style.font.family() == family and style.text.name() == "#202020" and style.title.name() == "#1f497d"
    charts = charts_of_style(window, style)
    assert charts["energy"].chart.font().family() == family
    assert charts["energy"].chart.title_colour.name() == "#1f497d"
    # a template that cannot be read: the application's font, black on white
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert template_theme(broken) is None and print_style(broken).text is None


def charts_of_style(window, style):
    with window.languages.speaking(Language.EN):
        return site_report_charts(window.session, window.languages, 2, style)


# --- the cluster synthesis's ranking charts ------------------------------------------------------------------


def cluster_charts(window, language: Language = Language.EN, cluster_id: int = 1):
    from workbench.analysis.cluster_comparison import compare_cluster
    from workbench.ui.report_charts import cluster_report_charts

    comparison = compare_cluster(window.session.workspace, cluster_id)
    return comparison, cluster_report_charts(comparison, window.languages, language)


def test_the_cluster_charts_rank_the_sites_with_the_median(window):
    import statistics

    comparison, charts = cluster_charts(window)
    # kWh per tonne, per m² and per m³ do not rank together: no chart of energy per unit for this cluster
    assert list(charts) == ["kwh", "cost_per_kwh", "savings_share", "savings_cost"]
    kwh = charts["kwh"].chart
    values = [v for _, v in kwh.rows]
    assert values == sorted(values, reverse=True) and len(values) == len(comparison.sites)
    assert kwh.reference[1] == pytest.approx(statistics.median(values)) == pytest.approx(comparison.median("kwh"))
    assert charts["cost_per_kwh"].chart.title == "Average cost per kWh (MAD/kWh)"
    assert charts["savings_cost"].chart.title == "Money saved a year (MAD)"
    for printed in charts.values():
        printed.chart.deleteLater()


def test_no_site_name_of_a_cluster_chart_is_cut(window):
    for language in (Language.EN, Language.FR):
        _, charts = cluster_charts(window, language)
        for name, printed in charts.items():
            chart = printed.chart
            assert printed.height >= chart.height_for(PRINT_WIDTH, SCALE) - 0.5, name  # every row at full height
            font = chart._font(SCALE, 0.9)
            metrics = QFontMetricsF(font, QImage(1, 1, QImage.Format.Format_RGB32))
            _, lines = chart.label_layout(metrics, PRINT_WIDTH - 12 * SCALE, SCALE)
            for (label, _), shown in zip(chart.rows, lines, strict=True):
                assert " ".join(shown).split() == label.split(), (name, label)  # wrapped, never shortened
            chart.deleteLater()


def test_the_cluster_charts_are_pngs_at_print_resolution(window):
    from workbench.analysis.cluster_comparison import compare_cluster
    from workbench.ui.report_charts import cluster_chart_images

    comparison = compare_cluster(window.session.workspace, 1)
    images = cluster_chart_images(comparison, window.languages, Language.FR)
    assert set(images) == {"kwh", "cost_per_kwh", "savings_share", "savings_cost"}
    for name, png in images.items():
        image = QImage.fromData(png)
        assert image.width() == PRINT_WIDTH and image.height() < image.width(), name
        assert image.pixelColor(3, 3).lightness() > 240, name
    assert window.languages.language is Language.EN


def _reddish(image: QImage, x: float, y: float) -> bool:
    colour = image.pixelColor(round(x), round(y))
    return colour.red() > 150 and colour.green() < 110 and colour.blue() < 110


@pytest.mark.parametrize("name", ["power", "cos_phi"])
def test_a_printed_threshold_runs_only_over_the_months_with_data(window, name):
    from workbench.ui.charts.figures import LIMIT_COLOUR

    printed = charts_of(window, 3)[name]  # Céramiques du Littoral: no electricity bill for March 2019
    figure = printed.chart.figure
    limit = next(line for line in figure.lines if line.constant)
    assert limit.colour == LIMIT_COLOUR
    march = PERIOD.index(D(2019, 3, 1))
    assert limit.monthly(12)[march] is None and limit.monthly(12)[march - 1] is not None
    image = QImage(PRINT_WIDTH, printed.height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    try:
        parts = printed.chart.layout(painter, QRectF(0, 0, PRINT_WIDTH, printed.height), SCALE)
        printed.chart.paint(painter, QRectF(0, 0, PRINT_WIDTH, printed.height), SCALE)
    finally:
        painter.end()
    y = printed.chart._y(parts, float(limit.values))
    slot = parts["slot"]

    def red_in(index: int) -> bool:
        left = printed.chart._x(parts, index) - slot / 2
        return any(
            _reddish(image, left + dx, y + dy) for dx in range(int(slot * 0.1), int(slot * 0.9)) for dy in (-1, 0, 1)
        )

    assert red_in(march - 1) and red_in(march + 1)  # the line over February and April…
    assert not red_in(march)  # …and a gap over March, which has no bill


def test_a_site_with_a_load_curve_prints_its_heat_map_duration_curve_and_typical_days(window):
    import math

    import numpy as np

    from workbench.analysis.load_curve_summary import offtake_curve
    from workbench.domain import model
    from workbench.ui.charts.printed_load_curve import heat_image, viridis_lut

    ws = window.session.workspace
    site = next(s for s in ws.sites() if s.name == "Verre Trempé Lissasfa")
    [supply] = [s for s in ws.supplies(site.id) if offtake_curve(ws, s, site) is not None]
    charts = charts_of(window, model.stored_id(site))
    names = {f"load_{kind}_{supply.id}" for kind in ("heat", "duration", "days")}
    assert names <= set(charts)
    other = next(s for s in ws.sites() if s.name == "Céramiques du Littoral")
    assert not any(name.startswith("load_") for name in charts_of(window, other.id))
    # the heat map's cells: a gap white, the highest cell viridis' last colour, midnight at the bottom
    curve = offtake_curve(ws, supply, site)
    kw = curve.heat.kw
    image = heat_image(kw, float(np.nanmax(kw)))
    assert image.width() == curve.heat.days and image.height() == curve.heat.slots
    row, slot = next((r, s) for r in range(kw.shape[0]) for s in range(kw.shape[1]) if math.isnan(kw[r, s]))
    assert image.pixelColor(row, curve.heat.slots - 1 - slot).name() == "#ffffff"
    top = viridis_lut()[255]
    r, s = divmod(int(np.nanargmax(kw)), kw.shape[1])
    assert image.pixelColor(r, curve.heat.slots - 1 - s).getRgb()[:3] == tuple(int(v) for v in top)
