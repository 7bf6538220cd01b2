"""An unexpected exception in the window: a report for us, a calm dialog for the auditor, no traceback.

Qt calls ``sys.excepthook`` for an exception a slot lets out and carries on, so the window stays usable.
The dialog says what matters most — the data is safe, because every edit was committed when it was
made — names the report and offers to open its folder. One dialog at a time: a fault that repeats
(a paint handler, say) writes its reports without piling up windows.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workbench.crash import write_crash_report

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashHandler:
    """Installed as ``sys.excepthook`` while the window runs (``install``/``uninstall``)."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self._previous = sys.excepthook
        self.dialog: QMessageBox | None = None
        self.reports: list[Path] = []

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        report = write_crash_report(sys.argv, (kind, value, tb))
        if report is not None:
            self.reports.append(report)
        # One line on the terminal for whoever started the window from one; the traceback is in the report.
        print(f"internal error; crash report: {report or '—'}", file=sys.stderr)
        if self.dialog is not None or QCoreApplication.instance() is None:
            return
        try:
            self._show(report)
        except Exception:  # the dialog itself failed: the report is written, stay quiet
            self.dialog = None

    def _show(self, report: Path | None) -> None:
        # Imported here: building these Qt types at start-up would delay the first paint for a rare event.
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        translate = QCoreApplication.translate
        dialog = QMessageBox(self._parent())
        dialog.setIcon(QMessageBox.Icon.Critical)
        dialog.setWindowTitle(translate("CrashDialog", "Internal error"))
        dialog.setText(
            translate(
                "CrashDialog",
                "Something went wrong inside the workbench. Your data is safe: every change was saved in the "
                "workspace file when you made it.",
            )
        )
        if report is not None:
            dialog.setInformativeText(
                translate(
                    "CrashDialog",
                    "A crash report was written to {path}. Please send it to the programme's coordinator; "
                    "you can carry on working or restart the application.",
                ).format(path=str(report))
            )
            open_button = dialog.addButton(
                translate("CrashDialog", "Open the report's folder"), QMessageBox.ButtonRole.ActionRole
            )
            open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.parent))))
        else:
            dialog.setInformativeText(translate("CrashDialog", "No crash report could be written."))
        dialog.addButton(QMessageBox.StandardButton.Close)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop inside the hook

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
