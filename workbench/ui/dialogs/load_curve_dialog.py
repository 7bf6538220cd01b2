"""Import a load curve into a supply: the file, the supply, the meter's clock, the unit and the columns; a
preview of each register (energy, intervals, gaps, first and last) and of every refused row; then one
transaction and one undo step.

A file the invoice import recognises as a load curve comes here (``import_routing``). Nothing is stored
while a row is refused, nor when a stored reading would change (the overlap is named); a re-import of the
same data stores nothing new. Columns chosen by hand are remembered for the next file with the same header row.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import model
from workbench.domain.load_curve import Flow, RegisterSeries
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Plural
from workbench.domain.units import Carrier
from workbench.i18n.language import LanguageManager
from workbench.importers.layouts import RememberedRoles, remember_load_curve_roles, remembered_load_curve_roles
from workbench.importers.load_curve import (
    ROLE_LABELS,
    LoadCurveRead,
    Role,
    RowRefusal,
    ValueUnit,
    below_preamble,
    column_roles,
    read_load_curve,
)
from workbench.importers.table import RawTable, ReadOptions, read_table
from workbench.ui.commands.imports import LoadCurveImportCommand
from workbench.ui.models.tables import Column, RowsTableModel
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.screen_fit import fitted_size
from workbench.ui.workers import run_with_progress

CTX = "LoadCurveDialog"
# Zones offered beside the site's: meters whose clock ignores the summer time, and UTC.
FIXED_ZONES = ("Etc/GMT-1", "Etc/GMT", "UTC")
REFUSALS_SHOWN = 2000  # rows of the refused list (the count is always whole)
# Texts with plural forms (%n), marked for lupdate here and translated with their count when shown.
REFUSED_TEXT = Plural.translate(
    "LoadCurveDialog",
    "{rows} rows read, %n refused: nothing will be stored. Correct the file, or say which column is what, and "
    "the preview follows.",
    None,
    0,
)
READ_TEXT = Plural.translate("LoadCurveDialog", "{rows} rows read into %n registers, none refused.", None, 0)
IDENTICAL_TEXT = Plural.translate(
    "LoadCurveDialog", "%n rows repeat an interval with the same value: read once.", None, 0
)
CONFLICT_TEXT = Plural.translate(
    "LoadCurveDialog",
    "Nothing was stored: %n intervals of the file differ from the readings already stored for this supply.",
    None,
    0,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("LoadCurveDialog", text)


class LoadCurveImportDialog(QDialog):
    def __init__(
        self,
        session: WorkspaceSession,
        languages: LanguageManager,
        site_id: int,
        path: Path | None = None,
        supply_id: int | None = None,
        parent: QWidget | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session, self.languages, self.site_id = session, languages, site_id
        self.synchronous = synchronous
        self.site = session.get(model.Site, site_id)
        self.table: RawTable | None = None  # the file as read (below its preamble)
        self._table_key: tuple[str, str] | None = None  # the file and sheet the table was read from
        self.read: LoadCurveRead | None = None
        self.error: str | None = None
        self.stored: Any = None  # what the import stored (storage.load_curves.LoadCurveStored)
        self.remembered: RememberedRoles | None = None  # the mapping remembered for this header row, if used
        self._user_set: set[Role] = set()
        self.resize(fitted_size(self, 1000, 680))
        layout = QVBoxLayout(self)

        form = QGridLayout()
        self.path = QLineEdit(str(path) if path else "")
        self.path.editingFinished.connect(self.reload)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.supply = QComboBox()
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.unit = QComboBox()
        self.unit.addItem("", None)
        for unit in ValueUnit:
            self.unit.addItem(unit.value, unit.value)
        self.decimal = QComboBox()
        for text in ("", ",", "."):
            self.decimal.addItem(text, text or None)
        self.labels = {name: QLabel() for name in ("file", "supply", "zone", "unit", "decimal")}
        form.addWidget(self.labels["file"], 0, 0)
        form.addWidget(self.path, 0, 1, 1, 3)
        form.addWidget(self.browse, 0, 4)
        form.addWidget(self.labels["supply"], 1, 0)
        form.addWidget(self.supply, 1, 1)
        form.addWidget(self.labels["zone"], 1, 2)
        form.addWidget(self.zone, 1, 3)
        form.addWidget(self.labels["unit"], 2, 0)
        form.addWidget(self.unit, 2, 1)
        form.addWidget(self.labels["decimal"], 2, 2)
        form.addWidget(self.decimal, 2, 3)
        layout.addLayout(form)
        self._fill_supplies(supply_id)
        self._fill_zones()

        middle = QHBoxLayout()
        self.columns_box = QGroupBox()
        columns_form = QFormLayout(self.columns_box)
        self.roles: dict[Role, QComboBox] = {}
        self.role_labels: dict[Role, QLabel] = {}
        for role in Role:
            combo, label = QComboBox(), QLabel()
            # as wide as a header needs, not as the longest choice: the preview and its reasons get the room
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.activated.connect(lambda _i, r=role: self._role_chosen(r))
            self.roles[role], self.role_labels[role] = combo, label
            columns_form.addRow(label, combo)
        self.layout_note = QLabel()
        self.layout_note.setWordWrap(True)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self.forget_layout)
        columns_form.addRow(self.layout_note)
        columns_form.addRow(self.forget_button)
        middle.addWidget(self.columns_box, 1)
        preview = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        preview.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.registers_model = RowsTableModel(self._register_columns(), self._register_rows, languages, self)
        self.registers_view = QTableView()
        self.registers_view.setModel(self.registers_model)
        self.registers_view.verticalHeader().hide()
        self.registers_model.modelReset.connect(self.registers_view.resizeColumnsToContents)
        self.refused_model = RowsTableModel(self._refusal_columns(), self._refusal_rows, languages, self)
        self.refused_view = QTableView()
        self.refused_view.setModel(self.refused_model)
        self.refused_view.verticalHeader().hide()
        self.refused_view.setWordWrap(True)
        self.refused_model.modelReset.connect(self._fit_refused)
        # a reason wraps to the width its column ends up with (the dialog is laid out after the first reset)
        self.refused_view.horizontalHeader().sectionResized.connect(lambda *_: self.refused_view.resizeRowsToContents())
        self.tabs.addTab(self.registers_view, "")
        self.tabs.addTab(self.refused_view, "")
        preview.addWidget(self.tabs, 1)
        middle.addLayout(preview, 3)
        layout.addLayout(middle, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for combo in (self.supply, self.unit, self.decimal):
            combo.activated.connect(self.reload)
        self.zone.activated.connect(self.reload)
        if line := self.zone.lineEdit():
            line.editingFinished.connect(self.reload)
        self.retranslate()
        self.reload()

    # --- choices ------------------------------------------------------------------------------------------

    def _fill_supplies(self, chosen: int | None) -> None:
        supplies = self.session.workspace.supplies(self.site_id)
        # a load curve is electricity's, or a gas meter's: those first, the chosen one selected
        supplies.sort(key=lambda s: (s.carrier is not Carrier.ELECTRICITY, s.carrier is not Carrier.NATURAL_GAS))
        for supply in supplies:
            name = supply.name or QCoreApplication.translate("Carrier", supply.carrier.label)
            self.supply.addItem(name, model.stored_id(supply))
        index = self.supply.findData(chosen) if chosen is not None else 0
        self.supply.setCurrentIndex(max(index, 0))

    def _fill_zones(self) -> None:
        from workbench.analysis.load_curve_summary import site_zone

        zone = site_zone(self.site.country)
        names = ([zone.key] if zone is not None else []) + [z for z in FIXED_ZONES if zone is None or z != zone.key]
        for name in names:
            self.zone.addItem(name, name)
        self.zone.setCurrentIndex(0)

    def _zone(self) -> ZoneInfo | None:
        text = self.zone.currentText().strip()
        try:
            return ZoneInfo(text) if text else None
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            return None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("LoadCurveDialog", "Load curve to import"),
            "",
            QCoreApplication.translate("LoadCurveDialog", "Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.reload()

    def _role_chosen(self, role: Role) -> None:
        self._user_set.add(role)
        self.reload()

    # --- reading ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the file (once per file) and its intervals with the current choices; nothing is written."""
        self.read, self.error = None, None
        text = self.path.text().strip()
        if not text:
            self._show()
            return
        zone = self._zone()
        if zone is None:
            self.error = QCoreApplication.translate(
                "LoadCurveDialog",
                "“{zone}” is not a time zone: choose one in the list or type one (e.g. Africa/Casablanca).",
            ).format(zone=self.zone.currentText().strip())
            self._show()
            return
        path = Path(text)
        try:
            decimal = self.decimal.currentData()
            if self._table_key != (text, decimal or ""):
                options = ReadOptions(allow_load_curve=True, decimal=decimal)
                self.table = run_with_progress(
                    self,
                    QCoreApplication.translate("LoadCurveDialog", "Reading {file}…").format(file=path.name),
                    lambda progress: below_preamble(read_table(path, options)),
                    synchronous=self.synchronous,
                    cancellable=True,
                )
                self._table_key = (text, decimal or "")
                self._user_set.clear()
                self._fill_roles()
            assert self.table is not None  # read just above, or before
            roles = self._roles() if self._rows_layout() else None
            unit = ValueUnit(self.unit.currentData()) if self.unit.currentData() else None
            table = self.table
            self.read = run_with_progress(
                self,
                QCoreApplication.translate(
                    "LoadCurveDialog", "Placing the intervals of {file} on the meter's clock…"
                ).format(file=path.name),
                lambda progress: read_load_curve(table, zone, unit, roles),
                synchronous=self.synchronous,
                cancellable=True,
            )
        except DomainError as exc:
            self.table, self._table_key = None, None
            self.error = self.languages.render(exc.message)
        self._show()

    def _rows_layout(self) -> bool:
        table = self.table
        return table is not None and (table.load_curve is None or table.load_curve.layout == "rows")

    def _fill_roles(self) -> None:
        """The columns offered for each role, and those used: remembered for this header row, else read."""
        table = self.table
        header = table.header if table is not None else []
        self.remembered = remembered_load_curve_roles(self.session.workspace, header) if header else None
        if self.remembered is not None:
            used = {Role(k): v for k, v in self.remembered.columns.items()}
            if self.remembered.unit:
                self.unit.setCurrentIndex(max(0, self.unit.findData(self.remembered.unit)))
        else:
            used = column_roles(header)
        for role, combo in self.roles.items():
            combo.clear()
            combo.addItem(self._none_text(role), None)
            for index, name in enumerate(header):
                combo.addItem(
                    name or QCoreApplication.translate("LoadCurveDialog", "column {number}").format(number=index + 1),
                    index,
                )
            combo.setCurrentIndex(max(0, combo.findData(used.get(role))) if role in used else 0)

    def _none_text(self, role: Role) -> str:
        if role is Role.VALUE:
            return QCoreApplication.translate("LoadCurveDialog", "(each number column, one register each)")
        return QCoreApplication.translate("LoadCurveDialog", "(not in the file)")

    def _roles(self) -> dict[Role, int]:
        return {role: combo.currentData() for role, combo in self.roles.items() if combo.currentData() is not None}

    # --- showing ------------------------------------------------------------------------------------------

    def _show(self) -> None:
        rows_layout = self._rows_layout()
        self.columns_box.setVisible(self.table is None or rows_layout)
        remembered = self.remembered is not None and not self._user_set
        self.layout_note.setVisible(remembered)
        self.forget_button.setVisible(remembered)
        if remembered and self.remembered is not None:
            saved = self.remembered.layout.saved[:10]
            self.layout_note.setText(
                QCoreApplication.translate(
                    "LoadCurveDialog", "The columns are read as you chose them for this header row on {saved}."
                ).format(saved=self.languages.formatter.date(dt.date.fromisoformat(saved)))
            )
        self.registers_model.refresh()
        self.refused_model.refresh()
        self.summary.setText(self.summary_text())
        self.summary.setStyleSheet("color: #d64545;" if self.error or (self.read and not self.read.accepted) else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            self.read is not None
            and self.read.accepted
            and bool(self.read.series)
            and self.supply.currentData() is not None
            and not self.session.read_only
        )
        if self.read is not None and self.read.refusals:
            self.tabs.setCurrentIndex(1)

    def summary_text(self) -> str:
        fmt = self.languages.formatter
        if self.error:
            return self.error
        if self.supply.currentData() is None:
            return QCoreApplication.translate(
                "LoadCurveDialog", "{site} has no supply to hold a load curve: add an electricity supply first."
            ).format(site=self.site.name)
        read = self.read
        if read is None:
            return QCoreApplication.translate("LoadCurveDialog", "Choose the file of a meter's load curve.")
        registers = len(read.series)
        if read.refusals:
            return QCoreApplication.translate(CTX, REFUSED_TEXT, None, len(read.refusals)).format(
                rows=fmt.number(read.rows)
            )
        text = QCoreApplication.translate(CTX, READ_TEXT, None, registers)
        text = text.format(rows=fmt.number(read.rows))
        if read.identical_rows:
            text += " " + QCoreApplication.translate(CTX, IDENTICAL_TEXT, None, read.identical_rows)
        text += " " + QCoreApplication.translate("LoadCurveDialog", "Times placed on the {zone} clock.").format(
            zone=self.zone.currentText().strip()
        )
        return text

    def _register_rows(self) -> list[RegisterSeries]:
        return list(self.read.series) if self.read is not None else []

    def _register_columns(self) -> list[Column]:
        def fmt():
            return self.languages.formatter

        zone = lambda: self._zone() or ZoneInfo("UTC")  # noqa: E731

        def when(instant) -> str:
            if instant is None:
                return "—"
            local = instant.astimezone(zone())
            return f"{fmt().date(local.date())} {local:%H:%M}"

        flows = {
            Flow.OFFTAKE: QT_TRANSLATE_NOOP("LoadCurveDialog", "Offtake"),
            Flow.INJECTION: QT_TRANSLATE_NOOP("LoadCurveDialog", "Injection"),
        }
        return [
            Column(CTX, QT_TRANSLATE_NOOP("LoadCurveDialog", "Register"), lambda s: s.register.name),
            Column(CTX, QT_TRANSLATE_NOOP("LoadCurveDialog", "Flow"), lambda s: tr(flows[s.register.flow])),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurveDialog", "Energy"),
                lambda s: fmt().quantity(s.total, s.register.unit.value, 1),
                numeric=True,
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurveDialog", "Intervals"),
                lambda s: fmt().number(s.intervals),
                numeric=True,
            ),
            Column(
                CTX, QT_TRANSLATE_NOOP("LoadCurveDialog", "Missing"), lambda s: fmt().number(s.missing), numeric=True
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurveDialog", "Estimated"),
                lambda s: fmt().number(s.estimated),
                numeric=True,
            ),
            Column(CTX, QT_TRANSLATE_NOOP("LoadCurveDialog", "First interval"), lambda s: when(s.first)),
            Column(CTX, QT_TRANSLATE_NOOP("LoadCurveDialog", "Last interval"), lambda s: when(s.last)),
        ]

    def _fit_refused(self) -> None:
        """Row, column and text as wide as they need; the reason takes the rest, wrapped."""
        view = self.refused_view
        for column in range(3):
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, min(view.columnWidth(column), 220))
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeRowsToContents()

    def _refusal_rows(self) -> list[RowRefusal]:
        return list(self.read.refusals[:REFUSALS_SHOWN]) if self.read is not None else []

    def _refusal_columns(self) -> list[Column]:
        return [
            Column(CTX, QT_TRANSLATE_NOOP("LoadCurveDialog", "Row"), lambda r: str(r.row), numeric=True),
            Column(CTX, QT_TRANSLATE_NOOP("LoadCurveDialog", "Column"), lambda r: r.field),
            Column(CTX, QT_TRANSLATE_NOOP("LoadCurveDialog", "Text"), lambda r: r.text),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurveDialog", "Reason"),
                lambda r: self.languages.render(r.reason),
                tooltip=True,
            ),
        ]

    # --- importing ----------------------------------------------------------------------------------------

    def run_import(self) -> None:
        """Store what the preview shows, in one transaction, as one undo step; nothing when a stored reading
        would change."""
        read, supply_id = self.read, self.supply.currentData()
        if read is None or not read.accepted or not read.series or supply_id is None:
            return
        name = Path(self.path.text().strip()).name
        command = LoadCurveImportCommand(self.session, int(supply_id), read.series, name)
        try:
            self.session.undo_stack.push(command)
        except DomainError as exc:
            self.error = self.languages.render(exc.message)
            self._show()
            return
        self.stored = command.stored
        if self.stored is None or not self.stored.stored:
            self.error = self.conflict_text()
            self._show()
            return
        self._remember_roles()
        try:
            self.session.workspace.merge()  # in the file itself, not only its journal
        except DomainError as exc:
            self.error = self.languages.render(exc.message)
            self._show()
        self.accept()

    def conflict_text(self) -> str:
        stored = self.stored
        if stored is None:
            return QCoreApplication.translate("LoadCurveDialog", "Nothing was stored.")
        fmt = self.languages.formatter
        zone = self._zone() or ZoneInfo("UTC")
        shown = []
        for conflict in stored.conflicts[:5]:
            local = conflict.start.astimezone(zone)
            shown.append(
                QCoreApplication.translate(
                    "LoadCurveDialog", "{register}, {when}: {new} kWh in the file, {stored} kWh already stored"
                ).format(
                    register=conflict.register,
                    when=f"{fmt.date(local.date())} {local:%H:%M}",
                    new=fmt.number(conflict.new, 3),
                    stored=fmt.number(conflict.stored, 3),
                )
            )
        head = QCoreApplication.translate(CTX, CONFLICT_TEXT, None, len(stored.conflicts))
        return head + "\n" + "\n".join(shown)

    def _remember_roles(self) -> None:
        if not self._user_set or self.table is None or not self._rows_layout():
            return
        columns = {role.value: index for role, index in self._roles().items()}
        try:
            remember_load_curve_roles(self.session.workspace, self.table.header, columns, self.unit.currentData())
        except DomainError as exc:  # the curve is stored; only the mapping for next time is not
            QMessageBox.warning(self, self.windowTitle(), self.languages.render(exc.message))

    def forget_layout(self) -> None:
        if self.remembered is None:
            return
        try:
            self.session.workspace.forget_import_layout(self.remembered.layout.signature)
        except DomainError as exc:
            self.error = self.languages.render(exc.message)
            self._show()
            return
        self._table_key = None  # the columns are read again from the header
        self.reload()

    # --- texts ----------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("LoadCurveDialog", "Import a load curve"))
        texts = {
            "file": QT_TRANSLATE_NOOP("LoadCurveDialog", "File"),
            "supply": QT_TRANSLATE_NOOP("LoadCurveDialog", "Supply"),
            "zone": QT_TRANSLATE_NOOP("LoadCurveDialog", "Meter's clock"),
            "unit": QT_TRANSLATE_NOOP("LoadCurveDialog", "Unit of the values"),
            "decimal": QT_TRANSLATE_NOOP("LoadCurveDialog", "Decimal mark"),
        }
        for name, label in self.labels.items():
            label.setText(tr(texts[name]))
        self.browse.setText(QCoreApplication.translate("LoadCurveDialog", "Browse…"))
        self.unit.setItemText(0, QCoreApplication.translate("LoadCurveDialog", "as the file says"))
        self.decimal.setItemText(0, QCoreApplication.translate("LoadCurveDialog", "detected"))
        self.zone.setToolTip(
            QCoreApplication.translate(
                "LoadCurveDialog",
                "The time zone the meter writes its times in. A meter that stays on UTC+1 all year: Etc/GMT-1.",
            )
        )
        self.columns_box.setTitle(QCoreApplication.translate("LoadCurveDialog", "Columns"))
        for role, label in self.role_labels.items():
            label.setText(QCoreApplication.translate("LoadCurveField", ROLE_LABELS[role]))
        self.forget_button.setText(QCoreApplication.translate("LoadCurveDialog", "Forget this mapping"))
        self.tabs.setTabText(0, QCoreApplication.translate("LoadCurveDialog", "Registers"))
        self.tabs.setTabText(1, QCoreApplication.translate("LoadCurveDialog", "Refused rows"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("LoadCurveDialog", "Import")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("LoadCurveDialog", "Cancel")
        )
