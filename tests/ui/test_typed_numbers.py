"""Numbers typed in a bill's cells are read in the interface's language or refused, never scaled."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from workbench.domain import model
from workbench.domain.vocab import Language


@pytest.fixture
def panel(window):
    supply = window.session.workspace.supplies(4)[0]  # Préfa Béton, electricity: bills have a reached power
    window.show_node(("supply", supply.id))
    return window.pages["BillsPanel"]


def power_cell(panel):
    model_ = panel.bills.model
    column = next(i for i, c in enumerate(model_.columns) if c.field == "max_power")
    return model_.index(0, column)


def test_a_decimal_comma_in_english_is_refused_not_scaled(window, panel):
    bill = panel.bills.model.entity(0)
    depth = window.session.undo_stack.count()
    assert not panel.bills.model.setData(power_cell(panel), "37,5")  # once stored as 375
    assert "“37,5” is ambiguous" in panel.message.text() and "type “37.5”" in panel.message.text()
    assert window.session.get(model.Bill, bill.id) == bill
    assert window.session.undo_stack.count() == depth
    assert panel.bills.model.setData(power_cell(panel), "37.5")
    assert window.session.get(model.Bill, bill.id).max_power == 37.5


def test_french_reads_the_decimal_comma_and_refuses_a_lone_point(window, panel):
    window.set_language(Language.FR)
    bill = panel.bills.model.entity(0)
    assert panel.bills.model.setData(power_cell(panel), "37,5")
    assert window.session.get(model.Bill, bill.id).max_power == 37.5
    assert not panel.bills.model.setData(power_cell(panel), "1.234")  # 1234 or 1,234?
    text = panel.message.text()  # in French, with its own quotation marks
    assert "«\u202f1.234\u202f» est ambigu" in text and "«\u202f1\u202f234\u202f» ou «\u202f1,234\u202f»" in text
    assert window.session.get(model.Bill, bill.id).max_power == 37.5


@pytest.fixture
def measures(window):
    window.show_node(("measures", 3))  # Céramiques du Littoral
    page = window.pages["MeasuresPage"]
    page.view.setCurrentIndex(page.view.model().index(0, 0))
    return page


def test_measure_form_and_savings_say_why_a_number_is_refused(window, measures):
    measure = measures.selected()
    investment = measures.form.findChild(QLineEdit, "investment")
    investment.setText("12,5")
    investment.editingFinished.emit()
    assert "“12,5” is ambiguous" in measures.message.text() and "type “12.5”" in measures.message.text()
    share = measures.detail.findChild(QLineEdit, "share_electricity")
    share.setText("0,7")
    share.editingFinished.emit()
    assert "“0,7” is ambiguous" in measures.message.text() and "type “0.7”" in measures.message.text()
    assert window.session.get(model.Measure, measure.id) == measure
