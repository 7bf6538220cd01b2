"""The import dialog driven through its widgets, on the real sample files."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.ui.dialogs.import_dialog import ImportDialog

DATA = Path(__file__).parents[1] / "data"
LEDGER = DATA / "ma-invoices" / "electricite-mt-2018-2019.csv"
PROPANE = DATA / "ma-invoices" / "propane-livraisons-2018-2019.csv"


def new_site(window) -> int:
    ws = window.session.workspace
    return ws.insert(model.Site(cluster_id=1, name="Nouvelle usine", currency="MAD")).id


def dialog_for(window, qtbot, site_id, path, carrier=Carrier.ELECTRICITY) -> ImportDialog:
    dialog = ImportDialog(window.session, window.languages, site_id, carrier, path, window)
    qtbot.addWidget(dialog)
    return dialog


def test_ledger_from_file_to_bills_in_one_undo_step(window, qtbot):
    site_id = new_site(window)
    dialog = dialog_for(window, qtbot, site_id, LEDGER)
    assert dialog.mapping["kwh_peak"].currentText() == "kWh heures de pointe"
    assert dialog.mapping["start"].currentText() == "Début période"
    assert dialog.preview_model.rowCount() == 21
    assert dialog.preview_model.index(0, 1).data() == "New"
    assert "21 rows read: 21 new" in dialog.summary.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()
    ws = window.session.workspace
    (supply,) = ws.supplies(site_id)
    assert len(ws.bills(supply.id)) == 21
    assert window.undo_action.text() == "Undo Import electricite-mt-2018-2019.csv"
    window.undo_action.trigger()
    assert ws.supplies(site_id) == []
    window.redo_action.trigger()
    assert len(ws.bills(ws.supplies(site_id)[0].id)) == 21
    again = dialog_for(window, qtbot, site_id, LEDGER)
    assert "0 new, 0 changed, 21 identical" in again.summary.text()
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_refused_rows_block_until_left_out_and_can_be_saved(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    lines = LEDGER.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace("15164", "15 1x4")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = dialog_for(window, qtbot, new_site(window), bad)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    refused_row = next(
        r for r in range(dialog.preview_model.rowCount()) if dialog.preview_model.index(r, 1).data() == "Refused"
    )
    reason_column = dialog.preview_model.columnCount() - 1
    assert "“15 1x4” is not a number." in dialog.preview_model.index(refused_row, reason_column).data()
    target = tmp_path / "refused.csv"
    dialog.save_refused(target)
    with target.open(encoding="utf-8") as f:
        assert list(csv.reader(f))[1] == ["5", "kWh heures de pointe", "15 1x4", "“15 1x4” is not a number."]
    nowhere = tmp_path / "no such folder" / "refused.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(nowhere), ""))
    dialog.save_refused_button.click()
    assert str(nowhere) in dialog.summary.text() and "could not be written" in dialog.summary.text()
    dialog.skip_refused.setChecked(True)
    assert ok.isEnabled()
    ok.click()
    assert window.session.workspace.count(model.Bill, "invoice_number LIKE 'MT-2018-%'") == 11


def test_options_mapping_and_profiles(window, qtbot, tmp_path):
    site_id = new_site(window)
    odd = tmp_path / "odd.txt"
    odd.write_text(
        "Relevé\nperiode|energie|montant\njanv.-19|1.234,5|150,00\nfévr.-19|1.100|140,5\n", encoding="cp1252"
    )
    dialog = dialog_for(window, qtbot, site_id, odd)
    dialog.header_row.setValue(2)
    month = dialog.mapping["month"]
    kwh = dialog.mapping["kwh"]
    kwh.setCurrentIndex(kwh.findData("energie"))
    kwh.activated.emit(kwh.currentIndex())
    assert month.currentText() == "periode"
    assert "2 rows read: 2 new" in dialog.summary.text()
    dialog.save_profile_as("portail-lydec")
    assert dialog.profile.findData("portail-lydec") >= 0
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    bills = window.session.workspace.bills(window.session.workspace.supplies(site_id)[0].id)
    assert [b.quantity for b in bills] == [1234.5, 1100]


def test_deliveries_are_recognised(window, qtbot):
    site_id = new_site(window)
    dialog = dialog_for(window, qtbot, site_id, PROPANE, Carrier.PROPANE)
    assert dialog.result.kind == "deliveries"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    supply = window.session.workspace.supplies(site_id)[0]
    assert len(window.session.workspace.deliveries(supply.id)) == 20


def test_unreadable_file_gives_one_message(window, qtbot, tmp_path):
    empty = tmp_path / "vide.csv"
    empty.write_text("")
    dialog = dialog_for(window, qtbot, new_site(window), empty)
    assert dialog.summary.text() == "vide.csv is empty."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_dialog_shows_the_file_as_read_where_it_goes_and_every_field(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    site_id = new_site(window)
    dialog = dialog_for(window, qtbot, site_id, LEDGER)
    assert dialog.target.text() == "Import into: Nouvelle usine ▸ Electricity (a new supply, in kWh)"
    source = dialog.source_model
    assert source.headerData(0, Qt.Orientation.Vertical) == "1 (header)"
    assert source.headerData(1, Qt.Orientation.Vertical) == "2"
    assert source.index(0, 0).data() == "Début période"
    assert source.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert source.headerData(3, Qt.Orientation.Horizontal) == "4 · kWh peak hours"
    headers = [
        dialog.preview_model.headerData(i, Qt.Orientation.Horizontal) for i in range(dialog.preview_model.columnCount())
    ]
    for name in ("Invoice / note", "Peak", "Standard", "Off-peak", "Reactive (kvarh)", "Cost incl. VAT"):
        assert name in headers
    peak = headers.index("Peak")
    assert dialog.preview_model.index(0, peak).data() == window.languages.formatter.number(15599)


def test_the_plan_is_made_in_a_worker_and_written_on_the_gui_thread(window, qtbot, monkeypatch):
    import threading

    ws = window.session.workspace
    site_id = new_site(window)
    threads = []
    original = ws.transaction

    def watched():
        threads.append(threading.current_thread())
        return original()

    monkeypatch.setattr(ws, "transaction", watched)
    planned_in = []
    from workbench.ui.dialogs import import_dialog

    real_plan = import_dialog.plan_import

    def spy(*args, **kwargs):
        planned_in.append(threading.current_thread())
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "plan_import", spy)
    dialog = ImportDialog(window.session, window.languages, site_id, Carrier.ELECTRICITY, LEDGER, window)
    qtbot.addWidget(dialog)
    assert planned_in and all(t is not threading.main_thread() for t in planned_in)
    assert threads == []  # planning wrote nothing
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert threads and all(t is threading.main_thread() for t in threads)
    assert len(ws.bills(ws.supplies(site_id)[0].id)) == 21


def test_repeated_rows_are_shown_skipped_and_a_remembered_mapping_can_be_forgotten(window, qtbot, tmp_path):
    site_id = new_site(window)
    path = tmp_path / "portail.csv"
    path.write_text(
        "Mois;Energie;Montant\njanv. 2024;1 000;150,00\njanv. 2024;1 000;150,00\nfévr. 2024;900;140,00\n",
        encoding="utf-8",
    )
    dialog = dialog_for(window, qtbot, site_id, path)
    quantity = dialog.mapping["quantity"]
    quantity.setCurrentIndex(quantity.findData("Energie"))
    quantity.activated.emit(quantity.currentIndex())
    assert "3 rows read: 2 new, 0 changed, 0 identical, 0 refused, 1 skipped." in dialog.summary.text()
    statuses = [dialog.preview_model.index(r, 1).data() for r in range(dialog.preview_model.rowCount())]
    assert statuses == ["New", "Skipped", "New"]
    assert not dialog.forget_button.isVisibleTo(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    again = dialog_for(window, qtbot, site_id, path)
    assert again.forget_button.isVisibleTo(again)
    assert "as you chose them for this header row" in again.layout_note.text()
    assert "0 new, 0 changed, 2 identical" in again.summary.text()
    again.forget_button.click()
    assert window.session.workspace.import_layouts() == []
    assert again.summary.text() == "No column was recognised as “Quantity”: choose its column under Columns."
    assert again.source_model.rowCount() == 4  # the file as read (header and 3 rows) is still shown, to map by hand


def test_meter_rollovers_are_asked_about_in_the_dialog_and_shown_on_the_bill(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from workbench.ui.models.bill_table import BillTableModel

    site_id = new_site(window)
    path = tmp_path / "index.csv"
    path.write_text(
        "Du;Au;Ancien index;Nouvel index;Coefficient de lecture\n01/01/2024;31/01/2024;99 850;00 120;10\n",
        encoding="utf-8",
    )
    dialog = dialog_for(window, qtbot, site_id, path)
    assert dialog.rollover_button.isVisibleTo(dialog)
    asked = []
    dialog.confirm_rollovers = lambda rows: asked.append(rows) or True
    dialog.rollover_button.click()
    assert asked == [(2,)]
    assert "1 rows read: 1 new" in dialog.summary.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    supply = window.session.workspace.supplies(site_id)[0]
    table = BillTableModel(window.session, window.languages, supply.id)
    total = next(i for i, c in enumerate(table.columns) if c.field == "quantity")
    assert table.index(0, total).data() == "2,700"
    tip = table.index(0, total).data(Qt.ItemDataRole.ToolTipRole)
    assert "Total: 99,850 → 120 × 10 = 2,700" in tip and "past a rollover at 100,000" in tip


def test_a_changed_row_shows_the_stored_value_it_replaces(window, qtbot, tmp_path):
    site_id = new_site(window)
    path = tmp_path / "corrige.csv"
    path.write_text("Début;Fin;N° facture;kWh\n01/01/2024;31/01/2024;F-1;10 000\n", encoding="utf-8")
    dialog_for(window, qtbot, site_id, path).buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    path.write_text("Début;Fin;N° facture;kWh\n01/01/2024;31/01/2024;F-1;3 100\n", encoding="utf-8")
    again = dialog_for(window, qtbot, site_id, path)
    assert "0 new, 1 changed" in again.summary.text()
    reason = again.preview_model.index(0, again.preview_model.columnCount() - 1).data()
    assert reason == "Replaces the stored bill: Quantity 10,000 → 3,100"
