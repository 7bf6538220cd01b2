"""A defect of ours in the window: a report written, a dialog that says the data is safe, no traceback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from workbench.ui.crash_dialog import CrashHandler


@pytest.fixture
def crash_dir(tmp_path, monkeypatch):
    folder = tmp_path / "crashes"
    monkeypatch.setenv("WORKBENCH_CRASH_DIR", str(folder))
    return folder


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_writes_a_report(qtbot, crash_dir, capfd, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    handler = CrashHandler(lambda: parent)
    handler.install()
    try:

        def failing_slot() -> None:
            raise RuntimeError("a defect of ours")

        QTimer.singleShot(0, failing_slot)
        qtbot.waitUntil(lambda: handler.dialog is not None, timeout=3000)
        dialog = handler.dialog
        assert isinstance(dialog, QMessageBox)
        assert "Your data is safe" in dialog.text()
        (report,) = crash_dir.glob("crash-*.txt")
        assert "RuntimeError: a defect of ours" in report.read_text(encoding="utf-8")
        assert str(report) in dialog.informativeText()
        # A second fault while the dialog is up writes its report without a second dialog.
        QTimer.singleShot(0, failing_slot)
        qtbot.waitUntil(lambda: len(list(crash_dir.glob("crash-*.txt"))) == 2, timeout=3000)
        assert handler.dialog is dialog
        opened = []
        monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
        button = next(b for b in dialog.findChildren(QPushButton) if "folder" in b.text())
        button.click()
        assert opened == [str(crash_dir)]
        qtbot.waitUntil(lambda: handler.dialog is None, timeout=3000)  # the next fault may show one again
        err = capfd.readouterr().err
        assert "Traceback" not in err and "internal error; crash report" in err
    finally:
        handler.uninstall()
        if handler.dialog is not None:
            handler.dialog.done(0)


def test_the_dialog_is_in_french_when_the_window_is(window, crash_dir):
    from workbench.domain.vocab import Language

    window.languages.switch(Language.FR)
    handler = CrashHandler(lambda: window)
    try:
        raise ValueError("x")
    except ValueError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert "Vos données sont en sécurité" in handler.dialog.text()
    handler.dialog.done(0)
