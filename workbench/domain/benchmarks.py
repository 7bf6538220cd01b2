"""Sector benchmarks as data: ranges of specific energy consumption per unit produced, with their source and status.

The application ships one list (``resources/benchmarks.json``), compiled from public sources. Each entry says
which NACE codes it applies to (a code or a group: ``23.51``, ``22.2``), what it covers in French and English,
which energy it counts (:class:`IndicatorKind`), per what unit of output (:class:`Denominator`), the range in kWh
per unit (``low`` may be ``null``: "up to ``high``"; ``low == high``: a single value), what the range stands for
(:class:`RangeMeaning`), the publication it comes from and how far it was checked (:class:`BenchmarkStatus`).

A file reads::

    {"entries": [{"id": "cement.electricity.plant.eu", "nace": ["23.51"],
                  "label": {"fr": "…", "en": "…"}, "kind": "electricity",
                  "unit": "t", "unit_text": {"fr": "t de ciment", "en": "t cement"},
                  "product": ["cement", "ciment"], "bare_unit": true,
                  "low_kwh": 90, "high_kwh": 150, "meaning": "typical",
                  "source": "EU BREF …", "url": "", "year": 2013, "status": "unverified",
                  "figure": "90–150 kWh/t cement", "note": {"fr": "…", "en": "…"}}]}

``product`` lists the words by which a site's production unit names the product the range counts ("t clinker",
"t de ciment"); empty, any product. ``bare_unit``: a unit that names no product ("t") counts this one (the
sector's own output); false where the same NACE code makes several products (lime and plaster, 23.52) or where
the range counts an intermediate product (clinker). ``figure`` is the range as the source gives it (GJ, MJ), for
the record; ``note`` (optional) is a caveat the report prints under the table.

A damaged file is refused whole, with a :class:`BenchmarkError` naming the entry and the field.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, NamedTuple, overload

from .factors import NO_TEXT, FactorText
from .messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from .vocab import Language

CTX = "Benchmarks"
QUOTE_LIMIT = 80  # characters of a bad value quoted in a message


class IndicatorKind(StrEnum):
    """Which of the site's final energy a range counts."""

    ELECTRICITY = "electricity"  # purchased (and self-generated) electricity
    THERMAL = "thermal"  # fuels and heat, NCV basis
    TOTAL = "total"  # all final energy, electricity and fuels added as final energy


class BenchmarkStatus(StrEnum):
    """How far a range was checked against its source (the words of the compiled document)."""

    VERIFIED = "verified"  # read in the cited page
    PARTLY = "partly"  # a secondary page, an unclear basis, or simple arithmetic on a verified figure
    UNVERIFIED = "unverified"  # from knowledge of the named source, the page not read: an order of magnitude


class RangeMeaning(StrEnum):
    """What a range stands for."""

    TYPICAL = "typical"  # what plants of the sector usually use
    BEST_PRACTICE = "best_practice"  # what the best plants or the best available techniques reach
    TARGET = "target"  # a published target (a roadmap's, an agency's)


KIND_LABELS: dict[IndicatorKind, str] = {
    IndicatorKind.ELECTRICITY: QT_TRANSLATE_NOOP("Benchmarks", "electricity"),
    IndicatorKind.THERMAL: QT_TRANSLATE_NOOP("Benchmarks", "fuels"),
    IndicatorKind.TOTAL: QT_TRANSLATE_NOOP("Benchmarks", "total final energy"),
}

MEANING_LABELS: dict[RangeMeaning, str] = {
    RangeMeaning.TYPICAL: QT_TRANSLATE_NOOP("Benchmarks", "typical"),
    RangeMeaning.BEST_PRACTICE: QT_TRANSLATE_NOOP("Benchmarks", "best practice"),
    RangeMeaning.TARGET: QT_TRANSLATE_NOOP("Benchmarks", "target"),
}

# The status in words, in the "Factors" context: the words the factor and aid tables of the report already use.
STATUS_LABELS: dict[BenchmarkStatus, str] = {
    BenchmarkStatus.VERIFIED: QT_TRANSLATE_NOOP("Factors", "verified"),
    BenchmarkStatus.PARTLY: QT_TRANSLATE_NOOP("Factors", "partly verified"),
    BenchmarkStatus.UNVERIFIED: QT_TRANSLATE_NOOP("Factors", "to confirm"),
}


