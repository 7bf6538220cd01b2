"""Damaged and hostile files: each one read, or refused with one message naming it — never another exception,
and within bounded time and memory (issue #11, items 8 and 9).

Big and hostile files are generated here in a temporary folder; nothing large is committed.
"""

from __future__ import annotations

import io
import json
import os
import random
import struct
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.importers import table as table_module
from workbench.importers.table import (
    MAX_BYTES,
    LoadCurveFileError,
    RawTable,
    ReadOptions,
    UnreadableFileError,
    read_table,
)

DATA = Path(__file__).parents[1] / "data"
LEDGER = DATA / "ma-invoices" / "electricite-mt-2018-2019.csv"
PROPANE = DATA / "ma-invoices" / "propane-livraisons-2018-2019.csv"
XCEL = DATA / "xcel-us" / "xcel_energy_sample.csv"
FLUVIUS = DATA / "constructed" / "fluvius-be"
ELECTRICITY = FLUVIUS / "elektriciteit-kwartiertotalen-1-dag.csv"
GAS = FLUVIUS / "gas-uurtotalen.csv"
ROOT = Path(__file__).parents[2]


def refused(path: Path, match: str, options: ReadOptions | None = None) -> UnreadableFileError:
    """The one message for ``path``: it names the file and says ``match``."""
    with pytest.raises(UnreadableFileError, match=match) as err:
        read_table(path, options)
    assert path.name in str(err.value)
    return err.value


def ledger_frame():
    import pandas as pd

    return pd.read_csv(LEDGER, sep=";", dtype=str)


# --- minimal workbooks, written by hand so that they can lie ----------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Factures" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)


def xlsx(path: Path, sheet_data: str, shared: list[str] = ()) -> Path:
    """A one-sheet XLSX whose ``<sheetData>`` is ``sheet_data`` as given, and a shared-string table."""
    strings = "".join(f"<si><t>{s}</t></si>" for s in shared)
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{ns}">{strings}</sst>')
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet xmlns="{ns}"><sheetData>{sheet_data}</sheetData></worksheet>',
        )
    return path


