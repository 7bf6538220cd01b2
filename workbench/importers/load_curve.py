"""Load curves read from a table (``table.read_table`` with ``allow_load_curve``): the intervals of each
register placed on UTC, gaps kept as gaps, every row accounted for.

Two layouts (``file_kind.load_curve_shape`` tells which):

- **a row per interval**: a timestamp (or a date and a time column), a start or an end of the interval (Fluvius
  writes both, Enedis the end), one value per row with a register column (Fluvius: ``Afname Dag``…), or one
  value column per register (a generic export);
- **a row per day**, with 24, 48 or 96 interval columns labelled by time (``00:15 … 24:00``) or by number
  (``1 … 96``, ``H1 … H24``).

Local times become UTC in the meter's zone. On the day the clocks go back, the hour that happens twice is told
apart by its order in the file (the first 02:15 before the second); a local time that does not exist (the
hour the clocks skip) is refused. Offsets written in the file (ISO 8601) are used as they are. Values become
kWh per interval: kWh and Wh as energy, kW and W as the interval's mean power (× the interval's length); m³
stay m³ (a gas register in volume, kept apart). A unit is never guessed: the file says it (a unit column, the
value column's header) or the caller does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import math
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from workbench.domain.load_curve import CurveUnit, Flow, IntervalBlock, ReadingStatus, Register, RegisterSeries
from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, message

from .file_kind import _interval_columns
from .table import RawTable
from .values import CellError, parse_number

CTX = "LoadCurve"
UTC = dt.UTC


class ValueUnit(Enum):
    """What a value in the file measures."""

    KWH = "kWh"
    WH = "Wh"
    KW = "kW"
    W = "W"
    M3 = "m³"

    def energy(self, value: float, minutes: int) -> float:
        """The interval's energy (kWh, or m³ for a volume) of ``value`` over ``minutes``."""
        if self is ValueUnit.KWH or self is ValueUnit.M3:
            return value
        if self is ValueUnit.WH:
            return value / 1000
        if self is ValueUnit.KW:
            return value * minutes / 60
        return value * minutes / 60_000

    @property
    def curve_unit(self) -> CurveUnit:
        return CurveUnit.M3 if self is ValueUnit.M3 else CurveUnit.KWH


class Role(Enum):
    """What a column of a row-per-interval table holds."""

    START = "start"  # date and time (or a date, with START_TIME)
    START_TIME = "start_time"
    END = "end"
    END_TIME = "end_time"
    REGISTER = "register"
    VALUE = "value"
    UNIT = "unit"
    STATUS = "status"
    STEP = "step"


ROLE_LABELS = {
    Role.START: QT_TRANSLATE_NOOP("LoadCurveField", "Start (date and time, or date)"),
    Role.START_TIME: QT_TRANSLATE_NOOP("LoadCurveField", "Start time"),
    Role.END: QT_TRANSLATE_NOOP("LoadCurveField", "End (date and time, or date)"),
    Role.END_TIME: QT_TRANSLATE_NOOP("LoadCurveField", "End time"),
    Role.REGISTER: QT_TRANSLATE_NOOP("LoadCurveField", "Register"),
    Role.VALUE: QT_TRANSLATE_NOOP("LoadCurveField", "Value"),
    Role.UNIT: QT_TRANSLATE_NOOP("LoadCurveField", "Unit"),
    Role.STATUS: QT_TRANSLATE_NOOP("LoadCurveField", "Status"),
    Role.STEP: QT_TRANSLATE_NOOP("LoadCurveField", "Interval length"),
}


@dataclass(frozen=True)
class RowRefusal:
    row: int  # 1-based, in the file
    field: str  # the column's header as the file writes it ('' for the row as a whole)
    text: str  # the cell as the file has it
    reason: Message


@dataclass
class LoadCurveRead:
    """What a file holds: its registers' series, and for every row read, what became of it."""

    series: list[RegisterSeries]
    rows: int
    identical_rows: int = 0  # the same interval written twice with the same value: read once
    refusals: list[RowRefusal] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not self.refusals


# --- headers ---------------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


