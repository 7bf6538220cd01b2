"""What every chart shares: small flows' labels spread apart, and the PNG export from the right-click menu."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF

from workbench.ui.charts.shapes import reference_segments, spread_labels, wrap_text


def test_labels_that_fit_stay_where_they_are():
    assert spread_labels([10, 40, 90], 20, 0, 100) == [10, 40, 90]


def test_crowded_labels_are_pushed_down_in_order():
    # three small bands centred at 50, 52, 54: 20 px labels go to 50, 70, 90
    assert spread_labels([50, 52, 54], 20, 0, 200) == [50, 70, 90]


def test_labels_pushed_past_the_bottom_slide_back_up():
    placed = spread_labels([80, 85, 90, 95], 20, 0, 100)
    assert placed == pytest.approx([30, 50, 70, 90])
    assert all(b - a >= 20 for a, b in pairwise(placed))


def test_first_label_is_kept_inside_the_top():
    assert spread_labels([0, 5], 20, 0, 100) == [10, 30]


def test_the_median_line_breaks_around_the_value_labels_it_would_cross():
    # labels at rows 10–20 and 40–50 straddle x = 100; the one at x 200–260 does not
    boxes = [QRectF(90, 10, 40, 10), QRectF(150, 25, 40, 10), QRectF(95, 40, 30, 10), QRectF(200, 60, 60, 10)]
    assert reference_segments(100, 0, 80, boxes, 2) == [(0, 8), (22, 38), (52, 80)]


def test_the_median_line_is_whole_when_no_label_is_in_its_way():
    assert reference_segments(100, 0, 80, [QRectF(150, 10, 40, 10)], 2) == [(0, 80)]
    # a label over the very top or bottom only shortens it
    assert reference_segments(100, 0, 80, [QRectF(90, 0, 40, 10), QRectF(90, 75, 40, 10)], 2) == [(12, 73)]


def test_both_kinds_of_chart_export_a_png_from_their_menu(window, monkeypatch, tmp_path):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    window.show_node(("balance", 2))
    balance = window.pages["BalancePage"]
    balance.refresh_now()
    window.show_node(("site", 2))
    site = window.pages["SitePage"]
    site.refresh_now()
    for chart, name in ((site.energy_chart, "monthly"), (balance.sankey, "sankey")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
        chart.export_menu.export_dialog()
        image = QImage(str(tmp_path / f"{name}.png"))  # ".png" added to a name typed without it
        assert not image.isNull() and image.width() >= 1800


def _legend_clear_of_the_plot(chart) -> bool:
    from workbench.ui.charts.legend_above import GAP

    legend = chart.legend.sceneBoundingRect()
    plot = chart.plotItem.getViewBox().sceneBoundingRect()
    # right above the plot area, left-aligned with it
    return (
        legend.top() >= -0.5  # inside the widget (before the first layout the plot starts at the top)
        and abs(legend.bottom() + GAP - plot.top()) < 0.5
        and abs(legend.left() - plot.left()) < 0.5
    )


def test_the_legend_sits_above_the_plot_and_wraps_to_the_charts_width(qtbot):
    import datetime as dt

    from workbench.ui.charts.monthly import MonthlyBarChart, Series

    chart = MonthlyBarChart()
    qtbot.addWidget(chart)
    months = [dt.date(2019, m, 1) for m in range(1, 13)]
    names = ("Heures de pointe 21 %", "Heures pleines 44 %", "Heures creuses 35 %")
    series = [Series(name, [100.0] * 12, "#3b82c4") for name in names]
    chart.resize(1200, 400)
    chart.show()
    chart.set_data(months, series)
    assert chart.legend.columnCount == 3 and chart._legend_rows() == 1
    qtbot.waitUntil(lambda: _legend_clear_of_the_plot(chart))
    # the value range is the data's axis and, above it, only the top tick label's half height: no headroom
    # is kept for a legend over the bars
    axis, top = chart._axis_range(), chart.plotItem.viewRange()[1][1]
    pixels = (top - axis.high) / (top - axis.low) * chart.plotItem.getViewBox().height()
    assert 0 < pixels <= 10
    one_row_top = chart.plotItem.getViewBox().sceneBoundingRect().top()
    chart.resize(380, 400)
    qtbot.waitUntil(lambda: chart._legend_rows() > 1)
    room = chart.width() - chart.value_axis.width()
    assert chart.legend.width() <= room
    # the plot gives up the taller legend's height, and the legend still does not cover it
    qtbot.waitUntil(lambda: chart.plotItem.getViewBox().sceneBoundingRect().top() > one_row_top + 10)
    assert _legend_clear_of_the_plot(chart)
    chart.resize(1200, 400)
    qtbot.waitUntil(lambda: chart._legend_rows() == 1)
    qtbot.waitUntil(lambda: abs(chart.plotItem.getViewBox().sceneBoundingRect().top() - one_row_top) < 1)


def test_the_legend_cannot_be_dragged_over_the_data(qtbot):
    from workbench.ui.charts.legend_above import LegendAbove

    class Drag:
        ignored = False

        def ignore(self) -> None:
            self.ignored = True

    import pyqtgraph as pg

    plot = pg.PlotItem()
    legend = LegendAbove(plot)
    drag = Drag()
    legend.mouseDragEvent(drag)
    assert drag.ignored


# --- labels are wrapped, never cut ---------------------------------------------------------------------

LONG_NAMES = (
    "Récupérer la chaleur des fumées du four tunnel pour préchauffer l'air de combustion des brûleurs",
    "Remplacer l'éclairage par des luminaires LED",
    "Régler",
)


def _metrics(chart, scale: float, factor: float = 0.9):
    from PySide6.QtGui import QFontMetricsF, QImage

    return QFontMetricsF(chart._font(scale, factor), QImage(1, 1, QImage.Format.Format_RGB32))


def test_wrapping_breaks_at_ordinary_spaces_and_keeps_numbers_with_their_units(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    metrics = QFontMetricsF(QFont())
    text = "Moteurs et entraînements 31\u202f227\u202f188\u00a0kWh"
    width = metrics.horizontalAdvance("Moteurs et entraînements") + 1
    lines = wrap_text(text, metrics, width)
    assert lines == ["Moteurs et entraînements", "31\u202f227\u202f188\u00a0kWh"]
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrap_text("court", metrics, width) == ["court"]
    # beyond its lines only, a text is shortened: the last line says so
    squeezed = wrap_text(" ".join(["mot"] * 40), metrics, metrics.horizontalAdvance("mot mot"), max_lines=2)
    assert len(squeezed) == 2 and squeezed[-1].endswith("…")


def test_labels_of_different_heights_are_spread_by_their_own_heights():
    assert spread_labels([10, 12], 0, 0, 100, heights=[20, 40]) == [10, 40]
    placed = spread_labels([90, 95], 0, 0, 100, heights=[20, 40])
    assert placed == pytest.approx([50, 80])  # the 40-tall one ends at the bottom, the other just above it


def test_long_measure_names_wrap_in_the_printed_payback_chart(qapp):
    from workbench.ui.charts.shapes import RankedBars
    from workbench.ui.report_charts import PRINT_WIDTH, SCALE, _prepared

    chart = _prepared(RankedBars(highlight_below=3.0))
    chart.set_rows([(name, 1.0 + i) for i, name in enumerate(LONG_NAMES)], "Payback")
    metrics = _metrics(chart, SCALE)
    column, lines = chart.label_layout(metrics, PRINT_WIDTH - 12 * SCALE, SCALE)
    assert column <= PRINT_WIDTH * 0.5
    for name, label_lines in zip(LONG_NAMES, lines, strict=True):
        assert " ".join(label_lines) == name  # the whole name, on as many lines as it needs
        assert all(metrics.horizontalAdvance(line) <= column - 8 * SCALE for line in label_lines)
    assert len(lines[0]) > 1 and lines[2] == ["Régler"]
    # the image is as tall as the wrapped rows need, so that the short-row fallback is not taken
    height = chart.height_for(PRINT_WIDTH, SCALE)
    rows = sum(max(chart.ROW * SCALE, len(ls) * metrics.height() + 6 * SCALE) for ls in lines)
    assert height >= rows + 28 * SCALE
    chart.deleteLater()


def test_a_payback_label_shortened_on_screen_shows_whole_on_hover(qtbot):
    from PySide6.QtCore import QPoint

    from workbench.ui.charts.shapes import RankedBars

    chart = RankedBars()
    qtbot.addWidget(chart)
    chart.resize(420, 180)
    chart.set_rows([(name, 1.0) for name in LONG_NAMES * 2], "Payback")
    chart.show()
    chart.grab()  # painted as on screen
    tips = dict((text, box) for box, text in chart._tips)
    assert LONG_NAMES[0] in tips  # too long for a small widget: shortened, and kept whole for the tooltip
    assert chart._tips and all(box.width() > 0 for box, _ in chart._tips)
    assert tips[LONG_NAMES[0]].contains(
        QPoint(int(tips[LONG_NAMES[0]].center().x()), int(tips[LONG_NAMES[0]].center().y()))
    )


def test_sankey_labels_fit_their_sides_whole(qapp):
    from workbench.ui.charts.shapes import Link, SankeyChart
    from workbench.ui.report_charts import PRINT_WIDTH, SCALE, _prepared

    chart = _prepared(SankeyChart())
    links = [
        Link("Électricité", "Moteurs et entraînements", 500.0, "#3b82c4"),
        Link("Électricité", "Bureaux et informatique", 1.0, "#e8a33d"),
        Link("Fioul lourd", "Chaleur de procédé et séchage des produits crus", 30_000.0, "#c9699b"),
    ]
    chart.set_links(links, {}, "Flows")
    chart.value_text = lambda v: f"{v:,.0f} kWh"
    metrics = _metrics(chart, SCALE, 1.0)
    width = PRINT_WIDTH - 16 * SCALE
    left, right, left_width, right_width = chart.label_blocks(metrics, width, SCALE)
    assert left_width <= width * chart.SIDE and right_width <= width * chart.SIDE
    for lines in left.values():
        assert all(metrics.horizontalAdvance(line) <= left_width - 6 * SCALE for line in lines)
    for name, lines in right.items():
        assert " ".join(lines) == name
        assert all(metrics.horizontalAdvance(line) <= right_width - 16 * SCALE for line in lines)
    assert left["Électricité"][-1] == "501 kWh"  # the source's kWh under its name
    chart.deleteLater()


def test_the_donut_legend_lists_what_the_group_holds_within_its_width(qapp):
    from workbench.ui.charts.shapes import DonutChart, Part
    from workbench.ui.report_charts import SCALE, _prepared

    chart = _prepared(DonutChart())
    detail = ", ".join(["Moteurs\u00a0et\u00a0entraînements", "ventilateurs", "éclairage", "air\u00a0comprimé"] * 2)
    chart.set_parts(
        [Part("Chaleur de procédé", 80.0, "#c9699b"), Part("Autres (regroupés)", 20.0, "#455a64", detail=detail)], ""
    )
    metrics, small = _metrics(chart, SCALE, 1.0), _metrics(chart, SCALE, 0.85)
    width = 300 * SCALE
    lines = chart.legend_lines(metrics, small, width)
    label_lines, detail_lines = lines[1]
    assert " ".join(label_lines) == "Autres (regroupés) — 20%"
    assert " ".join(detail_lines) == detail and len(detail_lines) > 1
    assert all(small.horizontalAdvance(line) <= width for line in detail_lines)
    for member in ("Moteurs\u00a0et\u00a0entraînements", "air\u00a0comprimé"):  # an end use stays on one line
        assert any(member in line for line in detail_lines)
    chart.deleteLater()
