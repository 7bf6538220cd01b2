"""What a file is, by its content, and whether a table is a load curve (issue #11, items 8 and 9)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from workbench.importers.file_kind import (
    ODS,
    OLE,
    TEXT,
    XLS,
    XLSX,
    ZIP,
    Family,
    kind_from_head,
    kind_of_ole,
    kind_of_zip,
    load_curve_shape,
    utf16_byte_order,
)
from workbench.importers.table import RawTable, read_table

DATA = Path(__file__).parents[1] / "data"
FLUVIUS = DATA / "constructed" / "fluvius-be"
SHARED = Path(__file__).parents[3] / "shared" / "data"  # the project's shared samples, beside the repository
LEDGERS = [
    DATA / "ma-invoices" / "electricite-mt-2018-2019.csv",
    DATA / "ma-invoices" / "propane-livraisons-2018-2019.csv",
    DATA / "xcel-us" / "xcel_energy_sample.csv",
]


@pytest.mark.parametrize(
    ("head", "family", "name"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", Family.DOCUMENT, "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Family.IMAGE, "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", Family.IMAGE, "JPEG"),
        (b"GIF89a\x01\x00", Family.IMAGE, "GIF"),
        (b"II*\x00\x08\x00\x00\x00", Family.IMAGE, "TIFF"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", Family.IMAGE, "WebP"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", Family.IMAGE, "HEIC"),
        (b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00" + b"\x28" + b"\x00" * 20, Family.IMAGE, "BMP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", Family.ARCHIVE, "gzip"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", Family.ARCHIVE, "7-Zip"),
        (b"Rar!\x1a\x07\x01\x00", Family.ARCHIVE, "RAR"),
        (b"{\\rtf1\\ansi", Family.DOCUMENT, "RTF"),
        (b"SQLite format 3\x00\x10\x00", Family.DOCUMENT, "SQLite"),
        (b'{"invoices": [{"kwh": 12}', Family.DOCUMENT, "JSON"),
        (b'[\n  {"kwh": 12},', Family.DOCUMENT, "JSON"),
        (b'<?xml version="1.0"?>\n<invoices><invoice kwh="12"/>', Family.DOCUMENT, "XML"),
        (b"<!DOCTYPE html>\n<html><body><table>", Family.SPREADSHEET_FILE, "HTML"),
        (b'<html xmlns:o="urn:schemas-microsoft-com:office:office"><table>', Family.SPREADSHEET_FILE, "HTML"),
        (
            b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
            Family.SPREADSHEET_FILE,
            "Excel 2003 XML",
        ),
        (b'<svg xmlns="http://www.w3.org/2000/svg" width="10">', Family.IMAGE, "SVG"),
        (b"LOCATION,Uccle,VLG,BEL,TMYx\nDESIGN CONDITIONS,1", Family.DOCUMENT, "EnergyPlus (EPW)"),
    ],
)
def test_formats_are_known_by_their_first_bytes(head, family, name):
    kind = kind_from_head(head)
    assert (kind.family, kind.name) == (family, name)


@pytest.mark.parametrize(
    "head",
    [
        "Début période;Fin période;kWh\n01/01/2019;31/01/2019;12\n".encode(),
        b"BMW plant;kWh\n",  # starts like a bitmap, but is text
        b"<1 kWh;note\n1;2\n",  # starts with a bracket, but is no markup
        b"[kWh];[EUR]\n1;2\n",
        b"Bill Date,Electric Charges\n",
    ],
)
def test_text_tables_stay_text(head):
    assert kind_from_head(head, whole=True) is TEXT


def test_a_table_that_starts_with_a_bracket_is_json_only_if_it_parses():
    assert kind_from_head(b"[1];x\n2;y\n", whole=True) is TEXT
    assert kind_from_head(b'[{"a": 1}]', whole=True).name == "JSON"
    assert kind_from_head(b'{"a": 1}\n{"a": 2}\n', whole=True).name == "JSON"  # JSON lines


def test_containers_are_opened_before_they_are_named():
    assert kind_from_head(b"PK\x03\x04\x14\x00") is ZIP
    assert kind_from_head(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00") is OLE
    assert kind_of_zip(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]) is XLSX
    assert kind_of_zip(["mimetype", "content.xml"], b"application/vnd.oasis.opendocument.spreadsheet") is ODS
    assert kind_of_zip(["xl/workbook.bin"]).family is Family.SPREADSHEET_FILE
    assert kind_of_zip(["word/document.xml"]).name == "Word (DOCX)"
    assert kind_of_zip(["mimetype", "content.xml"], b"application/vnd.oasis.opendocument.text").family is (
        Family.DOCUMENT
    )
    assert kind_of_zip(["invoices.csv"]) is ZIP
    name = "Workbook".encode("utf-16-le")
    assert kind_of_ole(b"\x00" * 512 + name + b"\x00" * 64) is XLS
    assert kind_of_ole(b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le")).family is Family.PROTECTED
    assert kind_of_ole(b"\x00" * 512 + "WordDocument".encode("utf-16-le")).name == "Word (DOC)"
    assert kind_of_ole(b"\x00" * 1024) is None


def test_utf16_without_a_byte_order_mark():
    text = "Début;Fin;kWh\n01/01/2019;31/01/2019;12\n"
    assert utf16_byte_order(text.encode("utf-16-le")) == "utf-16-le"
    assert utf16_byte_order(text.encode("utf-16-be")) == "utf-16-be"
    assert utf16_byte_order(text.encode("utf-8")) is None
    assert utf16_byte_order(bytes(range(256))) is None


# --- load curves -------------------------------------------------------------------------------------------


def _table(header: list[str], rows: list[list[str]]) -> RawTable:
    return RawTable("t.csv", header, rows, 2)


def test_the_fluvius_electricity_curve_is_15_minutes_with_its_four_registers():
    from workbench.importers.table import ReadOptions

    table = read_table(FLUVIUS / "elektriciteit-kwartiertotalen-1-dag.csv", ReadOptions(allow_load_curve=True))
    shape = load_curve_shape(table)
    assert shape is not None
    assert shape.interval_minutes == 15 and shape.layout == "rows"
    assert shape.register_names == ("Afname Dag", "Afname Nacht", "Injectie Dag", "Injectie Nacht")
    assert shape.registers == 4


def test_the_fluvius_gas_curve_is_hourly_in_two_units():
    from workbench.importers.table import ReadOptions

    shape = load_curve_shape(read_table(FLUVIUS / "gas-uurtotalen.csv", ReadOptions(allow_load_curve=True)))
    assert shape is not None
    assert (shape.interval_minutes, shape.registers, set(shape.register_names)) == (60, 2, {"kWh", "m³"})


@pytest.mark.skipif(not (SHARED / "fluvius-be").is_dir(), reason="the shared samples are not beside the repository")
def test_the_whole_fluvius_exports():
    from workbench.importers.table import ReadOptions

    by_interval = {}
    for path in (SHARED / "fluvius-be").glob("*.csv"):
        shape = load_curve_shape(read_table(path, ReadOptions(allow_load_curve=True)))
        assert shape is not None
        by_interval[shape.interval_minutes] = shape.registers
    assert by_interval == {15: 4, 60: 2}


@pytest.mark.parametrize("path", LEDGERS, ids=lambda p: p.name)
def test_invoice_ledgers_are_never_load_curves(path):
    assert load_curve_shape(read_table(path)) is None


def test_a_daily_ledger_with_times_of_reading_is_no_load_curve():
    rows = [[f"{d:02d}/03/2024", "08:00", str(100 + d)] for d in range(1, 29)]
    assert load_curve_shape(_table(["Date", "Heure relevé", "Index kWh"], rows)) is None


def _days(count: int) -> list[dt.date]:
    return [dt.date(2024, 3, 1) + dt.timedelta(days=n) for n in range(count)]


def test_one_timestamp_per_cell_every_half_hour():
    start = dt.datetime(2024, 3, 1)
    rows = [[(start + dt.timedelta(minutes=30 * n)).strftime("%Y-%m-%d %H:%M"), "1,5"] for n in range(200)]
    shape = load_curve_shape(_table(["Horodatage", "kW"], rows))
    assert shape is not None and (shape.interval_minutes, shape.registers) == (30, 1)


def test_english_export_with_slashes_and_a_daylight_saving_day():
    """dd/mm/yyyy; on the fall-back day 02:00–03:00 comes twice, as in Fluvius's English export."""
    rows = []
    for day in (dt.date(2021, 10, 30), dt.date(2021, 10, 31)):
        quarters = [q for q in range(96)] + ([8, 9, 10, 11] if day.day == 31 else [])
        for q in sorted(quarters):
            time = f"{q // 4:02d}:{q % 4 * 15:02d}:00"
            for register in ("Offtake Day", "Injection Day"):
                rows.append([day.strftime("%d/%m/%Y"), time, register, "0,012", "kWh"])
    shape = load_curve_shape(_table(["From date", "From time", "Register", "Volume", "Unit"], rows))
    assert shape is not None and (shape.interval_minutes, shape.registers) == (15, 2)


