"""Numbers, quantities, money and dates written the way each language writes them.

Pure Python so that the CLI and the Word reports format exactly like the UI
without Qt: French groups thousands with a narrow no-break space (U+202F, as Qt
and CLDR do) and uses a decimal comma; English uses ``1,234.5``. A no-break
space joins a number to its unit so that a line never splits between them.

Typed numbers are read back by the same conventions and never by guessing: a
mark that is not the language's decimal mark separates thousands only when
exactly three digits follow it, and text that only the other language reads
("37,5" in English, "12.5" in French) or that reads two ways ("1.234" in French)
is refused with what to type instead.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import NamedTuple

from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, message
from workbench.domain.vocab import Language

FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


class _Notation(NamedTuple):
    """How a language writes numbers by hand: its decimal mark, the marks that may group thousands and the
    one of those that, alone in a number, could as well be the other language's decimal mark."""

    point: str
    groups: str
    doubtful: str


# Spaces group thousands in both languages: a space is never a decimal mark, so it cannot mislead. In
# French a point may group thousands too ("1.234.567,5"), but "1.234" alone is 1234 or 1,234.
_ENGLISH = _Notation(point=".", groups=", ", doubtful="")
_FRENCH = _Notation(point=",", groups=" .", doubtful=".")
# Every space people type or paste between thousands is one space here; a true minus sign is a minus.
_TYPED = str.maketrans({NBSP: " ", NARROW_NBSP: " ", "\u2212": "-"})
_SWAP_MARKS = str.maketrans({",": ".", ".": ","})


def _read(body: str, notation: _Notation) -> tuple[str, str] | None:
    """``(python_text, group_mark)`` of an unsigned ``body`` written in ``notation`` (``group_mark`` empty when
    it has no groups); ``None`` when it is no such number. Python's own notation keeps only the decimal
    point: ``float()`` alone would take "1_000", "٣" or "infinity"."""
    point = re.escape(notation.point)
    if re.fullmatch(rf"([0-9]+({point}[0-9]*)?|{point}[0-9]+)([eE][-+]?[0-9]+)?", body):
        return body.replace(notation.point, "."), ""
    grouped = re.fullmatch(
        rf"([0-9]{{1,3}}(?P<g>[{re.escape(notation.groups)}])[0-9]{{3}}(?:(?P=g)[0-9]{{3}})*)({point}[0-9]+)?", body
    )
    if grouped is None:
        return None
    mark = grouped.group("g")
    return grouped.group(1).replace(mark, "") + (grouped.group(3) or "").replace(notation.point, "."), mark


