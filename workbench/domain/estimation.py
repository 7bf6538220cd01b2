"""Bottom-up annual consumption of an inventory item, one formula per end use (domain-reference.md §6).

Every default that stands in for a missing figure (load factor, motor
efficiency, unloaded power of a compressor) is a factor the auditor can
override, and the estimate lists which defaults it used, so that the
inventory can show "default" beside the figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from .factors import Factor, FactorLookup
from .model import EfficiencyClass, Equipment, OperatingSchedule
from .units import Carrier
from .vocab import EndUse

# Nameplates of these give the shaft (output) power: the input is larger by 1/η.
RATED_AS_OUTPUT = frozenset({EndUse.MOTORS, EndUse.PUMPS, EndUse.FANS, EndUse.COMPRESSED_AIR})
FALLBACK_LOAD_FACTOR = 1.0
FALLBACK_MOTOR_EFFICIENCY = 0.9
FALLBACK_UNLOADED_SHARE = 0.25


# --- the formulas --------------------------------------------------------------------------------


def shaft_power_kwh(rated_kw: float, quantity: int, load_factor: float, hours: float, efficiency: float) -> float:
    """E = P_rated × n × LF × h / η — motors, pumps, fans rated at the shaft (§6.1, DOE motor fact sheet)."""
    return rated_kw * quantity * load_factor * hours / efficiency


def input_power_kwh(input_kw: float, quantity: int, load_factor: float, hours: float) -> float:
    """E = P_input × n × LF × h — lamps, heaters, burners rated at the input (§6.1)."""
    return input_kw * quantity * load_factor * hours


def compressor_kwh(loaded_kw: float, loaded_h: float, unloaded_kw: float, unloaded_h: float, quantity: int) -> float:
    """E = Σ_modes (P_loaded × h_loaded + P_unloaded × h_unloaded) — load/unload compressors (§6.2)."""
    return (loaded_kw * loaded_h + unloaded_kw * unloaded_h) * quantity


def lighting_kwh(fixtures: int, watts_per_fixture: float, hours: float) -> float:
    """E = N_fixtures × W_per_fixture (ballast included) × h / 1000 (§6.3)."""
    return fixtures * watts_per_fixture * hours / 1000


def fuel_input_kwh(useful_kwh: float, efficiency: float) -> float:
    """Fuel_in = Q_useful / η_boiler, both on the NCV basis (§6.4)."""
    return useful_kwh / efficiency


# --- one item ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Estimate:
    kwh: float
    hours: float
    load_factor: float | None
    efficiency: float | None
    defaults: tuple[str, ...]  # the item's fields a default stood in for
    factors: tuple[Factor, ...]


def operating_hours(item: Equipment, schedule: OperatingSchedule) -> float:
    """The item's own hours, else the site's: hours/day × days/week × weeks/year (§6.1)."""
    return item.annual_hours if item.annual_hours is not None else schedule.annual_hours


def load_factor_key(end_use: EndUse) -> str:
    return f"estimation.load_factor.{end_use.value}"


def motor_efficiency_key(efficiency_class: EfficiencyClass) -> str:
    return f"estimation.motor_efficiency.{efficiency_class.value or 'unknown'}"


UNLOADED_SHARE_KEY = "estimation.compressor_unloaded_share"


def _default(factors: FactorLookup | None, key: str, fallback: float, used: list[Factor]) -> float:
    factor = factors.find(key) if factors is not None else None
    if factor is None:
        return fallback
    used.append(factor)
    return factor.value


def estimate(item: Equipment, schedule: OperatingSchedule, factors: FactorLookup | None = None) -> Estimate:
    used: list[Factor] = []
    defaults: list[str] = []
    hours = operating_hours(item, schedule)
    if item.annual_hours is None:
        defaults.append("annual_hours")

    if item.end_use is EndUse.COMPRESSED_AIR and item.loaded_power_kw is not None:
        loaded_h = item.loaded_hours if item.loaded_hours is not None else hours
        unloaded_h = item.unloaded_hours if item.unloaded_hours is not None else 0.0
        unloaded_kw = item.unloaded_power_kw
        if unloaded_kw is None:
            unloaded_kw = item.loaded_power_kw * _default(factors, UNLOADED_SHARE_KEY, FALLBACK_UNLOADED_SHARE, used)
            defaults.append("unloaded_power_kw")
        kwh = compressor_kwh(item.loaded_power_kw, loaded_h, unloaded_kw, unloaded_h, item.quantity)
        return Estimate(kwh, loaded_h + unloaded_h, None, None, tuple(defaults), tuple(used))

    load_factor = item.load_factor
    if load_factor is None:
        load_factor = _default(factors, load_factor_key(item.end_use), FALLBACK_LOAD_FACTOR, used)
        defaults.append("load_factor")

    if item.end_use is EndUse.LIGHTING and item.fixture_watts is not None:
        kwh = lighting_kwh(item.quantity, item.fixture_watts, hours) * load_factor
        return Estimate(kwh, hours, load_factor, None, tuple(defaults), tuple(used))

    power = item.rated_power or 0.0
    if _shaft_rated(item):
        efficiency = item.efficiency
        if efficiency is None:
            efficiency = _default(factors, motor_efficiency_key(item.efficiency_class), FALLBACK_MOTOR_EFFICIENCY, used)
            defaults.append("efficiency")
        kwh = shaft_power_kwh(power, item.quantity, load_factor, hours, efficiency)
        return Estimate(kwh, hours, load_factor, efficiency, tuple(defaults), tuple(used))
    kwh = input_power_kwh(power, item.quantity, load_factor, hours)
    return Estimate(kwh, hours, load_factor, item.efficiency, tuple(defaults), tuple(used))


def annual_kwh(item: Equipment, schedule: OperatingSchedule, factors: FactorLookup | None = None) -> float:
    return estimate(item, schedule, factors).kwh


def _shaft_rated(item: Equipment) -> bool:
    """Electric drives are rated at the shaft; a fuel-fired item's rating is taken as its fuel input."""
    return item.end_use in RATED_AS_OUTPUT and item.carrier is Carrier.ELECTRICITY


def input_power_kw(item: Equipment, factors: FactorLookup | None = None) -> float:
    """Input power of all units at full load, for the peak check."""
    if item.end_use is EndUse.COMPRESSED_AIR and item.loaded_power_kw is not None:
        return item.loaded_power_kw * item.quantity
    if item.end_use is EndUse.LIGHTING and item.fixture_watts is not None:
        return item.fixture_watts * item.quantity / 1000
    power = (item.rated_power or 0.0) * item.quantity
    if _shaft_rated(item):
        efficiency = item.efficiency or _default(
            factors, motor_efficiency_key(item.efficiency_class), FALLBACK_MOTOR_EFFICIENCY, []
        )
        power /= efficiency
    return power
