"""Filling a month no bill covers, worked by hand: from the neighbouring months and from a year earlier."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.domain.calendar import month_end
from workbench.domain.gap_fill import FillMethod, estimate_month, method_note, missing_months
from workbench.domain.messages import DomainError
from workbench.domain.model import Bill
from workbench.domain.vocab import Provenance

D = dt.date


def bill(year: int, month: int, per_day: float, cost_per_kwh: float | None = 1.0, split: bool = True) -> Bill:
    start = D(year, month, 1)
    days = (month_end(start) - start).days + 1
    kwh = per_day * days
    return Bill(
        supply_id=1,
        period_start=start,
        period_end=month_end(start),
        quantity=kwh,
        quantity_peak=kwh * 0.2 if split else None,
        quantity_standard=kwh * 0.5 if split else None,
        quantity_offpeak=kwh * 0.3 if split else None,
        cost_excl_vat=None if cost_per_kwh is None else kwh * cost_per_kwh,
        id=year * 100 + month,
    )


@pytest.fixture
def bills():
    # 2018: 900 kWh a day all year; 2019: Feb 1 000 a day, March missing, April 1 200 a day
    return [bill(2018, m, 900.0) for m in range(1, 13)] + [
        bill(2019, 1, 1_000.0),
        bill(2019, 2, 1_000.0),
        bill(2019, 4, 1_200.0),
        bill(2019, 5, 1_200.0),
    ]


def test_the_missing_month_is_found(bills):
    assert missing_months(bills) == [D(2019, 3, 1)]


def test_from_the_neighbouring_months(bills):
    e = estimate_month(bills, D(2019, 3, 1), FillMethod.NEIGHBOURS, 1)
    # (1 000 + 1 200) / 2 = 1 100 kWh a day × 31 days = 34 100 kWh; the split and cost follow, per day
    assert e.quantity == pytest.approx(34_100)
    assert (e.quantity_peak, e.quantity_standard, e.quantity_offpeak) == pytest.approx((6_820, 17_050, 10_230))
    assert e.cost_excl_vat == pytest.approx(34_100)
    assert (e.period_start, e.period_end) == (D(2019, 3, 1), D(2019, 3, 31))
    assert e.estimated and e.provenance is Provenance.ESTIMATE and e.max_power is None
    assert "02/2019 and 04/2019" in method_note(FillMethod.NEIGHBOURS, D(2019, 3, 1)).render()


def test_from_the_same_month_a_year_earlier(bills):
    e = estimate_month(bills, D(2019, 3, 1), FillMethod.YEAR_BEFORE, 1)
    assert e.quantity == pytest.approx(900 * 31)  # March 2018's 27 900 kWh, per day × 31
    assert "03/2018" in method_note(FillMethod.YEAR_BEFORE, D(2019, 3, 1)).render()


def test_no_cost_is_invented(bills):
    bills = [b if b.period_start != D(2019, 4, 1) else bill(2019, 4, 1_200.0, cost_per_kwh=None) for b in bills]
    e = estimate_month(bills, D(2019, 3, 1), FillMethod.NEIGHBOURS, 1)
    assert e.quantity == pytest.approx(34_100) and e.cost_excl_vat is None


def test_a_method_without_its_reference_months_says_so(bills):
    with pytest.raises(DomainError) as refused:
        estimate_month(bills, D(2018, 1, 1), FillMethod.YEAR_BEFORE, 1)
    assert "01/2017 is not billed in full" in refused.value.render()
