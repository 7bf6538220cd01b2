"""Measures: energy, cost and CO2 saved, payback — chained on the end use they share (domain-reference.md §5.3).

    annual_cost_savings = Σ_carrier ΔkWh_c × price_c
    simple_payback      = investment / annual_cost_savings
    t CO2 avoided       = Σ_c ΔkWh_c × EF_c / 1000

Savings of measures on the same end use are applied one after the other: a
measure given as a share saves that share of what the end use still uses after
the measures before it (by position), never a share of the original. A measure
filed under "Other" acts on the whole site (power factor, solar, tariff): its
savings are set against the carrier's billed total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .factors import Factor, FactorLookup, avoided_emission_key
from .messages import QT_TRANSLATE_NOOP, Message, message
from .model import Measure
from .units import Carrier
from .vocab import EndUse

CTX = "Measures"


@dataclass(frozen=True)
class MeasureFigures:
    measure: Measure
    kwh: Mapping[Carrier, float]  # saved per year, after chaining
    cost_savings: float
    cost_computed: bool  # False when the auditor set the cost savings by hand
    co2_t: float
    payback_years: float | None
    warnings: tuple[Message, ...] = ()
    factors: tuple[Factor, ...] = ()

    @property
    def total_kwh(self) -> float:
        return sum(self.kwh.values())


def by_payback(figures: Sequence[MeasureFigures]) -> list[MeasureFigures]:
    """Shortest payback first; measures without one (nothing saved, no investment given) last."""
    return sorted(figures, key=lambda f: (f.payback_years is None, f.payback_years or 0.0))


def evaluate_measures(
    measures: Sequence[Measure],
    end_use_kwh: Mapping[tuple[EndUse, Carrier], float],
    prices: Mapping[Carrier, float],
    factors: FactorLookup,
    carrier_kwh: Mapping[Carrier, float] | None = None,
) -> list[MeasureFigures]:
    """Figures of every measure of a site, in their order (position).

    ``carrier_kwh``: what each carrier bills in all, the pool of the site-wide ("Other") measures.
    """
    remaining = dict(end_use_kwh)
    for carrier, kwh in (carrier_kwh or {}).items():
        remaining[(EndUse.OTHER, carrier)] = kwh
    results = []
    for measure in sorted(measures, key=lambda m: (m.position, m.id or 0)):
        kwh: dict[Carrier, float] = defaultdict(float)
        warnings: list[Message] = []
        for saving in measure.savings:
            key = (measure.end_use, saving.carrier)
            available = remaining.get(key)
            saved = saving.kwh if saving.share is None else saving.share * (available or 0.0)
            if available is not None and saved > available + 1e-6:
                warnings.append(
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Measures",
                            "It saves {saved} kWh of {carrier} a year, more than its end use still uses ({left} kWh).",
                        ),
                        saved=round(saved),
                        carrier=message("Carrier", saving.carrier.label),
                        left=round(available),
                    )
                )
            if available is not None:
                remaining[key] = max(0.0, available - saved)
            kwh[saving.carrier] += saved
        used: list[Factor] = []
        co2 = 0.0
        for carrier, saved in kwh.items():
            factor = factors.find(avoided_emission_key(carrier))
            if factor is not None:
                used.append(factor)
                co2 += saved * factor.value / 1000
        computed = measure.cost_savings is None
        cost = (
            sum(saved * prices.get(carrier, 0.0) for carrier, saved in kwh.items())
            if computed
            else measure.cost_savings
        )
        payback = measure.investment / cost if measure.investment is not None and cost else None
        results.append(MeasureFigures(measure, dict(kwh), cost, computed, co2, payback, tuple(warnings), tuple(used)))
    return results
