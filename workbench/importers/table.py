"""Any tabular file to a grid of text cells: CSV/TXT of any encoding and delimiter, XLSX, XLS and ODS.

Everything is read as text: numbers and dates are parsed later, with the
file's own decimal mark and date order, so that nothing is guessed twice or
silently converted by a library. The header row is found below any preamble.

What a file is comes from its content, not its name (see :mod:`.file_kind`): a
workbook saved as ``.csv`` is read as the workbook it is, a web page or a PDF
is refused as what it is, and a load curve is refused unless it is asked for.

Every file, however damaged or hostile, is read or refused with one
:class:`UnreadableFileError` that names it (and the row and column where that
applies) and says what to do — never another exception, and within bounded
time and memory: the limits below were measured on the project's 2-core
machine so that any file up to ``MAX_BYTES`` is read or refused within about
10 s and 500 MB (tests/importers/test_hostile_files.py).
"""

from __future__ import annotations

import codecs
import copy
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, message

from . import file_kind
from .file_kind import Family, FileKind, LoadCurveShape, load_curve_shape

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

CTX = "Import"
# Readers by suffix, for containers whose content does not say (a damaged OLE file named .xls).
SPREADSHEET_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
DELIMITERS = (";", ",", "\t", "|")
MEGABYTE = 1024 * 1024

# A ledger of 100,000 bills is 9–15 MB as CSV (read in about 1 s); 50 MB leaves room for wide layouts and
# load curves (three years of Fluvius quarter-hours: 420,000 rows, read in 5 s and 100 MB).
MAX_BYTES = 50 * MEGABYTE
# Rows of a table of bills (preamble, header and blank lines included). The bills import stays linear to
# 100,000 rows; no invoice ledger has more than twice that.
MAX_ROWS = 200_000
# Rows of a load curve, when one is asked for: ten meters' three years of quarter-hours (1,051,200) in one file.
MAX_LOAD_CURVE_ROWS = 1_200_000
# Estimated memory of the cells read (Python lists and strings), whatever their number: 50 MB of tiny
# unique cells would otherwise take over a gigabyte.
MAX_TABLE_BYTES = 256 * MEGABYTE
# Cells of a text table, whatever their size: their count, not their bytes, takes the time (0.5–0.7 µs
# each): 6 million in 4 s.
MAX_CELLS = 6_000_000
MAX_COLUMNS = 16_384  # a spreadsheet's width: a wider row comes from no spreadsheet
MAX_CELL_CHARS = 32_767  # what a spreadsheet cell can hold: longer is never an invoice value
# A record of a text file: under the csv module's own field limit (131,072), so that a missing quote is
# reported here, with its row and column, before the csv module stops on it.
MAX_RECORD_CHARS = 100_000
HEAD_BYTES = 65_536  # read first, to tell what the file is and to find its delimiter
SNIFF_ROWS = file_kind.SAMPLE_ROWS  # rows read before deciding whether the table is a load curve
ENCODING_SAMPLE = 200_000  # bytes given to charset-normalizer

# Workbooks are ZIP archives of XML: bounded before any reader sees them (a 50 MB file can unpack to 50 GB).
# 128 MB of sheet XML (90,000 cells of 1,300 characters) is read in 2–4 s and 270 MB.
MAX_UNZIPPED_BYTES = 128 * MEGABYTE
MAX_ZIP_RATIO = 200  # sheet XML compresses 5–20:1 (pandas' 8:1); bombs 1000:1
ZIP_RATIO_FROM = MEGABYTE  # small members (styles, empty sheets) may compress far better, harmlessly
MAX_ZIP_ENTRIES = 10_000  # a workbook has tens of members
MAX_ZIP_DIRECTORY = 4 * MEGABYTE  # bytes of their directory: 10,000 long names
# Cells a sheet spans from A1 to its last cell: the readers fill every cell of that rectangle, so a workbook
# with a value in A1 and another in XFD1048576 would take hundreds of gigabytes. A cell costs 3–5 µs from
# XML to text (5 when the machine is busy): 100,000 bills of 11 columns take 4–6 s and 180 MB.
MAX_SHEET_CELLS = 1_200_000
# Characters of shared strings given to the cells that refer to them: each reference is a copy.
MAX_SHARED_TEXT = 64 * MEGABYTE
CHUNK = 4 * MEGABYTE


@dataclass
class ReadOptions:
    """What the user may override; ``None`` means detect."""

    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None  # "," or "."
    header_row: int | None = None  # 1-based row number in the file
    sheet: str | None = None
    allow_load_curve: bool = False  # read a load curve as a table instead of refusing it (a load-curve import)


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
    load_curve: LoadCurveShape | None = None  # set when a load curve was read with allow_load_curve

    def row_number(self, index: int) -> int:
        return self.first_data_row + index


class UnreadableFileError(DomainError):
    table: RawTable | None = None  # the file as read, when it could be read but not imported as it is


class LoadCurveFileError(UnreadableFileError):
    """The file is a load curve: interval readings, not bills. Its shape is kept for a load-curve import."""

    def __init__(self, msg: Message, shape: LoadCurveShape) -> None:
        super().__init__(msg)
        self.shape = shape
        self.interval_minutes = shape.interval_minutes
        self.registers = shape.registers
        self.register_names = shape.register_names


def _unreadable(path: Path, source: str, **params: Any) -> UnreadableFileError:
    return UnreadableFileError(message(CTX, source, file=path.name, **params))


def read_table(path: Path, options: ReadOptions | None = None) -> RawTable:
    options = options or ReadOptions()
    _check_size(path)
    head = _read_head(path)
    kind = _file_kind(path, head)
    if kind.family is Family.WORKBOOK:
        table = _read_workbook(path, kind, options)
    elif kind.family is Family.TEXT:
        table = _read_text(path, head, options)
    else:
        raise _not_a_table(path, kind)
    table.decimal = options.decimal or _file_decimal(path, table.rows)
    return table


