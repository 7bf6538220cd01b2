"""Commands confirmed in the window's status bar ("Done: Paste 3 rows", "Rows copied: 4."): read, then gone."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

STATUS_TIMEOUT_MS = 6000


def say_in_status_bar(widget: QWidget, text: str) -> None:
    """A command's confirmation in the status bar of ``widget``'s window, if it has one."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
