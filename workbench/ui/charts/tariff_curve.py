"""The annual cost of a supply's power as a function of its subscribed power, with the current and the
recommended values marked. The curve itself is computed by ``analysis.tariff_options``; this only draws it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from .export_menu import PngExportMenu
from .legend_above import LegendAbove
from .monthly import ValueAxis, nice_ceiling

CURVE_COLOUR = "#3b82c4"
CURRENT_COLOUR = "#d64545"
RECOMMENDED_COLOUR = "#5a9e4b"


class CostCurveChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.x_axis, self.y_axis = ValueAxis("bottom"), ValueAxis("left")
        super().__init__(parent=parent, axisItems={"bottom": self.x_axis, "left": self.y_axis})
        self.setMinimumHeight(260)
        self.y_axis.setWidth(78)
        self.setMenuEnabled(False)
        self.plotItem.showGrid(x=True, y=True, alpha=0.25)
        self.plotItem.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend = LegendAbove(self.plotItem, columns=3)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(QColor(CURVE_COLOUR), width=2))
        self.marks = {
            "current": pg.ScatterPlotItem(size=12, symbol="o", brush=QColor(CURRENT_COLOUR), pen=None),
            "recommended": pg.ScatterPlotItem(size=14, symbol="star", brush=QColor(RECOMMENDED_COLOUR), pen=None),
        }
        self.lines = {
            name: pg.InfiniteLine(angle=90, pen=pg.mkPen(QColor(colour), width=1, style=Qt.PenStyle.DashLine))
            for name, colour in (("current", CURRENT_COLOUR), ("recommended", RECOMMENDED_COLOUR))
        }
        self.plotItem.addItem(self.curve)
        for name in self.marks:
            self.plotItem.addItem(self.lines[name])
            self.plotItem.addItem(self.marks[name])
        self._names: tuple[str, ...] = ()
        self.export_menu = PngExportMenu(self, self.export_png)
        self.apply_palette()

    def set_titles(self, title: str, x_unit: str, y_unit: str) -> None:
        self.plotItem.setTitle(title)
        self.plotItem.setLabel("bottom", x_unit)
        self.plotItem.setLabel("left", y_unit)
        self.apply_palette()

    def set_data(
        self,
        curve: Sequence[tuple[float, float]],
        current: tuple[float, float] | None,
        recommended: tuple[float, float] | None,
        names: tuple[str, str, str],
    ) -> None:
        """``curve`` as (kVA, cost) pairs; the two marks as points on it; ``names`` for the legend."""
        xs, ys = [p[0] for p in curve], [p[1] for p in curve]
        self.curve.setData(xs, ys)
        for name, point in (("current", current), ("recommended", recommended)):
            shown = point is not None
            self.marks[name].setData([point[0]] if point is not None else [], [point[1]] if point is not None else [])
            self.lines[name].setVisible(shown)
            if point is not None:
                self.lines[name].setValue(point[0])
        if names != self._names:  # the legend is rebuilt only when its texts change (a language switch)
            self.legend.clear()
            self.legend.addItem(self.curve, names[0])
            self.legend.addItem(self.marks["current"], names[1])
            self.legend.addItem(self.marks["recommended"], names[2])
            self._names = names
            self._fit_legend()
            self.apply_palette()
        if xs:
            low, high = min(ys), max(ys)
            # the bottom of the bowl is what matters: start the axis under it rather than at zero
            self.plotItem.setXRange(xs[0], xs[-1], padding=0.02)
            self.plotItem.setYRange(max(0.0, low - 0.15 * (high - low)), nice_ceiling(high * 1.02), padding=0)

    def _fit_legend(self) -> None:
        self.legend.fit(self.width() - self.y_axis.width() - 30)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if getattr(self, "legend", None) is not None:
            self._fit_legend()

    @property
    def points(self) -> tuple[list[float], list[float]]:
        xs, ys = self.curve.getData()
        return ([] if xs is None else list(xs)), ([] if ys is None else list(ys))

    def mark(self, name: str) -> tuple[float, float] | None:
        data = self.marks[name].data
        return (float(data["x"][0]), float(data["y"][0])) if len(data) else None

    def set_number_texts(self, x_text: Callable[[float], str], y_text: Callable[[float], str]) -> None:
        self.x_axis.number_text, self.y_axis.number_text = x_text, y_text

    def render_image(self, width: int = 1800) -> QImage:
        """The chart as shown, enlarged to ``width`` pixels (as ``MonthlyBarChart.render_image``)."""
        scale = width / max(1, self.width())
        image = QImage(width, round(self.height() * scale), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        QWidget.render(self, painter, QPoint())
        painter.end()
        return image

    def export_png(self, path: str, width: int = 1800) -> None:
        if not self.render_image(width).save(path):
            raise OSError(f"could not write {path}")

    def apply_palette(self) -> None:
        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.Text)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = self.plotItem.getAxis(name)
            axis.setPen(foreground)
            axis.setTextPen(foreground)
        self.plotItem.titleLabel.setText(self.plotItem.titleLabel.text, color=foreground)
        self.legend.setLabelTextColor(foreground)
        for _sample, label in self.legend.items:
            label.setText(label.text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "legend", None) is not None:
            self.apply_palette()
        super().changeEvent(event)
