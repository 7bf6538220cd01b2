"""Whole columns of cells to numbers and dates at once, exactly as the per-cell readers of :mod:`.values` read them.

A column is laid out as a matrix of code points (numpy), one row per cell of up to ``WIDTH`` characters,
and each row's characters of one kind (digits, decimal marks, group marks…) are packed into the bits of
one integer, so that a cell's shape is checked by a few integer operations for all the cells at once. The
shapes nearly every invoice file uses are recognised that way:

* a number in the file's decimal mark, plain (``12345``, ``-12,5``) or grouped by threes with one mark
  all along (``12 345,67``, ``1.234.567``, ``1'234.5``; no-break and narrow no-break spaces count as
  spaces and the typographic apostrophe as an apostrophe, as the values module reads them);
* a date ``d/m/yyyy``-like (``-``, ``/`` or ``.``, two- or four-digit years) or ``yyyy-mm-dd``-like that
  names a real day.

A cell of these shapes is converted the way the per-cell reader converts it (the same text given to
``float``, the same day), so the values are equal to the per-cell ones. Every other cell — junk, empties
written ``-`` or ``""``, units after the number, accountants' parentheses, exponents, month names, day
numbers, impossible days, anything with a space around it — goes through :func:`.values.parse_number` and
:func:`.values.parse_date` themselves, once per distinct text: its value, or its refusal and message
(which quotes the cell as the file has it), are theirs.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypeVar

from .values import CellError, date_parts, parse_date, parse_number

if TYPE_CHECKING:
    import numpy as np
    from numpy import ndarray  # for the arrays of a function whose np is _numpy()'s (Any to the checker)

T = TypeVar("T")  # what a parser gives for a cell
X = TypeVar("X", bound=Exception)  # what a parser raises for a cell it refuses

# Characters a cell may have and be of a fast shape: a longer one is never an invoice figure or a date, and
# goes to the per-cell reader. 32 keeps a row's bits in one 32-bit word.
WIDTH = 32

# Kinds of characters in a number (values._MARKS: every space one space, the typographic apostrophe an
# apostrophe, a true minus a minus; values._GROUP_MARK: a space, an apostrophe, a point or a comma).
_OTHER, _DIGIT, _SIGN, _DECIMAL, _SPACE, _APOSTROPHE, _POINT, _COMMA = range(8)
_KIND_OF = {
    **{ord(d): _DIGIT for d in "0123456789"},
    **{ord(s): _SIGN for s in "-+−"},
    **{ord(s): _SPACE for s in " \u00a0\u202f"},
    **{ord(a): _APOSTROPHE for a in "'’"},
    ord("."): _POINT,
    ord(","): _COMMA,
}


_NUMERIC, _YEAR_FIRST = 1, 2
_DATE_LENGTH = 10  # dd/mm/yyyy and yyyy-mm-dd are the longest fast dates


@cache
def _numpy() -> SimpleNamespace:
    """numpy and the tables made with it, on first use: importing numpy costs a tenth of a second, which a
    short file read cell by cell need not pay (see records._vectorised)."""
    import numpy as np

    u64 = np.uint64
    return SimpleNamespace(
        np=np,
        u64=u64,
        one=u64(1),
        group_kinds=np.array([_SPACE, _APOSTROPHE, _POINT, _COMMA], dtype=np.uint8),
        date_separators=np.array([ord("-"), ord("/"), ord(".")], dtype=np.uint32),
        month_days=np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64),
        # Where the group marks of a whole part of n characters stand, as bits: n − 4, n − 8… down to 1 (the
        # first group has one to three digits; _fast_numbers refuses n multiple of 4).
        slots=np.array([sum(1 << p for p in range(n - 4, 0, -4)) for n in range(WIDTH + 1)], dtype=u64),
        date_shapes=_date_shapes(np),
    )


@cache
def _number_kinds(decimal: str) -> np.ndarray:
    """Code point -> kind of character, the file's decimal mark being the decimal kind (never a group mark)."""
    np = _numpy().np
    kinds: ndarray = np.full(max(_KIND_OF) + 2, _OTHER, dtype=np.uint8)
    for code, kind in _KIND_OF.items():
        kinds[code] = kind
    kinds[ord(decimal)] = _DECIMAL
    return kinds


