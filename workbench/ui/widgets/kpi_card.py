"""A key figure: a caption above a large value, with the figure's provenance in the tooltip.

The value is never cut: the card is at least as wide as its value ("4 375 138 kWh" whole, at any scaling),
and the caption wraps instead. :class:`~workbench.ui.widgets.kpi_grid.KpiGrid` puts fewer cards on a row
when a row of them would not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

MINIMUM_WIDTH = 150  # px: cards with short values ("98 %") stay as wide as their neighbours' captions need


class KpiCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.caption = QLabel()
        self.caption.setObjectName("kpiCaption")
        self.caption.setWordWrap(True)  # "Tonnes équivalent pétrole" takes two lines rather than the value's room
        self.value = QLabel()
        self.value.setObjectName("kpiValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addStretch(1)  # cards of a row share its height: the values stay under their captions

    def set(self, caption: str, value: str, tooltip: str = "") -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.setToolTip(tooltip)
        self.updateGeometry()  # a longer value asks for a wider card

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The whole value, on one line, with the card's margins: never less (a fixed minimum would cut it)."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        assert layout is not None  # given in __init__
        margins = layout.contentsMargins()
        value = self.value.fontMetrics().horizontalAdvance(self.value.text()) + 2  # the label's own margin
        width = max(MINIMUM_WIDTH, value + margins.left() + margins.right() + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())

    def value_is_whole(self) -> bool:
        """True when the value's label is as wide as its text (what a test and a screenshot check)."""
        return self.value.fontMetrics().horizontalAdvance(self.value.text()) <= self.value.contentsRect().width()