def _check_size(path: Path) -> None:
    if not path.is_file():
        raise _unreadable(path, QT_TRANSLATE_NOOP("Import", "{file}: there is no such file."))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _cannot_open(path, exc) from None
    if size == 0:
        raise _unreadable(path, QT_TRANSLATE_NOOP("Import", "{file} is empty."))
    if size > MAX_BYTES:
        raise _unreadable(
            path,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file} is {size} MB, more than the {limit} MB a table of invoices can be: "
                "export a shorter period or split the file.",
            ),
            size=round(size / MEGABYTE, 1),
            limit=MAX_BYTES // MEGABYTE,
        )


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(HEAD_BYTES)
    except OSError as exc:
        raise _cannot_open(path, exc) from None


def _cannot_open(path: Path, exc: OSError) -> UnreadableFileError:
    return _unreadable(
        path,
        QT_TRANSLATE_NOOP("Import", "{file} cannot be opened ({reason}); check that it is not open elsewhere."),
        reason=exc.strerror or exc,
    )


# --- what the file is --------------------------------------------------------------------------------------


def _file_kind(path: Path, head: bytes) -> FileKind:
    kind = file_kind.kind_from_head(head, whole=len(head) < HEAD_BYTES)
    if kind is file_kind.ZIP:
        return _zip_kind(path)
    if kind is file_kind.OLE:
        return _ole_kind(path)
    return kind


def _zip_kind(path: Path) -> FileKind:
    _check_directory_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            mimetype = b""
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 256:
                mimetype = archive.read("mimetype")
    except Exception as exc:  # zipfile's reasons vary (BadZipFile, OSError, EOFError, ValueError…)
        raise _damaged(path, exc) from None
    return file_kind.kind_of_zip(names, mimetype)


def _ole_kind(path: Path) -> FileKind:
    try:
        data = path.read_bytes()  # the directory can be anywhere; the file is at most MAX_BYTES
    except OSError as exc:
        raise _cannot_open(path, exc) from None
    found = file_kind.kind_of_ole(data)
    if found is None:
        # An unknown or damaged container: the reader may still make sense of a file named .xls.
        return file_kind.XLS if SPREADSHEET_SUFFIXES.get(path.suffix.lower()) == "xls" else file_kind.BINARY
    return found


def _not_a_table(path: Path, kind: FileKind) -> UnreadableFileError:
    if kind.family is Family.PROTECTED:
        return _protected(path)
    if kind.family is Family.SPREADSHEET_FILE:
        source = QT_TRANSLATE_NOOP(
            "Import",
            "{file} is in {format} format, which cannot be read here: "
            "open it in Excel or LibreOffice Calc and save it as XLSX or CSV.",
        )
    elif kind.family is Family.DOCUMENT:
        source = QT_TRANSLATE_NOOP(
            "Import",
            "{file} is in {format} format, not a table of invoices: export the invoices as CSV or Excel (XLSX).",
        )
    elif kind.family is Family.IMAGE:
        source = QT_TRANSLATE_NOOP(
            "Import",
            "{file} is an image ({format}), not a table of invoices: "
            "type the invoices into a spreadsheet, or export them as CSV or Excel (XLSX).",
        )
    elif kind.family is Family.ARCHIVE:
        source = QT_TRANSLATE_NOOP(
            "Import",
            "{file} is an archive ({format}), not a table of invoices: extract the table from it and import that file.",
        )
    else:
        return _binary(path)
    return _unreadable(path, source, format=kind.name)


def _binary(path: Path) -> UnreadableFileError:
    return _unreadable(
        path,
        QT_TRANSLATE_NOOP(
            "Import",
            "{file} is not a text table (CSV or TXT) nor a spreadsheet: export the invoices as CSV or Excel (XLSX).",
        ),
    )


def _protected(path: Path) -> UnreadableFileError:
    return _unreadable(
        path, QT_TRANSLATE_NOOP("Import", "{file} is protected by a password; save an unprotected copy.")
    )


def _damaged(path: Path, exc: BaseException) -> UnreadableFileError:
    return _unreadable(
        path,
        QT_TRANSLATE_NOOP(
            "Import",
            "{file} cannot be read as a spreadsheet ({reason}); "
            "open it in Excel or LibreOffice Calc and save it again, or export it as CSV.",
        ),
        reason=str(exc) or type(exc).__name__,
    )


# --- text tables -------------------------------------------------------------------------------------------


def _read_text(path: Path, head: bytes, options: ReadOptions) -> RawTable:
    encoding = options.encoding or _detect_file_encoding(path, head)
    _check_encoding(path, encoding)
    if not options.encoding and _looks_binary(head, encoding):
        raise _binary(path)
    head_text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)
    delimiter = options.delimiter or detect_delimiter(head_text.lstrip("\ufeff"))
    try:
        with path.open("rb") as raw:
            lines = _Lines(io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline=""))
            records = _text_records(path, lines, csv.reader(lines, delimiter=delimiter), encoding, delimiter)
            grid, shape = _read_grid(path, records, options)
    except OSError as exc:
        raise _cannot_open(path, exc) from None
    table = _with_header(path, grid, options.header_row)
    table.encoding, table.delimiter, table.load_curve = encoding, delimiter, shape
    return table


def _check_encoding(path: Path, encoding: str) -> None:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):  # base64, zlib… are not text encodings
        raise _unreadable(
            path,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: “{encoding}” is not a text encoding this program knows; "
                "choose another one (e.g. UTF-8 or Windows-1252).",
            ),
            encoding=encoding,
        )


# Control bytes no text table holds (NUL, tab, line ends, form feed and escape excepted).
_CONTROL = bytes(b for b in range(1, 32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"


def _looks_binary(head: bytes, encoding: str) -> bool:
    """Whether ``head`` is not text: other control bytes than tabs and line ends, or mostly NULs.

    A few NULs in text are a damaged cell, refused with its row and column rather than as binary.
    """
    if encoding.replace("_", "-").lower().startswith(("utf-16", "utf-32")):
        return False
    sample = head[:8192].rstrip(b"\x00")  # NUL padding at the end of a file carries nothing
    if not sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL))
    return control > max(2, 0.01 * len(sample)) or sample.count(0) > 0.1 * len(sample)