def ods(path: Path, table_xml: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="S">{table_xml}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def ods_cell(value: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def lie_about_size(path: Path, member: str, size: int) -> None:
    """Rewrite the sizes a ZIP declares for ``member`` (its local header and its central directory entry)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
    struct.pack_into("<I", data, offset + 22, size)
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + length]) == member.encode():
            struct.pack_into("<I", data, position + 24, size)
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))


# --- what a file is ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("factures.csv", json.dumps([{"kwh": 1}]).encode(), "is in JSON format, not a table of invoices: export"),
        ("factures.json", b'{"a": 1}\n{"a": 2}\n', "JSON format"),
        ("factures.xml", b'<?xml version="1.0"?><factures><f kwh="1"/></factures>', "XML format"),
        ("factures.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>", "HTML format.*save it"),
        (
            "factures.xls",
            b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
            "Excel 2003 XML",
        ),
        ("facture.csv", b"%PDF-1.4\n1 0 obj\n", "PDF format"),
        ("scan.csv", b"\x89PNG\r\n\x1a\n" + bytes(100), r"is an image \(PNG\)"),
        ("scan.jpg", b"\xff\xd8\xff\xe0" + bytes(100), r"image \(JPEG\)"),
        ("export.csv", b"\x1f\x8b\x08\x00" + bytes(50), r"is an archive \(gzip\)"),
        ("programme.csv", b"\x7fELF\x02\x01\x01" + bytes(200), "is not a text table"),
        ("bruit.csv", random.Random(3).randbytes(4000), "is not a text table"),
        (
            "chiffré.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "EncryptedPackage".encode("utf-16-le"),
            "password",
        ),
        (
            "lettre.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "WordDocument".encode("utf-16-le"),
            r"Word \(DOC\)",
        ),
    ],
)
def test_files_that_are_not_tables_say_what_they_are(tmp_path, name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    refused(path, says)


def test_a_zip_of_a_csv_says_to_extract_it(tmp_path):
    path = tmp_path / "factures.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(LEDGER, LEDGER.name)
    refused(path, r"is an archive \(ZIP\).*extract the table")


def test_an_archive_of_too_many_members_is_refused_before_its_directory_is_read(tmp_path):
    path = tmp_path / "factures.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for n in range(table_module.MAX_ZIP_ENTRIES):
            archive.writestr(str(n), b"")
    refused(path, f"holds more than {table_module.MAX_ZIP_ENTRIES} archive members")


def test_an_xlsb_is_named(tmp_path):
    path = tmp_path / "factures.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    refused(path, r"Excel \(XLSB\) format.*save it as XLSX or CSV")


def test_a_word_document_is_not_a_table(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("Factures 2019")
    document.save(tmp_path / "factures.docx")
    refused(tmp_path / "factures.docx", r"Word \(DOCX\) format")


def test_a_workbook_named_csv_is_read_as_the_workbook_it_is(tmp_path):
    frame = ledger_frame()
    frame.to_excel(tmp_path / "factures.csv", index=False)
    frame.to_excel(tmp_path / "factures-ods.csv", index=False, engine="odf")
    for path in (tmp_path / "factures.csv", tmp_path / "factures-ods.csv"):
        table = read_table(path)
        assert table.header[0] == "Début période" and len(table.rows) == 21
        assert table.sheet == "Sheet1" and table.decimal == ","


def test_a_csv_named_xls_is_read_as_the_text_it_is(tmp_path):
    path = tmp_path / "factures.xls"
    path.write_bytes(LEDGER.read_bytes())
    table = read_table(path)
    assert (table.delimiter, len(table.rows), table.sheet) == (";", 21, None)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_or_without_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "factures.csv"
    path.write_bytes(LEDGER.read_text(encoding="utf-8").encode(encoding))
    table = read_table(path)
    assert table.header[2] == "N° facture" and len(table.rows) == 21 and table.decimal == ","


def test_utf8_that_breaks_after_the_first_64_kib_is_not_taken_for_utf8(tmp_path):
    lines = [LEDGER.read_text(encoding="utf-8").splitlines()[0]] + [
        "01/01/2019;31/01/2019;F-1;1;2;3;4;5;6;7;8;9"
    ] * 6000
    lines.append("01/01/2019;31/01/2019;Facturé;1;2;3;4;5;6;7;8;9")
    path = tmp_path / "factures.csv"
    path.write_bytes("\n".join(lines).encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252" and table.rows[-1][2] == "Facturé"


@pytest.mark.parametrize("encoding", ["klingon", "base64", "rot13"])
def test_an_unknown_encoding_is_named(tmp_path, encoding):
    path = tmp_path / "factures.csv"
    path.write_bytes(LEDGER.read_bytes())
    refused(path, f"“{encoding}” is not a text encoding", ReadOptions(encoding=encoding))


def test_a_wrong_encoding_names_the_row(tmp_path):
    path = tmp_path / "factures.csv"
    path.write_bytes(("a;b\n" * 10 + "é;è\n").encode("cp1252"))
    refused(path, r"cannot be read as utf-8 text \(row 11\)", ReadOptions(encoding="utf-8"))


def test_nul_in_a_cell_names_its_row_and_column(tmp_path):
    path = tmp_path / "factures.csv"
    path.write_bytes(LEDGER.read_bytes().replace(b"MT-2018-00002", b"MT-2018\x00-00002"))
    refused(path, "row 3, column 3: the cell holds a NUL character")


def test_nul_padding_at_the_end_is_dropped(tmp_path):
    path = tmp_path / "factures.csv"
    path.write_bytes(LEDGER.read_bytes() + b"\x00" * 10_000)
    assert len(read_table(path).rows) == 21


# --- absurd cells, rows and sizes --------------------------------------------------------------------------


def test_a_field_over_the_csv_module_limit_names_its_row_and_column(tmp_path):
    """Today's ``_csv.Error: field larger than field limit (131072)`` becomes a message with a place."""
    path = tmp_path / "factures.csv"
    path.write_text('a;b;c\n1;2;3\n4;"' + "x" * 200_000 + '";6\n', encoding="utf-8")
    refused(path, r"row 3: the row runs over 100000 characters.*quotation mark.*column 2")


def test_a_cell_longer_than_a_spreadsheet_cell_names_its_row_and_column(tmp_path):
    path = tmp_path / "factures.csv"
    path.write_text("a;b;c\n1;2;3\n4;5;" + "y" * 40_000 + "\n", encoding="utf-8")
    refused(path, "row 3, column 3: the cell holds more than 32767 characters")


def test_a_quote_left_open_is_found_at_the_row_where_it_opens(tmp_path):
    path = tmp_path / "factures.csv"
    path.write_text('a;b\n1;2\n3;"4\n' + "5;6\n" * 40_000, encoding="utf-8")
    refused(path, r"row 3: .*column 2")


def test_a_row_wider_than_a_spreadsheet(tmp_path):
    path = tmp_path / "factures.csv"
    path.write_text("a;b\n" + ";" * 20_000 + "\n", encoding="utf-8")
    refused(path, "row 2: the row has 20001 cells, more than the 16384 columns")


def test_a_file_over_the_size_limit_is_refused_at_once(tmp_path):
    path = tmp_path / "factures.csv"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: nothing is written
    start = time.perf_counter()
    refused(path, f"more than the {MAX_BYTES // 1024 // 1024} MB a table of invoices can be")
    assert time.perf_counter() - start < 1


def test_more_rows_than_any_ledger(tmp_path, monkeypatch):
    monkeypatch.setattr(table_module, "MAX_ROWS", 500)
    path = tmp_path / "factures.csv"
    path.write_text("a;b\n" + "1;2\n" * 600, encoding="utf-8")
    refused(path, "has more than 500 rows: no table of invoices is that long")
    path.write_text("a;b\n" + "1;2\n" * 400, encoding="utf-8")
    assert len(read_table(path).rows) == 400


def test_more_cells_or_memory_than_any_ledger(tmp_path, monkeypatch):
    path = tmp_path / "factures.csv"
    path.write_text("a;b;c;d\n" + "".join(f"{i};{i + 1};{i + 2};{i + 3}\n" for i in range(3000)), encoding="utf-8")
    monkeypatch.setattr(table_module, "MAX_CELLS", 10_000)
    refused(path, "has more than 10000 cells")
    monkeypatch.setattr(table_module, "MAX_CELLS", 10**9)
    monkeypatch.setattr(table_module, "MAX_TABLE_BYTES", 100_000)
    refused(path, "holds too much data to be read")


def test_blank_lines_count_as_rows(tmp_path, monkeypatch):
    """50 MB of line ends would be 50 million empty rows: they count against the limit."""
    monkeypatch.setattr(table_module, "MAX_ROWS", 1000)
    path = tmp_path / "factures.csv"
    path.write_bytes(b"a;b\n1;2\n" + b"\n" * 5000)
    refused(path, "more than 1000 rows")


# --- damaged and hostile workbooks -------------------------------------------------------------------------


@pytest.fixture
def ledger_xlsx(tmp_path) -> Path:
    path = tmp_path / "factures.xlsx"
    ledger_frame().to_excel(path, index=False, sheet_name="Factures")
    return path


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_workbooks(tmp_path, ledger_xlsx, keep):
    ods_path = tmp_path / "factures.ods"
    ledger_frame().to_excel(ods_path, index=False, engine="odf")
    for path in (ledger_xlsx, ods_path):
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * keep)])
        refused(path, "cannot be read as a spreadsheet")


