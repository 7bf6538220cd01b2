"""Charts pyqtgraph does not draw: a donut of shares and a Sankey of flows, painted with QPainter.

Each paints into any rectangle, so the same code draws the widget and renders
the report's image at print resolution (``render_image``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .export_menu import PngExportMenu

PALETTE = (
    "#3b82c4",
    "#e8a33d",
    "#5a9e4b",
    "#d9603b",
    "#8c6bb1",
    "#c9699b",
    "#4db6ac",
    "#a0785a",
    "#7f8c8d",
    "#b5bd47",
    "#e377c2",
)
UNEXPLAINED_COLOUR = "#b0b0b0"


@dataclass(frozen=True)
class Part:
    label: str
    value: float
    colour: str
    hatched: bool = False


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    value: float
    colour: str
    hatched: bool = False


class PaintedChart(QWidget):
    """A widget that paints itself through ``paint(painter, rect)``, exports to PNG and follows the palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.share_text: Callable[[float], str] = lambda s: f"{round(s * 100)}%"
        self.setMinimumSize(320, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.export_menu = PngExportMenu(self, self.export_png)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 320)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.rect()), 1.0)
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:  # overridden
        """Draw the chart in ``rect``; ``scale`` enlarges pens and fonts for print."""

    def _colours(self) -> tuple[QColor, QColor]:
        palette = self.palette()
        return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)

    def _font(self, scale: float, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * scale * factor)
        font.setBold(bold)
        return font

    def render_image(self, width: int = 1800, height: int = 1200) -> QImage:
        """The chart drawn at ``width`` × ``height`` pixels for a report (≈ 15 × 10 cm at 300 dpi)."""
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(self._colours()[0])
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(0, 0, width, height), width / max(1, self.width()) if self.width() > 50 else 3.0)
        painter.end()
        return image

    def export_png(self, path: str, width: int = 1800, height: int = 1200) -> None:
        self.render_image(width, height).save(path)

    def _title(self, painter: QPainter, rect: QRectF, scale: float) -> QRectF:
        _, text = self._colours()
        painter.setPen(text)
        painter.setFont(self._font(scale, 1.2))
        height = 28 * scale
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), height), Qt.AlignmentFlag.AlignCenter, self.title
        )
        return QRectF(rect.left(), rect.top() + height, rect.width(), rect.height() - height)


def _brush(colour: str, hatched: bool) -> QBrush:
    return QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern if hatched else Qt.BrushStyle.SolidPattern)


class DonutChart(PaintedChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list[Part] = []

    def set_parts(self, parts: Sequence[Part], title: str) -> None:
        self.parts, self.title = [p for p in parts if p.value > 0], title
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        background, text = self._colours()
        area = self._title(painter, rect, scale)
        total = sum(p.value for p in self.parts)
        if not total:
            return
        size = min(area.height(), area.width() * 0.5) - 16 * scale
        ring = QRectF(area.left() + 12 * scale, area.top() + (area.height() - size) / 2, size, size)
        angle = 90 * 16
        for part in self.parts:
            span = -round(part.value / total * 360 * 16)
            painter.setPen(QPen(background, 2 * scale))
            painter.setBrush(_brush(part.colour, part.hatched))
            painter.drawPie(ring, angle, span)
            angle += span
        hole = ring.adjusted(size * 0.28, size * 0.28, -size * 0.28, -size * 0.28)
        painter.setBrush(background)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(hole)
        painter.setPen(text)
        painter.setFont(self._font(scale, 1.0, bold=True))
        painter.drawText(hole, Qt.AlignmentFlag.AlignCenter, self.value_text(total))
        # legend
        painter.setFont(self._font(scale))
        line = 20 * scale
        x = ring.right() + 18 * scale
        y = area.top() + max(0.0, (area.height() - line * len(self.parts)) / 2)
        for part in self.parts:
            painter.setBrush(_brush(part.colour, part.hatched))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(x, y + 4 * scale, 12 * scale, 12 * scale))
            painter.setPen(text)
            share = part.value / total
            painter.drawText(
                QRectF(x + 18 * scale, y, area.right() - x - 18 * scale, line),
                Qt.AlignmentFlag.AlignVCenter,
                f"{part.label} — {self.share_text(share)}",
            )
            y += line


def spread_labels(centres: Sequence[float], height: float, top: float, bottom: float) -> list[float]:
    """Label centres moved apart just enough that labels ``height`` tall never overlap, kept in order and
    within ``top``…``bottom`` when they fit (small flows side by side would otherwise print on each other)."""
    placed: list[float] = []
    for centre in centres:
        lowest = placed[-1] + height if placed else top + height / 2
        placed.append(max(centre, lowest))
    overflow = placed[-1] + height / 2 - bottom if placed else 0.0
    if overflow > 0:  # pushed past the bottom: slide back up, each no higher than the one above allows
        for i in range(len(placed) - 1, -1, -1):
            limit = bottom - height / 2 - (len(placed) - 1 - i) * height
            placed[i] = min(placed[i], limit)
        for i in range(1, len(placed)):
            placed[i] = max(placed[i], placed[i - 1] + height)
    return placed