def detect_encoding(data: bytes, complete: bool = True) -> str:
    """The text encoding, by BOM, then UTF-16 without a BOM, then strict UTF-8, then charset-normalizer's guess.

    ``complete``: ``data`` is the whole file (else it may end in the middle of a character).
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    order = file_kind.utf16_byte_order(data)
    if order:
        return order
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return _guess_encoding(data[:ENCODING_SAMPLE])


def _guess_encoding(sample: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp850", "utf_16"]).best()
    if best is None:
        return "cp1252"
    return {"latin_1": "cp1252", "iso8859_1": "cp1252"}.get(best.encoding, best.encoding)


def _detect_file_encoding(path: Path, head: bytes) -> str:
    """As :func:`detect_encoding`, but UTF-8 must hold to the end of the file, not only in its head."""
    whole = len(head) < HEAD_BYTES
    encoding = detect_encoding(head, complete=whole)
    if encoding != "utf-8" or whole:
        return encoding
    bad = _first_non_utf8(path)
    if bad is None:
        return encoding
    with path.open("rb") as f:  # the head is ASCII: guess from the bytes where UTF-8 fails
        f.seek(max(0, bad - ENCODING_SAMPLE // 2))
        return _guess_encoding(f.read(ENCODING_SAMPLE))


def _first_non_utf8(path: Path) -> int | None:
    """The offset near which the file stops being UTF-8, or ``None``; read in chunks, nothing kept."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return offset + exc.start
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return offset
    return None


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the most lines into the same number of cells."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in DELIMITERS:
        counts = [_columns_in(line, delimiter) for line in lines]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * (common > 1) + 0.01 * common
        if score > best_score:
            best, best_score = delimiter, score
    return best


class _RecordTooLongError(Exception):
    pass


class _Lines:
    """The lines of a text file for ``csv.reader``: each one bounded, NUL padding dropped.

    ``record_chars`` counts the characters of the record being read (reset by the caller before each
    record), so that a quote left open does not swallow the rest of the file into one cell.
    """

    def __init__(self, source: IO[str]) -> None:
        self.source = source
        self.record_chars = 0
        self.first_line = ""  # the first line of the record being read, to find the column of a stray quote
        self.has_nul = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.source.readline(MAX_RECORD_CHARS + 1)
        if not line:
            raise StopIteration
        if not self.record_chars:
            self.first_line = line
        self.record_chars += len(line)
        if self.record_chars > MAX_RECORD_CHARS:
            raise _RecordTooLongError
        if "\x00" in line:
            if not line.strip("\x00\r\n"):
                return "\n"  # a line of NUL padding, as some exports leave at the end
            self.has_nul = True
        return line


def _text_records(
    path: Path, lines: _Lines, reader: Iterator[list[str]], encoding: str, delimiter: str
) -> Iterator[list[str]]:
    """The records of a text table; what stops the csv module becomes a message with its row."""
    row = 0
    while True:
        row += 1
        lines.record_chars = 0
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise _unreadable(
                path,
                QT_TRANSLATE_NOOP(
                    "Import", "{file} cannot be read as {encoding} text (row {row}); choose another encoding."
                ),
                encoding=encoding,
                row=_line_of_bad_text(lines.source, encoding) or row,
            ) from None
        except _RecordTooLongError:
            column = _columns_in(lines.first_line, delimiter)
            raise _unreadable(
                path,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file}, row {row}: the row runs over {limit} characters, far too long for a row of invoices; "
                    'a quotation mark (") may be missing near column {column}. Correct the file or export it again.',
                ),
                row=row,
                column=column,
                limit=MAX_RECORD_CHARS,
            ) from None
        except csv.Error as exc:
            raise _unreadable(
                path,
                QT_TRANSLATE_NOOP(
                    "Import", "{file} cannot be read as a text table at row {row} ({reason}); correct the file."
                ),
                row=row,
                reason=exc,
            ) from None
        if row == 1 and cells and cells[0].startswith("\ufeff"):
            cells[0] = cells[0][1:]  # a BOM the chosen encoding did not consume
        if lines.has_nul:
            _refuse_nul(path, row, cells)
        yield cells


def _columns_in(line: str, delimiter: str) -> int:
    """How many cells a line starts, the last one possibly left open by a stray quote."""
    try:
        return len(next(csv.reader([line], delimiter=delimiter), [""]))
    except csv.Error:  # a field limit lowered elsewhere in the program
        return 1


def _line_of_bad_text(source: IO[str], encoding: str) -> int | None:
    """The line where a file stops being ``encoding`` text: the text reader fails a whole buffer ahead of it."""
    raw: IO[bytes] | None = getattr(source, "buffer", None)  # a text file's binary stream
    if raw is None:
        return None
    raw.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)()
    line = 1
    while chunk := raw.read(CHUNK):
        try:
            line += decoder.decode(chunk).count("\n")
        except UnicodeDecodeError as exc:
            return line + chunk[: max(0, exc.start)].decode(encoding, errors="ignore").count("\n")
    return None


def _refuse_nul(path: Path, row: int, cells: list[str]) -> None:
    for column, cell in enumerate(cells, 1):
        if "\x00" in cell:
            raise _unreadable(
                path,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file}, row {row}, column {column}: the cell holds a NUL character (byte 0), so the file is "
                    "damaged or is not a text table. Export it again, or open it in a spreadsheet and save it as CSV.",
                ),
                row=row,
                column=column,
            )


# --- the grid, bounded -------------------------------------------------------------------------------------

_SHARING_SAMPLE = 1000  # rows read before choosing the columns whose texts are shared
_SHARED_PER_COLUMN = 4096  # distinct texts a shared column may hold before sharing is given up


