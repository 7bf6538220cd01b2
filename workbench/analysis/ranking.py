"""Sites ranked on one figure, highest first, with the median of all of them: the series of the ranking charts
(the comparison view's and the cluster synthesis's), worked out here so that both rank the same way.

A site without the figure is left out (never ranked as 0); the count says how many were ranked, so that a
chart showing only the highest can say "the 20 highest of 57".
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Ranking:
    rows: tuple[tuple[str, float], ...]  # (site, value), highest first; at most the number asked for
    ranked: int  # the sites that have the figure (all of them, shown or not)
    median: float | None  # of every ranked site's value; None for fewer than two (nothing to compare)

    @property
    def cut(self) -> bool:
        """Whether some ranked sites are not among the rows shown."""
        return self.ranked > len(self.rows)


def rank(values: Iterable[tuple[str, float | None]], most: int | None = None) -> Ranking:
    """``values`` ranked highest first (ties keep their given order), the ``most`` highest kept."""
    present = [(name, float(value)) for name, value in values if value is not None]
    ordered = sorted(present, key=lambda row: -row[1])
    median = statistics.median(v for _, v in ordered) if len(ordered) > 1 else None
    shown = ordered if most is None else ordered[:most]
    return Ranking(tuple(shown), len(ordered), median)
