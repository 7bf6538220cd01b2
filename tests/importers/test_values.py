"""Cells to values, in the notations invoices use; anything else is refused, quoted as the file has it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.importers.values import (
    CellError,
    date_parts,
    excel_day,
    parse_date,
    parse_flag,
    parse_month,
    parse_number,
)

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
        # every thousands separator found in the field, in groups of three
        ("1 234 567,5", ",", 1234567.5),
        ("1\u202f234\u202f567,5", ",", 1234567.5),
        ("1.234", ",", 1234),  # the file's decimal is the comma: the point groups thousands
        ("1,234", ".", 1234),
        ("1,234", ",", 1.234),
        ("1,234,567.25", ".", 1234567.25),
        ("1'234.50", ".", 1234.5),
        ("1’234’567,5", ",", 1234567.5),
        ("1 234.5", ",", 1234.5),  # a decimal point in a decimal-comma file, grouped by spaces
        ("1.2345", ",", 1.2345),
        ("−12,5", ",", -12.5),
        ("+7", ".", 7),
        ("1.5E+3", ".", 1500),
        ("12 345 kWh", ",", 12345),
    ],
)
def test_numbers(text, decimal, expected):
    assert (
        parse_number(text, decimal) == pytest.approx(expected)
        if expected is not None
        else parse_number(text, decimal) is None
    )


@pytest.mark.parametrize("text", ["abc", "12abc", "1,2,3", "nan", "inf", "1 2 3,4,5", "12..5", "1e400"])
def test_not_numbers(text):
    with pytest.raises(CellError):
        parse_number(text, ",")


@pytest.mark.parametrize(
    ("text", "decimal"),
    [
        ("12 34", ","),  # a group of two digits: a typo, not 1234
        ("1,23,456", "."),  # Indian grouping
        ("1234,567", "."),  # a first group of four
        ("1,2345", "."),
        ("1.234.5", ","),
        ("1.234.567", "."),  # the decimal mark cannot group
        ("1,234,567", ","),
        ("1 234.567,5", ","),  # two different group marks
        ("1234.567", ","),  # a point before three digits groups, but not after four
        ("12,5", "."),  # a decimal comma in a decimal-point file
        ("1,234.5", ","),
        ("1  234", ","),
        ("- 5", "."),
    ],
)
def test_badly_grouped_numbers_are_refused_not_rescaled(text, decimal):
    with pytest.raises(CellError) as refused:
        parse_number(text, decimal)
    assert f"“{text}”" in str(refused.value.reason)


GROUPS = ["", " ", "\u00a0", "\u202f", ".", ",", "'", "’"]


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.integers(min_value=0, max_value=4),
    st.sampled_from([",", "."]),
    st.sampled_from(GROUPS),
)
def test_numbers_written_with_any_grouping_read_back(value, decimals, decimal, group):
    if group == decimal:
        return
    text = f"{value:,.{decimals}f}".replace(",", "\x00").replace(".", decimal).replace("\x00", group)
    assert parse_number(text, decimal) == float(f"{value:.{decimals}f}")


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
    ("text", "expected"),
    [
        ("15/01/2019", D(2019, 1, 15)),
        ("15-01-2019", D(2019, 1, 15)),
        ("15.01.2019", D(2019, 1, 15)),
        ("15/01/19", D(2019, 1, 15)),
        ("05/01/99", D(1999, 1, 5)),
        ("2019-01-15", D(2019, 1, 15)),
        ("2019/01/15", D(2019, 1, 15)),
        ("2019.01.15", D(2019, 1, 15)),
        ("2019-1-5", D(2019, 1, 5)),
        ("15/01/2019 10:30", D(2019, 1, 15)),
        ("15/01/2019 10:30:00", D(2019, 1, 15)),
        ("2019-01-15T08:00:00", D(2019, 1, 15)),
        ("2019-01-15T08:00:00.000Z", D(2019, 1, 15)),
        ("2019-01-15 08:00:00+01:00", D(2019, 1, 15)),
        ("2019/01/15 23:59", D(2019, 1, 15)),
        ('"15/01/2019"', D(2019, 1, 15)),
        # spreadsheet day numbers
        ("43466", D(2019, 1, 1)),
        ("43466.5", D(2019, 1, 1)),
        ("43466,75", D(2019, 1, 1)),
        ("18264", D(1950, 1, 1)),
        # month names
        ("15 janv. 2019", D(2019, 1, 15)),
        ("15 janvier 2019", D(2019, 1, 15)),
        ("15\u00a0octobre\u00a02019", D(2019, 10, 15)),  # as the reports write it
        ("1er octobre 2019", D(2019, 10, 1)),
        ("15 févr. 2019", D(2019, 2, 15)),
        ("15 fevrier 2019", D(2019, 2, 15)),
        ("3 août 2019", D(2019, 8, 3)),
        ("15-Jan-2019", D(2019, 1, 15)),
        ("15-JAN-19", D(2019, 1, 15)),
        ("15 January 2019", D(2019, 1, 15)),
        ("1st October 2019", D(2019, 10, 1)),
        ("Jan 15, 2019", D(2019, 1, 15)),
        ("January 15 2019", D(2019, 1, 15)),
        ("15 maart 2019", D(2019, 3, 15)),
        ("15 mrt 2019", D(2019, 3, 15)),
        ("15 okt. 2019", D(2019, 10, 15)),
        ("15 mei 2019 00:00", D(2019, 5, 15)),
    ],
)
def test_every_date_notation(text, expected):
    assert parse_date(text) == expected


def test_month_first_only_changes_numeric_day_month_dates():
    assert parse_date("01/02/2019", day_first=False) == D(2019, 1, 2)
    assert parse_date("09/24/2025 10:00 AM", day_first=False) == D(2025, 9, 24)
    assert parse_date("2019/01/02", day_first=False) == D(2019, 1, 2)  # year-first is always year, month, day
    assert parse_date("Jan 2, 2019", day_first=False) == parse_date("2 Jan 2019") == D(2019, 1, 2)
    assert parse_date("43467", day_first=False) == D(2019, 1, 2)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2019", "is not a real date"),
        ("2019/13/01", "is not a real date"),
        ("2019-02-30", "is not a real date"),
        ("31 févr. 2019", "is not a real date"),
        ("00/00/0000", "is not a real date"),
        ("60", "is not a real date"),  # Excel's 29 February 1900
        ("15 foo 2019", "is not a date"),
        ("15/01-2019", "is not a date"),  # two different separators
        ("15/01/201", "is not a date"),
        ("2019", "is not a date"),  # a year, or serial 11 July 1905: not an invoice date
        ("18263", "is not a date"),  # 31 December 1949
        ("73416", "is not a date"),  # 1 January 2101
        ("-43466", "is not a date"),
        ("15/01/2019 next week", "is not a date"),
        ("Jan-2019", "is not a date"),  # a month, not a day
    ],
)
def test_refused_dates_quote_the_cell(text, reason):
    with pytest.raises(CellError, match=reason) as refused:
        parse_date(text)
    assert f"“{text}”" in str(refused.value.reason)


def test_excel_serials_skip_the_29th_of_february_1900():
    assert excel_day(1) == D(1900, 1, 1)
    assert excel_day(59) == D(1900, 2, 28)
    assert excel_day(61) == D(1900, 3, 1)
    assert excel_day(43466) == D(2019, 1, 1)
    with pytest.raises(ValueError):
        excel_day(60)


def test_date_parts_count_only_day_month_dates():
    assert date_parts("24/09/2025") == (24, 9, 2025)
    assert date_parts("09/24/2025 10:00") == (9, 24, 2025)
    assert date_parts("24.09.25") == (24, 9, 2025)
    # year-first dates, month names and day numbers say nothing about the column's day order
    for text in ("2025/09/24", "2025/24/09", "2025-09-24", "2025.09.24", "24 Sep 2025", "45924", ""):
        assert date_parts(text) is None, text


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
        ("janv. 2019", D(2019, 1, 1)),
        ("Jan-19", D(2019, 1, 1)),
        ("maart 2019", D(2019, 3, 1)),
        ("mrt-19", D(2019, 3, 1)),
        ("2019/01", D(2019, 1, 1)),
        ("01-2019", D(2019, 1, 1)),
        ("1-2019", D(2019, 1, 1)),
        ("juillet 2019", D(2019, 7, 1)),
        ("juil. 2019", D(2019, 7, 1)),
        ("okt. 19", D(2019, 10, 1)),
        ("Sept. 2019", D(2019, 9, 1)),
        ("Feb 2020", D(2020, 2, 1)),
        ("Jan ’19", D(2019, 1, 1)),
        ("2019-01-01", D(2019, 1, 1)),
        ("2019-01-01 00:00:00", D(2019, 1, 1)),
    ],
)
def test_month_labels(text, month):
    first, last = parse_month(text)
    assert first == month
    assert last.month == month.month and (last + dt.timedelta(days=1)).day == 1


@pytest.mark.parametrize("text", ["Jan-2019x", "2019-13", "13/2019", "foo 2019", "2019-01-15", "janvier", "2019"])
def test_refused_months_quote_the_cell(text):
    with pytest.raises(CellError, match="is not a month") as refused:
        parse_month(text)
    assert f"“{text}”" in str(refused.value.reason)


def test_flags():
    assert parse_flag("Oui") and parse_flag("estimée") and parse_flag("E") and parse_flag("Geschat")
    assert not parse_flag("") and not parse_flag("non") and not parse_flag("Réelle")
    with pytest.raises(CellError):
        parse_flag("peut-être")
