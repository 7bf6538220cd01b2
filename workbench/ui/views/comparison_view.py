"""Sites compared for a coordinator: a sortable table with its median and total, and a ranking of one column.

The programme page and the cluster page each hold one. The auditor chooses and orders the columns (the header's
context menu, dragging a header) and the layout is remembered per scope in the settings; copying a selection
puts TSV and HTML on the clipboard (Excel and LibreOffice paste a table), and the whole table exports to CSV or
XLSX. A double-click on a site opens it.

Figures are computed once per refresh and kept per site while its account is the session's (the session drops
accounts on every change that moves them); a large programme's are computed a few sites per turn of the event
loop, so that the window keeps answering (~10 ms a site, most of it the site's measures).
"""

from __future__ import annotations

import csv
import dataclasses
import json
import time
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetricsF, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.ranking import rank
from workbench.analysis.site_comparison import Column, ColumnUnit, Figure, SiteFigures, comparison_table, site_figures
from workbench.domain.messages import DomainError
from workbench.domain.model import stored_id
from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager
from workbench.storage.changes import Change, EntityKind, concerns
from workbench.storage.files import write_text_atomically, written_atomically
from workbench.ui.charts.shapes import RankedBars, wrap_text
from workbench.ui.models.comparison_table import (
    KIND_ROLE,
    ComparisonProxy,
    ComparisonTableModel,
    RowKind,
    colon,
    column_name,
    header_text,
    unit_text,
)
from workbench.ui.models.tables import SORT_ROLE
from workbench.ui.session import WorkspaceSession
from workbench.ui.settings import Settings
from workbench.ui.status import say_in_status_bar
from workbench.ui.widgets.column_width import column_width
from workbench.ui.widgets.table_clipboard import table_mime
from workbench.ui.workers import NEXT_TURN_MS

if TYPE_CHECKING:
    from workbench.analysis.accounts import SiteAccount
    from workbench.analysis.site_comparison import ComparisonTable

SITES_PER_TURN = 8  # sites computed per turn of the event loop at most (3–15 ms each)
TURN_BUDGET_S = 0.025  # and no more time than this a turn: no pause the auditor feels
MOST_BARS = 20  # sites ranked in the chart; the rest are in the table
ROWS_SHOWN = 12  # rows the table is tall enough for on a page that scrolls as one (the programme's)
NAME_WIDTH = 230  # px at most for a site's or a cluster's name; the whole name is in the cell's tooltip
# What the view shows beyond the accounts: the page that holds it should refresh on these too.
DEPENDS_ON = frozenset({EntityKind.EQUIPMENT, EntityKind.MEASURE, EntityKind.CLUSTER})
# Shown the first time, before the auditor chooses: the figures a coordinator compares first, narrow enough
# for a 1366-pixel screen without scrolling sideways; the rest are one click away in the header's menu.
SHOWN_FIRST = frozenset(
    {
        Figure.SITE,
        Figure.PERIOD,
        Figure.KWH,
        Figure.COST,
        Figure.CO2_T,
        Figure.KWH_PER_UNIT,
        Figure.SAVINGS_KWH,
        Figure.SAVINGS_SHARE,
        Figure.SAVINGS_PAYBACK,
        Figure.FLAGS,
    }
)


class ComparisonScope(Enum):
    """Whose sites: the programme's or a cluster's. Each remembers its own columns."""

    PROGRAMME = "programme"
    CLUSTER = "cluster"