def test_a_damaged_member_of_a_workbook(ledger_xlsx):
    with zipfile.ZipFile(ledger_xlsx) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(ledger_xlsx.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + 20
    for i in range(start, start + 40, 3):
        data[i] ^= 0x5A
    ledger_xlsx.write_bytes(bytes(data))
    refused(ledger_xlsx, "cannot be read as a spreadsheet")


@pytest.mark.parametrize(
    "sheet_data",
    [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row><row r="2"><c r="A2" t="inl',  # cut
        '<row r="1"><c r="A1" t="s"><v>7</v></c></row>',  # no such shared string
        '<row r="1"><c r="A1" t="n"><v>abc</v></c></row>',  # not a number
    ],
)
def test_broken_xml_inside_a_sound_archive(tmp_path, sheet_data):
    refused(xlsx(tmp_path / "factures.xlsx", sheet_data), "cannot be read as a spreadsheet")


def test_a_damaged_xls(tmp_path):
    path = tmp_path / "factures.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(1).randbytes(5000))
    refused(path, "cannot be read as a spreadsheet")


def test_a_zip_bomb_by_its_compression_ratio(tmp_path):
    path = tmp_path / "factures.xlsx"
    xlsx(path, '<row r="1"><c r="A1"><v>1</v></c></row>')
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", bytes(40 * 1024 * 1024))
    refused(path, f"compressed more than {table_module.MAX_ZIP_RATIO} to 1")


def test_a_zip_bomb_by_its_declared_size(tmp_path):
    path = xlsx(tmp_path / "factures.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row>')
    lie_about_size(path, "xl/worksheets/sheet1.xml", 2**31)
    refused(path, f"would unpack to more than {table_module.MAX_UNZIPPED_BYTES // 2**20} MB")


@pytest.mark.parametrize("declared", [10, 100_000])
def test_a_member_that_lies_about_its_size(tmp_path, declared):
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 2000))
    path = xlsx(tmp_path / "factures.xlsx", rows)
    lie_about_size(path, "xl/worksheets/sheet1.xml", declared)
    refused(path, "not the size the archive says|cannot be read as a spreadsheet")


