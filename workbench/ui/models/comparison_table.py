"""The sites of a comparison as a table: headers with their units, cells written once per refresh.

Every text is formatted when the table is set (or the language changes), never while painting: a programme of
1,000 sites has 20,000 cells, and a view asks for each of them several times per repaint. The median and the
total are the last two rows and stay there whatever the sort (:class:`ComparisonProxy`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workbench.analysis.cluster_quality import FLAG_TEXTS, DataFlag
from workbench.analysis.site_comparison import Column, ColumnUnit, ComparisonRow, ComparisonTable, Figure, TotalRule
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import Language
from workbench.i18n.formatting import NARROW_NBSP, Formatter
from workbench.i18n.language import LanguageManager

from .collation import CollatingProxy
from .tables import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 10  # the raw figure (float, text or None) for copy, export and the chart
KIND_ROLE = Qt.ItemDataRole.UserRole + 11  # the row's RowKind


class RowKind(Enum):
    SITE = 0
    MEDIAN = 1
    TOTAL = 2


NAMES = {
    Figure.SITE: QT_TRANSLATE_NOOP("ComparisonView", "Site"),
    Figure.CLUSTER: QT_TRANSLATE_NOOP("ComparisonView", "Cluster"),
    Figure.PERIOD: QT_TRANSLATE_NOOP("ComparisonView", "Period"),
    Figure.KWH: QT_TRANSLATE_NOOP("ComparisonView", "Final energy"),
    Figure.COST: QT_TRANSLATE_NOOP("ComparisonView", "Cost excl. VAT"),
    Figure.COST_PER_KWH: QT_TRANSLATE_NOOP("ComparisonView", "Cost per kWh"),
    Figure.TOE: QT_TRANSLATE_NOOP("ComparisonView", "Primary energy"),
    Figure.CO2_T: QT_TRANSLATE_NOOP("ComparisonView", "Emissions"),
    Figure.KWH_PER_UNIT: QT_TRANSLATE_NOOP("ComparisonView", "Per unit produced"),
    Figure.KWH_PER_M2: QT_TRANSLATE_NOOP("ComparisonView", "Per m²"),
    Figure.SAVINGS_KWH: QT_TRANSLATE_NOOP("ComparisonView", "Savings"),
    Figure.SAVINGS_COST: QT_TRANSLATE_NOOP("ComparisonView", "Savings (money)"),
    Figure.SAVINGS_SHARE: QT_TRANSLATE_NOOP("ComparisonView", "Savings share"),
    Figure.SAVINGS_PAYBACK: QT_TRANSLATE_NOOP("ComparisonView", "Payback"),
    Figure.RENEWABLE_KWH: QT_TRANSLATE_NOOP("ComparisonView", "Renewables"),
    Figure.RENEWABLE_COST: QT_TRANSLATE_NOOP("ComparisonView", "Renewables (money)"),
    Figure.RENEWABLE_PAYBACK: QT_TRANSLATE_NOOP("ComparisonView", "Renewables payback"),
    Figure.FLAGS: QT_TRANSLATE_NOOP("ComparisonView", "Data flags"),
}
DECIMALS = {
    ColumnUnit.KWH: 0,
    ColumnUnit.MONEY: 0,
    ColumnUnit.MONEY_PER_KWH: 3,
    ColumnUnit.TOE: 1,
    ColumnUnit.T_CO2: 1,
    ColumnUnit.KWH_PER_UNIT: 1,
    ColumnUnit.KWH_PER_M2: 0,
    ColumnUnit.SHARE: 1,  # as a percentage
    ColumnUnit.YEARS: 1,
    ColumnUnit.COUNT: 0,
}


def colon(language: Language) -> str:
    """ ": " in English, " : " with a narrow no-break space in French."""
    return f"{NARROW_NBSP}: " if language is Language.FR else ": "


def period_text(window: tuple[dt.date, dt.date] | None) -> str:
    if window is None:
        return "—"
    first, last = window
    return f"{first.month:02d}/{first.year}\u00a0–\u00a0{last.month:02d}/{last.year}"  # as the site page writes it


def column_name(column: Column) -> str:
    if column.figure is Figure.CARRIER_KWH and column.carrier is not None:
        return QCoreApplication.translate("Carrier", column.carrier.label)
    return QCoreApplication.translate("ComparisonView", NAMES[column.figure])


def unit_text(column: Column, table: ComparisonTable | None) -> str:
    """The unit a column's cells are counted in, for its header; "" when the cells carry their own (money in
    several currencies, production in several units) or have none."""
    currency = table.currency if table is not None else None
    unit = column.unit
    if unit is ColumnUnit.KWH:
        return "kWh"
    if unit is ColumnUnit.MONEY:
        return currency or ""
    if unit is ColumnUnit.MONEY_PER_KWH:
        return f"{currency}/kWh" if currency else ""
    if unit is ColumnUnit.TOE:
        return QCoreApplication.translate("ComparisonView", "toe")
    if unit is ColumnUnit.T_CO2:
        return "t\u00a0CO₂"
    if unit is ColumnUnit.KWH_PER_UNIT:
        production = table.production_unit if table is not None else None
        return f"kWh/{production}" if production else ""
    if unit is ColumnUnit.KWH_PER_M2:
        return "kWh/m²"
    if unit is ColumnUnit.SHARE:
        return "%"
    if unit is ColumnUnit.YEARS:
        return QCoreApplication.translate("ComparisonView", "years")
    return ""


def header_text(column: Column, table: ComparisonTable | None, lines: int = 2) -> str:
    """The column's name and, in brackets, its unit: on two lines in the view (narrow columns keep the main
    figures on screen without scrolling sideways), on one in a copy or an export."""
    unit = unit_text(column, table)
    if not unit:
        return column_name(column)
    return f"{column_name(column)}{chr(10) if lines == 2 else ' '}({unit})"


@dataclass(frozen=True)
class Cell:
    text: str
    value: Any  # the figure as a number (a share as 0–1), a text, or None
    sort: Any
    tooltip: str | None = None


class ComparisonTableModel(QAbstractTableModel):
    """The comparison's sites, then its median and its total. Read-only: figures are edited at their site."""

    def __init__(self, languages: LanguageManager, parent=None) -> None:
        super().__init__(parent)
        self.languages = languages
        self.table: ComparisonTable | None = None
        self.columns: tuple[Column, ...] = ()
        self._kinds: list[RowKind] = []
        self._cells: list[list[Cell]] = []
        # Each header as the view wraps it to its column's width (set by the view once per refresh).
        self.header_lines: dict[int, str] = {}
        self._bold, self._italic = QFont(), QFont()
        self._bold.setBold(True)
        self._italic.setItalic(True)

    # --- filling ---------------------------------------------------------------------------------

    def set_table(self, table: ComparisonTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.columns = table.columns if table is not None else ()
        self._fill()
        self.endResetModel()

    def retranslate(self) -> None:
        """The same figures written in the interface's (new) language."""
        if self.table is None:
            return
        self._fill()
        if self._cells:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._cells) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))

    def _fill(self) -> None:
        table = self.table
        self._kinds, self._cells = [], []
        self.header_lines = {}
        if table is None:
            return
        fmt = self.languages.formatter
        for row in table.rows:
            self._kinds.append(RowKind.SITE)
            self._cells.append([self._site_cell(fmt, table, row, c) for c in self.columns])
        for kind, figures in ((RowKind.MEDIAN, table.medians), (RowKind.TOTAL, table.totals)):
            self._kinds.append(kind)
            self._cells.append([self._summary_cell(fmt, table, kind, c, figures.get(c)) for c in self.columns])

    def _site_cell(self, fmt: Formatter, table: ComparisonTable, row: ComparisonRow, column: Column) -> Cell:
        value = row.value(column)
        if column.figure is Figure.PERIOD:
            window = row.figures.window
            tip = None
            if row.period_differs:
                tip = QCoreApplication.translate(
                    "ComparisonView", "Analysis period {period}, not the one most sites share ({common})."
                ).format(period=period_text(window), common=period_text(table.common_window))
            return Cell(period_text(window), period_text(window) if window else None, window, tip)
        if not column.numeric:
            return Cell(str(value or ""), value, str(value or ""))
        tip = self._flags_tip(row.figures.comparison.flags) if column.figure is Figure.FLAGS else None
        number = float(value) if isinstance(value, int | float) else None
        return Cell(self.number_text(fmt, table, column, number, row), number, number, tip)

    def _summary_cell(
        self, fmt: Formatter, table: ComparisonTable, kind: RowKind, column: Column, value: float | None
    ) -> Cell:
        if column.figure is Figure.SITE:
            label = (
                QCoreApplication.translate("ComparisonView", "Median")
                if kind is RowKind.MEDIAN
                else QCoreApplication.translate("ComparisonView", "Total")
            )
            return Cell(label, label, None)
        if not column.numeric:
            return Cell("", None, None)
        tip = None
        if kind is RowKind.TOTAL and column.total_rule is TotalRule.RATIO and value is not None:
            tip = QCoreApplication.translate("ComparisonView", "The ratio of the sites' totals, not a sum.")
        elif value is None and column.unit in (ColumnUnit.MONEY, ColumnUnit.MONEY_PER_KWH) and not table.currency:
            tip = QCoreApplication.translate(
                "ComparisonView", "The sites count in several currencies: their money does not add up."
            )
        elif value is None and column.figure is Figure.KWH_PER_UNIT and table.values(column):
            tip = QCoreApplication.translate(
                "ComparisonView", "The sites count different products: their energy per unit does not compare."
            )
        elif value is None and kind is RowKind.TOTAL and column.total_rule is TotalRule.NONE:
            tip = QCoreApplication.translate("ComparisonView", "An intensity has no total.")
        return Cell(self.number_text(fmt, table, column, value, None), value, value, tip)

    def number_text(
        self, fmt: Formatter, table: ComparisonTable, column: Column, value: float | None, row: ComparisonRow | None
    ) -> str:
        """``value`` as the cell writes it; with its own unit when the header cannot give one."""
        if value is None:
            return "—"
        unit = column.unit
        decimals = DECIMALS[unit]
        if unit is ColumnUnit.COUNT and not float(value).is_integer():
            decimals = 1  # a median between two counts
        shown = value * 100 if unit is ColumnUnit.SHARE else value
        text = fmt.number(shown, decimals)
        if row is not None and not unit_text(column, table):
            if unit is ColumnUnit.MONEY:
                return fmt.money(value, row.site.currency)
            if unit is ColumnUnit.MONEY_PER_KWH:
                return fmt.quantity(value, f"{row.site.currency}/kWh", decimals)
            if unit is ColumnUnit.KWH_PER_UNIT:
                return fmt.quantity(value, f"kWh/{row.site.production_unit}", decimals)
        return text

    def plain_number(self, column: Column, value: float | None) -> str:
        """``value`` for a spreadsheet: the interface's decimal mark, no thousands separator (Excel and
        LibreOffice read "1234,5" in French and "1234.5" in English as numbers; "1 234,5" as a text)."""
        if value is None:
            return ""
        fmt = self.languages.formatter
        unit = column.unit
        decimals = DECIMALS[unit] if unit is not ColumnUnit.COUNT or float(value).is_integer() else 1
        shown = value * 100 if unit is ColumnUnit.SHARE else value
        group = NARROW_NBSP if fmt.language is Language.FR else ","
        return fmt.number(shown, decimals).replace(group, "")

    def _flags_tip(self, flags: tuple[DataFlag, ...]) -> str | None:
        if not flags:
            return None
        fmt = self.languages.formatter
        sep = colon(self.languages.language)
        return "\n".join(
            "• "
            + QCoreApplication.translate("Report", FLAG_TEXTS[f.kind]).format(
                colon=sep, count=fmt.number(f.count), of=fmt.number(f.of)
            )
            for f in flags
        )

    # --- reading ---------------------------------------------------------------------------------

    def kind(self, row: int) -> RowKind:
        return self._kinds[row]

    def row_of(self, row: int) -> ComparisonRow | None:
        """The site's row behind table row ``row``; None for the median and the total."""
        if self.table is None or self._kinds[row] is not RowKind.SITE:
            return None
        return self.table.rows[row]

    def rows_in_own_font(self) -> set[int]:
        """The rows not drawn in the view's font: the median and the total (bold), sites of another period
        (italic)."""
        return {
            r
            for r, kind in enumerate(self._kinds)
            if kind is not RowKind.SITE or ((row := self.row_of(r)) is not None and row.period_differs)
        }

    def cell(self, row: int, column: int) -> Cell:
        return self._cells[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell, kind = self._cells[index.row()][index.column()], self._kinds[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SORT_ROLE:
            return cell.sort
        if role == VALUE_ROLE:
            return cell.value
        if role == KIND_ROLE:
            return kind
        if role == ROW_ROLE:
            return self.row_of(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_of(index.row())
        differs = row is not None and row.period_differs
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.tooltip:
                return cell.tooltip
            if differs:  # every cell of the row says why it is in italics
                period = self._cells[index.row()][self._period_column()]
                return period.tooltip if period is not None else None
            return None
        if role == Qt.ItemDataRole.FontRole:
            if kind is not RowKind.SITE:
                return self._bold
            return self._italic if differs else None
        return None

    def _period_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.figure is Figure.PERIOD)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_lines.get(section) or header_text(self.columns[section], self.table)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_text(self.columns[section], self.table, lines=1)
        return None


class ComparisonProxy(CollatingProxy):
    """Sorts the sites (names collated in the interface's language) and keeps the median, then the total,
    last in either order."""

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a, b = left.data(KIND_ROLE), right.data(KIND_ROLE)
        if a is RowKind.SITE and b is RowKind.SITE:
            return super().lessThan(left, right)
        # Qt sorts descending by asking lessThan(right, left): answer so that the summary rows still come last.
        before = a.value < b.value
        return before if self.sortOrder() == Qt.SortOrder.AscendingOrder else (b.value < a.value)
