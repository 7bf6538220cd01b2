"""An editable table of entities (bills, deliveries) whose only mutation path is an undo command.

A cell's text is parsed in the UI language (``1 234,5``, ``15/10/2019``), the
domain validates the whole entity, and one command is pushed; a refused cell
reports its reason through ``edit_refused`` and nothing is stored. Rows hold
entity ids, so sorting and filtering in a proxy never confuse them.

Rows are updated in place: a committed edit emits ``dataChanged`` for its row,
an insert or a delete ``rowsInserted``/``rowsRemoved``, and even a re-read of
every row (:meth:`refresh`) is a diff, so the view keeps its current cell,
selection, open editor and scroll position while the auditor types.
"""

from __future__ import annotations

import dataclasses
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

from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message
from workbench.domain.validation import field_label, validate
from workbench.i18n.language import LanguageManager
from workbench.storage.changes import ChangeAction
from workbench.storage.codecs import CODECS
from workbench.storage.errors import EntityNotFoundError
from workbench.ui.read_only import read_only_reason
from workbench.ui.session import WorkspaceSession

from .tables import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 20
ERROR_ROLE = Qt.ItemDataRole.UserRole + 21
# Changes to other entities that move what a row shows (the supply's unit and conversion, the site's currency and
# schedule, the factors): the rows are re-read in place. Listed here, by the entity's kind, because the models
# subclassing this one each show one kind.
CONTEXT_KINDS: dict[EntityKind, frozenset[EntityKind]] = {
    EntityKind.BILL: frozenset({EntityKind.SUPPLY, EntityKind.SITE, EntityKind.FACTOR_OVERRIDE}),
    EntityKind.DELIVERY: frozenset({EntityKind.SUPPLY, EntityKind.SITE}),
}
MARK_BRUSH = QColor(230, 160, 40, 90)  # a bill check's mark: amber, under the cell it is about
RULE_BRUSH = QColor(214, 69, 69, 70)  # a row's own figures disagree: red


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

    @property
    def key(self) -> str:
        """What a check mark names the column by: its field, or for a computed column its header literal."""
        return self.field or self.header


class EntityTableModel(QAbstractTableModel):
    edit_refused = Signal(str)
    edit_accepted = Signal()  # a typed value was stored: whatever said it was refused is out of date

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
        # entity id -> column key -> what the bill checks say of that cell of it (see set_marks)
        self.problems: dict[int, dict[str, str]] = {}
        self.editing_id: int | None = None  # the row the user is on: its cross-field rules wait until it is left
        self.kind = CODECS[cls].kind
        session.changed.connect(self._on_changes)
        languages.language_changed.connect(self._language_changed)

    # --- rows ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read every row, in place: rows gone are removed, new ones appended (the proxy sorts them), the
        others updated with ``dataChanged`` — never a reset, which would throw away the current cell. A table
        whose owner was just deleted (its site, its supply) empties; the window moves to another page."""
        try:
            fresh = self._rows_fn()
        except EntityNotFoundError:
            fresh = []
        wanted = {e.id for e in fresh}
        gone = [row for row, e in enumerate(self._rows) if e.id not in wanted]
        for first, last in reversed(_blocks(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        by_id = {e.id: e for e in fresh}
        self._rows = [by_id[e.id] for e in self._rows]
        self._row_of = {e.id: i for i, e in enumerate(self._rows)}
        added = [e for e in fresh if e.id not in self._row_of]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
        if added:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(added) - 1)
            self._rows.extend(added)
            self._row_of = {e.id: i for i, e in enumerate(self._rows)}
            self.endInsertRows()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)  # units may have moved

    def reset(self) -> None:
        """Re-read every row with a model reset, for a change the rows cannot follow one by one; the table
        widget puts the current entity, column and focus back afterwards (EntityTable)."""
        self.beginResetModel()
        self._rows = self._rows_fn()
        self._row_of = {e.id: i for i, e in enumerate(self._rows)}
        self.endResetModel()

    def set_marks(self, marks: dict[int, dict[str, str]]) -> None:
        """What the bill checks say, cell by cell; only the rows whose marks moved are repainted."""
        old, self.problems = self.problems, marks
        for ident in old.keys() | marks.keys():
            row = self._row_of.get(ident)
            if row is not None and old.get(ident) != marks.get(ident):
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

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
        context = CONTEXT_KINDS.get(self.kind, frozenset())
        if any(c.entity in context for c in changes):
            self.refresh()
            return
        mine = [c for c in changes if c.entity == self.kind]
        if not mine:
            return
        if any(c.action != ChangeAction.UPDATE or c.id not in self._row_of for c in mine):
            self.refresh()  # an insert or a delete: row signals, the other rows untouched
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
        assert column.field is not None  # a column computes its value or shows a field
        return getattr(entity, column.field)

    def stored_text(self, entity: Any, column: EntityColumn) -> str:
        """``column`` of ``entity`` (stored or not yet: a paste's preview) as the table writes it, its numbers
        with every decimal they hold (the table rounds them for reading; a preview shows what is stored)."""
        value = self._value(entity, column)
        if column.kind == "number" and isinstance(value, float):
            return self.languages.formatter.exact(value)
        return self._text(value, column)

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
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            rule = self.cell_problems(entity).get(column.field) if column.field is not None else None
            mark = self.problems.get(entity.id, {}).get(column.key)
            if role == Qt.ItemDataRole.ToolTipRole and (rule or mark):
                lines = "\n".join(filter(None, (rule, mark))).split("\n")
                return "\n".join(dict.fromkeys(lines))  # the row's rule and a check may say the same: once
            if role == Qt.ItemDataRole.BackgroundRole and rule:
                return QBrush(RULE_BRUSH)
            if role == Qt.ItemDataRole.BackgroundRole and mark:
                return QBrush(MARK_BRUSH)
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
        if column.field is None or self.session.read_only:  # not editable
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
        self.edit_accepted.emit()
        return True

    def insert_typed(self, column_index: int, value: Any, blank: Callable[[], Any], label: Any) -> int | None:
        """A new entity from a value typed on the table's empty last row: ``blank()`` with the typed field (and
        those that follow it, :meth:`changes_for`) set, validated, and inserted as one undo step. Its id, or None
        after ``edit_refused`` has said why."""
        from workbench.ui.commands.imports import InsertMany  # the commands import the session, as we do

        column = self.columns[column_index]
        if column.field is None or self.session.read_only:  # not editable
            return None
        try:
            entity = blank()
            parsed = self.parse(column, str(value))
            entity = dataclasses.replace(entity, **self.changes_for(entity, column.field, parsed))
            validate(entity)
        except DomainError as exc:
            self.edit_refused.emit(self.languages.render(exc.message))
            return None
        command = InsertMany(self.session, [entity], label)
        self.session.undo_stack.push(command)
        self.edit_accepted.emit()
        return command.entities[0].id

    def changes_for(self, entity: Any, field: str, value: Any) -> dict[str, Any]:
        """The fields one cell edit sets; subclasses keep dependent fields consistent."""
        return {field: value}

    def parse(self, column: EntityColumn, text: str) -> Any:
        text = text.strip()
        if column.kind == "text":
            return text
        if not text:
            return None
        assert column.field is not None  # only an editable column's text is parsed
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


def _blocks(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as runs of consecutive rows, so that a delete of many rows is a few signals."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


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
