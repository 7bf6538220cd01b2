"""The load curve's chart texts, shared by the page and the report's printed charts (so both say the same),
in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.analysis.load_curve_summary import MeterCurve
from workbench.analysis.load_curve_views import DayType, DurationCurve
from workbench.domain.load_curve import CurveUnit, Flow
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.i18n.formatting import Formatter

DAY_LABELS = {
    DayType.WEEKDAY: QT_TRANSLATE_NOOP("LoadCurvePage", "Monday to Friday"),
    DayType.SATURDAY: QT_TRANSLATE_NOOP("LoadCurvePage", "Saturday"),
    DayType.SUNDAY: QT_TRANSLATE_NOOP("LoadCurvePage", "Sunday"),
}


def power_unit(unit: CurveUnit) -> str:
    """A register's power: kW for energy, m³/h for a volume."""
    return "kW" if unit is CurveUnit.KWH else "m³/h"


def day_names() -> dict[DayType, str]:
    return {day: QCoreApplication.translate("LoadCurvePage", label) for day, label in DAY_LABELS.items()}


def duration_marks(curve: MeterCurve, subscribed_kva: float | None, fmt: Formatter) -> list[tuple[float, str, bool]]:
    """P95, P50 and P5 of the intervals' power, and the subscribed power of an electricity offtake: (value,
    label, is a limit)."""
    unit = power_unit(curve.unit)
    marks = [(value, f"P{q} {fmt.quantity(value, unit)}", False) for q, value in curve.duration.quantiles.items()]
    if subscribed_kva and curve.unit is CurveUnit.KWH and curve.flow is Flow.OFFTAKE:
        label = QCoreApplication.translate("LoadCurvePage", "Subscribed power {power}").format(
            power=fmt.quantity(subscribed_kva, "kVA")
        )
        marks.append((float(subscribed_kva), label, True))
    return marks


def duration_axis_title(curve: DurationCurve) -> str:
    if curve.per_year:
        return QCoreApplication.translate("LoadCurvePage", "Hours a year at or above the power")
    return QCoreApplication.translate("LoadCurvePage", "Hours at or above the power")