class _Grid:
    """Rows of stripped text cells as they are read, within the row and memory limits.

    Repeated texts of a column (a register, a unit, a date) share one string: a load curve repeats
    almost every cell, and sharing divides its memory by three. Which columns repeat is decided on the
    first rows, so that a ledger's columns of unique values cost nothing more.
    """

    def __init__(self, path: Path, row_limit: int) -> None:
        self.path = path
        self.row_limit = row_limit
        self.rows: list[list[str]] = []
        self.bytes = 0  # an estimate of the memory the rows take: lists, pointers and strings
        self.cells = 0
        self._shared: list[tuple[int, dict[str, str]]] = []

    def add(self, cells: list[str]) -> None:
        if len(self.rows) >= self.row_limit:
            raise self._too_many_rows()
        if len(cells) > MAX_COLUMNS:
            raise self._too_wide(len(cells))
        cells = [c.strip() for c in cells]
        if cells and max(map(len, cells)) > MAX_CELL_CHARS:
            self._refuse_long_cell(cells)
        self.cells += len(cells)
        if self.cells > MAX_CELLS:
            raise self._too_many_cells()
        # A list, its pointers and a string for each cell but the empty ones (Python shares the empty string).
        cost = 64 + 8 * len(cells) + 49 * (len(cells) - cells.count("")) + sum(map(len, cells))
        for column, known in self._shared:
            if column < len(cells) and (text := cells[column]):
                same = known.get(text)
                if same is None:
                    known[text] = text
                else:
                    cells[column] = same
                    cost -= 49 + len(text)
        self.bytes += cost
        if self.bytes > MAX_TABLE_BYTES:
            raise self._too_much()
        self.rows.append(cells)
        if len(self.rows) == _SHARING_SAMPLE or len(self.rows) % 50_000 == 0:
            self._choose_shared()

    def _choose_shared(self) -> None:
        """Share the columns of few distinct texts; stop sharing those that turned out to have many."""
        if not self._shared and len(self.rows) == _SHARING_SAMPLE:
            width = max(map(len, self.rows))
            for column in range(width):
                texts = {row[column] for row in self.rows if column < len(row)}
                if len(texts) <= 0.2 * _SHARING_SAMPLE:
                    self._shared.append((column, {t: t for t in texts}))
        self._shared = [(c, known) for c, known in self._shared if len(known) <= _SHARED_PER_COLUMN]

    def fill(self, records: Iterator[list[str]], stop_at: int | None = None) -> bool:
        """Add records until ``stop_at`` rows are held; whether any may remain."""
        for cells in records:
            self.add(cells)
            if stop_at is not None and len(self.rows) >= stop_at:
                return True
        return False

    def _refuse_long_cell(self, cells: list[str]) -> None:
        column = next(i for i, c in enumerate(cells, 1) if len(c) > MAX_CELL_CHARS)
        raise _unreadable(
            self.path,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}, row {row}, column {column}: the cell holds more than {limit} characters, which no invoice "
                'value does; a quotation mark (") may be missing before it. Correct the file or export it again.',
            ),
            row=len(self.rows) + 1,
            column=column,
            limit=MAX_CELL_CHARS,
        )

    def _too_many_rows(self) -> UnreadableFileError:
        if self.row_limit > MAX_ROWS:
            source = QT_TRANSLATE_NOOP(
                "Import", "{file} has more than {limit} rows, more than a load curve can be read at once: split it."
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Import",
                "{file} has more than {limit} rows: no table of invoices is that long. If it is a meter export, "
                "import it as a load curve; otherwise split it into smaller files.",
            )
        return _unreadable(self.path, source, limit=self.row_limit)

    def _too_wide(self, width: int) -> UnreadableFileError:
        return _unreadable(
            self.path,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}, row {row}: the row has {count} cells, more than the {limit} columns of a spreadsheet; "
                "the file is not a table of invoices, or its delimiter is wrong (choose another one).",
            ),
            row=len(self.rows) + 1,
            count=width,
            limit=MAX_COLUMNS,
        )

    def _too_many_cells(self) -> UnreadableFileError:
        return _unreadable(
            self.path,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file} has more than {limit} cells (by row {row}): no table of invoices is that large. "
                "Split it into smaller files.",
            ),
            limit=MAX_CELLS,
            row=len(self.rows) + 1,
        )

    def _too_much(self) -> UnreadableFileError:
        return _unreadable(
            self.path,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file} holds too much data to be read: its first {rows} rows already take more than {limit} MB. "
                "Split it into smaller files.",
            ),
            rows=len(self.rows),
            limit=MAX_TABLE_BYTES // MEGABYTE,
        )


def _read_grid(
    path: Path, records: Iterator[list[str]], options: ReadOptions
) -> tuple[list[list[str]], LoadCurveShape | None]:
    """All the rows of a file; the first ones decide whether it is a load curve before the rest is read."""
    grid = _Grid(path, MAX_ROWS)
    more = grid.fill(records, SNIFF_ROWS)
    shape = _load_curve(path, grid.rows, options)
    if shape is not None:
        grid.row_limit = MAX_LOAD_CURVE_ROWS
    if more:
        grid.fill(records)
    return grid.rows, shape


def _load_curve(path: Path, rows: list[list[str]], options: ReadOptions) -> LoadCurveShape | None:
    """The load-curve shape of the first rows, refused unless asked for."""
    try:
        head = _with_header(path, rows[:], options.header_row)
    except UnreadableFileError:
        return None  # said again, with the whole file, after reading it
    shape = load_curve_shape(head)
    if shape is not None and not options.allow_load_curve:
        raise LoadCurveFileError(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} is a load curve ({minutes}-minute intervals, registers: {registers}), "
                    "not a table of invoices: import it as a load curve.",
                ),
                file=path.name,
                minutes=shape.interval_minutes,
                registers=shape.registers,
            ),
            shape,
        )
    return shape


# --- workbooks ---------------------------------------------------------------------------------------------


def _read_workbook(path: Path, kind: FileKind, options: ReadOptions) -> RawTable:
    if kind.reader in ("xlsx", "ods"):
        _check_archive(path, kind.reader)
    book = _open_book(path)
    try:
        sheets = [str(s) for s in book.sheet_names]
        name, sheet = _chosen_sheet(path, book, sheets, options.sheet)
        records = _sheet_records(path, sheet)
        grid, shape = _read_grid(path, records, options)
    finally:
        book.close()
    table = _with_header(path, grid, options.header_row)
    table.sheet, table.sheets, table.load_curve = name, sheets, shape
    return table


