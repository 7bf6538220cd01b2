"""The right-click "Export as PNG…" every chart offers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget


class PngExportMenu(QObject):
    """Owned by its chart: the context menu, then a file dialog, then ``export_png(path)``."""

    def __init__(self, chart: QWidget, export_png: Callable[[str], None]) -> None:
        super().__init__(chart)
        self.chart, self.export_png = chart, export_png
        chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chart.customContextMenuRequested.connect(self.show_menu)

    @Slot(QPoint)
    def show_menu(self, position: QPoint) -> None:
        menu = QMenu(self.chart)
        action = menu.addAction(QCoreApplication.translate("Charts", "Export as PNG…"))
        action.triggered.connect(self.export_dialog)
        menu.exec(self.chart.mapToGlobal(position))

    @Slot()
    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.chart, QCoreApplication.translate("Charts", "Export the chart"), "", "PNG (*.png)"
        )
        if path:
            self.export_png(path if path.lower().endswith(".png") else path + ".png")
