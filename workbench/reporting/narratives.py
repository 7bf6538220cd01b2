"""The narrative texts a report would print, and which of them lack the report's language.

The export dialog lists them so the auditor can fill them in, or export anyway with each gap
marked in the document — never a silent mix of languages.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.domain import model
from workbench.domain.messages import Message
from workbench.domain.validation import field_label
from workbench.domain.vocab import Language
from workbench.storage.workspace import Workspace


@dataclass(frozen=True)
class MissingText:
    kind: str  # "cluster", "site" or "measure": where the text is edited
    entity_id: int
    owner: str  # the site's or the measure's name, in the other language if need be
    field: Message  # the field's label, translated when shown
    node: tuple[str, int]  # the project-tree node whose page edits it


def _owner(title: model.BilingualText, language: Language) -> str:
    return title.text(language) or title.fr or title.en


def missing_texts(workspace: Workspace, site_id: int, language: Language) -> list[MissingText]:
    """Texts the site report prints that exist in the other language only."""
    site = workspace.get(model.Site, site_id)
    found: list[MissingText] = []
    for name in ("activity", "observations"):
        if language in getattr(site, name).missing_languages():
            ident = model.stored_id(site)
            found.append(MissingText("site", ident, site.name, field_label(model.Site, name), ("site", ident)))
    for measure in workspace.measures(site_id):
        for name in ("title", "description"):
            if language in getattr(measure, name).missing_languages():
                found.append(
                    MissingText(
                        "measure",
                        model.stored_id(measure),
                        _owner(measure.title, language),
                        field_label(model.Measure, name),
                        ("measures", site_id),
                    )
                )
    return found


def missing_cluster_texts(workspace: Workspace, cluster_id: int, language: Language) -> list[MissingText]:
    """Texts the cluster synthesis prints (the cluster's description; each site's activity and measure
    titles) that exist in the other language only."""
    cluster = workspace.get(model.Cluster, cluster_id)
    found: list[MissingText] = []
    if language in cluster.description.missing_languages():
        found.append(
            MissingText(
                "cluster",
                model.stored_id(cluster),
                cluster.name,
                field_label(model.Cluster, "description"),
                ("cluster", model.stored_id(cluster)),
            )
        )
    for site in workspace.sites(cluster_id):
        ident = model.stored_id(site)
        if language in site.activity.missing_languages():
            found.append(MissingText("site", ident, site.name, field_label(model.Site, "activity"), ("site", ident)))
        for measure in workspace.measures(ident):
            if language in measure.title.missing_languages():
                found.append(
                    MissingText(
                        "measure",
                        model.stored_id(measure),
                        _owner(measure.title, language),
                        field_label(model.Measure, "title"),
                        ("measures", ident),
                    )
                )
    return found