@cache
def _cleaner(decimal: str) -> dict[int, int | None]:
    """Turns a cell of a fast number shape into the text Python's ``float`` reads, as values._ungrouped
    does: the group marks dropped, the decimal mark a point, a true minus a minus."""
    drop = {ord(m): None for m in " '\u00a0\u202f’.," if m != decimal}
    return {**drop, ord(decimal): ord("."), ord("−"): ord("-")}


def _below(count: np.ndarray) -> np.ndarray:
    """The bits of the positions before ``count`` (0 ≤ count ≤ WIDTH)."""
    t = _numpy()
    below: ndarray = (t.one << count.astype(t.u64)) - t.one
    return below


# Cells laid out at a time: the matrices of a long column stay a few megabytes.
CHUNK = 1 << 16


def _chunks(cells: Sequence[str]) -> list[Sequence[str]]:
    return [cells[start : start + CHUNK] for start in range(0, len(cells), CHUNK)]


class _Matrix:
    """The cells of a column as code points, one row each (0 past a cell's end, cut at ``width``): 8, 16 or 32
    columns, the fewest that hold the column's longest cell or WIDTH."""

    def __init__(self, cells: Sequence[str]) -> None:
        np = _numpy().np
        self.n = len(cells)
        self.rows = np.arange(self.n)
        self.lengths = np.fromiter(map(len, cells), dtype=np.int64, count=self.n)
        longest = int(self.lengths.max(initial=0))
        self.width = 8 if longest <= 8 else 16 if longest <= 16 else WIDTH
        self.codes = np.array(cells, dtype=f"<U{self.width}").view(np.uint32).reshape(self.n, self.width)
        self.fits = (self.lengths > 0) & (self.lengths <= self.width)
        self.inside = _below(np.minimum(self.lengths, self.width))  # the bits of a cell's own positions

    def bits(self, mask: np.ndarray) -> np.ndarray:
        """Each row of a boolean matrix as one integer, bit p for column p."""
        t = _numpy()
        packed = t.np.packbits(mask.ravel(), bitorder="little")  # rows of 8, 16 or 32 bits: whole bytes
        words: ndarray = packed.view(f"<u{self.width // 8}").astype(t.u64)
        return words


def _per_cell(
    cells: Sequence[str],
    indices: Iterable[int],
    parse: Callable[[str], T | None],
    values: list[T | None],
    errors: dict[int, X],
    caught: tuple[type[X], ...],
) -> None:
    """``parse`` on the cells at ``indices``, once per distinct text: its value in ``values``, or what it
    raised (one of ``caught``) in ``errors`` with ``None`` in ``values``."""
    seen: dict[str, tuple[bool, Any]] = {}
    for i in indices:
        text = cells[i]
        found = seen.get(text)
        if found is None:
            found = seen[text] = _attempt(parse, text, caught)
        if found[0]:
            values[i] = found[1]
        else:
            values[i] = None
            errors[i] = found[1]


def _attempt(parse: Callable[[str], object], text: str, caught: tuple[type[Exception], ...]) -> tuple[bool, Any]:
    """``(True, what parse gives)``, or ``(False, what it raised)`` when that is one of ``caught``."""
    try:
        return True, parse(text)
    except caught as exc:
        return False, exc


def parse_each(
    cells: Sequence[str], parse: Callable[[str], T | None], *caught: type[X]
) -> tuple[list[T | None], dict[int, CellError | X]]:
    """``parse`` on every cell, once per distinct text (``parse`` must be a pure function of the text and
    return an immutable value): ``(values, errors)``, ``errors`` mapping the index of each refused cell to
    what ``parse`` raised (a CellError or one of ``caught``), with ``None`` in ``values`` there."""
    values: list[T | None] = [None] * len(cells)
    errors: dict[int, CellError | X] = {}
    _per_cell(cells, range(len(cells)), parse, values, errors, (CellError, *caught))
    return values, errors


# --- numbers ----------------------------------------------------------------------------------------------


def fast_numbers(cells: Sequence[str], decimal: str) -> np.ndarray:
    """Which cells are of a fast number shape (see the module's docstring)."""
    np = _numpy().np
    fast: ndarray = np.concatenate(
        [_fast_numbers(part, decimal) for part in _chunks(cells)] or [np.zeros(0, dtype=bool)]
    )
    return fast


