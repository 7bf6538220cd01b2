"""The energy balance: billed = estimated by end use + unexplained, for the demo and a hand-made site."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.analysis.balance import site_balance
from workbench.analysis.programme import load_accounts
from workbench.domain import model
from workbench.domain.units import Carrier, Unit
from workbench.domain.vocab import EndUse


def test_every_demo_site_balances(demo):
    accounts = load_accounts(demo)
    for site in demo.sites():
        balance = site_balance(accounts[site.id], demo.equipment(site.id))
        for carrier in balance.carriers:
            # the identity of §1.6: nothing is spread, nothing is lost
            assert sum(carrier.by_end_use.values()) + carrier.unexplained_kwh == pytest.approx(carrier.billed_kwh)
            assert 0.8 < carrier.coverage < 1.05, (site.name, carrier.carrier)
        assert balance.peak is not None and not balance.peak.exceeded, site.name


@pytest.fixture
def small(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S", schedule=model.OperatingSchedule(2, 8, 5, 48)))
    supply = workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
    for month in range(1, 13):
        start = dt.date(2019, month, 1)
        end = (dt.date(2019, month + 1, 1) if month < 12 else dt.date(2020, 1, 1)) - dt.timedelta(days=1)
        workspace.insert(
            model.Bill(
                supply_id=supply.id,
                period_start=start,
                period_end=end,
                quantity=10_000.0 + month,
                max_power=100.0,
                reactive_kvarh=5_000.0,
            )
        )
    return site


def test_coverage_unexplained_and_warnings(workspace, small):
    workspace.insert(
        model.Equipment(
            site_id=small.id,
            name="Compresseur",
            end_use=EndUse.COMPRESSED_AIR,
            loaded_power_kw=30.0,
            loaded_hours=3000.0,
            unloaded_power_kw=5.0,
            unloaded_hours=0.0,
        )
    )
    account = load_accounts(workspace)[small.id]
    balance = site_balance(account, workspace.equipment(small.id))
    (electricity,) = balance.carriers
    billed = 12 * 10_000 + sum(range(1, 13))  # 120 078 kWh
    assert electricity.billed_kwh == pytest.approx(billed)
    assert electricity.estimated_kwh == pytest.approx(90_000)  # 30 kW x 3 000 h
    assert electricity.unexplained_kwh == pytest.approx(billed - 90_000)
    assert electricity.coverage == pytest.approx(90_000 / billed)
    assert [w.render() for w in balance.warnings] == [
        "Electricity: the inventory explains 75 % of the bills (expected within ±15 %)."
    ]


def test_an_end_use_above_the_bills_and_a_fuel_without_bills(workspace, small):
    workspace.insert(
        model.Equipment(
            site_id=small.id,
            name="Four",
            end_use=EndUse.PROCESS_HEAT,
            rated_power=100.0,
            load_factor=1.0,
            annual_hours=2000.0,
        )
    )
    workspace.insert(
        model.Equipment(
            site_id=small.id,
            name="Chaudière",
            end_use=EndUse.BOILERS_STEAM,
            carrier=Carrier.PROPANE,
            rated_power=50.0,
            load_factor=0.5,
            annual_hours=1000.0,
        )
    )
    balance = site_balance(load_accounts(workspace)[small.id], workspace.equipment(small.id))
    texts = [w.render() for w in balance.warnings]
    assert any("Process heat alone (200000 kWh) is more than the bills" in t for t in texts)
    assert "Propane: the inventory estimates 25000 kWh but no bill covers it." in texts


def test_peak_check(workspace, small):
    # 100 kVA reached; cos phi = 10 000 / sqrt(10 000² + 5 000²) ≈ 0.894 -> about 89 kW available
    workspace.insert(
        model.Equipment(
            site_id=small.id,
            name="Presse",
            end_use=EndUse.MOTORS,
            rated_power=45.0,
            quantity=3,
            load_factor=0.8,
            efficiency=0.9,
            runs_in_peak=True,
        )
    )
    balance = site_balance(load_accounts(workspace)[small.id], workspace.equipment(small.id))
    peak = balance.peak
    assert peak.peak_input_kw == pytest.approx(45 * 3 / 0.9 * 0.8)  # 120 kW
    assert peak.reached_kva == 100 and peak.cos_phi == pytest.approx(0.8944, rel=1e-3)
    assert peak.exceeded
    assert any("peak hours draws 120 kW" in w.render() for w in balance.warnings)
