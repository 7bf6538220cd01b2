"""A table view that moves like a spreadsheet, and can share its rows with a frozen view beside it.

Enter commits and moves down, Tab right, Shift+Tab left (each opening the next cell's editor as Excel does); a
refused value keeps the cursor in its cell. Two of these views show one model side by side — the frozen first
columns on the left, the rest scrolling on the right — with one selection model: the cursor crosses between them
as if they were one table (:attr:`partner`), and typing goes to whichever of the two shows the current column.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from .table_clipboard import copy_selected_cells

Hint = QAbstractItemDelegate.EndEditHint
Move = QAbstractItemView.CursorAction
HORIZONTAL = {Move.MoveLeft, Move.MoveRight, Move.MoveNext, Move.MovePrevious, Move.MoveHome, Move.MoveEnd}


class SpreadsheetView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner: SpreadsheetView | None = None
        self.commit_refused = False  # set by the owner when the model refuses the value being committed
        self.setTabKeyNavigation(True)

    # --- which view shows a column ---------------------------------------------------------------

    def shows(self, column: int) -> bool:
        return not self.isColumnHidden(column)

    def owner(self, column: int) -> SpreadsheetView:
        """The view of the pair that shows ``column``."""
        if self.shows(column) or self.partner is None:
            return self
        return self.partner

    def _go(self, target: QModelIndex, edit: bool = False) -> None:
        """Make ``target`` current, in whichever view shows it, focused there; open its editor if asked."""
        if not target.isValid():
            return
        owner = self.owner(target.column())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(target, flags)
        owner.scrollTo(target)
        owner.setFocus(Qt.FocusReason.OtherFocusReason)
        if edit and target.flags() & Qt.ItemFlag.ItemIsEditable:
            owner.edit(target)

    # --- moving ----------------------------------------------------------------------------------

    def moveCursor(self, action: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        """Left, right, Tab and Home/End over the columns of both views, and up and down in the column the cursor
        is on even when the partner shows it; the view that shows the new cell takes the focus."""
        model: QAbstractItemModel = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid() or self.partner is None:
            return super().moveCursor(action, modifiers)
        row, column = current.row(), current.column()
        rows, columns = model.rowCount(self.rootIndex()), model.columnCount(self.rootIndex())
        if action == Move.MoveRight:
            column = min(column + 1, columns - 1)
        elif action == Move.MoveLeft:
            column = max(column - 1, 0)
        elif action == Move.MoveNext:
            row, column = (row, column + 1) if column + 1 < columns else (min(row + 1, rows - 1), 0)
        elif action == Move.MovePrevious:
            row, column = (row, column - 1) if column > 0 else (max(row - 1, 0), columns - 1)
        elif action == Move.MoveHome:
            row, column = (0, column) if modifiers & Qt.KeyboardModifier.ControlModifier else (row, 0)
        elif action == Move.MoveEnd:
            row, column = (rows - 1, column) if modifiers & Qt.KeyboardModifier.ControlModifier else (row, columns - 1)
        elif action in (Move.MoveUp, Move.MoveDown, Move.MovePageUp, Move.MovePageDown):
            page = max(1, self.viewport().height() // max(1, self.rowHeight(row) or 1) - 1)
            step = {Move.MoveUp: -1, Move.MoveDown: 1, Move.MovePageUp: -page, Move.MovePageDown: page}[action]
            row = min(max(row + step, 0), rows - 1)
        else:
            return super().moveCursor(action, modifiers)
        target = model.index(row, column, self.rootIndex())
        owner = self.owner(column)
        if owner is not self:
            owner.setFocus(Qt.FocusReason.OtherFocusReason)
            owner.scrollTo(target)
        return target

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        current = self.currentIndex()
        if current.isValid() and self.owner(current.column()) is not self:
            # The cursor is on a column the partner shows (set from code, say): it takes the typing there.
            partner = self.owner(current.column())
            partner.setFocus(Qt.FocusReason.OtherFocusReason)
            forwarded = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            partner.keyPressEvent(forwarded)
            event.setAccepted(forwarded.isAccepted())
            return
        if event.matches(QKeySequence.StandardKey.Copy) and self.state() != QAbstractItemView.State.EditingState:
            # the whole selection, as Excel pastes it (Qt's own Copy takes the current cell only); the frozen
            # columns share the selection, so the columns of both views are copied together
            copy_selected_cells(self)
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and current.isValid()
        ):
            self._go(current.sibling(current.row() + 1, current.column()) if self._below(current) else current)
            return  # Enter on a cell moves down, as after typing in it
        super().keyPressEvent(event)

    def _below(self, index: QModelIndex) -> bool:
        return index.row() + 1 < self.model().rowCount(self.rootIndex())

    # --- editing ---------------------------------------------------------------------------------

    def commitData(self, editor: QWidget) -> None:  # noqa: N802
        self.commit_refused = False
        super().commitData(editor)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:  # noqa: N802
        """After Enter (the delegate's SubmitModelCache) the cursor goes down; after Tab or Shift+Tab right or
        left into the next cell's editor, across the frozen columns if need be; after a refused value it stays."""
        current = QPersistentModelIndex(self.currentIndex())
        if self.commit_refused and hint in (Hint.SubmitModelCache, Hint.EditNextItem, Hint.EditPreviousItem):
            super().closeEditor(editor, Hint.NoHint)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            super().closeEditor(editor, Hint.NoHint)
            action = Move.MoveNext if hint == Hint.EditNextItem else Move.MovePrevious
            self._go(self.moveCursor(action, Qt.KeyboardModifier.NoModifier), edit=True)
            return
        super().closeEditor(editor, hint)
        if hint == Hint.SubmitModelCache:
            # QModelIndex(a QPersistentModelIndex) converts it: the stub gives the constructor QModelIndex alone
            index = self.currentIndex() if self.currentIndex().isValid() else QModelIndex(current)  # type: ignore[call-overload]
            if index.isValid():
                self._go(index.sibling(index.row() + 1, index.column()) if self._below(index) else index)
