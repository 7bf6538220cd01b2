"""An electricity saving priced in the hours it occurs, worked by hand: the end use's running hours laid on the
ONEE MT windows from the start of the working day; the bills' split where the inventory says nothing.

Prices (reference set, HT): peak 1.24185, standard 0.88605, off-peak 0.64895 DH/kWh.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workbench.analysis.measures import end_use_hours, site_measures
from workbench.analysis.programme import load_accounts
from workbench.domain import model
from workbench.domain.economics import PriceBasis
from workbench.domain.units import Carrier, PowerUnit, Unit
from workbench.domain.vocab import EndUse, MeasureKind, VoltageLevel

E = Carrier.ELECTRICITY


@pytest.fixture
def site(workspace):
    assert workspace.programme().factor_set == "MA"
    cluster = workspace.insert(model.Cluster("C"))
    schedule = model.OperatingSchedule(2, 8.0, 5.0, 50.0)  # 250 working days, no start hour given
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S", schedule=schedule))
    supply = workspace.insert(
        model.EnergySupply(
            site_id=site.id,
            carrier=E,
            invoice_unit=Unit.KWH,
            voltage_level=VoltageLevel.MV,
            tariff_option="Tarif général MT",
            subscribed_power_kva=400,
        )
    )
    for month in range(1, 13):
        start = dt.date(2019, month, 1)
        end = (dt.date(2019, month + 1, 1) if month < 12 else dt.date(2020, 1, 1)) - dt.timedelta(days=1)
        workspace.insert(
            model.Bill(
                supply_id=supply.id,
                period_start=start,
                period_end=end,
                quantity=45_000.0,
                quantity_peak=10_000.0,
                quantity_standard=20_000.0,
                quantity_offpeak=15_000.0,
                max_power=380.0,
                max_power_unit=PowerUnit.KVA,
                reactive_kvarh=20_000.0,
                cost_excl_vat=45_000.0,
                invoice_number=f"MT-{month}",
            )
        )
    workspace.insert(
        model.Equipment(
            site_id=site.id,
            name="Halle",
            end_use=EndUse.LIGHTING,
            rated_power=10.0,
            load_factor=1.0,
            annual_hours=4_000.0,  # 16 h on each of the 250 days: 08–24
        )
    )
    return site


def saving(site, end_use: EndUse, kwh: float = 10_000.0, **fields) -> model.Measure:
    return model.Measure(
        site_id=site.id,
        title=model.BilingualText("Mesure", "Measure"),
        end_use=end_use,
        savings=(model.MeasureSaving(E, kwh),),
        investment=50_000.0,
        **fields,
    )


def figures_of(workspace, site, *measures):
    account = load_accounts(workspace)[site.id]
    return site_measures(account, workspace.equipment(site.id), list(measures))[1]


def test_a_lighting_saving_is_priced_in_the_lighting_hours(workspace, site):
    (lighting,) = figures_of(workspace, site, saving(site, EndUse.LIGHTING))
    # 08–24 (no start hour given: 08:00): peak 5/16 = 0.3125; standard (9 × 182 + 10 × 183) / (16 × 365)
    # = 0.593836; off-peak 0.093664. Price 0.3125 × 1.24185 + 0.593836 × 0.88605 + 0.093664 × 0.64895
    # = 0.975030 DH/kWh; 10 000 kWh → 9 750.30 DH.
    assert lighting.price_basis is PriceBasis.END_USE_HOURS
    assert lighting.electricity_price == pytest.approx(0.975030, abs=1e-6)
    assert lighting.cost_savings == pytest.approx(9_750.30, abs=0.01)
    assert lighting.payback_years == pytest.approx(50_000 / 9_750.30, rel=1e-5)


def test_a_saving_without_equipment_of_its_end_use_takes_the_bills_split(workspace, site):
    (process,) = figures_of(workspace, site, saving(site, EndUse.OTHER))
    # (10 000 × 1.24185 + 20 000 × 0.88605 + 15 000 × 0.64895) / 45 000 = 39 873.75 / 45 000 = 0.886083
    assert process.price_basis is PriceBasis.SITE and process.split is None
    assert process.electricity_price == pytest.approx(0.886083, abs=1e-6)


def test_the_start_of_the_working_day_moves_the_hours(workspace, site):
    workspace.update(model.Site, site.id, schedule=dataclasses.replace(site.schedule, day_start=6.0))
    (lighting,) = figures_of(workspace, site, saving(site, EndUse.LIGHTING))
    # 06–22. Winter: off-peak 1 h, standard 10 h, peak 5 h; summer: off-peak 1 h, standard 11 h, peak 4 h.
    peak = (5 * 182 + 4 * 183) / (16 * 365)
    standard = (10 * 182 + 11 * 183) / (16 * 365)
    offpeak = 1 / 16
    assert (lighting.split.peak, lighting.split.standard, lighting.split.offpeak) == pytest.approx(
        (peak, standard, offpeak)
    )
    assert lighting.electricity_price == pytest.approx(peak * 1.24185 + standard * 0.88605 + offpeak * 0.64895)
    hours = end_use_hours(load_accounts(workspace)[site.id], workspace.equipment(site.id), _balance(workspace, site))
    assert hours.day_start == 6.0 and not hours.assumed_start


def test_the_measures_own_split_wins_and_production_is_not_priced_by_equipment_hours(workspace, site):
    own = saving(site, EndUse.LIGHTING, tou_peak=0.0, tou_standard=1.0, tou_offpeak=0.0)
    pv = saving(site, EndUse.LIGHTING, 20_000.0, kind=MeasureKind.RENEWABLE)
    own_figures, pv_figures = figures_of(workspace, site, own, pv)
    assert own_figures.price_basis is PriceBasis.OWN_SPLIT
    assert own_figures.cost_savings == pytest.approx(8_860.50)
    assert pv_figures.price_basis is PriceBasis.SITE
    assert pv_figures.electricity_price == pytest.approx(0.886083, abs=1e-6)


def test_equipment_kept_out_of_the_peak_is_priced_without_it(workspace, site):
    (item,) = workspace.equipment(site.id)
    workspace.update(model.Equipment, item.id, runs_in_peak=False)
    (lighting,) = figures_of(workspace, site, saving(site, EndUse.LIGHTING))
    assert lighting.split.peak == 0.0
    # winter 08–17 + 22–05, summer 08–18 + 23–05
    offpeak = (7 * 182 + 6 * 183) / (16 * 365)
    assert lighting.electricity_price == pytest.approx((1 - offpeak) * 0.88605 + offpeak * 0.64895)


def test_a_typed_cost_or_a_fuel_saving_has_no_electricity_price(workspace, site):
    typed = saving(site, EndUse.LIGHTING, cost_savings=1_000.0)
    (figures,) = figures_of(workspace, site, typed)
    assert figures.price_basis is None and figures.electricity_price is None


def _balance(workspace, site):
    from workbench.analysis.balance import site_balance

    return site_balance(load_accounts(workspace)[site.id], workspace.equipment(site.id))
