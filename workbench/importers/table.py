"""Any tabular file to a grid of text cells: CSV/TXT of any encoding and delimiter, XLSX, XLS and ODS.

Everything is read as text: numbers and dates are parsed later, with the
file's own decimal mark and date order, so that nothing is guessed twice or
silently converted by a library. The header row is found below any preamble.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message

CTX = "Import"
SPREADSHEET_SUFFIXES = {".xlsx": "openpyxl", ".xlsm": "openpyxl", ".xls": "calamine", ".ods": "odf"}
DELIMITERS = (";", ",", "\t", "|")
MAX_BYTES = 200 * 1024 * 1024


@dataclass
class ReadOptions:
    """What the user may override; ``None`` means detect."""

    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None  # "," or "."
    header_row: int | None = None  # 1-based row number in the file
    sheet: str | None = None


@dataclass
class RawTable:
    """The cells of a file as text, with what was detected about it."""

    source: str
    header: list[str]
    rows: list[list[str]]
    first_data_row: int  # 1-based row number of rows[0] in the file, for messages
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str = "."
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)

    def row_number(self, index: int) -> int:
        return self.first_data_row + index


class UnreadableFileError(DomainError):
    pass


def _unreadable(path: Path, source: str, **params: object) -> UnreadableFileError:
    return UnreadableFileError(message(CTX, source, file=path.name, **params))


def read_table(path: Path, options: ReadOptions | None = None) -> RawTable:
    options = options or ReadOptions()
    if not path.is_file():
        raise _unreadable(path, QT_TRANSLATE_NOOP("Import", "{file}: there is no such file."))
    size = path.stat().st_size
    if size == 0:
        raise _unreadable(path, QT_TRANSLATE_NOOP("Import", "{file} is empty."))
    if size > MAX_BYTES:
        raise _unreadable(path, QT_TRANSLATE_NOOP("Import", "{file} is too large to be an invoice table."))
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        grid, sheet, sheets = _read_spreadsheet(path, SPREADSHEET_SUFFIXES[suffix], options.sheet)
        table = _with_header(path, grid, options.header_row)
        table.sheet, table.sheets = sheet, sheets
    else:
        data = path.read_bytes()
        if _looks_binary(data):
            raise _unreadable(
                path, QT_TRANSLATE_NOOP("Import", "{file} is not a text table (CSV or TXT) nor a spreadsheet.")
            )
        encoding = options.encoding or detect_encoding(data)
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise _unreadable(
                path,
                QT_TRANSLATE_NOOP("Import", "{file} cannot be read as {encoding} text; choose another encoding."),
                encoding=encoding,
            ) from None
        text = text.lstrip("\ufeff")
        delimiter = options.delimiter or detect_delimiter(text)
        grid = [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
        table = _with_header(path, grid, options.header_row)
        table.encoding, table.delimiter = encoding, delimiter
    table.decimal = options.decimal or detect_decimal(table.rows)
    return table


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    return b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff"))


def detect_encoding(data: bytes) -> str:
    """The text encoding, by BOM, then strict UTF-8, then charset-normalizer's best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp850", "utf_16"]).best()
    if best is None:
        return "cp1252"
    return {"latin_1": "cp1252", "iso8859_1": "cp1252"}.get(best.encoding, best.encoding)


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the most lines into the same number of cells."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * (common > 1) + 0.01 * common
        if score > best_score:
            best, best_score = delimiter, score
    return best


_COMMA_DECIMAL = re.compile(r"^-?\d{1,3}([ .\u00a0\u202f]\d{3})*,\d+$|^-?\d+,\d+$")
_POINT_DECIMAL = re.compile(r"^-?\d{1,3}([ ,\u00a0\u202f]\d{3})*\.\d+$|^-?\d+\.\d+$")


