"""What every part of the cluster synthesis shares: the comparison, its charts, and how it writes its figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from workbench.analysis.cluster_comparison import ClusterComparison
from workbench.domain.economics import IMMEDIATE
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.storage.workspace import Workspace

from .wording import Wording


@dataclass
class ClusterContext(Wording):
    workspace: Workspace
    comparison: ClusterComparison
    charts: Mapping[str, bytes] = field(default_factory=dict)

    @property
    def currency(self) -> str:
        """The sites' currency; a cluster spanning two currencies shows each amount with its own."""
        currencies = self.comparison.currencies
        return next(iter(currencies)) if len(currencies) == 1 else ""

    def money_header(self, source: str) -> str:
        """A column or row title for money, with the currency when the sites share one."""
        text = self.t(source)
        return f"{text} ({self.currency})" if self.currency else text

    def payback(self, years: float | None) -> str:
        """``immediate`` when nothing is invested, else the years with their unit."""
        if years == 0:
            return self.translate("Measures", IMMEDIATE)
        return self.years(years)

    def sites_covered(self, counted: int, sites: int) -> str:
        return self.t(QT_TRANSLATE_NOOP("Report", "{counted} of {sites} sites")).format(
            counted=self.fmt.number(counted), sites=self.fmt.number(sites)
        )

    def names(self, names: tuple[str, ...] | list[str]) -> str:
        return ", ".join(names)
