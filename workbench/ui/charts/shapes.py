"""Charts pyqtgraph does not draw: a donut of shares and a Sankey of flows, painted with QPainter.

Each paints into any rectangle, so the same code draws the widget and renders
the report's image at print resolution (``render_image``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

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
    detail: str = ""  # said under the label in the legend: what a grouped slice holds


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    value: float
    colour: str
    hatched: bool = False


def wrap_text(text: str, metrics: QFontMetricsF, width: float, max_lines: int = 3) -> list[str]:
    """``text`` in lines no wider than ``width``, broken at ordinary spaces only (a number keeps its unit and
    its thousands together); only what would not fit in ``max_lines`` lines, or a word wider than the line,
    is elided."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        if metrics.horizontalAdvance(line) > width
        else line
        for line in lines
    ]


def _shown_whole(lines: list[str], text: str) -> bool:
    return " ".join(lines) == text


class PaintedChart(QWidget):
    """A widget that paints itself through ``paint(painter, rect)``, exports to PNG and follows the palette.

    A text shortened to fit (elided) is registered with ``_keep_tip`` while painting on screen: hovering it
    shows the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.share_text: Callable[[float], str] = lambda s: f"{round(s * 100)}%"
        self.setMinimumSize(320, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.export_menu = PngExportMenu(self, self.export_png)
        self._tips: list[tuple[QRectF, str]] = []
        self._on_screen = False
        self.title_colour: QColor | None = None  # else the text's (a report's theme may colour its titles)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 320)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._tips, self._on_screen = [], True
        try:
            self.paint(painter, QRectF(self.rect()), 1.0)
        finally:
            self._on_screen = False
            painter.end()

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:  # overridden
        """Draw the chart in ``rect``; ``scale`` enlarges pens and fonts for print."""

    def _keep_tip(self, box: QRectF, text: str) -> None:
        if self._on_screen:
            self._tips.append((QRectF(box), text))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):  # a tooltip's event is one
            point = QPointF(event.pos())
            tip = next((text for box, text in self._tips if box.contains(point)), None)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

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
        return self.print_image(width, height, width / max(1, self.width()) if self.width() > 50 else 3.0)

    def print_image(
        self, width: int, height: int, scale: float, image_format: QImage.Format = QImage.Format.Format_ARGB32
    ) -> QImage:
        """The chart drawn at ``width`` × ``height`` pixels, its pens and fonts enlarged ``scale`` times (the
        print resolution over the screen's 96 dpi: the text then prints at the size it has on screen)."""
        image = QImage(width, height, image_format)
        self.paint_into(image, scale)
        return image

    def paint_into(self, image: QImage, scale: float) -> None:
        """Fill ``image`` with the background and draw the chart over the whole of it."""
        image.fill(self._colours()[0])
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRectF(0, 0, image.width(), image.height()), scale)
        painter.end()

    def export_png(self, path: str, width: int = 1800, height: int = 1200) -> None:
        self.render_image(width, height).save(path)

    def _title(self, painter: QPainter, rect: QRectF, scale: float) -> QRectF:
        _, text = self._colours()
        painter.setPen(self.title_colour or text)
        font = self._font(scale, 1.2)
        painter.setFont(font)
        height = 28 * scale
        box = QRectF(rect.left(), rect.top(), rect.width(), height)
        metrics = QFontMetricsF(font, painter.device())
        title = self.title
        if metrics.horizontalAdvance(title) > box.width() - 8 * scale:
            title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, box.width() - 8 * scale)
            self._keep_tip(box, self.title)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
        return QRectF(rect.left(), rect.top() + height, rect.width(), rect.height() - height)


def _brush(colour: str, hatched: bool) -> QBrush:
    return QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern if hatched else Qt.BrushStyle.SolidPattern)


