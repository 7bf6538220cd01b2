"""The Tariff tab of an electricity supply's bills page: curve, bars and reconstruction table, from the demo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workbench.analysis.programme import load_accounts
from workbench.analysis.tariff import analyse_site
from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language

SITE = 2  # Briqueterie Al Amal: MT electricity with a poor power factor


def open_tariff(window, site_id: int = SITE):
    supply = next(s for s in window.session.workspace.supplies(site_id) if s.carrier is Carrier.ELECTRICITY)
    window.show_node(("supply", supply.id))
    panel = window.pages["BillsPanel"]
    assert panel.tabs.isTabVisible(1)
    panel.tabs.setCurrentIndex(1)
    return supply, panel, panel.tariff_page


def test_the_tariff_tab_shows_curve_bars_and_table(window, qtbot):
    supply, panel, page = open_tariff(window)
    assert panel.tabs.tabText(1) == "Tariff" and page.isVisible()
    (expected,) = analyse_site(load_accounts(window.session.workspace, {SITE})[SITE])
    study = expected.subscribed
    # the cost curve and its two marks: the contract's 600 kVA and the cheapest value
    xs, ys = page.curve_chart.points
    assert xs == pytest.approx([kva for kva, _ in study.curve]) and ys == pytest.approx([c for _, c in study.curve])
    assert page.curve_chart.mark("current") == pytest.approx((600, study.annual_cost_current))
    assert page.curve_chart.mark("recommended") == pytest.approx((study.recommended_kva, study.annual_cost_recommended))
    # the charges stacked month by month: twelve months, every charge the site pays
    assert len(page.charges_chart._months) == 12
    names = [s.name for s in page.charges_chart._series]
    assert names == ["Energy", "Power charge", "Overrun charge", "cos φ surcharge", "Metering"]
    energy = page.charges_chart._series[0].values
    assert sum(energy) == pytest.approx(expected.annual.energy)
    # the table: one row per bill, rebuilt beside the invoice
    table = page.table_model
    assert table.rowCount() == len(window.session.workspace.bills(supply.id)) == 24
    headers = [table.headerData(i, Qt.Orientation.Horizontal) for i in range(table.columnCount())]
    assert headers[:3] == ["Month", "Invoice", "Energy, peak"] and "Rebuilt" in headers and "Invoiced" in headers
    rebuilt, invoiced = headers.index("Rebuilt"), headers.index("Invoiced")
    last = 0  # newest first
    assert table.index(last, 0).data() == "09/2019" and table.index(23, 0).data() == "10/2017"
    assert table.index(last, rebuilt).data() == window.languages.formatter.number(
        expected.bills[-1].charges.total_excl_vat
    )
    assert table.index(last, invoiced).data() != "—"
    assert "Subscribed power: 600" in page.subscribed_text.text() and "kvar" in page.capacitor_text.text()


def test_the_page_follows_an_edit_and_flags_a_wrong_invoice(window, qtbot):
    supply, _panel, page = open_tariff(window)
    bill = window.session.workspace.bills(supply.id)[-1]
    window.session.edit(model.Bill, bill.id, cost_excl_vat=round(bill.cost_excl_vat * 0.9, 2))
    qtbot.waitUntil(lambda: page.result.bills[-1].flagged)
    last = 0  # newest first
    assert page.table_model.index(last, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "tolerance" in page.table_model.index(last, 0).data(Qt.ItemDataRole.ToolTipRole)
    window.session.edit(model.Bill, bill.id, quantity_peak=None, quantity_standard=None, quantity_offpeak=None)
    qtbot.waitUntil(lambda: page.result.bills[-1].charges is None)
    assert "peak / standard / off-peak split" in page.table_model.index(last, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert any("09/2019" in page.notes.item(i).text() for i in range(page.notes.count()))


def test_a_fuel_supply_has_no_tariff_tab(window):
    supply = next(s for s in window.session.workspace.supplies(SITE) if s.carrier is not Carrier.ELECTRICITY)
    window.show_node(("supply", supply.id))
    panel = window.pages["BillsPanel"]
    assert not panel.tabs.isTabVisible(1) and panel.tabs.currentIndex() == 0


def test_an_unknown_tariff_option_says_so(window, qtbot):
    supply, _panel, page = open_tariff(window)
    window.session.edit(model.EnergySupply, supply.id, tariff_option="Super pointe")
    qtbot.waitUntil(lambda: page.none_label.isVisible())
    assert "no tariff model" in page.none_label.text() and not page.curve_chart.isVisible()
    assert page.table_model.rowCount() == 0


@pytest.mark.parametrize(("language", "theme"), [("fr", "dark"), ("en", "light")])
def test_the_page_draws_in_both_languages_and_themes(window, qtbot, tmp_path, language, theme):
    """The whole page paints (TARIFF_SHOTS=folder keeps the pictures to look at)."""
    folder = Path(os.environ.get("TARIFF_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window.set_language(Language(language))
    window.set_theme(theme)
    _supply, _panel, page = open_tariff(window)
    window.resize(1600, 1000)
    qtbot.wait(200)
    assert window.grab().save(str(folder / f"tariff-{language}-{theme}.png"))
    body = page.findChild(type(page.table)).parentWidget()
    assert body.grab().save(str(folder / f"tariff-page-{language}-{theme}.png"))
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert ("Recalculé selon le tarif" if language == "fr" else "Rebuilt from the tariff") in texts
