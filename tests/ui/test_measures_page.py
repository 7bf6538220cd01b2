"""The measures editor: figures computed from the balance, savings as kWh or shares chained, bilingual texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, Language, MeasureStatus


@pytest.fixture
def page(window):
    window.show_node(("measures", 3))  # Céramiques du Littoral
    return window.pages["MeasuresPage"]


def test_table_lists_the_measures_with_their_figures(window, page):
    assert page.model.rowCount() == len(window.session.workspace.measures(3))
    figures = page.figures[0]
    assert figures.cost_computed and figures.cost_savings > 0
    assert page.payback_chart.rows == sorted(page.payback_chart.rows, key=lambda r: r[1])


def test_add_a_measure_with_a_share_of_its_end_use(window, page):
    page.add_measure()
    measure = page.selected()
    assert measure is not None and measure.title.fr == "New measure"
    end_use = page.form.findChild(QComboBox, "end_use")
    end_use.setCurrentIndex(end_use.findData(EndUse.COMPRESSED_AIR.value))
    end_use.activated.emit(end_use.currentIndex())
    share = page.detail.findChild(QLineEdit, "share_electricity")
    share.setText("10")
    share.editingFinished.emit()
    investment = page.form.findChild(QLineEdit, "investment")
    investment.setText("5000")
    investment.editingFinished.emit()
    stored = window.session.get(model.Measure, measure.id)
    assert stored.end_use is EndUse.COMPRESSED_AIR
    assert stored.savings == (model.MeasureSaving(Carrier.ELECTRICITY, 0.0, 0.10),)
    page.refresh_now()
    figures = next(f for f in page.figures if f.measure.id == measure.id)
    # chained after the leak repair and the pressure measures on compressed air: 10 % of what is left
    earlier = [f for f in page.figures if f.measure.end_use is EndUse.COMPRESSED_AIR and f.measure.id != measure.id]
    air = sum(kwh for (use, _c), kwh in page_balance(window).end_use_kwh().items() if use is EndUse.COMPRESSED_AIR)
    assert figures.kwh[Carrier.ELECTRICITY] == pytest.approx(0.10 * (air - sum(f.total_kwh for f in earlier)), rel=1e-6)
    assert figures.payback_years == pytest.approx(5000 / figures.cost_savings)


def page_balance(window):
    from workbench.analysis.balance import site_balance

    return site_balance(window.session.account(3), window.session.workspace.equipment(3))


def test_status_and_bilingual_title(window, page):
    page.view.setCurrentIndex(page.view.model().index(0, 0))
    measure = page.selected()
    status = page.form.findChild(QComboBox, "status")
    status.setCurrentIndex(status.findData(MeasureStatus.ACCEPTED.value))
    status.activated.emit(status.currentIndex())
    assert window.session.get(model.Measure, measure.id).status is MeasureStatus.ACCEPTED
    english = page.title_editor.editors[list(page.title_editor.editors)[1]]
    english.setFocus()
    english.setPlainText("Repair the leaks")
    page.title_editor.editors[next(iter(page.title_editor.editors))].setFocus()
    assert window.session.get(model.Measure, measure.id).title.en == "Repair the leaks"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.session.get(model.Measure, measure.id) == measure


def test_savings_shown_in_invoice_units(window):
    window.show_node(("measures", 2))  # Briqueterie Al Amal: the kiln burns heavy fuel oil, invoiced in kg
    page = window.pages["MeasuresPage"]
    page.refresh_now()
    column = next(i for i, c in enumerate(page.model.columns) if c.header == "Saved per year (invoice units)")
    texts = [page.model.index(row, column).data() for row in range(page.model.rowCount())]
    assert any(t.endswith("\u00a0kg") for t in texts) and any(t.endswith("\u00a0kWh") for t in texts)


def test_the_first_shift_typed_on_the_site_page_moves_the_price_of_a_lighting_saving(window, qtbot, page):
    from workbench.domain.economics import PriceBasis

    def lighting():
        page.refresh_now()
        row = next(i for i, f in enumerate(page.figures) if f.measure.end_use is EndUse.LIGHTING)
        column = next(i for i in range(page.model.columnCount()) if "kWh économisé" in header(page, i))
        return page.figures[row], page.model.index(row, column).data()

    def header(p, i):
        return p.model.headerData(i, Qt.Orientation.Horizontal) or ""

    window.set_language(Language.FR)
    before, text = lighting()
    assert before.price_basis is PriceBasis.END_USE_HOURS
    assert text.startswith(f"{before.electricity_price:.3f}".replace(".", ",")) and "usage" in text
    window.show_node(("site", 3))
    start = window.pages["SitePage"].form.findChild(QLineEdit, "schedule.day_start")
    form = window.pages["SitePage"].form
    for typed in ("14h75", "25:00"):  # refused, named, nothing stored
        start.setFocus()
        start.selectAll()
        qtbot.keyClicks(start, typed)
        start.editingFinished.emit()
        assert window.session.get(model.Site, 3).schedule.day_start == 6.0
        assert f"«\u202f{typed}\u202f»" in form.error_label.text()  # quoted as typed
        assert "6\u00a0h\u00a030" in form.error_label.text()  # what to type, in French
    start.selectAll()
    qtbot.keyClicks(start, "14:30")
    start.editingFinished.emit()
    assert window.session.get(model.Site, 3).schedule.day_start == 14.5
    assert not form.error_label.isVisibleTo(form)
    form.reload()
    assert start.text() == "14\u00a0h\u00a030"
    window.show_node(("measures", 3))
    after, _text = lighting()
    assert after.electricity_price != pytest.approx(before.electricity_price)
