"""The bills editor driven through its widgets: cells, rows, paste, documents, checks — each undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from workbench.domain import model
from workbench.domain.vocab import Language


@pytest.fixture
def panel(window):
    supply = window.session.workspace.supplies(4)[0]  # Préfa Béton, electricity
    window.show_node(("supply", supply.id))
    page = window.pages["BillsPanel"]
    page.confirm_paste = lambda records: True
    return page


def column(panel, header: str) -> int:
    model_ = panel.bills.model
    for i in range(model_.columnCount()):
        if model_.headerData(i, Qt.Orientation.Horizontal).startswith(header):
            return i
    raise AssertionError(header)


def cell(panel, row: int, header: str):
    return panel.bills.model.index(row, column(panel, header))


def test_carrier_columns_and_computed_values(panel):
    headers = [
        panel.bills.model.headerData(i, Qt.Orientation.Horizontal) for i in range(panel.bills.model.columnCount())
    ]
    assert headers[:4] == ["Start", "End", "Invoice", "Peak (kWh)"]
    assert "Reached power (kVA)" in headers and "cos φ" in headers and "Cost excl. VAT (MAD)" in headers
    bill = panel.bills.model.entity(0)
    assert cell(panel, 0, "Days").data() == "31"
    assert cell(panel, 0, "Final energy").data() == panel.languages.formatter.number(bill.total_quantity)
    assert not cell(panel, 0, "Days").flags() & Qt.ItemFlag.ItemIsEditable


def test_edit_a_cell_keeps_the_total_and_is_one_undo_step(window, panel):
    model_ = panel.bills.model
    bill = model_.entity(0)
    assert model_.setData(cell(panel, 0, "Peak"), "10 000")
    updated = window.session.get(model.Bill, bill.id)
    assert updated.quantity_peak == 10_000
    assert updated.quantity == 10_000 + bill.quantity_standard + bill.quantity_offpeak
    window.undo_action.trigger()
    assert window.session.get(model.Bill, bill.id) == bill


def test_refused_cells_say_why_and_store_nothing(window, panel):
    model_ = panel.bills.model
    bill = model_.entity(0)
    depth = window.session.undo_stack.count()
    assert not model_.setData(cell(panel, 0, "Peak"), "beaucoup")
    assert "is not a number" in panel.message.text()
    assert not model_.setData(cell(panel, 0, "End"), "31/02/2018")
    assert "is not a date" in panel.message.text()
    assert not model_.setData(cell(panel, 0, "End"), "01/01/2017")
    assert "before it starts" in panel.message.text()
    assert not model_.setData(cell(panel, 0, "Cost excl. VAT"), "-5")
    assert window.session.get(model.Bill, bill.id) == bill
    assert window.session.undo_stack.count() == depth


def test_french_cells(window, panel):
    window.set_language(Language.FR)
    model_ = panel.bills.model
    assert model_.headerData(0, Qt.Orientation.Horizontal) == "Début"
    assert model_.setData(cell(panel, 0, "Montant HT"), "1 234,56")
    assert window.session.get(model.Bill, model_.entity(0).id).cost_excl_vat == 1234.56
    assert cell(panel, 0, "Montant HT").data() == "1\u202f234,56"


def test_add_duplicate_delete_rows_with_undo(window, panel):
    ws = window.session.workspace
    supply_id = panel.supply_id
    before = len(ws.bills(supply_id))
    panel.add_bill()
    bills = ws.bills(supply_id)
    assert len(bills) == before + 1 and bills[-1].period_start == bills[-2].period_end + dt.timedelta(days=1)
    panel.bills.select_id(bills[0].id)
    panel.duplicate()
    assert len(ws.bills(supply_id)) == before + 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(ws.bills(supply_id)) == before
    panel.bills.select_id(ws.bills(supply_id)[0].id)
    panel.delete_selected()
    assert len(ws.bills(supply_id)) == before - 1
    window.undo_action.trigger()
    assert len(ws.bills(supply_id)) == before


def test_paste_from_a_spreadsheet_in_one_undo_step(window, panel):
    ws = window.session.workspace
    before = len(ws.bills(panel.supply_id))
    panel.bills.view.setCurrentIndex(panel.bills.proxy.mapFromSource(cell(panel, 0, "Start")))
    block = (
        "01/10/2019\t31/10/2019\tMT201910-1\t20000\t50000\t30000\t100000\t250\t60000\n"
        "01/11/2019\t30/11/2019\tMT201911-1\t21000\t51000\t31000\t103000\t260\t61000\n"
        "01/12/2019\t31/12/2019\tMT201912-1\tdouze\t51000\t31000\t\t260\t61000\n"
    )
    seen = []
    panel.confirm_paste = lambda records: seen.append(records) or True
    assert panel.paste_text(block) == 2
    refused = seen[0].refused
    assert [(r.row, r.text) for r in refused] == [(3, "douze")]
    bills = ws.bills(panel.supply_id)
    assert len(bills) == before + 2
    assert bills[-1].quantity == 103_000 and bills[-1].max_power == 260
    window.undo_action.trigger()
    assert len(ws.bills(panel.supply_id)) == before


def test_paste_with_a_header_row_maps_by_name(window, panel):
    block = (
        "Fin période\tDébut période\tMontant HT (DH)\tkWh heures de pointe\tkWh heures pleines\tkWh heures creuses\n"
        "31/01/2020\t01/01/2020\t90 000,00\t1\t2\t3\n"
    )
    assert panel.paste_text(block) == 1
    last = window.session.workspace.bills(panel.supply_id)[-1]
    assert (last.period_start, last.period_end, last.cost_excl_vat, last.quantity_offpeak) == (
        dt.date(2020, 1, 1),
        dt.date(2020, 1, 31),
        90_000.0,
        3,
    )


def test_attach_and_open_the_source_invoice(window, panel, tmp_path):
    bill = panel.bills.model.entity(2)
    pdf = tmp_path / "facture-mars.pdf"
    pdf.write_bytes(b"%PDF-1.4 facture")
    panel.attach(bill.id, pdf)
    stored = window.session.get(model.Bill, bill.id)
    assert stored.attachment_id is not None
    copy = panel.document_path(bill.id)
    assert copy.name == "facture-mars.pdf" and copy.read_bytes() == b"%PDF-1.4 facture"
    window.undo_action.trigger()
    assert window.session.get(model.Bill, bill.id).attachment_id is None


def test_an_invoice_that_cannot_be_read_or_stored_is_reported(window, panel, tmp_path, monkeypatch):
    from workbench.storage.errors import WorkspaceWriteError

    bill = panel.bills.model.entity(2)
    panel.attach(bill.id, tmp_path / "gone.pdf")
    assert panel.message.text().startswith(f"Cannot read {tmp_path / 'gone.pdf'}: ")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4 " + b"x" * 1000)

    def full(*_args):
        raise WorkspaceWriteError(window.session.workspace.path, "database or disk is full")

    monkeypatch.setattr(window.session.workspace, "add_attachment", full)
    panel.attach(bill.id, pdf)
    assert "could not be saved" in panel.message.text() and "full" in panel.message.text()
    assert window.session.get(model.Bill, bill.id).attachment_id is None
    assert window.session.undo_stack.count() == 0


def test_checks_are_listed_and_name_the_bills(window, panel):
    texts = [panel.checks.item(i).text() for i in range(panel.checks.count())]
    assert any("MT201902-04016" in t and "is left out of every total" in t for t in texts)
    duplicate_ids = sorted(
        b.id for b in window.session.workspace.bills(panel.supply_id) if b.invoice_number == "MT201902-04016"
    )
    assert set(duplicate_ids) <= set(panel.bills.model.problems)
    item = next(panel.checks.item(i) for i in range(panel.checks.count()) if "left out" in panel.checks.item(i).text())
    panel.checks.itemClicked.emit(item)
    current = panel.bills.proxy.mapToSource(panel.bills.view.currentIndex())
    assert panel.bills.model.entity(current.row()).id == duplicate_ids[1]  # the repeat, the one left out


def test_not_a_duplicate_is_ticked_in_the_table_and_undone(window, panel):
    from PySide6.QtCore import Qt

    ws = window.session.workspace
    site_id = ws.get(model.EnergySupply, panel.supply_id).site_id
    february = lambda: window.session.account(site_id).monthly(panel.supply_id)  # noqa: E731
    before = next(m for m in february() if m.key == "2019-02").values[0]
    repeat = max(b.id for b in ws.bills(panel.supply_id) if b.invoice_number == "MT201902-04016")
    row = next(r for r in range(panel.bills.model.rowCount()) if panel.bills.model.entity(r).id == repeat)
    index = cell(panel, row, "Not a duplicate")
    assert panel.bills.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ws.get(model.Bill, repeat).not_duplicate
    after = next(m for m in february() if m.key == "2019-02").values[0]
    assert after == pytest.approx(2 * before)  # both counted now, as the auditor said
    window.undo_action.trigger()
    assert not ws.get(model.Bill, repeat).not_duplicate


def test_amounts_stay_consistent(window, panel):
    model_ = panel.bills.model
    bill = model_.entity(1)
    assert model_.setData(cell(panel, 1, "Cost excl. VAT"), "1000")
    after = window.session.get(model.Bill, bill.id)
    assert (after.cost_excl_vat, after.vat, after.cost_incl_vat) == (1000, bill.vat, round(1000 + bill.vat, 2))
    assert model_.setData(cell(panel, 1, "Cost incl. VAT"), "1200")
    after = window.session.get(model.Bill, bill.id)
    assert (after.cost_excl_vat, after.vat, after.cost_incl_vat) == (1000, 200, 1200)


def test_supply_form_edits_the_contract_and_units(window, panel):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    panel.supply_box.setChecked(True)
    form = panel.supply_form
    subscribed = form.findChild(QLineEdit, "subscribed_power_kva")
    subscribed.setText("300")
    subscribed.editingFinished.emit()
    assert window.session.get(model.EnergySupply, panel.supply_id).subscribed_power_kva == 300
    voltage = form.findChild(QComboBox, "voltage_level")
    assert voltage.currentText() == "Medium voltage (MV)"
    unit = form.findChild(QComboBox, "invoice_unit")
    unit.setCurrentIndex(unit.findData("L"))
    unit.activated.emit(unit.currentIndex())
    assert "L is not a unit for Electricity" in form.error_label.text()
    assert window.session.get(model.EnergySupply, panel.supply_id).invoice_unit.value == "kWh"


def test_import_runs_in_a_worker_thread_from_the_dialog(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.ui.test_import_dialog import LEDGER
    from workbench.domain.units import Carrier
    from workbench.ui.dialogs.import_dialog import ImportDialog

    site = window.session.workspace.insert(model.Site(cluster_id=1, name="Thread", currency="MAD"))
    dialog = ImportDialog(
        window.session, window.languages, site.id, Carrier.ELECTRICITY, LEDGER, window, synchronous=False
    )
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    supply = window.session.workspace.supplies(site.id)[0]
    assert len(window.session.workspace.bills(supply.id)) == 21
    window.undo_action.trigger()
    assert window.session.workspace.supplies(site.id) == []


def _type_into(qtbot, panel, row: int, header: str, text: str) -> None:
    """Double-click the cell, type as a user does, press Enter: the real editor and delegate, not setData."""
    from PySide6.QtWidgets import QLineEdit

    view = panel.bills.view
    index = panel.bills.proxy.mapFromSource(cell(panel, row, header))
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, f"no editor opened on {header}"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # the delegate commits on a queued call


def _new_bill_row(panel) -> int:
    panel.add_bill()
    ident = panel.bills.selected_ids()[0]
    return panel.bills.model.row_of(ident)


def test_a_new_bill_is_typed_period_by_period_and_its_total_follows(window, qtbot, panel):
    row = _new_bill_row(panel)
    ident = panel.bills.model.entity(row).id
    _type_into(qtbot, panel, row, "Standard", "2 000")
    _type_into(qtbot, panel, row, "Peak", "1 000")
    _type_into(qtbot, panel, row, "Off-peak", "500")
    bill = window.session.get(model.Bill, ident)
    assert (bill.quantity_peak, bill.quantity_standard, bill.quantity_offpeak, bill.quantity) == (
        1000,
        2000,
        500,
        3500,
    )
    assert panel.message.text() == ""
    assert panel.bills.model.cell_problems(bill) == {}


def test_a_total_typed_before_its_split_is_kept_and_the_row_says_so_when_left(window, qtbot, panel):
    row = _new_bill_row(panel)
    ident = panel.bills.model.entity(row).id
    _type_into(qtbot, panel, row, "Total", "5 000")
    _type_into(qtbot, panel, row, "Peak", "1 000")
    bill = window.session.get(model.Bill, ident)
    assert (bill.quantity, bill.quantity_peak) == (5000, 1000)  # neither typed value dropped
    model_ = panel.bills.model
    panel.bills.select_id(ident)  # Enter went down to the new row: back on the bill being typed
    total = cell(panel, model_.row_of(ident), "Total")
    # still on it: the row's own rule waits; a bill check's mark on the cell may already say it
    assert total.data(Qt.ItemDataRole.ToolTipRole) in (None, model_.problems.get(ident, {}).get("quantity"))
    panel.bills.select_id(model_.entity(0).id)  # the user moves to another row
    total = cell(panel, model_.row_of(ident), "Total")
    assert "differs from the sum of the time-of-use periods" in total.data(Qt.ItemDataRole.ToolTipRole)
    assert total.data(Qt.ItemDataRole.BackgroundRole) is not None
    checks = [panel.checks.item(i).text() for i in range(panel.checks.count())]
    assert any("do not add up to the total" in t for t in checks)
    panel.bills.select_id(ident)
    row = model_.row_of(ident)
    _type_into(qtbot, panel, row, "Standard", "3 000")
    _type_into(qtbot, panel, row, "Off-peak", "1 000")
    bill = window.session.get(model.Bill, ident)
    assert bill.inconsistencies() == ()
    assert model_.cell_problems(bill) == {}


def test_a_changed_total_keeps_the_split(window, panel):
    model_ = panel.bills.model
    bill = model_.entity(0)
    assert bill.has_time_of_use
    assert model_.setData(cell(panel, 0, "Total"), "1")
    after = window.session.get(model.Bill, bill.id)
    assert after.quantity == 1 and after.time_of_use == bill.time_of_use
    window.undo_action.trigger()
    assert window.session.get(model.Bill, bill.id) == bill


def _answering(monkeypatch, accept: bool) -> list:
    """Each preview the paste opens, answered by a click on its Paste or Cancel button (exec would wait)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from workbench.ui.dialogs.paste_preview import PastePreview

    shown = []

    def answer(dialog):
        shown.append(dialog)
        box = dialog.findChild(QDialogButtonBox)
        which = QDialogButtonBox.StandardButton.Ok if accept else QDialogButtonBox.StandardButton.Cancel
        box.button(which).click()
        return dialog.result()

    monkeypatch.setattr(PastePreview, "exec", answer)
    return shown


