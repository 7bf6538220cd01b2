"""The file being imported as it was read: its first rows, the header row marked, each mapped field over its column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from workbench.importers.mapping import FIELD_LABELS
from workbench.importers.table import RawTable

Index = QModelIndex | QPersistentModelIndex
SHOWN_ROWS = 200
MAPPED = QColor(70, 140, 220, 45)


class SourceTableModel(QAbstractTableModel):
    """Row 0 is the header row of the file (bold); the rows below are the first data rows, numbered as in the
    file. A column read as a field carries that field's name above its own header, and a tint."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: RawTable | None = None
        self.fields: dict[int, str] = {}  # column -> field read from it

    def show(self, table: RawTable | None, columns: dict[str, int]) -> None:
        self.beginResetModel()
        self.table = table
        self.fields = {column: name for name, column in columns.items()}
        self.endResetModel()

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.table is None:
            return 0
        return 1 + min(len(self.table.rows), SHOWN_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.table is None:
            return 0
        return max([len(self.table.header), *(len(r) for r in self.table.rows[:SHOWN_ROWS])])

    def _cell(self, row: int, column: int) -> str:
        assert self.table is not None
        cells = self.table.header if row == 0 else self.table.rows[row - 1]
        return cells[column] if column < len(cells) else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in self.fields:
            return QBrush(MAPPED)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if section == 0:
                header_row = self.table.first_data_row - 1
                return QCoreApplication.translate("ImportDialog", "{row} (header)").format(row=header_row)
            return str(self.table.row_number(section - 1))
        name = self.fields.get(section)
        letter = str(section + 1)
        if name is None:
            return letter
        return f"{letter} · {QCoreApplication.translate('ImportField', FIELD_LABELS[name])}"
