"""A filter box above a sortable, editable table of entities (bills, deliveries, equipment, measures)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from workbench.ui.models.collation import CollatingProxy
from workbench.ui.models.entity_table import EntityTableModel
from workbench.ui.models.tables import SORT_ROLE


class EntityTable(QWidget):
    """A filter box above a sortable, editable table of one model."""

    def __init__(self, table_model: EntityTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = table_model
        # Names and texts sorted as the interface's language does ("Électricité" before "Fioul").
        self.proxy = CollatingProxy(table_model.languages, self)
        self.proxy.setSourceModel(table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        table_model.modelReset.connect(self.view.resizeColumnsToContents)
        self.view.resizeColumnsToContents()
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(QCoreApplication.translate("EntityTable", "Filter…"))

    def _current_row_changed(self, current, _previous) -> None:
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        self.model.set_editing_id(self.model.entity(row).id if 0 <= row < self.model.rowCount() else None)

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        return [self.model.entity(r).id for r in sorted(rows)]

    def select_id(self, ident: int) -> None:
        row = self.model.row_of(ident)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
