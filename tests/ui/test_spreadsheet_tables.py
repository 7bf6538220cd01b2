"""The bills and equipment tables typed into like a spreadsheet, through their real views: the cursor keeps its
place (rows update in place, never a reset), Enter goes down and Tab right, the empty last row takes a new row,
the first columns stay in sight, each check marks its own cell, and a refusal goes once the value is fixed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from workbench.domain import model
from workbench.domain.tariffs import cos_phi

EDITING = "EditingState"


@pytest.fixture
def panel(window, qtbot):
    supply = window.session.workspace.supplies(4)[0]  # Préfa Béton, electricity: cos φ and power checks fire
    window.show_node(("supply", supply.id))
    page = window.pages["BillsPanel"]
    qtbot.waitUntil(page.bills.view.isVisible)
    return page


@pytest.fixture
def equipment(window, qtbot):
    window.show_node(("equipment", 4))
    page = window.pages["EquipmentPage"]
    qtbot.waitUntil(page.table.view.isVisible)
    return page


def column_of(table, key: str) -> int:
    return next(i for i, c in enumerate(table.model.columns) if c.key == key)


def proxy_index(table, ident: int, key: str):
    return table.proxy.mapFromSource(table.model.index(table.model.row_of(ident), column_of(table, key)))


def ident_at(table, index) -> int:
    return table.model.entity(table.proxy.mapToSource(index).row()).id


class Resets:
    """Counts the resets of the entity model and of the proxy the views show: an in-place update makes none."""

    def __init__(self, table) -> None:
        self.count = 0
        for source in (table.model, table.proxy):
            source.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.count += 1


def editor_of(view) -> QLineEdit:
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "no editor open"
    return editors[0]


def open_cell(qtbot, table, index) -> QLineEdit:
    """Click the cell in the view that shows it and double-click it, as a user does: its editor."""
    view = table.view.owner(index.column())
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = editor_of(view)
    editor.selectAll()
    return editor


def type_and(qtbot, table, index, text: str, key=Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    editor = open_cell(qtbot, table, index)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key, modifier)
    if key == Qt.Key.Key_Return:  # the delegate commits on a queued call
        qtbot.waitUntil(lambda: all(v.state().name != EDITING for v in table.views))


# --- rows update in place ------------------------------------------------------------------------------


def test_enter_commits_in_place_and_moves_down_the_same_column(window, qtbot, panel):
    table = panel.bills
    resets = Resets(table)
    changed_rows: list[int] = []
    table.model.dataChanged.connect(lambda first, last, _roles: changed_rows.extend(range(first.row(), last.row() + 1)))
    start = table.proxy.index(4, column_of(table, "quantity_peak"))
    ident, below = ident_at(table, start), ident_at(table, start.sibling(5, start.column()))
    scrolled = table.view.horizontalScrollBar().value()
    type_and(qtbot, table, start, "12 345")
    assert window.session.get(model.Bill, ident).quantity_peak == 12_345
    current = table.view.currentIndex()
    assert (current.row(), current.column()) == (5, start.column())  # one row down, same column
    assert ident_at(table, current) == below
    assert proxy_index(table, ident, "quantity_peak").data() == "12,345"  # the row shows what was typed
    assert table.model.row_of(ident) in changed_rows  # its row repainted…
    assert resets.count == 0  # …and nothing reset under the cursor
    assert table.view.horizontalScrollBar().value() == scrolled
    assert table.has_focus()
    panel.refresh_now()  # the page catching up after the edit (warnings, marks) keeps everything too
    assert resets.count == 0 and table.view.currentIndex() == current


def test_enter_on_a_cell_not_being_edited_moves_down(qtbot, panel):
    table = panel.bills
    index = table.proxy.index(2, column_of(table, "quantity"))
    table.view.setCurrentIndex(index)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert table.view.currentIndex() == index.sibling(3, index.column())


def test_tab_moves_right_and_shift_tab_left_across_the_frozen_columns(window, qtbot, panel):
    table = panel.bills
    invoice = table.proxy.index(1, column_of(table, "invoice_number"))  # the last frozen column
    ident = ident_at(table, invoice)
    resets = Resets(table)
    type_and(qtbot, table, invoice, "F-77", Qt.Key.Key_Tab)
    assert window.session.get(model.Bill, ident).invoice_number == "F-77"
    peak = column_of(table, "quantity_peak")
    assert table.view.currentIndex().row() == 1 and table.view.currentIndex().column() == peak
    assert table.view.state().name == EDITING  # the next cell's editor is open, in the scrolling view
    editor = editor_of(table.view)
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert window.session.get(model.Bill, ident).quantity_peak == 7
    assert table.view.currentIndex().column() == peak + 1
    editor = editor_of(table.view)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.view.currentIndex().column() == peak
    editor = editor_of(table.view)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.view.currentIndex().column() == column_of(table, "invoice_number")
    assert table.frozen.state().name == EDITING and table.frozen.hasFocus() is False  # its editor has the focus
    assert QApplication.focusWidget() is editor_of(table.frozen)
    assert resets.count == 0


def test_a_reset_puts_back_the_current_bill_its_column_and_the_focus(qtbot, panel):
    table = panel.bills
    index = table.proxy.index(6, column_of(table, "cost_excl_vat"))
    ident = ident_at(table, index)
    table.view.setCurrentIndex(index)
    table.view.setFocus()
    resets = Resets(table)
    table.model.reset()  # a change the rows could not follow one by one
    assert resets.count == 2
    current = table.view.currentIndex()
    assert ident_at(table, current) == ident and current.column() == index.column()
    assert table.view.hasFocus()  # not the tree's filter box: the next figure typed lands in the table


# --- the new row ----------------------------------------------------------------------------------------


def test_typing_on_the_empty_last_row_starts_a_bill_there(window, qtbot, panel):
    table = panel.bills
    bills = window.session.workspace.bills(panel.supply_id)
    last = table.proxy.rowCount() - 1
    assert table.proxy.headerData(last, Qt.Orientation.Vertical) == "*"
    assert table.proxy.index(last, 0).data() is None
    resets = Resets(table)
    type_and(qtbot, table, table.proxy.index(last, column_of(table, "quantity_peak")), "1 000")
    after = window.session.workspace.bills(panel.supply_id)
    assert len(after) == len(bills) + 1
    new = next(b for b in after if b.id not in {b.id for b in bills})
    assert (new.quantity_peak, new.quantity) == (1000, 1000)  # its total follows the split
    assert new.period_start == max(b.period_end for b in bills) + dt.timedelta(days=1)  # the next period
    assert table.proxy.rowCount() == last + 2 and resets.count == 0
    current = table.view.currentIndex()
    assert current.row() == last + 1  # Enter went on to the new row below the bill just made
    assert ident_at(table, current.sibling(last, current.column())) == new.id
    window.undo_action.trigger()
    assert len(window.session.workspace.bills(panel.supply_id)) == len(bills)
    assert table.proxy.rowCount() == last + 1


def test_typing_a_name_on_the_empty_last_row_adds_an_equipment_item(window, qtbot, equipment):
    table = equipment.table
    before = len(window.session.workspace.equipment(4))
    last = table.proxy.rowCount() - 1
    name = table.proxy.index(last, column_of(table, "name"))  # in the frozen view
    type_and(qtbot, table, name, "Compresseur 2")
    items = window.session.workspace.equipment(4)
    assert len(items) == before + 1 and items[-1].name == "Compresseur 2"


# --- frozen columns -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("node", "frozen"),
    [("supply", ("period_start", "period_end", "invoice_number")), ("equipment", ("name",))],
)
def test_the_first_columns_stay_in_sight_when_scrolling_sideways(window, qtbot, node, frozen):
    if node == "supply":
        window.show_node(("supply", window.session.workspace.supplies(4)[0].id))
        table = window.pages["BillsPanel"].bills
    else:
        window.show_node(("equipment", 4))
        table = window.pages["EquipmentPage"].table
    qtbot.waitUntil(table.view.isVisible)
    bar = table.view.horizontalScrollBar()
    assert bar.maximum() > 0, "the table fits: nothing to scroll"
    bar.setValue(bar.maximum())
    for key in frozen:
        index = table.proxy.index(0, column_of(table, key))
        rect = table.frozen.visualRect(index)
        assert rect.isValid() and table.frozen.viewport().rect().contains(rect.center()), key
        assert table.view.isColumnHidden(index.column())
    last = table.proxy.index(0, table.proxy.columnCount() - 1)
    assert table.view.viewport().rect().intersects(table.view.visualRect(last))  # scrolled to the far end
    assert table.frozen.geometry().right() < table.view.geometry().left()  # beside the cells, never over them
    rows, frozen_rows = table.view.verticalScrollBar(), table.frozen.verticalScrollBar()
    # the frozen side leaves room for the other side's scroll bar, once laid out: the same rows, to the last
    qtbot.waitUntil(lambda: table.frozen.viewport().height() == table.view.viewport().height())
    rows.setValue(rows.maximum())
    assert frozen_rows.maximum() == rows.maximum() and frozen_rows.value() == rows.maximum()


# --- check marks and warnings ---------------------------------------------------------------------------


def test_the_cos_phi_check_marks_the_cos_phi_cell_with_this_bills_value(window, panel):
    table = panel.bills
    bills = window.session.workspace.bills(panel.supply_id)
    site = window.session.get(model.EnergySupply, panel.supply_id).site_id
    warning = next(w for w in window.session.account(site).warnings if w.kind == "low_cos_phi")
    low = [b for b in bills if b.id in warning.bill_ids]
    assert len(low) > 4  # more than the warning's text lists
    for bill in low:
        tip = proxy_index(table, bill.id, "cos φ").data(Qt.ItemDataRole.ToolTipRole)
        value = window.languages.formatter.number(cos_phi(bill.total_quantity, bill.reactive_kvarh), 3)
        assert f"cos φ {value}, below the tariff threshold 0.80." in tip
        assert "…" not in tip and "MT20" not in tip  # not the warning's list of bills
        assert proxy_index(table, bill.id, "cos φ").data(Qt.ItemDataRole.BackgroundRole) is not None
        assert proxy_index(table, bill.id, "reactive_kvarh").data(Qt.ItemDataRole.BackgroundRole) is not None
    fine = next(b for b in bills if b not in low and (cos_phi(b.total_quantity, b.reactive_kvarh) or 0) >= 0.8)
    assert proxy_index(table, fine.id, "cos φ").data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_power_overrun_marks_the_reached_power(window, panel):
    table = panel.bills
    supply = window.session.get(model.EnergySupply, panel.supply_id)
    over = [
        b for b in window.session.workspace.bills(panel.supply_id) if (b.max_power or 0) > supply.subscribed_power_kva
    ]
    assert over
    for bill in over:
        tip = proxy_index(table, bill.id, "max_power").data(Qt.ItemDataRole.ToolTipRole)
        fmt = window.languages.formatter
        assert tip == (
            f"Reached power {fmt.number(bill.max_power)} kVA, above the subscribed "
            f"{fmt.number(supply.subscribed_power_kva)} kVA."
        )
        assert "max_power" in table.model.problems[bill.id] and "period_start" not in table.model.problems[bill.id]


def test_a_vat_mismatch_marks_the_amounts_with_the_bills_figures(window, qtbot, panel):
    table = panel.bills
    bill = table.model.entity(3)
    window.session.edit(model.Bill, bill.id, cost_incl_vat=round((bill.cost_incl_vat or 0) + 5000, 2))
    panel.refresh_now()
    tip = proxy_index(table, bill.id, "cost_incl_vat").data(Qt.ItemDataRole.ToolTipRole)
    assert "is not the cost excluding VAT plus the VAT" in tip
    marks = table.model.problems[bill.id]
    assert marks["vat"] == marks["cost_excl_vat"] == tip  # on the three amounts, with this bill's figures
    assert "plus the VAT" not in marks.get("period_start", "")  # not on the row's first cell


def test_clicking_a_warning_selects_every_bill_it_names_and_warnings_wrap(window, qtbot, panel):
    checks = panel.checks
    item = next(checks.item(i) for i in range(checks.count()) if "reached power" in checks.item(i).text())
    named = item.data(Qt.ItemDataRole.UserRole)
    assert len(named) > 1
    rect = checks.visualItemRect(item)
    qtbot.mouseClick(checks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sorted(panel.bills.selected_ids()) == sorted(named)
    assert ident_at(panel.bills, panel.bills.view.currentIndex()) == named[0]
    assert checks.wordWrap()
    line = checks.fontMetrics().height()
    long_item = max((checks.item(i) for i in range(checks.count())), key=lambda i: len(i.text()))
    if checks.fontMetrics().horizontalAdvance(long_item.text()) > checks.viewport().width():
        assert checks.visualItemRect(long_item).height() > 1.5 * line  # wrapped onto more lines, not cut
    assert checks.visualItemRect(long_item).width() <= checks.viewport().width()


# --- refusals clear -------------------------------------------------------------------------------------


def test_a_refused_value_stays_in_its_cell_and_its_message_goes_once_fixed(window, qtbot, panel):
    table = panel.bills
    power = column_of(table, "max_power")
    index = table.proxy.index(2, power)
    ident = ident_at(table, index)
    type_and(qtbot, table, index, "beaucoup")
    assert "is not a number" in panel.message.text()
    assert table.view.currentIndex() == index  # Enter on a refused value does not move on
    type_and(qtbot, table, table.proxy.index(2, power), "250")
    assert window.session.get(model.Bill, ident).max_power == 250
    assert panel.message.text() == ""
    type_and(qtbot, table, table.proxy.index(4, power), "-5")
    assert panel.message.text() != ""
    other = table.proxy.index(7, power)
    view = table.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(other).center())
    assert panel.message.text() == ""  # another cell chosen: the refusal is out of date


def test_equipment_refusals_go_once_fixed_in_the_table_or_the_form(window, qtbot, equipment):
    table = equipment.table
    index = table.proxy.index(0, column_of(table, "rated_power"))
    ident = ident_at(table, index)
    type_and(qtbot, table, index, "lots")
    assert "is not a number" in equipment.message.text()
    type_and(qtbot, table, index, "15")
    assert equipment.message.text() == ""
    assert window.session.get(model.Equipment, ident).rated_power == 15
    table.select_id(ident)
    power = equipment.form.findChild(QLineEdit, "rated_power")
    power.setText("lots")
    power.editingFinished.emit()
    assert "is not a number" in equipment.message.text()
    power.setText("16")
    power.editingFinished.emit()
    assert equipment.message.text() == "" and window.session.get(model.Equipment, ident).rated_power == 16


def test_copy_and_the_context_menu_of_the_bills_table(window, qtbot):
    """Ctrl+C copies the selected cells (frozen columns included) as TSV and HTML; the right-click menu holds
    Copy and the panel's commands, enabled as their buttons are."""
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtWidgets import QApplication

    supply = window.session.workspace.supplies(2)[0]
    window.show_node(("supply", supply.id))
    page = window.pages["BillsPanel"]
    table = page.bills
    view, proxy = table.view, table.view.model()
    selection = view.selectionModel()
    selection.clearSelection()
    for column in range(3):  # start, end, invoice: the frozen part
        selection.select(proxy.index(0, column), QItemSelectionModel.SelectionFlag.Select)
    selection.select(proxy.index(1, 0), QItemSelectionModel.SelectionFlag.Select)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(view, Qt.Key.Key_Control)  # or Qt believes Ctrl still held, in the tests that follow
    data = QApplication.clipboard().mimeData()
    lines = data.text().split("\n")
    assert len(lines) == 3 and len(lines[0].split("\t")) == 3  # the headings, then two rows over three columns
    assert lines[1].split("\t") == [str(proxy.index(0, c).data()) for c in range(3)]
    assert lines[2].split("\t")[0] == str(proxy.index(1, 0).data()) and lines[2].split("\t")[1:] == ["", ""]
    assert data.html().startswith("<table><tr><th>") and "<td>" in data.html()
    assert window.statusBar().currentMessage() == "Rows copied: 2."  # the command said where the auditor looks
    menu = page.table_menu(view)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Copy", "Paste", "Add a bill", "Duplicate", "Delete", "Attach the invoice…", "Open the invoice"]
    assert [a.isEnabled() for a in menu.actions() if not a.isSeparator()][1:] == [
        b.isEnabled()
        for b in (
            page.paste_button,
            page.add_button,
            page.duplicate_button,
            page.delete_button,
            page.attach_button,
            page.open_button,
        )
    ]
    before = len(window.session.workspace.bills(supply.id))
    next(a for a in menu.actions() if a.text() == "Add a bill").trigger()
    assert len(window.session.workspace.bills(supply.id)) == before + 1
    QApplication.clipboard().clear()  # the next test's paste reads the clipboard


