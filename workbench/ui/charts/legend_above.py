"""A chart's legend above its plot area, never over the data: the plot gives up the legend's height.

pyqtgraph anchors a legend inside the view box, over the bars; here it sits in the plot item's own layout, in
the row between the title and the view box (the row of the top axis, which these charts never show), and
that row is made as tall as the legend's rows.
"""

from __future__ import annotations

import math

import pyqtgraph as pg

GAP = 4  # pixels between the legend and the plot area
TOP_AXIS_ROW = 1  # in pyqtgraph's PlotItem layout: 0 the title, 1 the top axis, 2 the view box


class LegendAbove(pg.LegendItem):
    """A legend laid out above ``plot``'s view box, left-aligned with it; it cannot be dragged over the data."""

    def __init__(self, plot: pg.PlotItem, columns: int = 4, row_spacing: int = -6) -> None:
        super().__init__(offset=None, colCount=columns, verSpacing=row_spacing)
        self.plot = plot
        self.layout.setContentsMargins(0, 2, 0, 2)  # pyqtgraph's 9 px suit a framed legend inside the plot
        self.setParentItem(plot)
        self.geometryChanged.connect(self.place)
        plot.getViewBox().sigResized.connect(self.place)
        self.place()

    def place(self) -> None:
        """Reserve the legend's height above the view box and put the legend there."""
        height = self.height() if self.items else 0.0
        reserved = height + GAP if height else 0.0
        if abs(self.plot.layout.rowMinimumHeight(TOP_AXIS_ROW) - reserved) > 0.5:
            self.plot.layout.setRowFixedHeight(TOP_AXIS_ROW, reserved)
        box = self.plot.getViewBox().geometry()
        self.setPos(box.left(), box.top() - reserved)

    @property
    def rows(self) -> int:
        # counted here: pyqtgraph's own count is not reset when the legend is cleared
        return max(1, math.ceil(len(self.items) / max(1, self.columnCount)))

    def fit(self, room: float) -> bool:
        """As many entries per row as ``room`` pixels take (all of them when they fit: the usual case).
        True when the number of rows changed."""
        entries, rows = len(self.items), self.rows
        if not entries or room <= 0:
            return False
        for columns in range(entries, 0, -1):
            self.setColumnCount(columns)
            if self.width() <= room:
                break
        return self.rows != rows

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph's name
        ev.ignore()  # a legend dragged over the plot would hide the bars it names