# --- units of output ------------------------------------------------------------------------------

# The units a production can be counted in: the word → (the base it is compared in, how many of the base one is).
_BASES: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("t", "tonne", "tonnes", "ton", "tons", "tn"), ("t", 1.0)),
    "kt": ("t", 1000.0),
    "kg": ("t", 0.001),
    **dict.fromkeys(("m²", "m2"), ("m²", 1.0)),
    **dict.fromkeys(("m³", "m3"), ("m³", 1.0)),
    **dict.fromkeys(("brick", "bricks", "brique", "briques"), ("brick", 1.0)),
    **dict.fromkeys(
        ("unit", "units", "unité", "unités", "unite", "unites", "u", "pièce", "pièces", "piece", "pieces", "pcs"),
        ("unit", 1.0),
    ),
    **dict.fromkeys(("kwc", "kwp"), ("kWp", 1.0)),
    **dict.fromkeys(("mwc", "mwp"), ("kWp", 1000.0)),
}
BASE_UNITS = ("t", "kg", "m²", "m³", "brick", "unit")  # what the messages name as comparable
_THOUSANDS = {"mille", "millier", "milliers", "thousand", "thousands"}
# Words that say nothing about which product is counted (compared plain, see _plain).
_NEUTRAL_WORDS = (
    "de", "d", "du", "des", "of", "the", "la", "le", "les", "l", "en", "a", "an", "par", "per", "year", "yr",
    "annee", "produced", "produit", "produite", "produits", "produites", "production", "output", "net", "nette",
    "good", "bonne", "bonnes", "bons", "total", "totale",
)  # fmt: skip
_NUMBER = re.compile(r"^\s*(\d[\d\s\u00a0\u202f.,]*)")
_SEPARATORS = re.compile(r"[^\w²³]+")
_PER_YEAR = re.compile(r"(/|\bpar\b|\bper\b|\ba\b)\s*(an|year|yr|année|annee)\b", re.IGNORECASE)


def _plain(word: str) -> str:
    """A word without accents, case, nor a final s and e: ``cuites`` → ``cuit``, ``Ciment`` → ``ciment``."""
    text = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
    for suffix in ("s", "e"):
        if len(text) > 2 and text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


_NEUTRAL = frozenset(_plain(w) for w in _NEUTRAL_WORDS)


def _number(text: str) -> float | None:
    digits = re.sub(r"[\s\u00a0\u202f]", "", text).rstrip(".,")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", digits):
        digits = re.sub(r"[.,]", "", digits)
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


class ProductionUnit(NamedTuple):
    """A unit of output read from words: its base (``t``, ``m²``…), how many of the base one unit holds
    (``kg`` → 0.001 t, ``1 000 briques`` → 1 000 bricks) and the plain words naming the product."""

    base: str
    scale: float
    words: frozenset[str]


def read_unit(text: str) -> ProductionUnit | None:
    """``"t"``, ``"tonnes"``, ``"t de ciment"``, ``"kg"``, ``"m2"``, ``"1 000 briques"``, ``"t/an"`` …; None when the
    text names no unit the application compares."""
    text = _PER_YEAR.sub(" ", (text or "").strip())
    scale = 1.0
    number = _NUMBER.match(text)
    if number:
        value = _number(number.group(1))
        if not value:
            return None
        scale, text = value, text[number.end() :]
    tokens = [t for t in _SEPARATORS.split(text.casefold()) if t]
    while tokens and tokens[0] in _THOUSANDS:
        scale *= 1000.0
        tokens = tokens[1:]
    while tokens and _plain(tokens[0]) in _NEUTRAL:
        tokens = tokens[1:]
    if not tokens or tokens[0] not in _BASES:
        return None
    base, per = _BASES[tokens[0]]
    words = frozenset(w for w in (_plain(t) for t in tokens[1:]) if w not in _NEUTRAL and not w.isdigit())
    return ProductionUnit(base, scale * per, words)


