"""The missing month of Céramiques du Littoral filled from the bills page, seen before it is stored, undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.ui.dialogs.estimate_dialog import EstimateDialog


@pytest.fixture
def ceramics(window):
    site = next(s for s in window.session.workspace.sites() if s.name.startswith("Céramiques"))
    supply = next(s for s in window.session.workspace.supplies(site.id) if s.carrier is Carrier.ELECTRICITY)
    window.show_node(("supply", supply.id))
    return window.pages["BillsPanel"], supply


def test_the_missing_month_is_estimated_from_its_neighbours_and_undone(window, ceramics, monkeypatch):
    panel, supply = ceramics
    assert panel.missing_months() == [dt.date(2019, 3, 1)]
    seen = {}

    def choose(dialog: EstimateDialog) -> int:
        dialog.method_box.setCurrentIndex(0)  # from the neighbouring months
        seen["preview"] = dialog.preview.text()
        seen["ok"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EstimateDialog, "exec", choose)
    before = window.session.workspace.count(model.Bill)
    panel.estimate_button.click()
    assert seen["ok"] and "It is tagged estimated" in seen["preview"]
    ws = window.session.workspace
    assert ws.count(model.Bill) == before + 1
    (estimate,) = [b for b in ws.bills(supply.id) if b.period_start == dt.date(2019, 3, 1)]
    assert estimate.estimated and "02/2019 and 04/2019" in estimate.note
    march = next(m for m in window.session.account(supply.site_id).monthly(supply.id) if m.key == "2019-03")
    assert march.tag.value == "estimated" and march.values[0] > 0
    assert panel.missing_months() == []
    window.undo_action.trigger()
    assert ws.count(model.Bill) == before
    assert panel.missing_months() == [dt.date(2019, 3, 1)]


def test_a_method_without_a_basis_cannot_be_confirmed(window, ceramics):
    _panel, supply = ceramics
    dialog = EstimateDialog(
        window.languages, window.session.workspace.bills(supply.id), [dt.date(2017, 10, 1)], supply.id, "kWh"
    )
    dialog.method_box.setCurrentIndex(1)  # a year earlier: 10/2016 is not billed
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "10/2016 is not billed in full" in dialog.preview.text()
    dialog.deleteLater()


def test_the_site_charts_mark_the_month_no_bill_covers(window):
    site = next(s for s in window.session.workspace.sites() if s.name.startswith("Céramiques"))
    window.show_node(("site", site.id))
    page = window.pages["SitePage"]
    assert page.energy_chart.missing_months == [dt.date(2019, 3, 1)]
    assert page.energy_chart.missing_bars.isVisible()
    from workbench.ui.charts.monthly import month_centre

    assert "No bill covers this month" in page.energy_chart.tooltip_for(month_centre(dt.date(2019, 3, 1)))
    other = next(s for s in window.session.workspace.sites() if s.name.startswith("Briqueterie"))
    window.show_node(("site", other.id))
    assert page.energy_chart.missing_months == [] and not page.energy_chart.missing_bars.isVisible()
