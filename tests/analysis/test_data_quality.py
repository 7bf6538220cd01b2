"""Data quality settled before totals, worked by hand: a repeated bill left out, a missing month shown with the
coverage of every total, a bill without a cost kept out of the cost and the average price, and the period set
by the main carrier."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workbench.analysis.balance import site_balance
from workbench.analysis.programme import load_accounts
from workbench.domain import model
from workbench.domain.duplicates import duplicates, repeats
from workbench.domain.units import Carrier, Unit

D = dt.date


def month_bill(supply_id: int, month: int, kwh: float = 10_000.0, cost: float | None = 9_000.0, number: str = ""):
    start = D(2019, month, 1)
    end = (D(2019, month + 1, 1) if month < 12 else D(2020, 1, 1)) - dt.timedelta(days=1)
    return model.Bill(
        supply_id=supply_id,
        period_start=start,
        period_end=end,
        quantity=kwh,
        cost_excl_vat=cost,
        invoice_number=number or f"E{month:02d}",
    )


@pytest.fixture
def site(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S"))
    supply = workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
    return site, supply


def account_of(workspace, site):
    return load_accounts(workspace)[site.id]


def test_a_repeated_invoice_is_left_out_kept_and_flagged_until_the_auditor_says_otherwise(workspace, site):
    site, supply = site
    for month in range(1, 13):
        workspace.insert(month_bill(supply.id, month))
    again = workspace.insert(month_bill(supply.id, 2))  # February typed a second time
    account = account_of(workspace, site)
    totals = account.totals(D(2019, 1, 1), D(2019, 12, 1))
    # 12 × 10 000 kWh, not 13 × 10 000: the repeat is out of every total
    assert totals.kwh == pytest.approx(120_000)
    assert totals.cost == pytest.approx(108_000)
    assert account.supplies[0].duplicates == {again.id: again.id - 11}
    assert workspace.count(model.Bill) == 13  # kept
    (warning,) = [w for w in account.warnings if w.kind == "duplicate_bill"]
    assert "is left out of every total" in warning.message.render() and again.id in warning.bill_ids
    assert not [w for w in account.warnings if w.kind == "overlap"]
    # "These are two bills": both counted, and the overlap says so
    workspace.update(model.Bill, again.id, not_duplicate=True)
    account = account_of(workspace, site)
    assert account.totals(D(2019, 1, 1), D(2019, 12, 1)).kwh == pytest.approx(130_000)
    assert [w for w in account.warnings if w.kind == "overlap"]


def test_what_repeats_a_bill():
    a = month_bill(1, 3, number="A1")
    assert repeats(dataclasses.replace(a, quantity=9_999.0), a)  # same number, same period: a retyped copy
    assert repeats(dataclasses.replace(a, invoice_number=""), a)  # same period, same figures
    assert not repeats(dataclasses.replace(a, invoice_number="A2", quantity=9_999.0), a)  # a real second bill
    assert not repeats(dataclasses.replace(a, period_end=D(2019, 3, 30)), a)
    ids = [dataclasses.replace(a, id=1), dataclasses.replace(a, id=2), dataclasses.replace(a, id=3)]
    assert duplicates(ids) == {2: 1, 3: 1}


def test_a_missing_month_is_shown_and_every_total_says_its_coverage(workspace, site):
    site, supply = site
    for month in range(1, 13):
        if month != 3:
            workspace.insert(month_bill(supply.id, month))
    account = account_of(workspace, site)
    assert account.balance_window() == (D(2019, 1, 1), D(2019, 12, 1))
    totals = account.totals(D(2019, 1, 1), D(2019, 12, 1))
    assert (totals.kwh, totals.months, totals.months_covered) == (pytest.approx(110_000), 12, 11)
    assert not totals.fully_covered
    (gap,) = [w for w in account.warnings if w.kind == "gap"]
    assert "no bill covers 2019-03-01 to 2019-03-31 (31 days)" in gap.message.render()
    (coverage,) = [w for w in account.warnings if w.kind == "period_coverage"]
    assert "11 of the 12 months" in coverage.message.render()
    # The balance compares a year of inventory with a year of bills: 110 000 kWh over 334 days billed of 365,
    # annualised: 110 000 × 365 / 334 = 120 209 kWh, labelled so.
    workspace.insert(
        model.Equipment(
            site_id=site.id,
            name="Motors",
            carrier=Carrier.ELECTRICITY,
            rated_power=20.0,
            load_factor=1.0,
            annual_hours=5_000.0,
        )
    )
    balance = site_balance(account_of(workspace, site), workspace.equipment(site.id))
    (electricity,) = balance.carriers
    assert electricity.annualised and electricity.months_covered == 11
    assert electricity.billed_in_months_kwh == pytest.approx(110_000)
    assert electricity.billed_kwh == pytest.approx(110_000 * 365 / 334)
    assert electricity.estimated_kwh > 0
    assert electricity.coverage == pytest.approx(electricity.estimated_kwh / (110_000 * 365 / 334))


def test_a_bill_without_a_cost_is_cost_unknown_not_zero(workspace, site):
    site, supply = site
    for month in range(1, 13):
        workspace.insert(month_bill(supply.id, month, cost=None if month in (5, 6) else 9_000.0))
    account = account_of(workspace, site)
    totals = account.totals(D(2019, 1, 1), D(2019, 12, 1))
    # 10 months priced: 90 000 MAD for 100 000 kWh = 0.900 MAD/kWh (not 90 000 / 120 000 = 0.750)
    assert totals.cost == pytest.approx(90_000)
    assert totals.priced_kwh == pytest.approx(100_000)
    assert totals.cost_per_kwh == pytest.approx(0.9)
    assert not totals.cost_complete
    (warning,) = [w for w in account.warnings if w.kind == "cost_unknown"]
    assert "2 bills have no cost" in warning.message.render() and "E05, E06" in warning.message.render()


def test_the_period_follows_the_main_carrier_not_the_latest_fuel_delivery(workspace, site):
    site, supply = site
    for month in range(1, 13):
        workspace.insert(month_bill(supply.id, month, kwh=50_000.0))
    diesel = workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.GAS_OIL, invoice_unit=Unit.LITRE))
    for day in (D(2019, 6, 1), D(2019, 11, 1), D(2020, 4, 1)):  # a delivery months after the last power bill
        workspace.insert(model.FuelDelivery(supply_id=diesel.id, delivery_date=day, quantity=1_000.0))
    account = account_of(workspace, site)
    assert account.main_carrier() is Carrier.ELECTRICITY
    assert account.balance_window() == (D(2019, 1, 1), D(2019, 12, 1))
    coverage = account.coverage(D(2019, 1, 1), D(2019, 12, 1))
    assert coverage[Carrier.ELECTRICITY] == 12
    assert coverage[Carrier.GAS_OIL] == 7  # fill to fill from 1 June: June–December; nothing before June
