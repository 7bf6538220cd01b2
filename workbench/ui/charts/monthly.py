"""Monthly bar charts (stacked per series) on a date axis, with a legend and tooltips.

One chart builder serves the site page and, later, the report images. Bars
are ``BarGraphItem``s updated in place; colours of text and axes come from the
palette and follow a theme change.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.domain.units import Carrier

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


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]  # one per month
    colour: str


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
        self.setMenuEnabled(False)
        self.plotItem.showGrid(x=False, y=True, alpha=0.25)
        self.plotItem.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend = self.plotItem.addLegend(offset=(10, 5), colCount=4)
        self._bars: list[pg.BarGraphItem] = []
        self._months: list[dt.date] = []
        self._series: list[Series] = []
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.month_text: Callable[[dt.date], str] = lambda m: m.strftime("%m/%Y")
        self.scene().sigMouseMoved.connect(self._hover)
        self.apply_palette()

    def set_titles(self, title: str, unit: str) -> None:
        self.plotItem.setTitle(title)
        self.plotItem.setLabel("left", unit)

    def set_data(self, months: Sequence[dt.date], series: Sequence[Series]) -> None:
        """Stack ``series`` month by month; replaces what was drawn."""
        for bar in self._bars:
            self.plotItem.removeItem(bar)
        self._bars.clear()
        self.legend.clear()
        self._months, self._series = list(months), [s for s in series if any(s.values)]
        x = [month_centre(m) for m in self._months]
        base = [0.0] * len(x)
        for s in self._series:
            bar = pg.BarGraphItem(
                x=x, y0=list(base), height=list(s.values), width=BAR_WIDTH_S, brush=QColor(s.colour), pen=None
            )
            self.plotItem.addItem(bar)
            self.legend.addItem(bar, s.name)
            self._bars.append(bar)
            base = [b + v for b, v in zip(base, s.values, strict=True)]
        if x:
            self.plotItem.setXRange(x[0] - BAR_WIDTH_S, x[-1] + BAR_WIDTH_S, padding=0)
            # headroom for the legend, which sits across the top
            self.plotItem.setYRange(0, max(base) * 1.3 or 1, padding=0)

    @property
    def series_count(self) -> int:
        return len(self._bars)

    def tooltip_for(self, x: float) -> str | None:
        """The values of the month under ``x``, one line per series."""
        for i, month in enumerate(self._months):
            if abs(month_centre(month) - x) <= BAR_WIDTH_S / 2:
                lines = [self.month_text(month)]
                lines += [f"{s.name}: {self.value_text(s.values[i])}" for s in self._series if s.values[i]]
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # PaletteChange also arrives while the base class is being built: wait for the legend.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "legend", None) is not None:
            self.apply_palette()
        super().changeEvent(event)
