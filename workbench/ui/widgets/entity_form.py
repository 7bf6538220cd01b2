"""A form over one entity: one editor per field, parsed in the UI language, validated by the domain.

An edit is committed when the editor loses focus or Enter is pressed: the text
is parsed (``1 234,5`` in French), the domain validates the whole entity, and
one undo command is pushed. A refused value stays visible, marked, with the
reason below the form; nothing is stored.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
import typing
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message
from workbench.domain.units import CARRIER_LABELS
from workbench.domain.validation import CURRENCY_UNIT, base_type, field_label, field_unit
from workbench.domain.vocab import LABELS
from workbench.i18n.formatting import NumberTextError
from workbench.i18n.language import LanguageManager, qt_translate
from workbench.storage.codecs import CODECS
from workbench.storage.errors import EntityNotFoundError
from workbench.ui.read_only import EditLock
from workbench.ui.session import WorkspaceSession

NO_DATE = QDate(1900, 1, 1)
_UNIT_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclasses.dataclass(frozen=True)
class FormField:
    """A field path: ``name`` or ``schedule.hours_per_shift`` for a member of a nested value."""

    path: str

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.path.split("."))


class EntityForm(QWidget):
    edit_refused = Signal(str)

    def __init__(
        self,
        session: WorkspaceSession,
        languages: LanguageManager,
        cls: type,
        fields: Sequence[str],
        choices: dict[str, Callable[[], list[tuple[str, Any]]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.languages, self.cls = session, languages, cls
        self.ident: int | None = None
        self._choices = choices or {}
        self._fields = [FormField(f) for f in fields]
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}  # the editor, or the editor with its unit beside it
        self._units: dict[str, tuple[str, QLabel]] = {}  # the spec's unit (a template) and its label
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._form = QFormLayout()
        layout.addLayout(self._form)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d64545;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        for f in self._fields:
            editor = self._make_editor(f)
            editor.setObjectName(f.path)
            label = QLabel()
            label.setBuddy(editor)
            self._editors[f.path] = editor
            self._labels[f.path] = label
            self._rows[f.path] = self._with_unit(f, editor)
            self._form.addRow(label, self._rows[f.path])
        # A read-only workspace's form is read (and copied from), never typed into.
        self._lock: EditLock | None = None
        if session.read_only:
            self._lock = EditLock(self)
            self._lock.add(*self._editors.values())
        self.retranslate()
        session.changed.connect(self._on_changes)
        languages.language_changed.connect(self._language_changed)

    # --- editors -------------------------------------------------------------------------------

    def _with_unit(self, f: FormField, editor: QWidget) -> QWidget:
        """``editor`` with its unit after it (``m²``, ``kVA``, ``h/year``) when its spec gives one: a figure
        typed without knowing its unit is a figure typed in the wrong one (kW for kVA, W for kW)."""
        kind, owner = self._kind(f)
        unit = field_unit(owner, f.parts[-1]) if kind in (float, int) else None
        if unit is None:
            return editor
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        suffix = QLabel()
        suffix.setObjectName(f"{f.path}.unit")
        layout.addWidget(suffix)
        self._units[f.path] = (unit, suffix)
        return row

    def unit_label(self, path: str) -> QLabel | None:
        """The label showing the unit of field ``path`` (None when it has none)."""
        entry = self._units.get(path)
        return entry[1] if entry else None

    def _show_units(self, entity: Any) -> None:
        """Each unit in the interface's language, with the entity's own units put in (kWh/m³, MAD)."""
        for unit, label in self._units.values():
            text = QCoreApplication.translate("Units", unit)
            label.setText(_UNIT_PLACEHOLDER.sub(lambda m: self._unit_part(entity, m.group(1)), text).strip())
        # One width for every unit, so that the editors' right edges line up down the form.
        labels = [label for _unit, label in self._units.values()]
        widest = max((label.fontMetrics().horizontalAdvance(label.text()) for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(widest)

    def _unit_part(self, entity: Any, name: str) -> str:
        """A placeholder of a unit template: the site's currency, or another field's unit (``power_unit``)."""
        if "{" + name + "}" == CURRENCY_UNIT and not hasattr(entity, "currency"):
            site_id = getattr(entity, "site_id", None)
            try:
                return self.session.get(model.Site, site_id).currency if site_id else ""
            except EntityNotFoundError:
                return ""
        value = getattr(entity, name, "")
        if isinstance(value, Enum):
            return getattr(value, "symbol", value.value)
        return str(value or "")

    def _is_hour(self, f: FormField) -> bool:
        """A float typed and shown as a time of day (``spec(hour_of_day=True)``)."""
        _kind, owner = self._kind(f)
        return any(d.name == f.parts[-1] and d.metadata.get("hour") for d in dataclasses.fields(owner))

    def _kind(self, f: FormField) -> Any:
        cls = self.cls
        for part in f.parts[:-1]:
            cls = base_type(typing.get_type_hints(cls)[part])[0]
        return base_type(typing.get_type_hints(cls)[f.parts[-1]])[0], cls

    def _make_editor(self, f: FormField) -> QWidget:
        kind, _owner = self._kind(f)
        if f.path in self._choices or kind is bool or (isinstance(kind, type) and issubclass(kind, Enum)):
            combo = QComboBox()
            combo.activated.connect(lambda _i, f=f: self._commit(f))
            return combo
        if kind is dt.date:
            date_edit = QDateEdit()
            date_edit.setCalendarPopup(True)
            date_edit.setMinimumDate(NO_DATE)
            date_edit.setSpecialValueText(" ")
            date_edit.editingFinished.connect(lambda f=f: self._commit(f))
            return date_edit
        line_edit = QLineEdit()
        line_edit.editingFinished.connect(lambda f=f: self._commit(f))
        return line_edit

    def _fill_choices(self, f: FormField, editor: QComboBox) -> None:
        kind, _ = self._kind(f)
        editor.blockSignals(True)
        editor.clear()
        if f.path in self._choices:
            for text, value in self._choices[f.path]():
                editor.addItem(text, value)
        elif kind is bool:
            editor.addItem("—", None)
            editor.addItem(QCoreApplication.translate("EntityForm", "Yes"), True)
            editor.addItem(QCoreApplication.translate("EntityForm", "No"), False)
        else:
            if self._optional(f):
                editor.addItem("—", None)
            for member in kind:
                label = LABELS.get(member) or CARRIER_LABELS.get(member)
                text = QCoreApplication.translate(type(member).__name__, label) if label else _unit_text(member)
                editor.addItem(text, member)
        editor.blockSignals(False)

    def _optional(self, f: FormField) -> bool:
        cls = self.cls
        for part in f.parts[:-1]:
            cls = base_type(typing.get_type_hints(cls)[part])[0]
        return base_type(typing.get_type_hints(cls)[f.parts[-1]])[1]

    # --- loading -------------------------------------------------------------------------------

    def show_only(self, paths: set[str]) -> None:
        """Show the rows of ``paths`` and hide the others (the fields that fit one end use)."""
        for f in self._fields:
            self._form.setRowVisible(self._rows[f.path], f.path in paths)

    def set_entity(self, ident: int | None) -> None:
        self.ident = ident
        self.error_label.hide()
        self.reload()

    def _language_changed(self, _language: str) -> None:
        self.reload()

    def reload(self) -> None:
        if self.ident is None:
            return
        try:
            entity = self.session.get(self.cls, self.ident)
        except EntityNotFoundError:
            self.ident = None  # deleted (or undone) under us: the page will move on
            return
        self._loading = True
        try:
            for f in self._fields:
                editor = self._editors[f.path]
                if editor.hasFocus() and editor.property("invalid"):
                    continue  # keep what the user is correcting
                self._show(f, editor, self._value(entity, f))
                editor.setProperty("invalid", False)
                editor.setStyleSheet("")
            self._show_units(entity)
        finally:
            self._loading = False

    def _value(self, entity: Any, f: FormField) -> Any:
        value = entity
        for part in f.parts:
            value = getattr(value, part)
        return value

    def _show(self, f: FormField, editor: QWidget, value: Any) -> None:
        fmt = self.languages.formatter
        if isinstance(editor, QComboBox):
            self._fill_choices(f, editor)
            editor.setCurrentIndex(max(0, editor.findData(value.value if isinstance(value, Enum) else value)))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        else:
            assert isinstance(editor, QLineEdit)  # the editor of every other field (_make_editor)
            if isinstance(value, float) and self._is_hour(f):
                editor.setText(fmt.hour(value))
            elif isinstance(value, float):
                editor.setText(fmt.exact(value))  # all its decimals: leaving the field unchanged changes nothing
            elif value is None:
                editor.setText("")
            else:
                editor.setText(str(value))  # whole numbers here are years and counts: never grouped

    # --- committing ----------------------------------------------------------------------------

    def _commit(self, f: FormField) -> None:
        if self._loading or self.ident is None or self.session.read_only:
            return
        editor = self._editors[f.path]
        try:
            entity = self.session.get(self.cls, self.ident)
            current = self._value(entity, f)
            # a time of day shows to the minute: leaving it as shown keeps the stored hours, however precise
            shown = self.languages.formatter.hour(current) if current is not None and self._is_hour(f) else None
            if shown is not None and isinstance(editor, QLineEdit) and editor.text().strip() == shown:
                self._mark(editor, None)
                return
            value = self._parse(f, editor)
            top = f.parts[0]
            if len(f.parts) > 1:
                nested = getattr(entity, top)
                value = dataclasses.replace(nested, **{f.parts[1]: value})
            if getattr(entity, top) == value:
                self._mark(editor, None)
                return
            self.session.edit(self.cls, self.ident, **{top: value})
        except DomainError as exc:
            self._mark(editor, self.languages.render(exc.message))
            return
        self._mark(editor, None)

    def _parse(self, f: FormField, editor: QWidget) -> Any:
        kind, owner = self._kind(f)
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            # Qt hands enum members back as their plain value: make them members again.
            return kind(value) if isinstance(kind, type) and issubclass(kind, Enum) and value is not None else value
        if isinstance(editor, QDateEdit):
            date = editor.date()
            return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        assert isinstance(editor, QLineEdit)  # the editor of every other field (_make_editor)
        text = editor.text().strip()
        if kind in (float, int):
            if not text:
                return None
            label = field_label(owner, f.parts[-1])
            try:
                if self._is_hour(f):
                    return self.languages.formatter.parse_hour(text)
                number = self.languages.formatter.parse_number(text)
            except NumberTextError as exc:  # "37,5" in English: refused with what to type, never scaled
                raise DomainError(exc.reason(label)) from None
            except ValueError:
                raise DomainError(
                    message(
                        "Validation",
                        QT_TRANSLATE_NOOP("Validation", "{field}: “{value}” is not a number."),
                        field=label,
                        value=text,
                    )
                ) from None
            return int(number) if kind is int and number.is_integer() else number
        return text

    def _mark(self, editor: QWidget, error: str | None) -> None:
        editor.setProperty("invalid", error is not None)
        editor.setStyleSheet("border: 1px solid #d64545;" if error else "")
        self.error_label.setVisible(error is not None)
        if error:
            self.error_label.setText(error)
            self.edit_refused.emit(error)

    # --- updates and language --------------------------------------------------------------------

    def _on_changes(self, changes) -> None:
        if self.ident is not None and any(c.entity == _KIND.get(self.cls) and c.id == self.ident for c in changes):
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for f in self._fields:
            _kind, owner = self._kind(f)
            self._labels[f.path].setText(field_label(owner, f.parts[-1]).render(qt_translate))
        # a form outliving its workspace (closed, the page not yet deleted) keeps the units it shows
        if self.ident is not None and self._units and self.session.workspace.is_open:
            with contextlib.suppress(EntityNotFoundError):  # deleted under us: reload() lets the page move on
                self._show_units(self.session.get(self.cls, self.ident))
        if self._lock is not None:
            self._lock.retranslate()


def _unit_text(member: Enum) -> str:
    """Units and bases as people write them: m³, GCV (PCS), NCV (PCI)."""
    return {"gcv": "GCV (PCS)", "ncv": "NCV (PCI)"}.get(member.value, getattr(member, "symbol", member.value))


_KIND = {cls: codec.kind for cls, codec in CODECS.items()}
