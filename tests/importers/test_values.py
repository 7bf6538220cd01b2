"""Cells to values, in the notations invoices use."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.importers.values import CellError, parse_date, parse_flag, parse_month, parse_number

D = dt.date


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("100 576,17", ",", 100576.17),
        ("100\u00a0576,17", ",", 100576.17),
        ("100\u202f576,17", ",", 100576.17),
        ("1.234.567,8", ",", 1234567.8),
        ("0,173", ",", 0.173),
        ("12.5", ",", 12.5),  # a decimal point typed in a decimal-comma file
        ("1,234.50", ".", 1234.5),
        ('"89.45"', ".", 89.45),
        ('="123456879123456789"', ".", 123456879123456789.0),
        ("118 679,88 DH", ",", 118679.88),
        ("(12,5)", ",", -12.5),
        ("", ",", None),
        ("-", ".", None),
    ],
)
def test_numbers(text, decimal, expected):
    assert (
        parse_number(text, decimal) == pytest.approx(expected)
        if expected is not None
        else parse_number(text, decimal) is None
    )


@pytest.mark.parametrize("text", ["abc", "12abc", "1,2,3", "nan", "inf", "1 2 3,4,5", "12..5"])
def test_not_numbers(text):
    with pytest.raises(CellError):
        parse_number(text, ",")


def test_dates():
    assert parse_date("31/01/2018") == D(2018, 1, 31)
    assert parse_date("01-02-2018") == D(2018, 2, 1)
    assert parse_date("2019-03-31") == D(2019, 3, 31)
    assert parse_date("2019-03-31 00:00:00") == D(2019, 3, 31)
    assert parse_date("09/24/2025", day_first=False) == D(2025, 9, 24)
    assert parse_date("31.12.19") == D(2019, 12, 31)
    assert parse_date("") is None
    with pytest.raises(CellError, match="not a real date"):
        parse_date("31/02/2019")
    with pytest.raises(CellError, match="is not a date"):
        parse_date("next Tuesday")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("janv.-19", D(2019, 1, 1)),
        ("févr. 2019", D(2019, 2, 1)),
        ("2019-01", D(2019, 1, 1)),
        ("01/2019", D(2019, 1, 1)),
        ("January 2019", D(2019, 1, 1)),
        ("Aug-18", D(2018, 8, 1)),
        ("mei 2020", D(2020, 5, 1)),
        ("déc.-19", D(2019, 12, 1)),
    ],
)
def test_month_labels(text, month):
    first, last = parse_month(text)
    assert first == month
    assert last.month == month.month and (last + dt.timedelta(days=1)).day == 1


def test_flags():
    assert parse_flag("Oui") and parse_flag("estimée") and parse_flag("E") and parse_flag("Geschat")
    assert not parse_flag("") and not parse_flag("non") and not parse_flag("Réelle")
    with pytest.raises(CellError):
        parse_flag("peut-être")
