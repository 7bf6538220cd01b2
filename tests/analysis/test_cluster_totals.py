"""The cluster's totals beside its medians and its data-quality flags, checked by hand on three small sites.

Each month's kWh is the site's figure − 10 %, then as is, then + 10 % (January, February, March…), as no two
real bills are equal (equal bills in a row are flagged as estimated): a year adds up to twelve times the figure.
A: 12 000 kWh at 1.00 (12 000), 100 t produced, one leak measure: 1 200 kWh, investment 600.
B: 24 000 kWh at 0.80 (19 200) but March's bill (2 200 kWh) has no amount: 21 800 kWh priced, 17 440;
   its LED measure: 2 400 kWh, investment 4 000; May's bill typed twice (a repeat, left out).
C: 500 kWh a month at 1.20 but no bill for June (550 kWh): 5 450 kWh, 6 540; no measure.
Savings are priced at the site's average cost: A's 1 200 kWh at 1.00 = 1 200 a year; B's 2 400 kWh at 0.80 = 1 920.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.analysis.cluster_comparison import compare_cluster
from workbench.analysis.cluster_quality import DataFlag, FlagKind, FlagScope, site_flags, weakens
from workbench.analysis.cluster_totals import FigureUnit, cluster_figures
from workbench.domain import model
from workbench.domain.calendar import add_months
from workbench.domain.units import Carrier, Unit
from workbench.domain.vocab import EndUse, MeasureCategory


def add_site(ws, cluster_id, name, kwh, price, production=None, skip=(), unpriced=(), twice=()):
    site = ws.insert(model.Site(cluster_id=cluster_id, name=name, production_volume=production, production_unit="t"))
    supply = ws.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
    for i in range(12):
        month = add_months(dt.date(2019, 1, 1), i)
        if month.month in skip:
            continue
        bill = model.Bill(
            supply_id=supply.id,
            period_start=month,
            period_end=add_months(month, 1) - dt.timedelta(days=1),
            quantity=kwh + (i % 3 - 1) * kwh / 10,
            cost_excl_vat=None if month.month in unpriced else (kwh + (i % 3 - 1) * kwh / 10) * price,
            invoice_number=f"{name}-{month.month:02d}",
        )
        ws.insert(bill)
        if month.month in twice:
            ws.insert(bill)  # typed twice: a repeat, left out of every total
    return site


def saving(site_id, title, end_use, kwh, investment, category=MeasureCategory.LOW_COST):
    return model.Measure(
        site_id=site_id,
        title=model.BilingualText(title, title),
        end_use=end_use,
        category=category,
        investment=investment,
        savings=(model.MeasureSaving(Carrier.ELECTRICITY, kwh, None),),
    )


@pytest.fixture
def three(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    a = add_site(workspace, cluster.id, "A", 1000, 1.0, production=100)
    b = add_site(workspace, cluster.id, "B", 2000, 0.8, unpriced=(3,), twice=(5,))
    add_site(workspace, cluster.id, "C", 500, 1.2, skip=(6,))
    workspace.insert(saving(a.id, "Fuites", EndUse.COMPRESSED_AIR, 1200, 600.0))
    workspace.insert(saving(b.id, "LED", EndUse.LIGHTING, 2400, 4000.0, MeasureCategory.INVESTMENT))
    return compare_cluster(workspace, cluster.id)


def test_each_site_is_flagged_for_what_its_bills_lack(three):
    flags = {s.site.name: s.flags for s in three.sites}
    assert flags["A"] == ()
    assert flags["B"] == (DataFlag(FlagKind.REPEATED_BILL, 1), DataFlag(FlagKind.COST_UNKNOWN, 1))
    # C's period is its last twelve billed months, 2019: June is not billed
    assert flags["C"] == (DataFlag(FlagKind.MONTHS_MISSING, 11, 12),)
    b = next(s for s in three.sites if s.site.name == "B")
    assert b.flagged(FlagScope.ENERGY) and b.flagged(FlagScope.COST)
    assert not weakens(DataFlag(FlagKind.COST_UNKNOWN, 1), FlagScope.ENERGY)
    assert weakens(DataFlag(FlagKind.COST_UNKNOWN, 1), FlagScope.COST)
    assert not weakens(DataFlag(FlagKind.TO_CHECK, 3), FlagScope.COST)


def test_totals_and_medians_by_hand(three):
    f = cluster_figures(three)
    assert f["kwh"].total == pytest.approx(12_000 + 24_000 + 5_450)
    assert f["kwh"].median == pytest.approx(12_000)
    assert f["kwh"].counted == ("A", "B", "C") and f["kwh"].sites == 3
    assert f["kwh"].flagged == ("B", "C")  # a repeat left out, a month missing
    # B's cost counts its priced bills only: 21 800 kWh at 0.80
    assert f["cost"].total == pytest.approx(12_000 + 17_440 + 6_540)
    assert f["cost"].median == pytest.approx(12_000)
    assert f["cost"].unit is FigureUnit.MONEY and f["cost"].flagged == ("B", "C")
    assert f["savings_kwh"].total == pytest.approx(3_600) and f["savings_kwh"].median == pytest.approx(1_200)
    assert f["savings_kwh"].counted == ("A", "B", "C")  # C saves nothing: counted as 0, not left out
    assert f["savings_share"].total == pytest.approx(3_600 / 41_450)
    assert f["savings_share"].median == pytest.approx(0.1)  # A 10 %, B 10 %, C 0 %
    assert f["savings_cost"].total == pytest.approx(1_200 + 1_920)
    assert f["savings_cost_share"].total == pytest.approx(3_120 / 35_980)
    assert f["savings_investment"].total == pytest.approx(4_600)
    # the cluster's payback is its investment over its savings, the median the middle site's (A 0.5, B 2.08)
    assert f["payback_years"].total == pytest.approx(4_600 / 3_120)
    assert f["payback_years"].median == pytest.approx((0.5 + 4000 / 1920) / 2)
    assert f["payback_years"].counted == ("A", "B")
    assert f["renewable_kwh"].total is None and f["renewable_kwh"].counted == ()


def test_money_is_not_added_across_currencies(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    add_site(workspace, cluster.id, "A", 1000, 1.0)
    euro = add_site(workspace, cluster.id, "B", 1000, 0.1)
    workspace.update(model.Site, euro.id, currency="EUR")
    f = cluster_figures(compare_cluster(workspace, cluster.id))
    assert f["kwh"].total == pytest.approx(24_000)
    assert f["cost"].total is None and f["cost"].median is None and f["cost"].currencies_differ
    assert f["savings_cost_share"].total is None


def test_a_site_without_bills_counts_in_no_total(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    add_site(workspace, cluster.id, "A", 1000, 1.0)
    workspace.insert(model.Site(cluster_id=cluster.id, name="Empty"))
    comparison = compare_cluster(workspace, cluster.id)
    empty = next(s for s in comparison.sites if s.site.name == "Empty")
    assert empty.flags == (DataFlag(FlagKind.NO_BILLS),)
    f = cluster_figures(comparison)
    assert f["kwh"].counted == ("A",) and f["kwh"].sites == 2 and f["kwh"].flagged == ()
    assert f["savings_kwh"].counted == ("A",)


def test_a_problem_outside_the_period_is_not_a_flag(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = add_site(workspace, cluster.id, "A", 1000, 1.0)
    supply = workspace.find(model.EnergySupply)[0]
    workspace.insert(  # a bill of 2017 without an amount, and a gap in 2018: both before the period
        model.Bill(
            supply_id=supply.id,
            period_start=dt.date(2017, 6, 1),
            period_end=dt.date(2017, 6, 30),
            quantity=1000,
            cost_excl_vat=None,
        )
    )
    from workbench.analysis.programme import load_accounts

    account = load_accounts(workspace, {site.id})[site.id]
    window = account.balance_window()
    assert window == (dt.date(2019, 1, 1), dt.date(2019, 12, 1))
    assert site_flags(account, window, account.totals(*window)) == ()
    assert any(w.kind == "cost_unknown" for w in account.warnings)  # the site page still says it


def test_energy_per_unit_compares_the_sites_of_one_unit(workspace):
    from workbench.analysis.cluster_totals import intensity_groups

    cluster = workspace.insert(model.Cluster("C"))
    add_site(workspace, cluster.id, "A", 1000, 1.0, production=100)  # 12 000 kWh / 100 t = 120 kWh/t
    add_site(workspace, cluster.id, "B", 2000, 1.0, production=300)  # 24 000 / 300 = 80 kWh/t
    add_site(workspace, cluster.id, "D", 1000, 1.0, production=200)  # 60 kWh/t
    square = add_site(workspace, cluster.id, "E", 1000, 1.0, production=400)  # 30 kWh/m², alone in its unit
    workspace.update(model.Site, square.id, production_unit="m²")
    add_site(workspace, cluster.id, "F", 1000, 1.0)  # no production: no energy per unit
    tonnes, metres = intensity_groups(compare_cluster(workspace, cluster.id))
    assert tonnes.unit == "t" and [s.site.name for s in tonnes.sites] == ["D", "B", "A"]
    assert [s.kwh_per_unit for s in tonnes.sites] == pytest.approx([60, 80, 120])
    assert tonnes.median == pytest.approx(80)
    assert metres.unit == "m²" and metres.median is None
    # the same unit in another sector (NACE division) does not compare: a tonne of cable is not one of cement
    workspace.update(model.Site, next(s.id for s in workspace.sites() if s.name == "A"), nace_code="27.32")
    groups = intensity_groups(compare_cluster(workspace, cluster.id))
    assert [(g.unit, g.division, [s.site.name for s in g.sites]) for g in groups] == [
        ("t", "", ["D", "B"]),
        ("m²", "", ["E"]),
        ("t", "27", ["A"]),
    ]
    assert not compare_cluster(workspace, cluster.id).intensity_comparable