def test_a_sheet_with_a_cell_at_the_far_corner(tmp_path):
    """Two cells, A1 and XFD1048576: the reader would fill 17 billion cells between them."""
    cells = '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'
    path = xlsx(tmp_path / "factures.xlsx", cells)
    start = time.perf_counter()
    refused(path, f"spanning more than {table_module.MAX_SHEET_CELLS} cells")
    assert time.perf_counter() - start < 2


def test_cells_without_references_are_counted_in_order(tmp_path):
    """A sheet may leave out the r attributes; a far cell after them is still found."""
    plain = "".join(f"<row><c><v>{r}</v></c><c><v>{r}</v></c></row>" for r in range(1, 300))
    assert len(read_table(xlsx(tmp_path / "ok.xlsx", '<row><c t="inlineStr"><is><t>a</t></is></c></row>' + plain)).rows)
    far = plain + '<row r="1048576">' + "<c><v>1</v></c>" * 3 + "</row>"
    refused(xlsx(tmp_path / "far.xlsx", far), "spanning more than")


def test_a_far_cell_in_a_sheet_written_with_a_namespace_prefix(tmp_path):
    """The reader ignores prefixes (x:c is a cell): so does the bound."""
    path = xlsx(tmp_path / "factures.xlsx", "")
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = (
        f'<?xml version="1.0"?><x:worksheet xmlns:x="{ns}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">'
        '<x:is><x:t>Date</x:t></x:is></x:c></x:row><x:row r="1048576"><x:c r="XFD1048576"><x:v>5</x:v></x:c>'
        "</x:row></x:sheetData></x:worksheet>"
    )
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            archive.writestr(name, sheet if name.endswith("sheet1.xml") else content)
    refused(path, "spanning more than")


def test_shared_strings_copied_into_too_many_cells(tmp_path):
    """A 30 KB text referred to by 5,000 cells: 150 million characters from a file of a few kilobytes."""
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(1, 5001))
    path = xlsx(tmp_path / "factures.xlsx", rows, shared=["x" * 30_000])
    refused(path, "repeats its texts into more than 64 million characters")


def test_shared_strings_used_honestly_are_read(tmp_path):
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' + "".join(
        f'<row r="{r}"><c r="A{r}" t="s"><v>2</v></c><c r="B{r}"><v>{r}</v></c></row>' for r in range(2, 400)
    )
    table = read_table(xlsx(tmp_path / "factures.xlsx", rows, shared=["Date", "kWh", "01/01/2019"]))
    assert table.header == ["Date", "kWh"] and table.rows[0] == ["01/01/2019", "2"]


def test_an_ods_with_a_repeated_cell_bomb(tmp_path):
    row = '<table:table-row table:number-rows-repeated="100000">'
    row += '<table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"/>'
    path = ods(
        tmp_path / "factures.ods", f"<table:table-row>{ods_cell('Date')}</table:table-row>{row}</table:table-row>"
    )
    start = time.perf_counter()
    refused(path, "spanning more than")
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize(
    ("cell", "rows"),
    [
        # a million spaces written as a count, in each of 300 cells: 2 KB that the reader makes 300 MB
        (
            '<table:table-cell office:value-type="string"><text:p>x<text:s text:c="1000000"/></text:p>'
            "</table:table-cell>",
            300,
        ),
        # a 30 KB text repeated over 1,000 columns of 3 rows (well within the cell bound): 90 million characters
        (
            '<table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>'
            + "z" * 30_000
            + "</text:p></table:table-cell>",
            3,
        ),
    ],
)
def test_an_ods_whose_texts_are_copied_beyond_reason(tmp_path, cell, rows):
    table = (
        f"<table:table-row>{ods_cell('Date')}</table:table-row>" + f"<table:table-row>{cell}</table:table-row>" * rows
    )
    start = time.perf_counter()
    refused(ods(tmp_path / "factures.ods", table), "repeats its texts into more than 64 million characters")
    assert time.perf_counter() - start < 2


