"""Rooftop PV: the typical year pvlib simulates, and that year against a load curve, worked out by hand on
made-up series; the weather files the application ships, read whole; a damaged file refused by name."""

from __future__ import annotations

import datetime as dt
import math
from array import array
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from workbench.analysis.load_curve import meter_grid
from workbench.analysis.solar import HOURS, PvYear, hour_of_year, read_weather, self_consumption, simulate
from workbench.domain.load_curve import CurveUnit, Flow, IntervalBlock, Register, RegisterSeries
from workbench.domain.messages import DomainError
from workbench.domain.solar import PvSystem
from workbench.resources import shipped_weather_dir

CASABLANCA = ZoneInfo("Africa/Casablanca")
RABAT = shipped_weather_dir() / "MAR_RK_Rabat-Sale.AP.601350_TMYx.epw"
UCCLE = shipped_weather_dir() / "BEL_VLG_Uccle.064470_TMYx.2007-2021.epw"
OFFTAKE = Register("Offtake", Flow.OFFTAKE, CurveUnit.KWH)


def flat_load(start_utc: dt.datetime, hours: int, kw: float) -> RegisterSeries:
    values = array("d", [kw] * hours)  # hourly intervals: kWh = kW
    return RegisterSeries(OFFTAKE, [IntervalBlock(start_utc, 60, values, bytearray(hours))])


@pytest.fixture(scope="module")
def rabat():
    return read_weather(RABAT.read_bytes(), RABAT.name)


def test_the_shipped_weather_files_read_whole(rabat):
    assert rabat.station == "Rabat-Sale.AP" and rabat.utc_offset_hours == 1.0
    assert rabat.latitude == pytest.approx(34.051) and rabat.longitude == pytest.approx(-6.752)
    assert rabat.ghi.size == HOURS and rabat.ghi.max() > 900 and rabat.ghi.min() == 0
    uccle = read_weather(UCCLE.read_bytes(), UCCLE.name)
    assert uccle.latitude == pytest.approx(50.8, abs=0.01)
    # Rabat's sun gives more than Uccle's: yearly global horizontal irradiation (kWh/m²)
    assert rabat.ghi.sum() / 1000 > 1.6 * uccle.ghi.sum() / 1000 > 1500


def test_a_typical_year_of_a_south_facing_system(rabat):
    year = simulate(rabat, PvSystem(kwp=1.0, tilt=30, azimuth=180))
    # published yields for the Moroccan Atlantic coast at 30° south with 14 % losses: 1 600 – 1 800 kWh/kWp
    assert 1550 < year.specific_yield < 1850
    assert year.kw.max() <= 1.0 and year.kw.min() == 0.0
    nights = year.kw.reshape(365, 24)[:, [0, 1, 2, 3, 22, 23]]
    assert np.all(nights == 0)
    # facing east, the same modules produce before noon what facing west they produce after it
    east = simulate(rabat, PvSystem(kwp=1.0, tilt=30, azimuth=90)).kw.reshape(365, 24).mean(axis=0)
    west = simulate(rabat, PvSystem(kwp=1.0, tilt=30, azimuth=270)).kw.reshape(365, 24).mean(axis=0)
    assert np.argmax(east) < np.argmax(west)
    # losses scale the energy: 28 % losses give (1 − 0.28) / (1 − 0.14) of 14 %'s, less the inverter's curve
    lossy = simulate(rabat, PvSystem(kwp=1.0, losses=0.28)).annual_kwh
    assert lossy / year.annual_kwh == pytest.approx(0.72 / 0.86, rel=0.01)


def test_a_system_out_of_range_is_refused():
    with pytest.raises(DomainError, match="peak power"):
        PvSystem(kwp=0).check()
    with pytest.raises(DomainError, match="tilt"):
        PvSystem(kwp=10, tilt=95).check()


@pytest.mark.parametrize(
    "damage",
    [lambda text: text[: len(text) // 2], lambda text: "not a weather file\n", lambda text: text.replace(",", ";")],
)
def test_a_damaged_weather_file_is_refused_by_name(damage):
    data = damage(RABAT.read_text(encoding="utf-8")).encode("utf-8")
    with pytest.raises(DomainError) as raised:
        read_weather(data, "damaged.epw")
    assert raised.value.message.params["file"] == "damaged.epw"


def test_each_interval_takes_the_typical_years_hour_in_standard_time():
    # 1 March 2024 00:00 in Casablanca (UTC+1) is 23:00 UTC on 29 February; in the station's standard time
    # (UTC+1) it is 1 March 00:00: hour 59 × 24 of a year without 29 February
    grid = meter_grid([flat_load(dt.datetime(2024, 2, 29, 23, tzinfo=dt.UTC), 2, 5.0)], CASABLANCA)
    assert list(hour_of_year(grid, 1.0)) == [59 * 24, 59 * 24 + 1]
    # 29 February itself takes 28 February's hours
    grid = meter_grid([flat_load(dt.datetime(2024, 2, 29, 11, tzinfo=dt.UTC), 1, 5.0)], CASABLANCA)
    assert list(hour_of_year(grid, 1.0)) == [58 * 24 + 12]


def test_self_consumption_worked_by_hand():
    """One day, 30 kW all day; the PV gives 50 kW from 10:00 to 15:00 standard time (UTC+1), nothing else."""
    pv = np.zeros(HOURS)
    pv[10:15] = 50.0  # 1 January, 10:00–15:00
    year = PvYear(pv, PvSystem(60.0), 1.0, "Test")
    # the curve: 1 January 2023 from 00:00 local (Casablanca, UTC+1 then) = 31 December 23:00 UTC
    grid = meter_grid([flat_load(dt.datetime(2022, 12, 31, 23, tzinfo=dt.UTC), 24, 30.0)], CASABLANCA)
    periods = np.full(24, 2, dtype=np.int8)
    periods[12:14] = 0  # two of the PV's hours counted as peak, the rest off-peak
    use = self_consumption(grid, year, periods, (2.0, 1.0, 0.5), "MAD")
    # produced 5 h × 50 = 250 kWh; used 5 h × 30 = 150; exported 100; the site drew 24 × 30 = 720
    assert use.production_kwh == 250 and use.self_consumed_kwh == 150 and use.surplus_kwh == 100
    assert use.load_kwh == 720 and use.days == 1
    assert use.self_consumed_share == pytest.approx(0.6) and use.coverage == pytest.approx(150 / 720)
    # used in peak hours 2 × 30 = 60 kWh at 2.0, in off-peak 3 × 30 = 90 kWh at 0.5: 120 + 45 = 165
    assert use.by_period == (60.0, 0.0, 90.0) and use.avoided == pytest.approx(165.0)
    assert use.split == pytest.approx((0.4, 0.0, 0.6))
    load, produced, used = use.profile
    assert load[0] == 30 and produced[11] == 50 and used[11] == 30 and math.isnan(load[5]) is False


def test_intervals_without_a_reading_count_for_neither_side():
    pv = np.full(HOURS, 10.0)
    year = PvYear(pv, PvSystem(10.0), 1.0, "Test")
    series = flat_load(dt.datetime(2022, 12, 31, 23, tzinfo=dt.UTC), 4, 4.0)
    series.blocks[0].values[1] = math.nan
    series.blocks[0].status[1] = 2  # missing
    use = self_consumption(meter_grid([series], CASABLANCA), year)
    # three hours with a reading: 3 × 10 produced, 3 × 4 used and drawn
    assert use.production_kwh == 30 and use.self_consumed_kwh == 12 and use.load_kwh == 12
    assert use.avoided is None and use.by_period is None