def detect_decimal(rows: list[list[str]], default: str = ".") -> str:
    """The decimal mark most numbers use; ``default`` when no number shows one."""
    comma = point = 0
    for row in rows[:200]:
        for cell in row:
            text = cell.strip().strip('"')
            if _COMMA_DECIMAL.match(text):
                comma += 1
            elif _POINT_DECIMAL.match(text):
                point += 1
    if comma == point == 0:
        return default
    return "," if comma > point else "."


def _read_spreadsheet(path: Path, engine: str, wanted: str | None) -> tuple[list[list[str]], str, list[str]]:
    import pandas as pd

    try:
        book = pd.ExcelFile(path, engine=engine)
    except Exception as exc:  # encrypted, corrupt, not a workbook: the library's reasons vary
        text = str(exc).lower()
        if "encrypt" in text or "password" in text or "cfb" in text or "ole2" in text:
            raise _unreadable(
                path, QT_TRANSLATE_NOOP("Import", "{file} is protected by a password; save an unprotected copy.")
            ) from None
        raise _unreadable(
            path, QT_TRANSLATE_NOOP("Import", "{file} cannot be read as a spreadsheet ({reason})."), reason=exc
        ) from None
    sheets = [str(s) for s in book.sheet_names]
    sheet = wanted if wanted is not None else _first_sheet_with_data(book, sheets)
    if sheet not in sheets:
        raise _unreadable(
            path,
            QT_TRANSLATE_NOOP("Import", "{file} has no sheet named “{sheet}” (sheets: {sheets})."),
            sheet=sheet,
            sheets=", ".join(sheets),
        )
    frame = pd.read_excel(book, sheet_name=sheet, header=None, dtype=object)
    grid = [[_cell_text(v) for v in row] for row in frame.itertuples(index=False)]
    return grid, sheet, sheets


def _first_sheet_with_data(book, sheets: list[str]) -> str:
    import pandas as pd

    for sheet in sheets:
        if not pd.read_excel(book, sheet_name=sheet, header=None, nrows=5).dropna(how="all").empty:
            return sheet
    return sheets[0] if sheets else ""


def _cell_text(value: object) -> str:
    """A spreadsheet cell as text; dates in ISO, whole numbers without a trailing .0."""
    import datetime as dt
    import math

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    text = str(value)
    return "" if text == "NaT" else text


def _with_header(path: Path, grid: list[list[str]], header_row: int | None) -> RawTable:
    grid = [[c.strip() for c in row] for row in grid]
    while grid and not any(grid[-1]):
        grid.pop()
    if not any(any(row) for row in grid):
        raise _unreadable(path, QT_TRANSLATE_NOOP("Import", "{file} holds no data."))
    index = header_row - 1 if header_row else find_header(grid)
    if index < 0 or index >= len(grid):
        raise _unreadable(
            path,
            QT_TRANSLATE_NOOP("Import", "{file}: there is no row {row} to use as the header."),
            row=header_row,
        )
    header = grid[index]
    width = len(header)
    rows = [(row + [""] * width)[:width] if len(row) <= width else row for row in grid[index + 1 :]]
    return RawTable(path.name, header, rows, index + 2)


def _is_label(cell: str) -> bool:
    return bool(cell) and not re.fullmatch(r"[-+]?[\d\s.,/:%\u00a0\u202f\"=]+", cell)


def find_header(grid: list[list[str]]) -> int:
    """The first row that looks like column names: mostly text, as wide as the data, with data below it.

    Without numbers anywhere below (a table of text), the first such row is taken.
    """
    width = max(len([c for c in row if c]) for row in grid[:50])
    first_candidate = None
    for i, row in enumerate(grid[:50]):
        filled = [c for c in row if c]
        if len(filled) >= max(2, int(0.6 * width)) and sum(_is_label(c) for c in filled) >= 0.8 * len(filled):
            if first_candidate is None:
                first_candidate = i
            following = grid[i + 1 : i + 4]
            if any(sum(not _is_label(c) for c in r if c) for r in following):
                return i
    return first_candidate if first_candidate is not None else 0
