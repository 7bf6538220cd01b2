"""Each bill check on crafted bills: it names the bills, and it stays quiet on normal ones."""

from __future__ import annotations

import dataclasses
import datetime as dt

from workbench.analysis.checks import check_bills
from workbench.domain import model
from workbench.domain.factors import Factor, FactorLookup
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language, VoltageLevel
from workbench.i18n.catalogue import translator_for
from workbench.resources import factor_set

D = dt.date
TODAY = D(2020, 1, 15)
SUPPLY = model.EnergySupply(
    site_id=1, carrier=Carrier.ELECTRICITY, voltage_level=VoltageLevel.MV, subscribed_power_kva=400.0, id=1
)
FACTORS = FactorLookup(factor_set("MA"))

ENGLISH = translator_for(Language.EN)  # the catalogue's plural forms: “1 bill”, “2 bills”


def monthly(quantities, **extra) -> list[model.Bill]:
    bills = []
    for i, q in enumerate(quantities):
        start = D(2019, i + 1, 1)
        end = D(2019, i + 2, 1) - dt.timedelta(days=1) if i < 11 else D(2019, 12, 31)
        bills.append(
            model.Bill(
                supply_id=1,
                period_start=start,
                period_end=end,
                quantity=float(q),
                invoice_number=f"F{i + 1}",
                id=i + 1,
                **extra,
            )
        )
    return bills


NORMAL = [1000 + 37 * (i % 5) for i in range(12)]


def kinds(bills, supply=SUPPLY, factors=FACTORS):
    return {w.kind: w for w in check_bills(supply, bills, factors, TODAY)}


def test_normal_bills_raise_nothing():
    assert kinds(monthly(NORMAL, max_power=390.0, reactive_kvarh=300.0)) == {}


def test_short_and_long_periods():
    bills = monthly(NORMAL)
    bills[4] = dataclasses.replace(bills[4], period_end=D(2019, 5, 10))  # 10 days
    found = kinds(bills)["period_length"]
    assert found.bill_ids == (5,)
    assert "usually 30 (1 bill): F5" in found.message.render(ENGLISH)  # median of 30 and 31 days, rounded


def test_future_periods():
    bills = monthly(NORMAL)
    bills.append(
        model.Bill(
            supply_id=1,
            period_start=D(2020, 1, 1),
            period_end=D(2020, 1, 31),
            quantity=1000.0,
            invoice_number="F13",
            id=13,
        )
    )
    assert kinds(bills)["future"].bill_ids == (13,)


def test_repeated_usage():
    quantities = list(NORMAL)
    quantities[6] = quantities[5]
    assert kinds(monthly(quantities))["repeated_usage"].bill_ids == (7,)


def test_outliers_median_plus_minus_five_mad():
    quantities = list(NORMAL)
    quantities[8] = 3000  # use per day three times the usual
    found = kinds(monthly(quantities))["outlier"]
    assert found.bill_ids == (9,)


def test_reached_power_above_subscribed():
    bills = monthly(NORMAL, max_power=380.0)
    bills[2] = dataclasses.replace(bills[2], max_power=436.0)
    found = kinds(bills)["power_overrun"]
    assert found.bill_ids == (3,)
    assert "exceeds the subscribed 400.0 kVA, up to 436.0 kVA (1 bill): F3" in found.message.render(ENGLISH)


def test_power_factor_below_the_tariff_threshold_which_is_configurable():
    bills = monthly(NORMAL, reactive_kvarh=500.0)
    # 1 000 kWh and 750 kvarh: cos phi = 0.8 exactly, not below; 1 000 and 800: 0.781
    bills[0] = dataclasses.replace(bills[0], reactive_kvarh=750.0)
    bills[1] = dataclasses.replace(bills[1], quantity=1000.0, reactive_kvarh=800.0)
    found = kinds(bills)["low_cos_phi"]
    assert found.bill_ids == (2,)
    assert "down to 0.781" in found.message.render()
    stricter = FACTORS.with_overrides([Factor("tariff.ma_mt.cos_phi_threshold", 0.95, "cos φ", "contract")])
    assert len(kinds(bills, factors=stricter)["low_cos_phi"].bill_ids) == 12
    low_voltage = dataclasses.replace(SUPPLY, voltage_level=VoltageLevel.LV)
    assert "low_cos_phi" not in kinds(bills, supply=low_voltage)


def test_the_outlier_warning_spells_out_the_median_absolute_deviation():
    """ "MAD" is the currency of a Moroccan programme: the statistic is named in words."""
    from workbench.i18n.language import qt_translate

    quantities = list(NORMAL)
    quantities[8] = 3000
    text = kinds(monthly(quantities))["outlier"].message.render(qt_translate)
    assert "more than 5 median absolute deviations from the median" in text
    assert "MAD" not in text


def test_an_incomplete_new_bill_row_raises_no_check():
    """A row just added (its period proposed, its quantity the new row's 0, nothing else) is not judged yet."""
    from workbench.analysis.checks import is_incomplete

    bills = monthly(NORMAL)
    last = bills[-1]
    new = model.Bill(
        supply_id=1, period_start=D(2020, 1, 1), period_end=D(2020, 1, 31), quantity=0.0, id=len(bills) + 1
    )
    assert is_incomplete(new) and not is_incomplete(last)
    assert kinds([*bills, new]) == {}  # neither an outlier (0 per day), nor anything else
    # once its figures are typed it is judged like any other
    typed = dataclasses.replace(new, quantity=3000.0)
    assert not is_incomplete(typed)
    assert kinds([*bills, typed])["outlier"].bill_ids == (typed.id,)
