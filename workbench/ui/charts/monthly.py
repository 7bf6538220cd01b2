"""Monthly bar charts (stacked per series) on a month axis, with a legend and tooltips: the site page's and
the tariff page's interactive charts (the report prints the same figures with ``printed.PrintedMonthlyChart``).

Bars are ``BarGraphItem``s updated in place; colours of text and axes come from the palette and follow a
theme change. The time axis names the months (« janv. », the year under January), as many as fit.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.analysis.chart_series import AxisRange, month_runs, value_axis

from .export_menu import PngExportMenu
from .figures import CARRIER_COLOURS, Highlight, Line, MonthlyFigure, Series, month_axis_labels
from .legend_above import LegendAbove

__all__ = ["CARRIER_COLOURS", "Highlight", "Line", "MonthlyBarChart", "Series", "month_centre", "nice_ceiling"]
BAR_WIDTH_S = 24 * 86400
LEGEND_MARGIN = 30  # pixels the legend's rows leave free at the plot's right
MIN_TICK_PIXELS = 18  # between two labelled ticks of the value axis
MONTH_STEPS = (1, 2, 3, 4, 6, 12)  # every month labelled, else every 2nd, 3rd…: January always is


def nice_ceiling(value: float) -> float:
    """The next of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n at or above ``value``."""
    if value <= 0:
        return 0.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def month_centre(month: dt.date) -> float:
    """The middle of a month as a Unix timestamp (what DateAxisItem reads)."""
    days = calendar.monthrange(month.year, month.month)[1]
    start = dt.datetime(month.year, month.month, 1, tzinfo=dt.UTC).timestamp()
    return start + days * 86400 / 2


def month_edges(month: dt.date) -> tuple[float, float]:
    """The first and the last instant of a month, as Unix timestamps."""
    centre, days = month_centre(month), calendar.monthrange(month.year, month.month)[1]
    return centre - days * 43200, centre + days * 43200


def line_points(
    months: Sequence[dt.date], values: Sequence[float | None], constant: bool
) -> tuple[list[float], list[float]]:
    """A line's points, with a break (NaN) between runs of months so that it never crosses a month without a
    value: a series joins its months' centres; a constant (a threshold) runs over each run's whole months."""
    xs: list[float] = []
    ys: list[float] = []
    for first, last in month_runs([v is not None for v in values]):
        if xs:
            xs.append(math.nan)
            ys.append(math.nan)
        if constant:
            xs += [month_edges(months[first])[0], month_edges(months[last])[1]]
            ys += [float(values[first] or 0.0)] * 2
        else:
            xs += [month_centre(months[i]) for i in range(first, last + 1)]
            ys += [float(values[i] or 0.0) for i in range(first, last + 1)]
    return xs, ys


class ValueAxis(pg.AxisItem):
    """Tick labels written by the UI language's formatter (``150 000`` in French); with ``fixed``, the ticks
    of that axis range only (none in the padding around it)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.number_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.fixed: AxisRange | None = None

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        if self.fixed is None:
            return super().tickValues(minVal, maxVal, size)
        axis = self.fixed
        pixels = size * axis.step / max(1e-12, maxVal - minVal)  # between two ticks
        every = next((k for k in (1, 2, 4, 5, 10) if pixels * k >= MIN_TICK_PIXELS), 10)  # a short plot: fewer
        ticks = [t for i, t in enumerate(axis.ticks) if i % every == 0 and minVal - 1e-9 <= t <= maxVal + 1e-9]
        return [(axis.step * every, ticks)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [self.number_text(v * scale) for v in values]


class MonthAxis(pg.AxisItem):
    """Month names under the bars, the year under January (and under the first month): every month when
    they fit, else every 2nd, 3rd, 4th, 6th or 12th."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.months: list[dt.date] = []
        self.labels: list[tuple[str, str]] = []

    def set_months(self, months: Sequence[dt.date]) -> None:
        self.months = list(months)
        self.labels = month_axis_labels(self.months)
        self.picture = None
        self.update()

    def step_for(self, pixels: float) -> int:
        if not self.months:
            return 1
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(name) for name, _ in self.labels) + 8
        slot = pixels / len(self.months)
        return next((step for step in MONTH_STEPS if slot * step >= widest), 12)

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        if not self.months:
            return []
        step = self.step_for(size)
        shown = [month_centre(m) for m in self.months if (m.month - 1) % step == 0]
        return [(step * 30 * 86400.0, [x for x in shown if minVal <= x <= maxVal])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        by_x = {month_centre(m): (m, name) for m, (name, _) in zip(self.months, self.labels, strict=True)}
        texts, first = [], True
        for x in values:
            month, name = by_x.get(x, (None, ""))
            if month is None:
                texts.append("")
                continue
            texts.append(f"{name}\n{month.year}" if month.month == 1 or first else name)
            first = False
        return texts


class MonthlyBarChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.value_axis = ValueAxis("left")
        self.month_axis = MonthAxis()
        super().__init__(parent=parent, axisItems={"bottom": self.month_axis, "left": self.value_axis})
        self.setMinimumHeight(220)
        # Room for "1 000 000" and the unit: pyqtgraph widens the axis only after a repaint, too late.
        self.value_axis.setWidth(78)
        self._fit_month_axis()
        self.setMenuEnabled(False)
        self.plotItem.showGrid(x=False, y=True, alpha=0.25)
        self.plotItem.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend = LegendAbove(self.plotItem)
        self._top = 0.0  # the highest stack or point drawn
        self._axis: AxisRange | None = None  # the value axis asked for; None: from 0 to just above the data
        self._y_height = 0  # the plot's height the value range was set for
        self._bars: list[pg.BarGraphItem] = []
        self._lines: list[pg.PlotDataItem] = []
        self._months: list[dt.date] = []
        self._series: list[Series] = []
        self._line_values: list[tuple[str, list[float | None]]] = []
        self._highlight: Highlight | None = None
        self._data: object = None  # what is drawn, to skip redrawing the same
        self._layout: object = None  # which items exist, to update them in place
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.month_text: Callable[[dt.date], str] = lambda m: m.strftime("%m/%Y")
        # Months whose bars stand out (above the subscribed power), in their colour over the bars.
        self.highlight_bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=BAR_WIDTH_S, brush=QColor(0, 0, 0), pen=None)
        self.highlight_bars.setVisible(False)
        self.highlight_bars.setZValue(4)
        self.plotItem.addItem(self.highlight_bars)
        # Months no bill covers: hatched the whole height, never passed off as a month of zero use.
        self._missing: list[bool] = []
        self.missing_text = ""
        self.missing_bars = pg.BarGraphItem(
            x=[0.0],
            height=[0.0],
            width=BAR_WIDTH_S,
            brush=QBrush(QColor(40, 40, 40, 200), Qt.BrushStyle.BDiagPattern),
            pen=pg.mkPen(QColor(40, 40, 40, 220), style=Qt.PenStyle.DashLine),
        )
        self.missing_bars.setVisible(False)
        self.missing_bars.setZValue(5)  # over the other supplies' bars of that month: the gap is the news
        self.plotItem.addItem(self.missing_bars)
        self.scene().sigMouseMoved.connect(self._hover)
        self.export_menu = PngExportMenu(self, self.export_png)
        self.apply_palette()

    def _fit_month_axis(self) -> None:
        # two lines of text (the month, the year under January) and the tick
        self.month_axis.setHeight(2 * QFontMetricsF(self.month_axis.font()).height() + 12)

    def set_figure(self, figure: MonthlyFigure) -> None:
        """Draw what ``figure`` says: titles, number texts, bars, lines, highlighted and missing months."""
        self.value_text, self.month_text = figure.value_text, figure.month_text
        self.value_axis.number_text = figure.axis_text
        self.set_data(figure.months, figure.series, figure.lines, figure.axis, figure.highlight)
        self.set_missing(figure.missing or [False] * len(figure.months), figure.missing_text)
        self.set_titles(figure.title, figure.unit)

    def set_missing(self, missing: Sequence[bool], text: str) -> None:
        """Mark the months of the last ``set_data`` that no bill covers (``text`` is their tooltip)."""
        self._missing, self.missing_text = list(missing), text
        shown = [month_centre(m) for m, gap in zip(self._months, self._missing, strict=False) if gap]
        self.missing_bars.setVisible(bool(shown))
        if shown:
            height = self._axis_range().high - self._axis_range().low
            self.missing_bars.setOpts(
                x=shown,
                y0=[self._axis_range().low] * len(shown),
                height=[height] * len(shown),
                width=BAR_WIDTH_S,
            )

    @property
    def missing_months(self) -> list[dt.date]:
        return [m for m, gap in zip(self._months, self._missing, strict=False) if gap]

    @property
    def highlighted_months(self) -> list[dt.date]:
        flags = list(self._highlight.flags) if self._highlight else []
        return [m for m, lit in zip(self._months, flags, strict=False) if lit]

    def set_titles(self, title: str, unit: str) -> None:
        if (title, unit) == getattr(self, "_titles", None):
            return  # setting the same text again would re-layout and repaint the whole plot
        self._titles = (title, unit)
        self.plotItem.setTitle(title)
        self.plotItem.setLabel("left", unit)

    def set_data(
        self,
        months: Sequence[dt.date],
        series: Sequence[Series],
        lines: Sequence[Line] = (),
        axis: AxisRange | None = None,
        highlight: Highlight | None = None,
    ) -> None:
        """Stack ``series`` month by month and draw ``lines`` over them, on ``axis`` (else from 0 to just
        above the data); the months ``highlight`` flags in its colour, with their own legend entry.

        When only the values changed (an edit), the items are updated in place: rebuilding them and
        the legend costs far more than the new numbers. Unchanged data draws nothing at all.
        """
        months = list(months)
        series = [s for s in series if any(s.values)]
        x = [month_centre(m) for m in months]
        line_values: list[tuple[Line, list[float | None]]] = [(line, line.monthly(len(x))) for line in lines]
        line_values = [(line, values) for line, values in line_values if any(v is not None for v in values)]
        if highlight is not None and not any(highlight.flags):
            highlight = None
        labels = month_axis_labels(months)  # in the current language: a switch renames the months
        data = (
            months,
            labels,
            [(s.name, s.colour, list(s.values)) for s in series],
            [(line.name, line.colour, line.dashed, values) for line, values in line_values],
            axis,
            (highlight.name, highlight.colour, list(highlight.flags)) if highlight else None,
        )
        if data == self._data:
            return
        layout = (
            [(s.name, s.colour) for s in series],
            [(line.name, line.colour, line.dashed) for line, _ in line_values],
            (highlight.name, highlight.colour) if highlight else None,
        )
        if (months, labels) != (self.month_axis.months, self.month_axis.labels):
            self.month_axis.set_months(months)
        if layout != self._layout:
            self._rebuild(series, [line for line, _ in line_values], highlight)
            self._layout = layout
            self._fit_legend()
        self._data = data
        self._months, self._series, self._axis, self._highlight = months, series, axis, highlight
        base = [0.0] * len(x)
        for bar, s in zip(self._bars, series, strict=True):
            bar.setOpts(x=x, y0=list(base), height=list(s.values), width=BAR_WIDTH_S)
            base = [b + v for b, v in zip(base, s.values, strict=True)]
        top = max(base, default=0.0)
        if highlight is not None:
            lit = [(xi, b) for xi, b, flag in zip(x, base, highlight.flags, strict=False) if flag]
            self.highlight_bars.setOpts(
                x=[p[0] for p in lit], y0=[0.0] * len(lit), height=[p[1] for p in lit], width=BAR_WIDTH_S
            )
        self.highlight_bars.setVisible(highlight is not None)
        self._line_values = []
        for item, (line, values) in zip(self._lines, line_values, strict=True):
            xs, ys = line_points(months, values, line.constant)
            item.setData(xs, ys, connect="finite")
            self._line_values.append((line.name, values))
            top = max(top, max(v for v in values if v is not None))
        self._top = top
        if x:
            self.plotItem.setXRange(x[0] - BAR_WIDTH_S, x[-1] + BAR_WIDTH_S, padding=0)
            self._set_y_range()

    def _axis_range(self) -> AxisRange:
        return self._axis or value_axis([self._top])

    def _set_y_range(self) -> None:
        # The axis fits the data (the legend is above the plot, not over it). A round top keeps the axis (and
        # its costly repaint) still while an edit moves the bars a little.
        axis = self._axis_range()
        self.value_axis.fixed = axis
        span = axis.high - axis.low
        plot = self.plotItem.getViewBox().height()
        # half a label's height beyond the top tick (and the lowest, for an axis not from 0) shows its label
        # whole: pyqtgraph drops a label that spills over the plot's edge
        margin = span * min(0.1, 9 / plot) if plot > 0 else 0.0
        self.plotItem.setYRange(axis.low - (margin if axis.low else 0.0), axis.high + margin, padding=0)
        self._y_height = round(plot)

    def _fit_legend(self) -> bool:
        return self.legend.fit(self.width() - self.value_axis.width() - LEGEND_MARGIN)

    def _legend_rows(self) -> int:
        return self.legend.rows

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if getattr(self, "legend", None) is None or self._data is None or self.plotItem is None:
            return  # being built, or taken down
        self._fit_legend()
        if self.plotItem.getViewBox().height() != self._y_height:
            self._set_y_range()  # the labels' room beyond the end ticks is in pixels

    def _rebuild(self, series: Sequence[Series], lines: Sequence[Line], highlight: Highlight | None) -> None:
        for item in (*self._bars, *self._lines):
            self.plotItem.removeItem(item)
        self._bars.clear()
        self._lines.clear()
        self.legend.clear()
        for s in series:
            bar = pg.BarGraphItem(x=[0.0], height=[0.0], width=BAR_WIDTH_S, brush=QColor(s.colour), pen=None)
            self.plotItem.addItem(bar)
            self.legend.addItem(bar, s.name)
            self._bars.append(bar)
        if highlight is not None:
            self.highlight_bars.setOpts(brush=QColor(highlight.colour))
            self.legend.addItem(self.highlight_bars, highlight.name)
        for line in lines:
            constant = line.constant
            style = Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine
            item = pg.PlotDataItem(
                pen=pg.mkPen(QColor(line.colour), width=3 if constant else 2, style=style),
                symbol=None if line.dashed else "o",
                symbolSize=5,
                symbolBrush=QColor(line.colour),
            )
            item.setZValue(6)  # a limit stays visible over the bars and the hatch
            self.plotItem.addItem(item)
            self.legend.addItem(item, line.name)
            self._lines.append(item)
        self.apply_palette()

    @property
    def series_count(self) -> int:
        return len(self._bars) + len(self._lines)

    def render_image(self, width: int = 1800) -> QImage:
        """The chart as the widget shows it, enlarged to ``width`` pixels (1 800 ≈ 15 cm at 300 dpi).

        The whole widget is painted through a scaled painter, so title, axes, legend and bars grow together
        (pyqtgraph's exporter enlarges the axes' text but not the legend's). Painting a widget that is not on
        screen also delivers its pending resize, so the plot takes the widget's size, not its initial 640 × 480.
        """
        scale = width / max(1, self.width())
        image = QImage(width, round(self.height() * scale), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        QWidget.render(self, painter, QPoint())  # the widget: QGraphicsView.render draws the scene as it stands
        painter.end()
        return image

    def export_png(self, path: str, width: int = 1800) -> None:
        """The chart as a PNG at print resolution."""
        if not self.render_image(width).save(path):
            raise OSError(f"could not write {path}")

    def tooltip_for(self, x: float) -> str | None:
        """The values of the month under ``x``, one line per series."""
        for i, month in enumerate(self._months):
            if abs(month_centre(month) - x) <= BAR_WIDTH_S / 2:
                lines = [self.month_text(month)]
                if i < len(self._missing) and self._missing[i] and self.missing_text:
                    lines.append(self.missing_text)
                lines += [f"{s.name}: {self.value_text(s.values[i])}" for s in self._series if s.values[i]]
                if self._highlight is not None and i < len(self._highlight.flags) and self._highlight.flags[i]:
                    lines.append(self._highlight.name)
                lines += [
                    f"{name}: {self.value_text(value)}" for name, v in self._line_values if (value := v[i]) is not None
                ]
                return "\n".join(lines)
        return None

    def _hover(self, position: QPointF) -> None:
        point = self.plotItem.getViewBox().mapSceneToView(position)
        text = self.tooltip_for(point.x())
        if text:
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(position).toPoint()), text, self)
        else:
            QToolTip.hideText()

    def apply_palette(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        self.setBackground(background)
        for name in ("left", "bottom"):
            axis = self.plotItem.getAxis(name)
            axis.setPen(foreground)
            axis.setTextPen(foreground)
        self.plotItem.titleLabel.setText(self.plotItem.titleLabel.text, color=foreground)
        self.legend.setLabelTextColor(foreground)
        for _sample, label in self.legend.items:
            label.setText(label.text)  # pyqtgraph applies a new colour only when the text is set again
        if getattr(self, "missing_bars", None) is not None:  # the hatch in the text's colour, light or dark
            hatch = QColor(foreground)
            hatch.setAlpha(200)
            self.missing_bars.setOpts(
                brush=QBrush(hatch, Qt.BrushStyle.BDiagPattern), pen=pg.mkPen(hatch, style=Qt.PenStyle.DashLine)
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # PaletteChange also arrives while the base class is being built: wait for the legend.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "legend", None) is not None:
            self.apply_palette()
        if event.type() == QEvent.Type.FontChange and getattr(self, "month_axis", None) is not None:
            self._fit_month_axis()
        super().changeEvent(event)
