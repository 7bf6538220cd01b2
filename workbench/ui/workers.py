"""Long operations off the GUI thread, with a progress dialog and a window that keeps painting.

``run_with_progress`` runs a function in a QThread and waits in a local event
loop, so callers read like plain calls. The dialog only appears if the work
takes longer than a moment. Tests pass ``synchronous=True`` and get a plain call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message

Progress = Callable[[int, int], None]
SHOW_AFTER_MS = 400
# The next piece of a long work, once the window has answered: a timer of 1 ms, not 0. Qt runs a 0 ms single
# shot as a posted event, and a chain of them (a page read three sites at a time) kept input and painting
# waiting until the whole chain was done.
NEXT_TURN_MS = 1


class _ProgressSink(QObject):
    """Lives in the GUI thread, so that progress signals from the worker arrive queued, never direct."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self.dialog = dialog

    @Slot(int, int)
    def update(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)


class OperationCancelledError(DomainError):
    def __init__(self) -> None:
        super().__init__(message("Workers", QT_TRANSLATE_NOOP("Workers", "Cancelled: nothing was stored.")))


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancel_requested = threading.Event()

    def report(self, done: int, total: int) -> None:
        """The progress callback the work receives; raising here is how a cancel reaches it."""
        if self.cancel_requested.is_set():
            raise OperationCancelledError()
        self.progressed.emit(done, total)

    # A declared slot: PySide routes undecorated Python callables through a receiver on the GUI
    # thread, which would run the work there.
    @Slot()
    def run(self) -> None:
        try:
            self.result = self.fn(self.report)
        except BaseException as exc:  # handed back to the GUI thread, raised there
            self.error = exc
        self.finished.emit()


def run_with_progress(
    parent: QWidget | None,
    label: str,
    fn: Callable[[Progress], Any],
    synchronous: bool = False,
    cancellable: bool = False,
) -> Any:
    """``fn(progress)`` in a worker thread; returns its result or raises its exception here.

    With ``cancellable``, the dialog has a Cancel button; the next ``progress`` call in the
    work then raises :class:`OperationCancelledError`, which the work lets unwind (rolling back).
    """
    if synchronous:
        return fn(lambda done, total: None)
    dialog = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    worker = _Worker(fn)
    dialog.canceled.connect(worker.cancel_requested.set)
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()

    sink = _ProgressSink(dialog)
    worker.progressed.connect(sink.update)
    worker.finished.connect(loop.quit)
    thread.started.connect(worker.run)
    thread.start()
    QTimer.singleShot(SHOW_AFTER_MS, lambda: dialog.show() if thread.isRunning() else None)
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
