"""An editable table of entities (bills, deliveries) whose only mutation path is an undo command.

A cell's text is parsed in the UI language (``1 234,5``, ``15/10/2019``), the
domain validates the whole entity, and one command is pushed; a refused cell
reports its reason through ``edit_refused`` and nothing is stored. Rows hold
entity ids, so sorting and filtering in a proxy never confuse them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message
from workbench.domain.validation import field_label
from workbench.i18n.language import LanguageManager
from workbench.storage.codecs import CODECS
from workbench.ui.read_only import read_only_reason
from workbench.ui.session import WorkspaceSession

from .tables import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 20
ERROR_ROLE = Qt.ItemDataRole.UserRole + 21


@dataclass(frozen=True)
class EntityColumn:
    """A column: an entity field (editable) or a computed value (read-only)."""

    header: str  # literal, translated in context "EntityTable"
    field: str | None = None  # the entity field it edits
    kind: str = "number"  # number, date, text, flag
    compute: Callable[[Any], Any] | None = None  # for computed columns
    decimals: int = 0
    unit: Callable[[], str] | None = None  # appended to the header, e.g. the supply's unit

    @property
    def editable(self) -> bool:
        return self.field is not None


class EntityTableModel(QAbstractTableModel):
    edit_refused = Signal(str)

    def __init__(
        self,
        session: WorkspaceSession,
        languages: LanguageManager,
        cls: type,
        columns: Sequence[EntityColumn],
        rows: Callable[[], list[Any]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.session, self.languages, self.cls = session, languages, cls
        self.columns = list(columns)
        self._rows_fn = rows
        self._rows: list[Any] = []
        self._row_of: dict[int, int] = {}
        self.problems: dict[int, str] = {}  # entity id -> what the bill checks say of it
        self.editing_id: int | None = None  # the row the user is on: its cross-field rules wait until it is left
        self.kind = CODECS[cls].kind
        session.changed.connect(self._on_changes)
        languages.language_changed.connect(self._language_changed)

    # --- rows ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._rows_fn()
        self._row_of = {e.id: i for i, e in enumerate(self._rows)}
        self.endResetModel()

    def entity(self, row: int) -> Any:
        return self._rows[row]

    def set_editing_id(self, ident: int | None) -> None:
        """The user moved to another row: the one left is checked as a whole (see :meth:`cell_problems`)."""
        if ident == self.editing_id:
            return
        left, self.editing_id = self.editing_id, ident
        for changed in (left, ident):
            row = self._row_of.get(changed) if changed is not None else None
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def cell_problems(self, entity: Any) -> dict[str, str]:
        """field -> why its value disagrees with the rest of the row; subclasses know their rules."""
        return {}

    def row_of(self, ident: int) -> int | None:
        return self._row_of.get(ident)

    def _language_changed(self, _language: str) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def _on_changes(self, changes) -> None:
        mine = [c for c in changes if c.entity == self.kind]
        if not mine:
            return
        if any(c.action != "update" or c.id not in self._row_of for c in mine):
            self.refresh()
            return
        for change in mine:
            row = self._row_of[change.id]
            self._rows[row] = self.session.get(self.cls, change.id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # --- the model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def _value(self, entity: Any, column: EntityColumn) -> Any:
        if column.compute is not None:
            try:
                return column.compute(entity)
            except (ZeroDivisionError, TypeError, DomainError):
                return None
        return getattr(entity, column.field)

    def _text(self, value: Any, column: EntityColumn) -> str:
        fmt = self.languages.formatter
        if value is None:
            return ""
        if column.kind == "date":
            return fmt.date(value)
        if column.kind == "flag":
            return QCoreApplication.translate("EntityTable", "yes") if value else ""
        if column.kind == "number":
            return fmt.number(value, column.decimals)
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self.cell_data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and self._locked(index):
            # A cell the auditor would type into says why it takes nothing, under what else it says.
            return "\n".join(filter(None, (value, read_only_reason())))
        return value

    def _locked(self, index: Index) -> bool:
        return self.session.read_only and index.isValid() and self.columns[index.column()].editable

    def cell_data(self, index: Index, role: int) -> Any:
        """A cell's data for ``role``; subclasses add their own roles (the read-only reason comes on top)."""
        if not index.isValid():
            return None
        entity, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(self._value(entity, column), column)
        if role == Qt.ItemDataRole.EditRole:
            value = self._value(entity, column)
            if column.kind == "number" and isinstance(value, float):
                return self.languages.formatter.exact(value)  # every decimal it has: a commit unchanged changes nothing
            return self._text(value, column)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "flag":
            return Qt.CheckState.Checked if self._value(entity, column) else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            value = self._value(entity, column)
            return value.isoformat() if isinstance(value, dt.date) else (value if value is not None else -1e300)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not column.editable:
            return QBrush(QColor("#7a7a7a"))
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole) and column.field is not None:
            rule = self.cell_problems(entity).get(column.field)
            if rule is not None:
                return rule if role == Qt.ItemDataRole.ToolTipRole else QBrush(QColor(214, 69, 69, 70))
        if role == Qt.ItemDataRole.BackgroundRole and entity.id in self.problems and index.column() == 0:
            return QBrush(QColor(230, 160, 40, 90))
        if role == Qt.ItemDataRole.ToolTipRole and entity.id in self.problems:
            return self.problems[entity.id]
        if role == ID_ROLE:
            return entity.id
        if role == ROW_ROLE:
            return entity
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        column = self.columns[section]
        text = QCoreApplication.translate("EntityTable", column.header)
        return f"{text} ({column.unit()})" if column.unit else text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.editable and not self.session.read_only:  # a read-only workspace's cells are shown, not edited
            flags |= Qt.ItemFlag.ItemIsUserCheckable if column.kind == "flag" else Qt.ItemFlag.ItemIsEditable
        return flags

    # --- editing ---------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if not column.editable or self.session.read_only:
            return False
        entity = self._rows[index.row()]
        try:
            if role == Qt.ItemDataRole.CheckStateRole and column.kind == "flag":
                parsed = Qt.CheckState(value) == Qt.CheckState.Checked
            elif role == Qt.ItemDataRole.EditRole:
                parsed = self.parse(column, str(value))
            else:
                return False
            changes = self.changes_for(entity, column.field, parsed)
            if all(getattr(entity, k) == v for k, v in changes.items()):
                return False
            self.session.edit(self.cls, entity.id, **changes)
        except DomainError as exc:
            self.edit_refused.emit(self.languages.render(exc.message))
            return False
        return True

    def changes_for(self, entity: Any, field: str, value: Any) -> dict[str, Any]:
        """The fields one cell edit sets; subclasses keep dependent fields consistent."""
        return {field: value}

    def parse(self, column: EntityColumn, text: str) -> Any:
        text = text.strip()
        if column.kind == "text":
            return text
        if not text:
            return None
        label = field_label(self.cls, column.field)
        if column.kind == "number":
            from workbench.i18n.formatting import NumberTextError  # loaded with the formatter already

            try:
                return self.languages.formatter.parse_number(text)
            except NumberTextError as exc:  # "37,5" in English: refused with what to type, never scaled
                raise DomainError(exc.reason(label)) from None
            except ValueError:
                raise _not(
                    QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a number."), label, text
                ) from None
        if column.kind == "date":
            return parse_date_text(text, label)
        return text


def _not(source: str, label, text: str) -> DomainError:
    return DomainError(message("Validation", source, field=label, value=text))


def parse_date_text(text: str, label) -> dt.date:
    """``15/10/2019``, ``15-10-2019``, ``15.10.2019``, ``15/10/19`` or year first, ``2019-10-15`` or
    ``2019/10/15``."""
    parts = text.strip().replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3 and len(parts[0]) == 4:
        parts.reverse()  # year first: always year, month, day
    # ASCII digits only, and a year of two or four: int() would take "٢", "1_0" or " 5", and a year
    # typed "201" must not become the year 201.
    if (
        len(parts) == 3
        and all(p.isascii() and p.isdigit() for p in parts)
        and len(parts[0]) <= 2
        and len(parts[1]) <= 2
        and len(parts[2]) in (2, 4)
    ):
        day, month, year = (int(p) for p in parts)
        try:
            return dt.date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            pass
    raise _not(QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a date."), label, text)
