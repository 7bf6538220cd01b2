"""One hand-worked example per end-use formula (domain-reference.md §6), and the defaults they fall back on."""

from __future__ import annotations

import pytest

from workbench.domain.estimation import (
    compressor_kwh,
    estimate,
    fuel_input_kwh,
    input_power_kw,
    lighting_kwh,
    shaft_power_kwh,
)
from workbench.domain.factors import Factor, FactorLookup
from workbench.domain.model import EfficiencyClass, Equipment, OperatingSchedule
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse
from workbench.resources import factor_set

MA = FactorLookup(factor_set("MA"))
TWO_SHIFTS = OperatingSchedule(2, 8, 5, 48)  # 3 840 h


def test_motor_at_the_shaft():
    # 55 kW x 2 x 0.7 x 4 000 h / 0.925 = 332 973 kWh
    assert shaft_power_kwh(55, 2, 0.7, 4000, 0.925) == pytest.approx(332_972.97, rel=1e-6)
    motor = Equipment(
        site_id=1,
        name="Malaxeur",
        end_use=EndUse.MOTORS,
        rated_power=55.0,
        quantity=2,
        load_factor=0.7,
        annual_hours=4000.0,
        efficiency_class=EfficiencyClass.IE3,
    )
    result = estimate(motor, TWO_SHIFTS, MA)
    # no efficiency typed: the IE3 default (0.925 [U]) stands in, and says so
    assert result.kwh == pytest.approx(332_972.97, rel=1e-6)
    assert result.defaults == ("efficiency",)
    assert [f.key for f in result.factors] == ["estimation.motor_efficiency.IE3"]


def test_input_rated_heater():
    # 12 kW x 6 x 0.5 x 3 840 h = 138 240 kWh (hours from the site's schedule)
    assert input_power_kwh_example() == pytest.approx(138_240)


def input_power_kwh_example() -> float:
    heaters = Equipment(
        site_id=1, name="Colliers", end_use=EndUse.PROCESS_HEAT, rated_power=12.0, quantity=6, load_factor=0.5
    )
    result = estimate(heaters, TWO_SHIFTS, MA)
    assert result.defaults == ("annual_hours",)
    return result.kwh


def test_compressor_loaded_and_unloaded():
    # 37 kW loaded 3 000 h + 9 kW unloaded 1 500 h = 111 000 + 13 500 = 124 500 kWh
    assert compressor_kwh(37, 3000, 9, 1500, 1) == pytest.approx(124_500)
    item = Equipment(
        site_id=1,
        name="GA37",
        end_use=EndUse.COMPRESSED_AIR,
        loaded_power_kw=37.0,
        loaded_hours=3000.0,
        unloaded_hours=1500.0,
    )
    result = estimate(item, TWO_SHIFTS, MA)
    # unloaded power not measured: 25 % of loaded power [U] = 9.25 kW -> 111 000 + 13 875 = 124 875 kWh
    assert result.kwh == pytest.approx(124_875)
    assert result.defaults == ("annual_hours", "unloaded_power_kw")


def test_lighting_fixtures():
    # 120 fixtures x 2 x 36 W incl. ballast = 82 W each ... 120 x 82 W x 3 840 h / 1000 = 37 785.6 kWh
    assert lighting_kwh(120, 82, 3840) == pytest.approx(37_785.6)
    item = Equipment(site_id=1, name="T8", end_use=EndUse.LIGHTING, quantity=120, fixture_watts=82.0)
    assert estimate(item, TWO_SHIFTS, MA).kwh == pytest.approx(37_785.6)  # lighting load factor 1.0 [U]


def test_boiler_fuel_input():
    # 600 000 kWh of useful heat at 85 % efficiency needs 705 882 kWh of fuel (NCV)
    assert fuel_input_kwh(600_000, 0.85) == pytest.approx(705_882.35, rel=1e-6)
    burner = Equipment(
        site_id=1,
        name="Four",
        end_use=EndUse.PROCESS_HEAT,
        carrier=Carrier.PROPANE,
        rated_power=95.0,
        load_factor=0.75,
        annual_hours=7000.0,
    )
    # a burner's rating is its fuel input: 95 x 0.75 x 7 000 = 498 750 kWh of propane
    assert estimate(burner, TWO_SHIFTS, MA).kwh == pytest.approx(498_750)


def test_default_load_factor_per_end_use_and_override():
    fan = Equipment(
        site_id=1, name="Extracteur", end_use=EndUse.FANS, rated_power=10.0, annual_hours=1000.0, efficiency=0.9
    )
    # fans 0.7 [U]: 10 x 0.7 x 1 000 / 0.9 = 7 777.8 kWh
    assert estimate(fan, TWO_SHIFTS, MA).kwh == pytest.approx(7777.78, rel=1e-5)
    site = MA.with_overrides([Factor("estimation.load_factor.fans", 0.5, "share", "measured on site")])
    assert estimate(fan, TWO_SHIFTS, site).kwh == pytest.approx(5555.56, rel=1e-5)


def test_input_power_for_the_peak_check():
    motor = Equipment(site_id=1, name="M", end_use=EndUse.MOTORS, rated_power=90.0, quantity=2, efficiency=0.9)
    assert input_power_kw(motor, MA) == pytest.approx(200.0)
    lamps = Equipment(site_id=1, name="L", end_use=EndUse.LIGHTING, quantity=100, fixture_watts=250.0)
    assert input_power_kw(lamps, MA) == pytest.approx(25.0)
