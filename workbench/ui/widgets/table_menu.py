"""A table's right-click menu: Copy the selected cells, then the page's own commands on its rows, each worded
and enabled as the button it stands for (so the menu never offers what the page would refuse)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QMenu, QTableView

from .table_clipboard import copy_selected_cells

# Groups of buttons, separated in the menu; a group may be empty (a page without that kind of command).
ButtonGroups = Sequence[Sequence[QAbstractButton]]


def table_menu(view: QTableView, groups: ButtonGroups) -> QMenu:
    menu = QMenu(view)
    copy = menu.addAction(QCoreApplication.translate("Tables", "Copy"))
    selection = view.selectionModel()
    copy.setEnabled(selection is not None and selection.hasSelection())
    copy.triggered.connect(lambda: copy_selected_cells(view))
    for group in groups:
        if not group:
            continue
        menu.addSeparator()
        for button in group:
            if button.isHidden():
                continue  # a command the page does not offer here
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
    return menu


def attach_table_menu(views: Iterable[QTableView], groups: Callable[[], ButtonGroups]) -> None:
    """Right-clicking any of ``views`` (a frozen part and the rest of one table) opens :func:`table_menu`."""
    for view in views:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: _show(v, groups(), v.viewport().mapToGlobal(pos)))


def _show(view: QTableView, groups: ButtonGroups, at: QPoint) -> None:
    table_menu(view, groups).exec(at)