class ComparisonTableView(QTableView):
    """The table, answering the clipboard's Copy key (and the Edit menu, which sends it to the focused widget)."""

    copy_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ComparisonView(QWidget):
    open_site = Signal(object)  # ("site", id): the page asks the window to show it
    computed = Signal()  # a refresh has filled the table

    def __init__(
        self,
        session: WorkspaceSession,
        languages: LanguageManager,
        scope: ComparisonScope,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.languages, self.scope = session, languages, scope
        self._settings = settings  # else the window's, found once the page is in it
        self.cluster_id: int | None = None
        self.table: ComparisonTable | None = None
        self._cache: dict[int, tuple[SiteAccount, SiteFigures]] = {}
        self._todo: list[tuple[int, SiteAccount]] = []
        self._accounts: dict[int, SiteAccount] = {}
        self._order: list[int] = []
        self._generation = 0
        self._applying = False
        self._chart_key = Column(Figure.KWH).key
        self.model = ComparisonTableModel(languages, self)
        self.proxy = ComparisonProxy(languages, self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = ComparisonTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.copy_requested.connect(self.copy_selection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._table_menu)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(self._save_layout)
        header.sortIndicatorChanged.connect(self._sorted)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the tree's order until the auditor sorts
        self.columns_button = QToolButton(self)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.clicked.connect(self._columns_button_menu)
        self.chart_label = QLabel(self)
        self.chart_combo = QComboBox(self)
        self.chart_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chart_combo.currentIndexChanged.connect(self._chart_picked)
        self.status = QLabel(self)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_selection)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_dialog)
        self.chart = RankedBars(self)
        if scope is ComparisonScope.CLUSTER:
            self.chart.setMinimumHeight(150)  # the cluster's page does not scroll: it must fit 768 pixels
        bar = QHBoxLayout()
        for widget in (self.columns_button, self.chart_label, self.chart_combo, self.status):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        # The auditor shares the height between the table and the ranking (the cluster page does not scroll).
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter)
        session.changed.connect(self._on_changes)
        languages.language_changed.connect(self._language_changed)
        self.retranslate()

    # --- computing -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether sites' figures are still being computed for the last refresh."""
        return bool(self._todo)

    def refresh(self, cluster_id: int | None = None) -> None:
        """Compute the comparison of the programme's sites, or of ``cluster_id``'s (the cluster scope)."""
        self.cluster_id = cluster_id if self.scope is ComparisonScope.CLUSTER else None
        self._generation += 1
        workspace = self.session.workspace
        if self.cluster_id is None:
            self._order = workspace.site_ids()
            accounts = self.session.accounts()  # the programme page has read them already, a few per turn
        else:
            self._order = [stored_id(s) for s in workspace.sites(self.cluster_id)]
            accounts = self.session.accounts(self._order)
        # A copy: the session's own dict is emptied by the next change, while this refresh may still be computing
        # (a later refresh then takes over with a generation of its own).
        self._accounts = dict(accounts)
        self._todo = [
            (i, accounts[i]) for i in self._order if i not in self._cache or self._cache[i][0] is not accounts[i]
        ]
        self._compute(self._generation)

    def _compute(self, generation: int) -> None:
        if generation != self._generation:
            return  # a later refresh took over, with its own list
        if not self.session.workspace.is_open:
            self._todo = []  # closed meanwhile: nothing more to read
            return
        workspace = self.session.workspace
        started, done = time.perf_counter(), 0
        for site_id, account in self._todo[:SITES_PER_TURN]:
            figures = site_figures(account, workspace.equipment(site_id), workspace.measures(site_id))
            self._cache[site_id] = (account, figures)
            done += 1
            if time.perf_counter() - started > TURN_BUDGET_S:
                break  # the rest on the next turns: the window answers in between
        del self._todo[:done]
        if not self._todo:  # a measure edited meanwhile emptied the cache: those sites again
            self._todo = [(i, self._accounts[i]) for i in self._order if i not in self._cache]
        if self._todo:
            done = len(self._order) - len(self._todo)
            self.status.setText(
                QCoreApplication.translate("ComparisonView", "Computing {done} of {total} sites…").format(
                    done=done, total=len(self._order)
                )
            )
            QTimer.singleShot(NEXT_TURN_MS, lambda: self._compute(generation))
            return
        self.status.setText("")
        names = {c.id: c.name for c in workspace.clusters()}  # a cluster renamed moves no account
        sites = [
            dataclasses.replace(f, cluster_name=names.get(f.site.cluster_id, ""))
            for f in (self._cache[i][1] for i in self._order)
        ]
        self._show(comparison_table(sites, self.cluster_id))

    def _on_changes(self, changes: Sequence[Change]) -> None:
        # The session keeps accounts; equipment and measures move only this view's figures.
        if concerns(changes, frozenset({EntityKind.EQUIPMENT, EntityKind.MEASURE})):
            self._cache.clear()

    def _show(self, table: ComparisonTable) -> None:
        self.table = table
        self.model.set_table(table)
        self._apply_layout()
        self._fill_chart_combo()
        self._fit()
        self._update_chart()
        self.computed.emit()

    def _fit(self) -> None:
        """Columns as wide as their figures (measured once per refresh: ResizeToContents would measure every
        cell at each repaint), their headers wrapped at spaces to that width, so that the main figures fit a
        laptop's screen without scrolling sideways; the table tall enough for its rows up to ``ROWS_SHOWN``."""
        own_font = self.model.rows_in_own_font()
        for logical in range(len(self.model.columns)):
            self._fit_column(logical, own_font)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.model.columns) - 1))
        # The programme's page scrolls as one: its table shows a dozen rows; the cluster's page shares its
        # height with the ranking through the splitter.
        shown = ROWS_SHOWN if self.scope is ComparisonScope.PROGRAMME else 3
        rows = min(self.proxy.rowCount(), shown)
        header = self.view.horizontalHeader().sizeHint().height()
        row = self.view.verticalHeader().defaultSectionSize()
        scroll = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setMinimumHeight(header + max(rows, 3) * row + scroll + 2 * self.view.frameWidth())

    def _fit_column(self, logical: int, own_font: set[int] | None = None) -> None:
        column, header = self.model.columns[logical], self.view.horizontalHeader()
        style = header.style()
        # the header's margins, and room for the sort arrow beside the text
        room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + style.pixelMetric(
            QStyle.PixelMetric.PM_HeaderMarkSize
        )
        metrics = QFontMetricsF(header.font())
        name, unit = column_name(column), unit_text(column, self.table)
        if own_font is None:
            own_font = self.model.rows_in_own_font()
        cells = column_width(self.view, self.model, logical, own_font)
        if column.figure in (Figure.SITE, Figure.CLUSTER):
            cells = min(cells, NAME_WIDTH)  # the whole name is in the cell's tooltip
        words = [*name.split(" "), f"({unit})" if unit else ""]
        width = max(cells, int(max(metrics.horizontalAdvance(w) for w in words) + room + 1))
        lines = wrap_text(name, metrics, width - room, 3) + ([f"({unit})"] if unit else [])
        self.model.header_lines[logical] = "\n".join(lines)
        self.view.setColumnWidth(logical, width)

    def _logical(self, column: Column) -> int | None:
        return next((i for i, c in enumerate(self.model.columns) if c == column), None)

    # --- columns chosen and ordered, remembered per scope -----------------------------------------

    @property
    def settings(self) -> Settings | None:
        if self._settings is None:
            window = self.window()
            found = getattr(window, "settings", None) if isinstance(window, QMainWindow) else None
            self._settings = found if isinstance(found, Settings) else None
        return self._settings

    @property
    def _state_key(self) -> str:
        return f"comparison/{self.scope.value}"

    def _stored(self) -> dict:
        settings = self.settings
        data = settings.bytes_state(self._state_key) if settings is not None else None
        if data is None:
            return {}
        try:
            stored = json.loads(bytes(data.data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return {}  # a settings file edited by hand: start again from the defaults
        return stored if isinstance(stored, dict) else {}

    def _save_layout(self, *_args) -> None:
        settings = self.settings
        if self._applying or settings is None or not self.model.columns:
            return
        header = self.view.horizontalHeader()
        stored = self._stored()
        shown = [self.model.columns[header.logicalIndex(v)] for v in range(header.count())]
        order = [c.key for c in shown]
        # Columns of other clusters (another carrier) keep their place and choice when absent here.
        order += [k for k in stored.get("order", []) if k not in order]
        hidden = {k for k in stored.get("hidden", []) if k not in {c.key for c in shown}}
        hidden |= {c.key for c in shown if header.isSectionHidden(self._logical(c) or 0)}
        state = {"order": order, "hidden": sorted(hidden), "chart": self._chart_key}
        settings.set_bytes_state(self._state_key, QByteArray(json.dumps(state).encode("utf-8")))

    def _apply_layout(self) -> None:
        """The remembered order and choice of columns; a column never seen takes its default place and
        visibility (after the column it follows in the natural order)."""
        stored = self._stored()
        self._chart_key = stored.get("chart", self._chart_key)
        columns = list(self.model.columns)
        keys = [c.key for c in columns]
        known = [k for k in stored.get("order", []) if k in keys]
        for i, key in enumerate(keys):
            if key not in known:
                before = next((keys[j] for j in range(i - 1, -1, -1) if keys[j] in known), None)
                known.insert(known.index(before) + 1 if before else 0, key)
        seen, hidden = set(stored.get("order", [])), set(stored.get("hidden", []))
        header = self.view.horizontalHeader()
        self._applying = True
        try:
            for visual, key in enumerate(known):
                logical = keys.index(key)
                if header.visualIndex(logical) != visual:
                    header.moveSection(header.visualIndex(logical), visual)
            for logical, column in enumerate(columns):
                hide = column.key in hidden if column.key in seen else column.figure not in SHOWN_FIRST
                header.setSectionHidden(logical, hide and column.figure is not Figure.SITE)
        finally:
            self._applying = False

    def column_menu(self) -> QMenu:
        """A check item per column (the site's name always shown), in the header's order."""
        menu = QMenu(self)
        header = self.view.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            column = self.model.columns[logical]
            action = QAction(header_text(column, self.table, lines=1), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(column.figure is not Figure.SITE)
            action.setData(column.key)
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
            menu.addAction(action)
        return menu

    def set_column_shown(self, column: Column, shown: bool) -> None:
        logical = self._logical(column)
        if logical is None or column.figure is Figure.SITE:
            return
        self.view.horizontalHeader().setSectionHidden(logical, not shown)
        if shown:
            self._fit_column(logical)
        self._save_layout()

    def shown_columns(self) -> list[Column]:
        """The columns on screen, in the header's order."""
        header = self.view.horizontalHeader()
        logicals = [header.logicalIndex(v) for v in range(header.count())]
        return [self.model.columns[i] for i in logicals if not header.isSectionHidden(i)]

    def _header_menu(self, point: QPoint) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(point))

    def _columns_button_menu(self) -> None:
        self.column_menu().exec(self.columns_button.mapToGlobal(QPoint(0, self.columns_button.height())))

    # --- the ranking chart ----------------------------------------------------------------------

    def _fill_chart_combo(self) -> None:
        self.chart_combo.blockSignals(True)
        self.chart_combo.clear()
        for column in self.model.columns:
            if column.numeric:
                self.chart_combo.addItem(header_text(column, self.table, lines=1), column.key)
        index = self.chart_combo.findData(self._chart_key)
        self.chart_combo.setCurrentIndex(max(0, index))
        self.chart_combo.blockSignals(False)

    def _chart_picked(self, _index: int) -> None:
        key = self.chart_combo.currentData()
        if key:
            self._chart_key = key
            self._update_chart()
            self._save_layout()

    def set_chart_column(self, column: Column) -> None:
        index = self.chart_combo.findData(column.key)
        if index >= 0:
            self.chart_combo.setCurrentIndex(index)

    def chart_column(self) -> Column | None:
        return Column.from_key(self.chart_combo.currentData() or "")

    def _sorted(self, logical: int, _order: Qt.SortOrder) -> None:
        # Sorting by a figure ranks it in the chart as well.
        if 0 <= logical < len(self.model.columns) and self.model.columns[logical].numeric:
            self.set_chart_column(self.model.columns[logical])

    def _update_chart(self) -> None:
        column, table = self.chart_column(), self.table
        if column is None or table is None or column not in table.columns:
            self.chart.set_rows([], "")
            return
        ranking = rank(
            ((r.site.name, float(v) if isinstance(v := r.value(column), int | float) else None) for r in table.rows),
            MOST_BARS,
        )
        shown = list(ranking.rows)
        fmt = self.languages.formatter

        def text(value: float) -> str:
            return self.model.number_text(fmt, table, column, value, None)

        if column.unit is ColumnUnit.SHARE:
            shown = [(n, v * 100) for n, v in shown]
            self.chart.value_text = lambda v: fmt.number(v, 1)
        else:
            self.chart.value_text = text
        title = header_text(column, table, lines=1)
        if ranking.cut:
            title = QCoreApplication.translate(
                "ComparisonView", "{column}: the {shown} highest of {total} sites"
            ).format(column=title, shown=len(shown), total=ranking.ranked)
        # The table's median, not the ranking's: it is None where the sites' units differ (kWh per tonne and
        # per m³), and then no line is drawn.
        median = table.medians.get(column)
        reference = None
        if median is not None:
            value = median * 100 if column.unit is ColumnUnit.SHARE else median
            label = (
                QCoreApplication.translate("ComparisonView", "Median")
                + colon(self.languages.language)
                + self.chart.value_text(value)
            )
            reference = (label, value)
        self.chart.set_rows(shown, title, reference)
        if self.scope is ComparisonScope.PROGRAMME:  # on a page that scrolls, every bar at full height
            height = self.chart.height_for(max(self.chart.width(), 480), 1.0)
            self.chart.setMinimumHeight(int(min(max(height, 180), 560)))

    # --- copy, export, open ---------------------------------------------------------------------

    def grid(self, selected_only: bool = False) -> tuple[list[Column], list[int]]:
        """The columns (shown, in the header's order) and the source rows (in the sorted order) of the
        selection's rectangle, or of the whole table."""
        columns = self.shown_columns()
        rows = list(range(self.proxy.rowCount()))
        if selected_only:
            indexes = self.view.selectionModel().selectedIndexes()
            if indexes:
                picked_rows = {i.row() for i in indexes}
                picked_columns = {self.model.columns[self.proxy.mapToSource(i).column()] for i in indexes}
                rows = [r for r in rows if r in picked_rows]
                columns = [c for c in columns if c in picked_columns]
        return columns, [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in rows]

    def _plain(self, row: int, column: Column) -> str:
        cell = self.model.cell(row, self.model.columns.index(column))
        if column.numeric:
            return self.model.plain_number(column, cell.value)
        return cell.text if cell.value is not None or self.model.kind(row) is not RowKind.SITE else ""

    def copy_selection(self) -> None:
        """The selected cells, as TSV and as an HTML table: with the headers above, unless one cell alone."""
        columns, rows = self.grid(selected_only=True)
        if not columns or not rows:
            return
        body = [[self._plain(r, c) for c in columns] for r in rows]
        headers = [header_text(c, self.table, lines=1) for c in columns]
        alone = len(rows) * len(columns) == 1
        QGuiApplication.clipboard().setMimeData(table_mime(body, None if alone else headers))
        self._say(QCoreApplication.translate("Tables", "Rows copied: {count}.").format(count=len(rows)))

    def export_to(self, path: Path) -> Path:
        """The whole table (the columns shown, every row in the sorted order) to ``path``: XLSX for ``.xlsx``,
        else CSV (";" between cells in French, as French spreadsheets expect, UTF-8 with a BOM for Excel)."""
        path = Path(path)
        columns, rows = self.grid()
        headers = [header_text(c, self.table, lines=1) for c in columns]
        if path.suffix.lower() == ".xlsx":
            self._write_xlsx(path, columns, rows, headers)
        else:
            delimiter = ";" if self.languages.language is Language.FR else ","

            def write(f) -> None:
                out = csv.writer(f, delimiter=delimiter)
                out.writerow(headers)
                out.writerows([self._plain(r, c) for c in columns] for r in rows)

            write_text_atomically(path, write, encoding="utf-8-sig")
        self._say(QCoreApplication.translate("ComparisonView", "Table exported to {path}.").format(path=path))
        return path

    def _write_xlsx(self, path: Path, columns: list[Column], rows: list[int], headers: list[str]) -> None:
        from openpyxl import Workbook  # imported on export only: it takes a tenth of a second
        from openpyxl.styles import Alignment, Font

        formats = {
            ColumnUnit.MONEY_PER_KWH: "0.000",
            ColumnUnit.TOE: "#,##0.0",
            ColumnUnit.T_CO2: "#,##0.0",
            ColumnUnit.KWH_PER_UNIT: "#,##0.0",
            ColumnUnit.SHARE: "0.0%",
            ColumnUnit.YEARS: "0.0",
        }
        book = Workbook()
        sheet = book.active
        sheet.title = QCoreApplication.translate("ComparisonView", "Comparison")[:31]
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r in rows:
            values = []
            for column in columns:
                cell = self.model.cell(r, self.model.columns.index(column))
                values.append(cell.value if column.numeric else (self._plain(r, column) or None))
            sheet.append(values)
            if self.model.kind(r) is not RowKind.SITE:
                for cell in sheet[sheet.max_row]:
                    cell.font = Font(bold=True)
        for j, column in enumerate(columns, start=1):
            letter = sheet.cell(1, j).column_letter
            sheet.column_dimensions[letter].width = 32 if not column.numeric else 16
            if column.numeric:
                number_format = formats.get(column.unit, "#,##0")
                for i in range(2, sheet.max_row + 1):
                    sheet.cell(i, j).number_format = number_format
        sheet.freeze_panes = "B2"
        with written_atomically(path) as temp:
            book.save(temp)

    def export_dialog(self) -> None:
        if self.table is None:
            return
        folder = self.session.workspace.path.parent
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ComparisonView", "Export the comparison"),
            str(folder / (QCoreApplication.translate("ComparisonView", "Comparison") + ".xlsx")),
            QCoreApplication.translate("ComparisonView", "Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        try:
            self.export_to(Path(path))
        except DomainError as exc:  # a full disk, a folder gone: said in the interface's language
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ComparisonView", "Export the comparison"),
                self.languages.render(exc.message),
            )

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) is RowKind.SITE:
            row = self.model.row_of(self.proxy.mapToSource(index).row())
            if row is not None:
                self.open_site.emit(("site", row.site.id))

    def _table_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("ComparisonView", "Copy"), self.copy_selection)
        menu.addAction(QCoreApplication.translate("ComparisonView", "Export…"), self.export_dialog)
        menu.addSeparator()
        columns = self.column_menu()
        columns.setTitle(QCoreApplication.translate("ComparisonView", "Columns"))
        menu.addMenu(columns)
        menu.exec(self.view.viewport().mapToGlobal(point))

    def _say(self, text: str) -> None:
        say_in_status_bar(self, text)

    # --- texts ----------------------------------------------------------------------------------

    def _language_changed(self, _language: str) -> None:
        self.model.retranslate()
        if self.table is not None:
            self._fit()
        self._fill_chart_combo()
        self._update_chart()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.columns_button.setText(QCoreApplication.translate("ComparisonView", "Columns"))
        self.columns_button.setToolTip(
            QCoreApplication.translate("ComparisonView", "Choose the columns; drag a header to move its column.")
        )
        self.chart_label.setText(QCoreApplication.translate("ComparisonView", "Ranking of"))
        self.copy_button.setText(QCoreApplication.translate("ComparisonView", "Copy"))
        self.copy_button.setToolTip(
            QCoreApplication.translate("ComparisonView", "Copy the selected cells, to paste into a spreadsheet.")
        )
        self.export_button.setText(QCoreApplication.translate("ComparisonView", "Export…"))
        self.export_button.setToolTip(
            QCoreApplication.translate("ComparisonView", "Export the table to an Excel workbook or a CSV file.")
        )
