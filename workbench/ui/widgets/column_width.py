"""How wide a table's column must be for its widest cell, measured on a few candidates rather than every cell.

``QTableView.sizeHintForColumn`` asks the model for every role of every cell through the proxy and the
delegate: on a 1,000-site comparison it took ~45 ms a column, most of a second for the table. A cell's width
is its text's in its font plus the delegate's margins, and the widest texts are among the longest: the
``CANDIDATES`` longest of each column (and every row in a font of its own, the median and total in bold) are
measured, which finds the same width (tests/ui/test_comparison_view.py compares the two on the demo).
"""

from __future__ import annotations

import heapq
import math

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

CANDIDATES = 12


def column_width(view: QTableView, model: QAbstractItemModel, column: int, own_font_rows: set[int]) -> int:
    """The width ``view``'s delegate needs for the widest text of ``column`` (model coordinates); the rows in
    ``own_font_rows`` are always measured (their font may be wider than the view's)."""
    rows = model.rowCount()
    if not rows:
        return 0
    # A model that can say its column's texts in Python spares a C++ round trip (and a QVariant) per cell.
    column_texts = getattr(model, "column_texts", None)
    if column_texts is not None:
        texts = column_texts(column)
    else:
        texts = [str(model.index(r, column).data(Qt.ItemDataRole.DisplayRole) or "") for r in range(rows)]
    candidates = set(heapq.nlargest(CANDIDATES, range(rows), key=lambda r: len(texts[r]))) | own_font_rows
    plain = QFontMetricsF(view.font())
    widest = 0
    for r in candidates:
        if not texts[r]:
            continue
        font = model.index(r, column).data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetricsF(font) if isinstance(font, QFont) else plain
        widest = max(widest, math.ceil(metrics.horizontalAdvance(texts[r])))
    # QStyledItemDelegate: the text's margins on each side, as the item view's style draws them
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return widest + 2 * margin + (1 if view.showGrid() else 0)


def fit_columns(view: QTableView, model: QAbstractItemModel, own_font_rows: set[int] | None = None) -> None:
    """Each shown column as wide as its widest text or its heading: what ``resizeColumnsToContents`` sets for a
    table of plain texts, found in a fraction of its time (the factors table: ~100 ms → ~15 ms)."""
    header = view.horizontalHeader()
    rows = own_font_rows or set()
    for c in range(model.columnCount()):
        if not header.isSectionHidden(c):
            view.setColumnWidth(c, max(column_width(view, model, c, rows), header.sectionSizeHint(c)))