def _open_book(path: Path) -> CalamineWorkbook:
    from python_calamine import CalamineWorkbook

    try:
        with path.open("rb") as f:
            return CalamineWorkbook.from_filelike(f)  # by content: a workbook named .csv is still one
    except OSError as exc:
        raise _cannot_open(path, exc) from None
    except BaseException as exc:  # the reader's reasons vary; a Rust panic is a BaseException
        raise _reader_error(path, exc) from None


def _reader_error(path: Path, exc: BaseException) -> UnreadableFileError:
    if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
        raise exc  # KeyboardInterrupt, SystemExit: not the file's doing
    text = str(exc).lower()
    if type(exc).__name__ == "PasswordError" or "encrypt" in text or "password" in text:
        return _protected(path)
    return _damaged(path, exc)


def _chosen_sheet(
    path: Path, book: CalamineWorkbook, sheets: list[str], wanted: str | None
) -> tuple[str, CalamineSheet]:
    if wanted is not None:
        if wanted not in sheets:
            raise _unreadable(
                path,
                QT_TRANSLATE_NOOP("Import", "{file} has no sheet named “{sheet}” (sheets: {sheets})."),
                sheet=wanted,
                sheets=", ".join(sheets),
            )
        return wanted, _load_sheet(path, book, wanted)
    first = None
    for name in sheets:
        sheet = _load_sheet(path, book, name)
        if first is None:
            first = (name, sheet)
        if _has_data(sheet):
            return name, sheet
    if first is None:
        raise _unreadable(path, QT_TRANSLATE_NOOP("Import", "{file} holds no data."))
    return first


def _load_sheet(path: Path, book: CalamineWorkbook, name: str) -> CalamineSheet:
    try:
        sheet = book.get_sheet_by_name(name)
    except BaseException as exc:
        raise _reader_error(path, exc) from None
    end = sheet.end  # the readers fill the rectangle from A1 to here; XLS gives it only now
    if end is not None and (end[0] + 1) * (end[1] + 1) > MAX_SHEET_CELLS:
        raise _too_many_cells(path)
    return sheet


def _has_data(sheet: CalamineSheet) -> bool:
    try:
        return any(cell not in ("", None) for row in sheet.to_python(nrows=50) for cell in row)
    except BaseException as exc:
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        return False


def _sheet_records(path: Path, sheet: CalamineSheet) -> Iterator[list[str]]:
    try:
        data = sheet.to_python(skip_empty_area=False)  # from A1, so that row numbers are the sheet's
    except BaseException as exc:
        raise _reader_error(path, exc) from None
    text = _cell_text
    for index, row in enumerate(data):
        data[index] = []  # the reader's values are let go as their text comes
        # Inlined for the two kinds of nearly every cell: a call per cell costs more than the reader.
        cells = [
            v.strip() if type(v) is str else repr(v).removesuffix(".0") if type(v) is float else text(v) for v in row
        ]
        joined = "\x1f".join(cells)  # one look for the rare numbers the shortcut writes badly: 1e+16, nan
        if "e+" in joined or "nan" in joined:
            cells = [_float_text(v) if v.__class__ is float else c for c, v in zip(cells, row, strict=True)]
        yield cells


def _float_text(value: float) -> str:
    """A number as Python writes it, whole numbers without ``.0`` nor an exponent (a meter number stored as a
    number: 541234567890123000, not 5.41234567890123e+17); NaN (a formula's error) as nothing."""
    text = repr(value)
    if text.endswith(".0"):
        return text[:-2]
    if "e+" in text and value.is_integer():
        return format(Decimal(text), "f")
    return "" if text == "nan" else text


def _cell_text(value: object) -> str:
    """A spreadsheet cell as text; dates in ISO, whole numbers without a trailing .0."""
    if type(value) is str:  # most cells: nothing to do
        return value
    if value is None:
        return ""
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _too_many_cells(path: Path) -> UnreadableFileError:
    return _unreadable(
        path,
        QT_TRANSLATE_NOOP(
            "Import",
            "{file} has a sheet spanning more than {limit} cells (rows × columns), far more than a table of "
            "invoices: delete the unused rows and columns, or export the invoices as CSV.",
        ),
        limit=MAX_SHEET_CELLS,
    )


# --- workbooks are archives: bounded before they are read --------------------------------------------------


def _check_archive(path: Path, reader: str) -> None:
    """Refuse archive bombs, members that lie about their size and sheets that span absurd rectangles."""
    try:
        with zipfile.ZipFile(path) as archive:
            _check_entry_count(path, archive)
            infos = archive.infolist()
            _check_declared_sizes(path, infos)
            scanner = _XlsxScanner(path, archive) if reader == "xlsx" else _OdsScanner(path)
            total = 0
            for info in infos:
                wanted = scanner.wants(info.filename)
                total += _inflate(path, archive, info, MAX_UNZIPPED_BYTES - total, scanner.feed if wanted else None)
                if wanted:
                    scanner.end_member(info.filename)
            scanner.check()
    except UnreadableFileError:
        raise
    except Exception as exc:  # zipfile's and zlib's reasons vary: damaged, truncated, unsupported methods
        raise _damaged(path, exc) from None


def _check_directory_size(path: Path) -> None:
    """Refuse an archive whose directory lists more members than a workbook has, before zipfile reads it all.

    zipfile reads the whole central directory when it opens an archive: half a million empty members fit in
    50 MB and take 6 s and 300 MB. Its end record (zipfile's own reader of it, which also knows ZIP64) says
    how many members and how many bytes the directory holds.
    """
    try:
        with path.open("rb") as f:
            # private, but the only reader of the end record alone
            end = zipfile._EndRecData(f)  # type: ignore[attr-defined]  # private: not in typeshed
    except Exception:  # a damaged end: zipfile says so when it opens the archive
        return
    entries, size = zipfile._ECD_ENTRIES_TOTAL, zipfile._ECD_SIZE  # type: ignore[attr-defined]  # private: as above
    if end and (end[entries] > MAX_ZIP_ENTRIES or end[size] > MAX_ZIP_DIRECTORY):
        raise _too_many_members(path)


def _check_entry_count(path: Path, archive: zipfile.ZipFile) -> None:
    if len(archive.infolist()) > MAX_ZIP_ENTRIES:
        raise _too_many_members(path)


