"""File ▸ Import invoices: choose the file and its reading options, check the column mapping, preview, import.

Every change of an option re-runs the import engine as a dry run, so the
preview shows exactly what the import will store; the import itself is one
transaction and one undo step, in a worker thread that can be cancelled.
"""

from __future__ import annotations

import csv
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
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError
from workbench.domain.units import Carrier
from workbench.i18n.language import LanguageManager
from workbench.importers.engine import ImportRequest, ImportResult, import_file, profiles
from workbench.importers.mapping import FIELD_LABELS, FIELDS
from workbench.importers.profiles import ImportProfile
from workbench.importers.table import ReadOptions, read_table
from workbench.storage.errors import FileNotWrittenError
from workbench.ui.commands.imports import ImportCommand
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
}


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
        self.result: ImportResult | None = None
        self.error: str | None = None
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
        self.preview_model = RowsTableModel(self._preview_columns(), self._preview_rows, languages, self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview_model.modelReset.connect(self.preview.resizeColumnsToContents)
        preview_layout.addWidget(self.preview)
        middle.addWidget(self.preview_box, 3)
        layout.addLayout(middle, 1)

        bottom = QHBoxLayout()
        self.skip_refused = QCheckBox()
        self.skip_refused.toggled.connect(self._update_buttons)
        self.save_refused_button = QPushButton()
        self.save_refused_button.clicked.connect(self._save_refused_dialog)
        self.save_profile_button = QPushButton()
        self.save_profile_button.clicked.connect(self._save_profile_dialog)
        for widget in (self.skip_refused, self.save_refused_button, self.save_profile_button):
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
        )

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
        self.result, self.error = None, None
        text = self.path.text().strip()
        if text:
            try:
                table = read_table(Path(text), self.request().read)
                self.columns = [h for h in table.header]
                self._set_sheets(table.sheets, table.sheet)
                self.result = import_file(self.session.workspace, self.request(dry_run=True))
            except DomainError as exc:
                self.error = self.languages.render(exc.message)
        self._show_mapping()
        self.preview_model.refresh()
        self._show_summary()
        self._update_buttons()

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

    def _preview_rows(self) -> list:
        if self.result is None:
            return []
        refused = {r.row: r for r in self.result.refused}
        return [(row, status, entity, refused.get(row)) for row, status, entity in self.result.preview]

    def _preview_columns(self) -> list[Column]:
        fmt = lambda: self.languages.formatter  # noqa: E731

        def period(r) -> str:
            entity = r[2]
            if isinstance(entity, model.Bill):
                return f"{fmt().date(entity.period_start)} – {fmt().date(entity.period_end)}"
            return fmt().date(entity.delivery_date) if entity is not None else ""

        def quantity(r) -> str:
            entity = r[2]
            if entity is None:
                return ""
            return fmt().number(entity.total_quantity if isinstance(entity, model.Bill) else entity.quantity, 1)

        def reason(r) -> str:
            refusal = r[3]
            if refusal is None:
                return ""
            return f"{refusal.column} «{refusal.text}»: {self.languages.render(refusal.reason)}"

        return [
            Column("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Row"), lambda r: str(r[0]), lambda r: r[0], True),
            Column(
                "ImportDialog",
                QT_TRANSLATE_NOOP("ImportDialog", "Status"),
                lambda r: QCoreApplication.translate("ImportDialog", STATUS[r[1]]),
            ),
            Column("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Period"), period),
            Column("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Quantity"), quantity, numeric=True),
            Column("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "Reason"), reason),
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
            "ImportDialog", "{read} rows read: {new} new, {changed} changed, {identical} identical, {refused} refused."
        ).format(read=r.read, new=r.imported, changed=r.changed, identical=r.identical, refused=len(r.refused))
        notes = [self.languages.render(w) for w in r.warnings]
        self.summary.setText("\n".join([text, *notes]))

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        result = self.result
        storable = result is not None and (result.imported or result.changed)
        blocked = result is not None and result.refused and not self.skip_refused.isChecked()
        ok.setEnabled(bool(storable) and not blocked)
        self.save_refused_button.setEnabled(bool(result and result.refused))
        self.save_profile_button.setEnabled(result is not None)

    # --- actions -------------------------------------------------------------------------------------

    def run_import(self) -> None:
        request = self.request(dry_run=False)
        try:
            # The worker only writes; the undo step is pushed here, on the GUI thread.
            self.result = run_with_progress(
                self,
                QCoreApplication.translate("ImportDialog", "Importing…"),
                lambda progress: import_file(self.session.workspace, request, progress),
                synchronous=self.synchronous,
                cancellable=True,
            )
        except DomainError as exc:
            self.error = self.languages.render(exc.message)
            self._show_summary()
            return
        if self.result.committed:
            self.session.undo_stack.push(ImportCommand(self.session, self.result, request.path.name))
        self.accept()

    def save_refused(self, target: Path) -> None:
        """The refused rows with their reasons, as CSV (UTF-8, comma) for fixing in a spreadsheet."""
        with target.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(
                [
                    QCoreApplication.translate("ImportDialog", "Row"),
                    QCoreApplication.translate("ImportDialog", "Column"),
                    QCoreApplication.translate("ImportDialog", "Text"),
                    QCoreApplication.translate("ImportDialog", "Reason"),
                ]
            )
            for r in self.result.refused:
                writer.writerow([r.row, r.column, r.text, self.languages.render(r.reason)])

    def _save_refused_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ImportDialog", "Save the refused rows"), "", "CSV (*.csv)"
        )
        if path:
            try:
                self.save_refused(Path(path))
            except OSError as exc:
                self._report(FileNotWrittenError(Path(path), exc.strerror or str(exc)))

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
        for name, label in self.mapping_labels.items():
            label.setText(QCoreApplication.translate("ImportField", FIELD_LABELS[name]))
        self.skip_refused.setText(QCoreApplication.translate("ImportDialog", "Leave the refused rows out"))
        self.save_refused_button.setText(QCoreApplication.translate("ImportDialog", "Save the refused rows…"))
        self.save_profile_button.setText(QCoreApplication.translate("ImportDialog", "Save the mapping…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ImportDialog", "Import")
        )
