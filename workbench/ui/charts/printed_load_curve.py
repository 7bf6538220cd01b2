"""The load curve's charts for print, painted by QPainter alone (no pyqtgraph): the heat map with its colour
scale, the load duration curve with its marks, and the typical days with their P10–P90 bands. They draw the
same series as the page (``analysis.load_curve_views``), in the report's language and on white."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from workbench.analysis.chart_series import AxisRange, value_axis
from workbench.analysis.load_curve_views import DayType, DurationCurve, HeatMap, TypicalDay

from .load_curve_style import CURVE_COLOUR, DAY_COLOURS, LIMIT_COLOUR, QUANTILE_COLOUR, VIRIDIS, hour_text
from .shapes import PaintedChart

HOUR_TICKS = (0, 3, 6, 9, 12, 15, 18, 21, 24)


def viridis_lut() -> np.ndarray:
    """256 RGB colours along viridis' stops."""
    stops = np.array([[int(c[i : i + 2], 16) for i in (1, 3, 5)] for c in VIRIDIS], dtype=float)
    at = np.linspace(0, 1, len(VIRIDIS))
    grid = np.linspace(0, 1, 256)
    return np.stack([np.interp(grid, at, stops[:, k]) for k in range(3)], axis=1).round().astype(np.uint8)


def heat_image(kw: np.ndarray, top: float) -> QImage:
    """``kw`` (days × slots) as an image with days across and times of day up (midnight at the bottom); a cell
    without a reading white."""
    lut = viridis_lut()
    cells = kw.T[::-1]  # rows: the last slot of the day at the top
    index = np.clip(np.nan_to_num(cells / top if top > 0 else cells * 0, nan=0.0) * 255, 0, 255).astype(np.uint8)
    rgb = lut[index]
    rgb[np.isnan(cells)] = 255
    height, width = cells.shape
    data = np.ascontiguousarray(rgb).tobytes()
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


@dataclass
class Plot:
    """Where a chart's plot area, its value axis and its bottom labels go."""

    box: QRectF
    axis: AxisRange
    line: float
    area: QRectF  # the whole chart below its title: labels stay inside it


