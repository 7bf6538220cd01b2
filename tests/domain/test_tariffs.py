"""The ONEE MT tariff, worked by hand (morocco-tariffs-and-reports.md §2.2-2.3)."""

from __future__ import annotations

import pytest

from workbench.domain.factors import FactorLookup
from workbench.domain.tariffs import MoroccoMtTariff, cos_phi
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
