"""Cells of a table to the clipboard as Excel and LibreOffice paste them: tab-separated text and an HTML table."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

from workbench.ui.status import say_in_status_bar


def table_mime(rows: Sequence[Sequence[str]], headers: Sequence[str] | None = None) -> QMimeData:
    """``rows`` (with ``headers`` above them when given) as TSV and as an HTML table."""
    lines = [list(headers), *rows] if headers else [list(r) for r in rows]
    data = QMimeData()
    data.setText("\n".join("\t".join(cells) for cells in lines))
    html_rows = ["<tr>" + "".join(f"<th>{html.escape(t)}</th>" for t in headers) + "</tr>"] if headers else []
    html_rows += ["<tr>" + "".join(f"<td>{html.escape(t)}</td>" for t in cells) + "</tr>" for cells in rows]
    data.setHtml(f"<table>{''.join(html_rows)}</table>")
    return data


def copy_selected_cells(view: QTableView) -> int:
    """The selected cells of ``view``, as shown, in the rectangle they span (the column headings above them
    unless one cell alone is selected); the number of rows copied."""
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexes:
        return 0
    model = view.model()
    rows = sorted({i.row() for i in indexes})
    # the model's order: a view showing only some columns (frozen ones beside it) shares the selection
    columns = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}
    body = [[str(model.index(r, c).data() or "") if (r, c) in chosen else "" for c in columns] for r in rows]
    alone = len(rows) * len(columns) == 1
    headers = (
        None
        if alone
        else [str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("\n", " ") for c in columns]
    )
    QGuiApplication.clipboard().setMimeData(table_mime(body, headers))
    say_in_status_bar(view, QCoreApplication.translate("Tables", "Rows copied: {count}.").format(count=len(rows)))
    return len(rows)
