"""A workspace opened read-only (a USB stick, a read-only share): the one reason every disabled edit gives, and
the lock that stops the edits without making what they show hard to read.

A session is read-only from its opening to its closing, and the pages, forms and tree are built anew for each
workspace, so they lock their edits once, when they are built. Only the window's own actions outlive a
workspace: :func:`permit` turns them on and off again.

It is imported at cold start (the window's actions): widget classes are imported where they are used, because
PySide builds each Qt class's Python type on first import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from workbench.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QWidget

READ_ONLY_REASON = QT_TRANSLATE_NOOP(
    "ReadOnly",
    "Read-only: the file or its medium cannot be written. To edit, save a copy in a folder you can write to "
    "and open the copy.",
)


def read_only_reason() -> str:
    """Why an edit is disabled, in the interface's language: the tooltip of every locked edit."""
    return QCoreApplication.translate("ReadOnly", READ_ONLY_REASON)


def permit(action: QAction, enabled: bool, read_only: bool) -> None:
    """Enable an edit ``action`` where it applies (``enabled``) unless the workspace is read-only, where it is
    disabled and its tooltip says why; on a writable workspace it has no tooltip of its own."""
    action.setEnabled(enabled and not read_only)
    reason = read_only_reason() if read_only else ""
    action.setToolTip(reason)
    action.setStatusTip(reason)  # a menu shows it in the status bar as the pointer passes over the action


class EditLock(QObject):
    """The edits of a read-only workspace: fields keep showing what they hold (selectable, in the normal
    colours) but take no change; buttons and actions are disabled. Each says why in its tooltip, re-set by
    :meth:`retranslate` when the language changes."""

    def __init__(self, parent: QObject) -> None:
        from PySide6.QtCore import Qt  # a lock is made for a read-only workspace only, never at cold start

        super().__init__(parent)
        self._targets: list[QWidget | QAction] = []
        # What a locked combo box does not get: what would open its list or step to another choice; it still
        # takes the keys that move the focus on, so that a form can be read through by keyboard.
        self._blocked = {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
        }
        self._passing_keys = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab}

    def add(self, *targets: QWidget | QAction) -> None:
        from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

        for target in targets:
            if isinstance(target, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                target.setReadOnly(True)  # readable and copyable, where a disabled field greys its text out
            elif isinstance(target, QComboBox):
                # A combo box has no read-only mode and a disabled one greys its text: this one refuses input.
                target.installEventFilter(self)
            else:
                target.setEnabled(False)
            self._targets.append(target)
        self.retranslate()

    def retranslate(self) -> None:
        from shiboken6 import isValid

        # Fields rebuilt by their page (a measure's savings) leave their deleted editors behind.
        self._targets = [t for t in self._targets if isValid(t)]
        reason = read_only_reason()
        for target in self._targets:
            target.setToolTip(reason)
            if isinstance(target, QAction):
                target.setStatusTip(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        # a key press is a QKeyEvent (cast: importing the class here would build its type at cold start)
        if kind in self._blocked or (
            kind == QEvent.Type.KeyPress and cast("QKeyEvent", event).key() not in self._passing_keys
        ):
            return True
        return super().eventFilter(watched, event)