# Header words of each role, French, English and Dutch, accents and case ignored; the first match wins.
_ROLE_WORDS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    (Role.START_TIME, ("van tijdstip", "from time", "start time", "heure de debut", "heure debut", "begintijd")),
    (Role.END_TIME, ("tot tijdstip", "to time", "end time", "heure de fin", "heure fin", "eindtijd")),
    (Role.START, ("van datum", "from date", "start date", "date de debut", "date debut", "begin", "start", "debut")),
    (Role.END, ("tot datum", "to date", "end date", "date de fin", "date fin", "horodate", "end", "fin", "einde")),
    (Role.REGISTER, ("register", "registre", "type de mesure", "grandeur")),
    (Role.UNIT, ("eenheid", "unite", "unit")),
    (Role.STATUS, ("validatiestatus", "status", "statut", "qualite", "nature", "validation")),
    (Role.STEP, ("pas", "step", "interval", "periode d'integration")),
)
_TIMESTAMP_WORDS = (
    *("timestamp", "datetime", "date et heure", "date/heure", "date heure", "horodatage", "tijdstip", "datum/tijd"),
)
_DATE_WORDS = ("date", "datum", "jour", "day", "dag")
_TIME_WORDS = ("time", "heure", "tijd", "uur", "hour")
_SKIP_WORDS = ("ean", "meter", "compteur", "prm", "point", "metertype", "identifiant", "calorische")
_UNIT_IN_HEADER = re.compile(r"(?i)(?:^|[\s(\[/_-])(kwh|wh|kw|w|m3|m³)(?:[\s)\]/_-]|$)")


@functools.lru_cache(maxsize=256)
def _unit_from_text(text: str) -> ValueUnit | None:
    key = _plain(text).replace("³", "3")
    return {"kwh": ValueUnit.KWH, "wh": ValueUnit.WH, "kw": ValueUnit.KW, "w": ValueUnit.W, "m3": ValueUnit.M3}.get(key)


def _header_unit(header: str) -> ValueUnit | None:
    match = _UNIT_IN_HEADER.search(header)
    return _unit_from_text(match.group(1)) if match else None


def _words(text: str) -> str:
    """A header's words, accents, case and punctuation aside (« From (date) » → "from date")."""
    return " ".join(re.sub(r"[^\w/']+", " ", _plain(text)).split())


def column_roles(header: Sequence[str]) -> dict[Role, int]:
    """The role of each column a header names (values excluded: see :func:`_value_columns`)."""
    roles: dict[Role, int] = {}
    for index, raw in enumerate(header):
        text = _words(raw)
        if not text or any(text == w or text.startswith(w + " ") for w in _SKIP_WORDS):
            continue
        for role, words in _ROLE_WORDS:
            if role not in roles and any(
                text == w or text.startswith(w + " ") or text.endswith(" " + w) for w in words
            ):
                roles[role] = index
                break
        else:
            stamp = any(w in text for w in _TIMESTAMP_WORDS)
            date = any(text == w or text.startswith(w + " ") for w in _DATE_WORDS)
            if Role.START not in roles and (stamp or date):
                roles[Role.START] = index
            elif Role.START_TIME not in roles and any(text == w or text.startswith(w + " ") for w in _TIME_WORDS):
                roles[Role.START_TIME] = index
    # Enedis writes the interval's end as "Horodate", beside the period asked for ("Date de début", "Date de
    # fin"), the same on every row: the horodate is the time line.
    horodate = next((i for i, raw in enumerate(header) if _words(raw) == "horodate"), None)
    if horodate is not None:
        for role in (Role.START, Role.START_TIME, Role.END_TIME):
            roles.pop(role, None)
        roles[Role.END] = horodate
    return roles


_VALUE_WORDS = (
    "volume",
    "valeur",
    "value",
    "waarde",
    "verbruik",
    "consommation",
    "consumption",
    "energie",
    "energy",
    "puissance",
    "power",
    "vermogen",
    "afname",
    "injectie",
    "kwh",
    "kw",
    "wh",
)


