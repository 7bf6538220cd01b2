"""The auditor's financial aid lists, one per country: the programmes a site report points its client to.

The dialog shows the auditor's own list of a country where they keep one (``<data_dir>/financial-aid/<CC>.json``),
else the shipped list. Every cell is edited in place; Save checks the whole list (a refusal names the row and the
column) and writes the auditor's copy atomically; "Restore the shipped list" deletes that copy after asking. A
damaged copy is shown as such, never written over: the auditor corrects it by hand or restores the shipped list.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.financial_aid import (
    STATUS_LABELS,
    AidCatalogue,
    AidProgramme,
    AidStatus,
    FinancialAidError,
    aid_file,
    check_entries,
    countries_in,
    remove_user_copy,
    save_catalogue,
    user_aid_dir,
)
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.i18n.language import qt_translate
from workbench.resources import financial_aid_countries, financial_aid_for, shipped_financial_aid_dir

CTX = "FinancialAidDialog"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # on a row's first cell: the entry's id and measure kinds, kept as read
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # on the status cell: the AidStatus value; its text is the label

# (the field in the file, the column's heading); the status column is edited with a combo box
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name.fr", QT_TRANSLATE_NOOP("FinancialAidDialog", "Name (French)")),
    ("name.en", QT_TRANSLATE_NOOP("FinancialAidDialog", "Name (English)")),
    ("description.fr", QT_TRANSLATE_NOOP("FinancialAidDialog", "Description (French)")),
    ("description.en", QT_TRANSLATE_NOOP("FinancialAidDialog", "Description (English)")),
    ("source", QT_TRANSLATE_NOOP("FinancialAidDialog", "Source (publication)")),
    ("url", QT_TRANSLATE_NOOP("FinancialAidDialog", "Web page")),
    ("year", QT_TRANSLATE_NOOP("FinancialAidDialog", "Year")),
    ("status", QT_TRANSLATE_NOOP("FinancialAidDialog", "Status")),
)
FIELDS = [name for name, _ in COLUMNS]
STATUS_COLUMN = FIELDS.index("status")
WIDTHS = (170, 170, 230, 230, 200, 170, 60, 130)
# a field of a refusal that has no column of its own, shown in the nearest one
FIELD_COLUMN = {"id": 0, "name": 0, "description": 2, "applies_to": 2}
_YEAR = re.compile(r"^\d{4}$")


def _translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the interface's language."""
    return QCoreApplication.translate(CTX, text)


def status_label(status: AidStatus) -> str:
    return QCoreApplication.translate("Factors", STATUS_LABELS[status])


class StatusDelegate(QStyledItemDelegate):
    """The status chosen from its words (verified, partly verified, to confirm), stored as its value."""

    def createEditor(self, parent: QWidget, option, index) -> QComboBox:  # noqa: N802
        box = QComboBox(parent)
        for status in AidStatus:
            box.addItem(status_label(status), status.value)
        return box

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)  # createEditor's
        editor.setCurrentIndex(max(0, editor.findData(index.data(STATUS_ROLE))))

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)  # createEditor's
        status = AidStatus(editor.currentData())
        model.setData(index, status.value, STATUS_ROLE)
        model.setData(index, status_label(status), Qt.ItemDataRole.DisplayRole)


class FinancialAidDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None, country: str | None = None) -> None:
        super().__init__(parent)
        self.user_dir = user_aid_dir(data_dir)
        self.catalogue: AidCatalogue | None = None  # what the table was filled from; None: a refused file
        self.error_text = ""  # the refusal on screen, if any
        self.dirty = False
        self._filling = False
        self.resize(1280, 560)

        self.country_label = QLabel()
        self.country_box = QComboBox()
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.country_label)
        top.addWidget(self.country_box)
        top.addWidget(self.origin, 1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        for column in (2, 3):  # the descriptions take the room left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, StatusDelegate(self.table))

        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)

        self.message = QLabel()  # a refusal, or what was saved
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore_shipped)
        self.buttons.rejected.connect(self.reject)
        self.table.itemChanged.connect(self._changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self._fill_countries(country)
        self.country_box.currentIndexChanged.connect(self._country_chosen)
        self.retranslate()
        self.load(self.country)

    # --- state -----------------------------------------------------------------------------------

    @property
    def country(self) -> str:
        return self.country_box.currentData() or ""

    @property
    def user_file(self) -> Path:
        return aid_file(self.user_dir, self.country)

    def _fill_countries(self, chosen: str | None = None) -> None:
        codes = financial_aid_countries(self.user_dir)
        chosen = (chosen or self.country or (codes[0] if codes else "")).upper()
        if chosen and chosen not in codes:
            codes = sorted([*codes, chosen])
        self.country_box.blockSignals(True)
        self.country_box.clear()
        for code in codes:
            self.country_box.addItem(code, code)
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(chosen)))
        self.country_box.blockSignals(False)
        self._country_texts()

    def _country_texts(self) -> None:
        for index in range(self.country_box.count()):
            code = self.country_box.itemData(index)
            own = aid_file(self.user_dir, code).is_file()
            self.country_box.setItemText(
                index,
                QCoreApplication.translate("FinancialAidDialog", "{code} — your list").format(code=code)
                if own
                else QCoreApplication.translate("FinancialAidDialog", "{code} — shipped list").format(code=code),
            )

    def load(self, country: str) -> None:
        """Fill the table with the list of ``country`` as reports would read it; a damaged copy is shown as such."""
        self.error_text = ""
        try:
            self.catalogue = financial_aid_for(country, self.user_dir)
        except FinancialAidError as exc:
            self.catalogue = None
            self.error_text = exc.render(qt_translate)
        self._filling = True
        self.table.setRowCount(0)
        for programme in self.catalogue.entries if self.catalogue else ():
            self._append(programme)
        self._filling = False
        self.table.setEnabled(self.catalogue is not None)
        self.dirty = False
        self.message.setText(self.error_text)
        self._country_texts()
        self._origin_text()
        self._update_buttons()

    def _append(self, programme: AidProgramme | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (
            [
                programme.name.fr,
                programme.name.en,
                programme.description.fr,
                programme.description.en,
                programme.source,
                programme.url,
                "" if programme.year is None else str(programme.year),
            ]
            if programme
            else [""] * STATUS_COLUMN
        )
        for column, text in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self._item(row, 0).setData(ENTRY_ROLE, (programme.id, list(programme.applies_to)) if programme else ("", []))
        status = programme.status if programme else AidStatus.UNVERIFIED
        item = QTableWidgetItem(status_label(status))
        item.setData(STATUS_ROLE, status.value)
        self.table.setItem(row, STATUS_COLUMN, item)
        return row

    def _changed(self, *_args) -> None:
        if self._filling:
            return
        self.dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.catalogue is not None
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(self.table.selectionModel().selectedRows()))
        # a refused copy is never written over: Save comes back once it is restored or corrected
        self.save_button.setEnabled(editable)
        self.restore_button.setEnabled(self.user_file.is_file())

    def _origin_text(self) -> None:
        if self.catalogue is None:
            text = QCoreApplication.translate("FinancialAidDialog", "This list cannot be read; it is left as it is.")
        elif self.catalogue.user_copy:
            text = QCoreApplication.translate(
                "FinancialAidDialog", "Your own list, saved in {path}. Reports use it instead of the shipped list."
            )
        else:
            text = QCoreApplication.translate(
                "FinancialAidDialog", "The list shipped with the application. Saving it writes your own copy to {path}."
            )
        self.origin.setText(text.format(path=str(self.user_file)))

    # --- rows ------------------------------------------------------------------------------------

    def add_row(self) -> None:
        row = self._append()
        self._changed()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self._item(row, 0))

    def remove_rows(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row(), reverse=True):
            self.table.removeRow(index.row())
        self._changed()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        """A cell's item: every cell of a row has one (_append)."""
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def entries(self) -> tuple[list[dict[str, Any]], list[int]]:
        """The rows as the file writes them (blank rows left out), and the row of each entry."""
        entries: list[dict[str, Any]] = []
        rows: list[int] = []
        ids: set[str] = set()
        kept: list[tuple[str, list[str]]] = [
            self._item(row, 0).data(ENTRY_ROLE) or ("", []) for row in range(self.table.rowCount())
        ]
        taken = {entry_id for entry_id, _ in kept if entry_id}  # a new entry's id never takes a kept one's
        for row in range(self.table.rowCount()):
            cells = [self._cell(row, column) for column in range(STATUS_COLUMN)]
            if not any(cells):
                continue
            entry_id, applies_to = kept[row]
            if not entry_id or entry_id in ids:
                entry_id = _new_id(cells[1] or cells[0], taken | ids)
            ids.add(entry_id)
            year = cells[6]
            entry: dict[str, Any] = {
                "id": entry_id,
                "name": {"fr": cells[0], "en": cells[1]},
                "description": {"fr": cells[2], "en": cells[3]},
                "source": cells[4],
                "url": cells[5],
                "year": int(year) if _YEAR.match(year) else (year or None),
                "status": self.status_of(row).value,
            }
            if applies_to:
                entry["applies_to"] = list(applies_to)
            entries.append(entry)
            rows.append(row)
        return entries, rows

    def status_of(self, row: int) -> AidStatus:
        return AidStatus(self._item(row, STATUS_COLUMN).data(STATUS_ROLE))

    # --- saving and restoring --------------------------------------------------------------------

    def save(self) -> bool:
        """Check every row, then write the auditor's copy; a refusal names the row and the column."""
        if self.catalogue is None:
            return False
        entries, rows = self.entries()
        try:
            catalogue = check_entries(self.country, entries)
        except FinancialAidError as exc:
            self._refuse_row(exc, rows)
            return False
        try:
            save_catalogue(catalogue, self.user_file)
        except FinancialAidError as exc:  # the copy on disk was damaged meanwhile: it stays as it is
            self.message.setText(exc.render(qt_translate))
            return False
        except OSError as exc:
            self.message.setText(
                QCoreApplication.translate(
                    "FinancialAidDialog", "The list could not be saved to {path}: {reason}"
                ).format(path=str(self.user_file), reason=exc.strerror or str(exc))
            )
            return False
        self.load(self.country)
        self.message.setText(
            QCoreApplication.translate(
                "FinancialAidDialog", "Saved to {path}. Reports use this list from now on."
            ).format(path=self.user_file)
        )
        return True

    def _refuse_row(self, error: FinancialAidError, rows: list[int]) -> None:
        problem = error.problem.render(qt_translate)
        if error.entry is None or not 0 < error.entry <= len(rows):
            self.message.setText(problem)
            return
        row = rows[error.entry - 1]
        field = error.field or ""
        column = FIELDS.index(field) if field in FIELDS else FIELD_COLUMN.get(field.split(".")[0], 0)
        label = _translated(COLUMNS[column][1])
        if field.split(".")[0] in ("name", "description") and "." not in field:
            label = (
                QCoreApplication.translate("FinancialAidDialog", "Name")
                if field == "name"
                else QCoreApplication.translate("FinancialAidDialog", "Description")
            )
        if field == "year":  # the file's "null" means an empty cell here
            problem = QCoreApplication.translate(
                "FinancialAidDialog",
                "“{value}” is not a year. Write the year of the source in four digits (2024), or leave it empty.",
            )
            problem = problem.format(value=self._cell(row, column))
        self.message.setText(
            QCoreApplication.translate("FinancialAidDialog", "Row {row}, {column}: {problem}").format(
                row=row + 1, column=label, problem=problem
            )
        )
        self.table.setCurrentCell(row, column)

    def restore_shipped(self) -> None:
        if not self.user_file.is_file():
            return
        if not self.confirm(
            QCoreApplication.translate("FinancialAidDialog", "Restore the shipped list"),
            QCoreApplication.translate(
                "FinancialAidDialog",
                "Delete your list for {country} ({path}) and use the shipped list again? Your entries are lost.",
            ).format(country=self.country, path=str(self.user_file)),
        ):
            return
        try:
            remove_user_copy(self.user_dir, self.country)
        except OSError as exc:
            self.message.setText(
                QCoreApplication.translate("FinancialAidDialog", "Your list could not be deleted: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            return
        country = self.country
        # a country that only the auditor had goes away with its list
        self._fill_countries(country if country in countries_in(shipped_financial_aid_dir()) else None)
        self.load(self.country)
        self.message.setText(QCoreApplication.translate("FinancialAidDialog", "The shipped list is used again."))

    def confirm(self, title: str, text: str) -> bool:
        """Ask before losing something (tests answer for the user)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _discard_changes(self) -> bool:
        return not self.dirty or self.confirm(
            self.windowTitle(),
            QCoreApplication.translate("FinancialAidDialog", "Discard your changes to the list of {country}?").format(
                country=self.country
            ),
        )

    def _country_chosen(self, _index: int) -> None:
        country = self.country_box.currentData()
        if country == getattr(self.catalogue, "country", None) and not self.error_text:
            return
        if not self._discard_changes():
            self.country_box.blockSignals(True)
            previous = self.catalogue.country if self.catalogue else country
            self.country_box.setCurrentIndex(max(0, self.country_box.findData(previous)))
            self.country_box.blockSignals(False)
            return
        self.load(country)

    def reject(self) -> None:
        if self._discard_changes():
            super().reject()

    # --- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FinancialAidDialog", "Financial aid"))
        self.country_label.setText(QCoreApplication.translate("FinancialAidDialog", "Country"))
        self.table.setHorizontalHeaderLabels([_translated(text) for _, text in COLUMNS])
        self._filling = True  # new words, not a change to the list
        for row in range(self.table.rowCount()):
            self._item(row, STATUS_COLUMN).setText(status_label(self.status_of(row)))
        self._filling = False
        # the header's items, made by setHorizontalHeaderLabels
        described_fr, described_en = self.table.horizontalHeaderItem(2), self.table.horizontalHeaderItem(3)
        assert described_fr is not None and described_en is not None
        described_fr.setToolTip(
            QCoreApplication.translate("FinancialAidDialog", "What the programme funds, and for whom")
        )
        described_en.setToolTip(described_fr.toolTip())
        self.add_button.setText(QCoreApplication.translate("FinancialAidDialog", "Add a programme"))
        self.remove_button.setText(QCoreApplication.translate("FinancialAidDialog", "Remove the selected programmes"))
        self.save_button.setText(QCoreApplication.translate("FinancialAidDialog", "Save"))
        self.restore_button.setText(QCoreApplication.translate("FinancialAidDialog", "Restore the shipped list"))
        self._country_texts()
        if self.catalogue is not None or self.error_text:
            self._origin_text()
        if self.error_text:  # a refusal is a domain message: shown again in the new language
            self.load(self.country)


def _new_id(name: str, taken: set[str]) -> str:
    """An id for a new entry, from its name: ``Prime à l'isolation`` → ``prime-a-l-isolation``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40].strip("-") or "aid"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


# --- for the main window ------------------------------------------------------------------------


def open_financial_aid_dialog(parent: QWidget | None, data_dir: Path, country: str | None = None) -> FinancialAidDialog:
    """Open the dialog (window-modal, not blocking) on ``country``'s list, else the first list; it deletes
    itself when closed."""
    dialog = FinancialAidDialog(Path(data_dir), parent, country)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
