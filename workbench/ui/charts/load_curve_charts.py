"""The load-curve page's charts: a day × time-of-day heat map with its colour bar, the load duration curve,
typical days with their P10–P90 band, and a zoomable time series thinned without losing a peak.

Each draws a series of ``analysis.load_curve_views`` as it is; texts come from the page (they follow the
language), colours of text and axes from the palette (they follow the theme). Times are the site's wall clock.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.analysis.load_curve import MeterGrid
from workbench.analysis.load_curve_views import DayType, DurationCurve, HeatMap, TypicalDay, series_points

from .export_menu import PngExportMenu
from .legend_above import LegendAbove
from .load_curve_style import CURVE_COLOUR, DAY_COLOURS, LIMIT_COLOUR, QUANTILE_COLOUR, VIRIDIS, hour_text

DateText = Callable[[dt.date], str]
MonthText = Callable[[dt.date, bool], str]  # a month, with its year or not


def viridis() -> pg.ColorMap:
    return pg.ColorMap(np.linspace(0, 1, len(VIRIDIS)), [QColor(c) for c in VIRIDIS])


class CurveChart(pg.PlotWidget):
    """What the four charts share: no pyqtgraph menu, the PNG export, the palette's colours."""

    def __init__(self, parent: QWidget | None = None, axis_items: dict | None = None) -> None:
        super().__init__(parent=parent, axisItems=axis_items or {})
        self.setMinimumHeight(260)
        self.setMenuEnabled(False)
        self.plotItem.hideButtons()
        self.export_menu = PngExportMenu(self, self.export_png)
        self._title = ""
        self.apply_palette()

    def set_title(self, title: str, left: str, bottom: str) -> None:
        self._title = title
        self.plotItem.setTitle(title, color=self.palette().color(QPalette.ColorRole.Text))
        self.plotItem.setLabel("left", left)
        self.plotItem.setLabel("bottom", bottom)

    def render_image(self, width: int = 1800) -> QImage:
        height = max(1, round(width * self.height() / max(1, self.width())))
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        self.render(painter, QRectF(0, 0, width, height).toRect())
        painter.end()
        return image

    def export_png(self, path: str, width: int = 1800) -> None:
        self.render_image(width).save(path, b"PNG")

    def apply_palette(self) -> None:
        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.Text)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom", "right"):
            axis = self.plotItem.getAxis(name)
            axis.setPen(foreground)
            axis.setTextPen(foreground)
        if self._title:
            self.plotItem.setTitle(self._title, color=foreground)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "export_menu", None) is not None:
            self.apply_palette()
        super().changeEvent(event)


