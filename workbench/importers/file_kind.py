"""What a file is, before it is read as a table of invoices: by its content, not by its name.

Two questions, both answered by pure functions so that they can be tested on
bytes and on tables without files:

- What format is it? (:func:`kind_from_head`, :func:`kind_of_zip`, :func:`kind_of_ole`) — a workbook
  saved as ``.csv``, a CSV saved as ``.xls``, a web page or a PDF saved under any name: users rename
  files, and utility portals name their exports as they please.
- Is this table a load curve? (:func:`load_curve_shape`) — interval readings of a meter (15-minute,
  30-minute, hourly), one row per interval (and per register) or one row per day with a column per
  interval. It is read like any table, but its rows are not bills and must not be imported as such.

Dates and times are parsed here with a few patterns of their own rather than with the invoice
parser: detection needs only to tell a timestamp from something else, and must not change when the
invoice parser's rules do.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .table import RawTable


class Family(enum.Enum):
    """What can be done with a file of that format."""

    TEXT = "text"  # a delimited text table, or text that is nothing else we know
    WORKBOOK = "workbook"  # a workbook this program reads (XLSX, XLSM, XLS, ODS)
    PROTECTED = "protected"  # an encrypted Office file
    SPREADSHEET_FILE = "spreadsheet file"  # a table a spreadsheet opens but we do not read: save it as XLSX
    DOCUMENT = "document"  # data or documents that are not a table (JSON, XML, PDF, Word…)
    IMAGE = "image"  # a photo or a scan of an invoice
    ARCHIVE = "archive"  # ZIP, gzip, 7-Zip…: the table is inside
    BINARY = "binary"  # anything else that is not text


@dataclass(frozen=True)
class FileKind:
    family: Family
    name: str  # the format's own name, as shown in messages ("JSON", "PDF", "PNG"); not translated
    reader: str | None = None  # for workbooks: "xlsx", "xls" or "ods"


TEXT = FileKind(Family.TEXT, "CSV")
ZIP = FileKind(Family.ARCHIVE, "ZIP")
OLE = FileKind(Family.BINARY, "OLE")  # an Office 97–2003 container: refined by kind_of_ole
XLSX = FileKind(Family.WORKBOOK, "XLSX", "xlsx")
XLS = FileKind(Family.WORKBOOK, "XLS", "xls")
ODS = FileKind(Family.WORKBOOK, "ODS", "ods")
BINARY = FileKind(Family.BINARY, "binary")

# Magic numbers at offset 0, checked in order. Short ones that a text file could start with are checked
# further below with more of their header (BM for bitmaps), or left to the binary test of the text reader,
# which catches them by their control bytes (MZ for Windows programs).
_MAGIC: tuple[tuple[bytes, FileKind], ...] = (
    (b"PK\x03\x04", ZIP),
    (b"PK\x05\x06", ZIP),  # an empty archive
    (b"PK\x07\x08", ZIP),  # a spanned archive
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"%PDF-", FileKind(Family.DOCUMENT, "PDF")),
    (b"%!PS", FileKind(Family.DOCUMENT, "PostScript")),
    (b"{\\rtf", FileKind(Family.DOCUMENT, "RTF")),
    (b"SQLite format 3\x00", FileKind(Family.DOCUMENT, "SQLite")),
    (b"\x89PNG\r\n\x1a\n", FileKind(Family.IMAGE, "PNG")),
    (b"\xff\xd8\xff", FileKind(Family.IMAGE, "JPEG")),
    (b"GIF87a", FileKind(Family.IMAGE, "GIF")),
    (b"GIF89a", FileKind(Family.IMAGE, "GIF")),
    (b"II*\x00", FileKind(Family.IMAGE, "TIFF")),
    (b"MM\x00*", FileKind(Family.IMAGE, "TIFF")),
    (b"\x1f\x8b", FileKind(Family.ARCHIVE, "gzip")),
    (b"\xfd7zXZ\x00", FileKind(Family.ARCHIVE, "XZ")),
    (b"7z\xbc\xaf\x27\x1c", FileKind(Family.ARCHIVE, "7-Zip")),
    (b"Rar!\x1a\x07", FileKind(Family.ARCHIVE, "RAR")),
    (b"\x28\xb5\x2f\xfd", FileKind(Family.ARCHIVE, "Zstandard")),
    (b"\x7fELF", FileKind(Family.BINARY, "ELF")),
)


def kind_from_head(head: bytes, whole: bool = False) -> FileKind:
    """The kind of a file from its first bytes (a few kilobytes are enough; 64 KiB are better for text).

    ``whole``: ``head`` is the whole file, so JSON is recognised only if it parses. ZIP and OLE containers
    come back as :data:`ZIP` and :data:`OLE`: what they hold needs their directory (:func:`kind_of_zip`,
    :func:`kind_of_ole`).
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind(Family.IMAGE, "WebP")
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return FileKind(Family.IMAGE, "HEIC")
    if head[:2] == b"BM" and head[6:10] == b"\x00\x00\x00\x00" and len(head) > 26:
        return FileKind(Family.IMAGE, "BMP")
    if head[:3] == b"BZh" and head[4:10] == b"\x31\x41\x59\x26\x53\x59":
        return FileKind(Family.ARCHIVE, "bzip2")
    if head[257:262] == b"ustar":
        return FileKind(Family.ARCHIVE, "TAR")
    return _text_kind(_head_text(head), complete=whole)


