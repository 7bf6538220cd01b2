"""Cells of invoice tables to numbers, dates, months and yes/no — each refusal says why.

Numbers follow the file's decimal mark; thousands separators may be spaces (plain,
no-break or narrow no-break), apostrophes, points or commas (whichever is not the
decimal mark), but only in groups of three digits: a cell is read at its own
scale or refused, never rescaled. Dates are day-first unless the column proves
otherwise (a first part above 12) or the profile says month-first (US exports);
year-first dates, month names (French, English, Dutch) and spreadsheet day
numbers say their order themselves.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, message

CTX = "Import"


@dataclass(frozen=True)
class CellError(Exception):
    reason: Message


def _refuse(source: str, **params: Any) -> CellError:
    return CellError(message(CTX, source, **params))


_STRIP = re.compile(r"(?i)(mad|dh|dhs|eur|€|\$|usd|kwh|mwh|kvarh|kva|kw|m3|m³|kg|l|t|therms?)\s*$")
_EMPTY = ("", "-", "—", "–")
# Every space a spreadsheet or a word processor writes between thousands is one space; the typographic
# apostrophe is the Swiss group mark too; a true minus sign is a minus.
_MARKS = str.maketrans({"\u00a0": " ", "\u202f": " ", "’": "'", "−": "-"})
_GROUP_MARK = r"[ '.,]"  # one of them, the same all along a number


def parse_number(text: str, decimal: str) -> float | None:
    """``None`` for an empty cell; raises CellError for anything that is not a plain number.

    A thousands separator (space, no-break space, apostrophe, or the point or comma that is not ``decimal``)
    is only one when it is followed by exactly three digits after a first group of one to three: anything
    else is refused rather than read at another scale.
    """
    raw = _unwrap(text)
    if raw in _EMPTY:
        return None
    value = _read_number(_STRIP.sub("", raw).strip(), decimal)
    if value is None:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a number."), text=text)
    return value


def _unwrap(text: str) -> str:
    raw = text.strip()
    if raw.startswith('="') and raw.endswith('"'):
        raw = raw[2:-1]  # Excel's way of keeping leading zeros
    return raw.strip().strip('"').strip()


def _read_number(text: str, decimal: str) -> float | None:
    negative = text.startswith("(") and text.endswith(")")  # accountants' negative
    body = (text[1:-1] if negative else text).translate(_MARKS).strip()
    sign = ""
    if body[:1] in ("-", "+"):
        sign, body = body[0], body[1:]
    digits = _ungrouped(body, decimal)
    if digits is None:
        return None
    value = float(sign + digits)
    if not math.isfinite(value):
        return None
    return -value if negative else value


def _ungrouped(body: str, decimal: str) -> str | None:
    """``body`` the way Python reads a number (no groups, a decimal point), or ``None`` when it is not one."""
    point = re.escape(decimal)
    if re.fullmatch(rf"(\d+({point}\d*)?|{point}\d+)([eE][-+]?\d+)?", body):
        return body.replace(decimal, ".")
    if decimal == "," and "," not in body and body.count(".") == 1 and not re.search(r"\.\d{3}$", body):
        # "12.5" in a decimal-comma file: a point typed as the decimal mark. "1.234" is not one of these:
        # three digits after the point make it a thousands group, as the file's own notation says.
        return _ungrouped(body, ".")
    grouped = re.fullmatch(rf"(\d{{1,3}}(?P<g>{_GROUP_MARK})\d{{3}}(?:(?P=g)\d{{3}})*)({point}\d+)?", body)
    if grouped is None or grouped.group("g") == decimal:
        return None
    return grouped.group(1).replace(grouped.group("g"), "") + (grouped.group(3) or "").replace(decimal, ".")


# A time after the date ("2019-03-31 00:00:00", "2019-03-31T08:30:00.000Z", "09/24/2025 10:00 AM"): ignored.
_TIME = re.compile(
    r"(?:\s+|(?<=\d)t)\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?$"
)
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})")
_NAMED_DAY_FIRST = re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)?[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{2}|\d{4})")
_NAMED_MONTH_FIRST = re.compile(r"([a-z]+)\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]*(\d{4})")
_SERIAL = re.compile(r"(\d{1,5})(?:[.,]\d+)?")  # the fraction is the time of day
# Spreadsheet day numbers are only taken for dates an invoice can have: a quantity or a year typed in a
# date column (2019 is serial 11 July 1905) must be refused, not read as a date.
SERIAL_YEARS = (1950, 2100)


def _date_text(text: str) -> str:
    """Lower case without accents, quotes or a time of day: what the date patterns look at."""
    return _TIME.sub("", _plain(text.strip().strip('"')).strip())


def date_parts(text: str) -> tuple[int, int, int] | None:
    """``(a, b, year)`` of a dd/mm/yyyy-like date, to decide the day order of a column.

    ``None`` for every other notation — year-first dates (always year, month, day), month names and day
    numbers — since none of them tells whether the column's ``a/b`` dates put the day first.
    """
    match = _NUMERIC_DATE.fullmatch(_date_text(text))
    if not match:
        return None
    return int(match.group(1)), int(match.group(3)), _year(match.group(4))


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 70 else year + 1900 if year < 100 else year


def parse_date(text: str, day_first: bool = True) -> dt.date | None:
    """A date in any notation invoices use; day-first unless ``day_first`` is false (US exports)."""
    raw = _date_text(text)
    if not raw:
        return None
    try:
        day = _year_first(raw) or _numeric(raw, day_first) or _named(raw) or _serial(raw)
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a real date."), text=text) from None
    if day is None:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "“{text}” is not a date."), text=text)
    return day


# Each reader below returns None when the text is not in its notation and raises ValueError when it is
# but names no real day (31/02/2019).


def _year_first(raw: str) -> dt.date | None:
    if match := _YEAR_FIRST.fullmatch(raw):
        return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    return None


def _numeric(raw: str, day_first: bool) -> dt.date | None:
    parts = date_parts(raw)
    if parts is None:
        return None
    a, b, year = parts
    day, month = (a, b) if day_first else (b, a)
    return dt.date(year, month, day)


def _named(raw: str) -> dt.date | None:
    if match := _NAMED_DAY_FIRST.fullmatch(raw):
        day, name, year = match.groups()
    elif match := _NAMED_MONTH_FIRST.fullmatch(raw):
        name, day, year = match.groups()
    else:
        return None
    month = MONTH_NAMES.get(name)
    return dt.date(_year(year), month, int(day)) if month else None


def _serial(raw: str) -> dt.date | None:
    match = _SERIAL.fullmatch(raw)
    if match is None:
        return None
    day = excel_day(int(match.group(1)))
    return day if SERIAL_YEARS[0] <= day.year <= SERIAL_YEARS[1] else None


def excel_day(serial: int) -> dt.date:
    """The day a spreadsheet's day number stands for (1900 date system); raises ValueError for serial 60.

    Excel (after Lotus 1-2-3) counts a 29 February 1900 that never was: serial 60 names no day, serials
    1–59 count from 31 December 1899 and every later one from 30 December 1899.
    """
    if serial == 60:
        raise ValueError(serial)
    base = dt.date(1899, 12, 31) if serial < 60 else dt.date(1899, 12, 30)
    return base + dt.timedelta(days=serial)


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
                ("juillet", "juill", "juil", "jul", "july", "juli"),
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
    raw = _date_text(text)
    if not raw:
        return None
    month = year = None
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})", raw):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{4})", raw):
        month, year = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"([a-z]+)\.?[\s\-/.'’]*(\d{2}|\d{4})", raw):
        month, year = MONTH_NAMES.get(m.group(1)), _year(m.group(2))
    elif (m := _YEAR_FIRST.fullmatch(raw)) and int(m.group(4)) == 1:
        year, month = int(m.group(1)), int(m.group(3))  # a spreadsheet's date cell holding the 1st
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