class UnitMatch(StrEnum):
    """How a site's production unit stands against a range's denominator."""

    SAME = "same"
    OTHER_UNIT = "other_unit"  # another base (m² against t) or another product (t cement against t clinker)
    PRODUCT_UNNAMED = "product_unnamed"  # a bare unit where the range needs the product named ("t" for lime)
    UNKNOWN = "unknown"  # no unit the application can read


@dataclass(frozen=True, slots=True)
class Denominator:
    """What a range is per: a unit (``t``, ``kg``, ``m²``, ``m³``, ``brick``) of a product."""

    unit: str
    text: FactorText  # how the report writes it per language: "t de clinker", "t clinker"
    product: tuple[str, ...] = ()  # words naming the product in a site's unit; empty: any
    bare_unit: bool = True  # a unit naming no product counts this one

    def text_in(self, language: Language | str) -> str:
        return self.text.text(language) or self.unit

    def match(self, site_unit: str) -> tuple[UnitMatch, float]:
        """Whether a site's production in ``site_unit`` can be set against this denominator, and how many of
        this denominator's units one site unit holds (1 000 for a site in t against a range per kg)."""
        site, own = read_unit(site_unit), read_unit(self.unit)
        if site is None or own is None:
            return UnitMatch.UNKNOWN, 0.0
        if site.base != own.base:
            return UnitMatch.OTHER_UNIT, 0.0
        ratio = site.scale / own.scale
        if not site.words:
            return (UnitMatch.SAME, ratio) if self.bare_unit else (UnitMatch.PRODUCT_UNNAMED, 0.0)
        names = {_plain(w) for word in self.product for w in _SEPARATORS.split(word) if w}
        if not names or site.words & names:
            return UnitMatch.SAME, ratio
        return UnitMatch.OTHER_UNIT, 0.0


@dataclass(frozen=True, slots=True)
class Benchmark:
    """One range of specific energy consumption, kWh per unit of ``denominator``."""

    id: str
    nace: tuple[str, ...]
    label: FactorText  # what it covers: a process, a kind of plant
    kind: IndicatorKind
    denominator: Denominator
    low: float | None  # None: up to ``high``
    high: float
    meaning: RangeMeaning
    source: str  # the publication: a BREF, a paper (authors, journal, year), an agency's page
    url: str = ""  # its public page, where known
    year: int | None = None
    status: BenchmarkStatus = BenchmarkStatus.UNVERIFIED
    figure: str = ""  # the range as the source gives it
    note: FactorText = NO_TEXT

    @property
    def is_value(self) -> bool:
        """A single value rather than a range."""
        return self.low is not None and self.low == self.high

    @property
    def status_label(self) -> str:
        """The status in words, to translate in the "Factors" context."""
        return STATUS_LABELS[self.status]

    def applies_to(self, nace_code: str) -> bool:
        """Whether the range is for a site of ``nace_code`` (``C23.51``, ``23.51``): one of its codes is the site's
        code or a group holding it (``22.2`` holds ``22.29``). A site coded only to its group (``23.5``) gets
        none of the group's classes: it could be either."""
        code = _nace_digits(nace_code)
        if not code:
            return False
        return any(code == own or code.startswith(own) for own in self.nace)


def _nace_digits(code: str) -> str:
    """``C23.51`` → ``23.51``; ``C`` alone → ``""``."""
    return (code or "").strip().upper().lstrip("ABCDEFGHIJKLMNOPQRSTU").strip()


