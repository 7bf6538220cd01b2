"""A filter box above an editable table of entities that behaves like a spreadsheet.

The first columns (a bill's dates and invoice number, an item's name) are frozen: a second view on the left
shows them, the main view the others, both over one proxy with one selection model and one vertical scroll, so
scrolling sideways never loses which row is which. Below the rows an empty row takes a new entity
(:class:`NewRowProxy`). Rows update in place; should the model ever be reset, the current entity, its column,
the scroll position and the focus are put back, so the next figure typed lands where the auditor was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from workbench.ui.models.entity_proxy import EntitySortProxy, NewRowProxy
from workbench.ui.models.entity_table import EntityTableModel
from workbench.ui.models.tables import SORT_ROLE

from .spreadsheet_view import SpreadsheetView


@dataclass(frozen=True)
class NewRow:
    """How the empty last row starts an entity: a blank one to set the typed value on, and the undo label."""

    blank: Callable[[], Any]
    label: Any


@dataclass
class _Place:
    """Where the auditor was before a reset: the entity, the column, the scroll and whether the table had focus."""

    ident: int | None
    column: int
    scroll: tuple[int, int]
    focused: bool


class SpreadsheetTable(QWidget):
    def __init__(
        self,
        table_model: EntityTableModel,
        frozen: int = 1,
        new_row: NewRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = table_model
        self.frozen_count = min(frozen, table_model.columnCount())
        self.rows = NewRowProxy(table_model, new_row.blank if new_row else None, new_row.label if new_row else None)
        self.rows.setParent(self)
        self.proxy = EntitySortProxy(self.rows, self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = SpreadsheetView()  # the scrolling columns: what pages and tests address
        self.frozen = SpreadsheetView()  # the first columns, always in sight
        self.views = (self.frozen, self.view)
        self.view.setModel(self.proxy)
        self.frozen.setModel(self.proxy)
        self.frozen.setSelectionModel(self.view.selectionModel())
        self.view.partner, self.frozen.partner = self.frozen, self.view
        for view in self.views:
            view.setSortingEnabled(True)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
            view.setAlternatingRowColors(True)
            view.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_moved)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._filler = QWidget()
        self._filler.setFixedHeight(0)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_bottom)
        self._shape_frozen()
        self._place: _Place | None = None
        self.proxy.modelAboutToBeReset.connect(self._remember_place)
        self.proxy.modelReset.connect(self._after_reset)
        self.rows.row_started.connect(self._row_started)
        table_model.edit_refused.connect(self._refused)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.resize_columns()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        tables = QHBoxLayout()
        tables.setContentsMargins(0, 0, 0, 0)
        tables.setSpacing(0)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(0)
        left.addWidget(self.frozen, 1)
        left.addWidget(self._filler)  # as tall as the main view's horizontal scroll bar (see _fit_bottom)
        tables.addLayout(left)
        tables.addWidget(self.view, 1)
        layout.addLayout(tables, 1)
        self.retranslate()

    # --- the frozen columns ----------------------------------------------------------------------

    def _shape_frozen(self) -> None:
        """Which view shows which column (a reset forgets hidden sections), and the two scrolls tied."""
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column < self.frozen_count)
            self.frozen.setColumnHidden(column, column >= self.frozen_count)
        if getattr(self, "_tied", False):
            return
        self._tied = True
        self.view.verticalHeader().hide()  # the row numbers are on the frozen side, at the left edge
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.horizontalHeader().setStretchLastSection(False)
        mine, theirs = self.frozen.verticalScrollBar(), self.view.verticalScrollBar()
        theirs.valueChanged.connect(mine.setValue)
        mine.valueChanged.connect(theirs.setValue)
        theirs.rangeChanged.connect(lambda low, high: mine.setRange(low, high))
        self.frozen.verticalHeader().sectionResized.connect(lambda row, _old, size: self.view.setRowHeight(row, size))
        self.frozen.horizontalHeader().sectionResized.connect(lambda *_: self._fit_frozen())
        # The main view's horizontal scroll bar takes height from its rows: the frozen view leaves the same
        # space at its bottom, so that the last rows stay side by side. Qt shows and hides the bar's container.
        self._bar_box = self.view.horizontalScrollBar().parentWidget() or self.view.horizontalScrollBar()
        self._bar_box.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.horizontalScrollBar().rangeChanged.connect(self._fit_bottom_soon)

    def _fit_frozen(self) -> None:
        header = self.frozen.horizontalHeader()
        width = sum(header.sectionSize(c) for c in range(self.frozen_count))
        width += self.frozen.verticalHeader().width() + 2 * self.frozen.frameWidth()
        self.frozen.setFixedWidth(width)

    def _fit_bottom(self) -> None:
        box = self._bar_box
        self._filler.setFixedHeight(box.height() if box.isVisibleTo(self.view) else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched in (self._bar_box, self.view) and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.Resize,
        ):
            self._fit_bottom_soon()
        return super().eventFilter(watched, event)

    def _fit_bottom_soon(self, *_args) -> None:
        # The scroll area shows or hides its bar while laying itself out: look once that is done.
        if not self._fit_timer.isActive():
            self._fit_timer.start()

    def resize_columns(self) -> None:
        for view in self.views:
            view.resizeColumnsToContents()
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_frozen()

    def _sort_indicator_moved(self, column: int, order: Qt.SortOrder) -> None:
        # One sort for both views: the other header shows the same arrow.
        for view in self.views:
            header = view.horizontalHeader()
            if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
                header.blockSignals(True)
                header.setSortIndicator(column, order)
                header.blockSignals(False)

    # --- keeping the auditor's place -------------------------------------------------------------

    def _remember_place(self) -> None:
        current = self.view.currentIndex()
        focus = QApplication.focusWidget()
        self._place = _Place(
            self._ident_at(current.row()) if current.isValid() else None,
            current.column() if current.isValid() else 0,
            (self.view.verticalScrollBar().value(), self.view.horizontalScrollBar().value()),
            focus is not None and any(v is focus or v.isAncestorOf(focus) for v in self.views),
        )

    def _after_reset(self) -> None:
        self._shape_frozen()
        self.resize_columns()
        place, self._place = self._place, None
        if place is None:
            return
        if place.ident is not None and (index := self._proxy_index(place.ident, place.column)).isValid():
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.verticalScrollBar().setValue(place.scroll[0])
        self.view.horizontalScrollBar().setValue(place.scroll[1])
        if place.focused:
            self.view.owner(place.column).setFocus(Qt.FocusReason.OtherFocusReason)

    def _ident_at(self, proxy_row: int) -> int | None:
        row = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
        return self.model.entity(row).id if 0 <= row < self.model.rowCount() else None

    def _proxy_index(self, ident: int, column: int):
        row = self.model.row_of(ident)
        return self.proxy.mapFromSource(self.model.index(row, column)) if row is not None else self.proxy.index(-1, 0)

    def _row_started(self, ident: int, column: int) -> None:
        """A value typed on the new row made an entity: the cursor is on it, where the value was typed."""
        index = self._proxy_index(ident, column)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _refused(self, _text: str) -> None:
        for view in self.views:
            view.commit_refused = True

    # --- the rest --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(QCoreApplication.translate("EntityTable", "Filter…"))

    def install_event_filter(self, watcher: QObject) -> None:
        """Keys pressed in either view (paste, delete) reach the page."""
        for view in self.views:
            view.installEventFilter(watcher)

    def has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and any(v is focus or v.isAncestorOf(focus) for v in self.views)

    def _current_row_changed(self, current, _previous) -> None:
        ident = self._ident_at(current.row()) if current.isValid() else None
        self.model.set_editing_id(ident)

    def selected_ids(self) -> list[int]:
        selection = self.view.selectionModel()
        rows = {i.row() for i in selection.selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        idents = (self._ident_at(r) for r in sorted(rows))
        return [i for i in idents if i is not None]

    def select_id(self, ident: int) -> None:
        index = self._proxy_index(ident, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.frozen.scrollTo(index)

    def select_ids(self, idents: list[int]) -> None:
        """Every row of ``idents`` selected (a bill check's bills), the first current and in sight."""
        selection = QItemSelection()
        indexes = [i for i in (self._proxy_index(ident, 0) for ident in idents) if i.isValid()]
        last = self.proxy.columnCount() - 1
        for index in indexes:
            selection.select(index, index.sibling(index.row(), last))
        model = self.view.selectionModel()
        if not indexes:
            return
        model.setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(indexes[0])
        self.frozen.scrollTo(indexes[0])
