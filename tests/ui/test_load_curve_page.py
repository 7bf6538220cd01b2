"""A load curve through the window: the invoice import hands a Fluvius export to the load-curve import,
which stores it as one undo step; the supply gains a Load curve node whose page shows the meter's figures and
charts, follows the language, and goes with the undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language
from workbench.ui.dialogs import import_routing
from workbench.ui.dialogs.import_dialog import ImportDialog
from workbench.ui.dialogs.load_curve_dialog import LoadCurveImportDialog

FLUVIUS = (
    Path(__file__).parents[1]
    / "data"
    / "fluvius-be"
    / "Verbruikshistoriek_elektriciteit_123456789123456789_20211012_20240929_kwartiertotalen.csv"
)


def belgian_site(window) -> tuple[int, int]:
    ws = window.session.workspace
    site = ws.insert(model.Site(cluster_id=1, name="Usine de Liège", country="BE", currency="EUR"))
    supply = ws.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, name="Réseau BT"))
    return site.id, supply.id


def test_a_load_curve_given_to_the_invoice_import_goes_to_the_load_curve_import(window, qtbot, monkeypatch):
    site_id, supply_id = belgian_site(window)
    opened: list[LoadCurveImportDialog] = []

    def shown(dialog: QDialog) -> int:
        assert isinstance(dialog, LoadCurveImportDialog), "the invoice dialog was shown for a load curve"
        opened.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", shown)
    import_routing.open_import(
        window.session, window.languages, site_id, Carrier.ELECTRICITY, FLUVIUS, window, synchronous=True
    )
    [dialog] = opened
    assert dialog.supply.currentData() == supply_id and dialog.zone.currentText() == "Europe/Brussels"
    # Fluvius's answers (../shared/data/README.md): Afname Dag 18.142 kWh, Afname Nacht 0.050 kWh, no injection
    totals = {s.register.name: s.total for s in dialog.read.series}
    assert totals["Afname Dag"] == pytest.approx(18.142) and totals["Afname Nacht"] == pytest.approx(0.050)
    assert totals["Injectie Dag"] == 0
    assert "none refused" in dialog.summary.text()
    assert dialog.registers_model.rowCount() == 4


def test_the_invoice_dialog_offers_the_load_curve_import_for_a_file_browsed_to(window, qtbot):
    site_id, _supply = belgian_site(window)
    dialog = ImportDialog(window.session, window.languages, site_id, Carrier.ELECTRICITY, None, window, True)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(FLUVIUS))
    dialog.reload()
    assert "is a load curve" in dialog.summary.text() and dialog.load_curve_file == FLUVIUS
    assert dialog.load_curve_button.isVisibleTo(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.load_curve_button.click()
    assert dialog.wants_load_curve and QDialog.result(dialog) == QDialog.DialogCode.Accepted


def test_import_undo_redo_and_the_page(window, qtbot):
    site_id, supply_id = belgian_site(window)
    dialog = LoadCurveImportDialog(window.session, window.languages, site_id, FLUVIUS, supply_id, window, True)
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.stored is not None and dialog.stored.stored
    ws = window.session.workspace
    assert {r.name for r in ws.load_curve_registers(supply_id)} >= {"Afname Dag", "Afname Nacht"}
    assert window.undo_action.text().startswith("Undo Import the load curve Verbruikshistoriek")
    tree = window.tree
    assert tree.model.index_for(("load_curve", supply_id)).isValid()

    window.show_node(("load_curve", supply_id))
    page = window.pages["LoadCurvePage"]
    assert window.stack.currentWidget() is page
    grid = page.current().grid
    figures = page.current().figures
    assert figures.kwh == pytest.approx(page.current().grid.kwh[~np.isnan(grid.kwh)].sum())
    assert page.cards["peak"].value.text() == window.languages.formatter.quantity(figures.peak_kw, "kW")
    assert page.meter.count() == 2 and page.meter.isVisibleTo(page)  # offtake and injection
    heat = page.heat_chart.image.image
    assert heat.shape == (96, page.current().heat.days)  # times of day up, days across
    # the bills tab is hidden: this supply has no bills to read against the curve
    assert not page.tabs.isTabVisible(4)
    page.meter.setCurrentIndex(1)
    page.meter.activated.emit(1)
    assert page.current().flow.value == "injection"

    window.languages.switch(Language.FR)
    assert page.tabs.tabText(0) == "Carte de chaleur"
    assert page.cards["peak"].caption.text().startswith("Pointe")
    window.languages.switch(Language.EN)

    window.undo_action.trigger()
    assert ws.load_curve_registers(supply_id) == []
    assert not tree.model.index_for(("load_curve", supply_id)).isValid()
    window.redo_action.trigger()
    assert ws.load_curve_registers(supply_id)
    # the same file again stores nothing new and conflicts with nothing
    again = LoadCurveImportDialog(window.session, window.languages, site_id, FLUVIUS, supply_id, window, True)
    qtbot.addWidget(again)
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert again.stored.stored and all(r.new == 0 for r in again.stored.registers)


def test_a_conflicting_import_stores_nothing_and_says_where(window, qtbot, tmp_path):
    site_id, supply_id = belgian_site(window)
    first = LoadCurveImportDialog(window.session, window.languages, site_id, FLUVIUS, supply_id, window, True)
    qtbot.addWidget(first)
    first.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    lines = FLUVIUS.read_text(encoding="utf-8-sig").splitlines()
    header, rows = lines[0], lines[1:]
    changed = next(i for i, r in enumerate(rows) if ";Afname Dag;" in r and r.split(";")[8])
    cells = rows[changed].split(";")
    cells[8] = "9,999"
    rows[changed] = ";".join(cells)
    edited = tmp_path / "fluvius-edited.csv"
    edited.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    before = window.session.undo_stack.count()
    again = LoadCurveImportDialog(window.session, window.languages, site_id, edited, supply_id, window, True)
    qtbot.addWidget(again)
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not again.stored.stored and "Nothing was stored" in again.summary.text()
    assert "Afname Dag" in again.summary.text() and "9.999 kWh in the file" in again.summary.text()
    assert window.session.undo_stack.count() == before
    assert again.isVisible() or again.result() != QDialog.DialogCode.Accepted


def test_columns_chosen_by_hand_are_remembered_for_the_same_header(window, qtbot, tmp_path):
    site_id, supply_id = belgian_site(window)
    # a generic export whose headers say nothing the reader knows: the auditor says which column is what
    lines = ["Moment;Puissance moyenne"]
    for k in range(8):
        lines.append(f"2024-01-15 {k // 4:02d}:{15 * (k % 4):02d};{10 + k},5")
    path = tmp_path / "compteur.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = LoadCurveImportDialog(window.session, window.languages, site_id, path, supply_id, window, True)
    qtbot.addWidget(dialog)
    assert dialog.read is None or not dialog.read.series or not dialog.read.accepted
    from workbench.importers.load_curve import Role

    for role, column in ((Role.START, 0), (Role.VALUE, 1)):
        combo = dialog.roles[role]
        combo.setCurrentIndex(combo.findData(column))
        combo.activated.emit(combo.currentIndex())
    dialog.unit.setCurrentIndex(dialog.unit.findData("kW"))
    dialog.unit.activated.emit(dialog.unit.currentIndex())
    assert dialog.read is not None and dialog.read.accepted, dialog.summary.text()
    [series] = dialog.read.series
    # 8 quarter-hours of 10.5 … 17.5 kW: (10.5 + … + 17.5) / 4 = 112 / 4 = 28 kWh
    assert series.total == pytest.approx(28) and series.intervals == 8
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.stored.stored
    later = LoadCurveImportDialog(window.session, window.languages, site_id, path, supply_id, window, True)
    qtbot.addWidget(later)
    assert later.remembered is not None and later.layout_note.isVisibleTo(later)
    assert later.unit.currentData() == "kW" and later.read.accepted
    later.forget_button.click()
    assert later.remembered is None


def test_an_unknown_zone_is_said_and_nothing_can_be_imported(window, qtbot):
    site_id, supply_id = belgian_site(window)
    dialog = LoadCurveImportDialog(window.session, window.languages, site_id, FLUVIUS, supply_id, window, True)
    qtbot.addWidget(dialog)
    dialog.zone.setEditText("Europe/Bruxelles")
    dialog.reload()
    assert "“Europe/Bruxelles” is not a time zone" in dialog.summary.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def demo_curve_supply(window, site_name: str = "Verre Trempé Lissasfa"):
    ws = window.session.workspace
    site = next(s for s in ws.sites() if s.name == site_name)
    supply = next(s for s in ws.supplies(site.id) if ws.load_curve_registers(s.id))
    return site, supply


def test_a_pv_study_simulated_stored_undone_and_made_a_measure(window, qtbot):
    from workbench.domain.vocab import MeasureKind

    site, supply = demo_curve_supply(window)
    window.show_node(("load_curve", supply.id))
    page = window.pages["LoadCurvePage"]
    panel = page.pv_panel
    assert page.tabs.isTabVisible(5) and page.tabs.tabText(5) == "Solar PV"
    assert panel.weather.currentData().startswith("MAR_")  # the Moroccan site's shipped weather
    assert not panel.measure_button.isEnabled()
    panel.kwp.setValue(150.0)
    panel.investment.setValue(1_350_000)
    panel.simulate_button.click()
    ws = window.session.workspace
    assert ws.pv_study(supply.id).system.kwp == 150.0
    result = panel.result
    assert result is not None and 1550 < result.year.specific_yield < 1850
    assert "Production of a typical year" in panel.figures.text()
    assert window.languages.formatter.quantity(result.annual_production, "kWh") in panel.figures.text()
    coverage = page.cards["coverage"]
    assert coverage.value.text() == "99.99%" and "lowest month Feb 2019: 99.7%" in coverage.caption.text()
    before = len(ws.measures(site.id))
    panel.measure_button.click()
    measures = ws.measures(site.id)
    assert len(measures) == before + 1
    measure = measures[-1]
    assert measure.kind is MeasureKind.RENEWABLE and measure.investment == 1_350_000
    assert measure.savings[0].kwh == round(result.annual_production)
    assert measure.self_consumption == pytest.approx(result.use.self_consumed_share, abs=1e-4)
    window.undo_action.trigger()  # the measure
    window.undo_action.trigger()  # the study
    assert len(ws.measures(site.id)) == before and ws.pv_study(supply.id) is None


def test_a_weather_file_the_user_loads_is_kept_in_the_workspace_or_refused(window, qtbot, tmp_path):
    _site, supply = demo_curve_supply(window)
    window.show_node(("load_curve", supply.id))
    panel = window.pages["LoadCurvePage"].pv_panel
    bad = tmp_path / "meteo.epw"
    bad.write_text("LOCATION,nowhere\n", encoding="utf-8")
    assert not panel.load_weather(bad)
    assert "meteo.epw cannot be read as a typical-year weather file" in panel.message.text()
    from workbench.resources import shipped_weather_dir

    mine = tmp_path / "BEL_VLG_Uccle.copy_TMYx.epw"
    mine.write_bytes((shipped_weather_dir() / "BEL_VLG_Uccle.064470_TMYx.2007-2021.epw").read_bytes())
    assert panel.load_weather(mine)
    assert panel.weather.currentData() == mine.name
    panel.simulate_button.click()
    study = window.session.workspace.pv_study(supply.id)
    assert study.weather_attachment is not None and study.weather_name == mine.name
    assert panel.result.weather.station == "Uccle"


def test_bills_without_a_reached_power_get_the_curves_in_one_undo_step(window, qtbot):
    from workbench.domain.units import PowerUnit

    _site, supply = demo_curve_supply(window)
    ws = window.session.workspace
    bill = next(b for b in ws.bills(supply.id) if b.period_start == dt.date(2018, 11, 1))
    window.session.edit(model.Bill, bill.id, max_power=None)
    window.show_node(("load_curve", supply.id))
    page = window.pages["LoadCurvePage"]
    assert [r.bill_id for r in page.reached] == [bill.id]
    page.tabs.setCurrentIndex(4)
    assert page.fill_reached.isVisibleTo(page) and "1 bill" in page.reached_hint.text()
    check = next(c for c in page.current().checks if c.bill_id == bill.id)
    page.fill_reached.click()
    filled = ws.get(model.Bill, bill.id)
    from workbench.domain.tariffs import cos_phi

    phi = cos_phi(bill.total_quantity, bill.reactive_kvarh)
    assert filled.max_power == pytest.approx(round(check.curve_peak_kw / phi, 1))
    assert filled.max_power_unit is PowerUnit.KVA and "Reached power from the load curve" in filled.note
    assert filled.max_power > check.curve_peak_kw  # kVA over a cos φ below 1
    window.undo_action.trigger()  # one step takes it all back
    assert ws.get(model.Bill, bill.id).max_power is None and ws.get(model.Bill, bill.id).note == bill.note


def test_the_pv_form_is_each_supplys_own_and_a_plant_is_added_once(window, qtbot):
    _site, verre = demo_curve_supply(window)
    _solar_site, soltherm = demo_curve_supply(window, "Soltherm Chauffe-eau")
    window.show_node(("load_curve", soltherm.id))
    panel = window.pages["LoadCurvePage"].pv_panel
    assert panel.kwp.value() == 120.0  # the demo's stored study
    window.show_node(("load_curve", verre.id))
    assert panel.kwp.value() == 100.0 and panel.result is None  # not Soltherm's form
    panel.simulate_button.click()
    panel.measure_button.click()
    assert not panel.measure_button.isEnabled()
    count = len(window.session.workspace.measures(_site.id))
    panel.measure_button.click()  # disabled, and refused if called anyway
    panel.add_measure()
    assert len(window.session.workspace.measures(_site.id)) == count


def test_a_curve_whose_peaks_are_far_under_the_bills_is_flagged(window, qtbot):
    _site, supply = demo_curve_supply(window)
    window.show_node(("load_curve", supply.id))
    page = window.pages["LoadCurvePage"]
    page.tabs.setCurrentIndex(4)
    assert page.peak_hint.isHidden()  # the demo's curve peaks as its bills say (a quarter-hour under the kVA)
    ws = window.session.workspace
    bill = next(b for b in ws.bills(supply.id) if b.period_start == dt.date(2018, 11, 1))
    window.session.edit(model.Bill, bill.id, max_power=bill.max_power * 2)  # a reached power the curve never shows
    page.refresh_now()
    assert not page.peak_hint.isHidden() and "In 1 bill period the curve's peak is under 70%" in page.peak_hint.text()
