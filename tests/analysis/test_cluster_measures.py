"""Measures found at several sites: grouped by what they are (end use and category, tariff lever, renewables),
not by their wording, with their combined potential worked by hand."""

from __future__ import annotations

import pytest

from workbench.analysis.cluster_comparison import compare_cluster
from workbench.analysis.cluster_measures import FamilyKey, JointAction, family_key, recurring_measures
from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, MeasureCategory, MeasureKind, TariffLever

from .test_cluster_totals import add_site


def measure(site_id, title, end_use, kwh=0.0, investment=0.0, category=MeasureCategory.LOW_COST, **kw):
    return model.Measure(
        site_id=site_id,
        title=model.BilingualText(title, title),
        end_use=end_use,
        category=category,
        investment=investment,
        savings=(model.MeasureSaving(Carrier.ELECTRICITY, kwh, None),) if kwh else (),
        **kw,
    )


def test_the_family_of_a_measure():
    m = measure(1, "Fuites", EndUse.COMPRESSED_AIR)
    assert family_key(m) == FamilyKey(MeasureKind.SAVING, EndUse.COMPRESSED_AIR, category=MeasureCategory.LOW_COST)
    bank = measure(1, "Batterie", EndUse.OTHER, tariff_lever=TariffLever.COS_PHI, category=MeasureCategory.INVESTMENT)
    assert family_key(bank) == FamilyKey(MeasureKind.SAVING, lever=TariffLever.COS_PHI)
    pv = measure(1, "PV", EndUse.OTHER, kind=MeasureKind.RENEWABLE, category=MeasureCategory.INVESTMENT)
    assert family_key(pv) == FamilyKey(MeasureKind.RENEWABLE, end_use=EndUse.OTHER)
    # "Other" has no end use to group by: the title does, whatever its case and spacing
    a = family_key(measure(1, "Arrêter  les fours", EndUse.OTHER))
    assert (
        a == family_key(measure(2, "arrêter les fours", EndUse.OTHER)) != family_key(measure(2, "Autre", EndUse.OTHER))
    )


def test_recurring_measures_by_hand(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    a = add_site(workspace, cluster.id, "A", 1000, 1.0)  # savings priced at 1.00 a kWh
    b = add_site(workspace, cluster.id, "B", 2000, 0.8)  # at 0.80
    c = add_site(workspace, cluster.id, "C", 500, 1.2)  # at 1.20
    # leaks at A and C (worded differently: one family), the same low-cost end use
    workspace.insert(measure(a.id, "Repair the leaks", EndUse.COMPRESSED_AIR, 1000, 500.0))
    workspace.insert(measure(c.id, "Leak campaign", EndUse.COMPRESSED_AIR, 500, 300.0))
    # a compressor bought at B acts on compressed air too, but is an investment: another family, found once
    workspace.insert(measure(b.id, "New compressor", EndUse.COMPRESSED_AIR, 2000, 9000.0, MeasureCategory.INVESTMENT))
    # LED at the three sites
    for site, kwh in ((a, 1000), (b, 1500), (c, 250)):
        workspace.insert(measure(site.id, "LED", EndUse.LIGHTING, kwh, 1000.0, MeasureCategory.INVESTMENT))
    found = recurring_measures(compare_cluster(workspace, cluster.id))
    assert [r.key.end_use for r in found] == [EndUse.LIGHTING, EndUse.COMPRESSED_AIR]  # the most money first
    led, leaks = found
    assert led.sites == ("A", "B", "C") and led.measure_count == 3
    assert led.kwh == pytest.approx(2750)
    assert led.cost == pytest.approx(1000 * 1.0 + 1500 * 0.8 + 250 * 1.2)  # 2 500 a year
    assert led.investment == pytest.approx(3000) and led.payback_years == pytest.approx(1.2)
    assert led.action is JointAction.PURCHASE
    assert [v.title.en for v in led.variants] == ["LED"] and led.variants[0].sites == ("A", "B", "C")
    assert leaks.sites == ("A", "C") and leaks.kwh == pytest.approx(1500)
    assert leaks.cost == pytest.approx(1000 + 500 * 1.2) and leaks.investment == pytest.approx(800)
    assert leaks.action is JointAction.CAMPAIGN
    assert [(v.title.en, v.sites) for v in leaks.variants] == [("Repair the leaks", ("A",)), ("Leak campaign", ("C",))]
    assert leaks.co2_t == pytest.approx(sum(f.co2_t for f in leaks.figures)) and leaks.co2_t > 0
    # nothing recurs when each family is found at one site only
    assert recurring_measures(compare_cluster(workspace, cluster.id), minimum=4) == []


def test_joint_actions_follow_what_the_measures_are():
    from workbench.analysis.cluster_measures import joint_action

    assert joint_action(FamilyKey(MeasureKind.SAVING, EndUse.LIGHTING, category=MeasureCategory.NO_COST)) is (
        JointAction.TRAINING
    )
    assert joint_action(FamilyKey(MeasureKind.SAVING, lever=TariffLever.SUBSCRIBED_POWER)) is JointAction.CONTRACTS
    assert joint_action(FamilyKey(MeasureKind.SAVING, lever=TariffLever.COS_PHI)) is JointAction.PURCHASE
    assert joint_action(FamilyKey(MeasureKind.RENEWABLE, EndUse.OTHER)) is JointAction.RENEWABLE


def test_the_demo_clusters_share_led_and_leak_repair(demo):
    cluster = next(c for c in demo.clusters() if c.name.startswith("Cluster EEMC"))
    found = {r.key: r for r in recurring_measures(compare_cluster(demo, cluster.id))}
    led = found[FamilyKey(MeasureKind.SAVING, EndUse.LIGHTING, category=MeasureCategory.INVESTMENT)]
    assert len(led.sites) == 5
    leaks = found[FamilyKey(MeasureKind.SAVING, EndUse.COMPRESSED_AIR, category=MeasureCategory.LOW_COST)]
    assert len(leaks.sites) == 4  # the brickworks has no leak measure
    bank = found[FamilyKey(MeasureKind.SAVING, lever=TariffLever.COS_PHI)]
    assert bank.kwh == 0 and bank.cost > 0 and bank.investment > 0  # the tariff study's bank and saving