def test_side_by_side_registers_count_as_registers():
    start = dt.datetime(2024, 3, 1)
    rows = [
        [
            (start + dt.timedelta(hours=n)).strftime("%d-%m-%Y"),
            (start + dt.timedelta(hours=n)).strftime("%H:%M"),
            str(n % 7),
            str(n % 3),
        ]
        for n in range(72)
    ]
    shape = load_curve_shape(_table(["Datum", "Tijd", "Afname kWh", "Injectie kWh"], rows))
    assert shape is not None and shape.interval_minutes == 60
    assert shape.register_names == ("Afname kWh", "Injectie kWh")


@pytest.mark.parametrize(
    ("labels", "minutes"),
    [
        ([f"{q // 4:02d}:{q % 4 * 15:02d}" for q in range(96)], 15),
        ([f"{h:02d}:00 - {h + 1:02d}:00" for h in range(24)], 60),
        ([str(n) for n in range(1, 49)], 30),
        ([f"H{n}" for n in range(1, 25)], 60),
        ([f"{q // 4:02d}:{q % 4 * 15:02d}" for q in range(1, 97)], 15),  # labelled by their end, 00:15 … 24:00
    ],
)
def test_a_row_per_day_with_a_column_per_interval(labels, minutes):
    rows = [[d.strftime("%d/%m/%Y"), *("0,25" for _ in labels)] for d in _days(10)]
    shape = load_curve_shape(_table(["Date", *labels], rows))
    assert shape is not None and (shape.interval_minutes, shape.layout, shape.registers) == (minutes, "columns", 1)