def _too_many_members(path: Path) -> UnreadableFileError:
    return _unreadable(
        path,
        QT_TRANSLATE_NOOP(
            "Import",
            "{file} holds more than {limit} archive members: it is not a workbook of invoices. "
            "Export the invoices as CSV or Excel (XLSX).",
        ),
        limit=MAX_ZIP_ENTRIES,
    )


def _too_big_unpacked(path: Path) -> UnreadableFileError:
    return _unreadable(
        path,
        QT_TRANSLATE_NOOP(
            "Import",
            "{file} would unpack to more than {limit} MB, far more than a workbook of invoices: it is damaged or "
            "built to exhaust memory. Export the invoices as CSV, or save a smaller copy of the workbook.",
        ),
        limit=MAX_UNZIPPED_BYTES // MEGABYTE,
    )


def _check_declared_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
        raise _too_big_unpacked(path)
    for info in infos:
        if info.file_size > ZIP_RATIO_FROM and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise _unreadable(
                path,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} holds a member ({member}) compressed more than {ratio} to 1, as archive bombs are: "
                    "it is refused. Save the workbook again from the spreadsheet, or export the invoices as CSV.",
                ),
                member=info.filename,
                ratio=MAX_ZIP_RATIO,
            )


def _inflate(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, sink: Callable[[bytes], None] | None
) -> int:
    """The true unpacked size of a member, at most ``budget``; its bytes go to ``sink`` as they come.

    The declared size is not trusted: the member is read as if it were larger, to the end of its
    compressed data, so that one that lies is caught before a reader trusts it.
    """
    probe = copy.copy(info)
    probe.file_size = budget + 2 * CHUNK  # read past the declared size; stop at the budget ourselves
    size = 0
    with archive.open(probe) as member:
        while chunk := member.read(CHUNK):
            size += len(chunk)
            if size > budget:
                raise _too_big_unpacked(path)
            if sink is not None:
                sink(chunk)
    if size != info.file_size:
        raise _unreadable(
            path,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file} is damaged: its member {member} is not the size the archive says. Save or download it again.",
            ),
            member=info.filename,
        )
    return size


class _Chunks:
    """Chunks of XML cut after their last ``>``, so that no tag is split between two of them."""

    def __init__(self) -> None:
        self.rest = b""

    def whole_tags(self, chunk: bytes, final: bool = False) -> bytes:
        data = self.rest + chunk
        if final:
            self.rest = b""
            return data
        cut = data.rfind(b">") + 1
        start = data.rfind(b"<", cut)
        self.rest = data[start:] if start >= 0 else b""  # after the last tag: text, or a tag not yet closed
        return data[:cut]


_P = rb"(?:[A-Za-z_][\w.-]*:)?"  # an XML namespace prefix
# The usual way to write a cell, found fast; any other way (a prefix, another attribute first, no reference)
# is not matched, and such a sheet is then followed the slow way, in order (_ordered_rectangle).
_X_PLAIN_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')
_X_CELL = re.compile(rb"<c[\s/>]")
_X_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_X_SHARED = re.compile(rb"t\s*=\s*[\"']s[\"']")  # may count an attribute ending in t: only widens
_X_SHARED_VALUE = re.compile(
    rb"<" + _P + rb"c\s[^>]*?\bt\s*=\s*[\"']s[\"'][^>]*>\s*"
    rb"(?:<" + _P + rb"f\b[^>]*/>\s*|<" + _P + rb"f\b[^>]*>[^<]*</" + _P + rb"f>\s*)?"
    rb"<" + _P + rb"v>\s*(\d+)\s*<"
)
_X_ANY_CELL_REF = re.compile(rb"<" + _P + rb"c\s[^>]*?\br\s*=\s*[\"']([A-Za-z]+)(\d+)[\"']")  # slow, complete
_X_ROW_TAG = re.compile(rb"<" + _P + rb"row[\s/>]([^>]*)")
_X_ROW_NUMBER = re.compile(rb"\br\s*=\s*[\"'](\d+)[\"']")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


@dataclass
class _SheetCount:
    """What the fast scan of one XLSX member found: the rectangle of its cells, when they are all written the
    usual way (``<c r="B7"``). Cells written otherwise (a namespace prefix, another attribute first, no
    reference) are only counted, and their sheet is then followed row by row (:class:`_RowWidths`)."""

    max_row: int = 0
    max_column: int = 0
    cells: int = 0
    cells_with_ref: int = 0
    shared: int = 0  # cells that refer to a shared string

    def add(self, data: bytes) -> None:
        refs = _X_PLAIN_CELL_REF.findall(data)
        if refs:
            self.max_row = max(self.max_row, max(map(int, map(itemgetter(1), refs))))
            self.max_column = max(self.max_column, max(map(_column_number, set(map(itemgetter(0), refs)))))
        self.cells_with_ref += len(refs)
        tags = data.count(b"<c") + data.count(b":c")  # fast, but counts <col>, <cfRule>… too
        if tags > len(refs):
            tags = len(_X_CELL.findall(data)) + len(_X_PREFIXED_CELL.findall(data))
        self.cells += tags
        self.shared += len(_X_SHARED.findall(data))

    @property
    def exact(self) -> bool:
        return self.cells <= self.cells_with_ref

    def rectangle(self) -> int:
        return self.max_row * self.max_column


class _RowWidths:
    """Rows of an XLSX sheet one after the other: a row's width is its last referenced column plus its cells
    without a reference (they follow the previous cell); a row without a number follows the previous row."""

    def __init__(self) -> None:
        self.row = self.max_row = self.width = 0
        self._referenced = self._loose = 0  # of the current row

    def add(self, data: bytes) -> None:
        position = 0
        for match in _X_ROW_TAG.finditer(data):
            self._cells(data[position : match.start()])
            self._next_row(match.group(1))
            position = match.end()
        self._cells(data[position:])

    def _cells(self, span: bytes) -> None:
        refs = _X_ANY_CELL_REF.findall(span)
        if refs:
            self.max_row = max(self.max_row, max(map(int, map(itemgetter(1), refs))))
            self._referenced = max(self._referenced, max(map(_column_number, set(map(itemgetter(0), refs)))))
        loose = len(_X_CELL.findall(span)) + len(_X_PREFIXED_CELL.findall(span)) - len(refs)
        if loose > 0:
            self._loose += loose
            self.max_row = max(self.max_row, self.row, 1)

    def _next_row(self, attributes: bytes) -> None:
        self.width = max(self.width, self._referenced + self._loose)
        number = _X_ROW_NUMBER.search(attributes)
        self.row = int(number.group(1)) if number else self.row + 1
        self._referenced = self._loose = 0

    def rectangle(self) -> int:
        return self.max_row * max(self.width, self._referenced + self._loose)


