"""File ▸ Import invoices: choose the file and its reading options, check the column mapping, preview, import.

Every change of an option makes a new import plan — read, mapped, validated and matched in a worker thread
that touches no database, with progress and Cancel — so the preview shows exactly what the import will store.
The dialog shows the file as it was read (header row marked, each mapped field over its column), where the
bills will go, and every field of every row. Import applies the plan on the GUI thread, in one transaction,
as one undo step.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError
from workbench.domain.units import Carrier
from workbench.domain.validation import field_label
from workbench.i18n.language import LanguageManager
from workbench.importers.engine import (
    ImportPlan,
    ImportRequest,
    ImportResult,
    MappingIncompleteError,
    PlannedRow,
    plan_import,
    plan_result,
    profiles,
    read_context,
)
from workbench.importers.mapping import FIELD_LABELS, FIELDS
from workbench.importers.profiles import ImportProfile
from workbench.importers.summary import group_refusals
from workbench.importers.table import LoadCurveFileError, ReadOptions
from workbench.storage.errors import FileNotWrittenError
from workbench.ui.commands.imports import ImportCommand
from workbench.ui.models.import_source import SourceTableModel
from workbench.ui.models.tables import Column, RowsTableModel
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.screen_fit import fitted_size
from workbench.ui.workers import run_with_progress

AUTO = ""
ENCODINGS = (AUTO, "utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16")
DELIMITERS = ((AUTO, AUTO), (";", ";"), (",", ","), ("Tab", "\t"), ("|", "|"))

STATUS = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "New"),
    "identical": QT_TRANSLATE_NOOP("ImportDialog", "Identical"),
    "changed": QT_TRANSLATE_NOOP("ImportDialog", "Changed"),
    "refused": QT_TRANSLATE_NOOP("ImportDialog", "Refused"),
    "skipped": QT_TRANSLATE_NOOP("ImportDialog", "Skipped"),
}
GROUPS_SHOWN = 4


class ImportDialog(QDialog):
    def __init__(
        self,
        session: WorkspaceSession,
        languages: LanguageManager,
        site_id: int,
        carrier: Carrier = Carrier.ELECTRICITY,
        path: Path | None = None,
        parent: QWidget | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.session, self.languages, self.site_id = session, languages, site_id
        # Hides QDialog.result() (the exec code), which nothing here reads; the tests read this attribute.
        self.result: ImportResult | None = None  # type: ignore[assignment]
        self.plan: ImportPlan | None = None
        self.error: str | None = None
        self._planning = False
        self.load_curve_file: Path | None = None  # the file is a load curve (its import is offered)
        self.wants_load_curve = False  # the user asked for the load-curve import of that file
        self._read_table = None  # the file as read when no plan could be made of it
        self.rollovers: frozenset[int] = frozenset()  # rows the user confirmed as meter rollovers
        self.confirm_rollovers = self._confirm_rollovers  # tests replace the question
        self.columns: list[str] = []
        self.sheets: list[str] = []
        self._user_set: dict[str, bool] = {}  # mapping fields the user chose by hand
        self.resize(fitted_size(self, 1100, 760))
        layout = QVBoxLayout(self)

        source = QGridLayout()
        self.path = QLineEdit(str(path) if path else "")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.carrier = QComboBox()
        for c in Carrier:
            self.carrier.addItem(QCoreApplication.translate("Carrier", c.label), c)
        self.carrier.setCurrentIndex(self.carrier.findData(carrier))
        self.profile = QComboBox()
        self.encoding = QComboBox()
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox()
        for text, value in DELIMITERS:
            self.delimiter.addItem(text, value)
        self.decimal = QComboBox()
        for text in (AUTO, ",", "."):
            self.decimal.addItem(text, text)
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 200)
        self.sheet = QComboBox()
        self.labels = {
            name: QLabel()
            for name in ("file", "carrier", "profile", "encoding", "delimiter", "decimal", "header", "sheet")
        }
        widgets = {
            "file": self.path,
            "carrier": self.carrier,
            "profile": self.profile,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "decimal": self.decimal,
            "header": self.header_row,
            "sheet": self.sheet,
        }
        for i, (name, widget) in enumerate(widgets.items()):
            source.addWidget(self.labels[name], i // 4 * 1, (i % 4) * 2)
            source.addWidget(widget, i // 4 * 1, (i % 4) * 2 + 1)
        source.addWidget(self.browse, 0, 8)
        layout.addLayout(source)
        target_row = QHBoxLayout()
        self.target = QLabel()
        self.target.setObjectName("import_target")
        self.layout_note = QLabel()
        self.layout_note.setWordWrap(True)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self.forget_layout)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.layout_note, 1)
        target_row.addWidget(self.forget_button)
        layout.addLayout(target_row)

        middle = QHBoxLayout()
        self.mapping_box = QGroupBox()
        mapping_form = QFormLayout()
        self.mapping: dict[str, QComboBox] = {}
        self.mapping_labels: dict[str, QLabel] = {}
        for name in FIELDS:
            combo, label = QComboBox(), QLabel()
            combo.activated.connect(self._mapping_changed)
            self.mapping[name], self.mapping_labels[name] = combo, label
            mapping_form.addRow(label, combo)
        inner = QWidget()
        inner.setLayout(mapping_form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        QVBoxLayout(self.mapping_box).addWidget(scroll)
        middle.addWidget(self.mapping_box, 2)
        self.preview_box = QGroupBox()
        preview_layout = QVBoxLayout(self.preview_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        preview_layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.source_model = SourceTableModel(self)
        self.source_view = QTableView()
        self.source_view.setModel(self.source_model)
        self.source_model.modelReset.connect(self.source_view.resizeColumnsToContents)
        self.preview_model = RowsTableModel(self._preview_columns(), self._preview_rows, languages, self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview_model.modelReset.connect(self.preview.resizeColumnsToContents)
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(self.source_view, "")
        preview_layout.addWidget(self.tabs)
        middle.addWidget(self.preview_box, 3)
        layout.addLayout(middle, 1)

        bottom = QHBoxLayout()
        self.skip_refused = QCheckBox()
        self.skip_refused.toggled.connect(self._skip_refused_toggled)
        self.save_refused_button = QPushButton()
        self.save_refused_button.clicked.connect(self._save_refused_dialog)
        self.save_profile_button = QPushButton()
        self.save_profile_button.clicked.connect(self._save_profile_dialog)
        self.rollover_button = QPushButton()
        self.rollover_button.clicked.connect(self.ask_rollovers)
        self.load_curve_button = QPushButton()
        self.load_curve_button.clicked.connect(self._to_load_curve)
        for widget in (
            self.skip_refused,
            self.rollover_button,
            self.save_refused_button,
            self.save_profile_button,
            self.load_curve_button,
        ):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._fill_profiles()
        for combo in (self.carrier, self.profile, self.delimiter, self.decimal, self.sheet):
            combo.activated.connect(self.reload)
        self.encoding.activated.connect(self.reload)
        self.header_row.valueChanged.connect(self.reload)
        self.path.editingFinished.connect(self.reload)
        self.retranslate()
        self.reload()

    # --- options -----------------------------------------------------------------------------

    def _fill_profiles(self) -> None:
        current = self.profile.currentData()
        self.profile.clear()
        self.profile.addItem(QCoreApplication.translate("ImportDialog", "Automatic"), None)
        for name in sorted(profiles(self.session.workspace)):
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportDialog", "Invoices to import"),
            "",
            QCoreApplication.translate("ImportDialog", "Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.reload()

    def request(self, dry_run: bool = True) -> ImportRequest:
        mapping = {name: combo.currentData() for name, combo in self.mapping.items() if combo.currentData()}
        return ImportRequest(
            path=Path(self.path.text().strip()),
            site_id=self.site_id,
            carrier=Carrier(self.carrier.currentData()),  # Qt hands enum members back as plain text
            profile=self.profile.currentData(),
            read=ReadOptions(
                encoding=self.encoding.currentData() or None,
                delimiter=self.delimiter.currentData() or None,
                decimal=self.decimal.currentData() or None,
                header_row=self.header_row.value() or None,
                sheet=self.sheet.currentText() or None,
            ),
            mapping=self._explicit_mapping(mapping),
            dry_run=dry_run,
            skip_refused=self.skip_refused.isChecked(),
            rollovers=self.rollovers,
        )

    def _to_load_curve(self) -> None:
        """The file is a load curve: close, and let the load-curve import take it."""
        if self.load_curve_file is not None:
            self.wants_load_curve = True
            self.accept()

    def _skip_refused_toggled(self) -> None:
        if self.plan is not None:
            self.plan.request.skip_refused = self.skip_refused.isChecked()
        self._update_buttons()

    def _explicit_mapping(self, mapping: dict[str, str]) -> dict[str, str]:
        # Only what the user changed by hand: guesses and the profile fill the rest.
        return {name: column for name, column in mapping.items() if self._user_set.get(name)}

    def _mapping_changed(self) -> None:
        combo = self.sender()
        for name, box in self.mapping.items():
            if box is combo:
                self._user_set[name] = True
        self.reload()

    # --- dry run and preview ------------------------------------------------------------------------

    def reload(self) -> None:
        """A new plan for the current options: read in a worker (progress, Cancel), nothing written."""
        if self._planning:
            return  # the options changed while a plan is being made: the plan in progress reads them
        self.result, self.plan, self.error = None, None, None
        self.load_curve_file = None
        self._read_table = None
        text = self.path.text().strip()
        if text:
            self._planning = True
            try:
                request = self.request(dry_run=True)
                context = read_context(self.session.workspace, request)
                self.plan = run_with_progress(
                    self,
                    QCoreApplication.translate("ImportDialog", "Reading {file}…").format(file=Path(text).name),
                    lambda progress: plan_import(context, request, progress),
                    synchronous=self.synchronous,
                    cancellable=True,
                )
                self.result = plan_result(self.plan)
                self.columns = list(self.plan.table.header)
                self._set_sheets(self.plan.table.sheets, self.plan.table.sheet)
            except LoadCurveFileError as exc:
                self.load_curve_file = Path(text)
                self.error = self.languages.render(exc.message)
            except MappingIncompleteError as exc:
                # In the dialog's own words: its Columns box, not the command line's --map.
                self.error = QCoreApplication.translate(
                    "ImportDialog", "No column was recognised as “{label}”: choose its column under Columns."
                ).format(label=QCoreApplication.translate("ImportField", FIELD_LABELS[exc.field]))
                self._offer_columns(exc)
            except DomainError as exc:
                self.error = self.languages.render(exc.message)
                self._offer_columns(exc)
            finally:
                self._planning = False
        self._show_mapping()
        self.source_model.show(
            self.plan.table if self.plan else self._read_table, self.plan.columns if self.plan else {}
        )
        self.preview_model.refresh()
        self._show_target()
        self._show_summary()
        self._update_buttons()

    def _offer_columns(self, error: DomainError) -> None:
        table = getattr(error, "table", None)
        self._read_table = table
        if table is not None:  # read, but not mappable as guessed: its columns are offered by hand
            self.columns = list(table.header)
            self._set_sheets(table.sheets, table.sheet)

    def _show_target(self) -> None:
        plan = self.plan
        site = self.session.get(model.Site, self.site_id)
        carrier = Carrier(self.carrier.currentData())
        supply_name = (
            plan.supply.name
            if plan is not None and plan.supply.name
            else QCoreApplication.translate("Carrier", carrier.label)
        )
        text = QCoreApplication.translate("ImportDialog", "Import into: {site} ▸ {supply}").format(
            site=site.name, supply=supply_name
        )
        if plan is not None and plan.new_supply:
            text += " " + QCoreApplication.translate("ImportDialog", "(a new supply, in {unit})").format(
                unit=plan.supply.invoice_unit.symbol
            )
        self.target.setText(text)
        layout = plan.layout if plan is not None else None
        self.layout_note.setVisible(layout is not None)
        self.forget_button.setVisible(layout is not None)
        if layout is not None:
            self.layout_note.setText(
                QCoreApplication.translate(
                    "ImportDialog", "The columns are read as you chose them for this header row on {saved}."
                ).format(saved=self.languages.formatter.date(dt.date.fromisoformat(layout.saved[:10])))
            )

    def ask_rollovers(self) -> None:
        """Rows whose meter index went down: rollovers of the counter, if the user says so."""
        rows = self.plan.rollover_rows if self.plan is not None else ()
        if rows and self.confirm_rollovers(rows):
            self.rollovers = self.rollovers | frozenset(rows)
            self.reload()

    def _confirm_rollovers(self, rows: tuple[int, ...]) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ImportDialog", "Meter rollovers"),
            QCoreApplication.translate(
                "ImportDialog",
                "In rows {rows} a meter index went down. If the counter rolled over (passed 99…9), the "
                "consumption is worked out past the rollover. If a meter was replaced, answer No and type those "
                "bills' consumption by hand.\n\nDid these counters roll over?",
            ).format(rows=", ".join(str(r) for r in rows)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def forget_layout(self) -> None:
        """Forget the remembered mapping of this header row: the next plan guesses the columns again."""
        if self.plan is None or self.plan.layout is None:
            return
        try:
            self.session.workspace.forget_import_layout(self.plan.layout.signature)
        except DomainError as exc:
            self._report(exc)
            return
        self._user_set.clear()
        self.reload()

    def _set_sheets(self, sheets: list[str], current: str | None) -> None:
        if sheets == self.sheets:
            return
        self.sheets = sheets
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(sheets)
        if current:
            self.sheet.setCurrentText(current)
        self.sheet.blockSignals(False)
        self.sheet.setEnabled(bool(sheets))

    def _show_mapping(self) -> None:
        chosen = self.result.mapping if self.result else {}
        for name, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", None)
            for header in self.columns:
                if header:
                    combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(name))))
            combo.blockSignals(False)

    def _preview_rows(self) -> list[PlannedRow]:
        return list(self.result.rows) if self.result is not None else []

    def _preview_columns(self) -> list[Column]:
        fmt = lambda: self.languages.formatter  # noqa: E731

        def number(name: str, decimals: int = 0):
            def text(r: PlannedRow) -> str:
                value = getattr(r.entity, name, None) if r.entity is not None else None
                return "" if value is None else fmt().number(value, decimals)

            return text

        def period(r: PlannedRow) -> str:
            entity = r.entity
            if isinstance(entity, model.Bill):
                return f"{fmt().date(entity.period_start)} – {fmt().date(entity.period_end)}"
            return fmt().date(entity.delivery_date) if entity is not None else ""

        def total(r: PlannedRow) -> str:
            entity = r.entity
            if entity is None:
                return ""
            return fmt().number(entity.total_quantity if isinstance(entity, model.Bill) else entity.quantity, 1)

        def reference(r: PlannedRow) -> str:
            entity = r.entity
            if isinstance(entity, model.Bill):
                return entity.invoice_number
            return entity.delivery_note if entity is not None else ""

        def shown(value: object) -> str:
            return "—" if value is None else self.languages.formatter.value(value)

        def reason(r: PlannedRow) -> str:
            if r.skip is not None:
                return self.languages.render(r.skip.reason)
            if r.stored is not None:  # what the row replaces, so that a change is never taken blind
                was = ", ".join(
                    f"{QCoreApplication.translate('Field', field_label(type(r.stored), name).source)} "
                    f"{shown(getattr(r.stored, name))} → {shown(getattr(r.entity, name))}"
                    for name in r.changed_fields
                )
                return QCoreApplication.translate("ImportDialog", "Replaces the stored bill: {changes}").format(
                    changes=was
                )
            return "; ".join(
                f"{refusal.column} «{refusal.text}»: {self.languages.render(refusal.reason)}" for refusal in r.refusals
            )

        def col(header: str, text, numeric: bool = False) -> Column:
            return Column("ImportDialog", header, text, numeric=numeric)

        return [
            Column(
                "ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Row"), lambda r: str(r.row), lambda r: r.row, True
            ),
            col(
                QT_TRANSLATE_NOOP("ImportDialog", "Status"),
                lambda r: QCoreApplication.translate("ImportDialog", STATUS[r.status]),
            ),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Period"), period),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Invoice / note"), reference),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Quantity"), total, True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Peak"), number("quantity_peak"), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Standard"), number("quantity_standard"), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Off-peak"), number("quantity_offpeak"), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Reactive (kvarh)"), number("reactive_kvarh"), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Reached power"), number("max_power", 1), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Unit price"), number("unit_price", 3), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Cost excl. VAT"), number("cost_excl_vat", 2), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "VAT"), number("vat", 2), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Cost incl. VAT"), number("cost_incl_vat", 2), True),
            col(QT_TRANSLATE_NOOP("ImportDialog", "Reason"), reason),
        ]

    def _show_summary(self) -> None:
        if self.error:
            self.summary.setText(self.error)
            self.summary.setStyleSheet("color: #d64545;")
            return
        self.summary.setStyleSheet("")
        if self.result is None:
            self.summary.setText(
                QCoreApplication.translate("ImportDialog", "Choose a file of invoices (CSV, TXT, XLSX, XLS or ODS).")
            )
            return
        r = self.result
        text = QCoreApplication.translate(
            "ImportDialog",
            "{read} rows read: {new} new, {changed} changed, {identical} identical, {refused} refused, {skipped} "
            "skipped.",
        ).format(
            read=r.read,
            new=r.imported,
            changed=r.changed,
            identical=r.identical,
            refused=r.refused_rows,
            skipped=len(r.skipped),
        )
        lines = [text]
        groups = group_refusals(r.refused)
        for group in groups[:GROUPS_SHOWN]:
            lines.append(
                QCoreApplication.translate(
                    "ImportDialog", "{column}, {count} × — {reason} (first: row {first}) Rows {rows}."
                ).format(
                    column=group.column or "—",
                    count=len(group.rows),
                    reason=self.languages.render(group.reason),
                    first=group.rows[0],
                    rows=group.row_list,
                )
            )
        if len(groups) > GROUPS_SHOWN:
            lines.append(
                QCoreApplication.translate(
                    "ImportDialog", "… and {count} other reasons: see the Reason column."
                ).format(count=len(groups) - GROUPS_SHOWN)
            )
        lines.extend(self.languages.render(w) for w in r.warnings)
        self.summary.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        result = self.result
        storable = result is not None and (result.imported or result.changed)
        blocked = result is not None and result.refused_rows and not self.skip_refused.isChecked()
        ok.setEnabled(bool(storable) and not blocked)
        self.save_refused_button.setEnabled(bool(result and result.refused))
        self.save_profile_button.setEnabled(result is not None)
        self.rollover_button.setVisible(bool(self.plan is not None and self.plan.rollover_rows))
        self.load_curve_button.setVisible(self.load_curve_file is not None)

    # --- actions -------------------------------------------------------------------------------------

    def run_import(self) -> None:
        """Apply the plan shown, on this (the GUI) thread, in one transaction, as one undo step."""
        if self.plan is None:
            return
        plan = dataclasses.replace(
            self.plan,
            request=dataclasses.replace(self.plan.request, dry_run=False, skip_refused=self.skip_refused.isChecked()),
        )
        command = ImportCommand(self.session, plan, plan.request.path.name)
        try:
            self.session.undo_stack.push(command)
        except DomainError as exc:  # a rule of the workspace refused the write: nothing was stored
            self._report(exc)
            return
        if command.result is None or not command.result.committed:
            self.error = QCoreApplication.translate("ImportDialog", "Nothing was stored.")
            self._show_summary()
            return
        self.result = command.result
        # Stored means in the file itself (what gets copied and sent), not only in its journal.
        try:
            self.session.workspace.merge()
        except DomainError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ImportDialog", "Import invoices"),
                self.languages.render(exc.message),
            )
        self.accept()

    def save_refused(self, target: Path) -> None:
        """The refused rows with their reasons, as CSV (UTF-8, comma) for fixing in a spreadsheet: texts quoted
        from the file are escaped so that none of them runs as a formula, and the file is as private as the
        workspace."""
        from workbench.reporting.csv_cells import safe_row
        from workbench.storage.files import private_mode, write_text_atomically

        header = [
            QCoreApplication.translate("ImportDialog", "Row"),
            QCoreApplication.translate("ImportDialog", "Column"),
            QCoreApplication.translate("ImportDialog", "Text"),
            QCoreApplication.translate("ImportDialog", "Reason"),
        ]
        assert self.result is not None  # the refused rows of a read file
        rows = [[r.row, r.column, r.text, self.languages.render(r.reason)] for r in self.result.refused]

        def write(f) -> None:
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(safe_row(row) for row in rows)

        write_text_atomically(target, write, private_mode(self.session.workspace.path))

    def _save_refused_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ImportDialog", "Save the refused rows"), "", "CSV (*.csv)"
        )
        if path:
            try:
                self.save_refused(Path(path))
            except FileNotWrittenError as exc:  # a full disk, a folder that cannot be written
                self._report(exc)

    def save_profile_as(self, name: str) -> None:
        r = self.request()
        profile = ImportProfile(
            name=name,
            kind=self.result.kind if self.result else "bills",
            mapping=dict(self.result.mapping) if self.result else {},
            encoding=r.read.encoding,
            delimiter=r.read.delimiter,
            decimal=r.read.decimal,
            header_row=r.read.header_row,
            sheet=r.read.sheet,
        )
        self.session.workspace.save_import_profile(name, profile.to_json())
        self._fill_profiles()

    def _save_profile_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ImportDialog", "Save the mapping"),
            QCoreApplication.translate("ImportDialog", "Profile name:"),
        )
        if ok and name.strip():
            try:
                self.save_profile_as(name.strip())
            except DomainError as exc:  # the disk refused it
                self._report(exc)

    def _report(self, error: DomainError) -> None:
        self.error = self.languages.render(error.message)
        self._show_summary()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import invoices"))
        texts = {
            "file": QCoreApplication.translate("ImportDialog", "File"),
            "carrier": QCoreApplication.translate("ImportDialog", "Energy"),
            "profile": QCoreApplication.translate("ImportDialog", "Profile"),
            "encoding": QCoreApplication.translate("ImportDialog", "Encoding"),
            "delimiter": QCoreApplication.translate("ImportDialog", "Separator"),
            "decimal": QCoreApplication.translate("ImportDialog", "Decimal mark"),
            "header": QCoreApplication.translate("ImportDialog", "Header row"),
            "sheet": QCoreApplication.translate("ImportDialog", "Sheet"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.browse.setText(QCoreApplication.translate("ImportDialog", "Browse…"))
        self.header_row.setSpecialValueText(QCoreApplication.translate("ImportDialog", "found"))
        self.encoding.setItemText(0, QCoreApplication.translate("ImportDialog", "detected"))
        self.delimiter.setItemText(0, QCoreApplication.translate("ImportDialog", "detected"))
        self.decimal.setItemText(0, QCoreApplication.translate("ImportDialog", "detected"))
        self.mapping_box.setTitle(QCoreApplication.translate("ImportDialog", "Columns"))
        self.preview_box.setTitle(QCoreApplication.translate("ImportDialog", "Preview"))
        self.tabs.setTabText(0, QCoreApplication.translate("ImportDialog", "What will be stored"))
        self.tabs.setTabText(1, QCoreApplication.translate("ImportDialog", "The file as read"))
        self.forget_button.setText(QCoreApplication.translate("ImportDialog", "Forget this mapping"))
        self.rollover_button.setText(QCoreApplication.translate("ImportDialog", "Meter rollovers…"))
        self.source_model.retranslate()
        for name, label in self.mapping_labels.items():
            label.setText(QCoreApplication.translate("ImportField", FIELD_LABELS[name]))
        self.skip_refused.setText(QCoreApplication.translate("ImportDialog", "Leave the refused rows out"))
        self.save_refused_button.setText(QCoreApplication.translate("ImportDialog", "Save the refused rows…"))
        self.save_profile_button.setText(QCoreApplication.translate("ImportDialog", "Save the mapping…"))
        self.load_curve_button.setText(QCoreApplication.translate("ImportDialog", "Import as a load curve…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ImportDialog", "Import")
        )
