"""The load curve's chart colours and time-of-day labels, shared by the page's charts (pyqtgraph) and the
report's printed ones (QPainter), without importing pyqtgraph."""

from __future__ import annotations

from workbench.analysis.load_curve_views import DayType

# viridis (matplotlib's, by van der Walt & Smith): even in lightness, read by the colour-blind and in grey print
VIRIDIS = ("#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725")
CURVE_COLOUR = "#3b82c4"
LIMIT_COLOUR = "#c62828"  # the subscribed power: a limit, as on the tariff page
QUANTILE_COLOUR = "#7f7f7f"
DAY_COLOURS = {DayType.WEEKDAY: "#3b82c4", DayType.SATURDAY: "#e8a33d", DayType.SUNDAY: "#5a9e4b"}


def hour_text(hours: float) -> str:
    whole = round(hours * 60)
    return f"{whole // 60 % 24:02d}:{whole % 60:02d}" if whole < 1440 else "24:00"