def _value_columns(header: Sequence[str], roles: dict[Role, int]) -> list[int]:
    used = set(roles.values())
    found = []
    for index, raw in enumerate(header):
        text = _words(raw)
        if index in used or not text or any(text == w or text.startswith(w + " ") for w in _SKIP_WORDS):
            continue
        if any(w in text for w in _VALUE_WORDS) or _header_unit(raw) is not None:
            found.append(index)
    return found


# --- cells -----------------------------------------------------------------------------------------------

_STAMP = re.compile(
    r"\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})"
    r"(?:[ T]+(\d{1,2})[:hH](\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)
_CLOCK = re.compile(r"\s*(\d{1,2})[:hHuU](\d{2})(?::(\d{2}))?\s*$")
_ISO_STEP = re.compile(r"(?i)\s*PT(\d+)([MH])\s*$")


@dataclass(frozen=True)
class _Stamp:
    local: dt.datetime  # naive, the wall clock; 24:00 already moved to the next day
    offset: dt.timedelta | None  # written in the file
    utc: dt.datetime | None = None  # with an offset: the instant it gives


def _parse_stamp(text: str, time_text: str | None = None) -> _Stamp | None:
    if time_text is None and len(text) >= 16 and text[4] == "-" and text[10] in "T ":
        # ISO 8601 (Enedis, most meter software): the C parser; anything it refuses (24:00, odd forms) below
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.microsecond == 0:
            offset = parsed.utcoffset()
            local = parsed.replace(tzinfo=None)
            return _Stamp(local, offset, parsed.astimezone(UTC) if offset is not None else None)
    match = _STAMP.match(text)
    if match is None:
        return None
    a, b, c, hh, mm, ss, zone = match.groups()
    year, month, day = (int(a), int(b), int(c)) if len(a) == 4 else (int(c), int(b), int(a))
    if year < 100:
        year += 2000
    if hh is None and time_text is not None:
        clock = _CLOCK.match(time_text)
        if clock is None:
            return None
        hh, mm, ss = clock.groups()
    hours, minutes, seconds = int(hh or 0), int(mm or 0), int(ss or 0)
    try:
        day_start = dt.datetime(year, month, day)
    except ValueError:
        return None
    if hours > 24 or minutes > 59 or seconds > 59 or (hours == 24 and (minutes or seconds)):
        return None
    local = day_start + dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)
    offset = None
    if zone:
        if zone == "Z":
            offset = dt.timedelta(0)
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return _Stamp(local, offset, (local - offset).replace(tzinfo=UTC))
    return _Stamp(local, offset)


@functools.lru_cache(maxsize=256)
def _status(text: str) -> ReadingStatus:
    plain = _plain(text)
    if any(w in plain for w in ("geschat", "estim", "calcul", "substitu")) or plain in ("e", "s"):
        return ReadingStatus.ESTIMATED
    return ReadingStatus.MEASURED


def _flow(name: str) -> Flow:
    plain = _plain(name)
    if any(w in plain for w in ("injectie", "injection", "production", "export", "levering aan het net")):
        return Flow.INJECTION
    return Flow.OFFTAKE


