"""A site's inventory: the table, and a form for the selected item showing the fields of its end use."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, message
from workbench.domain.vocab import EndUse
from workbench.i18n.language import LanguageManager
from workbench.ui.commands.edits import new_position
from workbench.ui.commands.imports import DeleteMany, InsertMany
from workbench.ui.models.equipment_table import EquipmentTableModel
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.bilingual_editor import BilingualEditor
from workbench.ui.widgets.entity_form import EntityForm
from workbench.ui.widgets.entity_table_view import EntityTable
from workbench.ui.widgets.provenance_editor import ProvenanceEditor

from .page import Page, title_label

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


class EquipmentPage(Page):
    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        layout = QVBoxLayout(self)
        self.title = title_label(1.4)
        layout.addWidget(self.title)
        buttons = QHBoxLayout()
        self.add_button, self.duplicate_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        for button, slot in (
            (self.add_button, self.add_item),
            (self.duplicate_button, self.duplicate),
            (self.delete_button, self.delete_selected),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setStyleSheet("color: #d64545;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter, 1)
        self.table: EntityTable | None = None
        self.detail = QGroupBox()
        detail_layout = QVBoxLayout(self.detail)
        self.form = EntityForm(session, languages, model.Equipment, FIELDS)
        self.form.edit_refused.connect(self.message.setText)
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
        detail_layout.addStretch(1)
        self.splitter.addWidget(QWidget())
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.retranslate()

    @property
    def site_id(self) -> int | None:
        return self.key[1] if self.key else None

    def show_node(self, key) -> None:
        if key != self.key:
            table = EntityTable(EquipmentTableModel(self.session, self.languages, key[1], self))
            table.model.edit_refused.connect(self.message.setText)
            table.view.selectionModel().currentRowChanged.connect(self._current_changed)
            old = self.splitter.replaceWidget(0, table)
            old.deleteLater()
            self.table = table
            self.form.set_entity(None)
        self.message.clear()
        super().show_node(key)

    def affected_by(self, changes) -> bool:
        return any(c.entity in ("equipment", "site", "factor_override") for c in changes)

    def refresh(self) -> None:
        site = self.session.get(model.Site, self.site_id)
        self.title.setText(QCoreApplication.translate("Pages", "Equipment of {site}").format(site=site.name))
        self._show_selected()

    def selected(self) -> model.Equipment | None:
        ids = self.table.selected_ids() if self.table else []
        return self.session.get(model.Equipment, ids[0]) if len(ids) == 1 else None

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

    def _commit_provenance(self, value: dict) -> None:
        item = self.selected()
        if item is not None:
            self.session.edit(model.Equipment, item.id, provenance=value)

    def _commit_notes(self, text: model.BilingualText) -> None:
        item = self.selected()
        if item is not None:
            self.session.edit(model.Equipment, item.id, notes=text)

    def add_item(self) -> None:
        existing = self.session.workspace.equipment(self.site_id)
        item = model.Equipment(
            site_id=self.site_id,
            name=QCoreApplication.translate("EquipmentPage", "New item"),
            end_use=EndUse.MOTORS,
            position=new_position(existing),
        )
        command = InsertMany(
            self.session, [item], message("Commands", QT_TRANSLATE_NOOP("Commands", "Add an equipment item"))
        )
        self.session.undo_stack.push(command)
        self.table.select_id(command.entities[0].id)

    def duplicate(self) -> None:
        ids = self.table.selected_ids() if self.table else []
        if not ids:
            return
        position = new_position(self.session.workspace.equipment(self.site_id))
        copies = [
            dataclasses.replace(self.session.get(model.Equipment, i), id=None, position=position + k)
            for k, i in enumerate(ids)
        ]
        label = message("Commands", QT_TRANSLATE_NOOP("Commands", "Duplicate {count} items"), count=len(copies))
        command = InsertMany(self.session, copies, label)
        self.session.undo_stack.push(command)
        self.table.select_id(command.entities[0].id)

    def delete_selected(self) -> None:
        ids = self.table.selected_ids() if self.table else []
        if ids:
            label = message("Commands", QT_TRANSLATE_NOOP("Commands", "Delete {count} rows"), count=len(ids))
            self.session.undo_stack.push(DeleteMany(self.session, model.Equipment, ids, label))

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("EquipmentPage", "Add an item"))
        self.duplicate_button.setText(QCoreApplication.translate("EquipmentPage", "Duplicate"))
        self.delete_button.setText(QCoreApplication.translate("EquipmentPage", "Delete"))
        self.provenance_box.setTitle(QCoreApplication.translate("EquipmentPage", "Where the figures come from"))
