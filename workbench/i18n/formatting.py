"""Numbers, quantities, money and dates written the way each language writes them.

Pure Python so that the CLI and the Word reports format exactly like the UI
without Qt: French groups thousands with a narrow no-break space (U+202F, as Qt
and CLDR do) and uses a decimal comma; English uses ``1,234.5``. A no-break
space joins a number to its unit so that a line never splits between them.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import NamedTuple

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
        return f"{day.day}{NBSP}{names[day.month - 1]}{NBSP}{day.year}"

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

    def parse_number(self, text: str) -> float:
        """Read a number typed in this language (``1 234,5`` or ``1,234.5``); raises ValueError."""
        group, point = self._separators
        cleaned = text.strip().replace(NARROW_NBSP, "").replace(NBSP, "").replace(" ", "")
        if group != NARROW_NBSP:
            cleaned = cleaned.replace(group, "")
        cleaned = cleaned.replace(point, ".")
        value = float(cleaned)
        if math.isnan(value) or math.isinf(value):
            raise ValueError(text)
        return value
