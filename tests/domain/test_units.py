"""Hand-worked conversions. Each expected figure is computed by hand from the cited factor."""

from __future__ import annotations

import pytest

from workbench.domain.energy import energy_figures, supply_conversion
from workbench.domain.factors import Factor, FactorLookup, FactorScope
from workbench.domain.messages import DomainError
from workbench.domain.model import EnergySupply
from workbench.domain.units import Carrier, HeatingValueBasis, Unit, parse_unit
from workbench.domain.validation import ValidationError, validate
from workbench.resources import factor_set

MA = FactorLookup(factor_set("MA"))
BE = FactorLookup(factor_set("BE"))


def kwh_per_unit(carrier, unit, factors=MA, **supply):
    return supply_conversion(EnergySupply(site_id=1, carrier=carrier, invoice_unit=unit, **supply), factors)


def test_energy_units_are_physical_definitions():
    assert kwh_per_unit(Carrier.ELECTRICITY, Unit.MWH).kwh(10) == pytest.approx(10_000)
    # 1 GJ = 1e9 J / 3.6e6 J per kWh = 277.78 kWh
    assert kwh_per_unit(Carrier.DISTRICT_HEAT, Unit.GJ).kwh(1) == pytest.approx(277.7778, rel=1e-6)
    # 1 therm = 105.505585 MJ = 29.3071 kWh (domain-reference §4.4: 29.31); natural gas therms are GCV
    therm = kwh_per_unit(Carrier.NATURAL_GAS, Unit.THERM, heating_value_basis=HeatingValueBasis.GCV)
    assert therm.kwh(1) == pytest.approx(29.3071 / 1.108, rel=1e-5)


def test_propane_by_the_kilogram():
    # EED Annex IV: LPG 46 000 kJ/kg NCV = 12.778 kWh/kg. 1 000 kg -> 12 778 kWh.
    conversion = kwh_per_unit(Carrier.PROPANE, Unit.KG)
    assert conversion.kwh(1000) == pytest.approx(12_778)
    assert [f.key for f in conversion.factors] == ["heating_value.ncv.propane.per_kg"]
    figures = energy_figures(12_778, Carrier.PROPANE, MA)
    # 1 toe = 11 630 kWh NCV: 12 778 / 11 630 = 1.09871 toe
    assert figures.toe == pytest.approx(1.09871, rel=1e-5)
    # IPCC 2006 LPG 63 100 kg/TJ = 0.227 kg/kWh NCV: 12 778 x 0.227 = 2 900.6 kg
    assert figures.co2_kg == pytest.approx(2900.606, rel=1e-6)
    assert {f.key for f in figures.factors} == {"toe.kwh_per_toe", "co2.propane"}


def test_heavy_fuel_oil_by_the_tonne():
    # EED: heavy fuel oil 40 000 kJ/kg = 11.111 kWh/kg; 2 t = 2 000 kg -> 22 222 kWh
    assert kwh_per_unit(Carrier.HEAVY_FUEL_OIL, Unit.TONNE).kwh(2) == pytest.approx(22_222)


def test_diesel_by_the_litre_uses_density():
    # density 0.84 kg/L [U] x 11.75 kWh/kg (EED gas oil 42 300 kJ/kg) = 9.87 kWh/L; 1 000 L -> 9 870 kWh
    conversion = kwh_per_unit(Carrier.GAS_OIL, Unit.LITRE)
    assert conversion.kwh(1000) == pytest.approx(9870)
    assert {f.key for f in conversion.factors} == {"heating_value.ncv.gas_oil.per_kg", "density.gas_oil"}
    # IPCC gas/diesel oil 74 100 kg/TJ = 0.267 kg/kWh: 9 870 x 0.267 = 2 635.29 kg
    assert energy_figures(9870, Carrier.GAS_OIL, MA).co2_kg == pytest.approx(2635.29)


