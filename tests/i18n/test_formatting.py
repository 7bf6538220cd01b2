"""Dates written as each language writes them."""

from __future__ import annotations

import pytest

from workbench.domain.vocab import Language
from workbench.i18n.formatting import Formatter


def test_the_first_of_the_month_is_an_ordinal_in_french():
    import datetime as dt

    from workbench.domain.vocab import Language
    from workbench.i18n.formatting import Formatter

    assert Formatter(Language.FR).long_date(dt.date(2018, 10, 1)) == "1er\u00a0octobre\u00a02018"
    assert Formatter(Language.FR).long_date(dt.date(2019, 9, 30)) == "30\u00a0septembre\u00a02019"
    assert Formatter(Language.EN).long_date(dt.date(2018, 10, 1)) == "1\u00a0October\u00a02018"


@pytest.mark.parametrize(
    ("text", "hours"),
    [("6", 6.0), ("06:30", 6.5), ("6h30", 6.5), ("6 h 30", 6.5), ("6\u00a0h\u00a030", 6.5), ("22 H", 22.0), ("0", 0.0)],
)
def test_an_hour_of_the_day_typed_as_an_auditor_types_it(text, hours):
    assert Formatter(Language.FR).parse_hour(text) == pytest.approx(hours)
    assert Formatter(Language.EN).parse_hour(text) == pytest.approx(hours)


def test_hours_with_decimals_follow_the_language_and_bad_hours_are_refused():
    from workbench.i18n.formatting import HourTextError

    assert Formatter(Language.FR).parse_hour("6,5") == 6.5
    assert Formatter(Language.EN).parse_hour("6.5") == 6.5
    for bad in ("25", "6:75", "6h5", "six", "", "-1", "24:30"):
        with pytest.raises(HourTextError) as refused:
            Formatter(Language.FR).parse_hour(bad)
        assert refused.value.text == bad


def test_an_hour_is_written_the_way_each_language_writes_it():
    assert Formatter(Language.FR).hour(17.0) == "17\u00a0h"
    assert Formatter(Language.FR).hour(6.5) == "6\u00a0h\u00a030"
    assert Formatter(Language.EN).hour(6.5) == "06:30"
    assert Formatter(Language.EN).hour(24.0) == "00:00"
    assert Formatter(Language.EN).hour(None) == "—"
