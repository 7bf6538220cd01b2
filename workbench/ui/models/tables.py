"""Read-only table models: a list of rows and column definitions, re-read when the workspace changes.

Each column gives a translatable header, the display text (formatted in the UI
language) and a sort key, so a QSortFilterProxyModel sorts numbers as numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from workbench.i18n.language import LanguageManager

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    context: str
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: bool = False  # the text again as a tooltip, for a long text its column may cut short


class RowsTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        rows: Callable[[], list[Any]],
        languages: LanguageManager,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows_fn = rows
        self._rows: list[Any] = []
        self.languages = languages
        languages.language_changed.connect(self._language_changed)

    def _language_changed(self, _language: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._rows_fn()
        self.endResetModel()

    def column_texts(self, column: int) -> list[str]:
        """Every row's text in ``column``, as ``data`` shows it (read by ``widgets.column_width``)."""
        text = self.columns[column].text
        return [str(text(row) or "") for row in self._rows]

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and column.tooltip):
            return column.text(row)
        if role == SORT_ROLE:
            return (column.sort or column.text)(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            return QCoreApplication.translate(column.context, column.header)
        return None
