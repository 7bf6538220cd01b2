"""Financial aid programmes a report can point a client to, as data: one JSON file per country.

The application ships a list per country (``resources/financial-aid/<CC>.json``), holding only programmes a
primary source names (a legal act, the agency's own page). The auditor may keep their own list per country
(``<data_dir>/financial-aid/<CC>.json``), which then replaces the shipped one. A report shows the section only
when the list has entries.

A file reads::

    {"country": "BE",
     "entries": [{"id": "…", "name": {"fr": "…", "en": "…"}, "description": {"fr": "…", "en": "…"},
                  "applies_to": ["investment"], "source": "…", "url": "https://…", "year": 2024,
                  "status": "verified"}]}

``applies_to`` is optional (measure categories or kinds: ``no_cost``, ``low_cost``, ``investment``,
``saving``, ``renewable``); ``year`` may be ``null``; every other field must be there.

A damaged file is refused whole, with a :class:`FinancialAidError` naming the file, the entry and the field,
quoting the bad text and saying what to do; nothing is ever written over a file that was refused.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from .model import BilingualText
from .vocab import MeasureCategory, MeasureKind

CTX = "FinancialAid"
AID_FOLDER = "financial-aid"  # under the shipped resources and under the user's data folder
QUOTE_LIMIT = 80  # characters of a bad value quoted in a message

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
FIRST_YEAR, LAST_YEAR = 1950, 2100

APPLIES_TO = tuple(c.value for c in MeasureCategory) + tuple(k.value for k in MeasureKind)
REQUIRED_FIELDS = ("id", "name", "description", "source", "url", "year", "status")


class AidStatus(StrEnum):
    """How far an entry was checked against its source (stored in words in the file)."""

    VERIFIED = "verified"
    PARTLY = "partly"
    UNVERIFIED = "unverified"


# The status in words, in the "Factors" context: the words the factor tables already use.
STATUS_LABELS: dict[AidStatus, str] = {
    AidStatus.VERIFIED: QT_TRANSLATE_NOOP("Factors", "verified"),
    AidStatus.PARTLY: QT_TRANSLATE_NOOP("Factors", "partly verified"),
    AidStatus.UNVERIFIED: QT_TRANSLATE_NOOP("Factors", "to confirm"),
}


@dataclass(frozen=True, slots=True)
class AidProgramme:
    """One programme: what it is called and funds (French and English), where it is published."""

    id: str
    name: BilingualText
    description: BilingualText
    source: str  # the publication: the legal act, the agency's programme page title
    url: str  # the public page ("" when none is known)
    year: int | None
    status: AidStatus = AidStatus.UNVERIFIED
    applies_to: tuple[str, ...] = ()  # measure categories or kinds; empty: not stated

    @property
    def status_label(self) -> str:
        """The status in words, to translate in the "Factors" context."""
        return STATUS_LABELS[self.status]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": {"fr": self.name.fr, "en": self.name.en},
            "description": {"fr": self.description.fr, "en": self.description.en},
        }
        if self.applies_to:
            data["applies_to"] = list(self.applies_to)
        data.update(source=self.source, url=self.url, year=self.year, status=self.status.value)
        return data


@dataclass(frozen=True, slots=True)
class AidCatalogue:
    """A country's programmes, and where they were read from (``path`` None: built in memory)."""

    country: str
    entries: tuple[AidProgramme, ...] = ()
    path: Path | None = field(default=None, compare=False)
    user_copy: bool = field(default=False, compare=False)  # the auditor's own list, not the shipped one

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def to_json(self) -> dict[str, Any]:
        return {"country": self.country, "entries": [e.to_json() for e in self.entries]}


