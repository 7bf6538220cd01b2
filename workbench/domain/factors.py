"""Factors as data: value, unit, source, year and status, overridable per programme and site.

A :class:`FactorSet` is a country's reference list (shipped as JSON under
``resources/factors``). Overrides are layered on top of it by
:class:`FactorLookup`: site first, then programme, then the reference set. Every
calculation asks the lookup for factors by key and keeps the :class:`Factor`
objects it used, so a figure can always say where its numbers came from.

A factor is shown to people by its name, its unit in words and its source, in French or English
(:class:`FactorText`); its key is for the code, never for a client.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from .messages import QT_TRANSLATE_NOOP, DomainError, message
from .units import Carrier
from .vocab import Language


class FactorStatus(StrEnum):
    """How far a factor was checked against its source (stored as V, P, U; shown in words, see STATUS_LABELS)."""

    VERIFIED = "V"
    PARTLY = "P"
    UNVERIFIED = "U"
    USER = "user"  # set by the auditor for a programme or a site


# How a status reads in a table, translated in the "Factors" context: a client never sees the stored codes.
STATUS_LABELS: dict[FactorStatus, str] = {
    FactorStatus.VERIFIED: QT_TRANSLATE_NOOP("Factors", "verified"),
    FactorStatus.PARTLY: QT_TRANSLATE_NOOP("Factors", "partly verified"),
    FactorStatus.UNVERIFIED: QT_TRANSLATE_NOOP("Factors", "to confirm"),
    FactorStatus.USER: QT_TRANSLATE_NOOP("Factors", "set by the auditor"),
}


@dataclass(frozen=True, slots=True)
class FactorText:
    """A factor's words for people, in French and English: its name, or a unit or source that reads
    differently in each language. The texts are data (the factor sets' JSON), not catalogue strings."""

    fr: str = ""
    en: str = ""

    @classmethod
    def from_json(cls, data: str | Mapping[str, object] | None) -> FactorText:
        """``{"fr": …, "en": …}``, or one string for a text that is the same in both (``kWh/kg``, a title)."""
        if data is None:
            return NO_TEXT
        if isinstance(data, str):
            return cls(data, data)
        return cls(str(data.get("fr", "")), str(data.get("en", "")))

    def text(self, language: Language | str) -> str:
        """The text of ``language``, else of the other language (better a name in English than none)."""
        first, second = (self.fr, self.en) if Language(language) is Language.FR else (self.en, self.fr)
        return first.strip() or second.strip()

    def __bool__(self) -> bool:
        return bool(self.fr.strip() or self.en.strip())


NO_TEXT = FactorText()


class FactorScope(StrEnum):
    REFERENCE = "reference"
    PROGRAMME = "programme"
    SITE = "site"


@dataclass(frozen=True, slots=True)
class Factor:
    key: str
    value: float
    unit: str
    source: str
    year: int | None = None
    status: FactorStatus = FactorStatus.UNVERIFIED
    note: str = ""
    scope: FactorScope = FactorScope.REFERENCE
    # Last, with defaults, so that positional Factor(key, value, unit, source, …) calls keep working.
    name: FactorText = NO_TEXT
    unit_text: FactorText = NO_TEXT  # the unit in words per language (kWh/tep, kWh/toe); else ``unit``
    source_text: FactorText = NO_TEXT  # the source per language; else ``source``

    def name_in(self, language: Language | str) -> str:
        """What the factor is called in ``language``. One without a name of its own (an auditor's own key) is
        called by its note, else by its key written as words."""
        return self.name.text(language) or self.note.strip() or _key_in_words(self.key)

    def unit_in(self, language: Language | str) -> str:
        return self.unit_text.text(language) or self.unit

    def source_in(self, language: Language | str) -> str:
        return self.source_text.text(language) or self.source

    @property
    def status_label(self) -> str:
        """The status in words, to translate in the "Factors" context."""
        return STATUS_LABELS[self.status]

    def __post_init__(self) -> None:
        if not isinstance(self.value, (int, float)) or isinstance(self.value, bool) or self.value != self.value:
            raise DomainError(
                message(
                    "Factors",
                    QT_TRANSLATE_NOOP("Factors", "The factor {key} needs a numeric value, not “{value}”."),
                    key=self.key,
                    value=self.value,
                )
            )
        if self.value < 0:
            raise DomainError(
                message(
                    "Factors",
                    QT_TRANSLATE_NOOP("Factors", "The factor {key} must not be negative (got {value})."),
                    key=self.key,
                    value=self.value,
                )
            )


def _key_in_words(key: str) -> str:
    """``tariff.audit.peak_shift_share`` → ``Tariff audit peak shift share``: the last resort of a name."""
    words = " ".join(key.replace(".", " ").replace("_", " ").split())
    return words[:1].upper() + words[1:]


# --- the keys calculations ask for ---------------------------------------------------------------

KWH_PER_TOE = "toe.kwh_per_toe"


def heating_value_key(carrier: Carrier, per: str) -> str:
    """NCV heating value of a fuel in kWh per ``kg`` or per ``m3``."""
    return f"heating_value.ncv.{carrier.value}.per_{per}"


def density_key(carrier: Carrier) -> str:
    """Density of a liquid fuel in kg per litre, to convert litres to kg."""
    return f"density.{carrier.value}"


def gcv_ncv_ratio_key(carrier: Carrier) -> str:
    """GCV / NCV ratio of a fuel (natural gas: 1.108)."""
    return f"gcv_ncv_ratio.{carrier.value}"


def emission_key(carrier: Carrier) -> str:
    """kg CO2 per kWh of final energy, NCV basis for fuels (site footprint)."""
    return f"co2.{carrier.value}"


def avoided_emission_key(carrier: Carrier) -> str:
    """kg CO2 avoided per kWh saved (electricity: combined margin, not the average)."""
    return f"co2_avoided.{carrier.value}"


# --- sets and lookups ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FactorSet:
    code: str
    name: str
    country: str
    factors: Mapping[str, Factor] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FactorSet:  # a factor set's JSON
        factors = {}
        for item in data["factors"]:
            unit, source = FactorText.from_json(item["unit"]), FactorText.from_json(item["source"])
            factor = Factor(
                key=item["key"],
                value=float(item["value"]),
                # the English texts, for what code prints as is (a message's {unit}, a stored override)
                unit=unit.en or unit.fr,
                source=source.en or source.fr,
                year=item.get("year"),
                status=FactorStatus(item.get("status", "U")),
                note=item.get("note", ""),
                name=FactorText.from_json(item.get("name")),
                unit_text=unit,
                source_text=source,
            )
            factors[factor.key] = factor
        return cls(code=data["code"], name=data["name"], country=data["country"], factors=factors)

    @classmethod
    def load(cls, path: Path) -> FactorSet:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


class MissingFactorError(DomainError):
    def __init__(self, key: str) -> None:
        super().__init__(
            message("Factors", QT_TRANSLATE_NOOP("Factors", "No value is set for the factor {key}."), key=key)
        )
        self.key = key


class FactorLookup:
    """Factors by key, the most specific layer first (site, programme, reference)."""

    def __init__(self, reference: FactorSet, *overrides: Iterable[Factor]) -> None:
        self.reference = reference
        self._layers: list[Mapping[str, Factor]] = [
            {f.key: self.named(f) for f in layer} for layer in reversed(overrides)
        ] + [reference.factors]

    def with_overrides(self, factors: Iterable[Factor]) -> FactorLookup:
        """A lookup in which ``factors`` come before everything this one holds."""
        new = FactorLookup.__new__(FactorLookup)
        new.reference = self.reference
        new._layers = [{f.key: self.named(f) for f in factors}, *self._layers]
        return new

    def named(self, factor: Factor) -> Factor:
        """``factor`` with the reference factor's name where it has none, and its unit in words where the unit
        is the same: an override (stored without either) reads like the factor it replaces."""
        if factor.name and factor.unit_text:
            return factor
        reference = self.reference.factors.get(factor.key)
        if reference is None or reference is factor:
            return factor
        named = factor
        if not factor.name:
            named = replace(named, name=reference.name)
        if not factor.unit_text and factor.unit == reference.unit:
            named = replace(named, unit_text=reference.unit_text)
        return named

    def find(self, key: str) -> Factor | None:
        for layer in self._layers:
            factor = layer.get(key)
            if factor is not None:
                return factor
        return None

    def get(self, key: str) -> Factor:
        factor = self.find(key)
        if factor is None:
            raise MissingFactorError(key)
        return factor

    def keys(self) -> set[str]:
        return {key for layer in self._layers for key in layer}