def _fast_numbers(cells: Sequence[str], decimal: str) -> np.ndarray:
    t = _numpy()
    np, one = t.np, t.one
    m = _Matrix(cells)
    kinds = _number_kinds(decimal)
    kind = np.take(kinds, m.codes, mode="clip")  # past the table: other characters
    digits = m.bits(kind == _DIGIT)
    points = m.bits(kind == _DECIMAL)
    signed = (kind[:, 0] == _SIGN).astype(np.int64)
    # The whole part ends at the decimal mark (at most one), or with the cell.
    single = (points & (points - one)) == 0
    end = np.where(points != 0, np.log2(np.maximum(points, one).astype(np.float64)).astype(np.int64), m.lengths)
    end = np.minimum(end, m.width)
    whole = _below(end) & ~signed.astype(t.u64)
    fraction = m.inside & ~_below(np.minimum(end + 1, m.width))
    fraction_ok = ((fraction & ~digits) == 0) & ((points == 0) | (fraction != 0))
    plain = ((whole & ~digits) == 0) & (whole != 0)
    # Grouped: one kind of mark 4, 8, 12… places before the end of the whole part and nowhere else in it, after
    # a first group of one to three digits; the mark is the character 4 places before that end.
    size = end - signed
    mark = kind[m.rows, np.clip(end - 4, 0, m.width - 1)]
    slots = t.slots[np.clip(size, 0, WIDTH)] << signed.astype(t.u64)
    marks = m.bits(kind == mark[:, None])
    grouped = (
        (size >= 5)
        & (size % 4 != 0)
        & np.isin(mark, t.group_kinds)
        & ((marks & whole) == slots)
        & ((whole & ~slots & ~digits) == 0)
    )
    fast: ndarray = m.fits & single & fraction_ok & (plain | grouped)
    return fast


def parse_numbers(cells: Sequence[str], decimal: str) -> tuple[list[float | None], dict[int, CellError]]:
    """:func:`.values.parse_number` of every cell: ``(values, errors)``, ``errors`` mapping the index of each
    refused cell to its CellError (``None`` in ``values`` there)."""
    n = len(cells)
    if n == 0:
        return [], {}
    np = _numpy().np
    fast = fast_numbers(cells, decimal)
    chosen = np.flatnonzero(fast).tolist()
    values: list[float | None] = [None] * n
    errors: dict[int, CellError] = {}
    if chosen:
        texts = cells if len(chosen) == n else [cells[i] for i in chosen]
        numbers = list(map(float, "\n".join(texts).translate(_cleaner(decimal)).split("\n")))
        if len(chosen) == n:
            values = list(numbers)  # as a list of float | None: the per-cell reader may put a None in it
        else:
            for i, number in zip(chosen, numbers, strict=True):
                values[i] = number
        if not all(map(math.isfinite, numbers)):  # too many digits for a float: the reader refuses them
            fast[[i for i in chosen if not math.isfinite(values[i])]] = False
    others = np.flatnonzero(~fast).tolist()
    if others:
        _per_cell(cells, others, lambda text: parse_number(text, decimal), values, errors, (CellError,))
    return values, errors


# --- dates ------------------------------------------------------------------------------------------------