@dataclass(frozen=True, slots=True)
class BenchmarkSet:
    entries: tuple[Benchmark, ...] = ()

    def for_site(self, nace_code: str) -> tuple[Benchmark, ...]:
        """The entries for a site's NACE code, in the file's order."""
        return tuple(b for b in self.entries if b.applies_to(nace_code))

    def get(self, entry_id: str) -> Benchmark | None:
        return next((b for b in self.entries if b.id == entry_id), None)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_json(cls, data: Any, file: str = "benchmarks.json") -> BenchmarkSet:
        entries = data.get("entries") if isinstance(data, Mapping) else None
        if not isinstance(entries, list):
            raise BenchmarkError(
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Benchmarks", "The benchmark file {file} must hold its entries as a list under “entries”."
                    ),
                    file=file,
                )
            )
        seen: set[str] = set()
        result = []
        for index, item in enumerate(entries, 1):
            benchmark = _Reader(item, index).benchmark()
            if benchmark.id in seen:
                raise BenchmarkError(
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP("Benchmarks", "Two benchmarks have the identifier {entry}."),
                        entry=benchmark.id,
                    ),
                    benchmark.id,
                    "id",
                )
            seen.add(benchmark.id)
            result.append(benchmark)
        return cls(tuple(result))

    @classmethod
    def load(cls, path: Path) -> BenchmarkSet:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise BenchmarkError(
                message(
                    CTX,
                    QT_TRANSLATE_NOOP("Benchmarks", "The benchmark file {file} cannot be read: {reason}"),
                    file=str(path),
                    reason=str(exc),
                )
            ) from None
        return cls.from_json(data, str(path))


class BenchmarkError(DomainError):
    """A benchmark file refused: the message names the entry and the field."""

    def __init__(self, msg: Message, entry: str = "", field: str = "") -> None:
        super().__init__(msg)
        self.entry = entry
        self.field = field