def test_a_row_per_day_and_register():
    labels = [f"{h:02d}:00" for h in range(24)]
    rows = [[d.isoformat(), register, *("1" for _ in labels)] for d in _days(5) for register in ("Afname", "Injectie")]
    shape = load_curve_shape(_table(["Dag", "Register", *labels], rows))
    assert shape is not None and (shape.interval_minutes, shape.registers) == (60, 2)


def test_a_monthly_ledger_with_twelve_month_columns_is_no_load_curve():
    rows = [[str(2020 + n), *("1 200" for _ in range(12))] for n in range(4)]
    assert load_curve_shape(_table(["Année", *[f"M{m}" for m in range(1, 13)]], rows)) is None


def test_the_detection_reads_an_xlsx_load_curve_too(tmp_path):
    """Dates and times come out of a workbook as ISO text: the same shapes are found in them."""
    import pandas as pd

    start = dt.datetime(2024, 1, 1)
    stamps = [start + dt.timedelta(minutes=15 * n) for n in range(500)]
    frame = pd.DataFrame({"Date": [s.date() for s in stamps], "Heure": [s.time() for s in stamps], "kWh": 1.5})
    path = tmp_path / "courbe.xlsx"
    frame.to_excel(path, index=False)
    from workbench.importers.table import ReadOptions

    shape = load_curve_shape(read_table(path, ReadOptions(allow_load_curve=True)))
    assert shape is not None and shape.interval_minutes == 15


def test_zip_names_are_case_insensitive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("XL/Workbook.xml", "<workbook/>")
    with zipfile.ZipFile(buffer) as archive:
        assert kind_of_zip(archive.namelist()) is XLSX
