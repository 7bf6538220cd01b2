"""Dates written as each language writes them."""

from __future__ import annotations


def test_the_first_of_the_month_is_an_ordinal_in_french():
    import datetime as dt

    from workbench.domain.vocab import Language
    from workbench.i18n.formatting import Formatter

    assert Formatter(Language.FR).long_date(dt.date(2018, 10, 1)) == "1er\u00a0octobre\u00a02018"
    assert Formatter(Language.FR).long_date(dt.date(2019, 9, 30)) == "30\u00a0septembre\u00a02019"
    assert Formatter(Language.EN).long_date(dt.date(2018, 10, 1)) == "1\u00a0October\u00a02018"
