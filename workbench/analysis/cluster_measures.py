"""Measures that recur across a cluster's sites, with their combined potential and the joint action they suggest.

Measures are grouped by what they are, not by how they are worded: a tariff measure by its lever (a capacitor
bank at two sites is the same purchase), renewable production by the end use it serves, an energy saving by
its end use and its category (leak repair, a low-cost job on compressed air, is not the compressor bought with
a budget). A saving on "Other" has no end use to go by: only its title (either language, as typed) groups it.
A family recurs when it is found at two sites or more.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from workbench.domain import model
from workbench.domain.economics import MeasureFigures
from workbench.domain.vocab import EndUse, MeasureCategory, MeasureKind, TariffLever

from .cluster_comparison import ClusterComparison

MINIMUM_SITES = 2


class JointAction(StrEnum):
    """What the sites could do together, from what the family's measures are."""

    TRAINING = "training"  # settings, schedules, habits: one training for every site's staff
    CAMPAIGN = "campaign"  # small jobs done by a specialist: one campaign, one contractor for every site
    PURCHASE = "purchase"  # equipment: one specification and a joint call for tenders
    CONTRACTS = "contracts"  # the supply contracts: one review with the distributor
    RENEWABLE = "renewable"  # plants: a joint study and call for tenders


@dataclass(frozen=True)
class FamilyKey:
    kind: MeasureKind
    end_use: EndUse | None = None
    lever: TariffLever | None = None
    category: MeasureCategory | None = None
    title: tuple[str, str] | None = None  # only for savings on "Other": their title, normalised


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def family_key(measure: model.Measure) -> FamilyKey:
    if measure.kind is MeasureKind.RENEWABLE:
        return FamilyKey(MeasureKind.RENEWABLE, end_use=measure.end_use)
    if measure.tariff_lever is not None:
        return FamilyKey(measure.kind, lever=measure.tariff_lever)
    if measure.end_use is EndUse.OTHER:
        title = (_normalised(measure.title.fr), _normalised(measure.title.en))
        return FamilyKey(measure.kind, EndUse.OTHER, category=measure.category, title=title)
    return FamilyKey(measure.kind, measure.end_use, category=measure.category)


def joint_action(key: FamilyKey) -> JointAction:
    if key.kind is MeasureKind.RENEWABLE:
        return JointAction.RENEWABLE
    if key.lever is TariffLever.SUBSCRIBED_POWER:
        return JointAction.CONTRACTS
    if key.lever is TariffLever.COS_PHI:
        return JointAction.PURCHASE  # capacitor banks
    if key.lever is TariffLever.PEAK_SHIFT:
        return JointAction.TRAINING  # schedules
    by_category: dict[MeasureCategory | None, JointAction] = {
        MeasureCategory.NO_COST: JointAction.TRAINING,
        MeasureCategory.LOW_COST: JointAction.CAMPAIGN,
    }
    return by_category.get(key.category, JointAction.PURCHASE)


@dataclass(frozen=True)
class Variant:
    """One measure of a family as it is titled, and the sites that propose it."""

    title: model.BilingualText
    sites: tuple[str, ...]


@dataclass(frozen=True)
class RecurringMeasure:
    key: FamilyKey
    sites: tuple[str, ...]  # in the cluster's order
    variants: tuple[Variant, ...]  # the most widespread first
    measure_count: int
    kwh: float  # energy saved a year (renewables: purchases avoided)
    cost: float | None  # money a year (None: the sites' currencies differ)
    co2_t: float
    investment: float | None
    figures: tuple[MeasureFigures, ...] = ()

    @property
    def action(self) -> JointAction:
        return joint_action(self.key)

    @property
    def payback_years(self) -> float | None:
        if self.cost is None or self.investment is None or self.cost <= 0:
            return None
        return self.investment / self.cost


def recurring_measures(comparison: ClusterComparison, minimum: int = MINIMUM_SITES) -> list[RecurringMeasure]:
    """Families found at ``minimum`` sites or more, the largest yearly money first (then kWh)."""
    mixed = len(comparison.currencies) > 1
    members: dict[FamilyKey, list[tuple[str, MeasureFigures]]] = defaultdict(list)
    for site in comparison.sites:
        for f in site.measures:
            members[family_key(f.measure)].append((site.site.name, f))
    order = {s.site.name: i for i, s in enumerate(comparison.sites)}
    found = []
    for key, pairs in members.items():
        sites = sorted({name for name, _ in pairs}, key=order.__getitem__)
        if len(sites) < minimum:
            continue
        variants: dict[tuple[str, str], tuple[model.BilingualText, set[str]]] = {}
        for name, f in pairs:
            title = f.measure.title
            entry = variants.setdefault((_normalised(title.fr), _normalised(title.en)), (title, set()))
            entry[1].add(name)
        listed = sorted(variants.values(), key=lambda v: (-len(v[1]), min(order[n] for n in v[1])))
        figures = tuple(f for _, f in pairs)
        found.append(
            RecurringMeasure(
                key,
                tuple(sites),
                tuple(Variant(title, tuple(sorted(names, key=order.__getitem__))) for title, names in listed),
                len(figures),
                sum(f.total_kwh for f in figures),
                None if mixed else sum(f.cost_savings for f in figures),
                sum(f.co2_t for f in figures),
                None if mixed else sum(f.measure.investment or 0.0 for f in figures),
                figures,
            )
        )
    return sorted(found, key=lambda r: (-(r.cost or 0.0), -r.kwh))