def _date_shapes(np: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(shape, first, second)`` indexed by (bits of a cell's non-digits) × 16 + its length: the shapes of
    values._NUMERIC_DATE (1–2, 1–2, 2 or 4 digits) and values._YEAR_FIRST (4, 1–2, 1–2 digits) and where their
    two separators stand."""
    size = (1 << _DATE_LENGTH) * 16
    shape, first, second = (np.zeros(size, dtype=np.int64) for _ in range(3))
    for kind, sizes in (
        (_NUMERIC, [(a, b, c) for a in (1, 2) for b in (1, 2) for c in (2, 4)]),
        (_YEAR_FIRST, [(4, b, c) for b in (1, 2) for c in (1, 2)]),
    ):
        for a, b, c in sizes:
            p, q = a, a + 1 + b
            key = ((1 << p) | (1 << q)) * 16 + q + 1 + c
            shape[key], first[key], second[key] = kind, p, q
    return shape, first, second


class _DateShapes:
    """The ``a/b/year`` and ``year-m-d`` cells of a column, as values' patterns read them, with their parts."""

    def __init__(self, cells: Sequence[str]) -> None:
        t = _numpy()
        np = t.np
        m = _Matrix(cells)
        digits = m.bits((m.codes - ord("0")) <= 9)  # unsigned: below "0" wraps round
        short = m.fits & (m.lengths <= _DATE_LENGTH)
        key = np.where(short, (m.inside & ~digits).astype(np.int64) * 16 + m.lengths, 0)
        shape, first, second = (table[key] for table in t.date_shapes)
        separator = m.codes[m.rows, first]
        shaped = (shape != 0) & (separator == m.codes[m.rows, second]) & np.isin(separator, t.date_separators)
        self.numeric = shaped & (shape == _NUMERIC)
        self.year_first = shaped & (shape == _YEAR_FIRST)
        self.empty = m.lengths == 0
        value = m.codes[:, : min(_DATE_LENGTH, m.width)].astype(np.int64) - ord("0")
        self.parts = []
        for start, stop in ((np.zeros(m.n, dtype=np.int64), first), (first + 1, second), (second + 1, m.lengths)):
            part = np.zeros(m.n, dtype=np.int64)
            for k in range(4):
                at = start + k
                part = np.where(at < stop, part * 10 + value[m.rows, np.clip(at, 0, value.shape[1] - 1)], part)
            self.parts.append(part)

    def days(self, day_first: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``(fast, year, month, day)``: the cells of a fast shape that name a real day, and that day."""
        t = _numpy()
        np = t.np
        a, b, c = self.parts
        two_digit = np.where(c < 70, c + 2000, np.where(c < 100, c + 1900, c))  # values._year
        year = np.where(self.year_first, a, two_digit)
        month = np.where(self.year_first, b, b if day_first else a)
        day = np.where(self.year_first, c, a if day_first else b)
        leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
        valid_month = (month >= 1) & (month <= 12)
        length = t.month_days[np.where(valid_month, month, 0)] + (valid_month & (month == 2) & leap)
        real = valid_month & (year >= dt.MINYEAR) & (year <= dt.MAXYEAR) & (day >= 1) & (day <= length)
        return (self.year_first | self.numeric) & real, year, month, day


def day_order(cells: Sequence[str]) -> bool | None:
    """What the first date of the column that proves its day order says, as records._day_first reads a
    column: ``True`` when its first part is above 12, ``False`` when its second is; ``None`` when no date
    of the column proves it."""
    np = _numpy().np
    for part in _chunks(cells):
        shapes = _DateShapes(part)
        a, b, _year = shapes.parts
        proof = shapes.numeric & ((a > 12) | (b > 12))
        found = int(proof.argmax()) if proof.any() else len(part)
        # Before that cell, any cell of another notation might prove it first: the values module decides.
        unsure = ~(shapes.numeric | shapes.year_first | shapes.empty)
        for i in np.flatnonzero(unsure[:found]).tolist():
            parts = date_parts(part[i])
            if parts and parts[0] > 12:
                return True
            if parts and parts[1] > 12:
                return False
        if found < len(part):
            return bool(a[found] > 12)
    return None


def parse_dates(cells: Sequence[str], day_first: bool) -> tuple[list[dt.date | None], dict[int, CellError]]:
    """:func:`.values.parse_date` of every cell: ``(values, errors)`` as :func:`parse_numbers` gives them."""
    n = len(cells)
    if n == 0:
        return [], {}
    np = _numpy().np
    found = [(shapes.days(day_first), shapes.empty) for shapes in map(_DateShapes, _chunks(cells))]
    fast, year, month, day = (np.concatenate([days[k] for days, _empty in found]) for k in range(4))
    empty = np.concatenate([empty for _days, empty in found])
    values: list[dt.date | None] = [None] * n
    errors: dict[int, CellError] = {}
    chosen = np.flatnonzero(fast)
    if len(chosen):
        days = list(map(dt.date, year[chosen].tolist(), month[chosen].tolist(), day[chosen].tolist()))
        if len(chosen) == n:
            values = list(days)  # as a list of date | None: the per-cell reader may put a None in it
        else:
            for i, value in zip(chosen.tolist(), days, strict=True):
                values[i] = value
    others = np.flatnonzero(~(fast | empty)).tolist()
    if others:
        _per_cell(cells, others, lambda text: parse_date(text, day_first), values, errors, (CellError,))
    return values, errors