class HourAxis(pg.AxisItem):
    """Times of day, every three hours (00:00 … 24:00)."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        step = 3 if size > 200 else 6
        return [(step, [h for h in range(0, 25, step) if minVal - 1e-9 <= h <= maxVal + 1e-9]), (1, [])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [hour_text(v) for v in values]


class DayAxis(pg.AxisItem):
    """Days counted from ``first_day``, labelled at the first of each month (or each week when zoomed in)."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self.first_day = dt.date(2000, 1, 1)
        self.month_text: MonthText = lambda d, year: d.strftime("%m/%Y" if year else "%m")
        self.day_text: DateText = lambda d: d.strftime("%d/%m")

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        low, high = math.floor(minVal), math.ceil(maxVal)
        if high - low <= 0:
            return []
        days_per_label = (high - low) / max(size / 70, 1)
        if days_per_label < 7:  # every day, or every 2nd…6th: no label over the next one
            step = max(1, math.ceil(days_per_label))
            return [(step, list(range(low, high + 1, step)))]
        if days_per_label < 28:
            start = low + (-(self.first_day + dt.timedelta(days=low)).weekday()) % 7  # Mondays
            return [(7, list(range(start, high + 1, 7)))]
        months = max(1, round(days_per_label / 30))
        months = next((m for m in (1, 2, 3, 6, 12) if m >= months), 12)
        ticks = []
        day = self.first_day + dt.timedelta(days=low)
        month = dt.date(day.year, day.month, 1)
        while (month - self.first_day).days <= high:
            if (month - self.first_day).days >= low and (month.month - 1) % months == 0:
                ticks.append((month - self.first_day).days)
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return [(30 * months, ticks)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        days = [self.first_day + dt.timedelta(days=round(v)) for v in values]
        if spacing >= 28:  # the year under the first month shown and each January
            return [self.month_text(d, i == 0 or d.month == 1) for i, d in enumerate(days)]
        return [self.day_text(d) for d in days]


class HeatMapChart(CurveChart):
    """Days across, times of day up, each cell the interval's mean power; a cell without a reading is left
    empty (the background shows), never coloured as zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.day_axis = DayAxis()
        self.hour_axis = HourAxis("left")
        super().__init__(parent, {"bottom": self.day_axis, "left": self.hour_axis})
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plotItem.addItem(self.image)
        self.plotItem.getViewBox().setMouseEnabled(x=False, y=False)
        self.colour_bar = pg.ColorBarItem(colorMap=viridis(), interactive=False, width=16)
        self.colour_bar.setImageItem(self.image, insert_in=self.plotItem)
        self.heat: HeatMap | None = None
        self.value_text: Callable[[float], str] = lambda v: f"{v:.0f} kW"
        self.cell_text: Callable[[dt.date, str, str], str] = lambda d, h, v: f"{d} {h}: {v}"
        self.scene().sigMouseMoved.connect(self._hover)

    def set_heat_map(self, heat: HeatMap) -> None:
        self.heat = heat
        self.day_axis.first_day = heat.first_day
        image = heat.kw.T  # rows: times of day (up), columns: days (across)
        top = float(np.nanmax(heat.kw)) if np.isfinite(heat.kw).any() else 1.0
        self.image.setImage(image, autoLevels=False, levels=(0.0, max(top, 1e-9)))
        self.image.setRect(QRectF(0, 0, heat.days, 24))
        self.colour_bar.setLevels((0.0, max(top, 1e-9)))
        self.plotItem.setXRange(0, heat.days, padding=0)
        self.plotItem.setYRange(0, 24, padding=0)

    def cell_at(self, x: float, y: float) -> tuple[dt.date, float, float] | None:
        """The day, time of day (hours) and mean power of the cell at view coordinates ``x``, ``y``."""
        heat = self.heat
        if heat is None or not (0 <= x < heat.days and 0 <= y < 24):
            return None
        row, slot = int(x), int(y * heat.slots / 24)
        return heat.day(row), slot * heat.step_minutes / 60, float(heat.kw[row, slot])

    def _hover(self, position: QPointF) -> None:
        box = self.plotItem.getViewBox()
        if not box.sceneBoundingRect().contains(position):
            return
        point = box.mapSceneToView(position)
        cell = self.cell_at(point.x(), point.y())
        if cell is None:
            return
        day, hours, kw = cell
        value = "—" if math.isnan(kw) else self.value_text(kw)
        QToolTip.showText(
            self.mapToGlobal(self.mapFromScene(position).toPoint()), self.cell_text(day, hour_text(hours), value), self
        )


class DurationChart(CurveChart):
    """Power against the hours it is reached or exceeded, highest first; the subscribed power and the P95,
    P50 and P5 of the intervals marked across."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve = self.plotItem.plot(
            [], [], pen=pg.mkPen(CURVE_COLOUR, width=2), fillLevel=0, brush=QColor(59, 130, 196, 60)
        )
        self.plotItem.showGrid(x=True, y=True, alpha=0.25)
        self.plotItem.getViewBox().setMouseEnabled(x=False, y=False)
        self.marks: list[pg.InfiniteLine] = []

    def set_curve(self, curve: DurationCurve, marks: Sequence[tuple[float, str, bool]]) -> None:
        """``marks``: (kW, label, is a limit) drawn across the chart."""
        hours, kw = curve.points()
        self.curve.setData(hours, kw)
        for line in self.marks:
            self.plotItem.removeItem(line)
        self.marks = []
        for value, label, limit in marks:
            pen = pg.mkPen(
                LIMIT_COLOUR if limit else QUANTILE_COLOUR, width=2 if limit else 1, style=Qt.PenStyle.DashLine
            )
            line = pg.InfiniteLine(
                pos=value,
                angle=0,
                pen=pen,
                label=label,
                labelOpts={
                    "position": 0.98,
                    "anchors": [(1, 1), (1, 1)],
                    "color": LIMIT_COLOUR if limit else self._text_colour(),
                },
            )
            self.plotItem.addItem(line)
            self.marks.append(line)
        top = max([float(kw[0]) if kw.size else 0.0, *(m[0] for m in marks)])
        self.plotItem.setYRange(0, top * 1.08 or 1.0, padding=0)
        self.plotItem.setXRange(0, max(curve.axis_hours, curve.hours_per_interval), padding=0)

    def _text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def apply_palette(self) -> None:
        super().apply_palette()
        for line in getattr(self, "marks", []):
            if line.pen.color() != QColor(LIMIT_COLOUR):
                line.label.setColor(self._text_colour())


