"""The proxies between an entity table model and its views: an empty "new row" to type into, then sorting.

``NewRowProxy`` adds one empty row after the entities, as spreadsheets and Access do: typing a value in it makes a
new entity there (:meth:`EntityTableModel.insert_typed`). It sits *under* the sorting proxy so that the entity
model keeps counting entities only; ``EntitySortProxy`` keeps that row last in either sort order, never filters
it out, and accepts indexes of the entity model itself in :meth:`mapFromSource` (its rows are the new-row
proxy's rows), so callers never see the layer in between.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from .entity_table import EntityTableModel

Index = QModelIndex | QPersistentModelIndex


class NewRowProxy(QIdentityProxyModel):
    """The entities, and after them one empty row while ``blank`` is given and the workspace can be written."""

    row_started = Signal(int, int)  # entity id, column: a value typed on the new row made this entity

    def __init__(
        self,
        entities: EntityTableModel,
        blank: Callable[[], Any] | None = None,
        label: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.entities, self.blank, self.label = entities, blank, label
        self.setSourceModel(entities)

    @property
    def enabled(self) -> bool:
        return self.blank is not None and not self.entities.session.read_only

    def is_new_row(self, index: Index) -> bool:
        return index.isValid() and self.enabled and index.row() == self.entities.rowCount()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return self.entities.rowCount() + (1 if self.enabled else 0)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid() and self.enabled and row == self.entities.rowCount():
            return self.createIndex(row, column) if 0 <= column < self.columnCount() else QModelIndex()
        return super().index(row, column, parent)

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def buddy(self, index: Index) -> QModelIndex:
        # The view edits a cell's buddy: the new row's cells are their own (there is no source cell to ask).
        # QModelIndex(a QPersistentModelIndex) converts it: the stub gives the constructor QModelIndex alone
        return QModelIndex(index) if self.is_new_row(index) else super().buddy(index)  # type: ignore[arg-type]

    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802
        if self.is_new_row(proxy_index):
            return QModelIndex()  # no entity behind it
        return super().mapToSource(proxy_index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_new_row(index):
            return super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("EntityTable", "Type in this row to add a new one.")
        if role == Qt.ItemDataRole.EditRole:
            return ""  # an empty text, not nothing: the delegate makes no editor for a value of no type
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.is_new_row(index):
            return super().flags(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.entities.columns[index.column()]
        if column.editable and column.kind != "flag":  # a tick alone makes no bill
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not self.is_new_row(index):
            return super().setData(index, value, role)
        if role != Qt.ItemDataRole.EditRole or not str(value).strip():
            return False  # an editor left empty makes nothing
        assert self.blank is not None  # a new row is there only with it (enabled)
        ident = self.entities.insert_typed(index.column(), value, self.blank, self.label)
        if ident is None:
            return False
        self.row_started.emit(ident, index.column())
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical and self.enabled and section == self.entities.rowCount():
            return "*" if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)


class EntitySortProxy(QSortFilterProxyModel):
    """Sorts and filters the rows of a :class:`NewRowProxy`, the new row always last and always shown."""

    def __init__(self, rows: NewRowProxy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setSourceModel(rows)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        # Qt sorts descending by swapping the arguments: the new row must compare as largest in ascending
        # order and as smallest in descending order to stay at the bottom.
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if self.rows.is_new_row(left):
            return not ascending
        if self.rows.is_new_row(right):
            return ascending
        return bool(super().lessThan(left, right))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self.rows.enabled and source_row == self.rows.entities.rowCount():
            return True
        return bool(super().filterAcceptsRow(source_row, source_parent))

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802
        if source_index.isValid() and source_index.model() is self.rows.entities:
            source_index = self.rows.index(source_index.row(), source_index.column())
        return super().mapFromSource(source_index)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            # Row numbers count the rows as shown, 1 to n whatever the sort; the new row is marked "*".
            return "*" if self.rows.is_new_row(self.mapToSource(self.index(section, 0))) else str(section + 1)
        return super().headerData(section, orientation, role)