@pytest.mark.parametrize("accept", [True, False])
def test_the_paste_preview_shows_the_values_it_will_store_and_its_answer_decides(window, panel, monkeypatch, accept):
    panel.confirm_paste = panel._confirm_paste  # the real dialog
    shown = _answering(monkeypatch, accept)
    ws = window.session.workspace
    before = len(ws.bills(panel.supply_id))
    panel.bills.view.setCurrentIndex(panel.bills.proxy.mapFromSource(cell(panel, 0, "Start")))
    block = (
        "01/10/2019\t31/10/2019\tMT201910-1\t20000\t50000\t30000\t100000\t250\t60000\n"
        "01/12/2019\t31/12/2019\tMT201912-1\tdouze\t51000\t31000\t\t260\t61000\n"
    )
    assert panel.paste_text(block) == (1 if accept else 0)
    assert len(ws.bills(panel.supply_id)) == before + (1 if accept else 0)
    dialog = shown[0]
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers[:3] == ["Start", "End", "Invoice"]
    assert dialog.table.rowCount() == 1  # the refused row is not among those stored
    row = {h: dialog.table.item(0, c).text() for c, h in enumerate(headers)}
    assert row["Start"] == window.languages.formatter.date(dt.date(2019, 10, 1))
    assert row["Peak (kWh)"] == "20,000" and row["Reached power (kVA)"] == "250"  # as the table shows them
    assert "Row 2, Peak (kWh): “douze”" in dialog.refused.text()  # the column as the table heads it
    assert dialog.paste_button.text() == "Paste"


def test_the_paste_preview_speaks_french(window, panel, monkeypatch):
    window.set_language(Language.FR)
    panel.confirm_paste = panel._confirm_paste
    shown = _answering(monkeypatch, False)
    panel.bills.view.setCurrentIndex(panel.bills.proxy.mapFromSource(cell(panel, 0, "Début")))
    panel.paste_text("01/10/2019\t31/10/2019\tMT201910-1\t20000,5\n")
    dialog = shown[0]
    assert dialog.windowTitle() == "Coller" and dialog.paste_button.text() == "Coller"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    peak = headers.index(next(h for h in headers if h.startswith("Pointe")))
    assert dialog.table.item(0, peak).text() == "20\u202f000,5"
