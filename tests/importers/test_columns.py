"""Whole columns read at once give exactly what the per-cell readers give: the same values, the same refusals
with the same messages, for both decimal marks and both day orders; and a table read a column at a time
gives the same records as one read cell by cell."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.domain import model
from workbench.domain.messages import DomainError, message
from workbench.domain.units import Carrier, Unit
from workbench.importers import columns, records
from workbench.importers.records import RecordOptions, build_records
from workbench.importers.table import RawTable
from workbench.importers.values import CellError, date_parts, parse_date, parse_number

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- cells as files have them ------------------------------------------------------------------------------

MARKS = [" ", "\u00a0", "\u202f", "'", "’", ".", ","]
SIGNS = ["", "", "-", "+", "−"]


@st.composite
def grouped_numbers(draw) -> str:
    """Numbers grouped by threes (or not quite), with either decimal mark, signs and the odd decoration."""
    whole = draw(st.integers(min_value=0, max_value=10**12))
    mark = draw(st.sampled_from(["", *MARKS]))
    text = f"{whole:,}".replace(",", "\0").replace("\0", mark)
    if draw(st.booleans()):  # a misplaced group: one digit moved across a mark
        at = draw(st.integers(min_value=0, max_value=max(0, len(text) - 1)))
        text = text[:at] + text[at + 1 :] if text[at : at + 1].isdigit() else text
    if draw(st.booleans()):
        text += draw(st.sampled_from([",", "."])) + draw(st.text(alphabet="0123456789", min_size=0, max_size=4))
    text = draw(st.sampled_from(SIGNS)) + text
    decoration = draw(st.sampled_from(["{}", "{}", "{}", "({})", '"{}"', '="{}"', " {} ", "{} DH", "{} kWh", "{}e3"]))
    return decoration.format(text)


JUNK = st.text(alphabet="0123456789 ,.'-+\u00a0\u202f’−()eE/:xa\"=\t٣", max_size=14)
EMPTIES = st.sampled_from(["", " ", "-", "—", "–", '""', '=""', "  -  "])
NUMBER_CELLS = st.one_of(
    grouped_numbers(),
    JUNK,
    EMPTIES,
    st.integers(min_value=-(10**400), max_value=10**400).map(str),  # past a float's range: refused
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(min_value=-1e9, max_value=1e9).map(lambda v: f"{v:.2f}"),
    st.floats(min_value=-1e9, max_value=1e9).map(lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",")),
)


@st.composite
def dates(draw) -> str:
    """Dates in the notations invoices use, real or not, and near misses."""
    a = draw(st.integers(min_value=0, max_value=40))
    b = draw(st.integers(min_value=0, max_value=40))
    year = draw(st.sampled_from([0, 19, 69, 70, 99, 100, 999, 1899, 1950, 2000, 2019, 2024, 2100, 9999]))
    pad = draw(st.sampled_from(["{}", "{:02d}"]))
    ypad = draw(st.sampled_from(["{}", "{:02d}", "{:04d}"]))
    first, second = draw(st.sampled_from("-/.")), draw(st.sampled_from("-/.-/. "))
    short_year = year % 100 if year > 99 and draw(st.booleans()) else year
    numeric = f"{pad.format(a)}{first}{pad.format(b)}{second}{ypad.format(short_year)}"
    year_first = f"{ypad.format(year)}{first}{pad.format(a)}{second}{pad.format(b)}"
    return draw(
        st.sampled_from(
            [
                numeric,
                year_first,
                f"{year_first} 00:00:00",
                f"{numeric} 10:00 AM",
                f"{year_first}T08:30:00.000Z",
                f'"{numeric}"',
                f" {numeric}",
                f"{a} janv. {year}",
                f"March {a}, {year}",
                str(draw(st.integers(min_value=0, max_value=80_000))),
            ]
        )
    )


@st.composite
def real_dates(draw) -> str:
    """Real days in the numeric notations, with one- and two-digit parts and two- and four-digit years."""
    day = draw(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
    sep = draw(st.sampled_from("-/."))
    d, m = (
        draw(st.sampled_from([f"{day.day:02d}", str(day.day)])),
        draw(st.sampled_from([f"{day.month:02d}", str(day.month)])),
    )
    year = draw(st.sampled_from([f"{day.year:04d}", f"{day.year % 100:02d}"]))
    order = draw(st.sampled_from(["{d}{s}{m}{s}{y}", "{m}{s}{d}{s}{y}", "{y}{s}{m}{s}{d}"]))
    return order.format(d=d, m=m, y=f"{day.year:04d}" if order.startswith("{y}") else year, s=sep)


DATE_CELLS = st.one_of(dates(), real_dates(), real_dates(), JUNK, EMPTIES)


def _per_cell(parse, cells: list[str]) -> list[tuple[str, object]]:
    out = []
    for text in cells:
        try:
            out.append(("value", repr(parse(text))))
        except CellError as exc:
            out.append(("refused", exc.reason))
    return out


def _columnar(result: tuple[list, dict]) -> list[tuple[str, object]]:
    values, errors = result
    return [("refused", errors[i].reason) if i in errors else ("value", repr(v)) for i, v in enumerate(values)]


# --- the property --------------------------------------------------------------------------------------------


@SETTINGS
@given(st.lists(NUMBER_CELLS, max_size=30), st.sampled_from([",", "."]))
def test_numbers_as_the_per_cell_reader_reads_them(cells, decimal):
    assert _columnar(columns.parse_numbers(cells, decimal)) == _per_cell(lambda t: parse_number(t, decimal), cells)


@SETTINGS
@given(st.lists(DATE_CELLS, max_size=30), st.booleans())
def test_dates_as_the_per_cell_reader_reads_them(cells, day_first):
    assert _columnar(columns.parse_dates(cells, day_first)) == _per_cell(lambda t: parse_date(t, day_first), cells)


def _reference_day_order(cells: list[str]) -> bool | None:
    for text in cells:
        parts = date_parts(text)
        if parts and parts[0] > 12:
            return True
        if parts and parts[1] > 12:
            return False
    return None


@SETTINGS
@given(st.lists(DATE_CELLS, max_size=30))
def test_day_order_as_the_first_proving_date_says(cells):
    assert columns.day_order(cells) == _reference_day_order(cells)


@pytest.mark.parametrize(
    ("cells", "decimal"),
    [
        (["100 576,17", "100\u00a0576,17", "100\u202f576,17", "1.234.567,8", "-12,5", "0", "+7", "−3,25"], ","),
        (["1,234.50", "1'234'567.5", "1’234", "-0", "12", "0012", "1.5"], "."),
        (["1234 567", "12 34", "1 2345", ",5", "12,", "1e3", "(12)", "12 DH", " 12", "1,23"], "."),
        (["1 234'567", "1.234,567.8", "--1", "-", "", "9" * 400, "12\x00", "\x00"], ","),
    ],
)
def test_numbers_of_every_shape(cells, decimal):
    """The fast shapes, and their neighbours that only the per-cell reader reads (or refuses)."""
    assert _columnar(columns.parse_numbers(cells, decimal)) == _per_cell(lambda t: parse_number(t, decimal), cells)


def test_common_shapes_take_the_fast_path():
    fast = columns.fast_numbers(["12 345,67", "1.234.567", "-12,5", "0", "1\u00a0234", "1 234 DH", "12.5"], ",")
    assert fast.tolist() == [True, True, True, True, True, False, False]
    shapes = columns._DateShapes(["31/01/2019", "2019-01-31", "1.2.19", "31/01/19 10:00", "", "29/02/2000"])
    assert shapes.numeric.tolist() == [True, False, True, False, False, True]
    assert shapes.year_first.tolist() == [False, True, False, False, False, False]
    assert shapes.days(day_first=True)[0].tolist() == [True, True, True, False, False, True]
    assert columns.fast_numbers(["1,2,3", "1 234,5,6"], ",").tolist() == [False, False]


@pytest.mark.parametrize("day_first", [True, False])
def test_dates_of_every_shape(day_first):
    cells = [
        "31/01/2019", "01/31/2019", "2019-01-31", "2019/1/5", "1.2.19", "29/02/2019", "29/02/2020", "29/02/1900",
        "31/04/2019", "00/01/2019", "13/13/2019", "0000-01-01", "0001-01-01", "01/01/0000", "01-01/2019",
        "1/1/123", "43466", "", '""', " 01/02/2019", "2019-01-31 00:00:00", "31 janv. 2019", "1/2/3/4",
    ]  # fmt: skip
    assert _columnar(columns.parse_dates(cells, day_first)) == _per_cell(lambda t: parse_date(t, day_first), cells)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(NUMBER_CELLS, DATE_CELLS), max_size=40), st.sampled_from([",", "."]), st.booleans())
def test_a_long_column_read_in_chunks_reads_the_same(cells, decimal, day_first):
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(columns, "CHUNK", 7)
        numbers = _columnar(columns.parse_numbers(cells, decimal))
        days = _columnar(columns.parse_dates(cells, day_first))
        order = columns.day_order(cells)
    assert numbers == _per_cell(lambda t: parse_number(t, decimal), cells)
    assert days == _per_cell(lambda t: parse_date(t, day_first), cells)
    assert order == _reference_day_order(cells)


def test_each_distinct_text_is_read_once_and_refusals_are_kept():
    calls = []

    def parse(text):
        calls.append(text)
        if text == "bad":
            raise CellError(message("Import", "bad"))
        if text == "unit?":
            raise DomainError(message("Units", "unit?"))
        return text.upper()

    values, errors = columns.parse_each(["a", "bad", "a", "unit?", "b"], parse, DomainError)
    assert values == ["A", None, "A", None, "B"]
    assert sorted(errors) == [1, 3] and calls == ["a", "bad", "unit?", "b"]


# --- a whole table, a column at a time or a cell at a time ------------------------------------------------


def _cell_by_cell(monkeypatch) -> None:
    """build_records as it was: every cell through the per-cell readers, the day order by the first proving
    date, every entity through the domain's validate."""

    def per_cell(name, cells, decimal, day_first):
        values, errors = [], {}
        for i, text in enumerate(cells):
            try:
                values.append(records._parse_cell(name, text, decimal, day_first))
            except (CellError, DomainError) as exc:
                values.append(None)
                errors[i] = exc
        return values, errors

    def day_first(table, mapping):
        for name in records.DATE_FIELDS:
            if name in mapping:
                column = mapping[name]
                found = _reference_day_order([row[column] if column < len(row) else "" for row in table.rows])
                if found is not None:
                    return found
        return None  # unproven: both paths then take the order in which the periods make sense

    monkeypatch.setattr(records, "_parse_column", per_cell)
    monkeypatch.setattr(records, "_day_first", day_first)
    from workbench.domain.validation import validate_fully

    monkeypatch.setattr(records, "validate", validate_fully)


