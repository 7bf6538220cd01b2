"""Reading files of any encoding, delimiter, decimal mark and layout; unreadable ones get one clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.domain.units import Carrier
from workbench.importers.mapping import guess_mapping
from workbench.importers.table import ReadOptions, UnreadableFileError, read_table

DATA = Path(__file__).parents[1] / "data"
LEDGER = DATA / "ma-invoices" / "electricite-mt-2018-2019.csv"

ROWS = [
    ["Début période", "Fin période", "N° facture", "Consommation (kWh)", "Montant HT (DH)"],
    ["01/01/2019", "31/01/2019", "F-1", "12 345", "10 234,56"],
    ["01/02/2019", "28/02/2019", "F-2", "11 002", "9 120,00"],
]


def write_csv(path: Path, rows, delimiter=";", encoding="utf-8", preamble=()):
    lines = [*preamble, *(delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_the_moroccan_ledger_is_read_as_it_is():
    table = read_table(LEDGER)
    assert (table.encoding, table.delimiter, table.decimal) == ("utf-8", ";", ",")
    assert table.header[0] == "Début période" and len(table.rows) == 21
    assert table.first_data_row == 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
def test_encodings_are_detected(tmp_path, encoding):
    table = read_table(write_csv(tmp_path / "f.csv", ROWS, encoding=encoding))
    assert table.header[0] == "Début période"
    assert table.header[2] == "N° facture"


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_delimiters_are_detected(tmp_path, delimiter):
    table = read_table(write_csv(tmp_path / "f.csv", ROWS, delimiter=delimiter))
    assert table.delimiter == delimiter
    assert table.rows[0][4] == "10 234,56"
    assert table.decimal == ","


def test_header_found_below_a_preamble(tmp_path):
    preamble = ["Société Atlas SARL;;;;", "Relevé des factures d'électricité;;;;", ";;;;"]
    table = read_table(write_csv(tmp_path / "f.csv", ROWS, preamble=preamble))
    assert table.header[0] == "Début période" and table.first_data_row == 5
    forced = read_table(tmp_path / "f.csv", ReadOptions(header_row=4))
    assert forced.header == table.header


def test_overrides_win(tmp_path):
    path = write_csv(tmp_path / "f.csv", ROWS)
    table = read_table(path, ReadOptions(encoding="cp1252", delimiter=";", decimal="."))
    assert table.encoding == "cp1252" and table.decimal == "."


def test_xlsx_and_ods_with_a_sheet_choice(tmp_path):
    import pandas as pd

    frame = pd.DataFrame(ROWS[1:], columns=ROWS[0])
    xlsx = tmp_path / "f.xlsx"
    with pd.ExcelWriter(xlsx, engine="openpyxl") as writer:
        pd.DataFrame([["Notes"]]).to_excel(writer, sheet_name="Lisez-moi", index=False, header=False)
        frame.to_excel(writer, sheet_name="Factures", index=False, startrow=2)
    table = read_table(xlsx, ReadOptions(sheet="Factures"))
    assert table.sheets == ["Lisez-moi", "Factures"]
    assert table.header[0] == "Début période" and len(table.rows) == 2
    ods = tmp_path / "f.ods"
    frame.to_excel(ods, engine="odf", index=False)
    assert read_table(ods).rows[1][2] == "F-2"
    with pytest.raises(UnreadableFileError, match="no sheet named “Nope”"):
        read_table(xlsx, ReadOptions(sheet="Nope"))


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.csv", b"", "is empty"),
        ("binary.csv", bytes(range(256)) * 4, "is not a text table"),
        ("blank.csv", b";;;\n;;;\n", "holds no data"),
        ("fake.xlsx", b"PK\x03\x04 not really a workbook", "cannot be read as a spreadsheet"),
        ("fake.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "spreadsheet"),
    ],
)
def test_unreadable_files_get_one_message(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError, match=reason) as err:
        read_table(path)
    assert name in str(err.value)


def test_wrong_encoding_forced_is_explained(tmp_path):
    path = write_csv(tmp_path / "f.csv", ROWS, encoding="cp1252")
    with pytest.raises(UnreadableFileError, match="cannot be read as utf-8 text"):
        read_table(path, ReadOptions(encoding="utf-8"))


@pytest.mark.parametrize(
    ("headers", "carrier", "expected"),
    [
        (
            ["Date début", "Date fin", "Consommation kWh", "Montant HT", "TVA", "Montant TTC"],
            Carrier.ELECTRICITY,
            {"start": 0, "end": 1, "quantity": 2, "cost_excl_vat": 3, "vat": 4, "cost_incl_vat": 5},
        ),
        (
            ["Start date", "End date", "Invoice number", "Usage (kWh)", "Amount excl. VAT", "VAT", "Total incl. VAT"],
            Carrier.ELECTRICITY,
            {"start": 0, "end": 1, "invoice": 2, "quantity": 3, "cost_excl_vat": 4, "vat": 5, "cost_incl_vat": 6},
        ),
        (
            ["Van", "Tot", "Factuurnummer", "Verbruik (m³)", "Bedrag excl. btw", "BTW", "Te betalen"],
            Carrier.NATURAL_GAS,
            {"start": 0, "end": 1, "invoice": 2, "quantity": 3, "cost_excl_vat": 4, "vat": 5, "cost_incl_vat": 6},
        ),
        (
            ["Mois", "Quantité (t)", "Montant HT"],
            Carrier.HEAVY_FUEL_OIL,
            {"month": 0, "quantity": 1, "cost_excl_vat": 2},
        ),
    ],
)
def test_column_guesses_in_three_languages(headers, carrier, expected):
    assert guess_mapping(headers, carrier) == expected