def _head_text(head: bytes) -> str:
    """Enough of the head as text to recognise markup and JSON, whatever its encoding."""
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(codec, errors="ignore")
    order = utf16_byte_order(head)
    if order:
        return head.decode(order, errors="ignore")
    # Markup and JSON start in ASCII in every 8-bit encoding and in UTF-8: latin-1 never fails.
    return head.decode("latin-1")


def utf16_byte_order(sample: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for UTF-16 text without a byte order mark, else ``None``.

    Text in Latin scripts has a NUL in every other byte in UTF-16, and (almost) none in the others.
    """
    sample = sample[:8192]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0), odd.count(0)
    if nul_odd >= 0.3 * len(odd) and nul_even <= 0.02 * len(even):
        return "utf-16-le"
    if nul_even >= 0.3 * len(even) and nul_odd <= 0.02 * len(odd):
        return "utf-16-be"
    return None


_JSON_START = re.compile(r"\s*(\{\s*[\"}]|\[\s*[\[{\"\]])")
_XML_START = re.compile(r"\s*<(\?xml\b|[A-Za-z_][\w:.-]*[\s>/])")
_HTML = re.compile(r"<(!doctype\s+html|html|head|body|table|meta)\b", re.IGNORECASE)


def _text_kind(text: str, complete: bool) -> FileKind:
    text = text.lstrip("\ufeff")
    start = text[:65536]
    if start.startswith("LOCATION,") and "\nDESIGN CONDITIONS" in start[:4096]:
        return FileKind(Family.DOCUMENT, "EnergyPlus (EPW)")  # hourly, but weather, not a meter
    if _JSON_START.match(start) and (not complete or _is_json(text)):
        return FileKind(Family.DOCUMENT, "JSON")
    stripped = start.lstrip()
    if stripped.startswith("<"):
        head = stripped[:8192]
        if "urn:schemas-microsoft-com:office:spreadsheet" in head:
            return FileKind(Family.SPREADSHEET_FILE, "Excel 2003 XML")
        if "office:document" in head and "opendocument.spreadsheet" in start:
            return FileKind(Family.SPREADSHEET_FILE, "OpenDocument (FODS)")
        if _HTML.search(head):
            return FileKind(Family.SPREADSHEET_FILE, "HTML")
        if re.match(r"<svg\b", stripped) or "<svg" in head[:1024]:
            return FileKind(Family.IMAGE, "SVG")
        if _XML_START.match(stripped) and (stripped.startswith("<?xml") or "</" in start or "/>" in start):
            return FileKind(Family.DOCUMENT, "XML")
    return TEXT


def _is_json(text: str) -> bool:
    """Whole JSON, or JSON lines (one object per line), and not a table that starts with a bracket."""
    try:
        json.loads(text)
        return True
    except ValueError:
        pass
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    try:
        return bool(lines) and all(isinstance(json.loads(line), dict | list) for line in lines)
    except ValueError:
        return False


# Format names are shown untranslated in messages: proper names and suffixes only, no English words.
_OPENDOCUMENT = {"text": "ODT", "presentation": "ODP", "graphics": "ODG", "chart": "ODC", "formula": "ODF"}


def kind_of_zip(names: Iterable[str], mimetype: bytes = b"") -> FileKind:
    """What a ZIP archive holds, from its member names (and its ``mimetype`` member for OpenDocument)."""
    lowered = {name.lower() for name in names}
    excel = [name for name in lowered if name.startswith("xl/")]
    if any(name.endswith("workbook.bin") for name in excel):
        return FileKind(Family.SPREADSHEET_FILE, "Excel (XLSB)")
    if excel:
        return XLSX  # even without its workbook part: a damaged workbook is said to be one
    kind = mimetype.strip().decode("ascii", errors="replace")
    if kind == "application/vnd.oasis.opendocument.spreadsheet" or (not kind and "content.xml" in lowered):
        return ODS
    if kind.startswith("application/vnd.oasis.opendocument."):
        suffix = _OPENDOCUMENT.get(kind.rsplit(".", 1)[-1], kind.rsplit(".", 1)[-1])
        return FileKind(Family.DOCUMENT, f"OpenDocument ({suffix})")
    if "word/document.xml" in lowered:
        return FileKind(Family.DOCUMENT, "Word (DOCX)")
    if "ppt/presentation.xml" in lowered:
        return FileKind(Family.DOCUMENT, "PowerPoint (PPTX)")
    return ZIP


def _utf16_name(name: str) -> bytes:
    return name.encode("utf-16-le")


_OLE_STREAMS: tuple[tuple[str, FileKind], ...] = (
    ("EncryptedPackage", FileKind(Family.PROTECTED, "Office")),
    ("Workbook", XLS),
    ("Book", XLS),  # Excel 5/95
    ("WordDocument", FileKind(Family.DOCUMENT, "Word (DOC)")),
    ("PowerPoint Document", FileKind(Family.DOCUMENT, "PowerPoint (PPT)")),
    ("__substg1.0_", FileKind(Family.DOCUMENT, "Outlook (MSG)")),
)


def kind_of_ole(data: bytes) -> FileKind | None:
    """What an OLE (Office 97–2003) container holds, from the stream names in its directory; ``None`` if unknown.

    The directory can be anywhere in the file, so ``data`` is the whole file; its names are UTF-16.
    """
    for name, kind in _OLE_STREAMS:
        if _utf16_name(name) in data:
            return kind
    return None


# --- load curves -------------------------------------------------------------------------------------------

MAX_INTERVAL_MINUTES = 60  # hourly is the coarsest load curve; daily readings are another thing
SAMPLE_ROWS = 20_000  # rows looked at: weeks of quarter-hours, enough to meet every register (day and night)
_MIN_INTERVALS = 8  # fewer timestamps prove nothing
_SAMPLE_CELLS = 200  # cells of a column looked at to tell what the column holds


@dataclass(frozen=True)
class LoadCurveShape:
    """How a load curve is laid out: what a load-curve import needs to know before reading it."""

    interval_minutes: int
    registers: int  # series measured per interval: Fluvius's "Afname Dag", "Injectie Nacht"… or units
    register_names: tuple[str, ...] = ()
    layout: str = "rows"  # "rows": a row per interval; "columns": a row per day, a column per interval


_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
_TIME = re.compile(r"(\d{1,2})[:hHuU](\d{2})(?::(\d{2})(?:[.,]\d+)?)?")
_DATETIME = re.compile(_DATE.pattern + r"(?:[ T]+" + _TIME.pattern + r")?\s*(?:Z|[+-]\d{2}:?\d{2})?")
_NUMBER = re.compile(r"[-+]?\d[\d\s.,\u00a0\u202f']*")
_INTERVAL_LABEL = re.compile(r"(?:[A-Za-z]{1,6}\.?\s*)?(\d{1,3})")


def load_curve_shape(table: RawTable) -> LoadCurveShape | None:
    """The shape of ``table`` if it is a load curve, else ``None``.

    A table is a load curve when its rows are timestamped several times a day at a regular step of at
    most an hour, or when a header row holds 23 to 100 interval columns (00:00, 00:15… or 1…96, H1…H24)
    above rows of dates. An invoice ledger has one row per bill (a period, or a date without a time of
    day), so it is never one.
    """
    rows = table.rows[:SAMPLE_ROWS]
    return _columns_shape([table.header, *rows[:50]], rows) or _rows_shape(table.header, rows)


def _rows_shape(header: Sequence[str], rows: Sequence[Sequence[str]]) -> LoadCurveShape | None:
    """A row per interval: a date column with a time of day in it, or beside it in a time column."""
    stamps = _timestamps(rows)
    if stamps is None:
        return None
    keys, used = stamps
    distinct = sorted({k for k in keys if k is not None})
    days = {k // 1440 for k in distinct}
    if len(distinct) < _MIN_INTERVALS or len(distinct) < 4 * len(days):
        return None
    steps = Counter(b - a for a, b in itertools.pairwise(distinct))
    step, count = steps.most_common(1)[0]
    if not 0 < step <= MAX_INTERVAL_MINUTES or count < 0.5 * (len(distinct) - 1):
        return None
    names = _registers(header, rows, keys, exclude=used)
    return LoadCurveShape(step, max(1, len(names)), names, "rows")


def _columns_shape(top: Sequence[Sequence[str]], rows: Sequence[Sequence[str]]) -> LoadCurveShape | None:
    """A row per day, a column per interval: a row of ``top`` (the header and the first rows) labels a day of
    intervals, above rows of dates. The header finder takes 00:15 for a number, so the labels may be in a row."""
    for index, row in enumerate(top):
        found = _interval_columns(row)
        if found is None:
            continue
        minutes, columns = found
        below = rows[index:]
        date_column = _date_column(below, exclude=set(columns))
        if date_column is None:
            continue
        keys: list[int | None] = []
        for cells in below:
            stamp = _parse_datetime(cells[date_column]) if date_column < len(cells) else None
            keys.append(stamp // 1440 if stamp is not None else None)
        names = _registers(row, below, keys, exclude={date_column, *columns})
        return LoadCurveShape(minutes, max(1, len(names)), names, "columns")
    return None


def _interval_columns(header: Sequence[str]) -> tuple[int, list[int]] | None:
    """Interval minutes and column indexes when ``header`` labels one day of intervals, else ``None``."""
    by_time = [(i, m) for i, m in ((i, _parse_time(c)) for i, c in enumerate(header)) if m is not None]
    if len(by_time) >= 23:
        steps = Counter(b[1] - a[1] for a, b in itertools.pairwise(by_time))
        step, count = steps.most_common(1)[0]
        if 0 < step <= MAX_INTERVAL_MINUTES and count >= 0.8 * (len(by_time) - 1) and _a_day(len(by_time), step):
            return step, [i for i, _ in by_time]
    numbered = [
        (i, int(m.group(1))) for i, m in ((i, _INTERVAL_LABEL.fullmatch(c.strip())) for i, c in enumerate(header)) if m
    ]
    if len(numbered) >= 23:
        values = [n for _, n in numbered]
        consecutive = all(b == a + 1 for a, b in itertools.pairwise(values)) and values[0] in (0, 1)
        numbered_step = _step_for(len(values))
        if consecutive and numbered_step:
            return numbered_step, [i for i, _ in numbered]
    return None


def _a_day(count: int, step: int) -> bool:
    """Whether ``count`` intervals of ``step`` minutes make a day, give or take a daylight-saving hour."""
    return abs(count * step - 1440) <= 60


def _step_for(count: int) -> int | None:
    for step in (60, 30, 15, 10, 5):
        if _a_day(count, step):
            return step
    return None


def _timestamps(rows: Sequence[Sequence[str]]) -> tuple[list[int | None], set[int]] | None:
    """Minutes since year 1 of each row, and the columns they come from; ``None`` without a date column."""
    date_column = _date_column(rows)
    if date_column is None:
        return None
    time_column = _time_column(rows, exclude={date_column})
    keys: list[int | None] = []
    for cells in rows:
        stamp = _parse_datetime(cells[date_column]) if date_column < len(cells) else None
        if stamp is not None and time_column is not None and time_column < len(cells):
            minutes = _parse_time(cells[time_column])
            stamp = stamp - stamp % 1440 + minutes if minutes is not None else None
        keys.append(stamp)
    used = {date_column} if time_column is None else {date_column, time_column}
    return keys, used


def _sample(rows: Sequence[Sequence[str]], column: int) -> list[str]:
    cells = []
    for cells_of_row in rows:
        if column < len(cells_of_row) and cells_of_row[column]:
            cells.append(cells_of_row[column])
            if len(cells) >= _SAMPLE_CELLS:
                break
    return cells


def _columns(rows: Sequence[Sequence[str]]) -> range:
    return range(max((len(r) for r in rows[:_SAMPLE_CELLS]), default=0))


def _mostly(cells: list[str], test: Callable[[str], bool]) -> bool:
    return len(cells) >= 2 and sum(test(c) for c in cells) >= 0.8 * len(cells)


def _date_column(rows: Sequence[Sequence[str]], exclude: AbstractSet[int] = frozenset()) -> int | None:
    for column in _columns(rows):
        if column not in exclude and _mostly(_sample(rows, column), lambda c: _parse_datetime(c) is not None):
            return column
    return None


def _time_column(rows: Sequence[Sequence[str]], exclude: AbstractSet[int]) -> int | None:
    for column in _columns(rows):
        if column not in exclude and _mostly(_sample(rows, column), lambda c: _parse_time(c) is not None):
            return column
    return None


def _parse_time(text: str) -> int | None:
    """Minutes after midnight of ``HH:MM``, ``HH:MM:SS``, ``HHhMM`` or the start of ``00:00 - 00:15``."""
    match = _TIME.match(text.strip())
    if match is None or (match.end() < len(text.strip()) and text.strip()[match.end()] not in " -–/"):
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 24 or minutes > 59:
        return None
    return hours * 60 + minutes


def _parse_datetime(text: str) -> int | None:
    """Minutes since year 1 of a date (d-m-y, d/m/y, m/d/y or y-m-d) with an optional time of day."""
    match = _DATETIME.fullmatch(text.strip())
    if match is None:
        return None
    a, b, c = (int(g) for g in match.group(1, 2, 3))
    if len(match.group(1)) == 4:
        year, month, day = a, b, c
    elif len(match.group(3)) == 4:
        # Day first unless it cannot be (US exports); either order keeps the rows of one day together.
        year, month, day = (c, b, a) if b <= 12 else (c, a, b)
    else:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    minutes = 0
    if match.group(4) is not None:
        hours, mins = int(match.group(4)), int(match.group(5))
        if hours > 24 or mins > 59:
            return None
        minutes = hours * 60 + mins
    return date.toordinal() * 1440 + minutes


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text))


def _registers(
    header: Sequence[str], rows: Sequence[Sequence[str]], keys: Sequence[int | None], exclude: set[int]
) -> tuple[str, ...]:
    """The series a load curve measures at each timestamp (``keys``: a timestamp or day per row).

    With several rows per timestamp, the register is the text column (or pair of columns) that tells
    them apart — Fluvius's ``Register``, or its ``Eenheid`` for gas given both in m³ and kWh — and the
    registers are its distinct values. With one row per timestamp, they are the value columns.
    """
    groups: dict[int, list[int]] = {}
    for index, key in enumerate(keys):
        if key is not None:
            groups.setdefault(key, []).append(index)
    if not groups:
        return ()
    if max(len(g) for g in groups.values()) == 1:
        return tuple(_value_columns(header, rows, exclude))
    candidates = _label_columns(rows, exclude)
    for width in (1, 2):
        best: tuple[str, ...] | None = None
        for columns in _combinations(candidates, width):
            if _separates(rows, groups, columns):
                names = tuple(sorted({_label(rows[i], columns) for g in groups.values() for i in g}))
                if best is None or len(names) < len(best):
                    best = names
        if best is not None:
            return best
    typical = Counter(len(g) for g in groups.values()).most_common(1)[0][0]
    return tuple(str(n + 1) for n in range(typical))


def _combinations(columns: list[int], width: int) -> list[tuple[int, ...]]:
    if width == 1:
        return [(c,) for c in columns]
    return [(a, b) for i, a in enumerate(columns) for b in columns[i + 1 :]]


def _label(row: Sequence[str], columns: tuple[int, ...]) -> str:
    return " ".join(row[c] if c < len(row) else "" for c in columns)


def _separates(rows: Sequence[Sequence[str]], groups: dict[int, list[int]], columns: tuple[int, ...]) -> bool:
    """Whether ``columns`` tell apart the rows of (nearly) every timestamp: a daylight-saving hour may repeat."""
    shared = [g for g in groups.values() if len(g) > 1]
    clean = sum(len({_label(rows[i], columns) for i in g}) == len(g) for g in shared)
    return clean >= 0.95 * len(shared)


def _label_columns(rows: Sequence[Sequence[str]], exclude: set[int]) -> list[int]:
    """Columns of a few repeated words (a register, a unit, a status), not numbers."""
    found = []
    for column in _columns(rows):
        if column in exclude:
            continue
        cells = _sample(rows, column)
        if 1 < len(set(cells)) <= 24 and not _mostly(cells, _is_number) and not _mostly(cells, _is_moment):
            found.append(column)
    return found


def _is_moment(text: str) -> bool:
    return _parse_datetime(text) is not None or _parse_time(text) is not None


def _value_columns(header: Sequence[str], rows: Sequence[Sequence[str]], exclude: set[int]) -> list[str]:
    """Columns of varying numbers: one series each (import and export side by side, say)."""
    names = []
    for column in _columns(rows):
        cells = _sample(rows, column)
        if column not in exclude and _mostly(cells, _is_number) and len(set(cells)) > 1:
            names.append(header[column] if column < len(header) and header[column] else f"#{column + 1}")
    return names
