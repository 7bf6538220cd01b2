"""The ONEE MT tariff, worked by hand (morocco-tariffs-and-reports.md §2.2-2.3)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workbench.domain import model
from workbench.domain.factors import FactorLookup
from workbench.domain.tariffs import BillInput, MoroccoMtTariff, TariffEntry, TariffModel, cos_phi, tariff_for
from workbench.domain.units import Carrier, PowerUnit, Unit
from workbench.domain.vocab import VoltageLevel
from workbench.resources import factor_set


def test_a_month_with_an_overrun_and_a_low_power_factor():
    tariff = MoroccoMtTariff.from_factors(FactorLookup(factor_set("MA")))
    charges = tariff.charges(10_000, 20_000, 15_000, subscribed_kva=400, reached_kva=436, cos_phi=0.75)
    # RC = 1.24185 x 10 000 + 0.88605 x 20 000 + 0.64895 x 15 000 = 39 873.75 DH HT
    assert charges.energy == pytest.approx(39_873.75)
    # RP = 449.67 / 12 x 400 kVA = 14 989.00 DH
    assert charges.power == pytest.approx(14_989.0)
    # RDPS = 1.5 x 449.67 / 12 x 36 kVA = 2 023.52 DH — the figure of the real ONE MT bill in §2.3
    assert charges.overrun == pytest.approx(2023.515)
    # cos phi 0.75 is 5 hundredths under 0.8: 2 % x 5 = 10 % of RC + RP + RDPS = 5 688.63 DH
    assert charges.cos_phi_surcharge == pytest.approx(5688.6265)
    assert charges.total_excl_vat == pytest.approx(39_873.75 + 14_989 + 2_023.515 + 5_688.6265 + 513)


def test_no_overrun_and_no_surcharge_within_the_contract():
    tariff = MoroccoMtTariff.from_factors(FactorLookup(factor_set("MA")))
    charges = tariff.charges(1, 1, 1, subscribed_kva=400, reached_kva=380, cos_phi=0.85)
    assert charges.overrun == 0 and charges.cos_phi_surcharge == 0


def test_cos_phi_from_active_and_reactive_energy():
    # 80 000 kWh and 60 000 kvarh: apparent 100 000 kVAh, cos phi = 0.8 (tan phi 0.75)
    assert cos_phi(80_000, 60_000) == pytest.approx(0.8)
    assert cos_phi(0, 0) is None


# --- a bill rebuilt, and the registry that picks the tariff ---------------------------------------

MT = model.EnergySupply(
    site_id=1,
    carrier=Carrier.ELECTRICITY,
    voltage_level=VoltageLevel.MV,
    tariff_option="Tarif général MT",
    subscribed_power_kva=400,
)


def ma() -> FactorLookup:
    return FactorLookup(factor_set("MA"))


def test_an_mt_bill_rebuilt_by_hand():
    bill = model.Bill(
        supply_id=1,
        period_start=dt.date(2019, 1, 1),
        period_end=dt.date(2019, 1, 31),
        quantity=45_000,
        quantity_peak=10_000,
        quantity_standard=20_000,
        quantity_offpeak=15_000,
        max_power=436,
        max_power_unit=PowerUnit.KVA,
        reactive_kvarh=60_000,
    )
    tariff = tariff_for(MT, ma())
    assert tariff.missing_inputs(bill, 400) == ()
    charges = tariff.bill_charges(bill, 400)
    # energy by period: 1.24185 x 10 000 = 12 418.50; 0.88605 x 20 000 = 17 721.00; 0.64895 x 15 000 = 9 734.25
    assert (charges.energy_peak, charges.energy_standard, charges.energy_offpeak) == pytest.approx(
        (12_418.50, 17_721.00, 9_734.25)
    )
    assert charges.energy == pytest.approx(39_873.75)
    # power: 449.67 / 12 = 37.4725 DH/kVA/month x 400 kVA = 14 989.00
    assert charges.power == pytest.approx(14_989.00)
    # overrun: 1.5 x 37.4725 x (436 - 400) = 2 023.515
    assert charges.overrun == pytest.approx(2_023.515)
    # cos phi = 45 000 / sqrt(45 000² + 60 000²) = 45 000 / 75 000 = 0.60: 20 hundredths under 0.8,
    # 2 % each = 40 % of (39 873.75 + 14 989 + 2 023.515 = 56 886.265) = 22 754.506
    assert charges.cos_phi_surcharge == pytest.approx(22_754.506)
    # metering 187 + 326 = 513; total 56 886.265 + 22 754.506 + 513 = 80 153.771 DH HT
    assert charges.total_excl_vat == pytest.approx(80_153.771)


def test_what_a_bill_lacks_is_named():
    tariff = tariff_for(MT, ma())
    bare = model.Bill(
        supply_id=1,
        period_start=dt.date(2019, 1, 1),
        period_end=dt.date(2019, 3, 31),
        quantity=45_000,
        max_power=300,
        max_power_unit=PowerUnit.KW,
    )
    assert tariff.missing_inputs(bare, None) == (
        BillInput.TIME_OF_USE,
        BillInput.REACHED_POWER,
        BillInput.SUBSCRIBED_POWER,
        BillInput.REACTIVE_ENERGY,
        BillInput.MONTHLY_PERIOD,
    )


@pytest.mark.parametrize(
    ("option", "voltage", "expected"),
    [
        ("Tarif général MT", VoltageLevel.MV, True),  # the demo's
        ("MT Général", None, True),  # as printed on an ONE bill
        ("", VoltageLevel.MV, True),  # no option typed: the MT customer's default
        ("", None, False),  # nothing says it is MT: no guess
        ("Tarif général", VoltageLevel.HV, False),  # HT general tariff: other prices
        ("Super pointe", VoltageLevel.MV, False),
        ("Tarif général BT", VoltageLevel.LV, False),
    ],
)
def test_the_registry_picks_the_mt_general_tariff_and_nothing_else(option, voltage, expected):
    supply = dataclasses.replace(MT, tariff_option=option, voltage_level=voltage)
    tariff = tariff_for(supply, ma())
    assert (tariff is not None) is expected
    if expected:
        assert tariff.model is TariffModel.MA_MT_GENERAL and isinstance(tariff, MoroccoMtTariff)


def test_no_tariff_for_gas_or_without_onee_prices():
    assert tariff_for(dataclasses.replace(MT, carrier=Carrier.NATURAL_GAS, invoice_unit=Unit.M3), ma()) is None
    assert tariff_for(MT, FactorLookup(factor_set("BE"))) is None  # a Belgian programme is not priced by ONEE


def test_another_tariff_plugs_in_through_the_registry(monkeypatch):
    from workbench.domain import tariffs

    class Flat:
        model = TariffModel.MA_MT_GENERAL
        factors = ()

    entry = TariffEntry(TariffModel.MA_MT_GENERAL, lambda s, f: s.tariff_option == "flat", lambda f: Flat())
    monkeypatch.setattr(tariffs, "_REGISTRY", [entry, *tariffs._REGISTRY])
    assert isinstance(tariff_for(dataclasses.replace(MT, tariff_option="flat"), ma()), Flat)
    assert isinstance(tariff_for(MT, ma()), MoroccoMtTariff)