HEADER = ["Début", "Fin", "N° facture", "kWh HP", "kWh HC", "kWh", "Montant HT", "TVA", "TTC", "Unité", "Estimé"]
FIELDS = ["start", "end", "invoice", "kwh_peak", "kwh_offpeak", "quantity", "cost_excl_vat", "vat", "cost_incl_vat"]
ROW_CELLS = [DATE_CELLS, DATE_CELLS, JUNK, NUMBER_CELLS, NUMBER_CELLS, NUMBER_CELLS, NUMBER_CELLS, NUMBER_CELLS]
ROW_CELLS += [
    NUMBER_CELLS,
    st.sampled_from(["", "kWh", "MWh", "m3", "litres", "??"]),
    st.sampled_from(["", "oui", "x", "?"]),
]


@st.composite
def tables(draw) -> tuple[RawTable, dict[str, int]]:
    good = st.tuples(
        st.dates(dt.date(1949, 12, 1), dt.date(2101, 1, 1)).map(lambda d: d.strftime("%d/%m/%Y")),
        st.dates(dt.date(1949, 12, 1), dt.date(2101, 1, 1)).map(lambda d: d.strftime("%d/%m/%Y")),
        st.text(alphabet="MT-0123", max_size=6),
        *(st.integers(0, 90_000).map(str) for _ in range(3)),
        *(st.floats(0, 1e6).map(lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",")) for _ in range(3)),
        st.sampled_from(["", "kWh"]),
        st.sampled_from(["", "non"]),
    ).map(list)
    rows = draw(st.lists(st.one_of(good, good, st.tuples(*ROW_CELLS).map(list), st.just([""] * 11)), max_size=12))
    if draw(st.booleans()):  # a short row, a long row
        rows.append(["01/01/2019", "31/01/2019"])
        rows.append([*rows[0], "extra"] if rows[:1] and len(rows[0]) == 11 else ["x"] * 12)
    mapping = {name: i for i, name in enumerate(FIELDS)}
    extra = draw(st.sampled_from([{}, {"unit": 9}, {"estimated": 10}, {"unit": 9, "estimated": 10}]))
    if draw(st.booleans()):
        del mapping["start"]  # the end-only convention
    return RawTable("t.csv", HEADER, rows, 2, decimal=draw(st.sampled_from([",", "."]))), {**mapping, **extra}


