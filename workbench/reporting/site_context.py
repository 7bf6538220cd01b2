"""What every section of a site report reads from: the workspace, the site, its account and analyses, the
report's language and its options (date, version), computed once per report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from workbench.analysis.accounts import SiteAccount
from workbench.analysis.findings import Finding
from workbench.analysis.tariff import SupplyTariff
from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.storage.workspace import Workspace

from .wording import Wording


@dataclass
class ReportContext(Wording):
    workspace: Workspace
    site: model.Site
    account: SiteAccount
    charts: Mapping[str, bytes] = field(default_factory=dict)  # name -> PNG, from the UI's chart builders
    report_date: dt.date = field(default_factory=dt.date.today)
    version: str = "1"
    tariffs: list[SupplyTariff] = field(default_factory=list)  # of each electricity supply, from analyse_site
    findings: list[Finding] = field(default_factory=list)  # ranked
    photos: list[tuple[model.SitePhoto, bytes]] = field(default_factory=list)  # chosen for the annex, in order

    @cached_property
    def names_language(self) -> Language | None:
        return self.workspace.programme().names_language
