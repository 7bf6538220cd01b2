"""Text that Word must not break, and how wide a piece of text prints: pure functions, no Word objects.

``keep_together`` is for anything the report writes where a line break would mislead a reader: a figure
cut from its unit ("12 345" at a line's end, "kWh" on the next), thousands split over two lines, an
invoice number broken at its hyphen. The report writers may call it on sentences; the document layer
calls it on table cells.

``text_width`` estimates printed widths for the table layout. It uses the advance widths of DejaVu Sans,
the widest of the common sans-serif faces and the one LibreOffice falls back to when Calibri is not
installed: a column wide enough for it is wide enough in Word's Calibri too.
"""

from __future__ import annotations

import re
import unicodedata

NBSP = "\u00a0"  # no-break space: joins a figure to its unit, as the formatter does
NARROW_NBSP = "\u202f"  # narrow no-break space: the formatter's French thousands separator
NB_HYPHEN = "\u2011"  # non-breaking hyphen: written as Word's own <w:noBreakHyphen/>

# Units a figure may carry in an energy audit. Case matters: "t" after a figure is a tonne, "T" is not used.
_UNIT_NAMES = (
    "Wh kWh MWh GWh TWh kWhc kWhPCI J kJ MJ GJ TJ th tep ktep toe ktoe Btu "
    "W kW MW GW kWc kWp VA kVA MVA var kvar kVAr Mvar kvarh kVArh varh "
    "g kg t kt Mt m cm mm km m² m³ m2 m3 Nm³ Nm3 l L hl ha "
    "s min h j an ans yr yrs year years mois month months jour jours day days semaine semaines week weeks "
    "MAD DH DHS Dh dh EUR USD € $ £ k€ M€ kMAD MMAD "
    "% ‰ °C °F K bar mbar Pa kPa A kA V kV Hz pts pt"
)
_UNITS = _UNIT_NAMES.split()
_UNIT = "(?:" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + ")"
# A unit, a ratio of units (kWh/m², MAD/kWh) and what may follow a mass of gas (t CO2, kg CO2e, t éq. CO2)
_UNIT_GROUP = rf"{_UNIT}(?:/{_UNIT})*(?:[ \u00a0](?:éq\.[ \u00a0])?CO2e?|[ \u00a0]CO₂e?)?"
_FIGURE = r"[-+−]?\d(?:[\d\u00a0\u202f.,]*\d)?"

# "12 345": a space between digits, followed by a group of exactly three (thousands, not two figures)
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
# "12,5 kWh", "11,8 t CO2", "0,4 an": the space(s) of a figure and its unit
_FIGURE_UNIT = re.compile(rf"({_FIGURE}) ({_UNIT_GROUP})(?![\w²³])")
# "MT201902-04016", "FAC-2019-001": letters and digits joined by hyphens, with at least one digit
_REFERENCE = re.compile(r"(?<![\w-])(?=[\w-]*\d)[^\W_]+(?:-[^\W_]+)+(?![\w-])")


def keep_together(text: str) -> str:
    """``text`` with the breaks Word must never make replaced by their no-break twins: the spaces inside
    a figure and between it and its unit, the hyphens inside an invoice or meter number.

    Only ordinary spaces and hyphens are touched, so what the formatter already wrote stays as it is
    ("12\u202f345\u00a0kWh"), and a sentence keeps every break a reader expects between words."""
    text = _THOUSANDS.sub(NARROW_NBSP, text)
    text = _FIGURE_UNIT.sub(_join_unit, text)
    return join_references(text)


# "n° 2451.14", "No. 3": the sign and its number; "EN 16247", "ISO 50002": a standard and its number
_NUMBERED = re.compile(r"(?<!\w)(n°|N°|no\.|No\.|EN|ISO|IEC|CEI|NF|NBN|IPMVP) (?=\d)")


def keep_sentence_together(text: str) -> str:
    """A sentence's figures with their units, its reference numbers, and "n° 3", "EN 16247" kept on one line;
    every other break a reader expects between words stays."""
    return _NUMBERED.sub(lambda m: m.group(1) + NBSP, keep_together(text))


def join_references(text: str) -> str:
    """The hyphens of reference numbers ("MT201902-04016") made non-breaking; hyphenated words stay as
    they are ("Jean-Pierre", "auto-consommation": no digit)."""
    return _REFERENCE.sub(lambda m: m.group(0).replace("-", NB_HYPHEN), text)


