"""Narrative fields whose text exists in one language only — to be shown, never filled silently."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.domain import model
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import Message
from workbench.domain.validation import field_label
from workbench.domain.vocab import Language


@dataclass(frozen=True, slots=True)
class MissingTranslation:
    entity: EntityKind  # a site, an equipment or a measure
    ident: int
    name: str  # what the user calls the owner
    field: Message  # the field's translatable label
    languages: tuple[Language, ...]


def _missing(
    entity: model.Site | model.Equipment | model.Measure, kind: EntityKind, name: str, fields: Iterable[str]
) -> Iterable[MissingTranslation]:
    for field in fields:
        text: model.BilingualText = getattr(entity, field)
        languages = text.missing_languages()
        if languages:
            yield MissingTranslation(kind, model.stored_id(entity), name, field_label(type(entity), field), languages)


def missing_translations(
    site: model.Site, equipment: Iterable[model.Equipment] = (), measures: Iterable[model.Measure] = ()
) -> list[MissingTranslation]:
    found = list(_missing(site, EntityKind.SITE, site.name, ("activity", "observations")))
    for item in equipment:
        found.extend(_missing(item, EntityKind.EQUIPMENT, item.name, ("notes",)))
    for measure in measures:
        name = measure.title.fr or measure.title.en
        found.extend(_missing(measure, EntityKind.MEASURE, name, ("title", "description")))
    return found
