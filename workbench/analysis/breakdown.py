"""What the balance charts draw: end-use shares (small ones grouped as Other) and the carrier → end-use flows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse

from .balance import SiteBalance

SMALL_SHARE = 0.05  # ASHRAE 211 practice: end uses under 5 % may be lumped into "Other" (domain-reference §1.4)
UNEXPLAINED = "unexplained"


@dataclass(frozen=True)
class Slice:
    key: EndUse | str  # an end use, or UNEXPLAINED
    kwh: float


@dataclass(frozen=True)
class Flow:
    carrier: Carrier
    target: EndUse | str  # an end use, or UNEXPLAINED
    kwh: float  # the unexplained flow is negative when the inventory says more than the bills


def end_use_slices(balance: SiteBalance, carrier: Carrier | None = None, small: float = SMALL_SHARE) -> list[Slice]:
    """End uses of one carrier (or all), largest first, those under ``small`` of the whole grouped as Other;
    the unexplained remainder as its own slice, never spread."""
    carriers = [c for c in balance.carriers if carrier is None or c.carrier is carrier]
    by_use: dict[EndUse, float] = defaultdict(float)
    for c in carriers:
        for use, kwh in c.by_end_use.items():
            by_use[use] += kwh
    unexplained = sum(max(0.0, c.unexplained_kwh) for c in carriers)
    whole = sum(by_use.values()) + unexplained
    if not whole:
        return []
    slices: list[Slice] = []
    other = 0.0
    for use, kwh in sorted(by_use.items(), key=lambda i: -i[1]):
        if use is EndUse.OTHER or kwh < small * whole:
            other += kwh
        else:
            slices.append(Slice(use, kwh))
    if other:
        slices.append(Slice(EndUse.OTHER, other))
    if unexplained:
        slices.append(Slice(UNEXPLAINED, unexplained))
    return slices


def sankey_flows(balance: SiteBalance) -> list[Flow]:
    """From each carrier to its end uses, plus the unexplained band: per carrier they add up to the billed kWh."""
    flows = []
    for c in balance.carriers:
        for use, kwh in sorted(c.by_end_use.items(), key=lambda i: -i[1]):
            flows.append(Flow(c.carrier, use, kwh))
        if c.unexplained_kwh:
            flows.append(Flow(c.carrier, UNEXPLAINED, c.unexplained_kwh))
    return flows