class _XlsxScanner:
    """Bounds of each XML member of an XLSX: the cell rectangle of sheets and the copies of shared strings.

    Every member is scanned, not only those named like sheets: the reader follows the workbook's
    relationships to whatever member they name.
    """

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self.archive = archive
        self.counts: dict[str, _SheetCount] = {}
        self._current = _SheetCount()
        self._chunks = _Chunks()

    def wants(self, name: str) -> bool:
        return not name.endswith("/")

    def feed(self, chunk: bytes) -> None:
        self._current.add(self._chunks.whole_tags(chunk))

    def end_member(self, name: str) -> None:
        self._current.add(self._chunks.whole_tags(b"", final=True))
        if self._current.cells:
            self.counts[name] = self._current
        self._current = _SheetCount()

    def check(self) -> None:
        lengths: list[int] | None = None
        for name, count in self.counts.items():
            rectangle = count.rectangle() if count.exact else self._ordered_rectangle(name)
            if rectangle > MAX_SHEET_CELLS:
                raise _too_many_cells(self.path)
            if count.shared:
                lengths = self._shared_lengths() if lengths is None else lengths
                self._check_shared_text(name, count, lengths)

    def _ordered_rectangle(self, name: str) -> int:
        """The rectangle row by row, for a sheet with cells that have no reference (the fast bound is coarse)."""
        widths = _RowWidths()
        chunks = _Chunks()
        with self.archive.open(name) as member:
            while True:
                chunk = member.read(CHUNK)
                widths.add(chunks.whole_tags(chunk, final=not chunk))
                if not chunk or widths.rectangle() > MAX_SHEET_CELLS:
                    return widths.rectangle()

    def _shared_lengths(self) -> list[int]:
        """Lengths of the shared strings, from every member that holds a shared-string table."""
        import xml.etree.ElementTree as ET

        lengths: list[int] = []
        for info in self.archive.infolist():
            if "sharedstrings" not in info.filename.lower() and not self._is_shared_strings(info.filename):
                continue
            with self.archive.open(info) as member:
                for _, element in ET.iterparse(member):
                    if element.tag.rsplit("}", 1)[-1] == "si":
                        lengths.append(sum(len(t) for t in element.itertext()))
                        element.clear()
        return lengths

    def _is_shared_strings(self, name: str) -> bool:
        count = self.counts.get(name)
        return count is None and name.lower().endswith(".xml") and self._named_in_relationships(name)

    def _named_in_relationships(self, name: str) -> bool:
        if not hasattr(self, "_targets"):
            self._targets: set[str] = set()
            for info in self.archive.infolist():
                if info.filename.endswith(".rels") and info.file_size < MEGABYTE:
                    text = self.archive.read(info).decode("utf-8", errors="replace")
                    for target in re.findall(r"sharedStrings\"[^>]*Target=\"([^\"]+)\"", text):
                        self._targets.add(target.rsplit("/", 1)[-1].lower())
                    for target in re.findall(r"Target=\"([^\"]+)\"[^>]*sharedStrings\"", text):
                        self._targets.add(target.rsplit("/", 1)[-1].lower())
        return name.rsplit("/", 1)[-1].lower() in self._targets

    def _check_shared_text(self, name: str, count: _SheetCount, lengths: list[int]) -> None:
        longest = max(lengths, default=0)
        if count.shared * longest <= MAX_SHARED_TEXT:
            return
        total = matched = 0
        chunks = _Chunks()
        with self.archive.open(name) as member:
            while True:
                chunk = member.read(CHUNK)
                for index in _X_SHARED_VALUE.findall(chunks.whole_tags(chunk, final=not chunk)):
                    position = int(index)
                    total += lengths[position] if position < len(lengths) else 0
                    matched += 1
                if not chunk:
                    break
        total += (count.shared - matched) * longest  # cells written in a way not matched: the worst case
        if total > MAX_SHARED_TEXT:
            raise _too_much_text(self.path)


_O_ROW = b"<table:table-row"
_O_CELL = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s/>])([^>]*?)(/?)>")
_O_ROWS_REPEATED = re.compile(rb"number-rows-repeated\s*=\s*[\"'](\d+)")
_O_COLUMNS_REPEATED = re.compile(rb"number-columns-repeated\s*=\s*[\"'](\d+)")
_O_SPACES = re.compile(rb"text:c\s*=\s*[\"'](\d+)")


