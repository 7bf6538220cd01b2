"""The site report's load-curve charts: per electricity supply with a load curve, its heat map, load duration
curve and typical days, painted for print in the report's language (``report_charts`` calls this)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from workbench.analysis.load_curve_summary import offtake_curve
from workbench.domain import model
from workbench.i18n.formatting import Formatter
from workbench.storage.workspace import Workspace
from workbench.ui.charts.figures import translated_months
from workbench.ui.charts.load_curve_texts import day_names, duration_axis_title, duration_marks
from workbench.ui.charts.printed_load_curve import PrintedDurationCurve, PrintedHeatMap, PrintedTypicalDays
from workbench.ui.charts.shapes import PaintedChart

HEAT_ASPECT = 0.5
DURATION_ASPECT = 0.45
DAYS_ASPECT = 0.45


def load_curve_charts(
    workspace: Workspace,
    site: model.Site,
    fmt: Formatter,
    prepared: Callable[[PaintedChart], PaintedChart],
    width: int,
) -> dict[str, tuple[PaintedChart, int]]:
    """Name → (chart, height at ``width``): ``load_heat_ID``, ``load_duration_ID``, ``load_days_ID`` per supply."""

    months = translated_months()
    charts: dict[str, tuple[PaintedChart, int]] = {}
    for supply in workspace.supplies(model.stored_id(site)):
        curve = offtake_curve(workspace, supply, site)
        if curve is None:
            continue
        ident = model.stored_id(supply)
        heat = PrintedHeatMap()
        prepared(heat)
        heat.month_text = lambda d, year: f"{months[d.month - 1]} {d.year}" if year else months[d.month - 1]
        heat.set_heat_map(
            curve.heat,
            QCoreApplication.translate("LoadCurvePage", "Mean power by day and time of day"),
            QCoreApplication.translate("LoadCurvePage", "Day"),
        )
        charts[f"load_heat_{ident}"] = (heat, round(width * HEAT_ASPECT))
        duration = PrintedDurationCurve()
        prepared(duration)
        duration.value_text = lambda v: fmt.number(v)
        duration.hours_text = lambda h: fmt.number(h)
        duration.set_curve(
            curve.duration,
            duration_marks(curve, supply.subscribed_power_kva, fmt),
            QCoreApplication.translate("LoadCurvePage", "Load duration curve"),
            duration_axis_title(curve.duration),
        )
        charts[f"load_duration_{ident}"] = (duration, round(width * DURATION_ASPECT))
        days = PrintedTypicalDays()
        prepared(days)
        days.value_text = lambda v: fmt.number(v)
        days.set_days(
            curve.typical,
            day_names(),
            QCoreApplication.translate("LoadCurvePage", "P10–P90 band"),
            QCoreApplication.translate("LoadCurvePage", "Typical days"),
            QCoreApplication.translate("LoadCurvePage", "Time of day"),
        )
        charts[f"load_days_{ident}"] = (days, round(width * DAYS_ASPECT))
    return charts
