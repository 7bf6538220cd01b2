"""Factors as data: value, unit, source, year and status, overridable per programme and site.

A :class:`FactorSet` is a country's reference list (shipped as JSON under
``resources/factors``). Overrides are layered on top of it by
:class:`FactorLookup`: site first, then programme, then the reference set. Every
calculation asks the lookup for factors by key and keeps the :class:`Factor`
objects it used, so a figure can always say where its numbers came from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .messages import QT_TRANSLATE_NOOP, DomainError, message
from .units import Carrier


class FactorStatus(StrEnum):
    """How far a factor was checked (domain-reference.md: [V], [P], [U])."""

    VERIFIED = "V"
    PARTLY = "P"
    UNVERIFIED = "U"
    USER = "user"  # set by the auditor for a programme or a site


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
    def from_json(cls, data: Mapping) -> FactorSet:
        factors = {}
        for item in data["factors"]:
            factor = Factor(
                key=item["key"],
                value=float(item["value"]),
                unit=item["unit"],
                source=item["source"],
                year=item.get("year"),
                status=FactorStatus(item.get("status", "U")),
                note=item.get("note", ""),
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
        self._layers: list[Mapping[str, Factor]] = [{f.key: f for f in layer} for layer in reversed(overrides)] + [
            reference.factors
        ]

    def with_overrides(self, factors: Iterable[Factor]) -> FactorLookup:
        """A lookup in which ``factors`` come before everything this one holds."""
        new = FactorLookup.__new__(FactorLookup)
        new.reference = self.reference
        new._layers = [{f.key: f for f in factors}, *self._layers]
        return new

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
