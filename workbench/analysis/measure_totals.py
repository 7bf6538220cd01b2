"""The totals of a site's measures, as the measures page and a reader of its table add them up.

Savings and renewable production are added apart (production is not a cut in what the site uses, see
:class:`~workbench.domain.vocab.MeasureKind`). Each measure's figures are already chained on its end use
(:func:`~workbench.analysis.measures.site_measures`), so their kWh add up without counting a saving twice.
The overall payback is the investment of the measures that give one over their yearly cost savings: a
measure without an investment counts in the energy and the money, not in the payback, and the totals say
how many there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain.economics import MeasureFigures
from workbench.domain.vocab import MeasureKind


@dataclass(frozen=True, slots=True)
class MeasureTotals:
    kind: MeasureKind | None  # None: every measure of the table
    count: int
    kwh: float  # saved (or produced and used on site) per year
    cost_savings: float  # per year, in the site's currency
    investment: float  # of the measures that give one
    co2_t: float  # avoided per year
    without_investment: int  # measures whose investment is not given
    payback_years: float | None  # None: nothing saved by the measures that give an investment

    @property
    def immediate(self) -> bool:
        """Nothing to invest for what is saved: written "immediate", never "0.0 years"."""
        return self.payback_years == 0


def measure_totals(figures: Sequence[MeasureFigures], kind: MeasureKind | None = None) -> MeasureTotals:
    """The totals of ``figures`` of ``kind`` (every measure when None)."""
    chosen = [f for f in figures if kind is None or f.measure.kind is kind]
    invested = [f for f in chosen if f.measure.investment is not None]
    investment = sum(amount for f in invested if (amount := f.measure.investment) is not None)
    saved_by_invested = sum(f.cost_savings for f in invested)
    return MeasureTotals(
        kind=kind,
        count=len(chosen),
        kwh=sum(f.total_kwh for f in chosen),
        cost_savings=sum(f.cost_savings for f in chosen),
        investment=investment,
        co2_t=sum(f.co2_t for f in chosen),
        without_investment=len(chosen) - len(invested),
        payback_years=investment / saved_by_invested if saved_by_invested > 0 else None,
    )


def totals_by_kind(figures: Sequence[MeasureFigures]) -> list[MeasureTotals]:
    """The savings' totals, then the renewables', for the kinds the site has; then all of them together
    when it has both."""
    present = [kind for kind in MeasureKind if any(f.measure.kind is kind for f in figures)]
    totals = [measure_totals(figures, kind) for kind in present]
    if len(present) > 1:
        totals.append(measure_totals(figures))
    return totals