class _Localiser:
    """Wall-clock times to UTC in one zone; a time that happens twice is the second one when it is met again."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.seen: Counter[tuple[str, dt.datetime]] = Counter()
        self.plain: dict[dt.datetime, dt.datetime | str] = {}  # times that happen once (or never) in the zone

    def utc(self, stamp: _Stamp, series: str) -> dt.datetime | str:
        """The UTC instant, or why there is none ("missing": the clocks skip it; "thrice": met too often)."""
        if stamp.utc is not None:
            return stamp.utc
        known = self.plain.get(stamp.local)
        if known is not None:
            return known
        first = stamp.local.replace(tzinfo=self.zone, fold=0)
        if first.astimezone(UTC).astimezone(self.zone).replace(tzinfo=None) != stamp.local:
            self.plain[stamp.local] = "missing"  # in the hour the clocks skip (PEP 495 gives it two offsets)
            return "missing"
        second = stamp.local.replace(tzinfo=self.zone, fold=1)
        if first.utcoffset() == second.utcoffset():
            instant = first.astimezone(UTC)
            self.plain[stamp.local] = instant
            return instant
        key = (series, stamp.local)
        self.seen[key] += 1
        count = self.seen[key]
        if count > 2:
            return "thrice"
        return (first if count == 1 else second).astimezone(UTC)


# --- reading ---------------------------------------------------------------------------------------------


@dataclass
class _Reading:
    start: dt.datetime  # UTC
    minutes: int
    value: float  # NaN: no reading
    status: ReadingStatus
    row: int
    text: str = ""  # the value as the file has it


def read_load_curve(
    table: RawTable, zone: ZoneInfo, unit: ValueUnit | None = None, roles: dict[Role, int] | None = None
) -> LoadCurveRead:
    """The series of ``table`` (a load curve read by ``read_table``), its local times in ``zone``; ``unit`` for
    values whose unit the file does not say; ``roles`` to say which column is what (else read from the header)."""
    table = below_preamble(table)
    shape = table.load_curve
    if (shape is not None and shape.layout == "columns") or (shape is None and _interval_columns(table.header)):
        return _read_days(table, zone, unit)
    return _read_rows(table, zone, unit, roles or column_roles(table.header))


PREAMBLE_ROWS = 30  # rows above the header a meter's software writes (site, meter, period…)


def _names_a_time(header: Sequence[str]) -> bool:
    roles = column_roles(header)
    return Role.START in roles or Role.END in roles or _interval_columns(header) is not None


def _dated(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """Whether the rows under ``header`` hold a date where it names its time (a metadata block's own header,
    « Date de début ; Date de fin ; Grandeur », is followed by one row of values, then the table's header)."""
    roles = column_roles(header)
    column = roles.get(Role.START, roles.get(Role.END))
    if column is None:  # a row per day: its first column holds the day
        column = 0
    for row in rows:
        if not any(c.strip() for c in row):
            continue
        text = row[column] if column < len(row) else ""
        if _parse_stamp(text) is None:  # an empty cell too: a table's time column is never empty
            return False
    return True


def below_preamble(table: RawTable) -> RawTable:
    """The table from its true header: a metadata block above it (« Compteur : … », « Période : … ») is
    skipped when a row below names the time column and the row after it holds a date."""
    if _names_a_time(table.header) and _dated(table.header, table.rows[:3]):
        return table
    for index, row in enumerate(table.rows[:PREAMBLE_ROWS]):
        following = table.rows[index + 1] if index + 1 < len(table.rows) else []
        if _names_a_time(row) and any(_parse_stamp(c) is not None for c in following):
            return dataclasses.replace(
                table, header=list(row), rows=table.rows[index + 1 :], first_data_row=table.row_number(index + 1)
            )
    return table


def _refusal(table: RawTable, index: int, column: int | None, text: str, source: str, /, **params: Any) -> RowRefusal:
    name = table.header[column] if column is not None and column < len(table.header) else ""
    return RowRefusal(table.row_number(index), name, text, message(CTX, source, **params))


def _cell_refusal(table: RawTable, index: int, column: int | None, text: str, reason: Message) -> RowRefusal:
    """A cell refused by the value reader: its reason as that reader words it (its own context)."""
    name = table.header[column] if column is not None and column < len(table.header) else ""
    return RowRefusal(table.row_number(index), name, text, reason)


def _cell(cells: Sequence[str], column: int | None) -> str:
    return cells[column].strip() if column is not None and column < len(cells) else ""


def _read_rows(table: RawTable, zone: ZoneInfo, unit: ValueUnit | None, roles: dict[Role, int]) -> LoadCurveRead:
    refusals: list[RowRefusal] = []
    end_stamped = Role.START not in roles and Role.END in roles
    stamp_column = roles.get(Role.END if end_stamped else Role.START)
    time_column = roles.get(Role.END_TIME if end_stamped else Role.START_TIME)
    if stamp_column is None:
        refusal = _refusal(
            table, 0, None, "", QT_TRANSLATE_NOOP("LoadCurve", "No column gives the time of the intervals.")
        )
        return LoadCurveRead([], len(table.rows), refusals=[refusal])
    register_column = roles.get(Role.REGISTER)
    value_columns = [roles[Role.VALUE]] if Role.VALUE in roles else _value_columns(table.header, roles)
    if not value_columns:
        refusal = _refusal(table, 0, None, "", QT_TRANSLATE_NOOP("LoadCurve", "No column gives the values."))
        return LoadCurveRead([], len(table.rows), refusals=[refusal])
    header_units = {c: _header_unit(table.header[c]) for c in value_columns}
    localiser = _Localiser(zone)
    # A load curve repeats its texts: each timestamp once per register, each unit and status on every row,
    # values among a few thousand. Each distinct text is read once (the same text always reads the same).
    stamp_memo: dict[tuple[str, str | None], _Stamp | None] = {}
    unit_memo: dict[str, ValueUnit | None] = {}
    series_memo: dict[tuple[str, ValueUnit], str] = {}
    unit_column, status_column, step_column = roles.get(Role.UNIT), roles.get(Role.STATUS), roles.get(Role.STEP)
    # per register: its name, unit and readings (file order)
    readings: dict[str, list[_Reading]] = defaultdict(list)
    units: dict[str, ValueUnit] = {}
    stamps: dict[str, list[tuple[int, dt.datetime, str]]] = defaultdict(list)  # index, UTC, value text per series
    parsed: list[tuple[int, str, dt.datetime, str, ValueUnit, ReadingStatus, int | None, int]] = []
    for index, cells in enumerate(table.rows):
        if not any(cells):  # the reader strips every cell: an empty row is all empty texts
            continue
        stamp_text = _cell(cells, stamp_column)
        time_text = _cell(cells, time_column) if time_column is not None else None
        key = (stamp_text, time_text)
        if key in stamp_memo:
            stamp = stamp_memo[key]
        else:
            stamp = stamp_memo[key] = _parse_stamp(stamp_text, time_text)
        if stamp is None:
            shown = f"{stamp_text} {_cell(cells, time_column)}".strip()
            refusals.append(
                _refusal(
                    table,
                    index,
                    stamp_column,
                    shown,
                    QT_TRANSLATE_NOOP("LoadCurve", "“{text}” is not a date and time."),
                    text=shown,
                )
            )
            continue
        step = _row_step(cells, step_column) if step_column is not None else None
        row_unit_text = _cell(cells, unit_column)
        status = _status(_cell(cells, status_column))
        for column in value_columns:
            name = _cell(cells, register_column) if register_column is not None else table.header[column].strip()
            if not name:
                name = table.header[column].strip() or "?"
            if row_unit_text:
                if row_unit_text in unit_memo:
                    value_unit = unit_memo[row_unit_text]
                else:
                    value_unit = unit_memo[row_unit_text] = _unit_from_text(row_unit_text)
                if value_unit is None:
                    refusals.append(
                        _refusal(
                            table,
                            index,
                            roles.get(Role.UNIT),
                            row_unit_text,
                            QT_TRANSLATE_NOOP(
                                "LoadCurve", "“{text}” is not a unit of energy or power (kWh, Wh, kW, W or m³)."
                            ),
                            text=row_unit_text,
                        )
                    )
                    continue
            else:
                value_unit = header_units.get(column) or unit
            if value_unit is None:
                source = QT_TRANSLATE_NOOP(
                    "LoadCurve",
                    "The file does not say the unit of the values: say it (kW, kWh, W or Wh) and import again.",
                )
                if Role.UNIT in roles:  # the file has a unit column, empty on this row
                    refusals.append(_refusal(table, index, roles[Role.UNIT], "", source))
                    continue
                refusals.append(_refusal(table, index, column, _cell(cells, column), source))
                return LoadCurveRead([], len(table.rows), refusals=refusals)
            series = series_memo.get((name, value_unit))
            if series is None:  # a gas register in m³ and in kWh: two series
                series = series_memo[(name, value_unit)] = f"{name}\x00{value_unit.curve_unit.value}"
            instant = localiser.utc(stamp, series)
            if isinstance(instant, str):
                refusals.append(_time_refusal(table, index, stamp_column, stamp, zone, instant))
                continue
            value_text = _cell(cells, column)
            parsed.append((index, series, instant, value_text, value_unit, status, step, column))
            units.setdefault(series, value_unit)
            stamps[series].append((index, instant, value_text))
    refusals.extend(_unrepeated_hours(table, localiser, stamps, stamp_column))
    steps = {series: _series_step(points, end_stamped) for series, points in stamps.items()}
    numbers: dict[str, float | CellError | None] = {}
    decimal = table.decimal or ","
    for index, series, instant, text, value_unit, status, step, value_column in parsed:
        minutes = step or steps[series]
        if minutes is None:
            refusals.append(
                _refusal(
                    table,
                    index,
                    stamp_column,
                    "",
                    QT_TRANSLATE_NOOP("LoadCurve", "The length of the intervals cannot be told (a single reading)."),
                )
            )
            continue
        start = instant - dt.timedelta(minutes=minutes) if end_stamped else instant
        if text in numbers:
            number = numbers[text]
        else:
            try:
                number = numbers[text] = parse_number(text, decimal)
            except CellError as exc:
                number = numbers[text] = exc
        if isinstance(number, CellError):
            reason = number.reason
            refusals.append(_cell_refusal(table, index, value_column, text, reason))
            continue
        if number is None:
            value, status = math.nan, ReadingStatus.MISSING
        else:
            value = value_unit.energy(number, minutes)
        readings[series].append(_Reading(start, minutes, value, status, table.row_number(index), text))
    result = LoadCurveRead([], len(table.rows), refusals=refusals)
    for series, points in readings.items():
        name, _unit = series.split("\x00")
        register = Register(name, _flow(name), units[series].curve_unit)
        result.series.append(_blocks(register, points, table, result, zone))
    result.series.sort(key=lambda s: (s.register.flow is not Flow.OFFTAKE, s.register.name, s.register.unit.value))
    return result


def _unrepeated_hours(
    table: RawTable,
    localiser: _Localiser,
    stamps: dict[str, list[tuple[int, dt.datetime, str]]],
    column: int | None,
) -> list[RowRefusal]:
    """The hour the clocks repeat, written only once by a series that runs through it: the meter's clock does
    not follow the zone's changes (a Moroccan meter kept on UTC+1 through Ramadan). Read in the zone, every
    interval after the change would be an hour off: refused, saying which zone to give instead."""
    once: dict[str, list[dt.datetime]] = defaultdict(list)
    for (series, local), count in localiser.seen.items():
        if count == 1:
            once[series].append(local)
    refusals = []
    for series, locals_once in once.items():
        points = stamps.get(series, [])
        if not points:
            continue
        first, last = min(p[1] for p in points), max(p[1] for p in points)
        hour = min(locals_once)
        change = hour.replace(tzinfo=localiser.zone, fold=1).astimezone(UTC)  # the repeated hour's second pass
        if first < change - dt.timedelta(hours=1) and last > change + dt.timedelta(hours=1):
            index = next(
                i for i, instant, _ in points if instant == hour.replace(tzinfo=localiser.zone).astimezone(UTC)
            )
            refusals.append(
                _refusal(
                    table,
                    index,
                    column,
                    hour.strftime("%d/%m/%Y %H:%M"),
                    QT_TRANSLATE_NOOP(
                        "LoadCurve",
                        "The clocks of {zone} go back on {day}, but the file writes its hour {time} only once: the "
                        "meter's clock does not change. Give its fixed offset as the time zone (e.g. Etc/GMT-1 "
                        "for UTC+1) and import again.",
                    ),
                    zone=localiser.zone.key,
                    day=hour.strftime("%d/%m/%Y"),
                    time=hour.strftime("%H:%M"),
                )
            )
    return refusals


def _row_step(cells: Sequence[str], column: int | None) -> int | None:
    text = _cell(cells, column)
    match = _ISO_STEP.match(text) if text else None
    if match is None:
        if text.isdigit():
            return int(text)
        return None
    return int(match.group(1)) * (60 if match.group(2).upper() == "H" else 1)


def _series_step(points: list[tuple[int, dt.datetime, str]], end_stamped: bool) -> int | None:
    """The usual length of a series' intervals: the commonest gap between its consecutive instants."""
    instants = sorted({p[1] for p in points})
    gaps = Counter(int((b - a).total_seconds() // 60) for a, b in itertools.pairwise(instants))
    gaps.pop(0, None)
    if not gaps:
        return None
    return gaps.most_common(1)[0][0]


def _time_refusal(
    table: RawTable, index: int, column: int | None, stamp: _Stamp, zone: ZoneInfo, why: str
) -> RowRefusal:
    text = stamp.local.strftime("%d/%m/%Y %H:%M")
    if why == "missing":
        return _refusal(
            table,
            index,
            column,
            text,
            QT_TRANSLATE_NOOP(
                "LoadCurve",
                "{time} does not exist in {zone}: the clocks skip that hour. Check the time zone of the meter.",
            ),
            time=text,
            zone=zone.key,
        )
    return _refusal(
        table,
        index,
        column,
        text,
        QT_TRANSLATE_NOOP("LoadCurve", "{time} is written more than twice for the same register."),
        time=text,
    )


def _interval_refusal(register: Register, point: _Reading, zone: ZoneInfo, source: str, **params: Any) -> RowRefusal:
    """A reading refused for its interval: its row, its value as the file has it, the interval's start on the
    meter's clock (the file's own time)."""
    when = point.start.astimezone(zone).strftime("%d/%m/%Y %H:%M")
    return RowRefusal(
        point.row, register.name, point.text, message(CTX, source, register=register.name, time=when, **params)
    )


def _blocks(
    register: Register, points: list[_Reading], table: RawTable, result: LoadCurveRead, zone: ZoneInfo
) -> RegisterSeries:
    """Readings in time order on blocks of one step; a repeated interval read once, or refused if it differs."""
    points.sort(key=lambda p: (p.start, p.row))
    series = RegisterSeries(register)
    block: IntervalBlock | None = None
    block_end = dt.datetime.min  # the end of ``block``, kept as it grows (its property adds up the intervals)
    previous: _Reading | None = None
    steps: dict[int, dt.timedelta] = {}
    for point in points:
        if previous is not None and point.start == previous.start:
            same = (math.isnan(point.value) and math.isnan(previous.value)) or point.value == previous.value
            if same:
                result.identical_rows += 1
            else:
                source = QT_TRANSLATE_NOOP(
                    "LoadCurve",
                    "{register}: a second reading for the interval of {time} (row {other}), with another value.",
                )
                result.refusals.append(_interval_refusal(register, point, zone, source, other=previous.row))
            continue
        step = steps.get(point.minutes)
        if step is None:
            step = steps[point.minutes] = dt.timedelta(minutes=point.minutes)
        if block is not None and block.step_minutes == point.minutes and point.start >= block_end:
            offset = point.start - block_end
            if offset % step == dt.timedelta(0):
                gap = offset // step
                for _ in range(gap):  # an interval the file has no row for: no reading, not zero
                    block.values.append(math.nan)
                    block.status.append(ReadingStatus.ABSENT.value)
                block.values.append(point.value)
                block.status.append(point.status.value)
                block_end += step * (gap + 1)
                previous = point
                continue
        if block is not None and point.start < block_end:
            source = QT_TRANSLATE_NOOP(
                "LoadCurve", "{register}: the interval of {time} overlaps the interval before it."
            )
            result.refusals.append(_interval_refusal(register, point, zone, source))
            continue
        block = IntervalBlock(point.start, point.minutes, array("d", [point.value]), bytearray([point.status.value]))
        block_end = point.start + step
        series.blocks.append(block)
        previous = point
    return series


# --- a row per day ---------------------------------------------------------------------------------------


def _read_days(table: RawTable, zone: ZoneInfo, unit: ValueUnit | None) -> LoadCurveRead:
    """One row per day: interval ``k`` of a numbered table is the ``k``-th of the day from its local midnight
    (a 23-hour day leaves its last columns empty, a 25-hour day needs its 97th to 100th); a column labelled by
    a time is that wall-clock time (its end for ``00:15 … 24:00``, its start for ``00:00 … 23:45``)."""
    header = table.header
    found = _interval_columns(header)
    result = LoadCurveRead([], len(table.rows))
    if found is None:
        result.refusals.append(
            _refusal(
                table,
                0,
                None,
                "",
                QT_TRANSLATE_NOOP("LoadCurve", "No row of the header labels the intervals of a day."),
            )
        )
        return result
    minutes, columns = found
    roles = column_roles(header)
    date_column = roles.get(Role.START, next((i for i in range(len(header)) if i not in columns), 0))
    clock_labels = [_CLOCK.match(header[c]) for c in columns]
    by_clock = all(m is not None for m in clock_labels)
    end_labels = (
        by_clock
        and clock_labels[0] is not None
        and int(clock_labels[0].group(2)) + 60 * int(clock_labels[0].group(1)) == minutes
    )
    value_unit = _header_unit(" ".join(header)) or unit
    if value_unit is None:
        result.refusals.append(
            _refusal(
                table,
                0,
                None,
                "",
                QT_TRANSLATE_NOOP(
                    "LoadCurve",
                    "The file does not say the unit of the values: say it (kW, kWh, W or Wh) and import again.",
                ),
            )
        )
        return result
    localiser = _Localiser(zone)
    points: list[_Reading] = []
    step = dt.timedelta(minutes=minutes)
    for index, cells in enumerate(table.rows):
        if not any(c.strip() for c in cells):
            continue
        date_text = _cell(cells, date_column)
        stamp = _parse_stamp(date_text)
        if stamp is None:
            result.refusals.append(
                _refusal(
                    table,
                    index,
                    date_column,
                    date_text,
                    QT_TRANSLATE_NOOP("LoadCurve", "“{text}” is not a date and time."),
                    text=date_text,
                )
            )
            continue
        midnight = stamp.local.replace(hour=0, minute=0, second=0)
        midnight_utc = localiser.utc(_Stamp(midnight, None), "day")
        if isinstance(midnight_utc, str):  # a zone whose clocks skip midnight (rare): the day starts at 01:00
            midnight_utc = localiser.utc(_Stamp(midnight + dt.timedelta(hours=1), None), "day")
            assert not isinstance(midnight_utc, str)
        next_midnight = localiser.utc(_Stamp(midnight + dt.timedelta(days=1), None), "next")
        day_length = (next_midnight - midnight_utc) if not isinstance(next_midnight, str) else dt.timedelta(days=1)
        for k, column in enumerate(columns):
            text = _cell(cells, column)
            if by_clock:
                label = clock_labels[k]
                assert label is not None
                clock = midnight + dt.timedelta(hours=int(label.group(1)), minutes=int(label.group(2)))
                local_start = clock - step if end_labels else clock
                start = localiser.utc(_Stamp(local_start, None), f"day{k}")
                if isinstance(start, str):
                    if text:
                        result.refusals.append(
                            _time_refusal(table, index, column, _Stamp(local_start, None), zone, start)
                        )
                    continue
            else:
                start = midnight_utc + k * step
                if start + step > midnight_utc + day_length:
                    if text:
                        result.refusals.append(
                            _refusal(
                                table,
                                index,
                                column,
                                text,
                                QT_TRANSLATE_NOOP(
                                    "LoadCurve", "{date} has {hours} hours: column “{column}” is after its end."
                                ),
                                date=date_text,
                                hours=round(day_length.total_seconds() / 3600),
                                column=header[column],
                            )
                        )
                    continue
            try:
                number = parse_number(text, table.decimal or ",")
            except CellError as exc:
                result.refusals.append(_cell_refusal(table, index, column, text, exc.reason))
                continue
            value = math.nan if number is None else value_unit.energy(number, minutes)
            status = ReadingStatus.MISSING if number is None else ReadingStatus.MEASURED
            points.append(_Reading(start, minutes, value, status, table.row_number(index), text))
    names = table.load_curve.register_names if table.load_curve is not None else ()
    register = Register(names[0] if len(names) == 1 else "", Flow.OFFTAKE, value_unit.curve_unit)
    result.series.append(_blocks(register, points, table, result, zone))
    return result