def test_an_ods_padded_to_its_last_row_and_column_is_read(tmp_path):
    """Spreadsheets pad a sheet with repeated empty rows and cells: they are no bomb."""
    rows = f"<table:table-row>{ods_cell('Date')}{ods_cell('kWh')}</table:table-row>"
    rows += "".join(
        f"<table:table-row>{ods_cell(f'0{d}/01/2019')}{ods_cell(str(d))}</table:table-row>" for d in range(1, 9)
    )
    rows += (
        '<table:table-row table:number-rows-repeated="1048567"><table:table-cell table:number-columns-repeated="1024"/>'
    )
    rows += "</table:table-row>"
    table = read_table(ods(tmp_path / "factures.ods", rows))
    assert table.header == ["Date", "kWh"] and len(table.rows) == 8


# --- load curves -------------------------------------------------------------------------------------------


def test_the_fluvius_electricity_file_is_refused_as_a_load_curve():
    err = refused(ELECTRICITY, r"is a load curve \(15-minute intervals, registers: 4\), not a table of invoices")
    assert isinstance(err, LoadCurveFileError)
    assert (err.interval_minutes, err.registers) == (15, 4)
    assert err.register_names == ("Afname Dag", "Afname Nacht", "Injectie Dag", "Injectie Nacht")


def test_the_fluvius_gas_file_is_an_hourly_load_curve():
    err = refused(GAS, r"\(60-minute intervals, registers: 2\)")
    assert isinstance(err, LoadCurveFileError) and err.interval_minutes == 60


def test_a_load_curve_is_read_when_asked_for():
    table = read_table(ELECTRICITY, ReadOptions(allow_load_curve=True))
    assert len(table.rows) == 192 and table.header[7] == "Register" and table.decimal == ","
    assert table.load_curve is not None and table.load_curve.interval_minutes == 15


def test_a_load_curve_in_a_workbook_is_refused_too(tmp_path):
    import pandas as pd

    path = tmp_path / "courbe.xlsx"
    pd.read_csv(GAS, sep=";", dtype=str).to_excel(path, index=False)
    refused(path, r"is a load curve \(60-minute intervals, registers: 2\)")


@pytest.mark.parametrize("path", [LEDGER, PROPANE, XCEL], ids=lambda p: p.name)
def test_ledgers_are_read_not_taken_for_load_curves(path):
    table = read_table(path)
    assert table.load_curve is None and len(table.rows) >= 12


# --- the seeded fuzz test ----------------------------------------------------------------------------------

Mutation = Callable[[random.Random, bytes], bytes]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _insert_nul(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + b"\x00" * rng.choice([1, 2, 7, 500]) + data[at:]


def _duplicate_lines(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    at = rng.randrange(len(lines))
    return b"\n".join(lines[:at] + [lines[at]] * rng.choice([2, 50, 3000]) + lines[at:])


def _huge_field(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    filler = rng.choice([b"x", b'"', b";", b"\n", b"\xff", "é".encode()]) * rng.choice([40_000, 140_000, 300_000])
    return data[:at] + rng.choice([b"", b'"']) + filler + data[at:]


def _stray_quotes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 5)):
        out.insert(rng.randrange(len(out)), ord('"'))
    return bytes(out)


def _delete_range(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 2000) :]