class _OdsScanner:
    """The cells an ODS reader fills, and their text: repeated rows and cells (``number-rows-repeated``…)
    count as many times, and so do spaces written as a count (``<text:s text:c="1000000"/>``).

    The content is split into rows (fast, by bytes); only rows with repeated cells are looked at cell by cell.
    Empty repeated cells and rows (a spreadsheet's padding to its last row and column) count only when a
    value follows them.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = 0
        self.text = 0  # characters the cells will hold beyond those the XML writes, at most
        self._rest = b""
        self._row = self._max_row = self._max_column = 0

    def wants(self, name: str) -> bool:
        return name == "content.xml"

    def feed(self, chunk: bytes) -> None:
        data = self._rest + chunk
        cut = data.rfind(_O_ROW)
        if cut <= 0:
            self._rest = data  # one row longer than a chunk: bounded by the unpacked size
            return
        self._rest = data[cut:]
        self._rows(data[:cut])

    def end_member(self, name: str) -> None:
        self._rows(self._rest)
        self._rest = b""
        self._end_table()

    def check(self) -> None:
        if self.total > MAX_SHEET_CELLS:
            raise _too_many_cells(self.path)
        if self.text > MAX_SHARED_TEXT:
            raise _too_much_text(self.path)

    def _rows(self, data: bytes) -> None:
        for piece in data.split(_O_ROW)[1:]:
            if piece[:1] in (b" ", b">", b"/", b"\t", b"\n", b"\r"):  # not <table:table-rows> nor -row-group
                self._row_piece(piece)
            if b"</table:table>" in piece:
                self._end_table()
        # Stop early: the rest cannot make them smaller.
        if self.total + self._max_row * self._max_column > MAX_SHEET_CELLS:
            raise _too_many_cells(self.path)
        if self.text > MAX_SHARED_TEXT:
            raise _too_much_text(self.path)

    def _row_piece(self, piece: bytes) -> None:
        end = piece.find(b">")
        repeat = _O_ROWS_REPEATED.search(piece, 0, end)
        rows = int(repeat.group(1)) if repeat else 1
        body = piece[end + 1 :]
        if b"columns-repeated" in body:
            width, written, copied = self._cells(body)
        else:  # every cell counts, even an empty one: a bound, not a count
            width = body.count(b"<table:table-cell") + body.count(b"<table:covered-table-cell")
            written, spaces = _ods_text(body)
            copied = written + spaces
        if width:
            self._max_row = self._row + rows
            self._max_column = max(self._max_column, width)
        self._row += rows
        # Text beyond what the XML itself writes: the XML is bounded by its unpacked size, copies are not.
        self.text += rows * copied - written

    @staticmethod
    def _cells(body: bytes) -> tuple[int, int, int]:
        """The width of a row with repeated cells, the text its XML writes and the text its cells will hold."""
        column = width = written = copied = 0
        cells = list(_O_CELL.finditer(body))
        for index, cell in enumerate(cells):
            attributes, empty = cell.group(1), cell.group(2)
            repeat = _O_COLUMNS_REPEATED.search(attributes)
            count = int(repeat.group(1)) if repeat else 1
            column += count
            if not empty or b"value-type" in attributes:
                width = column
            if not empty:
                following = cells[index + 1].start() if index + 1 < len(cells) else len(body)
                text, spaces = _ods_text(body[cell.end() : following])
                written += text
                copied += count * (text + spaces)
        return width, written, copied

    def _end_table(self) -> None:
        self.total += self._max_row * self._max_column
        self._row = self._max_row = self._max_column = 0


def _ods_text(content: bytes) -> tuple[int, int]:
    """The characters of the paragraphs in ``content``, at most: its bytes, and the spaces written as a count."""
    if b"<text:" not in content:
        return 0, 0  # no paragraph: an empty cell, or a number the reader takes from its attributes
    spaces = sum(map(int, _O_SPACES.findall(content))) if b"text:c" in content else 0
    return len(content), spaces


def _too_much_text(path: Path) -> UnreadableFileError:
    return _unreadable(
        path,
        QT_TRANSLATE_NOOP(
            "Import",
            "{file} repeats its texts into more than {limit} million characters of cells, far more than a "
            "workbook of invoices: it is refused. Export the invoices as CSV.",
        ),
        limit=MAX_SHARED_TEXT // MEGABYTE,
    )


# --- header and numbers ------------------------------------------------------------------------------------

_COMMA_DECIMAL = re.compile(r"^-?\d{1,3}([ .\u00a0\u202f]\d{3})*,\d+$|^-?\d+,\d+$")
_POINT_DECIMAL = re.compile(r"^-?\d{1,3}([ ,\u00a0\u202f]\d{3})*\.\d+$|^-?\d+\.\d+$")
# One mark followed by exactly three digits, after one to three digits that do not start with 0: "1,234" is
# 1234 to an English reader and 1.234 to a French one. Such a cell is no evidence of the decimal mark.
_AMBIGUOUS = re.compile(r"^-?[1-9]\d{0,2}[.,]\d{3}$")
# Several dots, or several commas, in groups of three ("1.234.567"): that mark groups thousands.
_GROUPED_BY_POINTS = re.compile(r"^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$")
_GROUPED_BY_COMMAS = re.compile(r"^-?\d{1,3}(,\d{3}){2,}(\.\d+)?$")


def decimal_evidence(rows: list[list[str]]) -> tuple[int, int, int]:
    """(cells that show a decimal comma, cells that show a decimal point, cells that could be either)."""
    comma = point = ambiguous = 0
    for row in rows[:200]:
        for cell in row:
            text = cell.strip().strip('"')
            if _AMBIGUOUS.match(text):
                ambiguous += 1
            elif _COMMA_DECIMAL.match(text) or _GROUPED_BY_POINTS.match(text):
                comma += 1
            elif _POINT_DECIMAL.match(text) or _GROUPED_BY_COMMAS.match(text):
                point += 1
    return comma, point, ambiguous


def detect_decimal(rows: list[list[str]], default: str = ".") -> str:
    """The decimal mark most numbers use; ``default`` (the reader's own, for a paste) when no number shows one."""
    comma, point, _ambiguous = decimal_evidence(rows)
    if comma == point == 0:
        return default
    return "," if comma > point else "."


def _file_decimal(path: Path, rows: list[list[str]]) -> str:
    """A file's decimal mark; refused when its numbers could be read either way ("1,234" and nothing else)."""
    comma, point, ambiguous = decimal_evidence(rows)
    if comma == point == 0 and ambiguous:
        example = next(c.strip().strip('"') for r in rows[:200] for c in r if _AMBIGUOUS.match(c.strip().strip('"')))
        raise _unreadable(
            path,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: the decimal mark cannot be told from the numbers — “{example}” could be a thousand times "
                "more or less. Choose the decimal mark (on the command line: --decimal , or --decimal .).",
            ),
            example=example,
        )
    return detect_decimal(rows)


def _with_header(path: Path, grid: list[list[str]], header_row: int | None) -> RawTable:
    """The table below its header row. ``grid``: stripped cells (as :class:`_Grid` keeps them)."""
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
    rows = grid[index + 1 :]
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))  # in place: a second copy of a large table costs memory
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
