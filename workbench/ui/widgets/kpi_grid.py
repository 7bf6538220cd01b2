"""Key-figure cards on as many columns as fit: four on a wide window, two or one at 1.5× or on a laptop.

A plain grid of four cards would keep them four abreast and squeeze them until their values are cut
("4 375 1…"). The grid puts on a row only as many cards as are wide enough for the widest value and moves
the others to the next rows, each time it is resized or its values change (:meth:`reflow`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

from .kpi_card import KpiCard


class KpiGrid(QWidget):
    def __init__(self, cards: Sequence[KpiCard], most_columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = list(cards)
        self.most_columns = most_columns
        self.columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # The grid sets no minimum of its own: four cards' width would keep the widget from narrowing, and it
        # would never be told to put fewer on a row. minimumSizeHint() asks for one card's width instead.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._place(most_columns)

    def card_width(self) -> int:
        """What the widest card needs: every column gets as much, so every value stays whole."""
        return max((card.minimumSizeHint().width() for card in self.cards), default=0)

    def columns_for(self, width: int) -> int:
        spacing = max(self._grid.horizontalSpacing(), 0)
        fitting = (width + spacing) // max(self.card_width() + spacing, 1)
        return max(1, min(self.most_columns, len(self.cards), fitting))

    def reflow(self) -> None:
        """Place the cards again for the current width (after their values changed)."""
        self._place(self.columns_for(self.width()))
        self.updateGeometry()

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // columns, i % columns)
        for column in range(self.most_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()  # more rows: the page gives the grid more height

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._place(self.columns_for(event.size().width()))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.card_width(), self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        spacing = max(self._grid.horizontalSpacing(), 0)
        columns = max(self.columns, 1)
        return QSize(columns * self.card_width() + (columns - 1) * spacing, self._grid.sizeHint().height())
