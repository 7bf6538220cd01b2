"""The site page's charts: what they draw comes from the bills, live, and each exports to PNG."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.analysis.electricity import electricity_months
from workbench.domain import model
from workbench.domain.vocab import Language
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
    assert names[0] == f"Peak hours {window.languages.formatter.percent(peak / total)}"
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


def test_the_power_chart_marks_the_overruns_and_fits_its_axis(window, page):
    supply = window.session.workspace.supplies(2)[0]
    by_month: dict[dt.date, float] = {}
    for m in electricity_months(window.session.workspace.bills(supply.id)):
        if m.max_power is not None:
            by_month[m.month] = m.max_power
    over = sorted(month for month, kva in by_month.items() if kva > 600)
    chart = page.power_chart
    assert chart.highlighted_months == over and len(over) == 7  # as `workbench info` says: 7 bills over 600 kVA
    assert "Overrun of the subscribed power" in chart.tooltip_for(month_centre(over[0]))
    assert "Overrun" not in chart.tooltip_for(month_centre(next(m for m in by_month if m not in over)))
    assert "Overrun of the subscribed power" in [label.text for _, label in chart.legend.items]
    axis = chart.value_axis.fixed
    assert axis.low == 0 and max(by_month.values()) < axis.high <= 700  # 651 kVA at most: 0–700, not 0–1 000
    # the subscribed power's line is drawn over the bars, thick
    line = chart._lines[0]
    assert line.zValue() > chart.highlight_bars.zValue() and line.opts["pen"].width() >= 3


def test_the_cos_phi_axis_fits_cos_phi(page):
    axis = page.cos_phi_chart.value_axis.fixed
    assert (axis.low, axis.high) == (0.6, 1.0)
    low, high = page.cos_phi_chart.plotItem.viewRange()[1]
    # the legend is above the plot: beyond 1.0 only the room for its label (a few pixels), no ticks
    assert low <= 0.6 and 1.0 < high <= 1.0 + 0.1 * 0.4
    ticks = page.cos_phi_chart.value_axis.tickValues(low, high, 400)[0][1]
    assert ticks[0] == 0.6 and ticks[-1] == 1.0


def test_the_time_axis_names_the_months_with_the_year_under_january(window, page):
    axis = page.energy_chart.month_axis
    assert len(axis.months) == 24  # on screen, every month the bills cover
    assert axis.labels[0] == ("Oct", "2017") and axis.labels[3] == ("Jan", "2018") and axis.labels[4] == ("Feb", "")
    spacing, values = axis.tickValues(axis.months and month_centre(axis.months[0]) - 1, 2e9, 2000)[0]
    strings = axis.tickStrings(values, 1, spacing)
    assert strings[:4] == ["Oct\n2017", "Nov", "Dec", "Jan\n2018"]  # wide: every month
    narrow = axis.tickStrings(axis.tickValues(0, 2e9, 300)[0][1], 1, 0)
    assert len(narrow) < 24 and "Jan\n2018" in narrow and "Jan\n2019" in narrow  # narrow: fewer, January kept
    window.set_language(Language.FR)
    assert page.energy_chart.month_axis.labels[3] == ("janv.", "2018")


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


def test_the_subscribed_power_is_not_drawn_over_a_month_without_a_bill(window):
    import math

    from workbench.ui.charts.monthly import month_edges

    window.show_node(("site", 3))  # Céramiques du Littoral: no electricity bill for March 2019
    chart = window.pages["SitePage"].power_chart
    xs, ys = chart._lines[0].getData()
    assert chart.missing_months == [dt.date(2019, 3, 1)]
    march_start, march_end = month_edges(dt.date(2019, 3, 1))
    finite = [(x, y) for x, y in zip(xs, ys, strict=True) if not math.isnan(x)]
    assert any(math.isnan(x) for x in xs)  # broken once…
    # …at March: the run before it ends where February ends, the run after it starts where April starts
    assert month_edges(dt.date(2019, 2, 1))[1] in [x for x, _ in finite]
    assert month_edges(dt.date(2019, 4, 1))[0] in [x for x, _ in finite]
    assert not any(march_start + 1 < x < march_end - 1 for x, _ in finite)
    assert chart._lines[0].opts["connect"] == "finite"
