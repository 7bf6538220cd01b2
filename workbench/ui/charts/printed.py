"""A monthly chart painted with QPainter alone, for print: the report's monthly figures.

It draws a ``MonthlyFigure`` (what the site page's interactive chart shows) on paper: the legend above the
plot rather than over the bars, a month name under every bar (the year under January), the axis that fits the
data, the limits (subscribed power, cos φ threshold) thick and dashed, highlighted months in their colour,
months without a bill hatched. No pyqtgraph: a report needs neither its import nor its scene.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from workbench.analysis.chart_series import AxisRange, month_runs, value_axis

from .figures import MonthlyFigure
from .shapes import PaintedChart

MONTH_STEPS = (1, 2, 3, 4, 6, 12)  # every month labelled, else every 2nd, 3rd…: January always is


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # "bar", "line" or "hatch"
    colour: str
    text: str
    dashed: bool = False


def legend_entries(figure: MonthlyFigure) -> list[LegendEntry]:
    entries = [LegendEntry("bar", s.colour, s.name) for s in figure.series if any(s.values)]
    if figure.highlight is not None and any(figure.highlight.flags):
        entries.append(LegendEntry("bar", figure.highlight.colour, figure.highlight.name))
    for line in figure.lines:
        if not any(v is not None for v in line.monthly(len(figure.months))):
            continue
        text = f"{line.name} ({line.note})" if line.note else line.name
        entries.append(LegendEntry("line", line.colour, text, line.dashed))
    if any(figure.missing) and figure.missing_name:
        entries.append(LegendEntry("hatch", "", figure.missing_name))
    return entries


def figure_axis(figure: MonthlyFigure) -> AxisRange:
    if figure.axis is not None:
        return figure.axis
    stacks = [sum(s.values[i] or 0.0 for s in figure.series) for i in range(len(figure.months))]
    points = [v for line in figure.lines for v in line.monthly(len(figure.months))]
    return value_axis([*stacks, *points])


def month_step(slot: float, label_width: float) -> int:
    """Label every month when a month's slot holds its name, else every 2nd, 3rd, 4th, 6th or 12th."""
    return next((step for step in MONTH_STEPS if slot * step >= label_width), 12)


