"""A site's inventory: the table, and a form for the selected item showing the fields of its end use."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import model
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Plural, message
from workbench.domain.vocab import EndUse
from workbench.i18n.language import LanguageManager, qt_translate
from workbench.importers.equipment import EquipmentRecords, pasted_equipment, read_equipment
from workbench.storage.errors import EntityNotFoundError
from workbench.ui.commands.edits import new_position
from workbench.ui.commands.imports import DeleteMany, InsertMany
from workbench.ui.models.equipment_table import EquipmentTableModel
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.bilingual_editor import BilingualEditor
from workbench.ui.widgets.entity_form import EntityForm
from workbench.ui.widgets.provenance_editor import ProvenanceEditor
from workbench.ui.widgets.spreadsheet_table import NewRow, SpreadsheetTable
from workbench.ui.widgets.table_menu import ButtonGroups, attach_table_menu

from .page import Page, button_row, message_label, store_file, title_label

COMMON = ("name", "end_use", "carrier", "quantity", "annual_hours", "location", "runs_in_peak")
BY_END_USE: dict[EndUse, tuple[str, ...]] = {
    EndUse.MOTORS: ("rated_power", "load_factor", "efficiency", "efficiency_class"),
    EndUse.PUMPS: ("rated_power", "load_factor", "efficiency", "efficiency_class"),
    EndUse.FANS: ("rated_power", "load_factor", "efficiency", "efficiency_class"),
    EndUse.COMPRESSED_AIR: (
        "rated_power",
        "load_factor",
        "efficiency",
        "loaded_power_kw",
        "unloaded_power_kw",
        "loaded_hours",
        "unloaded_hours",
        "free_air_m3_min",
        "pressure_bar",
    ),
    EndUse.LIGHTING: ("fixture_watts", "rated_power", "load_factor"),
    EndUse.PROCESS_HEAT: ("rated_power", "load_factor", "efficiency"),
    EndUse.BOILERS_STEAM: ("rated_power", "load_factor", "efficiency"),
}
DEFAULT_FIELDS = ("rated_power", "load_factor", "efficiency")
FIELDS = tuple(dict.fromkeys(COMMON + tuple(f for group in BY_END_USE.values() for f in group)))
PROVENANCE_FIELDS = ("rated_power", "load_factor", "annual_hours", "efficiency")
FROZEN_COLUMNS = 1  # the item's name stays in sight while scrolling to its figures


class EquipmentPage(Page):
    # the table follows its rows itself; the page re-reads its title and the selected item's detail
    depends_on = frozenset({EntityKind.EQUIPMENT, EntityKind.SITE, EntityKind.FACTOR_OVERRIDE})
    own_only = frozenset({EntityKind.SITE})

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        layout = QVBoxLayout(self)
        self.title = title_label(1.4)
        layout.addWidget(self.title)
        self.add_button, self.duplicate_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.paste_button, self.import_button = QPushButton(), QPushButton()
        self.confirm = self._confirm  # tests replace the dialog
        layout.addLayout(
            button_row(
                (self.add_button, self.add_item),
                (self.duplicate_button, self.duplicate),
                (self.delete_button, self.delete_selected),
                (self.paste_button, self.paste_clipboard),
                (self.import_button, self.import_dialog),
            )
        )
        self.message = message_label()
        layout.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter, 1)
        self.table: SpreadsheetTable | None = None
        self.detail = QGroupBox()
        detail_layout = QVBoxLayout(self.detail)
        self.form = EntityForm(session, languages, model.Equipment, FIELDS)
        self.form.edit_refused.connect(self.message.setText)
        # The form hides its own error once the value is valid (or another item is shown): so does the page.
        self.form.error_label.installEventFilter(self)
        detail_layout.addWidget(self.form)
        self.provenance_box = QGroupBox()
        self.provenance = ProvenanceEditor(model.Equipment, PROVENANCE_FIELDS)
        self.provenance.changed.connect(self._commit_provenance)
        QVBoxLayout(self.provenance_box).addWidget(self.provenance)
        detail_layout.addWidget(self.provenance_box)
        self.notes = BilingualEditor()
        self.notes.setMaximumHeight(120)
        self.notes.committed.connect(self._commit_notes)
        detail_layout.addWidget(self.notes)
        self.photos_box = QGroupBox()
        photos_layout = QVBoxLayout(self.photos_box)
        self.photos = QListWidget()
        self.photos.setMaximumHeight(80)
        self.photos.itemDoubleClicked.connect(self._open_photo)
        self.add_photo_button = QPushButton()
        self.add_photo_button.clicked.connect(self._add_photo_dialog)
        photos_layout.addWidget(self.photos)
        photos_layout.addWidget(self.add_photo_button)
        detail_layout.addWidget(self.photos_box)
        detail_layout.addStretch(1)
        self.splitter.addWidget(QWidget())
        # The detail (every field any kind of equipment has) is taller than a laptop's screen: it scrolls.
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setMinimumWidth(
            self.detail.minimumSizeHint().width() + detail_scroll.verticalScrollBar().sizeHint().width()
        )
        self.splitter.addWidget(detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        if session.read_only:  # the inventory is read and its photos opened, not changed
            self.lock_edits(
                self.add_button,
                self.duplicate_button,
                self.delete_button,
                self.paste_button,
                self.import_button,
                self.add_photo_button,
            )
            self.provenance.lock_edits()
            self.notes.lock_edits()
        self.retranslate()

    @property
    def site_id(self) -> int | None:
        return self.key[1] if self.key else None

    def show_node(self, key) -> None:
        if key != self.key:
            new_item = NewRow(
                self._blank_item, message("Commands", QT_TRANSLATE_NOOP("Commands", "Add an equipment item"))
            )
            table = SpreadsheetTable(
                EquipmentTableModel(self.session, self.languages, key[1], self), FROZEN_COLUMNS, new_item
            )
            table.model.edit_refused.connect(self.message.setText)
            table.model.edit_accepted.connect(self.message.clear)
            table.view.selectionModel().currentChanged.connect(self.message.clear)
            table.view.selectionModel().currentRowChanged.connect(self._current_changed)
            table.install_event_filter(self)
            attach_table_menu(table.views, self._menu_buttons)
            old = self.splitter.replaceWidget(0, table)
            assert old is not None  # the placeholder, or the previous site's table
            old.deleteLater()
            self.table = table
            self.form.set_entity(None)
        self.message.clear()
        super().show_node(key)

    def _menu_buttons(self) -> ButtonGroups:
        return ((self.paste_button, self.add_button, self.duplicate_button, self.delete_button),)

    def refresh(self) -> None:
        site = self.session.get(model.Site, self.shown_id())
        self.title.setText(QCoreApplication.translate("Pages", "Equipment of {site}").format(site=site.name))
        self._show_selected()

    def selected(self) -> model.Equipment | None:
        ids = self.table.selected_ids() if self.table else []
        if len(ids) != 1:
            return None
        try:
            return self.session.get(model.Equipment, ids[0])
        except EntityNotFoundError:  # its row is being removed (a delete, an undone add): the cursor moves on
            return None

    def _current_changed(self, *_args) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.selected()
        self.detail.setEnabled(item is not None)
        if item is None:
            return
        self.form.set_entity(item.id)
        self.form.show_only(set(COMMON) | set(BY_END_USE.get(item.end_use, DEFAULT_FIELDS)))
        self.provenance.set_value(item.provenance)
        self.notes.set_text(item.notes)
        self.detail.setTitle(item.name)
        self.photos.clear()
        for ident in item.photo_ids:
            attachment = self.session.get(model.Attachment, ident)
            entry = QListWidgetItem(attachment.filename)
            entry.setData(Qt.ItemDataRole.UserRole, ident)
            self.photos.addItem(entry)

    def _commit_provenance(self, value: dict) -> None:
        item = self.selected()
        if item is not None:
            self.session.edit(model.Equipment, model.stored_id(item), provenance=value)

    def _commit_notes(self, text: model.BilingualText) -> None:
        item = self.selected()
        if item is not None:
            self.session.edit(model.Equipment, model.stored_id(item), notes=text)

    def add_photo(self, path: Path) -> None:
        item = self.selected()
        if item is None:
            return
        media = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}.get(
            path.suffix.lower(), "application/octet-stream"
        )
        attachment = store_file(self.session, self.languages, path, media, self.message.setText)
        if attachment is not None:
            self.session.edit(model.Equipment, model.stored_id(item), photo_ids=(*item.photo_ids, attachment.id))

    def photo_path(self, attachment_id: int) -> Path:
        """The photo written to a temporary file that an image viewer can open."""
        attachment = self.session.get(model.Attachment, attachment_id)
        target = Path(tempfile.mkdtemp(prefix="workbench-photo-")) / Path(attachment.filename).name
        target.write_bytes(self.session.workspace.attachment_data(attachment_id))
        return target

    def _add_photo_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("EquipmentPage", "Add a photo"),
            "",
            QCoreApplication.translate("EquipmentPage", "Images (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.add_photo(Path(path))

    def _open_photo(self, entry: QListWidgetItem) -> None:
        path = self.photo_path(entry.data(Qt.ItemDataRole.UserRole))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- paste and import, through the invoice import's reading and refusals ----------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.form.error_label:
            if event.type() == QEvent.Type.HideToParent and self.message.text() == self.form.error_label.text():
                self.message.clear()
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)  # a key press is one
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste_clipboard()
            return True
        return super().eventFilter(watched, event)

    def paste_clipboard(self) -> None:
        if self.refused_read_only(self.message.setText):  # Ctrl+V on the table
            return
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        """Items from a block pasted with its header row (names, end use, power…), in one undo step."""
        decimal = "," if self.languages.language.value == "fr" else "."
        site_id = self.shown_id()
        position = new_position(self.session.workspace.equipment(site_id))
        return self._add_records(pasted_equipment(text, site_id, position, decimal))

    def import_file(self, path: Path) -> int:
        site_id = self.shown_id()
        position = new_position(self.session.workspace.equipment(site_id))
        try:
            records = read_equipment(path, site_id, position)
        except DomainError as exc:
            self.message.setText(self.languages.render(exc.message))
            return 0
        return self._add_records(records)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("EquipmentPage", "Import an inventory"),
            "",
            QCoreApplication.translate("EquipmentPage", "Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def _add_records(self, records: EquipmentRecords) -> int:
        if not records.items or not self.confirm(records):
            if records.refused and not records.items:
                self.message.setText(self._refusal_text(records))
            return 0
        label = message(
            "Commands",
            Plural.translate("Commands", "Add {count} equipment items", None, 0),
            plural="count",
            count=len(records.items),
        )
        self.session.undo_stack.push(InsertMany(self.session, [item for _row, item in records.items], label))
        return len(records.items)

    def _refusal_text(self, records: EquipmentRecords) -> str:
        return "\n".join(
            QCoreApplication.translate("EquipmentPage", "Row {row}, {column}: “{text}” — {reason}").format(
                row=r.row, column=r.column, text=r.text, reason=self.languages.render(r.reason)
            )
            for r in records.refused
        )

    def _confirm(self, records: EquipmentRecords) -> bool:
        """The items as they will be stored, and the rows left out: Add stores them, Cancel nothing."""
        from workbench.ui.dialogs.paste_preview import PastePreview

        summary = qt_translate(
            "EquipmentPage", Plural.translate("EquipmentPage", "{count} new items.", None, 0), len(records.items)
        ).format(count=len(records.items))
        refused = self._refusal_text(records).splitlines() if records.refused else []
        if self.table is None:
            return False
        items = [item for _row, item in records.items]
        dialog = PastePreview(self.table.model, items, self._blank_item(), summary, refused, self)
        return dialog.exec() == PastePreview.DialogCode.Accepted

    def _blank_item(self) -> model.Equipment:
        """What the Add button and the table's new row start from; the new row then sets the typed value."""
        site_id = self.shown_id()
        return model.Equipment(
            site_id=site_id,
            name=QCoreApplication.translate("EquipmentPage", "New item"),
            end_use=EndUse.MOTORS,
            position=new_position(self.session.workspace.equipment(site_id)),
        )

    def add_item(self) -> None:
        item = self._blank_item()
        command = InsertMany(
            self.session, [item], message("Commands", QT_TRANSLATE_NOOP("Commands", "Add an equipment item"))
        )
        self.session.undo_stack.push(command)
        assert self.table is not None  # a site is shown
        self.table.select_id(command.entities[0].id)

    def duplicate(self) -> None:
        ids = self.table.selected_ids() if self.table else []
        if not ids:
            return
        assert self.table is not None  # it has selected ids
        position = new_position(self.session.workspace.equipment(self.shown_id()))
        copies = [
            dataclasses.replace(self.session.get(model.Equipment, i), id=None, position=position + k)
            for k, i in enumerate(ids)
        ]
        label = message(
            "Commands", Plural.translate("Commands", "Duplicate {count} items", None, 0), "count", count=len(copies)
        )
        command = InsertMany(self.session, copies, label)
        self.session.undo_stack.push(command)
        self.table.select_id(command.entities[0].id)

    def delete_selected(self) -> None:
        ids = self.table.selected_ids() if self.table else []
        if ids:
            label = message(
                "Commands", Plural.translate("Commands", "Delete {count} rows", None, 0), "count", count=len(ids)
            )
            self.session.undo_stack.push(DeleteMany(self.session, model.Equipment, ids, label))

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("EquipmentPage", "Add an item"))
        self.duplicate_button.setText(QCoreApplication.translate("EquipmentPage", "Duplicate"))
        self.delete_button.setText(QCoreApplication.translate("EquipmentPage", "Delete"))
        self.paste_button.setText(QCoreApplication.translate("EquipmentPage", "Paste"))
        self.import_button.setText(QCoreApplication.translate("EquipmentPage", "Import an inventory…"))
        self.provenance_box.setTitle(QCoreApplication.translate("EquipmentPage", "Where the figures come from"))
        self.photos_box.setTitle(QCoreApplication.translate("EquipmentPage", "Photos"))
        self.add_photo_button.setText(QCoreApplication.translate("EquipmentPage", "Add a photo…"))
