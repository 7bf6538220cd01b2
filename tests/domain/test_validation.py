"""Bad values are refused by the domain, naming the field and the value, in French and English."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pytest

from workbench.domain import model
from workbench.domain.messages import DomainError
from workbench.domain.validation import ValidationError, validate
from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.i18n.formatting import Formatter

BILL = model.Bill(supply_id=1, period_start=dt.date(2019, 1, 1), period_end=dt.date(2019, 1, 31), quantity=1000.0)


def refused(entity) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        validate(entity)
    return err.value


def french(error: DomainError) -> str:
    return error.render(translator_for(Language.FR), Formatter(Language.FR).value)


def test_a_valid_bill_passes():
    validate(BILL)


@pytest.mark.parametrize(
    ("changes", "field", "english", "french_text"),
    [
        (
            {"quantity": -5.0},
            "quantity",
            "Quantity must not be negative (got -5.0).",
            "Quantité ne peut pas être négatif",
        ),
        (
            {"period_end": dt.date(2018, 12, 1)},
            "period_end",
            "The period ends on 2018-12-01, before it starts on 2019-01-01.",
            "La période se termine le 01/12/2018, avant de commencer le 01/01/2019.",
        ),
        (
            {"period_end": dt.date(2020, 2, 4)},
            "period_end",
            "The period lasts 400 days; a bill covers at most 372 days.",
            "La période dure 400 jours",
        ),
        (
            {"quantity": "12abc"},
            "quantity",
            "Quantity: “12abc” is not a number.",
            "«\u202f12abc\u202f» n'est pas un nombre",
        ),
        ({"quantity": math.nan}, "quantity", "is not a plausible value", "n'est pas une valeur plausible"),
        ({"quantity": 1e15}, "quantity", "is not a plausible value", "n'est pas une valeur plausible"),
        ({"cost_excl_vat": -1.0}, "cost_excl_vat", "Cost excl. VAT must not be negative", "Montant HT ne peut pas"),
        ({"currency": "dirham"}, "currency", "is not a three-letter currency code", "code de devise à trois lettres"),
        ({"quantity": None}, "quantity", "Quantity is required.", "Quantité est obligatoire."),
        ({"period_start": "2019-01-01"}, "period_start", "is not a date", "n'est pas une date"),
        ({"period_start": dt.date(1066, 10, 14)}, "period_start", "is not a plausible date", "date plausible"),
    ],
)
def test_bad_bill_values_are_refused_with_field_and_value(changes, field, english, french_text):
    error = refused(dataclasses.replace(BILL, **changes))
    assert error.field == field
    assert english in str(error)
    assert french_text in french(error)


def test_time_of_use_must_add_up_to_the_total():
    """A cross-field rule: not a refusal of the bill (a row typed by hand is filled a cell at a time) but an
    inconsistency the bill carries, which the editor shows, the checks name and an import refuses."""
    bill = dataclasses.replace(
        BILL, quantity=1000.0, quantity_peak=200.0, quantity_standard=500.0, quantity_offpeak=200.0
    )
    validate(bill)
    (problem,) = bill.inconsistencies()
    assert problem.field == "quantity"
    assert "differs from the sum of the time-of-use periods (900.0)" in str(problem)
    tou_only = dataclasses.replace(
        BILL, quantity=None, quantity_peak=200.0, quantity_standard=500.0, quantity_offpeak=300.0
    )
    validate(tou_only)
    assert tou_only.inconsistencies() == ()
    assert tou_only.total_quantity == 1000
    within_rounding = dataclasses.replace(tou_only, quantity=1000.9)
    assert within_rounding.inconsistencies() == ()


def test_costs_must_agree():
    bill = dataclasses.replace(BILL, cost_excl_vat=1000.0, vat=140.0, cost_incl_vat=1400.0)
    validate(bill)
    (problem,) = bill.inconsistencies()
    assert problem.field == "cost_incl_vat"
    assert "is not the cost excluding VAT plus the VAT (1140.0)" in str(problem)
    assert dataclasses.replace(BILL, cost_excl_vat=1000.0, vat=140.0, cost_incl_vat=1140.0).inconsistencies() == ()


def test_equipment_bounds():
    item = model.Equipment(site_id=1, name="Compresseur", rated_power=37.0, load_factor=1.4)
    assert refused(item).field == "load_factor"
    assert refused(dataclasses.replace(item, load_factor=0.7, quantity=0)).field == "quantity"
    assert refused(dataclasses.replace(item, load_factor=0.7, annual_hours=9000.0)).field == "annual_hours"
    assert refused(dataclasses.replace(item, load_factor=0.7, name="")).field == "name"


def test_site_rules():
    site = model.Site(cluster_id=1, name="Atlas", nace_code="23.51")
    validate(site)
    assert refused(dataclasses.replace(site, nace_code="cement")).field == "nace_code"
    assert refused(dataclasses.replace(site, floor_area_m2=-10.0)).field == "floor_area_m2"
    bad_schedule = dataclasses.replace(site, schedule=model.OperatingSchedule(3, 10, 5, 48))
    assert "3 shifts of 10 h make more than 24 hours a day." in str(refused(bad_schedule))


def test_enum_values_must_be_members():
    error = refused(model.EnergySupply(site_id=1, carrier="electricity"))  # a str, not a Carrier
    assert error.field == "carrier"


def test_measure_needs_a_title():
    assert refused(model.Measure(site_id=1)).field == "title"