def _records(table, mapping, day_first):
    supply = model.EnergySupply(id=1, site_id=1, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH)
    found = build_records(table, mapping, RecordOptions(supply, "MAD", day_first))
    return found.items, found.refused, found.warnings, found.read, found.texts, found.subscribed_kva


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.sampled_from([None, True, False]))
def test_a_table_gives_the_same_records_read_by_columns_or_by_cells(table_mapping, day_first):
    table, mapping = table_mapping
    found = {}
    for way in ("columns", "short file", "cells"):
        with pytest.MonkeyPatch.context() as monkeypatch:
            if way == "cells":
                _cell_by_cell(monkeypatch)
            else:
                monkeypatch.setattr(records, "_vectorised", lambda cells, way=way: way == "columns")
            found[way] = _records(table, mapping, day_first)
    assert found["columns"] == found["cells"]
    assert found["short file"] == found["cells"]


def test_a_table_without_mapped_columns_still_counts_its_rows():
    table = RawTable("t.csv", ["a", "b"], [["1", "2"], ["", " "], ["3", ""]], 2)
    found = build_records(table, {}, RecordOptions(model.EnergySupply(id=1, site_id=1), "MAD"))
    assert found.read == 2


def test_a_short_file_is_read_without_loading_numpy():
    """The command line importing a short file does not pay numpy's import: its columns are read cell by cell."""
    script = """
import sys
from workbench.domain import model
from workbench.importers.records import RecordOptions, build_records
from workbench.importers.table import RawTable
rows = [["01/01/2019", "31/01/2019", "1 200,5"], ["x", "", "?"]]
table = RawTable("t.csv", ["Début", "Fin", "kWh"], rows, 2, decimal=",")
options = RecordOptions(model.EnergySupply(id=1, site_id=1), "MAD")
found = build_records(table, {"start": 0, "end": 1, "quantity": 2}, options)
assert len(found.items) == 1 and found.items[0][1].quantity == 1200.5 and len(found.refused) == 2, found
print("numpy" in sys.modules)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