def _join_unit(match: re.Match[str]) -> str:
    return f"{match.group(1)}{NBSP}{match.group(2).replace(' ', NBSP)}"


# --- printed widths -------------------------------------------------------------------------------------

# Advance widths of DejaVu Sans (regular, then bold) in thousandths of an em, for the characters 32 to 126.
_REGULAR = (
    "318 401 460 838 636 950 780 275 390 390 500 838 318 361 318 337 636 636 636 636 636 636 636 636 636 636 "
    "337 337 838 838 838 531 1000 684 686 698 770 632 575 775 752 295 295 656 557 863 748 787 603 787 695 635 "
    "611 732 684 989 685 611 685 390 337 390 838 500 500 613 635 550 635 615 352 635 634 278 278 579 278 974 "
    "634 612 635 635 411 521 392 634 592 818 592 592 525 636 337 636 838"
)
_BOLD = (
    "348 456 521 838 696 1002 872 306 457 457 523 838 380 415 380 365 696 696 696 696 696 696 696 696 696 696 "
    "400 400 838 838 838 580 1000 774 762 734 830 683 683 821 837 372 372 775 637 995 837 850 733 850 770 720 "
    "682 812 774 1103 771 724 725 457 365 457 838 500 500 675 716 593 716 678 435 716 712 343 343 665 343 "
    "1042 712 687 716 716 493 595 478 712 652 924 645 652 582 712 365 712 838"
)
_ADVANCES = {False: [int(w) for w in _REGULAR.split()], True: [int(w) for w in _BOLD.split()]}
# Characters outside ASCII that reports use and that no accent-stripping brings back to ASCII
_SPECIAL = {
    NBSP: 318,
    NARROW_NBSP: 200,
    NB_HYPHEN: 361,
    "–": 500,
    "—": 1000,
    "’": 318,
    "‘": 318,
    "«": 612,
    "»": 612,
    "°": 500,
    "²": 401,
    "³": 401,
    "µ": 636,
    "·": 318,
    "×": 838,
    "€": 636,
    "…": 1000,
    "œ": 1020,
    "æ": 980,
    "ß": 630,
    "φ": 660,
    "−": 838,
    "₂": 401,
    "‰": 1300,
}
_UNKNOWN = 700  # a character of another script: rather too wide than a broken word
_BOLD_SPECIAL = 1.13  # DejaVu Sans Bold is about 13 % wider than the regular face


def char_width(char: str, bold: bool = False) -> int:
    """The advance of ``char`` in thousandths of an em."""
    code = ord(char)
    if 32 <= code < 127:
        return _ADVANCES[bold][code - 32]
    if char in _SPECIAL:
        return round(_SPECIAL[char] * (_BOLD_SPECIAL if bold else 1))
    base = unicodedata.normalize("NFD", char)[:1]  # é → e: an accent does not widen a letter
    if base and 32 <= ord(base) < 127:
        return _ADVANCES[bold][ord(base) - 32]
    return round(_UNKNOWN * (_BOLD_SPECIAL if bold else 1))


# Each character's advance, looked up once: a report measures some 80 000 characters to lay out its tables.
_WIDTHS: tuple[dict[str, int], dict[str, int]] = ({}, {})


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The printed width of ``text`` on one line, in points, at ``size`` points."""
    known = _WIDTHS[bold]
    try:
        total = sum(map(known.__getitem__, text))
    except KeyError:
        for char in set(text).difference(known):
            known[char] = char_width(char, bold)
        total = sum(map(known.__getitem__, text))
    return total * size / 1000


_ORDINARY_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # str.split() would also cut at no-break spaces
_AFTER_HYPHEN = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")  # "Mouleuse-|extrudeuse": a line may end there


def words(text: str) -> list[str]:
    """The pieces of ``text`` no line break may cut: what lies between ordinary spaces (no-break spaces
    join, they do not separate), a hyphenated word cut after its hyphens as Word and LibreOffice may."""
    return [piece for word in _ORDINARY_SPACE.split(text) if word for piece in _AFTER_HYPHEN.split(word)]


def longest_word_width(text: str, size: float, bold: bool = False) -> float:
    return max((text_width(word, size, bold) for word in words(text)), default=0.0)
