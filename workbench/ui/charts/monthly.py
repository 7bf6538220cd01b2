"""Monthly bar charts (stacked per series) on a date axis, with a legend and tooltips.

One chart builder serves the site page and, later, the report images. Bars
are ``BarGraphItem``s updated in place; colours of text and axes come from the
palette and follow a theme change.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.domain.units import Carrier

from .export_menu import PngExportMenu

# Colours that read on light and dark backgrounds alike.
CARRIER_COLOURS = {
    Carrier.ELECTRICITY: "#3b82c4",
    Carrier.NATURAL_GAS: "#e8a33d",
    Carrier.PROPANE: "#d9603b",
    Carrier.BUTANE: "#c4473a",
    Carrier.HEAVY_FUEL_OIL: "#6d5d4b",
    Carrier.GAS_OIL: "#8c6bb1",
    Carrier.COAL: "#4d4d4d",
    Carrier.BIOMASS: "#5a9e4b",
    Carrier.DISTRICT_HEAT: "#c9699b",
    Carrier.OTHER: "#8c8c8c",
}
BAR_WIDTH_S = 24 * 86400
LEGEND_OFFSET = 10  # pixels between the legend and the plot's left edge


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]  # one per month
    colour: str


@dataclass(frozen=True)
class Line:
    """A line over the bars: a monthly series, or a constant (a threshold, a subscribed power)."""

    name: str
    values: Sequence[float | None] | float
    colour: str
    dashed: bool = False


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


class ValueAxis(pg.AxisItem):
    """Tick labels written by the UI language's formatter (``150 000`` in French)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.number_text: Callable[[float], str] = lambda v: f"{v:,.0f}"

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [self.number_text(v * scale) for v in values]


class MonthlyBarChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.value_axis = ValueAxis("left")
        super().__init__(
            parent=parent,
            axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0), "left": self.value_axis},
        )
        self.setMinimumHeight(220)
        # Room for "1 000 000" and the unit: pyqtgraph widens the axis only after a repaint, too late.
        self.value_axis.setWidth(78)
        self.setMenuEnabled(False)
        self.plotItem.showGrid(x=False, y=True, alpha=0.25)
        self.plotItem.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend = self.plotItem.addLegend(offset=(LEGEND_OFFSET, 5), colCount=4)
        self._top = 0.0  # the highest stack or point drawn
        self._bars: list[pg.BarGraphItem] = []
        self._lines: list[pg.PlotDataItem] = []
        self._months: list[dt.date] = []
        self._series: list[Series] = []
        self._line_values: list[tuple[str, list[float | None]]] = []
        self._data: object = None  # what is drawn, to skip redrawing the same
        self._layout: object = None  # which items exist, to update them in place
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.month_text: Callable[[dt.date], str] = lambda m: m.strftime("%m/%Y")
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

    def set_missing(self, missing: Sequence[bool], text: str) -> None:
        """Mark the months of the last ``set_data`` that no bill covers (``text`` is their tooltip)."""
        self._missing, self.missing_text = list(missing), text
        shown = [month_centre(m) for m, gap in zip(self._months, self._missing, strict=False) if gap]
        self.missing_bars.setVisible(bool(shown))
        if shown:
            height = self._top or 1.0
            self.missing_bars.setOpts(x=shown, y0=[0.0] * len(shown), height=[height] * len(shown), width=BAR_WIDTH_S)

    @property
    def missing_months(self) -> list[dt.date]:
        return [m for m, gap in zip(self._months, self._missing, strict=False) if gap]

    def set_titles(self, title: str, unit: str) -> None:
        if (title, unit) == getattr(self, "_titles", None):
            return  # setting the same text again would re-layout and repaint the whole plot
        self._titles = (title, unit)
        self.plotItem.setTitle(title)
        self.plotItem.setLabel("left", unit)

    def set_data(self, months: Sequence[dt.date], series: Sequence[Series], lines: Sequence[Line] = ()) -> None:
        """Stack ``series`` month by month and draw ``lines`` over them.

        When only the values changed (an edit), the items are updated in place: rebuilding them and
        the legend costs far more than the new numbers. Unchanged data draws nothing at all.
        """
        months = list(months)
        series = [s for s in series if any(s.values)]
        x = [month_centre(m) for m in months]
        line_values = [
            (line, [line.values] * len(x) if isinstance(line.values, (int, float)) else list(line.values))
            for line in lines
        ]
        line_values = [(line, values) for line, values in line_values if any(v is not None for v in values)]
        data = (
            months,
            [(s.name, s.colour, list(s.values)) for s in series],
            [(line.name, line.colour, line.dashed, values) for line, values in line_values],
        )
        if data == self._data:
            return
        layout = (
            [(s.name, s.colour) for s in series],
            [(line.name, line.colour, line.dashed) for line, _ in line_values],
        )
        if layout != self._layout:
            self._rebuild(series, [line for line, _ in line_values])
            self._layout = layout
            self._fit_legend()
        self._data = data
        self._months, self._series = months, series
        base = [0.0] * len(x)
        for bar, s in zip(self._bars, series, strict=True):
            bar.setOpts(x=x, y0=list(base), height=list(s.values), width=BAR_WIDTH_S)
            base = [b + v for b, v in zip(base, s.values, strict=True)]
        top = max(base, default=0.0)
        self._line_values = []
        for item, (line, values) in zip(self._lines, line_values, strict=True):
            points = [(xi, v) for xi, v in zip(x, values, strict=True) if v is not None]
            item.setData([p[0] for p in points], [p[1] for p in points])
            self._line_values.append((line.name, values))
            top = max(top, max(p[1] for p in points))
        self._top = top
        if x:
            self.plotItem.setXRange(x[0] - BAR_WIDTH_S, x[-1] + BAR_WIDTH_S, padding=0)
            self._set_y_range()

    def _set_y_range(self) -> None:
        # Headroom for the legend, which sits across the top (a row more per row of entries); a round top
        # keeps the axis (and its costly repaint) still while an edit moves the bars a little.
        headroom = 1.3 + 0.25 * (self._legend_rows() - 1)
        self.plotItem.setYRange(0, nice_ceiling(self._top * headroom) or 1, padding=0)

    def _fit_legend(self) -> bool:
        """As many entries per row as the plot is wide enough for (all of them when they fit: the usual case).
        True when the number of rows changed."""
        entries, rows = len(self.legend.items), self._legend_rows()
        room = self.width() - self.value_axis.width() - 2 * LEGEND_OFFSET - 10
        if not entries or room <= 0:
            return False
        for columns in range(entries, 0, -1):
            self.legend.setColumnCount(columns)
            if self.legend.width() <= room:
                break
        return self._legend_rows() != rows

    def _legend_rows(self) -> int:
        # counted here: pyqtgraph's own count is not reset when the legend is cleared
        return max(1, math.ceil(len(self.legend.items) / max(1, self.legend.columnCount)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if getattr(self, "legend", None) is not None and self._fit_legend() and self._data is not None:
            self._set_y_range()

    def _rebuild(self, series: Sequence[Series], lines: Sequence[Line]) -> None:
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
        for line in lines:
            style = Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine
            item = pg.PlotDataItem(
                pen=pg.mkPen(QColor(line.colour), width=2, style=style),
                symbol=None if line.dashed else "o",
                symbolSize=5,
                symbolBrush=QColor(line.colour),
            )
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
                lines += [f"{name}: {self.value_text(v[i])}" for name, v in self._line_values if v[i] is not None]
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
        super().changeEvent(event)