class DonutChart(PaintedChart):
    """Shares as a ring, the total in its middle, and a legend that wraps its long names (and says, under a
    grouped slice, what it holds) rather than cutting them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list[Part] = []

    def set_parts(self, parts: Sequence[Part], title: str) -> None:
        self.parts, self.title = [p for p in parts if p.value > 0], title
        self.update()

    def legend_lines(self, metrics: QFontMetricsF, small: QFontMetricsF, width: float) -> list[tuple[list, list]]:
        """Per part, its legend lines (label and share) and its detail lines, wrapped to ``width``."""
        total = sum(p.value for p in self.parts) or 1.0
        return [
            (
                wrap_text(f"{p.label} — {self.share_text(p.value / total)}", metrics, width, 3),
                wrap_text(p.detail, small, width, 4) if p.detail else [],
            )
            for p in self.parts
        ]

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
        middle = self._font(scale, 1.0, bold=True)
        room = hole.width() * 0.92
        width = QFontMetricsF(middle, painter.device()).horizontalAdvance(self.value_text(total))
        if width > room:  # a long total shrinks rather than spill over the ring
            middle.setPointSizeF(middle.pointSizeF() * room / width)
        painter.setFont(middle)
        painter.drawText(hole, Qt.AlignmentFlag.AlignCenter, self.value_text(total))
        # the legend, its text smaller when it would not fit otherwise
        x = ring.right() + 18 * scale
        swatch = 12 * scale
        text_x = x + swatch + 6 * scale
        width = area.right() - text_x - 4 * scale
        for factor in (1.0, 0.9, 0.8, 0.7):
            font, small = self._font(scale, factor), self._font(scale, factor * 0.85)
            metrics, small_metrics = QFontMetricsF(font, painter.device()), QFontMetricsF(small, painter.device())
            lines = self.legend_lines(metrics, small_metrics, width)
            gap = 6 * scale
            height = sum(len(a) * metrics.height() + len(b) * small_metrics.height() + gap for a, b in lines) - gap
            if height <= area.height():
                break
        y = area.top() + max(0.0, (area.height() - height) / 2)
        for part, (label_lines, detail_lines) in zip(self.parts, lines, strict=True):
            painter.setBrush(_brush(part.colour, part.hatched))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch))
            painter.setPen(text)
            painter.setFont(font)
            box = QRectF(text_x, y, width, len(label_lines) * metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "\n".join(label_lines))
            if not _shown_whole(label_lines, f"{part.label} — {self.share_text(part.value / total)}"):
                self._keep_tip(box, part.label)
            y = box.bottom()
            if detail_lines:
                painter.setFont(small)
                box = QRectF(text_x, y, width, len(detail_lines) * small_metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "\n".join(detail_lines))
                if not _shown_whole(detail_lines, part.detail):
                    self._keep_tip(box, part.detail)
                y = box.bottom()
            y += gap


def spread_labels(
    centres: Sequence[float], height: float, top: float, bottom: float, heights: Sequence[float] | None = None
) -> list[float]:
    """Label centres moved apart just enough that labels ``height`` tall (or each its ``heights``) never
    overlap, kept in order and within ``top``…``bottom`` when they fit (small flows side by side would
    otherwise print on each other)."""
    sizes = list(heights) if heights is not None else [height] * len(centres)
    placed: list[float] = []
    for i, centre in enumerate(centres):
        lowest = placed[-1] + (sizes[i - 1] + sizes[i]) / 2 if placed else top + sizes[0] / 2
        placed.append(max(centre, lowest))
    overflow = placed[-1] + sizes[-1] / 2 - bottom if placed else 0.0
    if overflow > 0:  # pushed past the bottom: slide back up, each no higher than the one above allows
        below = 0.0
        for i in range(len(placed) - 1, -1, -1):
            placed[i] = min(placed[i], bottom - below - sizes[i] / 2)
            below += sizes[i]
        for i in range(1, len(placed)):
            placed[i] = max(placed[i], placed[i - 1] + (sizes[i - 1] + sizes[i]) / 2)
    return placed


class SankeyChart(PaintedChart):
    """Sources on the left, targets on the right, bands as wide as the flows. Labels are never cut: a long
    one wraps (each side takes up to 36 % of the width), and labels of thin bands are spread apart."""

    SIDE = 0.36  # the largest share of the width a side's labels take

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links: list[Link] = []
        self.source_colours: dict[str, str] = {}

    def set_links(self, links: Sequence[Link], source_colours: dict[str, str], title: str) -> None:
        self.links, self.source_colours, self.title = [k for k in links if k.value > 0], source_colours, title
        self.update()

    def label_blocks(self, metrics: QFontMetricsF, width: float, scale: float) -> tuple[dict, dict, float, float]:
        """Each source's lines (name, wrapped, then its kWh) and each target's; the two sides' widths."""
        sources = list(dict.fromkeys(k.source for k in self.links))
        targets = list(dict.fromkeys(k.target for k in self.links))
        side = width * self.SIDE
        left = {
            n: [
                *wrap_text(n, metrics, side - 12 * scale, 2),
                self.value_text(sum(k.value for k in self.links if k.source == n)),
            ]
            for n in sources
        }
        right = {n: wrap_text(n, metrics, side - 24 * scale, 2) for n in targets}

        def widest(blocks: dict) -> float:
            return max((metrics.horizontalAdvance(line) for lines in blocks.values() for line in lines), default=0.0)

        return left, right, min(widest(left) + 12 * scale, side), min(widest(right) + 24 * scale, side)

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        _, text = self._colours()
        area = self._title(painter, rect, scale).adjusted(8 * scale, 8 * scale, -8 * scale, -8 * scale)
        total = sum(k.value for k in self.links)
        if not total:
            return
        font = self._font(scale)
        painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        line = metrics.height()
        left_blocks, right_blocks, left_width, label_width = self.label_blocks(metrics, area.width(), scale)
        sources, targets = list(left_blocks), list(right_blocks)
        gap = 8 * scale
        node_width = 14 * scale
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
        flags = Qt.TextFlag.TextDontClip
        # sources: name and kWh beside the node, spread apart when the nodes are thin
        names = list(left)
        heights = [len(left_blocks[n]) * line + 2 * scale for n in names]
        centres = spread_labels(
            [(left[n][0] + left[n][1]) / 2 for n in names], line, area.top(), area.bottom(), heights
        )
        for name, centre in zip(names, centres, strict=True):
            top, bottom = left[name]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.source_colours.get(name, "#888888")))
            painter.drawRect(QRectF(left_x, top, node_width, bottom - top))
            painter.setPen(text)
            lines = left_blocks[name]
            box = QRectF(area.left(), centre - len(lines) * line / 2, left_width - 6 * scale, len(lines) * line)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | flags, "\n".join(lines))
            if not _shown_whole(lines[:-1], name):
                self._keep_tip(box, name)
        # targets: their names, spread apart, with a leader line back to a band they moved away from
        names = list(right)
        heights = [len(right_blocks[n]) * line for n in names]
        centres = spread_labels(
            [(right[n][0] + right[n][1]) / 2 for n in names], line, area.top(), area.bottom(), heights
        )
        for name, centre in zip(names, centres, strict=True):
            top, bottom = right[name]
            target_colour = next(k.colour for k in self.links if k.target == name)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(target_colour))
            painter.drawRect(QRectF(right_x, top, node_width, bottom - top))
            painter.setPen(text)
            label_x = right_x + node_width + 6 * scale
            if abs(centre - (top + bottom) / 2) > 1:  # moved off its band: a leader line back to it
                label_x += 10 * scale
                painter.drawLine(
                    QPointF(right_x + node_width + 1 * scale, (top + bottom) / 2), QPointF(label_x - 2 * scale, centre)
                )
            lines = right_blocks[name]
            box = QRectF(label_x, centre - len(lines) * line / 2, area.right() - label_x, len(lines) * line)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | flags, "\n".join(lines))
            if not _shown_whole(lines, name):
                self._keep_tip(box, name)


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

    ROW = 26  # a row's height at scale 1, when there is room

    def label_layout(self, metrics: QFontMetricsF, width: float, scale: float) -> tuple[float, list[list[str]]]:
        """The labels' column (as wide as the longest label, up to half the chart) and each label's lines:
        a label longer than the column wraps onto more lines rather than being cut."""
        widest = max((metrics.horizontalAdvance(name) for name, _ in self.rows), default=0.0) + 10 * scale
        column = min(widest, width * 0.5)
        return column, [wrap_text(name, metrics, column - 8 * scale, 3) for name, _ in self.rows]

    def _heights(self, lines: list[list[str]], line: float, base: float, scale: float) -> list[float]:
        return [max(base, len(rows) * line + 6 * scale) for rows in lines]

    def height_for(self, width: float, scale: float) -> float:
        """The height the chart needs at ``width`` for every row at full height and every label whole."""
        font = self._font(scale, 0.9)
        metrics = QFontMetricsF(font, QImage(1, 1, QImage.Format.Format_RGB32))
        _, lines = self.label_layout(metrics, width - 12 * scale, scale)
        rows = sum(self._heights(lines, metrics.height(), self.ROW * scale, scale))
        return 28 * scale + 8 * scale + rows + (self.ROW * scale if self.reference else 0) + 8 * scale

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        _, text = self._colours()
        area = self._title(painter, rect, scale).adjusted(6 * scale, 4 * scale, -6 * scale, -4 * scale)
        if not self.rows:
            return
        longest = max([v for _, v in self.rows] + ([self.reference[1]] if self.reference else [])) or 1.0
        font = self._font(scale, 0.9)
        painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        count = len(self.rows) + (1 if self.reference else 0)
        base = min(self.ROW * scale, area.height() / count)
        label_width, lines = self.label_layout(metrics, area.width(), scale)
        heights = self._heights(lines, metrics.height(), base, scale)
        if sum(heights) + (base if self.reference else 0) > area.height() + 0.5:
            # no room to wrap (a small widget): one line each, shortened, the whole label on hover
            lines = [
                [metrics.elidedText(n, Qt.TextElideMode.ElideRight, label_width - 8 * scale)] for n, _ in self.rows
            ]
            heights = [base] * len(self.rows)
        value_width = max(metrics.horizontalAdvance(self.value_text(v)) for _, v in self.rows) + 12 * scale
        usable = max(1.0, area.width() - label_width - value_width)
        bar = base * 0.6
        value_boxes: list[QRectF] = []
        y = area.top()
        for (name, value), label_lines, height in zip(self.rows, lines, heights, strict=True):
            painter.setPen(text)
            box = QRectF(area.left(), y, label_width - 6 * scale, height)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip,
                "\n".join(label_lines),
            )
            if not _shown_whole(label_lines, name):
                self._keep_tip(box, name)
            width = usable * value / longest
            short = self.highlight_below is None or value <= self.highlight_below
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PALETTE[0] if short else PALETTE[1]))
            painter.drawRect(QRectF(area.left() + label_width, y + (height - bar) / 2, max(width, 1.0), bar))
            painter.setPen(text)
            box = QRectF(area.left() + label_width + width + 4 * scale, y, value_width, height)
            flags = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, flags, self.value_text(value))
            value_boxes.append(painter.boundingRect(box, flags, self.value_text(value)))
            y += height
        if self.reference:
            name, value = self.reference
            x = area.left() + label_width + usable * value / longest
            bottom = y
            painter.setPen(QPen(text, 1.5 * scale, Qt.PenStyle.DashLine))
            for top, end in reference_segments(x, area.top(), bottom, value_boxes, 3 * scale):
                painter.drawLine(QPointF(x, top), QPointF(x, end))
            painter.setPen(text)
            width = min(metrics.horizontalAdvance(name) + 8 * scale, area.width())
            left = min(max(x - width / 2, area.left()), area.right() - width)
            painter.drawText(
                QRectF(left, bottom, width, base),
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
