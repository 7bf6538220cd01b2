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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .factors import Factor, FactorLookup, avoided_emission_key
from .messages import QT_TRANSLATE_NOOP, Message, Translate, message
from .model import Measure
from .time_of_use import TouSplit
from .units import Carrier
from .vocab import EndUse, Horizon, MeasureCategory, MeasureKind, TariffLever

CTX = "Measures"
DISCOUNT_RATE_KEY = "economics.discount_rate"
# The usual horizon of each category in an action plan, where the auditor gives none.
CATEGORY_HORIZON = {
    MeasureCategory.NO_COST: Horizon.IMMEDIATE,
    MeasureCategory.LOW_COST: Horizon.SHORT,
    MeasureCategory.INVESTMENT: Horizon.MEDIUM,
}


def horizon_of(measure: Measure) -> Horizon:
    return measure.horizon if measure.horizon is not None else CATEGORY_HORIZON[measure.category]


def net_present_value(investment: float, yearly_saving: float, lifetime_years: float, rate: float) -> float:
    """NPV = −I + S × (1 − (1 + r)^−n) / r: the yearly saving over n years, discounted at r, less the
    investment made today (n × S − I when r is 0)."""
    if rate == 0:
        return yearly_saving * lifetime_years - investment
    discount: float = (1 + rate) ** -lifetime_years  # the rate is a factor, never negative: a real power
    return yearly_saving * (1 - discount) / rate - investment


class PriceBasis(StrEnum):
    """Where the price of a measure's saved kWh of electricity comes from, most specific first."""

    OWN_SPLIT = "own_split"  # the measure's own peak / standard / off-peak shares
    END_USE_HOURS = "end_use_hours"  # the running hours of its end use's equipment in the tariff's windows
    SITE = "site"  # the site's price: the split of its bills, else its average cost per kWh


# How the basis reads beside the price (context "PriceBasis").
PRICE_BASIS_LABELS = {
    PriceBasis.OWN_SPLIT: QT_TRANSLATE_NOOP("PriceBasis", "its own time-of-use split"),
    PriceBasis.END_USE_HOURS: QT_TRANSLATE_NOOP("PriceBasis", "the hours its end use runs"),
    PriceBasis.SITE: QT_TRANSLATE_NOOP("PriceBasis", "the site's price"),
}


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
    # Renewable production per carrier, before the share exported: ``kwh`` is what it avoids buying.
    produced: Mapping[Carrier, float] = field(default_factory=dict)
    # The price of its saved kWh of electricity and where it comes from (None: no electricity priced).
    electricity_price: float | None = None
    price_basis: PriceBasis | None = None
    split: TouSplit | None = None  # the time-of-use split behind the price, when it has one
    # Net present value over the measure's lifetime at ``discount_rate`` (None: no lifetime or investment).
    npv: float | None = None
    discount_rate: float | None = None

    @property
    def production_kwh(self) -> float:
        return sum(self.produced.values())

    @property
    def total_kwh(self) -> float:
        return sum(self.kwh.values())

    @property
    def renewable(self) -> bool:
        return self.measure.kind is MeasureKind.RENEWABLE

    @property
    def immediate(self) -> bool:
        """Nothing to invest for a saving: the payback is immediate (written so, never "0.0 years")."""
        return self.measure.investment == 0 and self.cost_savings > 0


IMMEDIATE = QT_TRANSLATE_NOOP("Measures", "immediate")


def payback_text(figures: MeasureFigures, number: Callable[[float], str], translate: Translate) -> str:
    """The payback as a table shows it: ``immediate`` with nothing to invest, ``—`` with none, else the years."""
    if figures.immediate:
        return translate("Measures", IMMEDIATE)
    if figures.payback_years is None:
        return "—"
    return number(figures.payback_years)


def by_payback(figures: Sequence[MeasureFigures]) -> list[MeasureFigures]:
    """Shortest payback first; measures without one (nothing saved, no investment given) last."""
    return sorted(figures, key=lambda f: (f.payback_years is None, f.payback_years or 0.0))


