"""Rooftop PV against a load curve: a typical year of production simulated with pvlib, hour by hour, then laid
on the meter's intervals to see what the site would use of it, what it would export and what it would stop
buying, window by window.

The model, each step pvlib's: the sun's position at each hour's middle (``solarposition``, NREL's SPA), the
irradiance on the modules by Perez's transposition (``irradiance.get_total_irradiance``), the cells'
temperature by Faiman's model, the DC power by PVWatts (−0.4 %/°C) less the system's losses, and PVWatts'
inverter (96 % nominal efficiency). Weather: an EnergyPlus EPW typical year (hour-ending values in the
station's standard time, which pvlib's reader puts at each hour's start).

Self-consumption is worked out interval by interval: the PV power of the hour the interval falls in (the
typical year's same month, day and hour, in the station's standard time; 29 February takes 28 February's)
against the interval's power; only intervals with a reading count, so production and use cover the same time.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message
from workbench.domain.solar import PvSystem

from .load_curve import MeterGrid

if TYPE_CHECKING:
    import numpy as np

CTX = "Solar"
HOURS = 8760
TYPICAL_YEAR = 2023  # a year without 29 February, to lay the typical year on
GAMMA_PDC = -0.004  # PVWatts' temperature coefficient of power, per °C (crystalline silicon)
INVERTER_EFFICIENCY = 0.96  # PVWatts' nominal inverter efficiency
PERIOD_NAMES = ("peak", "standard", "offpeak")


@dataclass(frozen=True)
class WeatherYear:
    """A typical year of hourly weather: each array has 8,760 values, hour ``h`` starting at ``h`` hours after
    1 January 00:00 in the station's standard time (UTC + ``utc_offset_hours``)."""

    station: str
    latitude: float
    longitude: float
    altitude: float
    utc_offset_hours: float
    ghi: np.ndarray  # W/m², global horizontal
    dni: np.ndarray  # W/m², direct normal
    dhi: np.ndarray  # W/m², diffuse horizontal
    temp_air: np.ndarray  # °C
    wind_speed: np.ndarray  # m/s


