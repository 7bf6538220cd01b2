"""The cluster's sites side by side, checked by hand on three small sites."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import monthly_electricity_site
from workbench.analysis.cluster_comparison import compare_cluster
from workbench.domain import model
from workbench.domain.calendar import add_months
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse


def add_site(ws, cluster_id, name, kwh_per_month, price, production=None, unit="t"):
    return monthly_electricity_site(
        ws, cluster_id, name, kwh_per_month, price, production_volume=production, production_unit=unit
    )


def test_three_sites_by_hand(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    a = add_site(workspace, cluster.id, "A", 1000, 1.0, production=100)  # 12 000 kWh, 12 000, 120 kWh/t
    add_site(workspace, cluster.id, "B", 2000, 0.8, production=300)  # 24 000 kWh, 19 200, 80 kWh/t
    add_site(workspace, cluster.id, "C", 500, 1.2)  # 6 000 kWh, 7 200, no production
    workspace.insert(
        model.Measure(
            site_id=a.id,
            title=model.BilingualText("Fuites d'air", "Air leaks"),
            end_use=EndUse.COMPRESSED_AIR,
            investment=3600.0,
            savings=(model.MeasureSaving(Carrier.ELECTRICITY, 1200.0, None),),
        )
    )
    comparison = compare_cluster(workspace, cluster.id)
    rows = {s.site.name: s for s in comparison.sites}
    assert rows["A"].kwh == pytest.approx(12_000) and rows["A"].cost == pytest.approx(12_000)
    assert rows["B"].cost_per_kwh == pytest.approx(0.8)
    assert rows["A"].kwh_per_unit == pytest.approx(120) and rows["B"].kwh_per_unit == pytest.approx(80)
    assert rows["C"].kwh_per_unit is None
    assert rows["A"].electricity_share == pytest.approx(1.0)
    # the measure: 1 200 kWh priced at A's 1.00 a kWh = 1 200 a year; 10 % of A's final energy
    assert rows["A"].measure_count == 1 and rows["A"].investment == 3600
    assert rows["A"].savings_kwh == pytest.approx(1200) and rows["A"].savings_cost == pytest.approx(1200)
    assert rows["A"].savings_share == pytest.approx(0.1)
    assert rows["B"].measure_count == 0 and rows["B"].savings_share == 0
    medians = {
        figure: comparison.median(figure) for figure in ("kwh", "cost", "cost_per_kwh", "kwh_per_unit", "measure_count")
    }
    assert medians["kwh"] == pytest.approx(12_000)  # 6 000, 12 000, 24 000
    assert medians["cost"] == pytest.approx(12_000)  # 7 200, 12 000, 19 200
    assert medians["cost_per_kwh"] == pytest.approx(1.0)  # 0.8, 1.0, 1.2
    assert medians["kwh_per_unit"] == pytest.approx(100)  # C has none: the median of 80 and 120
    assert medians["measure_count"] == 0
    assert comparison.median("savings_share") == 0


def test_per_unit_has_no_median_across_units_and_a_site_without_bills_counts_nowhere(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    add_site(workspace, cluster.id, "A", 1000, 1.0, production=100, unit="t")
    add_site(workspace, cluster.id, "B", 1000, 1.0, production=50, unit="m²")
    workspace.insert(model.Site(cluster_id=cluster.id, name="Empty"))
    comparison = compare_cluster(workspace, cluster.id)
    assert comparison.production_units == {"t", "m²"}
    assert comparison.median("kwh_per_unit") is None
    empty = next(s for s in comparison.sites if s.site.name == "Empty")
    assert empty.kwh is None and empty.window is None
    assert comparison.median("kwh") == pytest.approx(12_000)  # not dragged down by a site with no figures


def test_a_chosen_balance_period_drives_the_balance_and_the_comparison(workspace):
    from workbench.analysis.balance import site_balance
    from workbench.analysis.programme import load_accounts

    cluster = workspace.insert(model.Cluster("C"))
    site = add_site(workspace, cluster.id, "A", 1000, 1.0)  # 12 months of 2019
    supply = workspace.find(model.EnergySupply)[0]
    month = dt.date(2018, 1, 1)
    for _ in range(12):  # 2018 at 500 kWh a month
        workspace.insert(
            model.Bill(
                supply_id=supply.id,
                period_start=month,
                period_end=add_months(month, 1) - dt.timedelta(days=1),
                quantity=500,
                cost_excl_vat=500,
            )
        )
        month = add_months(month, 1)
    account = load_accounts(workspace, {site.id})[site.id]
    assert site_balance(account, []).window == (dt.date(2019, 1, 1), dt.date(2019, 12, 1))
    assert site_balance(account, []).carriers[0].billed_kwh == pytest.approx(12_000)

    workspace.update(model.Site, site.id, balance_period_end=dt.date(2018, 12, 1))
    account = load_accounts(workspace, {site.id})[site.id]
    balance = site_balance(account, [])
    assert balance.window == (dt.date(2018, 1, 1), dt.date(2018, 12, 1))
    assert balance.carriers[0].billed_kwh == pytest.approx(6_000)
    # 2018-07 … 2019-06: six months of each year
    workspace.update(model.Site, site.id, balance_period_end=dt.date(2019, 6, 1))
    assert compare_cluster(workspace, cluster.id).sites[0].kwh == pytest.approx(6 * 500 + 6 * 1000)


def test_a_balance_period_ends_on_a_whole_month(workspace):
    from workbench.domain.messages import DomainError

    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S"))
    with pytest.raises(DomainError) as error:
        workspace.update(model.Site, site.id, balance_period_end=dt.date(2019, 6, 15))
    assert "a period ends with a whole month" in error.value.render()
    assert workspace.get(model.Site, site.id).balance_period_end is None


def test_savings_in_the_units_the_site_is_invoiced_in(demo):
    from workbench.analysis.measures import native_savings, site_measures
    from workbench.analysis.programme import load_accounts

    site = next(s for s in demo.sites() if s.name == "Briqueterie Al Amal")
    account = load_accounts(demo, {site.id})[site.id]
    _, figures = site_measures(account, demo.equipment(site.id), demo.measures(site.id))
    kiln = next(f for f in figures if f.measure.title.en == "Insulate the tunnel kiln roof")
    [(carrier, quantity, unit)] = native_savings(account, kiln)
    # heavy fuel oil is invoiced in kg at 40 000 kJ/kg NCV = 11.111 kWh/kg
    assert carrier is Carrier.HEAVY_FUEL_OIL and unit == "kg"
    assert quantity == pytest.approx(kiln.kwh[Carrier.HEAVY_FUEL_OIL] / (40_000 / 3_600), rel=1e-3)
    lights = next(f for f in figures if f.measure.title.en == "Replace the lighting with LED fixtures")
    assert native_savings(account, lights) == [(Carrier.ELECTRICITY, pytest.approx(lights.total_kwh), "kWh")]
