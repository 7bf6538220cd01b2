"""The inventory editor and the balance page: add a compressor and watch the balance and its charts move."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, Language, Provenance


@pytest.fixture
def equipment_page(window):
    window.show_node(("equipment", 4))
    return window.pages["EquipmentPage"]


def test_equipment_table_shows_provenance_and_estimates(window, equipment_page):
    table = equipment_page.table.model
    assert table.rowCount() == len(window.session.workspace.equipment(4))
    headers = [table.headerData(i, 1) for i in range(table.columnCount())]
    assert "Estimated per year (kWh)" in headers
    column = headers.index("Hours per year")
    row = next(r for r in range(table.rowCount()) if table.entity(r).annual_hours is not None)
    assert table.index(row, column).data(Qt.ItemDataRole.FontRole).italic()  # hours said in an interview
    assert table.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == "Interview"


def test_add_a_compressor_and_the_balance_moves(window, qtbot, equipment_page):
    window.show_node(("balance", 4))
    balance_page = window.pages["BalancePage"]
    before = balance_page.balance.carrier(Carrier.ELECTRICITY).estimated_kwh
    window.show_node(("equipment", 4))
    equipment_page.add_item()
    item = window.session.workspace.equipment(4)[-1]
    form = equipment_page.form
    end_use = form.findChild(QComboBox, "end_use")
    end_use.setCurrentIndex(end_use.findData(EndUse.COMPRESSED_AIR.value))
    end_use.activated.emit(end_use.currentIndex())
    for name, text in (("name", "Compresseur neuf"), ("loaded_power_kw", "30"), ("loaded_hours", "3 000")):
        editor = form.findChild(QLineEdit, name)
        editor.setText(text)
        editor.editingFinished.emit()
    stored = window.session.get(model.Equipment, item.id)
    assert (stored.name, stored.end_use, stored.loaded_power_kw, stored.loaded_hours) == (
        "Compresseur neuf",
        EndUse.COMPRESSED_AIR,
        30,
        3000,
    )
    assert not form.findChild(QLineEdit, "fixture_watts").isVisibleTo(form)
    window.show_node(("balance", 4))
    after = balance_page.balance.carrier(Carrier.ELECTRICITY).estimated_kwh
    # 30 kW x 3 000 h loaded + 25 % of 30 kW x 0 h unloaded = 90 000 kWh
    assert after - before == pytest.approx(90_000)
    slices = {p.label: p.value for p in balance_page.donut.parts}
    assert slices["Compressed air"] > 90_000
    for _ in range(5):  # the five edits: add, end use, name, loaded power, loaded hours
        window.undo_action.trigger()
    assert all(i.id != item.id for i in window.session.workspace.equipment(4))


def test_provenance_is_set_per_figure(window, equipment_page):
    item = window.session.workspace.equipment(4)[0]
    equipment_page.table.select_id(item.id)
    combo = equipment_page.provenance.combos["load_factor"]
    combo.setCurrentIndex(combo.findData(Provenance.SPOT_MEASUREMENT.value))
    combo.activated.emit(combo.currentIndex())
    assert window.session.get(model.Equipment, item.id).provenance["load_factor"] is Provenance.SPOT_MEASUREMENT


def test_balance_page_in_french_and_its_charts(window, tmp_path):
    window.set_language(Language.FR)
    window.show_node(("balance", 2))
    page = window.pages["BalancePage"]
    assert page.title.text() == "Bilan énergétique de Briqueterie Al Amal"
    labels = [link.target for link in page.sankey.links]
    assert "Non expliqué" in labels
    assert sum(link.value for link in page.sankey.links) == pytest.approx(
        sum(c.billed_kwh for c in page.balance.carriers)
    )
    for chart in (page.donut, page.sankey):
        target = tmp_path / "chart.png"
        chart.export_png(str(target))
        assert target.stat().st_size > 10_000


def test_paste_and_import_an_inventory_in_one_undo_step(window, equipment_page, tmp_path):
    equipment_page.confirm = lambda records: True
    before = len(window.session.workspace.equipment(4))
    block = "Name\tEnd use\tPower (kW)\tQuantity\nChiller\tRefrigeration\t40\t1\nBooster\tPump\t5.5\t2\n"
    assert equipment_page.paste_text(block) == 2
    assert len(window.session.workspace.equipment(4)) == before + 2
    window.undo_action.trigger()
    assert len(window.session.workspace.equipment(4)) == before
    path = tmp_path / "inventory.csv"
    path.write_text("Nom;Puissance (kW);Quantité\nVentilateur;11;2\n", encoding="utf-8")
    assert equipment_page.import_file(path) == 1
    assert window.session.workspace.equipment(4)[-1].end_use is EndUse.FANS


def test_photos_are_kept_in_the_workspace(window, equipment_page, tmp_path):
    item = window.session.workspace.equipment(4)[0]
    equipment_page.table.select_id(item.id)
    photo = tmp_path / "plaque.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    equipment_page.add_photo(photo)
    stored = window.session.get(model.Equipment, item.id)
    assert len(stored.photo_ids) == 1
    equipment_page.refresh_now()  # the page catches up on the next event-loop turn
    assert equipment_page.photos.count() == 1
    assert equipment_page.photo_path(stored.photo_ids[0]).read_bytes() == b"\xff\xd8\xff photo"


def test_choose_the_balance_period_and_undo_it(window, qtbot):
    import datetime as dt

    window.show_node(("balance", 2))
    page = window.pages["BalancePage"]
    page.refresh_now()
    combo = page.period_combo
    assert combo.currentText() == "Latest 12 months (10/2018 – 09/2019)" and combo.itemData(0) is None
    latest = page.balance.carrier(Carrier.ELECTRICITY).billed_kwh
    earlier = combo.findText("10/2017 – 09/2018")
    assert earlier > 0  # the demo's bills run from October 2017: two whole years to choose from
    combo.setCurrentIndex(earlier)
    combo.activated.emit(earlier)
    page.refresh_now()
    assert window.session.get(model.Site, 2).balance_period_end == dt.date(2018, 9, 1)
    assert page.balance.window == (dt.date(2017, 10, 1), dt.date(2018, 9, 1))
    assert page.balance.carrier(Carrier.ELECTRICITY).billed_kwh != pytest.approx(latest)
    assert page.period_combo.currentText() == "10/2017 – 09/2018"  # kept across the refresh
    window.undo_action.trigger()
    page.refresh_now()
    assert window.session.get(model.Site, 2).balance_period_end is None
    assert page.balance.carrier(Carrier.ELECTRICITY).billed_kwh == pytest.approx(latest)
    assert page.period_combo.currentIndex() == 0


def test_an_inventory_paste_is_previewed_as_it_will_be_stored(window, equipment_page, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from workbench.ui.dialogs.paste_preview import PastePreview

    shown = []

    def answer(dialog):
        shown.append(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PastePreview, "exec", answer)
    before = len(window.session.workspace.equipment(4))
    block = "Name\tEnd use\tPower (kW)\tQuantity\nChiller\tRefrigeration\t40.25\t1\nBooster\tPump\tfive\t2\n"
    assert equipment_page.paste_text(block) == 1
    assert len(window.session.workspace.equipment(4)) == before + 1
    table = shown[0].table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = {h: table.item(0, c).text() for c, h in enumerate(headers)}
    assert table.rowCount() == 1 and row[headers[0]] == "Chiller"
    assert "40.25" in row.values()  # the power as stored, every decimal
    assert "“five”" in shown[0].refused.text()
