"""Cells of invoice tables to numbers, dates, months and yes/no — each refusal says why.

Numbers follow the file's decimal mark; thousands separators may be spaces,
no-break spaces, points or commas (whichever is not the decimal mark). Dates
are day-first unless the column proves otherwise (a first part above 12) or
the profile says month-first (US exports).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass

from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, message

CTX = "Import"


@dataclass(frozen=True)
class CellError(Exception):
    reason: Message


def _refuse(source: str, **params: object) -> CellError:
    return CellError(message(CTX, source, **params))


_STRIP = re.compile(r"(?i)(mad|dh|dhs|eur|€|\$|usd|kwh|mwh|kvarh|kva|kw|m3|m³|kg|l|t|therms?)\s*$")


def parse_number(text: str, decimal: str) -> float | None:
    """``None`` for an empty cell; raises CellError for anything that is not a plain number."""
    raw = text.strip()
    if raw.startswith('="') and raw.endswith('"'):
        raw = raw[2:-1]  # Excel's way of keeping leading zeros
    raw = raw.strip().strip('"').strip()
    if raw in ("", "-", "—", "–"):
        return None
    cleaned = _STRIP.sub("", raw).strip()
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    cleaned = cleaned.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    group = "." if decimal == "," else ","
    if (
        decimal == ","
        and cleaned.count(".") == 1
        and "," not in cleaned
        and not re.fullmatch(r"-?\d{1,3}\.\d{3}", cleaned)
    ):
        # "12.5" in a decimal-comma file: a point typed as decimal mark, not a thousands separator
        group = ""
    if group:
        if group in cleaned and not re.fullmatch(rf"-?\d{{1,3}}(\{group}\d{{3}})+(\{decimal}\d+)?", cleaned):
            raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a number."), text=text)
        cleaned = cleaned.replace(group, "")
    cleaned = cleaned.replace(decimal, ".")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?", cleaned):
        raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a number."), text=text)
    value = float(cleaned)
    if math.isinf(value) or math.isnan(value):
        raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a number."), text=text)
    return -value if negative else value


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")


def date_parts(text: str) -> tuple[int, int, int] | None:
    """``(a, b, year)`` of a dd/mm/yyyy-like date, to decide the day order of a column."""
    match = _NUMERIC_DATE.match(text.strip())
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), _year(match.group(3))


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 70 else year + 1900 if year < 100 else year


def parse_date(text: str, day_first: bool = True) -> dt.date | None:
    raw = text.strip().strip('"')
    if not raw:
        return None
    match = _ISO.match(raw)
    try:
        if match:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        parts = date_parts(raw)
        if parts:
            a, b, year = parts
            day, month = (a, b) if day_first else (b, a)
            return dt.date(year, month, day)
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a real date."), text=text) from None
    raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a date."), text=text)


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


MONTH_NAMES = {
    # French, English and Dutch names and abbreviations, accents removed
    **{
        name: i
        for i, names in enumerate(
            [
                ("janvier", "janv", "jan", "january", "januari"),
                ("fevrier", "fevr", "fev", "feb", "february", "februari"),
                ("mars", "mar", "march", "maart", "mrt"),
                ("avril", "avr", "apr", "april"),
                ("mai", "may", "mei"),
                ("juin", "jun", "june", "juni"),
                ("juillet", "juil", "jul", "july", "juli"),
                ("aout", "aug", "august", "augustus"),
                ("septembre", "sept", "sep", "september"),
                ("octobre", "oct", "october", "okt", "oktober"),
                ("novembre", "nov", "november"),
                ("decembre", "dec", "december"),
            ],
            start=1,
        )
        for name in names
    },
}


def parse_month(text: str) -> tuple[dt.date, dt.date] | None:
    """A month label (``janv.-19``, ``2019-01``, ``01/2019``, ``January 2019``) to its first and last day."""
    raw = _plain(text.strip().strip('"'))
    if not raw:
        return None
    month = year = None
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})", raw):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{4})", raw):
        month, year = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"([a-z]+)\.?[\s\-/.']*(\d{2}|\d{4})", raw):
        month, year = MONTH_NAMES.get(m.group(1)), _year(m.group(2))
    elif (m := _ISO.match(raw)) and int(m.group(3)) == 1:
        year, month = int(m.group(1)), int(m.group(2))
    if not month or not year or not 1 <= month <= 12:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a month."), text=text)
    first = dt.date(year, month, 1)
    return first, first.replace(day=calendar.monthrange(year, month)[1])


YES = {"1", "yes", "y", "oui", "o", "true", "vrai", "ja", "e", "est", "estime", "estimee", "estimated", "geschat", "x"}
NO = {"", "0", "no", "n", "non", "false", "faux", "nee", "r", "reel", "reelle", "actual", "werkelijk", "gemeten"}


def parse_flag(text: str) -> bool:
    raw = _plain(text.strip().strip('"')).rstrip(".")
    if raw in YES:
        return True
    if raw in NO:
        return False
    raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is neither yes nor no."), text=text)