def read_weather(data: bytes, file_name: str) -> WeatherYear:
    """An EPW file's typical year; DomainError naming the file when it is not one pvlib can read whole."""
    import numpy as np
    import pvlib

    def refused(reason: str) -> DomainError:
        return DomainError(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Solar",
                    "{file} cannot be read as a typical-year weather file (EnergyPlus EPW): {reason}. Choose an EPW "
                    "file of 8,760 hours, e.g. from climate.onebuilding.org.",
                ),
                file=file_name,
                reason=reason,
            )
        )

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    try:
        frame, meta = pvlib.iotools.read_epw(io.StringIO(text), coerce_year=TYPICAL_YEAR)
    except Exception as exc:  # pandas' and pvlib's parse errors: the file is not an EPW
        raise refused(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
    if len(frame) != HOURS:
        raise refused(f"{len(frame)} hours")
    columns = {}
    for name in ("ghi", "dni", "dhi", "temp_air", "wind_speed"):
        values = frame[name].to_numpy(dtype=float)
        if not np.all(np.isfinite(values)):
            raise refused(f"{name}: missing values")
        columns[name] = values
    # the reader sorts by time within the coerced year, whatever order the file's months came in
    return WeatherYear(
        station=str(meta.get("city", file_name)),
        latitude=float(meta["latitude"]),
        longitude=float(meta["longitude"]),
        altitude=float(meta.get("altitude", 0.0) or 0.0),
        utc_offset_hours=float(meta["TZ"]),
        **columns,
    )


@dataclass(frozen=True)
class PvYear:
    """A typical year's AC power (kW, each hour's mean), hour by hour as the weather's."""

    kw: np.ndarray
    system: PvSystem
    utc_offset_hours: float
    station: str

    @property
    def annual_kwh(self) -> float:
        return float(self.kw.sum())

    @property
    def specific_yield(self) -> float:
        """kWh a year per kWp."""
        return self.annual_kwh / self.system.kwp


def simulate(weather: WeatherYear, system: PvSystem) -> PvYear:
    """The system's typical year (see the module's notes for the model)."""

    system.check()
    with warnings.catch_warnings():
        # pvlib 0.16 asks pandas for ``dayofyear``, which pandas 3 deprecates: nothing the user can act on
        warnings.filterwarnings("ignore", message=".*dayofyear is deprecated.*")
        return _simulate(weather, system)


def _simulate(weather: WeatherYear, system: PvSystem) -> PvYear:
    import numpy as np
    import pandas as pd
    import pvlib

    zone = dt_zone(weather.utc_offset_hours)
    starts = pd.date_range(f"{TYPICAL_YEAR}-01-01", periods=HOURS, freq="h", tz=zone)
    middles = starts + pd.Timedelta(minutes=30)  # an hour's sun, at its middle
    sun = pvlib.solarposition.get_solarposition(
        middles, weather.latitude, weather.longitude, altitude=weather.altitude, temperature=weather.temp_air
    )
    dni_extra = pvlib.irradiance.get_extra_radiation(middles)
    airmass = pvlib.atmosphere.get_relative_airmass(sun["apparent_zenith"].to_numpy())
    poa = pvlib.irradiance.get_total_irradiance(
        system.tilt,
        system.azimuth,
        sun["apparent_zenith"].to_numpy(),
        sun["azimuth"].to_numpy(),
        weather.dni,
        weather.ghi,
        weather.dhi,
        dni_extra=dni_extra.to_numpy(),
        airmass=airmass,
        model="perez",
    )
    poa_global = np.nan_to_num(np.asarray(poa["poa_global"], dtype=float), nan=0.0).clip(min=0.0)
    cell = pvlib.temperature.faiman(poa_global, weather.temp_air, weather.wind_speed)
    pdc0 = system.kwp * 1000
    dc = pvlib.pvsystem.pvwatts_dc(poa_global, cell, pdc0, GAMMA_PDC) * (1 - system.losses)
    ac = pvlib.inverter.pvwatts(np.asarray(dc, dtype=float), pdc0 * INVERTER_EFFICIENCY, INVERTER_EFFICIENCY)
    kw = np.clip(np.nan_to_num(np.asarray(ac, dtype=float), nan=0.0), 0.0, None) / 1000
    return PvYear(kw, system, weather.utc_offset_hours, weather.station)


def dt_zone(offset_hours: float) -> dt.timezone:
    """A fixed offset (the station's standard time) as a tzinfo."""
    return dt.timezone(dt.timedelta(hours=offset_hours))


@dataclass(frozen=True)
class SelfConsumption:
    """The PV's typical year against the meter's intervals (those with a reading), over ``days`` days."""

    days: float
    load_kwh: float
    production_kwh: float
    self_consumed_kwh: float
    surplus_kwh: float
    by_period: tuple[float, float, float] | None  # self-consumed kWh in peak, standard, off-peak hours
    prices: tuple[float, float, float] | None  # per kWh in each window (the tariff's), or one price thrice
    currency: str | None
    # The mean day on the site's wall clock, slot by slot (kW): the load, the PV, what the site uses of it.
    profile: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    step_minutes: int = 60

    @property
    def per_year(self) -> float:
        """What turns the figures of the curve's days into a year's."""
        return 365 / self.days if self.days else 0.0

    @property
    def self_consumed_share(self) -> float | None:
        """Of the production, the share used on site."""
        return self.self_consumed_kwh / self.production_kwh if self.production_kwh else None

    @property
    def coverage(self) -> float | None:
        """Of the site's use, the share the PV covers."""
        return self.self_consumed_kwh / self.load_kwh if self.load_kwh else None

    @property
    def split(self) -> tuple[float, float, float] | None:
        """The self-consumed energy's shares by window."""
        if self.by_period is None or not self.self_consumed_kwh:
            return None
        total = sum(self.by_period)
        return (self.by_period[0] / total, self.by_period[1] / total, self.by_period[2] / total)

    @property
    def avoided_by_period(self) -> tuple[float, float, float] | None:
        """Purchases avoided over the curve's days, by window, in ``currency``."""
        if self.prices is None:
            return None
        if self.by_period is None:  # a flat price: the self-consumed energy at it
            return (0.0, self.self_consumed_kwh * self.prices[1], 0.0)
        peak, standard, offpeak = self.by_period
        return (peak * self.prices[0], standard * self.prices[1], offpeak * self.prices[2])

    @property
    def avoided(self) -> float | None:
        parts = self.avoided_by_period
        return None if parts is None else sum(parts)


def hour_of_year(grid: MeterGrid, utc_offset_hours: float) -> np.ndarray:
    """Each interval's hour in the typical year: its month, day and hour in the station's standard time (29
    February as 28 February)."""
    import numpy as np

    standard = grid.starts + round(utc_offset_hours * 3600)
    moments = standard.astype("datetime64[s]")
    days = moments.astype("datetime64[D]")
    years = days.astype("datetime64[Y]")
    day_of_year = (days - years).astype(np.int64)  # 0 on 1 January
    month_start = days.astype("datetime64[M]")
    month = month_start.astype(np.int64) % 12  # 0 January
    day_of_month = (days - month_start).astype(np.int64)
    leap = (years.astype(np.int64) + 1970) % 4 == 0  # 1901–2099
    after_february = month >= 2
    day_of_year = np.where(leap & after_february, day_of_year - 1, day_of_year)
    day_of_year = np.where(leap & (month == 1) & (day_of_month == 28), 58, day_of_year)  # 29 Feb → 28 Feb
    hour = (standard % 86400) // 3600
    index: np.ndarray = (day_of_year * 24 + hour).astype(np.int64)
    return index


def self_consumption(
    grid: MeterGrid,
    pv: PvYear,
    periods: np.ndarray | None = None,
    prices: Sequence[float] | None = None,
    currency: str | None = None,
) -> SelfConsumption:
    """``periods``: each interval's time-of-use window (0 peak, 1 standard, 2 off-peak, ``tou_periods``);
    ``prices``: per kWh in each window (three equal prices for a flat tariff)."""
    import numpy as np

    load_kw = grid.kw
    reading = ~np.isnan(load_kw)
    pv_kw = pv.kw[hour_of_year(grid, pv.utc_offset_hours)]
    hours = grid.step_minutes / 60
    used = np.minimum(np.where(reading, load_kw, 0.0), np.where(reading, pv_kw, 0.0)).clip(min=0.0)
    produced = np.where(reading, pv_kw, 0.0)
    slots = 1440 // grid.step_minutes
    slot = (grid.local % 86400) // (grid.step_minutes * 60)
    counts = np.bincount(slot[reading], minlength=slots).astype(float)
    counts[counts == 0] = np.nan

    def mean(values: np.ndarray) -> np.ndarray:
        result: np.ndarray = np.bincount(slot[reading], weights=values[reading], minlength=slots) / counts
        return result

    profile = (mean(load_kw), mean(pv_kw), mean(used))
    by_period = None
    if periods is not None:
        by_period = tuple(float(used[periods == p].sum() * hours) for p in (0, 1, 2))
    return SelfConsumption(
        days=float(reading.sum()) * hours / 24,
        load_kwh=float(np.where(reading, load_kw, 0.0).sum() * hours),
        production_kwh=float(produced.sum() * hours),
        self_consumed_kwh=float(used.sum() * hours),
        surplus_kwh=float((produced - used).sum() * hours),
        by_period=by_period,  # type: ignore[arg-type]  # three floats
        prices=tuple(prices) if prices is not None else None,  # type: ignore[arg-type]
        currency=currency,
        profile=profile,
        step_minutes=grid.step_minutes,
    )
