"""A supply's bills (and deliveries): edit, add, duplicate, delete, paste, import, attach the source invoice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QListView,
    QListWidget,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import model
from workbench.domain.billing import blank_bill, following_periods
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP, Plural, message
from workbench.domain.units import Carrier
from workbench.i18n.language import LanguageManager, qt_translate
from workbench.importers.paste import pasted_records
from workbench.importers.records import Records
from workbench.ui.commands.imports import DeleteMany, InsertMany
from workbench.ui.models.bill_marks import bill_marks
from workbench.ui.models.bill_table import BillTableModel, DeliveryTableModel
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.entity_form import EntityForm
from workbench.ui.widgets.spreadsheet_table import NewRow, SpreadsheetTable
from workbench.ui.widgets.table_menu import ButtonGroups, attach_table_menu, table_menu

from .page import Page, button_row, message_label, store_file, title_label

if TYPE_CHECKING:
    from .tariff_page import TariffPage

SUPPLY_FIELDS = (
    "name",
    "supplier",
    "contract_ref",
    "meter_ref",
    "voltage_level",
    "tariff_option",
    "subscribed_power_kva",
    "invoice_unit",
    "heating_value",
    "heating_value_basis",
)
# Frozen at the left of each table, so that scrolling to the amounts never loses which bill a row is.
FROZEN_BILL_COLUMNS = 3  # Start, End, Invoice
FROZEN_DELIVERY_COLUMNS = 2  # Delivery date, Delivery note
MEDIA_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


class BillsPanel(Page):
    # the tables follow their rows themselves; the page re-reads the supply, its checks and its title
    depends_on = frozenset({EntityKind.BILL, EntityKind.DELIVERY, EntityKind.SUPPLY, EntityKind.FACTOR_OVERRIDE})
    own_only = frozenset({EntityKind.SUPPLY})

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        layout = QVBoxLayout(self)
        self.title = title_label(1.4)
        layout.addWidget(self.title)
        self.add_button, self.duplicate_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.paste_button, self.import_button = QPushButton(), QPushButton()
        self.attach_button, self.open_button = QPushButton(), QPushButton()
        self.estimate_button = QPushButton()
        layout.addLayout(
            button_row(
                (self.add_button, self.add_bill),
                (self.duplicate_button, self.duplicate),
                (self.delete_button, self.delete_selected),
                (self.paste_button, self.paste_clipboard),
                (self.import_button, self.import_file),
                (self.attach_button, self.attach_document),
                (self.open_button, self.open_document),
                (self.estimate_button, self.estimate_missing_month),
            )
        )
        self.supply_box = QGroupBox()
        self.supply_box.setCheckable(True)
        self.supply_box.setChecked(False)
        self.supply_form = EntityForm(session, languages, model.EnergySupply, SUPPLY_FIELDS)
        self.supply_form.setVisible(False)
        self.supply_box.toggled.connect(self.supply_form.setVisible)
        QVBoxLayout(self.supply_box).addWidget(self.supply_form)
        layout.addWidget(self.supply_box)
        self.checks = QListWidget()
        self.checks.setMaximumHeight(120)
        # A warning is a sentence naming bills: wrapped, never cut at the list's edge.
        self.checks.setWordWrap(True)
        self.checks.setResizeMode(QListView.ResizeMode.Adjust)
        self.checks.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.checks.itemClicked.connect(self._select_culprit)
        layout.addWidget(self.checks)
        self.message = message_label()
        layout.addWidget(self.message)
        # The bills, and beside them the supply's tariff (electricity): its page is built when first chosen.
        self.tabs = QTabWidget()
        bills_tab, self.tariff_tab = QWidget(), QWidget()
        self.tables_box = QVBoxLayout(bills_tab)
        self.tables_box.setContentsMargins(0, 0, 0, 0)
        QVBoxLayout(self.tariff_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(bills_tab, "")
        self.tabs.addTab(self.tariff_tab, "")
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.tariff_page: TariffPage | None = None
        layout.addWidget(self.tabs, 1)
        self.bills: SpreadsheetTable | None = None
        self.deliveries: SpreadsheetTable | None = None
        self.confirm_paste = self._confirm_paste  # tests replace the dialog
        if session.read_only:  # the bills are read, exported and their invoices opened, not changed
            self.lock_edits(
                self.add_button,
                self.duplicate_button,
                self.delete_button,
                self.paste_button,
                self.import_button,
                self.attach_button,
                self.estimate_button,
            )
        self.retranslate()

    # --- which supply ----------------------------------------------------------------------------

    @property
    def supply_id(self) -> int | None:
        return self.key[1] if self.key else None

    def show_node(self, key) -> None:
        if key != self.key:
            for table in (self.bills, self.deliveries):
                if table is not None:
                    table.deleteLater()
            supply_id = key[1]
            new_bill = NewRow(self._blank_bill, message("Commands", QT_TRANSLATE_NOOP("Commands", "Add a bill")))
            self.bills = SpreadsheetTable(
                BillTableModel(self.session, self.languages, supply_id, self), FROZEN_BILL_COLUMNS, new_bill
            )
            self.tables_box.addWidget(self.bills, 3)
            self.deliveries = None
            supply = self.session.get(model.EnergySupply, supply_id)
            if supply.carrier.is_bulk or self.session.workspace.deliveries(supply_id):
                self.deliveries = SpreadsheetTable(
                    DeliveryTableModel(self.session, self.languages, supply_id, self), FROZEN_DELIVERY_COLUMNS
                )
                self.tables_box.addWidget(self.deliveries, 2)
            for table in (self.bills, self.deliveries):
                if table is not None:
                    attach_table_menu(table.views, self._menu_buttons)  # either part, frozen or not
                    table.model.edit_refused.connect(self.message.setText)
                    # A refusal said is out of date once a value is taken or the auditor moves to another cell.
                    table.model.edit_accepted.connect(self.message.clear)
                    table.view.selectionModel().currentChanged.connect(self.message.clear)
                    table.install_event_filter(self)
        self.message.clear()
        self._follow_tariff(key)
        super().show_node(key)

    def _follow_tariff(self, key) -> None:
        electricity = self.session.get(model.EnergySupply, key[1]).carrier is Carrier.ELECTRICITY
        self.tabs.setTabVisible(1, electricity)
        if not electricity:
            self.tabs.setCurrentIndex(0)
        elif self.tariff_page is not None:
            self.tariff_page.follow(key)

    def _tab_chosen(self, index: int) -> None:
        if index == 1 and self.tariff_page is None and self.key is not None:
            from .tariff_page import TariffPage

            self.tariff_page = TariffPage(self.session, self.languages)
            self.tariff_page.navigate.connect(self.navigate)
            tab_layout = self.tariff_tab.layout()
            assert tab_layout is not None  # given in __init__
            tab_layout.addWidget(self.tariff_page)
            self.tariff_page.show()  # added to a tab already on screen: not shown by itself
            self.tariff_page.show_node(self.key)

    def refresh(self) -> None:
        supply = self.session.get(model.EnergySupply, self.shown_id())
        if self.supply_form.ident != supply.id:
            self.supply_form.set_entity(supply.id)
        name = supply.name or QCoreApplication.translate("Carrier", supply.carrier.label)
        self.title.setText(f"{name} — {supply.supplier}" if supply.supplier else name)
        account = self.session.account(supply.site_id)
        # Offered where it applies: a supply billed with a month missing between its bills.
        self.estimate_button.setVisible(bool(self.missing_months()))
        self.checks.clear()
        mine = [w for w in account.warnings if w.supply_id == self.supply_id]
        for warning in mine:
            self.checks.addItem(self.languages.render(warning.message))
            self.checks.item(self.checks.count() - 1).setData(Qt.ItemDataRole.UserRole, list(warning.bill_ids))
        self.checks.setVisible(self.checks.count() > 0)
        # The tables follow the workspace row by row themselves (EntityTableModel): only the marks are new here,
        # so the current cell, the selection and an open editor stay where the auditor is.
        if self.bills is not None:
            bills = [self.bills.model.entity(r) for r in range(self.bills.model.rowCount())]
            self.bills.model.set_marks(bill_marks(mine, bills, self.languages))

    def _select_culprit(self, item) -> None:
        """Every bill the warning names selected, the first one current."""
        ids = item.data(Qt.ItemDataRole.UserRole) or []
        if ids and self.bills is not None:
            self.bills.select_ids(ids)

    # --- row commands ----------------------------------------------------------------------------

    def _active(self) -> SpreadsheetTable | None:
        if self.deliveries is not None and self.deliveries.has_focus():
            return self.deliveries
        return self.bills

    def _blank_bill(self) -> model.Bill:
        """The bill the Add button and the table's new row start from: the period after the last bill."""
        supply_id = self.shown_id()
        supply = self.session.get(model.EnergySupply, supply_id)
        site = self.session.get(model.Site, supply.site_id)
        return blank_bill(supply_id, self.session.workspace.bills(supply_id), site.currency, dt.date.today())

    def add_bill(self) -> None:
        bill = self._blank_bill()
        command = InsertMany(self.session, [bill], message("Commands", QT_TRANSLATE_NOOP("Commands", "Add a bill")))
        self.session.undo_stack.push(command)
        assert self.bills is not None  # a supply is shown
        self.bills.select_id(command.entities[0].id)

    def missing_months(self) -> list[dt.date]:
        from workbench.domain.gap_fill import missing_months

        return missing_months(self.session.workspace.bills(self.supply_id)) if self.supply_id else []

    def estimate_missing_month(self) -> None:
        """A month no bill covers, filled with an estimate the auditor chooses and sees first (one undo step)."""
        from workbench.domain.gap_fill import method_note
        from workbench.ui.dialogs.estimate_dialog import EstimateDialog

        months = self.missing_months()
        if not months:
            self.message.setText(QCoreApplication.translate("BillsPanel", "No month is missing between the bills."))
            return
        supply_id = self.shown_id()
        supply = self.session.get(model.EnergySupply, supply_id)
        dialog = EstimateDialog(
            self.languages,
            self.session.workspace.bills(supply_id),
            months,
            supply_id,
            supply.invoice_unit.value,
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.estimate is None:
            return
        bill = dataclasses.replace(
            dialog.estimate, note=self.languages.render(method_note(dialog.method, dialog.month))
        )
        command = InsertMany(
            self.session, [bill], message("Commands", QT_TRANSLATE_NOOP("Commands", "Estimate a missing month"))
        )
        self.session.undo_stack.push(command)
        assert self.bills is not None  # a supply is shown
        self.bills.select_id(command.entities[0].id)

    def duplicate(self) -> None:
        """Copies of the selected bills, each moved to the month after the last bill."""
        ids = self.bills.selected_ids() if self.bills else []
        if not ids:
            return
        periods = following_periods(self.session.workspace.bills(self.shown_id()), len(ids), dt.date.today())
        copies = [
            dataclasses.replace(
                self.session.get(model.Bill, ident),
                id=None,
                period_start=start,
                period_end=end,
                invoice_number="",
                attachment_id=None,
            )
            for ident, (start, end) in zip(ids, periods, strict=True)
        ]
        label = message(
            "Commands", Plural.translate("Commands", "Duplicate {count} bills", None, 0), "count", count=len(copies)
        )
        self.session.undo_stack.push(InsertMany(self.session, copies, label))

    def delete_selected(self) -> None:
        if self.refused_read_only(self.message.setText):  # Del on a table
            return
        table = self._active()
        if table is None:
            return
        ids = table.selected_ids()
        if not ids:
            return
        cls = table.model.cls
        label = message(
            "Commands", Plural.translate("Commands", "Delete {count} rows", None, 0), "count", count=len(ids)
        )
        self.session.undo_stack.push(DeleteMany(self.session, cls, ids, label))

    # --- paste -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # a key press is a QKeyEvent
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste_clipboard()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and not (isinstance(watched, QTableView) and watched.state() == QTableView.State.EditingState)
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def paste_clipboard(self) -> None:
        if self.refused_read_only(self.message.setText):  # Ctrl+V on a table
            return
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        """New rows from a tab-separated block; the refused cells are shown before anything is written."""
        table = self._active()
        if table is None or not text.strip():
            return 0
        current = table.view.currentIndex()
        first = table.proxy.mapToSource(current).column() if current.isValid() else 0
        fields = [c.field for c in table.model.columns[first:] if c.field]
        supply_id = self.shown_id()
        supply = self.session.get(model.EnergySupply, supply_id)
        site = self.session.get(model.Site, supply.site_id)
        decimal = "," if self.languages.language.value == "fr" else "."
        records = pasted_records(text, fields, supply, site.currency, decimal)
        if not records.items or not self.confirm_paste(records):
            return 0
        entities = [dataclasses.replace(entity, supply_id=supply_id) for _row, entity in records.items]
        label = message(
            "Commands", Plural.translate("Commands", "Paste {count} rows", None, 0), "count", count=len(entities)
        )
        self.session.undo_stack.push(InsertMany(self.session, entities, label))
        return len(entities)

    def _confirm_paste(self, records: Records) -> bool:
        """The rows as they will be stored, and the cells refused: Paste stores them, Cancel nothing."""
        from workbench.ui.dialogs.paste_preview import PastePreview

        table = self._active()
        assert table is not None  # a paste goes to a table shown
        summary = qt_translate(
            "BillsPanel", Plural.translate("BillsPanel", "{count} new rows.", None, 0), len(records.items)
        ).format(count=len(records.items))
        refused = [
            QCoreApplication.translate("BillsPanel", "Row {row}, {column}: “{text}” — {reason}").format(
                row=r.row,
                column=self._column_title(table, r.column),
                text=r.text,
                reason=self.languages.render(r.reason),
            )
            for r in records.refused
        ]
        entities = [entity for _row, entity in records.items]
        blank = self._blank_bill() if table is self.bills else model.FuelDelivery(supply_id=self.shown_id())
        dialog = PastePreview(table.model, entities, blank, summary, refused, self)
        return dialog.exec() == PastePreview.DialogCode.Accepted

    @staticmethod
    def _column_title(table: SpreadsheetTable, name: str) -> str:
        """A refused cell's column as the table heads it (the paste reads cells under the import's own names,
        ``kwh_peak``); a name the table has no column for is kept as it is."""
        from workbench.importers.paste import ENTITY_TO_FIELD

        field = next((entity for entity, key in ENTITY_TO_FIELD.items() if key == name), name)
        for i, column in enumerate(table.model.columns):
            if column.field == field:
                return str(table.model.headerData(i, Qt.Orientation.Horizontal))
        return name

    # --- import and documents --------------------------------------------------------------------

    def import_file(self) -> None:
        from workbench.ui.dialogs.import_routing import open_import

        supply = self.session.get(model.EnergySupply, self.shown_id())
        window = self.window()
        open_import(
            self.session,
            self.languages,
            supply.site_id,
            supply.carrier,
            None,
            self,
            synchronous=getattr(window, "synchronous", False),
            supply_id=self.shown_id(),
        )

    def attach_document(self) -> None:
        ids = self.bills.selected_ids() if self.bills else []
        if len(ids) != 1:
            self.message.setText(QCoreApplication.translate("BillsPanel", "Select one bill to attach its invoice to."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("BillsPanel", "Attach the invoice"),
            "",
            QCoreApplication.translate("BillsPanel", "Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.attach(ids[0], Path(path))

    def attach(self, bill_id: int, path: Path) -> None:
        media = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
        attachment = store_file(self.session, self.languages, path, media, self.message.setText)
        if attachment is not None:
            self.session.edit(model.Bill, bill_id, attachment_id=attachment.id)

    def document_path(self, bill_id: int) -> Path | None:
        """The bill's source document, written to a temporary file that a viewer can open."""
        bill = self.session.get(model.Bill, bill_id)
        if bill.attachment_id is None:
            return None
        attachment = self.session.get(model.Attachment, bill.attachment_id)
        folder = Path(tempfile.mkdtemp(prefix="workbench-invoice-"))
        target = folder / Path(attachment.filename).name
        target.write_bytes(self.session.workspace.attachment_data(attachment.id))
        return target

    def open_document(self) -> None:
        ids = self.bills.selected_ids() if self.bills else []
        path = self.document_path(ids[0]) if len(ids) == 1 else None
        if path is None:
            self.message.setText(QCoreApplication.translate("BillsPanel", "This bill has no attached document."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def table_menu(self, view: QTableView) -> QMenu:
        """The table's context menu: copy the cells, then the panel's own commands on the rows."""
        return table_menu(view, self._menu_buttons())

    def _menu_buttons(self) -> ButtonGroups:
        return (
            (self.paste_button, self.add_button, self.duplicate_button, self.delete_button),
            (self.attach_button, self.open_button),
        )

    def retranslate(self) -> None:
        self.supply_box.setTitle(QCoreApplication.translate("BillsPanel", "Supply: contract, meter, units"))
        self.tabs.setTabText(0, QCoreApplication.translate("BillsPanel", "Bills"))
        self.tabs.setTabText(1, QCoreApplication.translate("BillsPanel", "Tariff"))
        self.add_button.setText(QCoreApplication.translate("BillsPanel", "Add a bill"))
        self.duplicate_button.setText(QCoreApplication.translate("BillsPanel", "Duplicate"))
        self.delete_button.setText(QCoreApplication.translate("BillsPanel", "Delete"))
        self.paste_button.setText(QCoreApplication.translate("BillsPanel", "Paste"))
        self.import_button.setText(QCoreApplication.translate("BillsPanel", "Import invoices…"))
        self.attach_button.setText(QCoreApplication.translate("BillsPanel", "Attach the invoice…"))
        self.open_button.setText(QCoreApplication.translate("BillsPanel", "Open the invoice"))
        self.estimate_button.setText(QCoreApplication.translate("BillsPanel", "Estimate a month…"))