class FinancialAidError(DomainError):
    """A file or a list refused: ``entry`` (1-based) and ``field`` (``name.fr``…) say where, ``problem`` what."""

    def __init__(
        self,
        msg: Message,
        problem: Message,
        path: Path | None = None,
        entry: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(msg)
        self.problem, self.path, self.entry, self.field = problem, path, entry, field


# --- paths ----------------------------------------------------------------------------------------


def user_aid_dir(data_dir: Path) -> Path:
    """The folder of the auditor's own lists under the application's data folder."""
    return Path(data_dir) / AID_FOLDER


def aid_file(folder: Path, country: str) -> Path:
    return Path(folder) / f"{country.strip().upper()}.json"


def countries_in(folder: Path | None) -> list[str]:
    """The country codes that have a file in ``folder``."""
    if folder is None or not Path(folder).is_dir():
        return []
    return sorted(p.stem.upper() for p in Path(folder).glob("*.json") if _COUNTRY.match(p.stem.upper()))


# --- reading --------------------------------------------------------------------------------------


class _RefusalError(Exception):
    """Where and what, raised inside the parser; turned into a FinancialAidError with the file's name."""

    def __init__(self, problem: Message, entry: int | None = None, entry_id: str = "", field: str | None = None):
        super().__init__(problem.source)
        self.problem, self.entry, self.entry_id, self.field = problem, entry, entry_id, field


def quoted(value: Any) -> str:
    """A bad value as a message quotes it: JSON's spelling (``null``, ``true``, a list), shortened."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


def _problem(source: str, **params: Any) -> Message:
    return message(CTX, source, **params)


def _text(item: Mapping[str, Any], name: str, entry: int, entry_id: str) -> str:
    value = item[name]
    if not isinstance(value, str):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP("FinancialAid", "“{value}” is not a text. Write it between quotes."),
                value=quoted(value),
            ),
            entry,
            entry_id,
            name,
        )
    return value.strip()


def _bilingual(item: Mapping[str, Any], name: str, entry: int, entry_id: str, required: bool) -> BilingualText:
    value = item[name]
    if isinstance(value, str):  # one text for both languages (a proper name)
        value = {"fr": value, "en": value}
    if not isinstance(value, Mapping):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP("FinancialAid", "“{value}” is not a French and English text. Write it as {example}."),
                value=quoted(value),
                example='{"fr": "…", "en": "…"}',
            ),
            entry,
            entry_id,
            name,
        )
    texts = {}
    for language in ("fr", "en"):
        text = value.get(language, "")
        if not isinstance(text, str):
            raise _RefusalError(
                _problem(
                    QT_TRANSLATE_NOOP("FinancialAid", "“{value}” is not a text. Write it between quotes."),
                    value=quoted(text),
                ),
                entry,
                entry_id,
                f"{name}.{language}",
            )
        texts[language] = text.strip()
    unknown = sorted(set(value) - {"fr", "en"})
    if unknown:
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“{value}” is not a language. Use “fr” for French and “en” for English."
                ),
                value=quoted(unknown[0]),
            ),
            entry,
            entry_id,
            name,
        )
    result = BilingualText(**texts)
    if required and result.is_empty:
        raise _RefusalError(
            _problem(QT_TRANSLATE_NOOP("FinancialAid", "It is empty. Write it in French, in English, or in both.")),
            entry,
            entry_id,
            name,
        )
    return result


def _programme(item: Any, entry: int, seen: set[str]) -> AidProgramme:
    if not isinstance(item, Mapping):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“{value}” is not a programme. Each entry is an object between braces {{ }}."
                ),
                value=quoted(item),
            ),
            entry,
        )
    raw_id = item.get("id", "")
    entry_id = raw_id.strip() if isinstance(raw_id, str) else ""
    for required in REQUIRED_FIELDS:
        if required not in item:
            raise _RefusalError(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "FinancialAid", "The field is missing. Add it (the shipped lists show every field)."
                    )
                ),
                entry,
                entry_id,
                required,
            )
    entry_id = _text(item, "id", entry, entry_id)
    if not _ID.match(entry_id):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“{value}” is not an id. Use letters, digits, “-” or “_”, without spaces."
                ),
                value=quoted(entry_id),
            ),
            entry,
            entry_id,
            "id",
        )
    if entry_id in seen:
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP("FinancialAid", "The id “{value}” is used twice. Give each entry its own id."),
                value=quoted(entry_id),
            ),
            entry,
            entry_id,
            "id",
        )
    name = _bilingual(item, "name", entry, entry_id, required=True)
    description = _bilingual(item, "description", entry, entry_id, required=False)
    source = _text(item, "source", entry, entry_id)
    if not source:
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid",
                    "It is empty. Name the publication the programme comes from: the legal act, or the "
                    "title of the agency's page.",
                )
            ),
            entry,
            entry_id,
            "source",
        )
    url = _text(item, "url", entry, entry_id)
    if url and not _URL.match(url):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid",
                    "“{value}” is not a web address. Write the public page's address, starting with "
                    "https://, or leave it empty.",
                ),
                value=quoted(url),
            ),
            entry,
            entry_id,
            "url",
        )
    year = item["year"]
    if isinstance(year, str) and year.strip().isdigit():
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“{value}” is written between quotes, as a text. Write the year without them."
                ),
                value=quoted(year),
            ),
            entry,
            entry_id,
            "year",
        )
    if year is not None and (
        not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= LAST_YEAR
    ):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid",
                    "“{value}” is not a year. Write the year of the source in four digits (2024), or null "
                    "if it is not known.",
                ),
                value=quoted(year),
            ),
            entry,
            entry_id,
            "year",
        )
    status = item["status"]
    if status not in tuple(s.value for s in AidStatus):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“{value}” is not a status. Use “verified”, “partly” or “unverified”."
                ),
                value=quoted(status),
            ),
            entry,
            entry_id,
            "status",
        )
    applies_to = item.get("applies_to", [])
    if not isinstance(applies_to, list):
        applies_to = [applies_to]
    for value in applies_to:
        if value not in APPLIES_TO:
            raise _RefusalError(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "FinancialAid", "“{value}” is not a kind of measure. Use some of: {known}; or leave it out."
                    ),
                    value=quoted(value),
                    known=", ".join(APPLIES_TO),
                ),
                entry,
                entry_id,
                "applies_to",
            )
    unknown = sorted(set(item) - set(REQUIRED_FIELDS) - {"applies_to"})
    if unknown:
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“{value}” is not a field of a programme. Remove it, or check its spelling."
                ),
                value=quoted(unknown[0]),
            ),
            entry,
            entry_id,
            unknown[0],
        )
    seen.add(entry_id)
    return AidProgramme(
        id=entry_id,
        name=name,
        description=description,
        source=source,
        url=url,
        year=year,
        status=AidStatus(status),
        applies_to=tuple(dict.fromkeys(applies_to)),
    )


def _parse_entries(entries: Any) -> tuple[AidProgramme, ...]:
    if not isinstance(entries, list):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“entries” is “{value}”, not a list. Write the programmes between brackets [ ]."
                ),
                value=quoted(entries),
            )
        )
    seen: set[str] = set()
    return tuple(_programme(item, number, seen) for number, item in enumerate(entries, start=1))


def _parse(data: Any, expected_country: str | None) -> AidCatalogue:
    if not isinstance(data, Mapping) or "entries" not in data or "country" not in data:
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid",
                    "The file holds “{value}”; it should hold an object with “country” and “entries”.",
                ),
                value=quoted(data),
            )
        )
    country = data["country"]
    if not isinstance(country, str) or not _COUNTRY.match(country):
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“country” is “{value}”. Write the country's two capital letters (MA, BE)."
                ),
                value=quoted(country),
            )
        )
    if expected_country and country != expected_country.upper():
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid",
                    "“country” is “{value}”, but the file is the list of {expected}. Correct the code or the "
                    "file's name.",
                ),
                value=quoted(country),
                expected=expected_country.upper(),
            )
        )
    unknown = sorted(set(data) - {"country", "entries"})
    if unknown:
        raise _RefusalError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "FinancialAid", "“{value}” is not a field of the file. Remove it, or check its spelling."
                ),
                value=quoted(unknown[0]),
            )
        )
    return AidCatalogue(country=country, entries=_parse_entries(data["entries"]))


def _error(refusal: _RefusalError, path: Path | None, hint: Message | None) -> FinancialAidError:
    """The refusal as one message: where (file, entry, field), what is wrong, what to do. Numbers go in as
    text: a formatter would write an entry number or a year with a thousands separator."""
    where = str(path) if path is not None else message(CTX, QT_TRANSLATE_NOOP("FinancialAid", "The list"))
    if refusal.entry is not None and refusal.entry_id:
        where = message(
            CTX,
            QT_TRANSLATE_NOOP("FinancialAid", "{file}, entry {entry} (“{id}”)"),
            file=where,
            entry=str(refusal.entry),
            id=refusal.entry_id,
        )
    elif refusal.entry is not None:
        where = message(
            CTX, QT_TRANSLATE_NOOP("FinancialAid", "{file}, entry {entry}"), file=where, entry=str(refusal.entry)
        )
    if refusal.field is not None:
        where = message(
            CTX, QT_TRANSLATE_NOOP("FinancialAid", "{place}, field “{field}”"), place=where, field=refusal.field
        )
    if hint is None:
        msg = message(
            CTX, QT_TRANSLATE_NOOP("FinancialAid", "{place}: {problem}"), place=where, problem=refusal.problem
        )
    else:
        msg = message(
            CTX,
            QT_TRANSLATE_NOOP("FinancialAid", "{place}: {problem} {hint}"),
            place=where,
            problem=refusal.problem,
            hint=hint,
        )
    return FinancialAidError(msg, refusal.problem, path, refusal.entry, refusal.field)


USER_COPY_HINT = QT_TRANSLATE_NOOP(
    "FinancialAid",
    "Correct your list in a text editor, or restore the shipped list (Financial aid window), which deletes "
    "your copy. Nothing was written over it.",
)
SHIPPED_HINT = QT_TRANSLATE_NOOP(
    "FinancialAid", "This list comes with the application: reinstall it, or save your own list in its place."
)


def load_catalogue(path: Path, country: str | None = None, user_copy: bool = False) -> AidCatalogue:
    """The list in ``path``; a damaged file is refused whole (:class:`FinancialAidError`), never changed.

    ``country``: the code the file must hold (its name's); ``user_copy``: the auditor's own list, which
    the message then tells them how to correct or restore."""
    path = Path(path)
    hint = message(CTX, USER_COPY_HINT if user_copy else SHIPPED_HINT)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM from Notepad is no damage
    except UnicodeDecodeError as exc:
        raise _error(
            _RefusalError(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "FinancialAid", "The file is not UTF-8 text (byte {position}). Save it as UTF-8."
                    ),
                    position=str(exc.start),
                )
            ),
            path,
            hint,
        ) from None
    except OSError as exc:
        raise _error(
            _RefusalError(
                _problem(
                    QT_TRANSLATE_NOOP("FinancialAid", "The file cannot be read ({reason})."),
                    reason=exc.strerror or str(exc),
                )
            ),
            path,
            hint,
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = text.splitlines()
        line = lines[exc.lineno - 1] if exc.lineno <= len(lines) else ""
        line = line[max(0, exc.colno - 1 - QUOTE_LIMIT // 2) :].strip()  # from just before the error
        raise _error(
            _RefusalError(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "FinancialAid",
                        "The file is not valid JSON: {error} at line {line}, column {column}, in “{text}”.",
                    ),
                    error=exc.msg,
                    line=str(exc.lineno),
                    column=str(exc.colno),
                    text=quoted(line),
                )
            ),
            path,
            hint,
        ) from None
    try:
        catalogue = _parse(data, country or path.stem)
    except _RefusalError as refusal:
        raise _error(refusal, path, hint) from None
    return AidCatalogue(catalogue.country, catalogue.entries, path=path, user_copy=user_copy)


def catalogue_from_json(data: Any, country: str | None = None) -> AidCatalogue:
    """A list from JSON-like data (the dialog's rows); refused as a file would be, without a file name."""
    try:
        return _parse(data, country)
    except _RefusalError as refusal:
        raise _error(refusal, None, None) from None


def check_entries(country: str, entries: Sequence[Mapping[str, Any]]) -> AidCatalogue:
    """A list from entries written as in the file: what the dialog saves, checked the same way."""
    return catalogue_from_json({"country": country.upper(), "entries": list(entries)}, country)


# --- writing --------------------------------------------------------------------------------------


def save_catalogue(catalogue: AidCatalogue, path: Path, replace_damaged: bool = False) -> Path:
    """Write ``catalogue`` to ``path`` atomically (a temporary file, then its name): ``path`` is either the
    complete new list or what it was before.

    The list is checked first, as if read from a file. A file already at ``path`` that would be refused
    (damaged by hand) is not written over — the error says why — unless ``replace_damaged``."""
    path = Path(path)
    checked = catalogue_from_json(json.loads(json.dumps(catalogue.to_json())), path.stem)
    if path.exists() and not replace_damaged:
        load_catalogue(path, path.stem, user_copy=True)  # raises on a damaged file: it stays as it is
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(checked.to_json(), ensure_ascii=False, indent=2) + "\n"
    descriptor, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".writing", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    return path


def remove_user_copy(folder: Path, country: str) -> bool:
    """Delete the auditor's list of ``country`` (the shipped one applies again); False if there was none."""
    target = aid_file(folder, country)
    try:
        target.unlink()
    except FileNotFoundError:
        return False
    return True
