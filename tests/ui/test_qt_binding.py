"""Guards against known defects of the Qt binding that would crash the application."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget


class _CallsBase(QWidget):
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)


def test_calling_a_qt_base_method_keeps_the_reference_to_none(qapp):
    # PySide6 6.12.0 drops one reference to None per such call; None is freed and the process aborts.
    widget = _CallsBase()
    before = sys.getrefcount(None)
    for _ in range(200):
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert sys.getrefcount(None) >= before - 5
