"""Measures worked by hand: cost from the site's prices, CO2 avoided, payback, and chaining on one end use."""

from __future__ import annotations

import pytest

from workbench.domain.economics import evaluate_measures
from workbench.domain.factors import FactorLookup
from workbench.domain.model import BilingualText, Measure, MeasureSaving
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse
from workbench.resources import factor_set

MA = FactorLookup(factor_set("MA"))
E = Carrier.ELECTRICITY
AIR = (EndUse.COMPRESSED_AIR, E)


def measure(position, savings, investment=None, cost=None, end_use=EndUse.COMPRESSED_AIR):
    return Measure(
        site_id=1,
        title=BilingualText("M", "M"),
        end_use=end_use,
        savings=tuple(savings),
        investment=investment,
        cost_savings=cost,
        position=position,
        id=position + 1,
    )


def test_cost_co2_and_payback():
    (figures,) = evaluate_measures(
        [measure(0, [MeasureSaving(E, 50_000.0)], investment=15_000.0)], {AIR: 200_000.0}, {E: 0.95}, MA
    )
    # 50 000 kWh x 0.95 MAD = 47 500 MAD; 15 000 / 47 500 = 0.316 years; 50 000 x 0.547 / 1000 = 27.35 t
    assert figures.cost_savings == pytest.approx(47_500)
    assert figures.cost_computed
    assert figures.payback_years == pytest.approx(0.31579, rel=1e-4)
    assert figures.co2_t == pytest.approx(27.35)


def test_shares_are_chained_never_added():
    leaks = measure(0, [MeasureSaving(E, 0.0, share=0.20)])
    pressure = measure(1, [MeasureSaving(E, 0.0, share=0.07)])
    first, second = evaluate_measures([pressure, leaks], {AIR: 200_000.0}, {E: 1.0}, MA)
    # leaks first (position 0): 20 % of 200 000 = 40 000; then 7 % of the 160 000 left = 11 200 (not 14 000)
    assert first.kwh[E] == pytest.approx(40_000)
    assert second.kwh[E] == pytest.approx(11_200)


def test_a_saving_larger_than_its_end_use_is_refused_and_counts_for_nothing():
    (figures,) = evaluate_measures([measure(0, [MeasureSaving(E, 250_000.0)])], {AIR: 200_000.0}, {E: 1.0}, MA)
    assert "Its saving of 250000 kWh of Electricity a year is refused" in figures.warnings[0].render()
    assert "uses only 200000 kWh" in figures.warnings[0].render()
    assert figures.kwh[E] == 0.0 and figures.cost_savings == 0.0


def test_chained_savings_never_sum_above_the_end_use():
    first = measure(0, [MeasureSaving(E, 150_000.0)])
    second = measure(1, [MeasureSaving(E, 80_000.0)])
    a, b = evaluate_measures([first, second], {AIR: 200_000.0}, {E: 1.0}, MA)
    # 150 000 of 200 000 taken by the first: the second's 80 000 is more than the 50 000 left, refused
    assert a.kwh[E] == 150_000 and not a.warnings
    assert b.kwh[E] == 0.0 and "uses only 50000 kWh" in b.warnings[0].render()


def test_other_draws_on_the_inventorys_other_and_on_the_bills_only_without_one():
    other = (EndUse.OTHER, E)
    pf = measure(0, [MeasureSaving(E, 21_598.0)], end_use=EndUse.OTHER)
    (refused,) = evaluate_measures([pf], {other: 4_800.0}, {E: 1.0}, MA, {E: 900_000.0})
    assert refused.kwh[E] == 0.0 and "uses only 4800 kWh" in refused.warnings[0].render()
    (site_wide,) = evaluate_measures([pf], {}, {E: 1.0}, MA, {E: 900_000.0})  # no "Other" in the inventory
    assert site_wide.kwh[E] == 21_598.0 and not site_wide.warnings


def test_renewable_production_is_kept_apart_and_bounded_by_purchases():
    from dataclasses import replace

    from workbench.domain.economics import renewables_only, savings_only
    from workbench.domain.vocab import MeasureKind

    leds = measure(0, [MeasureSaving(E, 100_000.0)], investment=50_000.0)
    pv = replace(
        measure(1, [MeasureSaving(E, 247_500.0)], investment=1_275_000.0, end_use=EndUse.OTHER),
        kind=MeasureKind.RENEWABLE,
    )
    too_big = replace(measure(2, [MeasureSaving(E, 200_000.0)], end_use=EndUse.OTHER), kind=MeasureKind.RENEWABLE)
    figures = evaluate_measures(
        [leds, pv, too_big], {AIR: 200_000.0, (EndUse.OTHER, E): 20_160.0}, {E: 1.1}, MA, {E: 500_000.0}
    )
    assert [f.measure.position for f in figures] == [0, 1, 2]
    assert [f.measure.position for f in savings_only(figures)] == [0]
    # PV is not capped by the 20 160 kWh of "Other": it covers purchases, 500 000 − 100 000 saved = 400 000
    pv_figures = figures[1]
    assert pv_figures.renewable and pv_figures.kwh[E] == 247_500 and not pv_figures.warnings
    assert pv_figures.cost_savings == pytest.approx(247_500 * 1.1)
    # 400 000 − 247 500 = 152 500 left to buy: a second plant of 200 000 kWh is refused
    assert figures[2].kwh[E] == 0.0 and "buys only 152500 kWh" in figures[2].warnings[0].render()
    assert len(renewables_only(figures)) == 2


def test_a_measure_with_nothing_to_invest_pays_back_immediately():
    from workbench.domain.economics import payback_text

    (figures,) = evaluate_measures(
        [measure(0, [MeasureSaving(E, 10_000.0)], investment=0.0)], {AIR: 200_000.0}, {E: 1.0}, MA
    )
    assert figures.immediate
    assert payback_text(figures, str, lambda ctx, text: text) == "immediate"


def test_cost_typed_by_the_auditor_wins():
    (figures,) = evaluate_measures(
        [measure(0, [], investment=0.0, cost=12_000.0, end_use=EndUse.OTHER)], {}, {E: 1.0}, MA
    )
    assert figures.cost_savings == 12_000 and not figures.cost_computed and figures.payback_years == 0


def test_a_saving_in_its_own_hours_is_priced_at_those_hours():
    from dataclasses import replace

    lighting = replace(measure(0, [MeasureSaving(E, 10_000.0)]), tou_peak=0.1, tou_standard=0.9, tou_offpeak=0.0)
    prices = (1.24185, 0.88605, 0.64895)  # ONEE MT HT energy prices: peak, standard, off-peak
    (figures,) = evaluate_measures([lighting], {AIR: 200_000.0}, {E: 0.95}, MA, period_prices=prices)
    # 10 000 kWh × (0.1 × 1.24185 + 0.9 × 0.88605) = 10 000 × 0.921630 = 9 216.30 MAD, not 10 000 × 0.95
    assert figures.cost_savings == pytest.approx(9_216.30)
    unbalanced = replace(lighting, tou_offpeak=0.5)
    (figures,) = evaluate_measures([unbalanced], {AIR: 200_000.0}, {E: 0.95}, MA, period_prices=prices)
    assert figures.cost_savings == pytest.approx(9_500) and "add up to 150 %" in figures.warnings[0].render()


def test_only_the_production_used_on_site_avoids_purchases():
    from dataclasses import replace

    from workbench.domain.vocab import MeasureKind

    pv = replace(
        measure(0, [MeasureSaving(E, 200_000.0)], investment=1_000_000.0, end_use=EndUse.OTHER),
        kind=MeasureKind.RENEWABLE,
        self_consumption=0.7,
    )
    (figures,) = evaluate_measures([pv], {}, {E: 1.1}, MA, {E: 500_000.0})
    # 200 000 kWh produced, 70 % used on site = 140 000 kWh not bought: 154 000 MAD; 140 000 × 0.547 t / 1000
    assert figures.production_kwh == pytest.approx(200_000)
    assert figures.kwh[E] == pytest.approx(140_000)
    assert figures.cost_savings == pytest.approx(154_000)
    assert figures.co2_t == pytest.approx(76.58)


def test_net_present_value_over_the_lifetime_at_the_stated_rate():
    from dataclasses import replace

    from workbench.domain.economics import net_present_value

    # annuity factor (1 − 1.04^−5) / 0.04 = 4.451822; 3 000 × 4.451822 − 10 000 = 3 355.47
    assert net_present_value(10_000, 3_000, 5, 0.04) == pytest.approx(3_355.47, abs=0.01)
    assert net_present_value(10_000, 3_000, 5, 0.0) == 5_000
    lighting = replace(measure(0, [MeasureSaving(E, 10_000.0)], investment=20_000.0), lifetime_years=15.0)
    (figures,) = evaluate_measures([lighting], {AIR: 200_000.0}, {E: 1.0}, MA)
    # 10 000 MAD a year for 15 years at the shipped 4 %: 10 000 × 11.118387 − 20 000 = 91 183.87
    assert figures.discount_rate == 0.04
    assert figures.npv == pytest.approx(91_183.87, abs=0.01)
    assert "economics.discount_rate" in {f.key for f in figures.factors}
    (no_lifetime,) = evaluate_measures([replace(lighting, lifetime_years=None)], {AIR: 200_000.0}, {E: 1.0}, MA)
    assert no_lifetime.npv is None and no_lifetime.discount_rate is None


def test_the_action_plan_horizon_is_the_auditors_else_the_categorys():
    from dataclasses import replace

    from workbench.domain.economics import horizon_of
    from workbench.domain.vocab import Horizon, MeasureCategory

    base = measure(0, [])
    assert horizon_of(replace(base, category=MeasureCategory.NO_COST)) is Horizon.IMMEDIATE
    assert horizon_of(replace(base, category=MeasureCategory.INVESTMENT)) is Horizon.MEDIUM
    assert horizon_of(replace(base, category=MeasureCategory.INVESTMENT, horizon=Horizon.SHORT)) is Horizon.SHORT