class _PrintedXY(PaintedChart):
    """A chart with a value axis on the left, labels under the plot and a unit above the axis."""

    unit = "kW"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.bottom_title = ""
        self.legend: list[tuple[str, QColor, bool]] = []  # text, colour, a band (else a line)

    def _layout(self, painter: QPainter, rect: QRectF, scale: float, axis: AxisRange, right: float = 0.0) -> Plot:
        area = self._title(painter, rect, scale).adjusted(6 * scale, 0, -10 * scale, -4 * scale)
        font = self._font(scale, 0.9)  # after the title, which sets its own
        painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        line = metrics.height()
        legend_height = (line + 6 * scale) if self.legend else 0.0
        widest = max(
            [metrics.horizontalAdvance(self.value_text(t)) for t in axis.ticks] + [metrics.horizontalAdvance(self.unit)]
        )
        box = QRectF(area.left() + widest + 8 * scale, area.top() + legend_height + line + 6 * scale, 0, 0)
        box.setRight(area.right() - right)
        box.setBottom(area.bottom() - (2 * line if self.bottom_title else line) - 6 * scale)
        return Plot(box, axis, line, area)

    def _y(self, plot: Plot, value: float) -> float:
        return plot.box.bottom() - min(1.0, max(0.0, plot.axis.fraction(value))) * plot.box.height()

    def _paint_axes(self, painter: QPainter, plot: Plot, scale: float, labels: Sequence[tuple[float, str]]) -> None:
        """Value ticks with their grid, the unit, the bottom labels (at fractions of the width) and title."""
        _background, text = self._colours()
        box, line = plot.box, plot.line
        grid = QColor(text)
        grid.setAlpha(40)
        for tick in plot.axis.ticks:
            y = self._y(plot, tick)
            painter.setPen(QPen(grid, 0.8 * scale))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - line / 2, box.left() - 8 * scale, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(tick),
            )
        painter.drawText(
            QRectF(0, box.top() - line - 6 * scale, box.left(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.unit,
        )
        axis_pen = QColor(text)
        axis_pen.setAlpha(170)
        painter.setPen(QPen(axis_pen, 1.0 * scale))
        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))
        painter.setPen(text)
        metrics = QFontMetricsF(painter.font(), painter.device())
        right_edge = plot.area.right() + 8 * scale
        for fraction, label in labels:
            x = box.left() + fraction * box.width()
            half = metrics.horizontalAdvance(label) / 2 + 2
            left = min(x - half, right_edge - 2 * half)  # the last label kept whole at the edge
            painter.drawText(
                QRectF(left, box.bottom() + 3 * scale, 2 * half, line), Qt.AlignmentFlag.AlignCenter, label
            )
        if self.bottom_title:
            painter.drawText(
                QRectF(box.left(), box.bottom() + line + 4 * scale, box.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                self.bottom_title,
            )
        self._paint_legend(painter, box, line, scale)

    def _paint_legend(self, painter: QPainter, box: QRectF, line: float, scale: float) -> None:
        if not self.legend:
            return
        _background, text = self._colours()
        metrics = QFontMetricsF(painter.font(), painter.device())
        x, y = box.left(), box.top() - 2 * line - 10 * scale
        for label, colour, band in self.legend:
            sample = QRectF(x, y + line * 0.25, 18 * scale, line * 0.5)
            if band:
                faint = QColor(colour)
                faint.setAlpha(70)
                painter.fillRect(sample, faint)
            else:
                painter.setPen(QPen(colour, 2.2 * scale))
                painter.drawLine(
                    QPointF(sample.left(), sample.center().y()), QPointF(sample.right(), sample.center().y())
                )
            painter.setPen(text)
            painter.drawText(
                QRectF(sample.right() + 4 * scale, y, metrics.horizontalAdvance(label) + 4, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x = sample.right() + 4 * scale + metrics.horizontalAdvance(label) + 14 * scale


class PrintedHeatMap(_PrintedXY):
    """Days across, times of day up, each cell the interval's mean power on viridis; a colour scale at the right."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heat: HeatMap | None = None
        self.month_text: Callable[[dt.date, bool], str] = lambda d, year: d.strftime("%m/%Y" if year else "%m")
        self.unit = ""

    def set_heat_map(self, heat: HeatMap, title: str, bottom_title: str) -> None:
        self.heat, self.title, self.bottom_title = heat, title, bottom_title
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        heat = self.heat
        if heat is None or not heat.days:
            self._title(painter, rect, scale)
            return
        hours_axis = AxisRange(0.0, 24.0, 3.0)
        self.value_text = hour_text
        plot = self._layout(painter, rect, scale, hours_axis, right=70 * scale)
        finite = heat.kw[np.isfinite(heat.kw)]
        top_value = float(finite.max()) if finite.size else 1.0
        scale_axis = value_axis([top_value], intervals=5)
        painter.drawImage(plot.box, heat_image(heat.kw, scale_axis.high))
        labels = []
        month = dt.date(heat.first_day.year, heat.first_day.month, 1)
        last = heat.day(heat.days - 1)
        months = (last.year - month.year) * 12 + last.month - month.month + 1
        metrics = QFontMetricsF(painter.font(), painter.device())
        widest = max(metrics.horizontalAdvance(self.month_text(dt.date(2000, m, 1), True)) for m in range(1, 13))
        room = plot.box.width() / max(months, 1)  # a month's width
        step = next((k for k in (1, 2, 3, 4, 6, 12) if k * room >= widest * 1.15), 12)
        first_label = True
        while month <= last:
            offset = (month - heat.first_day).days
            if offset >= 0 and (month.month - 1) % step == 0:
                labels.append((offset / heat.days, self.month_text(month, first_label or month.month == 1)))
                first_label = False
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        self._paint_axes(painter, plot, scale, labels)
        self._paint_scale(painter, plot, scale_axis, scale)

    def _paint_scale(self, painter: QPainter, plot: Plot, axis: AxisRange, scale: float) -> None:
        _background, text = self._colours()
        box = plot.box
        bar = QRectF(box.right() + 10 * scale, box.top(), 12 * scale, box.height())
        lut = viridis_lut()
        strip = np.ascontiguousarray(lut[::-1].reshape(256, 1, 3))
        image = QImage(strip.tobytes(), 1, 256, 3, QImage.Format.Format_RGB888).copy()
        painter.drawImage(bar, image)
        painter.setPen(text)
        for tick in axis.ticks:
            y = bar.bottom() - axis.fraction(tick) * bar.height()
            painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 3 * scale, y))
            painter.drawText(
                QRectF(bar.right() + 5 * scale, y - plot.line / 2, 60 * scale, plot.line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{tick:g}",
            )
        painter.drawText(
            QRectF(bar.left() - 4 * scale, box.top() - plot.line - 6 * scale, 60 * scale, plot.line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "kW",
        )


class PrintedDurationCurve(_PrintedXY):
    """Power against the hours it is reached or exceeded, the subscribed power and P95/P50/P5 across."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.curve: DurationCurve | None = None
        self.marks: list[tuple[float, str, bool]] = []
        self.hours_text: Callable[[float], str] = lambda h: f"{h:,.0f}"

    def set_curve(
        self, curve: DurationCurve, marks: Sequence[tuple[float, str, bool]], title: str, bottom: str
    ) -> None:
        self.curve, self.marks, self.title, self.bottom_title = curve, list(marks), title, bottom
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        curve = self.curve
        if curve is None or not curve.kw.size:
            self._title(painter, rect, scale)
            return
        axis = value_axis([float(curve.kw[0]), *(m[0] for m in self.marks)], intervals=6)
        plot = self._layout(painter, rect, scale, axis)
        total = max(curve.axis_hours, curve.hours_per_interval)
        hours_axis = value_axis([total], intervals=6)
        labels = [(t / total, self.hours_text(t)) for t in hours_axis.ticks if t <= total + 1e-9]
        self._paint_axes(painter, plot, scale, labels)
        hours, kw = curve.points(1500)
        box = plot.box
        polygon = QPolygonF(
            [QPointF(box.left() + h / total * box.width(), self._y(plot, v)) for h, v in zip(hours, kw, strict=True)]
        )
        area = QPainterPath(QPointF(box.left(), box.bottom()))
        for index in range(polygon.size()):
            area.lineTo(polygon.at(index))
        area.lineTo(polygon.last().x(), box.bottom())
        area.closeSubpath()
        fill = QColor(CURVE_COLOUR)
        fill.setAlpha(55)
        painter.fillPath(area, fill)
        painter.setPen(QPen(QColor(CURVE_COLOUR), 2.0 * scale))
        painter.drawPolyline(polygon)
        _background, text = self._colours()
        metrics = QFontMetricsF(painter.font(), painter.device())
        for value, label, limit in self.marks:
            y = self._y(plot, value)
            colour = QColor(LIMIT_COLOUR if limit else QUANTILE_COLOUR)
            painter.setPen(QPen(colour, (1.8 if limit else 1.0) * scale, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            painter.setPen(colour if limit else text)
            width = metrics.horizontalAdvance(label) + 6
            # above its line, or below it when the line runs along the top of the plot
            top = y - plot.line - 1 * scale if y - plot.line > box.top() else y + 1 * scale
            painter.drawText(
                QRectF(box.right() - width, top, width, plot.line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )


class PrintedTypicalDays(_PrintedXY):
    """Weekday, Saturday and Sunday through the day: mean lines over their P10–P90 bands."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.days: list[TypicalDay] = []

    def set_days(
        self, days: Sequence[TypicalDay], names: dict[DayType, str], band: str, title: str, bottom: str
    ) -> None:
        self.days, self.title, self.bottom_title = list(days), title, bottom
        self.legend = [(f"{names[d.day_type]} ({d.days})", QColor(DAY_COLOURS[d.day_type]), False) for d in days]
        if days:
            self.legend.append((band, QColor(QUANTILE_COLOUR), True))
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        if not self.days:
            self._title(painter, rect, scale)
            return
        tops = [float(np.nanmax(d.p90)) for d in self.days if np.isfinite(d.p90).any()]
        axis = value_axis(tops or [1.0], intervals=6)
        plot = self._layout(painter, rect, scale, axis)
        self._paint_axes(painter, plot, scale, [(h / 24, hour_text(h)) for h in HOUR_TICKS])
        box = plot.box
        painter.save()
        painter.setClipRect(box)
        for day in self.days:
            colour = QColor(DAY_COLOURS[day.day_type])
            hours = np.append(day.hours(), 24.0)
            mean, p10, p90 = (np.append(a, a[-1]) for a in (day.mean, day.p10, day.p90))
            x = box.left() + hours / 24 * box.width()
            for run in _finite_runs(mean):
                band = QPolygonF(
                    [QPointF(x[i], self._y(plot, p90[i])) for i in run]
                    + [QPointF(x[i], self._y(plot, p10[i])) for i in reversed(run)]
                )
                faint = QColor(colour)
                faint.setAlpha(45)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(faint)
                painter.drawPolygon(band)
                painter.setPen(QPen(colour, 2.0 * scale))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(QPolygonF([QPointF(x[i], self._y(plot, mean[i])) for i in run]))
        painter.restore()


def _finite_runs(values: np.ndarray) -> list[list[int]]:
    """The runs of consecutive indexes with a value: a slot without one breaks the line."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, value in enumerate(values):
        if np.isfinite(value):
            current.append(i)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs
