"""The site page's charts: what they draw comes from the bills, live, and each exports to PNG."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.analysis.electricity import electricity_months
from workbench.domain import model
from workbench.ui.charts.monthly import month_centre


@pytest.fixture
def page(window):
    window.show_node(("site", 2))  # Briqueterie Al Amal: electricity with a poor power factor, and heavy fuel oil
    return window.pages["SitePage"]


def test_time_of_use_split_and_shares(window, page):
    supply = window.session.workspace.supplies(2)[0]
    months = electricity_months(window.session.workspace.bills(supply.id))
    peak = sum(m.peak for m in months)
    total = sum(m.peak + m.standard + m.offpeak for m in months)
    names = [s.name for s in page.tou_chart._series]
    assert names[0] == f"Peak {window.languages.formatter.percent(peak / total)}"
    assert len(names) == 3


def test_power_and_cos_phi_against_their_limits(window, page):
    supply = window.session.workspace.supplies(2)[0]
    text = page.power_chart.tooltip_for(month_centre(dt.date(2018, 7, 1)))
    assert "Reached power" in text and "Subscribed power: 600" in text
    cos = page.cos_phi_chart.tooltip_for(month_centre(dt.date(2018, 7, 1)))
    assert "Tariff threshold: 0.8" in cos
    bill = window.session.workspace.bills(supply.id)[0]
    assert page.cos_phi_chart._line_values[0][1][0] == pytest.approx(
        bill.total_quantity / (bill.total_quantity**2 + bill.reactive_kvarh**2) ** 0.5
    )


def test_charts_follow_an_edit(window, page):
    supply = window.session.workspace.supplies(2)[0]
    bill = window.session.workspace.bills(supply.id)[0]
    window.session.edit(model.Bill, bill.id, max_power=2000.0)
    page.refresh_now()
    assert "Reached power: 2,000" in page.power_chart.tooltip_for(month_centre(bill.period_start))


def test_every_chart_exports_to_png(page, tmp_path):
    for i, chart in enumerate(page.charts):
        target = tmp_path / f"chart{i}.png"
        chart.export_png(str(target))
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and target.stat().st_size > 5000


def test_a_site_without_electricity_hides_the_electricity_charts(window):
    ws = window.session.workspace
    site = ws.insert(model.Site(cluster_id=1, name="Chaufferie", currency="MAD"))
    window.show_node(("site", site.id))
    page = window.pages["SitePage"]
    assert not page.tou_chart.isVisibleTo(page) and not page.power_chart.isVisibleTo(page)
