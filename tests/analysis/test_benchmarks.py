"""A site's specific consumption against the sector benchmarks, worked by hand."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from tests.builders import electricity_and_propane_site
from workbench.analysis.benchmarks import (
    NotComparable,
    Position,
    SiteEnergy,
    compare,
    position,
    site_benchmarks,
    site_energy,
)
from workbench.analysis.programme import load_accounts
from workbench.domain import model
from workbench.domain.benchmarks import BenchmarkSet
from workbench.domain.units import Carrier

D = dt.date


def entry(entry_id: str, **fields) -> dict:
    base = {
        "id": entry_id,
        "nace": ["23.51"],
        "label": {"fr": entry_id, "en": entry_id},
        "kind": "electricity",
        "unit": "t",
        "unit_text": {"fr": "t de ciment", "en": "t cement"},
        "product": ["cement", "ciment"],
        "bare_unit": True,
        "low_kwh": 35,
        "high_kwh": 50,
        "meaning": "typical",
        "source": "A publication (2020)",
        "url": "",
        "year": 2020,
        "status": "unverified",
    }
    base.update(copy.deepcopy(fields))
    return base


CLINKER = {"unit_text": {"fr": "t de clinker", "en": "t clinker"}, "product": ["clinker"], "bare_unit": False}
SET = BenchmarkSet.from_json(
    {
        "entries": [
            entry("grinding"),  # 35–50 kWh/t cement
            entry("grinding.best", low_kwh=25, high_kwh=35, meaning="best_practice"),
            entry("quartile", low_kwh=None, high_kwh=34.15, meaning="best_practice", status="verified"),
            entry("morocco", low_kwh=78, high_kwh=78, status="verified"),
            entry("kiln", kind="thermal", low_kwh=805.62, high_kwh=916.74, **CLINKER),
            entry("plant.total", kind="total", low_kwh=80, high_kwh=100),
            entry("per.m2", unit="m²", unit_text={"fr": "m²", "en": "m²"}, product=[]),
            entry("per.kg", kind="total", unit="kg", unit_text={"fr": "kg", "en": "kg"}, product=[], low_kwh=0.05),
            entry("bricks", nace=["23.32"]),
        ]
    }
)


def site(**fields) -> model.Site:
    values = {"cluster_id": 1, "name": "Grinding", "nace_code": "23.51", "production_volume": 1000.0}
    values["production_unit"] = "t"
    values.update(fields)
    return model.Site(**values)


# 48 000 kWh of electricity and 38 334 kWh of propane over the year (3 000 kg × 12.778 kWh/kg)
ENERGY = SiteEnergy(48_000.0, 38_334.0, (Carrier.PROPANE,))


def by_id(results):
    return {r.benchmark.id: r for r in results}


def test_position_against_a_range_bounds_included():
    assert position(34.9, 35, 50) is Position.BELOW
    assert position(35, 35, 50) is Position.WITHIN
    assert position(50, 35, 50) is Position.WITHIN
    assert position(50.1, 35, 50) is Position.ABOVE
    assert position(0.0, None, 1.5) is Position.WITHIN  # "up to 1.5"
    assert position(1.6, None, 1.5) is Position.ABOVE
    assert position(78, 78, 78) is Position.WITHIN  # a single value: at it
    assert position(46.8, 78, 78) is Position.BELOW


def test_a_grinding_station_in_tonnes_by_hand():
    results = by_id(compare(site(), ENERGY, SET.entries))
    assert "bricks" not in results  # another NACE code
    # electricity: 48 000 kWh / 1 000 t = 48 kWh/t cement
    grinding = results["grinding"]
    assert grinding.comparable and grinding.value == pytest.approx(48.0)
    assert grinding.position is Position.WITHIN
    assert (grinding.low, grinding.high) == (35, 50)
    assert results["grinding.best"].position is Position.ABOVE
    assert results["quartile"].position is Position.ABOVE
    assert results["morocco"].position is Position.BELOW
    # total: (48 000 + 38 334) / 1 000 = 86.334 kWh/t, in 80–100
    assert results["plant.total"].value == pytest.approx(86.334)
    assert results["plant.total"].position is Position.WITHIN
    # per kg: a tonne holds 1 000 kg, 86 334 kWh / 1 000 000 kg = 0.0863 kWh/kg, in 0.05–50
    assert results["per.kg"].value == pytest.approx(0.086334)
    assert results["per.kg"].position is Position.WITHIN
    # the kiln's range is per t clinker: a bare "t" does not say it is clinker
    assert results["kiln"].reason is NotComparable.PRODUCT_UNNAMED and results["kiln"].value is None
    assert results["per.m2"].reason is NotComparable.UNIT and not results["per.m2"].comparable


def test_a_site_counting_clinker_gets_the_kiln_and_not_the_cement_ranges():
    results = by_id(compare(site(production_unit="t de clinker"), ENERGY, SET.entries))
    # 38 334 kWh of propane / 1 000 t clinker = 38.3 kWh/t, far below a kiln's 806–917
    assert results["kiln"].value == pytest.approx(38.334)
    assert results["kiln"].position is Position.BELOW
    assert results["grinding"].reason is NotComparable.UNIT  # t clinker is not t cement


def test_kilotonnes_are_scaled():
    results = by_id(compare(site(production_volume=1.0, production_unit="kt"), ENERGY, SET.entries))
    assert results["grinding"].value == pytest.approx(48.0)


def test_without_production_nothing_is_compared():
    for changed in (site(production_volume=None), site(production_unit=""), site(production_volume=0.0)):
        results = compare(changed, ENERGY, SET.entries)
        assert results and {r.reason for r in results} == {NotComparable.NO_PRODUCTION}


def test_a_range_of_an_energy_the_site_does_not_buy_is_not_compared():
    results = by_id(compare(site(production_unit="t clinker"), SiteEnergy(48_000.0), SET.entries))
    assert results["kiln"].reason is NotComparable.NO_ENERGY
    assert results["plant.total"].reason is NotComparable.UNIT  # per t cement, the site counts clinker


def test_a_partly_invoiced_carrier_marks_the_figures_that_count_it():
    energy = SiteEnergy(48_000.0, 38_334.0, (Carrier.PROPANE,), partial=(Carrier.PROPANE,))
    results = by_id(compare(site(), energy, SET.entries))
    assert not results["grinding"].partial  # electricity only
    assert results["plant.total"].partial


def test_no_entry_for_the_sector_gives_nothing():
    assert compare(site(nace_code="26.11"), ENERGY, SET.entries) == ()
    assert compare(site(nace_code=""), ENERGY, SET.entries) == ()


@pytest.fixture
def small_site(workspace):
    """Twelve monthly electricity bills of 4 000 kWh in 2019, propane deliveries of 3 000 kg used in the year."""
    return electricity_and_propane_site(
        workspace, 4_000.0, 4_000.0, nace_code="23.51", production_volume=1000.0, production_unit="t"
    )


def test_a_stored_site_over_its_window(workspace, small_site):
    account = load_accounts(workspace)[small_site.id]
    window = account.balance_window()
    assert window == (D(2019, 1, 1), D(2019, 12, 1))
    energy = site_energy(account, window)
    assert energy.electricity_kwh == pytest.approx(48_000)
    assert energy.thermal_kwh == pytest.approx(38_334)  # 3 000 kg × 12.778 kWh/kg
    assert energy.fuels == (Carrier.PROPANE,)
    results = by_id(site_benchmarks(small_site, account, window, SET))
    assert results["grinding"].value == pytest.approx(48.0)
    assert results["plant.total"].value == pytest.approx(86.334)
    assert site_benchmarks(small_site, account, None, SET) == ()


def test_the_shipped_benchmarks_for_a_cement_grinding_station(workspace, small_site):
    account = load_accounts(workspace)[small_site.id]
    results = by_id(site_benchmarks(small_site, account, account.balance_window()))
    typical = results["cement.electricity.grinding.typical"]  # 35–50 kWh/t cement, unverified
    assert typical.value == pytest.approx(48.0) and typical.position is Position.WITHIN
    assert results["cement.electricity.plant.eu"].position is Position.BELOW  # 90–150 for a whole plant
    assert results["cement.kiln.thermal.bat"].reason is NotComparable.PRODUCT_UNNAMED
