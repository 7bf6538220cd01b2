"""Bottom-up annual consumption of an equipment item (domain-reference.md §6.1).

    E [kWh/yr] = P_rated × n × LF × h / η     when P_rated is an output (motor shaft power)
    E [kWh/yr] = P_input × n × LF × h          when P_rated is already an input (lamps, heaters, burners)

with h the item's own hours or, by default, the site's operating hours
(hours/day × days/week × weeks/year).
"""

from __future__ import annotations

from .model import Equipment, OperatingSchedule
from .vocab import EndUse

# Nameplates of these give the shaft (output) power: the input is larger by 1/η.
RATED_AS_OUTPUT = frozenset({EndUse.MOTORS, EndUse.PUMPS, EndUse.FANS, EndUse.COMPRESSED_AIR})
DEFAULT_LOAD_FACTOR = 1.0


def operating_hours(item: Equipment, schedule: OperatingSchedule) -> float:
    return item.annual_hours if item.annual_hours is not None else schedule.annual_hours


def input_power_kw(item: Equipment) -> float:
    """Input power of all ``quantity`` units at full load."""
    power = (item.rated_power or 0.0) * item.quantity
    if item.end_use in RATED_AS_OUTPUT and item.efficiency:
        power /= item.efficiency
    return power


def annual_kwh(item: Equipment, schedule: OperatingSchedule) -> float:
    load = item.load_factor if item.load_factor is not None else DEFAULT_LOAD_FACTOR
    return input_power_kw(item) * load * operating_hours(item, schedule)
