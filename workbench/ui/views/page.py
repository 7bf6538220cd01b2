"""What every page shares: the session, the languages, retranslation and a debounced refresh."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from workbench.domain import model
from workbench.domain.messages import DomainError
from workbench.i18n.language import LanguageManager
from workbench.storage.changes import Change, EntityKind, concerns
from workbench.storage.errors import EntityNotFoundError
from workbench.ui.read_only import EditLock, read_only_reason
from workbench.ui.session import WorkspaceSession

NodeKey = tuple[str, int | None]


def title_label(scale: float = 1.6) -> QLabel:
    """A page's heading: the name of what it shows, larger and bold."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def message_label() -> QLabel:
    """Where an editor says why it refused a value or an import: wrapped, in the warning colour."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #d64545;")
    return label


def button_row(*buttons: tuple[QPushButton, Callable[[], object]]) -> QHBoxLayout:
    """The editor's buttons, left-aligned, each connected to its action."""
    row = QHBoxLayout()
    for button, slot in buttons:
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


def scrolling_body(page: QWidget) -> QVBoxLayout:
    """The layout of a page whose content scrolls as one (a long page of tables and charts)."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    return QVBoxLayout(body)


def store_file(
    session: WorkspaceSession, languages: LanguageManager, path: Path, media_type: str, report: Callable[[str], None]
) -> model.Attachment | None:
    """The file at ``path`` (a scanned invoice, a photo) stored in the workspace; None after ``report`` has
    said why not (the file cannot be read, the disk is full)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        report(
            QCoreApplication.translate("Pages", "Cannot read {path}: {reason}.").format(
                path=path, reason=exc.strerror or str(exc)
            )
        )
        return None
    try:
        return session.workspace.add_attachment(path.name, data, media_type)
    except DomainError as exc:
        report(languages.render(exc.message))
        return None


class Page(QWidget):
    """A panel for one kind of tree node. ``navigate`` asks the window to select another node.

    What a page shows is declared once, by the kinds of change that make it re-read: ``depends_on``; those
    also in ``own_only`` count only for the row the page shows (its node's id: a site page follows every
    bill, but only its own site's edits). Anything else leaves the page as it is.
    tests/ui/test_refresh_wiring.py edits each kind through the session and waits for the page to show it.
    """

    navigate = Signal(object)  # NodeKey
    depends_on: ClassVar[frozenset[EntityKind]] = frozenset()
    own_only: ClassVar[frozenset[EntityKind]] = frozenset()

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.languages = session, languages
        self.key: NodeKey | None = None
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # one refresh per event-loop turn, however many commits
        self._refresh_timer.timeout.connect(self._refresh_if_present)
        self._lock: EditLock | None = None
        session.changed.connect(self._on_changes)
        # a bound method: Qt drops the connection when the page is destroyed, a lambda would outlive it
        languages.language_changed.connect(self._language_changed)

    def show_node(self, key: NodeKey) -> None:
        if key == self.key and not self._stale and not self._refresh_timer.isActive():
            # Shown again as it was left, and nothing it depends on changed since (that would have made it
            # stale, or asked for a refresh its showing has not run yet): coming back to a 1,000-site programme
            # page re-read and re-measured every row for nothing.
            return
        self._refresh_timer.stop()  # refreshed now, not once more on the next turn
        self.key = key
        self._stale = False
        self.refresh()

    def shown_id(self) -> int:
        """The id of the row the page shows (its node's): what its refresh and its commands read, once shown."""
        assert self.key is not None and self.key[1] is not None, "no node shown"
        return self.key[1]

    def refresh(self) -> None:
        """Re-read what the page shows. Subclasses override it."""

    def _refresh_if_present(self) -> None:
        # The node may have gone with an undo or a delete further up the tree; the tree will move on.
        try:
            self.refresh()
        except EntityNotFoundError:
            self.detach()

    def detach(self) -> None:
        """Forget the node before the workspace closes, so no late refresh reads a closed file."""
        self._refresh_timer.stop()
        self.key = None
        self._stale = False

    def _language_changed(self, _language: str) -> None:
        self.refresh_now()

    def refresh_now(self) -> None:
        self._refresh_timer.stop()
        if self.key is not None:
            self._refresh_if_present()

    def affected_by(self, changes: Sequence[Change]) -> bool:
        return concerns(changes, self.depends_on, self.own_only, self.key[1] if self.key else None)

    def _on_changes(self, changes: Sequence[Change]) -> None:
        if self.key is None or not self.affected_by(changes):
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def lock_edits(self, *targets: QWidget | QAction) -> None:
        """The page's edits on a read-only workspace (its buttons, fields and editors): they change nothing and
        say why in their tooltip. Pages call it when ``session.read_only``."""
        if self._lock is None:
            self._lock = EditLock(self)
        self._lock.add(*targets)

    def refused_read_only(self, report: Callable[[str], None]) -> bool:
        """Whether the workspace is read-only, after ``report`` has said so: for an edit a key asks for past the
        page's disabled buttons (Ctrl+V, Del)."""
        if self.session.read_only:
            report(read_only_reason())
        return self.session.read_only

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._lock is not None:
                self._lock.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every fixed text. Called from __init__ and on LanguageChange."""

    def showEvent(self, event) -> None:  # noqa: N802
        # Changes made while hidden were only noted: catch up now.
        if self._stale and self.key is not None:
            self._stale = False
            self._refresh_timer.start()
        super().showEvent(event)
