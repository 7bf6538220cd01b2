"""A key figure: a caption above a large value, with the figure's provenance in the tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class KpiCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.caption = QLabel()
        self.caption.setObjectName("kpiCaption")
        self.value = QLabel()
        self.value.setObjectName("kpiValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set(self, caption: str, value: str, tooltip: str = "") -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.setToolTip(tooltip)
