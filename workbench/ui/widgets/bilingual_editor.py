"""French and English side by side, with a mark where one language is missing.

A missing translation stays missing: nothing is copied from the other side.
The text is committed (one undo command) when the editor loses focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from workbench.domain.model import BilingualText
from workbench.domain.vocab import Language
from workbench.ui.read_only import EditLock


class BilingualEditor(QWidget):
    committed = Signal(object)  # BilingualText

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headers: dict[Language, QLabel] = {}
        self.editors: dict[Language, QPlainTextEdit] = {}
        self.marks: dict[Language, QLabel] = {}
        for column, language in enumerate(Language):
            header, editor, mark = QLabel(), QPlainTextEdit(), QLabel()
            editor.setObjectName(f"text_{language.value}")
            editor.setTabChangesFocus(True)
            editor.installEventFilter(self)
            mark.setStyleSheet("color: #d68a00; font-weight: bold;")
            layout.addWidget(header, 0, column)
            layout.addWidget(editor, 1, column)
            layout.addWidget(mark, 2, column)
            self.headers[language], self.editors[language], self.marks[language] = header, editor, mark
        self._text = BilingualText()
        self._lock: EditLock | None = None
        self.retranslate()
        self._update_marks()  # empty on both sides: nothing is missing yet

    def lock_edits(self) -> None:
        """A read-only workspace: both texts can be read, selected and copied, not changed."""
        self._lock = EditLock(self)
        self._lock.add(*self.editors.values())

    def set_text(self, text: BilingualText) -> None:
        self._text = text
        for language, editor in self.editors.items():
            if not editor.hasFocus():
                editor.setPlainText(getattr(text, language.value))
        self._update_marks()

    def text(self) -> BilingualText:
        return BilingualText(*(self.editors[lang].toPlainText() for lang in Language))

    def _update_marks(self) -> None:
        missing = self.text().missing_languages()
        for language, mark in self.marks.items():
            mark.setVisible(language in missing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and watched in self.editors.values():
            self._update_marks()
            if self._lock is None and self.text() != self._text:
                self._text = self.text()
                self.committed.emit(self._text)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.headers[Language.FR].setText(QCoreApplication.translate("BilingualEditor", "French"))
        self.headers[Language.EN].setText(QCoreApplication.translate("BilingualEditor", "English"))
        for mark in self.marks.values():
            mark.setText(QCoreApplication.translate("BilingualEditor", "⚠ Translation missing"))
        if self._lock is not None:
            self._lock.retranslate()
