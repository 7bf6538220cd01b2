"""MT bills rebuilt from the tariff, and the tariff's options, worked by hand.

Prices are the reference set's (ONEE MT tarif général, HT): 1.24185 / 0.88605 / 0.64895 DH/kWh,
prime fixe 449.67 DH/kVA/year, i.e. 37.4725 DH/kVA a month; overrun 1.5 ×; cos φ threshold 0.8 with
2 % per hundredth; metering 513 DH a month.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pytest

from workbench.analysis.tariff import analyse_site, analyse_supply
from workbench.analysis.tariff_options import (
    annual_power_cost,
    capacitor_kvar,
    capacitor_study,
    subscribed_power_study,
)
from workbench.domain import model
from workbench.domain.calendar import add_months, month_end
from workbench.domain.factors import Factor, FactorLookup, FactorStatus
from workbench.domain.tariffs import BillInput, tariff_for
from workbench.domain.units import Carrier, PowerUnit
from workbench.domain.vocab import VoltageLevel
from workbench.resources import factor_set

MONTHLY_PREMIUM = 449.67 / 12  # 37.4725 DH/kVA
SUPPLY = model.EnergySupply(
    site_id=1,
    carrier=Carrier.ELECTRICITY,
    voltage_level=VoltageLevel.MV,
    tariff_option="Tarif général MT",
    subscribed_power_kva=400,
    id=7,
)
FIRST = dt.date(2019, 1, 1)
WINDOW = (FIRST, dt.date(2019, 12, 1))


def factors(*overrides: Factor) -> FactorLookup:
    return FactorLookup(factor_set("MA"), overrides)


def bill(month: dt.date, ident: int, **values) -> model.Bill:
    """A calendar month of 45 000 kWh at cos φ 0.60, reaching 436 kVA (the hand-worked bill of the domain test)."""
    fields = dict(
        quantity=45_000.0,
        quantity_peak=10_000.0,
        quantity_standard=20_000.0,
        quantity_offpeak=15_000.0,
        max_power=436.0,
        max_power_unit=PowerUnit.KVA,
        reactive_kvarh=60_000.0,
        cost_excl_vat=80_000.0,
        invoice_number=f"MT-{ident}",
    )
    fields.update(values)
    return model.Bill(supply_id=7, period_start=month, period_end=month_end(month), id=ident, **fields)


def year(**values) -> list[model.Bill]:
    return [bill(add_months(FIRST, i), i + 1, **values) for i in range(12)]


# --- bills rebuilt --------------------------------------------------------------------------------


def test_a_bill_rebuilt_beside_its_invoice():
    result = analyse_supply(
        SUPPLY, [bill(FIRST, 1), bill(add_months(FIRST, 1), 2, cost_excl_vat=78_000.0)], factors(), WINDOW
    )
    first, second = result.bills
    # Rebuilt: RC 39 873.75 + RP 14 989.00 + RDPS 2 023.515 + Maj 40 % × 56 886.265 = 22 754.506
    # + metering 513 = 80 153.771 DH HT (see tests/domain/test_tariffs.py for each line).
    assert first.charges.total_excl_vat == pytest.approx(80_153.771)
    assert first.cos_phi == pytest.approx(0.6)
    # Invoiced 80 000: 153.77 DH more by the tariff, 0.19 % — within the 1 % tolerance.
    assert first.difference == pytest.approx(153.771)
    assert first.relative_difference == pytest.approx(153.771 / 80_000)
    assert not first.flagged
    # Invoiced 78 000: 2 153.77 DH, 2.76 % — flagged.
    assert second.difference == pytest.approx(2_153.771) and second.flagged
    assert result.tolerance.value == 0.01 and result.tolerance.source.startswith("Auditor's assumption")
    annual = result.annual
    assert annual.bills == 2 and annual.invoiced == 158_000
    assert annual.energy == pytest.approx(2 * 39_873.75)
    assert annual.power == pytest.approx(2 * 14_989.0) and annual.overrun == pytest.approx(2 * 2_023.515)
    assert annual.cos_phi_surcharge == pytest.approx(2 * 22_754.506) and annual.metering == 2 * 513
    assert annual.total_excl_vat == pytest.approx(2 * 80_153.771)
    assert annual.difference == pytest.approx(153.771 + 2_153.771)
    assert [month for month, _ in result.monthly_charges()] == [FIRST, add_months(FIRST, 1)]


def test_a_bill_without_its_time_of_use_split_is_listed_not_zeroed():
    bills = year()
    bills[2] = dataclasses.replace(bills[2], quantity_peak=None, quantity_standard=None, quantity_offpeak=None)
    bills[5] = dataclasses.replace(bills[5], cost_excl_vat=None)
    result = analyse_supply(SUPPLY, bills, factors(), WINDOW)
    march = result.bills[2]
    assert march.charges is None and march.missing == (BillInput.TIME_OF_USE,) and not march.counted
    june = result.bills[5]
    assert june.charges is not None and june.missing == (BillInput.INVOICED_AMOUNT,) and june.counted
    assert [b.bill.id for b in result.incomplete] == [3, 6]
    # 11 bills summed, not 12 with a zero; the invoiced sum has the 10 that carry an amount
    assert result.annual.bills == 11 and result.annual.invoiced_bills == 10
    assert result.annual.energy == pytest.approx(11 * 39_873.75)
    assert result.annual.invoiced == 10 * 80_000
    notes = [n.render() for n in result.notes]
    assert any("03/2019" in n and "11 months" in n for n in notes)


def test_a_second_copy_of_a_period_is_shown_but_summed_once():
    bills = [*year(), bill(add_months(FIRST, 4), 99)]
    result = analyse_supply(SUPPLY, bills, factors(), WINDOW)
    assert result.annual.bills == 12
    assert [b.bill.id for b in result.bills if b.duplicate] == [99]


def test_a_supply_without_a_tariff_model_says_so():
    other = dataclasses.replace(SUPPLY, tariff_option="Super pointe")
    result = analyse_supply(other, year(), factors(), WINDOW)
    assert result.tariff is None and result.bills == () and result.annual is None
    assert result.notes[0].render() == "No tariff model for this supply (tariff option “Super pointe”)."


def test_a_supply_without_bills_has_nothing_to_rebuild():
    result = analyse_supply(SUPPLY, [], factors(), None)
    assert result.tariff is not None and result.bills == () and result.annual.bills == 0
    assert result.subscribed is None and result.capacitor is None and result.peak_shift is None
    assert result.notes[0].render() == "No bills yet: nothing to rebuild."
    assert result.charge_series() == ([], {})


# --- subscribed power -----------------------------------------------------------------------------


def test_the_subscribed_power_that_costs_least_worked_by_hand():
    reached = [300, 310, 320, 330, 340, 350, 360, 370, 380, 390, 400, 410]
    tariff = tariff_for(SUPPLY, factors())
    months = {add_months(FIRST, i): float(kva) for i, kva in enumerate(reached)}
    study = subscribed_power_study(tariff, 400, months)
    # A year costs m × (12 PS + 1.5 Σ max(0, PA − PS)) with m = 37.4725 DH/kVA. One kVA less saves 12 m and
    # costs 1.5 m per month above PS: the cost falls while more than 8 months exceed PS and is flat while
    # exactly 8 do, i.e. for PS from 330 to 340 kVA (340…410 exceed 330; 350…410, seven, exceed 340).
    # At 340: 12 × 340 + 1.5 × (10 + 20 + … + 70 = 280) = 4 080 + 420 = 4 500 kVA-months → 168 626.25 DH.
    # At 330: 12 × 330 + 1.5 × (10 + … + 80 = 360) = 3 960 + 540 = 4 500 → the same; the higher is kept.
    assert study.recommended_kva == 340
    assert study.annual_cost_recommended == pytest.approx(MONTHLY_PREMIUM * 4_500)  # 168 626.25
    assert annual_power_cost(tariff, 330, list(months.values())) == pytest.approx(MONTHLY_PREMIUM * 4_500)
    # Now, 400 kVA: 12 × 400 + 1.5 × (410 − 400) = 4 815 → 180 430.09 DH; saving 315 × m = 11 803.84 DH.
    assert study.annual_cost_current == pytest.approx(MONTHLY_PREMIUM * 4_815)
    assert study.annual_saving == pytest.approx(MONTHLY_PREMIUM * 315)
    assert (study.overruns_current, study.overruns_recommended, study.months) == (1, 7, 12)
    # The curve spans 0.5 × 300 = 150 to 1.2 × 410 = 492 → 495 kVA in 5 kVA steps, and holds both values.
    kvas = [kva for kva, _ in study.curve]
    assert kvas[0] == 150 and kvas[-1] == 495 and kvas[1] - kvas[0] == 5
    curve = dict(study.curve)
    assert curve[340] == pytest.approx(study.annual_cost_recommended) and curve[400] == pytest.approx(180_430.0875)
    assert min(curve.values()) == pytest.approx(study.annual_cost_recommended)
    texts = [a.render() for a in study.assumptions]
    assert any("first year saves at least as much" in t for t in texts)
    assert any("to be checked in the contract" in t for t in texts)


def test_a_saving_below_the_materiality_threshold_keeps_the_subscribed_power():
    reached = [300, 310, 320, 330, 340, 350, 360, 370, 380, 390, 400, 410]
    tariff = tariff_for(SUPPLY, factors())
    months = {add_months(FIRST, i): float(kva) for i, kva in enumerate(reached)}
    # From the example above: 400 kVA costs 4 815 m, 340 kVA 4 500 m; the saving, 315 m, is 6.5 % of 4 815 m.
    assert subscribed_power_study(tariff, 400, months, 0.06).recommended_kva == 340  # 6.5 % ≥ 6 %: proposed
    kept = subscribed_power_study(tariff, 400, months, 0.07)  # 6.5 % < 7 %: not worth a contract change
    assert kept.recommended_kva == 400 and kept.annual_saving == pytest.approx(0)
    said = " ".join(a.render() for a in kept.assumptions)
    assert "would save 11804 a year, less than 7% of these charges" in said and "is kept" in said
    assert factors().get("tariff.audit.subscribed_power_min_saving").value == 0.05


def test_a_subscribed_power_already_cheapest_is_kept():
    tariff = tariff_for(SUPPLY, factors())
    months = {add_months(FIRST, i): 300.0 for i in range(12)}
    study = subscribed_power_study(tariff, 300, months)
    assert study.recommended_kva == 300 and study.annual_saving == 0


def test_fewer_months_of_reached_power_are_scaled_to_a_year():
    tariff = tariff_for(SUPPLY, factors())
    six = {add_months(FIRST, i): 400.0 for i in range(6)}
    study = subscribed_power_study(tariff, 400, six)
    # 6 months × 400 kVA × m, scaled by 12 / 6
    assert study.annual_cost_current == pytest.approx(12 * 400 * MONTHLY_PREMIUM)
    assert any("scaled to a year" in a.render() for a in study.assumptions)


# --- reactive energy ------------------------------------------------------------------------------


def test_a_capacitor_bank_sized_by_hand():
    # 30-day bills of 72 000 kWh (12 000 / 36 000 / 24 000) and 72 000 kvarh, 140 kVA under 150 subscribed.
    start = dt.date(2019, 1, 1)
    bills = [
        model.Bill(
            supply_id=7,
            period_start=start + dt.timedelta(days=30 * i),
            period_end=start + dt.timedelta(days=30 * i + 29),
            quantity=72_000.0,
            quantity_peak=12_000.0,
            quantity_standard=36_000.0,
            quantity_offpeak=24_000.0,
            max_power=140.0,
            reactive_kvarh=72_000.0,
            cost_excl_vat=80_000.0,
        )
        for i in range(12)
    ]
    # P = 72 000 kWh / 720 h = 100 kW; tan φ1 = 72 000 / 72 000 = 1 (cos φ 0.707);
    # tan φ2 = √(1 − 0.95²) / 0.95 = 0.32868; Q = 100 × (1 − 0.32868) = 67.13 kvar → 70 kvar (5 kvar steps).
    assert capacitor_kvar(bills[0], 0.95) == pytest.approx(67.1316, abs=1e-3)
    tariff = tariff_for(SUPPLY, factors())
    study = capacitor_study(tariff, 150, bills, bills, factors())
    assert study.kvar_exact == pytest.approx(67.1316, abs=1e-3) and study.kvar == 70
    # 70 kvar × 350 DH/kvar = 24 500 DH
    assert study.investment == pytest.approx(24_500)
    # Each month: RC = 14 902.20 + 31 897.80 + 15 574.80 = 62 374.80; RP = 37.4725 × 150 = 5 620.875;
    # cos φ 0.70711 is 9.2893 hundredths short: 18.5786 % of 67 995.675 = 12 632.67 DH a month,
    # 151 592.09 DH a year, all of it avoided at cos φ 0.95; payback 24 500 / 151 592.09 = 0.16 year.
    assert study.annual_penalty == pytest.approx(151_592.09, abs=0.01)
    assert study.annual_saving == pytest.approx(151_592.09, abs=0.01)
    assert study.payback_years == pytest.approx(24_500 / 151_592.09, rel=1e-6)
    assert study.months_penalised == 12 and study.target_cos_phi == 0.95
    price = next(f for f in study.factors if f.key == "tariff.audit.capacitor_cost_per_kvar")
    assert price.status is FactorStatus.UNVERIFIED and "quote" in price.note


def test_no_surcharge_no_payback():
    bills = year(reactive_kvarh=15_000.0)  # cos φ 0.949: above the threshold, just under the target
    result = analyse_supply(SUPPLY, bills, factors(), WINDOW)
    assert result.capacitor.annual_saving == 0 and result.capacitor.payback_years is None
    assert result.capacitor.kvar > 0  # the bank that reaches 0.95 is still sized


# --- peak hours -----------------------------------------------------------------------------------


def test_moving_peak_kwh_to_off_peak_hours():
    bills = year(reactive_kvarh=20_000.0, max_power=390.0)  # cos φ 0.914: no surcharge, no overrun
    result = analyse_supply(SUPPLY, bills, factors(), WINDOW)
    shift = result.peak_shift
    # 10 000 of 45 000 kWh in peak hours: 22.2 %
    assert shift.peak_share == pytest.approx(10_000 / 45_000)
    # 10 % of 10 000 = 1 000 kWh a month move from 1.24185 to 0.64895 DH/kWh: 592.90 DH, 7 114.80 DH a year
    assert shift.shift_share == 0.10 and shift.kwh_moved == pytest.approx(12_000)
    assert shift.annual_saving == pytest.approx(12 * 592.90)
    half = analyse_supply(SUPPLY, bills, factors(), WINDOW, peak_shift=0.5)
    assert half.peak_shift.annual_saving == pytest.approx(5 * 12 * 592.90)


def test_the_factors_are_data():
    tight = Factor("tariff.audit.difference_tolerance", 0.001, "share", "site check", status=FactorStatus.USER)
    result = analyse_supply(SUPPLY, [bill(FIRST, 1)], factors(tight), WINDOW)
    assert result.bills[0].flagged  # 0.19 % is more than 0.1 %
    target = Factor("tariff.audit.target_cos_phi", 0.9, "cos φ", "site choice", status=FactorStatus.USER)
    result = analyse_supply(SUPPLY, year(), factors(target), WINDOW)
    # the shortest month needs the most: 45 000 kWh over 672 h (February) = 66.96 kW;
    # tan φ1 = 60 000 / 45 000 = 1.3333; tan φ2 (0.9) = 0.48432; Q = 66.96 × 0.84901 = 56.85 kvar → 60 kvar
    assert result.capacitor.kvar_exact == pytest.approx(45_000 / 672 * (4 / 3 - math.sqrt(1 - 0.81) / 0.9))
    assert result.capacitor.sizing_month == dt.date(2019, 2, 1) and result.capacitor.kvar == 60


# --- the demo -------------------------------------------------------------------------------------


def test_the_demo_bills_match_the_tariff(demo):
    from workbench.analysis.programme import load_accounts

    for account in load_accounts(demo).values():
        (result,) = analyse_site(account)
        assert result.tariff is not None, account.site.name
        assert not any(b.flagged for b in result.bills), account.site.name
        assert result.annual.bills >= 11
        assert abs(result.annual.difference) < 0.001 * result.annual.invoiced
        assert result.subscribed.annual_saving >= 0
        assert result.subscribed.recommended_kva % 5 == 0
