"""The coordinator's comparison on the programme and cluster pages, clicked and read back on the demo."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication

from workbench.analysis.cluster_comparison import compare_cluster
from workbench.analysis.site_comparison import Column, Figure
from workbench.app import build_window
from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.i18n.formatting import NARROW_NBSP, Formatter
from workbench.ui.models.comparison_table import KIND_ROLE, VALUE_ROLE, RowKind


def shown(window, qtbot, key=("programme", 1)):
    window.show_node(key)
    page = window.pages["ProgrammePage" if key[0] == "programme" else "ClusterPage"]
    view = page.comparison
    qtbot.waitUntil(lambda: view.table is not None and not view.busy and view.model.rowCount() > 0, timeout=10_000)
    return view


def column_values(view, column: Column) -> list:
    logical = view.model.columns.index(column)
    return [view.proxy.index(r, logical).data(VALUE_ROLE) for r in range(view.proxy.rowCount())]


def kinds(view) -> list[RowKind]:
    return [view.proxy.index(r, 0).data(KIND_ROLE) for r in range(view.proxy.rowCount())]


def click_header(qtbot, view, column: Column) -> None:
    header = view.view.horizontalHeader()
    logical = view.model.columns.index(column)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_programme_shows_every_demo_site_with_the_synthesis_figures(window, qtbot, qtmodeltester):
    view = shown(window, qtbot)
    qtmodeltester.check(view.model)
    workspace = window.session.workspace
    expected = {s.site.id: s for c in workspace.clusters() for s in compare_cluster(workspace, c.id).sites}
    assert view.model.rowCount() == len(expected) + 2 == 12
    assert kinds(view)[-2:] == [RowKind.MEDIAN, RowKind.TOTAL]
    fmt = Formatter(Language.EN)
    kwh, cost = view.model.columns.index(Column(Figure.KWH)), view.model.columns.index(Column(Figure.COST))
    for row in range(len(expected)):
        site = view.model.row_of(row).site
        assert view.model.index(row, kwh).data() == fmt.number(expected[site.id].kwh)
        assert view.model.index(row, cost).data() == fmt.number(expected[site.id].cost)
    total = view.model.index(view.model.rowCount() - 1, kwh)
    assert total.data(VALUE_ROLE) == pytest.approx(sum(s.kwh for s in expected.values()))
    assert view.model.index(view.model.rowCount() - 1, 0).data() == "Total"
    # the units are in the headers, the cells are figures only
    assert view.model.headerData(cost, Qt.Orientation.Horizontal).endswith("(MAD)")
    # no horizontal scrolling for the columns shown first at the fixture's 1400 px (once Qt has laid the
    # fitted columns out: the scroll bar follows on a later turn of the event loop)
    qtbot.waitUntil(lambda: not view.view.horizontalScrollBar().isVisible(), timeout=3000)


def test_sorting_by_a_header_keeps_the_median_and_the_total_last(window, qtbot):
    view = shown(window, qtbot)
    kwh = Column(Figure.KWH)
    click_header(qtbot, view, kwh)
    values = column_values(view, kwh)
    assert kinds(view)[-2:] == [RowKind.MEDIAN, RowKind.TOTAL]
    first = sorted(values[:-2])
    click_header(qtbot, view, kwh)
    again = column_values(view, kwh)
    assert kinds(view)[-2:] == [RowKind.MEDIAN, RowKind.TOTAL]
    assert {tuple(values[:-2]), tuple(again[:-2])} == {tuple(first), tuple(reversed(first))}
    assert view.chart_column() == kwh  # the sorted figure is the one ranked
    # names sort as a French reader expects: "Câblerie" with the c's, not after "Z"
    window.set_language(Language.FR)
    view = shown(window, qtbot)
    click_header(qtbot, view, Column(Figure.SITE))
    names = [n for n in column_values(view, Column(Figure.SITE))[:-2]]
    assert (
        names.index("Câblerie Casa-Nord") < names.index("Céramiques du Littoral") < names.index("Préfa Béton Bouskoura")
    )


def test_a_column_hidden_from_the_header_menu_stays_hidden_in_a_new_window(
    window, qtbot, settings, demo_file, tmp_path
):
    view = shown(window, qtbot)
    menu = view.column_menu()
    actions = {a.data(): a for a in menu.actions()}
    assert not actions["site"].isEnabled()  # the site's name is always shown
    assert actions["co2_t"].isChecked() and not actions["toe"].isChecked()
    actions["co2_t"].trigger()
    actions["toe"].trigger()
    assert Column(Figure.CO2_T) not in view.shown_columns() and Column(Figure.TOE) in view.shown_columns()
    # a header dragged to the front stays there too
    header = view.view.horizontalHeader()
    header.moveSection(header.visualIndex(view.model.columns.index(Column(Figure.KWH))), 0)
    assert view.shown_columns()[0] == Column(Figure.KWH)
    window.close_workspace()
    window.close()

    again = build_window(settings, "en", data_dir=tmp_path / "data2", synchronous=True)
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.show()
    assert again.open_workspace(demo_file)
    view = shown(again, qtbot)
    columns = view.shown_columns()
    assert Column(Figure.CO2_T) not in columns and Column(Figure.TOE) in columns
    assert columns[0] == Column(Figure.KWH)
    # each scope has its own choice: the cluster's table still shows its emissions
    cluster = shown(again, qtbot, ("cluster", 1))
    assert Column(Figure.CO2_T) in cluster.shown_columns()
    again.close_workspace()
    again.close()


def test_picking_a_column_ranks_the_sites_by_it_with_the_median_line(window, qtbot):
    view = shown(window, qtbot)
    share = Column(Figure.SAVINGS_SHARE)
    view.chart_combo.setCurrentIndex(view.chart_combo.findData(share.key))
    values = [v for v in (r.value(share) for r in view.table.rows) if v is not None]
    assert [v for _, v in view.chart.rows] == pytest.approx(sorted((v * 100 for v in values), reverse=True))
    assert view.chart.rows[0][0] == max(view.table.rows, key=lambda r: r.value(share) or 0).site.name
    label, median = view.chart.reference
    assert median == pytest.approx(view.table.medians[share] * 100)
    assert label.startswith("Median: ")
    assert view.chart.title == "Savings share (%)"


def test_copy_puts_the_selection_on_the_clipboard_as_tsv_and_html(window, qtbot):
    view = shown(window, qtbot)
    site, kwh = view.model.columns.index(Column(Figure.SITE)), view.model.columns.index(Column(Figure.KWH))
    selection = QItemSelection(view.proxy.index(0, site), view.proxy.index(1, site))
    selection.select(view.proxy.index(0, kwh), view.proxy.index(1, kwh))
    view.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QApplication.clipboard().mimeData()
    lines = [line.split("\t") for line in data.text().split("\n")]
    assert lines[0] == ["Site", "Final energy (kWh)"]
    first = view.model.row_of(view.proxy.mapToSource(view.proxy.index(0, 0)).row())
    # a number a spreadsheet reads: no thousands separator
    assert lines[1] == [first.site.name, str(round(first.value(Column(Figure.KWH))))]
    assert len(lines) == 3
    assert "<table>" in data.html() and "<th>Site</th>" in data.html() and f"<td>{lines[1][1]}</td>" in data.html()


def test_the_whole_table_exports_to_csv_and_xlsx(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    view = shown(window, qtbot)
    columns = view.shown_columns()
    path = view.export_to(tmp_path / "comparison.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "Site" and len(rows[0]) == len(columns)
    assert [r[0] for r in rows[-2:]] == ["Median", "Total"] and len(rows) == 13
    kwh = columns.index(Column(Figure.KWH))
    assert float(rows[-1][kwh]) == pytest.approx(view.table.totals[Column(Figure.KWH)], abs=1)
    book = load_workbook(view.export_to(tmp_path / "comparison.xlsx"))
    sheet = book.active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][kwh] == "Final energy (kWh)" and len(values) == 13
    assert values[-1][kwh] == pytest.approx(view.table.totals[Column(Figure.KWH)])  # a number, not a text
    share = columns.index(Column(Figure.SAVINGS_SHARE))
    assert sheet.cell(2, share + 1).number_format == "0.0%"
    assert not list(tmp_path.glob(".*writing"))  # written under a temporary name, then renamed
    # in French, cells are separated by ";" and decimals by ","
    window.set_language(Language.FR)
    view = shown(window, qtbot)
    text = view.export_to(tmp_path / "fr.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Site;") and NARROW_NBSP not in text.splitlines()[-1]


def double_click(qtbot, view, rect) -> None:
    # a press first, as a hand makes: Qt opens what was pressed, not what a lone double-click event lands on
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_clicking_a_site_opens_it_and_the_median_opens_nothing(window, qtbot):
    view = shown(window, qtbot)
    rect = view.view.visualRect(view.proxy.index(0, 0))
    site_id = view.model.row_of(view.proxy.mapToSource(view.proxy.index(0, 0)).row()).site.id
    median = view.view.visualRect(view.proxy.index(view.proxy.rowCount() - 2, 0))
    double_click(qtbot, view, median)
    assert window.stack.currentWidget() is window.pages["ProgrammePage"]
    double_click(qtbot, view, rect)
    qtbot.waitUntil(lambda: window.stack.currentWidget().key == ("site", site_id))


def test_a_site_whose_period_differs_is_marked_with_its_period(window, qtbot):
    view = shown(window, qtbot, ("cluster", 1))
    assert Column(Figure.CLUSTER) not in view.model.columns
    assert view.model.rowCount() == 5 + 2
    site = view.table.rows[0].site
    window.session.edit(model.Site, site.id, balance_period_end=dt.date(2019, 3, 1))
    qtbot.waitUntil(lambda: view.table is not None and view.table.rows[0].period_differs, timeout=10_000)
    index = view.model.index(0, view.model.columns.index(Column(Figure.KWH)))
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Analysis period 04/2018\u00a0–\u00a003/2019, not the one most sites share (10/2018\u00a0–\u00a009/2019)."
    )
    others = view.model.index(1, 0)
    assert not (others.data(Qt.ItemDataRole.FontRole) and others.data(Qt.ItemDataRole.FontRole).italic())


def test_a_new_measure_moves_the_savings_at_the_next_refresh(window, qtbot):
    """The figures are kept per site between refreshes, but never past an edit of the site's measures (which
    moves no account: the session keeps those)."""
    view = shown(window, qtbot, ("cluster", 1))
    savings = Column(Figure.SAVINGS_KWH)
    site = view.table.rows[0].site
    before = view.table.rows[0].value(savings)
    end_use = window.session.workspace.measures(site.id)[0].end_use  # a saving is capped by its end use's kWh
    window.session.workspace.insert(
        model.Measure(
            site_id=site.id,
            title=model.BilingualText("Fuites", "Leaks"),
            end_use=end_use,
            investment=1000.0,
            savings=(model.MeasureSaving(kwh=500.0),),
        )
    )
    view.refresh(1)  # as the page does when it refreshes
    qtbot.waitUntil(lambda: not view.busy)
    assert view.table.rows[0].value(savings) > before
    kept = view.table.rows[1].figures
    view.refresh(1)
    qtbot.waitUntil(lambda: not view.busy)
    assert view.table.rows[1].figures.comparison is kept.comparison  # computed once, not at every refresh


@pytest.mark.parametrize("key", [("programme", 1), ("cluster", 1)])
def test_each_column_is_as_wide_as_qt_measures_its_widest_cell(window, qtbot, key):
    from workbench.ui.widgets.column_width import column_width

    view = shown(window, qtbot, key)
    if key[0] == "cluster":  # a site of another period: italic cells measured in their own font
        site = view.table.rows[0].site
        window.session.edit(model.Site, site.id, balance_period_end=dt.date(2019, 3, 1))
        qtbot.waitUntil(lambda: view.table is not None and view.table.rows[0].period_differs, timeout=10_000)
    own_font = view.model.rows_in_own_font()
    assert {r for r, k in enumerate(view.model._kinds) if k is not RowKind.SITE} <= own_font
    differences = [
        column_width(view.view, view.model, logical, own_font) - view.view.sizeHintForColumn(logical)
        for logical in range(len(view.model.columns))
    ]
    assert all(0 <= d <= 2 for d in differences), differences  # never narrower; not wider than it needs
