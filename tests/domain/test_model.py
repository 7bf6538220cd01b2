from __future__ import annotations

import datetime as dt

import pytest

from workbench.domain import model
from workbench.domain.estimation import annual_kwh
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, Language


def test_bilingual_text_shows_what_is_missing_never_fills_it():
    text = model.BilingualText(fr="Fuites d'air sur le réseau", en="")
    assert text.text(Language.FR) == "Fuites d'air sur le réseau"
    assert text.text(Language.EN) is None  # not the French text
    assert text.missing_languages() == (Language.EN,)
    assert model.BilingualText().missing_languages() == ()
    assert model.BilingualText("  ", "Leaks").missing_languages() == (Language.FR,)


def test_schedule_hours():
    # 3 shifts x 8 h x 6 days x 48 weeks = 6 912 h
    assert model.OperatingSchedule(3, 8, 6, 48).annual_hours == 6912


def test_bill_derived_figures():
    bill = model.Bill(
        supply_id=1,
        period_start=dt.date(2019, 2, 1),
        period_end=dt.date(2019, 2, 28),
        quantity_peak=100.0,
        quantity_standard=200.0,
        quantity_offpeak=50.0,
        cost_incl_vat=1140.0,
        vat=140.0,
    )
    assert bill.days == 28
    assert bill.total_quantity == 350
    assert bill.cost == 1000  # excl. VAT, derived


def test_payback():
    measure = model.Measure(
        site_id=1, title=model.BilingualText("LED", "LED"), cost_savings=20_000.0, investment=50_000.0
    )
    assert measure.simple_payback_years == pytest.approx(2.5)
    assert model.Measure(site_id=1, investment=1.0).simple_payback_years is None


def test_estimation_formula_domain_reference_6_1():
    # a 37 kW compressor (shaft), LF 0.75, 4 000 h, eta 0.92: 37 x 0.75 x 4 000 / 0.92 = 120 652 kWh
    compressor = model.Equipment(
        site_id=1,
        name="C",
        end_use=EndUse.COMPRESSED_AIR,
        rated_power=37.0,
        load_factor=0.75,
        annual_hours=4000.0,
        efficiency=0.92,
    )
    assert annual_kwh(compressor, model.OperatingSchedule()) == pytest.approx(120_652.17, rel=1e-6)
    # 100 lamps of 0.28 kW, hours from the schedule (2 x 8 h x 5 d x 48 w = 3 840 h): 107 520 kWh
    lamps = model.Equipment(
        site_id=1,
        name="L",
        end_use=EndUse.LIGHTING,
        rated_power=0.28,
        quantity=100,
        carrier=Carrier.ELECTRICITY,
        load_factor=1.0,
    )
    assert annual_kwh(lamps, model.OperatingSchedule(2, 8, 5, 48)) == pytest.approx(107_520)