def _damage_member(rng: random.Random, data: bytes) -> bytes:
    """Rebuild a ZIP with one member's XML damaged (cut, flipped, a far reference, a bad shared index)."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        members = [(info, source.read(info)) for info in source.infolist()]
    except Exception:
        return _flip(rng, data)
    out = io.BytesIO()
    target = rng.randrange(len(members))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (info, content) in enumerate(members):
            if index == target and content:
                content = rng.choice(
                    [
                        lambda c: c[: rng.randrange(len(c))],
                        lambda c: _flip(rng, c),
                        lambda c: c.replace(b'r="A2"', b'r="XFD1048576"', 1),
                        lambda c: c.replace(b"<v>", b"<v>99999", 3),
                        lambda c: c.replace(
                            b"table:table-row>", b'table:table-row table:number-rows-repeated="9999">', 2
                        ),
                        lambda c: c + b"<" * 1000,
                    ]
                )(content)
            archive.writestr(info.filename, content)
    return out.getvalue()


TEXT_MUTATIONS: list[Mutation] = [
    _truncate,
    _flip,
    _insert_nul,
    _duplicate_lines,
    _huge_field,
    _stray_quotes,
    _delete_range,
]
BINARY_MUTATIONS: list[Mutation] = [_truncate, _flip, _insert_nul, _damage_member, _damage_member, _delete_range]
SUFFIXES = [".csv", ".txt", ".xlsx", ".xls", ".ods"]


def _samples(folder: Path) -> list[tuple[str, bytes]]:
    import pandas as pd

    frame = ledger_frame()
    frame.to_excel(folder / "s.xlsx", index=False)
    frame.to_excel(folder / "s.ods", index=False, engine="odf")
    pd.read_csv(GAS, sep=";", dtype=str).head(60).to_excel(folder / "g.xlsx", index=False)
    texts = [(p.suffix, p.read_bytes()) for p in (LEDGER, PROPANE, XCEL, ELECTRICITY, GAS)]
    texts.append((".csv", LEDGER.read_text(encoding="utf-8").encode("utf-16")))
    texts.append((".csv", LEDGER.read_text(encoding="utf-8").encode("cp1252")))
    books = [(p.suffix, p.read_bytes()) for p in (folder / "s.xlsx", folder / "s.ods", folder / "g.xlsx")]
    return texts + books


def _campaign(folder: Path, seed: int, count: int, per_file_seconds: float) -> dict[str, int]:
    rng = random.Random(seed)
    samples = _samples(folder)
    outcomes = {"read": 0, "refused": 0}
    for n in range(count):
        suffix, data = rng.choice(samples)
        mutations = BINARY_MUTATIONS if data[:2] == b"PK" else TEXT_MUTATIONS
        for _ in range(rng.choice([1, 1, 2, 3])):
            data = rng.choice(mutations)(rng, data) or b"x"
        if rng.random() < 0.2:
            suffix = rng.choice(SUFFIXES)
        path = folder / f"m{n}{suffix}"
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            result = read_table(path, ReadOptions(allow_load_curve=rng.random() < 0.3))
            assert isinstance(result, RawTable)
            outcomes["read"] += 1
        except UnreadableFileError as exc:
            assert exc.render() and path.name in exc.render()
            outcomes["refused"] += 1
        elapsed = time.perf_counter() - start
        assert elapsed < per_file_seconds, f"{path.name} took {elapsed:.1f} s (seed {seed})"
        path.unlink()
    return outcomes


def test_fuzzed_real_samples_are_read_or_refused(tmp_path):
    """A few hundred mutations of the real samples: truncated, flipped, NULs, duplicated lines, huge fields,
    damaged workbook members. Only a RawTable or an UnreadableFileError may come out, each within seconds."""
    start = time.perf_counter()
    outcomes = _campaign(tmp_path, seed=11, count=500, per_file_seconds=3)
    print(f"fuzz: {outcomes} in {time.perf_counter() - start:.1f} s")
    assert outcomes["read"] and outcomes["refused"]


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("WORKBENCH_FUZZ"), reason="set WORKBENCH_FUZZ=1 for the long campaign")
def test_long_fuzz_campaign(tmp_path):
    seeds = int(os.environ.get("WORKBENCH_FUZZ_SEEDS", "5"))
    for seed in range(100, 100 + seeds):
        print(f"seed {seed}: {_campaign(tmp_path, seed=seed, count=1000, per_file_seconds=10)}")


# --- 50 MB: read or refused within 10 s and 500 MB ---------------------------------------------------------

_MEASURE = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from workbench.importers.table import ReadOptions, UnreadableFileError, read_table
    start = time.perf_counter()
    try:
        table = read_table(Path(sys.argv[1]), ReadOptions(allow_load_curve=sys.argv[2] == "1"))
        outcome = f"read {len(table.rows)} rows"
    except UnreadableFileError as exc:
        outcome = "refused: " + str(exc)
    seconds = time.perf_counter() - start
    # VmHWM, not getrusage: ru_maxrss survives fork and exec, and would report the test process's own peak.
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "outcome": outcome}))
    """
)