class NumberTextError(ValueError):
    """A typed number refused for a reason worth telling; a plain ValueError means "not a number at all"."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def reason(self, field: object) -> Message:
        """The refusal for ``field`` (a label or a Message), in context ``Validation``; subclasses say more."""
        return message(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a number."),
            field=field,
            value=self.text,
        )


class AmbiguousNumberError(NumberTextError):
    """Text that reads as a number only by guessing which mark is the decimal one — never guessed.

    ``readings`` are what to type instead, written in the current language: one when the text uses the
    other language's decimal mark ("37,5" in English: "37.5"), two when it reads two ways in this one
    ("1.234" in French: "1 234" or "1,234").
    """

    def __init__(self, text: str, readings: tuple[str, ...], point: str, mark: str) -> None:
        super().__init__(text)
        self.readings = readings
        self.point = point  # this language's decimal mark
        self.mark = mark  # the mark that misleads

    @property
    def suggestion(self) -> str:
        return self.readings[0]

    def reason(self, field: object) -> Message:
        if len(self.readings) > 1:
            return message(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{field}: “{value}” is ambiguous: it could mean “{first}” or “{second}”; type the one you mean.",
                ),
                field=field,
                value=self.text,
                first=self.readings[0],
                second=self.readings[1],
            )
        return message(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{field}: “{value}” is ambiguous: the decimal mark is “{point}” and “{mark}” only separates "
                "thousands; type “{suggestion}”.",
            ),
            field=field,
            value=self.text,
            point=self.point,
            mark=self.mark,
            suggestion=self.suggestion,
        )


class GroupingError(NumberTextError):
    """Digits and marks that are no number: a thousands separator not followed by exactly three digits."""

    def __init__(self, text: str, example: str) -> None:
        super().__init__(text)
        self.example = example  # a well grouped number in this language

    def reason(self, field: object) -> Message:
        return message(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{field}: “{value}” is not a number: thousands go in groups of three digits, as in “{example}”.",
            ),
            field=field,
            value=self.text,
            example=self.example,
        )


class HourTextError(NumberTextError):
    """Text that is no hour of the day."""

    def reason(self, field: object) -> Message:
        return message(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation", "{field}: “{value}” is not an hour of the day: type it as “6:30”, “6 h 30” or “6”."
            ),
            field=field,
            value=self.text,
        )


# 6 · 06:30 · 6h30 · 6 h 30 · 6h · 6 H
_HOUR_TEXT = re.compile(r"(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)?")


class Formatter(NamedTuple):
    """Numbers, money, shares and dates written the way ``language`` writes them (a NamedTuple: it is defined
    on the cold-start path, see domain/messages.py)."""

    language: Language = Language.EN

    @property
    def _separators(self) -> tuple[str, str]:
        return (NARROW_NBSP, ",") if self.language is Language.FR else (",", ".")

    def number(self, value: float | None, decimals: int = 0) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "—"
        group, point = self._separators
        text = f"{abs(value):,.{decimals}f}"
        if text.strip("0.,") == "":
            value = 0.0  # no "-0"
        text = text.replace(",", "\x00").replace(".", point).replace("\x00", group)
        return ("-" if value < 0 else "") + text

    def quantity(self, value: float | None, unit: str, decimals: int = 0) -> str:
        return f"{self.number(value, decimals)}{NBSP}{unit}"

    def money(self, value: float | None, currency: str, decimals: int = 0) -> str:
        return self.quantity(value, currency, decimals)

    def percent(self, share: float | None, decimals: int = 0) -> str:
        if share is None:
            return "—"
        sep = NARROW_NBSP if self.language is Language.FR else ""
        return f"{self.number(share * 100, decimals)}{sep}%"

    def date(self, day: dt.date | None) -> str:
        return "—" if day is None else day.strftime("%d/%m/%Y")

    def long_date(self, day: dt.date | None) -> str:
        """``15 octobre 2019`` / ``15 October 2019``, whatever the machine's locale."""
        if day is None:
            return "—"
        names = FRENCH_MONTHS if self.language is Language.FR else ENGLISH_MONTHS
        # French writes the first of the month as an ordinal: « 1er octobre ».
        number = "1er" if self.language is Language.FR and day.day == 1 else str(day.day)
        return f"{number}{NBSP}{names[day.month - 1]}{NBSP}{day.year}"

    def plural_count(self, value: float, decimals: int = 0) -> int:
        """The whole count Qt's translator chooses a plural form by, for ``value`` as written with ``decimals``.

        Qt's forms are chosen by an integer; a figure with decimals follows CLDR's rules: French takes the
        singular while the whole part is 0 or 1 ("0,4 an", "1,5 an"), English only for exactly one
        ("1 year", "1.5 years")."""
        shown = round(abs(value), decimals)
        if shown == int(shown):
            return int(shown)
        return int(shown) if self.language is Language.FR else 2

    def hour(self, hours: float | None) -> str:
        """An hour of the day: ``17 h``, ``7 h 30`` in French, ``17:00``, ``07:30`` in English."""
        if hours is None:
            return "—"
        minutes = round(hours * 60) % (24 * 60)
        h, m = divmod(minutes, 60)
        if self.language is Language.FR:
            return f"{h}{NBSP}h" + (f"{NBSP}{m:02d}" if m else "")
        return f"{h:02d}:{m:02d}"

    def parse_hour(self, text: str) -> float:
        """An hour of the day as typed (``6``, ``6:30``, ``6 h 30``, or hours with decimals, ``6,5`` in French)
        to hours; HourTextError for anything else, minutes of 60 or more, or past 24:00."""
        stripped = text.strip()
        match = _HOUR_TEXT.fullmatch(stripped)
        if match is not None:
            hours, minutes = int(match.group(1)), int(match.group(2) or 0)
            value = hours + minutes / 60
            if minutes < 60 and value <= 24:
                return value
            raise HourTextError(text)
        try:
            value = self.parse_number(stripped)
        except ValueError:
            raise HourTextError(text) from None
        if not 0 <= value <= 24:
            raise HourTextError(text)
        return value

    def value(self, value: object) -> str:
        """Any message parameter: dates and numbers in this language, the rest as text."""
        if isinstance(value, bool) or value is None:
            return str(value)
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, int):
            return self.number(value)
        if isinstance(value, float):
            if value.is_integer() or abs(value) >= 1000:
                return self.number(value, 0 if value.is_integer() else 1)
            return self.number(value, 3).rstrip("0").rstrip(",.") if not math.isnan(value) else "NaN"
        return str(value)

    def exact(self, value: float) -> str:
        """A factor as it was given: every significant decimal up to six, none added."""
        text = f"{value:.6f}".rstrip("0").rstrip(".")
        decimals = len(text.split(".")[1]) if "." in text else 0
        return self.number(value, decimals)

    @property
    def _notation(self) -> _Notation:
        return _FRENCH if self.language is Language.FR else _ENGLISH

    def parse_number(self, text: str) -> float:
        """Read a number typed in this language (``1 234,5`` or ``1,234.5``).

        Raises AmbiguousNumberError when only the other language reads the text or when it reads two ways,
        GroupingError for thousands not in groups of three, ValueError for anything else — all ValueErrors.
        """
        sign, body = self._split_sign(text)
        notation = self._notation
        read = _read(body, notation)
        if read is None:
            raise self._refusal(text, sign, body)
        digits, mark = read
        if mark and mark == notation.doubtful and body.count(mark) == 1 and notation.point not in body:
            # "1.234" in French: a thousands group, or the decimal point of someone used to English.
            readings = (self._written(sign, digits, grouped=True), self._written(sign, body, grouped=False))
            raise AmbiguousNumberError(text, readings, notation.point, mark)
        value = float(sign + digits)
        if math.isnan(value) or math.isinf(value):
            raise ValueError(text)
        return value

    @staticmethod
    def _split_sign(text: str) -> tuple[str, str]:
        body = text.strip().translate(_TYPED)
        if body[:1] in ("-", "+"):
            return body[0], body[1:]
        return "", body

    def _refusal(self, text: str, sign: str, body: str) -> ValueError:
        """Why ``body`` is no number in this language, with what to type when the other language reads it."""
        notation = self._notation
        other = _ENGLISH if notation is _FRENCH else _FRENCH
        if read := _read(body, other):
            digits, mark = read
            return AmbiguousNumberError(text, (self._written(sign, digits, bool(mark)),), notation.point, other.point)
        if re.fullmatch(r"[0-9]+([ ,.][0-9]+)+", body):
            return GroupingError(text, self.number(1_234_567.5, 1))
        return ValueError(text)

    def _written(self, sign: str, digits: str, grouped: bool) -> str:
        """``digits`` (Python's notation) written in this language, every digit as typed: unlike
        :meth:`number`, no float in between to round a long number or add decimals."""
        group, point = self._separators
        cut = next((i for i, c in enumerate(digits) if c in "eE"), len(digits))
        whole, dot, fraction = digits[:cut].partition(".")
        whole = whole or "0"
        if grouped:
            whole = f"{int(whole):,}".replace(",", group)
        return sign + whole + (point if dot else "") + fraction + digits[cut:]