def evaluate_measures(
    measures: Sequence[Measure],
    end_use_kwh: Mapping[tuple[EndUse, Carrier], float],
    prices: Mapping[Carrier, float],
    factors: FactorLookup,
    carrier_kwh: Mapping[Carrier, float] | None = None,
    tariff_savings: Mapping[TariffLever, float] | None = None,
    period_prices: tuple[float, float, float] | None = None,
    end_use_splits: Mapping[EndUse, TouSplit] | None = None,
) -> list[MeasureFigures]:
    """Figures of every measure of a site, in their order (position).

    A measure draws on what its end use uses (the inventory's estimate), the measures before it on the same
    end use having taken their part. ``carrier_kwh``: what each carrier bills in all, the pool of a measure
    filed under "Other" when the inventory estimates nothing under "Other". A saving larger than what is left
    to save is *refused*: it counts for nothing and the measure says why, so that no figure exceeds what it
    acts on.

    A kWh of electricity saved is priced, most specific first: in the measure's own time-of-use split, in
    the split of its end use's running hours (``end_use_splits``, savings only: production follows the sun,
    not the equipment), else at the site's price (``prices``); each at the tariff's ``period_prices``.
    """
    remaining = dict(end_use_kwh)
    for carrier, billed in (carrier_kwh or {}).items():
        remaining.setdefault((EndUse.OTHER, carrier), billed)
    # Renewable production covers purchases: what each carrier still buys once the savings are made.
    purchases = dict(carrier_kwh or {})
    ordered = sorted(measures, key=lambda m: (m.kind is MeasureKind.RENEWABLE, m.position, m.id or 0))
    results = []
    for measure in ordered:
        kwh: dict[Carrier, float] = defaultdict(float)
        produced: dict[Carrier, float] = defaultdict(float)
        warnings: list[Message] = []
        renewable = measure.kind is MeasureKind.RENEWABLE
        for saving in measure.savings:
            key = (measure.end_use, saving.carrier)
            available = purchases.get(saving.carrier) if renewable else remaining.get(key)
            saved = saving.kwh if saving.share is None else saving.share * (available or 0.0)
            if renewable:  # production: what is used on site avoids purchases, what is exported does not
                produced[saving.carrier] += saved
                saved *= 1.0 if measure.self_consumption is None else measure.self_consumption
            if available is not None and saved > available + 1e-6:
                warnings.append(
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Measures",
                            "Its production of {saved} kWh of {carrier} a year is refused: the site buys only {left} "
                            "kWh of it once the savings are made. Lower it to what the site can use.",
                        )
                        if renewable
                        else QT_TRANSLATE_NOOP(
                            "Measures",
                            "Its saving of {saved} kWh of {carrier} a year is refused: its end use uses only "
                            "{left} kWh after the measures before it. Lower it, or file the measure under the end "
                            "use it acts on.",
                        ),
                        saved=round(saved),
                        carrier=message("Carrier", saving.carrier.label),
                        left=round(available),
                    )
                )
                saved = 0.0
            if renewable:
                if available is not None:
                    purchases[saving.carrier] = max(0.0, available - saved)
            elif available is not None:
                remaining[key] = max(0.0, available - saved)
            if not renewable and saving.carrier in purchases:
                purchases[saving.carrier] = max(0.0, purchases[saving.carrier] - saved)
            kwh[saving.carrier] += saved
        used: list[Factor] = []
        co2 = 0.0
        for carrier, saved in kwh.items():
            factor = factors.find(avoided_emission_key(carrier))
            if factor is not None:
                used.append(factor)
                co2 += saved * factor.value / 1000
        computed = measure.cost_savings is None
        basis: PriceBasis | None
        split: TouSplit | None
        basis, split = _electricity_split(measure, period_prices, end_use_splits, warnings)
        electricity = (
            split.price(period_prices) if split is not None and period_prices else prices.get(Carrier.ELECTRICITY)
        )
        cost = (
            sum(
                saved * ((electricity or 0.0) if carrier is Carrier.ELECTRICITY else prices.get(carrier, 0.0))
                for carrier, saved in kwh.items()
            )
            if measure.cost_savings is None  # computed
            else measure.cost_savings
        )
        if not (computed and kwh.get(Carrier.ELECTRICITY)):
            basis, split, electricity = None, None, None
        if computed and measure.tariff_lever is not None:
            lever = (tariff_savings or {}).get(measure.tariff_lever)
            if lever is None:
                warnings.append(
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Measures",
                            "Its tariff saving cannot be worked out: no electricity supply of the site has a tariff "
                            "model and the bills it needs. Type the yearly saving, or complete the bills.",
                        ),
                    )
                )
            else:
                cost += lever
        payback = measure.investment / cost if measure.investment is not None and cost else None
        rate = factors.find(DISCOUNT_RATE_KEY)
        npv = None
        if rate is not None and measure.lifetime_years and measure.investment is not None:
            npv = net_present_value(measure.investment, cost, measure.lifetime_years, rate.value)
            used.append(rate)
        results.append(
            MeasureFigures(
                measure,
                dict(kwh),
                cost,
                computed,
                co2,
                payback,
                tuple(warnings),
                tuple(used),
                dict(produced),
                electricity,
                basis,
                split,
                npv,
                rate.value if npv is not None and rate is not None else None,
            )
        )
    position = {id(m): i for i, m in enumerate(sorted(measures, key=lambda m: (m.position, m.id or 0)))}
    return sorted(results, key=lambda f: position[id(f.measure)])


def _electricity_split(
    measure: Measure,
    period_prices: tuple[float, float, float] | None,
    end_use_splits: Mapping[EndUse, TouSplit] | None,
    warnings: list[Message],
) -> tuple[PriceBasis, TouSplit | None]:
    """Which split prices the measure's saved electricity: its own, its end use's hours, or the site's."""
    own = _own_split(measure, period_prices, warnings)
    if own is not None:
        return PriceBasis.OWN_SPLIT, own
    if period_prices is not None and measure.kind is not MeasureKind.RENEWABLE and measure.tariff_lever is None:
        hours = (end_use_splits or {}).get(measure.end_use)
        if hours is not None:
            return PriceBasis.END_USE_HOURS, hours
    return PriceBasis.SITE, None


def _own_split(
    measure: Measure, period_prices: tuple[float, float, float] | None, warnings: list[Message]
) -> TouSplit | None:
    """The measure's own time-of-use split (shares of peak, standard and off-peak hours that add up to 1);
    None to take another."""
    shares = (measure.tou_peak, measure.tou_standard, measure.tou_offpeak)
    if all(s is None for s in shares):
        return None
    given = [s or 0.0 for s in shares]
    if abs(sum(given) - 1) > 0.01:
        warnings.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Measures",
                    "Its time-of-use shares add up to {total} %, not 100 %: they are not used.",
                ),
                total=round(sum(given) * 100),
            )
        )
        return None
    if period_prices is None:
        warnings.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Measures",
                    "Its time-of-use shares are not used: the site's tariff gives no energy price per period.",
                ),
            )
        )
        return None
    return TouSplit(*given)


def savings_only(figures: Sequence[MeasureFigures]) -> list[MeasureFigures]:
    """The measures that cut final energy (what "saved" and "share of final energy" are about)."""
    return [f for f in figures if not f.renewable]


def renewables_only(figures: Sequence[MeasureFigures]) -> list[MeasureFigures]:
    return [f for f in figures if f.renewable]