class TypicalDayChart(CurveChart):
    """Weekday, Saturday and Sunday: the mean power through the day and the band between P10 and P90."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, {"bottom": HourAxis("bottom")})
        self.legend = LegendAbove(self.plotItem)
        self.legend.setLabelTextColor(self.palette().color(QPalette.ColorRole.Text))
        self.plotItem.showGrid(x=True, y=True, alpha=0.25)
        self.plotItem.getViewBox().setMouseEnabled(x=False, y=False)
        self.items: list[pg.GraphicsObject] = []

    def set_days(self, days: Sequence[TypicalDay], names: dict[DayType, str], band_name: str) -> None:
        for item in self.items:
            self.plotItem.removeItem(item)
        self.legend.clear()
        self.items = []
        top = 0.0
        for day in days:
            colour = QColor(DAY_COLOURS[day.day_type])
            # the last slot drawn to 24:00, so that the day reads whole
            hours = np.append(day.hours(), 24.0)
            mean, p10, p90 = (np.append(a, a[-1]) for a in (day.mean, day.p10, day.p90))
            low = pg.PlotDataItem(hours, p10, pen=None, stepMode=None, connect="finite")
            high = pg.PlotDataItem(hours, p90, pen=None, connect="finite")
            band_colour = QColor(colour)
            band_colour.setAlpha(45)
            band = pg.FillBetweenItem(low, high, brush=band_colour)
            line = pg.PlotDataItem(
                hours, mean, pen=pg.mkPen(colour, width=2), connect="finite", name=f"{names[day.day_type]} ({day.days})"
            )
            for item in (low, high, band, line):
                self.plotItem.addItem(item)
                self.items.append(item)
            self.legend.addItem(line, f"{names[day.day_type]} ({day.days})")
            if np.isfinite(p90).any():
                top = max(top, float(np.nanmax(p90)))
        if days:
            sample = pg.PlotDataItem([0], [0], pen=pg.mkPen(QColor(127, 127, 127, 90), width=10))
            self.legend.addItem(sample, band_name)
        self.legend.place()
        self.plotItem.setXRange(0, 24, padding=0)
        self.plotItem.setYRange(0, top * 1.08 or 1.0, padding=0)

    def apply_palette(self) -> None:
        super().apply_palette()
        legend = getattr(self, "legend", None)
        if legend is not None:
            legend.setLabelTextColor(self.palette().color(QPalette.ColorRole.Text))
            for _sample, label in legend.items:
                label.setText(label.text)


SUB_DAY_STEPS_MIN = (15, 30, 60, 120, 180, 360, 720)
DAY_STEPS = (1, 2, 7, 14)
MONTH_STEPS = (1, 2, 3, 6, 12)
LABEL_PIXELS = 90  # room a time label needs


class TimeAxis(pg.AxisItem):
    """UTC seconds, ticked and labelled on the site's wall clock: its midnights, first days of months and round
    hours, whatever the summer time (a fixed offset would put them an hour off for half the year)."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.zone = ZoneInfo("UTC")
        self.month_text: MonthText = lambda d, year: d.strftime("%m/%Y" if year else "%m")
        self.day_text: DateText = lambda d: d.strftime("%d/%m")
        self._kind = "month"

    def set_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone

    def _local(self, seconds: float) -> dt.datetime:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).astimezone(self.zone)

    def _utc(self, local: dt.datetime) -> float:
        return local.replace(tzinfo=self.zone).timestamp()

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal or size <= 0:
            return []
        try:
            first, last = self._local(minVal), self._local(maxVal)
        except (OverflowError, OSError, ValueError):
            return []
        seconds_per_label = (maxVal - minVal) / max(size / LABEL_PIXELS, 1)
        ticks: list[float] = []
        if seconds_per_label <= SUB_DAY_STEPS_MIN[-1] * 60:
            step = next(m for m in SUB_DAY_STEPS_MIN if m * 60 >= seconds_per_label)
            self._kind = "time"
            day = first.replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
            while day <= last.replace(tzinfo=None):
                for minute in range(0, 1440, step):
                    ticks.append(self._utc(day + dt.timedelta(minutes=minute)))
                day += dt.timedelta(days=1)
        elif seconds_per_label <= DAY_STEPS[-1] * 86400:
            days = next(d for d in DAY_STEPS if d * 86400 >= seconds_per_label)
            self._kind = "day"
            day = first.date()
            if days >= 7:
                day -= dt.timedelta(days=day.weekday())  # Mondays
            while day <= last.date():
                ticks.append(self._utc(dt.datetime.combine(day, dt.time())))
                day += dt.timedelta(days=days)
        else:
            months = next((m for m in MONTH_STEPS if m * 30 * 86400 >= seconds_per_label), 12)
            self._kind = "month"
            month = dt.date(first.year, first.month, 1)
            while month <= last.date():
                if (month.month - 1) % months == 0:
                    ticks.append(self._utc(dt.datetime.combine(month, dt.time())))
                month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        inside = [t for t in ticks if minVal <= t <= maxVal]
        return [(seconds_per_label, inside)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        texts = []
        for index, value in enumerate(values):
            local = self._local(value)
            if self._kind == "month":
                texts.append(self.month_text(local.date(), index == 0 or local.month == 1))
            elif self._kind == "day" or (local.hour == 0 and local.minute == 0):
                texts.append(self.day_text(local.date()))
            else:
                texts.append(f"{local.hour:02d}:{local.minute:02d}")
        return texts


class SeriesChart(CurveChart):
    """The power interval by interval, zoomed with the wheel and dragged along time; zoomed out, each pixel's
    intervals are drawn as their lowest and highest (``series_points``), so the peaks stay where they were."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.time_axis = TimeAxis()
        super().__init__(parent, {"bottom": self.time_axis})
        self.plotItem.showGrid(x=True, y=True, alpha=0.25)
        self.line = self.plotItem.plot([], [], pen=pg.mkPen(CURVE_COLOUR, width=1), connect="finite")
        box = self.plotItem.getViewBox()
        box.setMouseEnabled(x=True, y=False)
        self.grid: MeterGrid | None = None
        self._thin = QTimer(self)
        self._thin.setSingleShot(True)
        self._thin.setInterval(0)
        self._thin.timeout.connect(self.redraw)
        box.sigXRangeChanged.connect(lambda *_: self._thin.start())
        self.drawn_points = 0

    def set_grid(self, grid: MeterGrid) -> None:
        self.grid = grid
        first, last = float(grid.starts[0]), float(grid.starts[-1] + grid.step_minutes * 60)
        self.time_axis.set_zone(grid.zone)
        box = self.plotItem.getViewBox()
        box.setLimits(xMin=first, xMax=last, minXRange=grid.step_minutes * 60 * 8)
        top = float(np.nanmax(grid.kw)) if np.isfinite(grid.kw).any() else 1.0
        self.plotItem.setYRange(0, top * 1.08 or 1.0, padding=0)
        self.plotItem.setXRange(first, last, padding=0)
        self.redraw()

    def show_all(self) -> None:
        if self.grid is not None:
            self.plotItem.setXRange(
                float(self.grid.starts[0]), float(self.grid.starts[-1] + self.grid.step_minutes * 60), padding=0
            )

    def redraw(self) -> None:
        """The visible window's points again, as many as the plot has pixels across (two per pixel)."""
        if self.grid is None:
            return
        first, last = self.plotItem.getViewBox().viewRange()[0]
        width = max(200, int(self.plotItem.getViewBox().width()))
        points = series_points(self.grid, first, last, most=2 * width)
        self.line.setData(points.x, points.kw, connect="finite")
        self.drawn_points = int(points.x.size)
