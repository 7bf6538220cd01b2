"""Site totals worked by hand on a small site."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import electricity_and_propane_site
from workbench.analysis.programme import load_accounts, summarise_site
from workbench.domain import model
from workbench.domain.units import Carrier, Unit

D = dt.date


@pytest.fixture
def small_site(workspace):
    return electricity_and_propane_site(workspace, 10_000.0, 9_500.0)


def test_twelve_month_totals_by_hand(workspace, small_site):
    account = load_accounts(workspace)[small_site.id]
    summary = summarise_site(account)
    assert summary.window == (D(2019, 1, 1), D(2019, 12, 1))
    by_carrier = account.totals_by_carrier(*summary.window)
    # electricity: 12 x 10 000 kWh = 120 000 kWh; 120 000 / 11 630 = 10.318 toe; x 0.57765 = 69 318 kg CO2
    assert by_carrier[Carrier.ELECTRICITY].kwh == pytest.approx(120_000)
    assert by_carrier[Carrier.ELECTRICITY].toe == pytest.approx(10.3181, rel=1e-4)
    assert by_carrier[Carrier.ELECTRICITY].co2_kg == pytest.approx(69_318)
    assert by_carrier[Carrier.ELECTRICITY].cost == pytest.approx(114_000)
    # propane: 2 000 kg (1 Jan - 30 Jun) + 1 000 kg (1 Jul - 30 Dec) = 3 000 kg x 12.778 = 38 334 kWh
    # cost 3 000 kg x 7.5 MAD = 22 500 MAD; CO2 38 334 x 0.227 = 8 701.8 kg
    assert by_carrier[Carrier.PROPANE].kwh == pytest.approx(38_334)
    assert by_carrier[Carrier.PROPANE].cost == pytest.approx(22_500)
    assert by_carrier[Carrier.PROPANE].co2_kg == pytest.approx(8701.818)
    total = summary.totals
    assert total.kwh == pytest.approx(158_334)
    assert total.cost_per_kwh == pytest.approx((114_000 + 22_500) / 158_334)
    assert {f.key for f in total.factors} >= {
        "co2.electricity",
        "co2.propane",
        "toe.kwh_per_toe",
        "heating_value.ncv.propane.per_kg",
    }
    # twelve identical monthly quantities: the repeated-usage check speaks up, nothing else does
    assert [w.kind for w in account.warnings] == ["repeated_usage"]


def test_annual_totals(workspace, small_site):
    account = load_accounts(workspace)[small_site.id]
    assert account.annual_totals(2019)[Carrier.ELECTRICITY].kwh == pytest.approx(120_000)
    assert account.annual_totals(2018) == {
        Carrier.ELECTRICITY: account.annual_totals(2018)[Carrier.ELECTRICITY],
        Carrier.PROPANE: account.annual_totals(2018)[Carrier.PROPANE],
    }
    assert account.annual_totals(2018)[Carrier.ELECTRICITY].kwh == 0


def test_a_supply_without_bills_is_flagged(workspace, small_site):
    workspace.insert(
        model.EnergySupply(
            site_id=small_site.id, carrier=Carrier.GAS_OIL, invoice_unit=Unit.LITRE, name="Gasoil engins"
        )
    )
    account = load_accounts(workspace)[small_site.id]
    assert "Gasoil engins: no bills yet." in [w.message.render() for w in account.warnings]


def test_the_analysis_periods_are_every_twelve_months_the_bills_span(workspace, small_site):
    account = load_accounts(workspace)[small_site.id]
    assert account.twelve_month_ends() == [D(2019, 12, 1)]  # Jan … Dec 2019: one period
    elec = next(s for s in workspace.supplies(small_site.id) if s.carrier is Carrier.ELECTRICITY)
    for month in (1, 2):  # two more months: the periods ending Feb 2020 and Jan 2020 come first
        end = D(2020, month + 1, 1) - dt.timedelta(days=1)
        workspace.insert(model.Bill(supply_id=elec.id, period_start=D(2020, month, 1), period_end=end, quantity=1.0))
    account = load_accounts(workspace)[small_site.id]
    assert account.twelve_month_ends() == [D(2020, 2, 1), D(2020, 1, 1), D(2019, 12, 1)]
    empty = workspace.insert(model.Site(cluster_id=small_site.cluster_id, name="Empty"))
    assert load_accounts(workspace)[empty.id].twelve_month_ends() == []
