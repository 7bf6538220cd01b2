"""Window sizes that fit the screen they open on: a laptop's 1366 × 768 has less room than a desk's monitor."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# Of the screen's available area (the taskbar already left out): room for the title bar and a margin.
WIDTH_SHARE, HEIGHT_SHARE = 0.95, 0.9


def fitted_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, or less where the widget's screen has not that much room."""
    available = widget.screen().availableGeometry()
    return QSize(min(width, int(available.width() * WIDTH_SHARE)), min(height, int(available.height() * HEIGHT_SHARE)))