def test_belgian_gas_bill_in_gcv_kwh_is_divided_by_1_108():
    # Fluvius bills gas in kWh on the gross basis; PCS/PCI = 1.108: 1 000 kWh GCV -> 902.53 kWh NCV
    conversion = kwh_per_unit(Carrier.NATURAL_GAS, Unit.KWH, BE, heating_value_basis=HeatingValueBasis.GCV)
    assert conversion.kwh(1000) == pytest.approx(902.527, rel=1e-5)
    # IPCC natural gas 56 100 kg/TJ = 0.202 kg/kWh NCV -> 182.31 kg
    assert energy_figures(conversion.kwh(1000), Carrier.NATURAL_GAS, BE).co2_kg == pytest.approx(182.31, rel=1e-4)


def test_gas_in_cubic_metres_with_the_invoice_factor():
    # Fluvius sample: 11.35 kWh/m3 GCV (182.085 kWh / 16.045 m3); 100 m3 -> 1 135 kWh GCV -> 1 024.37 kWh NCV
    conversion = kwh_per_unit(
        Carrier.NATURAL_GAS, Unit.M3, BE, heating_value=11.35, heating_value_basis=HeatingValueBasis.GCV
    )
    assert conversion.kwh(100) == pytest.approx(1024.37, rel=1e-5)


def test_electricity_toe_and_co2_for_morocco_and_belgium():
    # 10 000 kWh / 11 630 = 0.85985 toe (EED: 0.086 kgoe/kWh)
    ma = energy_figures(10_000, Carrier.ELECTRICITY, MA)
    assert ma.toe == pytest.approx(0.859845, rel=1e-5)
    # Ember 2024 Morocco 577.65 g/kWh -> 5 776.5 kg; Belgium 117.58 g/kWh -> 1 175.8 kg
    assert ma.co2_kg == pytest.approx(5776.5)
    assert energy_figures(10_000, Carrier.ELECTRICITY, BE).co2_kg == pytest.approx(1175.8)


def test_overrides_take_precedence_site_over_programme_over_reference():
    programme = Factor("co2.electricity", 0.6, "kg CO2/kWh", "programme choice", 2019, scope=FactorScope.PROGRAMME)
    site = Factor("co2.electricity", 0.5, "kg CO2/kWh", "site contract", 2019, scope=FactorScope.SITE)
    assert FactorLookup(factor_set("MA"), [programme]).get("co2.electricity").value == 0.6
    lookup = FactorLookup(factor_set("MA"), [programme], [site])
    figures = energy_figures(1000, Carrier.ELECTRICITY, lookup)
    assert figures.co2_kg == pytest.approx(500)
    assert any(f.source == "site contract" for f in figures.factors)


def test_supplier_heating_value_beats_the_default():
    conversion = kwh_per_unit(Carrier.PROPANE, Unit.KG, heating_value=12.5)
    assert conversion.kwh(100) == pytest.approx(1250)
    assert conversion.factors == ()


def test_unit_must_suit_the_carrier():
    with pytest.raises(ValidationError) as err:
        validate(EnergySupply(site_id=1, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.LITRE))
    assert err.value.field == "invoice_unit"
    assert "L is not a unit for Electricity" in str(err.value)


def test_parse_unit_reads_what_invoices_say():
    assert parse_unit("m³") is Unit.M3
    assert parse_unit(" Litres ") is Unit.LITRE
    assert parse_unit("MWh") is Unit.MWH
    assert parse_unit("tonnes") is Unit.TONNE
    with pytest.raises(DomainError, match="Unknown unit “furlong”"):
        parse_unit("furlong")


def test_every_factor_has_a_source_unit_and_status():
    for code in ("MA", "BE"):
        for factor in factor_set(code).factors.values():
            assert factor.source and factor.unit, factor.key
            assert factor.value >= 0


def test_a_missing_factor_is_named():
    lookup = FactorLookup(factor_set("MA"))
    with pytest.raises(DomainError, match=r"co2\.other"):
        energy_figures(1, Carrier.OTHER, lookup)