class PrintedMonthlyChart(PaintedChart):
    """Paints a ``MonthlyFigure``; ``layout`` tells where each part goes (tests measure it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.figure: MonthlyFigure | None = None

    def set_figure(self, figure: MonthlyFigure) -> None:
        self.figure, self.title = figure, figure.title
        self.update()

    def _drawn(self) -> MonthlyFigure:
        """The figure laid out and painted: only once there is one."""
        assert self.figure is not None
        return self.figure

    # --- layout -----------------------------------------------------------------------------------------

    def _legend_rows(self, entries: list[LegendEntry], metrics: QFontMetricsF, width: float, scale: float):
        """Entries placed in rows as wide as ``width``: [(entry, width)] per row."""
        rows: list[list[tuple[LegendEntry, float]]] = [[]]
        used = 0.0
        for entry in entries:
            text = metrics.elidedText(entry.text, Qt.TextElideMode.ElideRight, width - 24 * scale)
            entry = LegendEntry(entry.kind, entry.colour, text, entry.dashed)
            size = 22 * scale + metrics.horizontalAdvance(text)
            if rows[-1] and used + size > width:
                rows.append([])
                used = 0.0
            rows[-1].append((entry, size))
            used += size + 14 * scale
        return [row for row in rows if row]

    # Not QWidget.layout(): the name the tests measure the chart's parts by; the chart has no QLayout.
    def layout(self, painter: QPainter, rect: QRectF, scale: float) -> dict:  # type: ignore[override]
        """The chart's parts: title, legend rows, plot, tick texts and month labels, in ``rect``."""
        figure = self._drawn()
        font = self._font(scale, 0.9)
        metrics = QFontMetricsF(font, painter.device())
        line = metrics.height()
        area = self._title(painter, rect, scale).adjusted(6 * scale, 0, -10 * scale, -4 * scale)
        entries = legend_entries(figure)
        rows = self._legend_rows(entries, metrics, area.width(), scale)
        legend_height = len(rows) * (line + 4 * scale)
        axis = figure_axis(figure)
        ticks = [(t, figure.axis_text(t)) for t in axis.ticks]
        axis_width = max(
            [metrics.horizontalAdvance(text) for _, text in ticks] + [metrics.horizontalAdvance(figure.unit)]
        )
        top = area.top() + legend_height + line + 6 * scale  # the unit above the tick labels
        bottom = area.bottom() - 2 * line - 6 * scale  # month, then year
        plot = QRectF(area.left() + axis_width + 8 * scale, top, 0, 0)
        plot.setRight(area.right())
        plot.setBottom(bottom)
        months = list(figure.months)
        labels = list(figure.labels)
        slot = plot.width() / max(1, len(months))
        widest = max((metrics.horizontalAdvance(name) for name, _ in labels), default=0.0) + 6 * scale
        return {
            "font": font,
            "metrics": metrics,
            "line": line,
            "area": area,
            "legend": rows,
            "axis": axis,
            "ticks": ticks,
            "axis_width": axis_width,
            "plot": plot,
            "labels": labels,
            "slot": slot,
            "step": month_step(slot, widest),
        }

    # --- painting ---------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        if self.figure is None or not self.figure.months:
            self._title(painter, rect, scale)
            return
        background, text = self._colours()
        parts = self.layout(painter, rect, scale)
        painter.setFont(parts["font"])
        self._paint_legend(painter, parts, text, scale)
        self._paint_grid(painter, parts, text, scale)
        painter.save()
        painter.setClipRect(parts["plot"].adjusted(0, -2 * scale, 0, 0))
        self._paint_bars(painter, parts, text, scale)
        self._paint_lines(painter, parts, background, scale)
        painter.restore()
        self._paint_months(painter, parts, text, scale)

    def _y(self, parts: dict, value: float) -> float:
        plot, axis = parts["plot"], parts["axis"]
        share = min(1.0, max(0.0, axis.fraction(value)))
        return plot.bottom() - share * plot.height()

    def _x(self, parts: dict, index: int) -> float:
        return parts["plot"].left() + (index + 0.5) * parts["slot"]

    def _paint_legend(self, painter: QPainter, parts: dict, text: QColor, scale: float) -> None:
        area, line = parts["area"], parts["line"]
        y = area.top()
        for row in parts["legend"]:
            width = sum(size for _, size in row) + 14 * scale * (len(row) - 1)
            x = area.left() + (area.width() - width) / 2
            for entry, size in row:
                middle = y + line / 2
                swatch = QRectF(x, middle - 5 * scale, 16 * scale, 10 * scale)
                if entry.kind == "line":
                    pen = QPen(QColor(entry.colour), (2.4 if entry.dashed else 1.8) * scale)
                    if entry.dashed:
                        pen.setStyle(Qt.PenStyle.CustomDashLine)
                        pen.setDashPattern([3, 1.5])
                    painter.setPen(pen)
                    painter.drawLine(QPointF(swatch.left(), middle), QPointF(swatch.right(), middle))
                    if not entry.dashed:
                        painter.setBrush(QColor(entry.colour))
                        painter.setPen(Qt.PenStyle.NoPen)
                        painter.drawEllipse(QPointF(swatch.center().x(), middle), 2.6 * scale, 2.6 * scale)
                elif entry.kind == "hatch":
                    self._hatch(painter, swatch, text, scale)
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(entry.colour))
                    painter.drawRect(swatch)
                painter.setPen(text)
                painter.drawText(
                    QRectF(x + 22 * scale, y, size - 22 * scale + 2 * scale, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    entry.text,
                )
                x += size + 14 * scale
            y += line + 4 * scale

    def _hatch(self, painter: QPainter, box: QRectF, text: QColor, scale: float) -> None:
        colour = QColor(text)
        colour.setAlpha(150)
        brush = QBrush(colour, Qt.BrushStyle.BDiagPattern)
        brush.setTransform(brush.transform().scale(scale, scale))  # the hatch as dense on paper as on screen
        painter.setBrush(brush)
        pen = QPen(colour, 0.8 * scale, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(box)

    def _paint_grid(self, painter: QPainter, parts: dict, text: QColor, scale: float) -> None:
        plot, line, metrics = parts["plot"], parts["line"], parts["metrics"]
        grid = QColor(text)
        grid.setAlpha(40)
        for value, label in parts["ticks"]:
            y = self._y(parts, value)
            painter.setPen(QPen(grid, 0.8 * scale))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(plot.left() - 8 * scale - parts["axis_width"], y - line / 2, parts["axis_width"], line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        unit = self._drawn().unit
        painter.drawText(
            QRectF(parts["area"].left(), plot.top() - line - 6 * scale, metrics.horizontalAdvance(unit) + 4, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            unit,
        )
        axis_pen = QColor(text)
        axis_pen.setAlpha(170)
        painter.setPen(QPen(axis_pen, 1.0 * scale))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def _paint_bars(self, painter: QPainter, parts: dict, text: QColor, scale: float) -> None:
        figure, plot, slot = self._drawn(), parts["plot"], parts["slot"]
        width = slot * 0.68
        highlight = figure.highlight
        flags = list(highlight.flags) if highlight is not None else []
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(len(figure.months)):
            left = self._x(parts, i) - width / 2
            base = 0.0
            lit = i < len(flags) and flags[i]
            for s in figure.series:
                value = s.values[i] or 0.0
                if value <= 0:
                    continue
                y0, y1 = self._y(parts, base), self._y(parts, base + value)
                painter.setBrush(QColor(highlight.colour if lit and highlight is not None else s.colour))
                painter.drawRect(QRectF(left, y1, width, y0 - y1))
                base += value
        for i, gap in enumerate(figure.missing):
            if gap:
                box = QRectF(self._x(parts, i) - width / 2, plot.top(), width, plot.height())
                self._hatch(painter, box, text, scale)
                painter.setPen(Qt.PenStyle.NoPen)

    def _paint_lines(self, painter: QPainter, parts: dict, background: QColor, scale: float) -> None:
        figure, plot = self._drawn(), parts["plot"]
        count = len(figure.months)
        for line in figure.lines:
            colour = QColor(line.colour)
            values = line.monthly(count)
            if line.constant:  # a threshold: over each run of months with data, their whole slots
                pen = QPen(colour, 2.4 * scale)
                pen.setStyle(Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([4, 2])
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # ends on the month's edge, not a half-width past it
                painter.setPen(pen)
                half = parts["slot"] / 2
                for first, last in month_runs([v is not None for v in values]):
                    y = self._y(parts, float(values[first] or 0.0))
                    left = max(plot.left(), self._x(parts, first) - half)
                    right = min(plot.right(), self._x(parts, last) + half)
                    painter.drawLine(QPointF(left, y), QPointF(right, y))
                continue
            path, drawing = QPainterPath(), False
            for i, v in enumerate(values):
                if v is None:
                    drawing = False
                    continue
                point = QPointF(self._x(parts, i), self._y(parts, v))
                if drawing:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                drawing = True
            pen = QPen(colour, 1.8 * scale)
            if line.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(QPen(background, 0.8 * scale))
            painter.setBrush(colour)
            for i, v in enumerate(values):
                if v is not None:
                    painter.drawEllipse(QPointF(self._x(parts, i), self._y(parts, v)), 2.8 * scale, 2.8 * scale)

    def _paint_months(self, painter: QPainter, parts: dict, text: QColor, scale: float) -> None:
        plot, line, slot, step = parts["plot"], parts["line"], parts["slot"], parts["step"]
        months: list[dt.date] = list(self._drawn().months)
        tick = QColor(text)
        tick.setAlpha(170)
        first = True
        for i, (month, (name, _year)) in enumerate(zip(months, parts["labels"], strict=True)):
            painter.setPen(QPen(tick, 0.8 * scale))
            x = plot.left() + i * slot
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3 * scale))
            if (month.month - 1) % step:
                continue
            painter.setPen(text)
            box = QRectF(self._x(parts, i) - slot * step / 2, plot.bottom() + 3 * scale, slot * step, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
            if month.month == 1 or first:
                painter.drawText(
                    box.translated(0, line), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(month.year)
                )
            first = False
        x = plot.left() + len(months) * slot
        painter.setPen(QPen(tick, 0.8 * scale))
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3 * scale))
