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


def test_a_measure_saving_more_than_its_end_use_is_flagged():
    (figures,) = evaluate_measures([measure(0, [MeasureSaving(E, 250_000.0)])], {AIR: 200_000.0}, {E: 1.0}, MA)
    assert "more than its end use still uses (200000 kWh)" in figures.warnings[0].render()


def test_cost_typed_by_the_auditor_wins():
    (figures,) = evaluate_measures(
        [measure(0, [], investment=0.0, cost=12_000.0, end_use=EndUse.OTHER)], {}, {E: 1.0}, MA
    )
    assert figures.cost_savings == 12_000 and not figures.cost_computed and figures.payback_years == 0
