"""What every chart shares: small flows' labels spread apart, and the PNG export from the right-click menu."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF

from workbench.ui.charts.shapes import reference_segments, spread_labels


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


def test_the_legend_wraps_to_the_charts_width_and_the_bars_make_room(qtbot):
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
    one_row_top = chart.plotItem.viewRange()[1][1]
    chart.resize(380, 400)
    qtbot.waitUntil(lambda: chart._legend_rows() > 1)
    room = chart.width() - chart.value_axis.width()
    assert chart.legend.width() <= room
    assert chart.plotItem.viewRange()[1][1] > one_row_top  # more headroom above the bars for the taller legend
    chart.resize(1200, 400)
    qtbot.waitUntil(lambda: chart._legend_rows() == 1)
