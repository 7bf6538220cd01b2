"""Before a paste (or an inventory's import) writes anything: the rows as they will be stored (every decimal of
their numbers), and the cells refused with the reason. Paste stores them in one undo step; Cancel
stores nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.models.entity_table import EntityColumn, EntityTableModel

PREVIEW_ROWS = 500  # rows listed at most (a paste of a year's bills is 12–36); the count says how many in all


def stored_columns(table: EntityTableModel, entities: Sequence[Any], blank: Any) -> list[int]:
    """The table's columns a paste sets: those of a field in which some entity differs from the blank one (its
    new row), and every computed column; the period or the delivery date always."""
    shown = []
    for i, column in enumerate(table.columns):
        if (
            column.field is None
            or column.field in ("period_start", "period_end", "delivery_date", "name")
            or any(getattr(e, column.field) != getattr(blank, column.field) for e in entities)
        ):
            shown.append(i)
    return shown


class PastePreview(QDialog):
    def __init__(
        self,
        table: EntityTableModel,
        entities: Sequence[Any],
        blank: Any,
        summary: str,
        refused: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PastePreview", "Paste"))
        layout = QVBoxLayout(self)
        heading = QLabel(summary)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        columns = stored_columns(table, entities, blank)
        self.table = QTableWidget(min(len(entities), PREVIEW_ROWS), len(columns), self)
        self.table.setHorizontalHeaderLabels(
            [str(table.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)) for c in columns]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for row, entity in enumerate(entities[:PREVIEW_ROWS]):
            for col, c in enumerate(columns):
                column: EntityColumn = table.columns[c]
                item = QTableWidgetItem(table.stored_text(entity, column))
                if column.kind == "number":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        if refused:
            intro = QLabel(
                QCoreApplication.translate("PastePreview", "These cells are refused; their rows will be left out:")
            )
            layout.addWidget(intro)
            self.refused = QLabel("\n".join(refused))
            self.refused.setWordWrap(True)
            self.refused.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.refused)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.paste_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.paste_button.setText(QCoreApplication.translate("PastePreview", "Paste"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("PastePreview", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)