# --- reading one entry ----------------------------------------------------------------------------

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_NACE_PREFIX = re.compile(r"^\d{2}(\.\d{1,2})?$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
# What a source must not be: a file or a place in the compiler's notes, not a publication.
_INTERNAL = re.compile(r"\.md\b|github|§|\brepo(sitory)?\b|\.\./|\binternal\b", re.IGNORECASE)
FIRST_YEAR, LAST_YEAR = 1950, 2100


def _quote(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


class _Reader:
    """Reads one entry, refusing it with a message naming the entry (its id, else its position) and the field."""

    def __init__(self, item: Any, index: int) -> None:
        self.item = item
        self.entry = f"#{index}"

    def fail(self, field: str, source: str, **params: Any) -> BenchmarkError:
        return BenchmarkError(message(CTX, source, entry=self.entry, field=field, **params), self.entry, field)

    def benchmark(self) -> Benchmark:
        if not isinstance(self.item, Mapping):
            raise self.fail(
                "", QT_TRANSLATE_NOOP("Benchmarks", "Benchmark {entry} must be an object with named fields.")
            )
        entry_id = self.text("id")
        if not _ID.match(entry_id):
            raise self.fail(
                "id",
                QT_TRANSLATE_NOOP(
                    "Benchmarks",
                    "Benchmark {entry}: the identifier “{value}” may hold only letters, digits, dots, hyphens and "
                    "underscores.",
                ),
                value=_quote(entry_id),
            )
        self.entry = entry_id
        low, high = self.number("low_kwh", optional=True), self.number("high_kwh")
        if low is not None and low > high:
            raise self.fail(
                "low_kwh",
                QT_TRANSLATE_NOOP(
                    "Benchmarks", "Benchmark {entry}: the low end of the range ({low}) is above its high end ({high})."
                ),
                low=self.item["low_kwh"],  # as written in the file, not as read
                high=self.item["high_kwh"],
            )
        unit = self.text("unit")
        if read_unit(unit) is None:
            raise self.fail(
                "unit",
                QT_TRANSLATE_NOOP(
                    "Benchmarks",
                    "Benchmark {entry}: the unit “{value}” is not one the application can compare ({units}).",
                ),
                value=_quote(unit),
                units=", ".join(BASE_UNITS),
            )
        return Benchmark(
            id=entry_id,
            nace=self.nace(),
            label=self.bilingual("label"),
            kind=self.choice("kind", IndicatorKind),
            denominator=Denominator(
                unit, self.bilingual("unit_text"), self.words("product"), self.flag("bare_unit", True)
            ),
            low=low,
            high=high,
            meaning=self.choice("meaning", RangeMeaning),
            source=self.source(),
            url=self.url(),
            year=self.year(),
            status=self.choice("status", BenchmarkStatus),
            figure=self.text("figure", optional=True),
            note=self.bilingual("note", optional=True),
        )

    def value(self, field: str, optional: bool = False) -> Any:
        if field not in self.item:
            if optional:
                return None
            raise self.fail(
                field, QT_TRANSLATE_NOOP("Benchmarks", "Benchmark {entry}: the field “{field}” is missing.")
            )
        return self.item[field]

    def text(self, field: str, optional: bool = False) -> str:
        value = self.value(field, optional)
        if value is None and optional:
            return ""
        if not isinstance(value, str) or not (value.strip() or optional):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Benchmarks", "Benchmark {entry}: the field “{field}” must be a text, not “{value}”."
                ),
                value=_quote(value),
            )
        return value.strip()

    def bilingual(self, field: str, optional: bool = False) -> FactorText:
        value = self.value(field, optional)
        if value is None and optional:
            return NO_TEXT
        if not (
            isinstance(value, Mapping)
            and all(isinstance(value.get(lang.value), str) and value[lang.value].strip() for lang in Language)
        ):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Benchmarks",
                    "Benchmark {entry}: the field “{field}” needs a French and an English text, not “{value}”.",
                ),
                value=_quote(value),
            )
        return FactorText(value["fr"].strip(), value["en"].strip())

    @overload
    def number(self, field: str, optional: Literal[False] = False) -> float: ...

    @overload
    def number(self, field: str, optional: bool) -> float | None: ...

    def number(self, field: str, optional: bool = False) -> float | None:
        value = self.value(field)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Benchmarks",
                    "Benchmark {entry}: the field “{field}” must be a number of kWh, zero or more, not “{value}”.",
                ),
                value=_quote(value),
            )
        return float(value)

    def choice(self, field: str, kind: type[StrEnum]) -> Any:
        value = self.value(field)
        try:
            return kind(value)
        except ValueError:
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Benchmarks", "Benchmark {entry}: the field “{field}” must be one of {allowed}, not “{value}”."
                ),
                allowed=", ".join(k.value for k in kind),
                value=_quote(value),
            ) from None

    def flag(self, field: str, default: bool) -> bool:
        value = self.value(field, optional=True)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Benchmarks", "Benchmark {entry}: the field “{field}” must be true or false, not “{value}”."
                ),
                value=_quote(value),
            )
        return value

    def words(self, field: str) -> tuple[str, ...]:
        value = self.value(field, optional=True)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Benchmarks", "Benchmark {entry}: the field “{field}” must be a list of words, not “{value}”."
                ),
                value=_quote(value),
            )
        return tuple(w.strip() for w in value)

    def nace(self) -> tuple[str, ...]:
        value = self.value("nace")
        codes = value if isinstance(value, list) and value else [value]
        for code in codes:
            if not isinstance(code, str) or not _NACE_PREFIX.match(code.strip()):
                raise self.fail(
                    "nace",
                    QT_TRANSLATE_NOOP(
                        "Benchmarks",
                        "Benchmark {entry}: “{value}” in the field “{field}” is not a NACE code such as 23.51 or "
                        "a group such as 22.2.",
                    ),
                    value=_quote(code),
                )
        return tuple(code.strip() for code in codes)

    def source(self) -> str:
        text = self.text("source")
        if _INTERNAL.search(text) or _URL.match(text):
            raise self.fail(
                "source",
                QT_TRANSLATE_NOOP(
                    "Benchmarks",
                    "Benchmark {entry}: the source must name a publication (a report, a paper, an agency's page), "
                    "not “{value}”; a web address goes in the field “url”.",
                ),
                value=_quote(text),
            )
        return text

    def url(self) -> str:
        text = self.text("url", optional=True)
        if text and not _URL.match(text):
            raise self.fail(
                "url",
                QT_TRANSLATE_NOOP(
                    "Benchmarks",
                    "Benchmark {entry}: “{value}” in the field “{field}” is not a web address (http:// or https://).",
                ),
                value=_quote(text),
            )
        return text

    def year(self) -> int | None:
        value = self.value("year", optional=True)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not FIRST_YEAR <= value <= LAST_YEAR:
            raise self.fail(
                "year",
                QT_TRANSLATE_NOOP(
                    "Benchmarks",
                    "Benchmark {entry}: the field “{field}” must be a year such as 2013, or null, not “{value}”.",
                ),
                value=_quote(value),
            )
        return value