def measure(path: Path, allow_load_curve: bool = False) -> dict:
    """Time and peak memory of reading ``path`` in a fresh interpreter (so that the test's own memory is not
    counted)."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), "1" if allow_load_curve else "0"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"{path.name} ({path.stat().st_size / 2**20:.1f} MB): {result['seconds']:.2f} s, "
        f"peak {result['peak_mb']:.0f} MB, {result['outcome'][:90]}"
    )
    return result


def big_ledger(path: Path, size: int = MAX_BYTES - 4096) -> Path:
    """Invoice-like rows (the Moroccan ledger's layout) up to ``size`` bytes."""
    rng = random.Random(5)
    header = LEDGER.read_text(encoding="utf-8").splitlines()[0] + "\n"
    block = "".join(
        f"{d % 28 + 1:02d}/{d % 12 + 1:02d}/{1950 + d % 70};{d % 28 + 1:02d}/{d % 12 + 1:02d}/{1950 + d % 70};"
        f"MT-{d:07d};{rng.randint(10_000, 60_000)};{rng.randint(10_000, 60_000)};{rng.randint(10_000, 60_000)};"
        f"{rng.randint(10_000, 80_000)};400;{rng.randint(200, 450)};{rng.randint(10, 99)} {rng.randint(100, 999)},"
        f"{rng.randint(10, 99)};{rng.randint(1, 9)} {rng.randint(100, 999)},{rng.randint(10, 99)};"
        f"{rng.randint(10, 99)} {rng.randint(100, 999)},{rng.randint(10, 99)}\n"
        for d in range(2000)
    ).encode()
    data = header.encode() + block * ((size - len(header)) // len(block))
    path.write_bytes(data)
    return path


def big_load_curve(path: Path, size: int = MAX_BYTES - 4096) -> Path:
    """Fluvius's electricity layout, two registers every quarter-hour, up to ``size`` bytes: day after day."""
    import datetime as dt

    header = ELECTRICITY.read_text(encoding="utf-8-sig").splitlines()[0]
    day = []
    for quarter in range(96):
        start, end = (
            f"{quarter // 4:02d}:{quarter % 4 * 15:02d}:00",
            f"{(quarter + 1) // 4 % 24:02d}:{(quarter + 1) % 4 * 15:02d}:00",
        )
        until = "{next}" if quarter == 95 else "{date}"
        for register, volume in (("Afname Dag", f"0,{quarter + 100:03d}"), ("Injectie Dag", "0,000")):
            day.append(
                f'{{date}};{start};{until};{end};="123456879123456789";1SAG12345678;Digitale Meter;{register};'
                f"{volume};kWh;Gevalideerd\n"
            )
    template = "".join(day)
    chunks, total, date = ["\ufeff" + header + "\n"], len(header) + 4, dt.date(2000, 1, 1)
    while total + len(template) < size:
        following = date + dt.timedelta(days=1)
        chunk = template.replace("{date}", f"{date:%d-%m-%Y}").replace("{next}", f"{following:%d-%m-%Y}")
        chunks.append(chunk)
        total += len(chunk.encode())
        date = following
    path.write_text("".join(chunks), encoding="utf-8")
    return path


def test_a_50_mb_ledger_and_load_curve_are_refused_within_10_s_and_500_mb(tmp_path):
    expected = {"ledger-50mb.csv": "has more than 200000 rows", "courbe-50mb.csv": "is a load curve (15-minute"}
    for path in (big_ledger(tmp_path / "ledger-50mb.csv"), big_load_curve(tmp_path / "courbe-50mb.csv")):
        assert path.stat().st_size <= MAX_BYTES
        result = measure(path)
        assert result["seconds"] < 10 and result["peak_mb"] < 500
        assert expected[path.name] in result["outcome"]


@pytest.mark.slow
def test_a_50_mb_load_curve_is_read_within_10_s_and_500_mb_when_asked_for(tmp_path):
    result = measure(big_load_curve(tmp_path / "courbe-50mb.csv"), allow_load_curve=True)
    assert result["outcome"].startswith("read ") and result["seconds"] < 10 and result["peak_mb"] < 500


@pytest.mark.slow
def test_a_ledger_of_100000_bills_is_read(tmp_path):
    """The bills import stays linear to 100,000 rows: the reader must let them through, quickly."""
    path = big_ledger(tmp_path / "ledger-100k.csv", size=9 * 1024 * 1024)
    result = measure(path)
    assert result["outcome"].startswith("read ") and result["seconds"] < 5