class SankeyChart(PaintedChart):
    """Sources on the left, targets on the right, bands as wide as the flows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links: list[Link] = []
        self.source_colours: dict[str, str] = {}

    def set_links(self, links: Sequence[Link], source_colours: dict[str, str], title: str) -> None:
        self.links, self.source_colours, self.title = [k for k in links if k.value > 0], source_colours, title
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        _, text = self._colours()
        area = self._title(painter, rect, scale).adjusted(8 * scale, 8 * scale, -8 * scale, -8 * scale)
        total = sum(k.value for k in self.links)
        if not total:
            return
        sources = list(dict.fromkeys(k.source for k in self.links))
        targets = list(dict.fromkeys(k.target for k in self.links))
        gap = 8 * scale
        node_width = 14 * scale
        # each side as wide as its longest label (leader lines included), within a third of the chart
        painter.setFont(self._font(scale))
        metrics = painter.fontMetrics()
        source_texts = [f"{n}\n{self.value_text(sum(k.value for k in self.links if k.source == n))}" for n in sources]
        left_width = min(
            max(metrics.horizontalAdvance(line) for t in source_texts for line in t.split("\n")) + 12 * scale,
            area.width() * 0.33,
        )
        label_width = min(max(metrics.horizontalAdvance(n) for n in targets) + 24 * scale, area.width() * 0.33)
        left_x = area.left() + left_width
        right_x = area.right() - label_width - node_width
        usable = area.height() - gap * (max(len(sources), len(targets)) - 1)
        unit = usable / total

        def layout(names: list[str], side: str) -> dict[str, list[float]]:
            positions, y = {}, area.top()
            for name in names:
                value = sum(k.value for k in self.links if getattr(k, side) == name)
                positions[name] = [y, y + value * unit]
                y += value * unit + gap
            return positions

        left, right = layout(sources, "source"), layout(targets, "target")
        cursor_left = {name: pos[0] for name, pos in left.items()}
        cursor_right = {name: pos[0] for name, pos in right.items()}
        for link in self.links:
            height = link.value * unit
            y0, y1 = cursor_left[link.source], cursor_right[link.target]
            cursor_left[link.source] += height
            cursor_right[link.target] += height
            path = QPainterPath(QPointF(left_x + node_width, y0))
            mid = (left_x + node_width + right_x) / 2
            path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(right_x, y1))
            path.lineTo(QPointF(right_x, y1 + height))
            path.cubicTo(
                QPointF(mid, y1 + height), QPointF(mid, y0 + height), QPointF(left_x + node_width, y0 + height)
            )
            path.closeSubpath()
            colour = QColor(link.colour)
            colour.setAlpha(150)
            brush = QBrush(colour, Qt.BrushStyle.BDiagPattern if link.hatched else Qt.BrushStyle.SolidPattern)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            painter.drawPath(path)
        painter.setFont(self._font(scale))
        for name, (top, bottom) in left.items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.source_colours.get(name, "#888888")))
            painter.drawRect(QRectF(left_x, top, node_width, bottom - top))
            painter.setPen(text)
            value = sum(k.value for k in self.links if k.source == name)
            painter.drawText(
                QRectF(area.left(), top, left_width - 6 * scale, max(bottom - top, 18 * scale)),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{name}\n{self.value_text(value)}",
            )
        line = painter.fontMetrics().height()
        names = list(right)
        centres = spread_labels([(right[n][0] + right[n][1]) / 2 for n in names], line, area.top(), area.bottom())
        for name, centre in zip(names, centres, strict=True):
            top, bottom = right[name]
            colour = next(k.colour for k in self.links if k.target == name)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(right_x, top, node_width, bottom - top))
            painter.setPen(text)
            label_x = right_x + node_width + 6 * scale
            if abs(centre - (top + bottom) / 2) > 1:  # moved off its band: a leader line back to it
                label_x += 10 * scale
                painter.drawLine(
                    QPointF(right_x + node_width + 1 * scale, (top + bottom) / 2), QPointF(label_x - 2 * scale, centre)
                )
            painter.drawText(
                QRectF(label_x, centre - line / 2, label_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )


class RankedBars(PaintedChart):
    """Labelled horizontal bars in the given order; with ``highlight_below``, bars up to it in blue, the others
    in amber (paybacks of three years or less stand out)."""

    def __init__(self, parent: QWidget | None = None, highlight_below: float | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float]] = []
        self.highlight_below = highlight_below
        self.reference: tuple[str, float] | None = None
        self.setMinimumHeight(180)

    def set_rows(
        self, rows: Sequence[tuple[str, float]], title: str, reference: tuple[str, float] | None = None
    ) -> None:
        """``reference`` (its full label and its value, e.g. the cluster's median) is a dashed line across."""
        self.rows, self.title, self.reference = list(rows), title, reference
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        _, text = self._colours()
        area = self._title(painter, rect, scale).adjusted(6 * scale, 4 * scale, -6 * scale, -4 * scale)
        if not self.rows:
            return
        longest = max([v for _, v in self.rows] + ([self.reference[1]] if self.reference else [])) or 1.0
        label_width = area.width() * 0.45
        line = min(26 * scale, area.height() / (len(self.rows) + (1 if self.reference else 0)))
        painter.setFont(self._font(scale, 0.9))
        value_width = 110 * scale
        usable = area.width() - label_width - value_width
        value_boxes: list[QRectF] = []
        for i, (name, value) in enumerate(self.rows):
            y = area.top() + i * line
            painter.setPen(text)
            painter.drawText(
                QRectF(area.left(), y, label_width - 6 * scale, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            width = usable * value / longest
            short = self.highlight_below is None or value <= self.highlight_below
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PALETTE[0] if short else PALETTE[1]))
            painter.drawRect(QRectF(area.left() + label_width, y + line * 0.2, max(width, 1.0), line * 0.6))
            painter.setPen(text)
            box = QRectF(area.left() + label_width + width + 4 * scale, y, value_width, line)
            flags = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, flags, self.value_text(value))
            value_boxes.append(painter.boundingRect(box, flags, self.value_text(value)))
        if self.reference:
            name, value = self.reference
            x = area.left() + label_width + usable * value / longest
            bottom = area.top() + len(self.rows) * line
            painter.setPen(QPen(text, 1.5 * scale, Qt.PenStyle.DashLine))
            for top, end in reference_segments(x, area.top(), bottom, value_boxes, 3 * scale):
                painter.drawLine(QPointF(x, top), QPointF(x, end))
            painter.setPen(text)
            painter.drawText(
                QRectF(x - 150 * scale, bottom, 300 * scale, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                name,
            )


def reference_segments(
    x: float, top: float, bottom: float, boxes: Sequence[QRectF], margin: float
) -> list[tuple[float, float]]:
    """The stretches of a vertical line at ``x`` from ``top`` to ``bottom`` that cross none of ``boxes``
    (value labels), so that a reference line never runs through a figure."""
    gaps = sorted(
        (box.top() - margin, box.bottom() + margin) for box in boxes if box.left() - margin <= x <= box.right() + margin
    )
    segments, start = [], top
    for gap_top, gap_bottom in gaps:
        if gap_top > start:
            segments.append((start, min(gap_top, bottom)))
        start = max(start, gap_bottom)
    if start < bottom:
        segments.append((start, bottom))
    return [(a, b) for a, b in segments if b > a]


class ComparisonBars(PaintedChart):
    """Two bars per group — billed and estimated — with the gap between them labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, float, float]] = []  # label, billed, estimated
        self.series_names = ("", "")
        self.setMinimumHeight(200)

    def set_groups(self, groups: Sequence[tuple[str, float, float]], names: tuple[str, str], title: str) -> None:
        self.groups, self.series_names, self.title = list(groups), names, title
        self.update()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        _, text = self._colours()
        area = self._title(painter, rect, scale).adjusted(6 * scale, 4 * scale, -6 * scale, -4 * scale)
        if not self.groups:
            return
        legend_height = 22 * scale
        painter.setFont(self._font(scale, 0.9))
        for i, (name, colour) in enumerate(zip(self.series_names, (PALETTE[0], PALETTE[2]), strict=True)):
            x = area.left() + i * area.width() / 3
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, area.top() + 5 * scale, 12 * scale, 12 * scale))
            painter.setPen(text)
            painter.drawText(
                QRectF(x + 16 * scale, area.top(), area.width() / 3, legend_height), Qt.AlignmentFlag.AlignVCenter, name
            )
        area = area.adjusted(0, legend_height, 0, 0)
        longest = max(max(b, e) for _, b, e in self.groups) or 1.0
        label_width = area.width() * 0.28
        group_height = area.height() / len(self.groups)
        bar = min(group_height * 0.35, 22 * scale)
        for i, (label, billed, estimated) in enumerate(self.groups):
            top = area.top() + i * group_height + (group_height - 2 * bar) / 2
            painter.setPen(text)
            painter.drawText(
                QRectF(area.left(), top, label_width - 6 * scale, 2 * bar),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            usable = area.width() - label_width - 110 * scale
            for j, (value, colour) in enumerate(((billed, PALETTE[0]), (estimated, PALETTE[2]))):
                width = usable * value / longest
                y = top + j * bar
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawRect(QRectF(area.left() + label_width, y + 1, max(width, 1.0), bar - 2))
                painter.setPen(text)
                painter.drawText(
                    QRectF(area.left() + label_width + width + 4 * scale, y, 110 * scale, bar),
                    Qt.AlignmentFlag.AlignVCenter,
                    self.value_text(value),
                )