@pytest.mark.parametrize(
    ("key", "page_name", "texts"),
    [
        (("equipment", 2), "EquipmentPage", ["Copy", "Paste", "Add an item", "Duplicate", "Delete"]),
        (("measures", 2), "MeasuresPage", ["Copy", "Add a measure", "Delete"]),
    ],
)
def test_a_right_click_in_the_equipment_and_measures_tables_offers_copy_and_the_page_s_commands(
    window, qtbot, monkeypatch, key, page_name, texts
):
    from workbench.ui.widgets import table_menu

    shown = []  # the menu the right-click builds, instead of opening it (a menu's exec waits for a click)
    monkeypatch.setattr(
        table_menu, "_show", lambda view, groups, _at: shown.append(table_menu.table_menu(view, groups))
    )
    window.show_node(key)
    page = window.pages[page_name]
    view = page.table.view if page_name == "EquipmentPage" else page.view
    view.setCurrentIndex(view.model().index(0, 0))
    view.customContextMenuRequested.emit(QPoint(5, 5))
    assert len(shown) == 1
    actions = [a for a in shown[0].actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == texts
    assert actions[0].isEnabled()  # a cell is selected: Copy copies it
    actions[0].trigger()
    assert str(view.model().index(0, 0).data()) in QApplication.clipboard().text().split("\n")[-1].split("\t")
    QApplication.clipboard().clear()
    count = len(
        window.session.workspace.equipment(2) if page_name == "EquipmentPage" else window.session.workspace.measures(2)
    )
    next(a for a in actions if a.text().startswith("Add")).trigger()
    after = (
        window.session.workspace.equipment(2) if page_name == "EquipmentPage" else window.session.workspace.measures(2)
    )
    assert len(after) == count + 1
