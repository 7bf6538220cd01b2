"""A site's measures: the list with what each saves (chained on its end use), its payback and CO2 avoided,
a form for the selected one, and the measures ranked by payback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.measures import native_savings, site_measures
from workbench.domain import model
from workbench.domain.economics import PRICE_BASIS_LABELS, MeasureFigures, payback_text
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Plural, message
from workbench.domain.units import CARRIER_LABELS
from workbench.domain.vocab import LABELS, EndUse
from workbench.i18n.formatting import NumberTextError
from workbench.i18n.language import LanguageManager, qt_translate
from workbench.ui.charts.figures import payback_rows
from workbench.ui.charts.shapes import RankedBars
from workbench.ui.commands.edits import new_position
from workbench.ui.commands.imports import DeleteMany, InsertMany
from workbench.ui.models.tables import ROW_ROLE, Column, RowsTableModel
from workbench.ui.read_only import read_only_reason
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.bilingual_editor import BilingualEditor
from workbench.ui.widgets.entity_form import EntityForm

from .page import Page, button_row, message_label, title_label
from .summary_pages import sortable_table

FORM_FIELDS = (
    "kind",
    "end_use",
    "tariff_lever",
    "category",
    "status",
    "provenance",
    "investment",
    "cost_savings",
    "tou_peak",
    "tou_standard",
    "tou_offpeak",
    "self_consumption",
    "lifetime_years",
    "horizon",
    "owner",
)


class MeasuresPage(Page):
    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        self.figures: list[MeasureFigures] = []
        layout = QVBoxLayout(self)
        self.title = title_label(1.4)
        layout.addWidget(self.title)
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        layout.addLayout(button_row((self.add_button, self.add_measure), (self.delete_button, self.delete_selected)))
        self.message = message_label()
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowsTableModel(self._columns(), lambda: list(self.figures), languages, self)
        self.view = sortable_table(self.model, self)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        left_layout.addWidget(self.view, 2)
        self.payback_chart = RankedBars(highlight_below=3.0)
        left_layout.addWidget(self.payback_chart, 1)
        splitter.addWidget(left)

        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        self.detail = QWidget()
        detail_scroll.setWidget(self.detail)
        detail = QVBoxLayout(self.detail)
        self.title_editor = BilingualEditor()
        self.title_editor.setMaximumHeight(90)
        self.title_editor.committed.connect(lambda text: self._edit(title=text))
        self.description_editor = BilingualEditor()
        self.description_editor.committed.connect(lambda text: self._edit(description=text))
        self.form = EntityForm(session, languages, model.Measure, FORM_FIELDS)
        self.form.edit_refused.connect(self.message.setText)
        self.savings_box = QGroupBox()
        self.savings_form = QFormLayout(self.savings_box)
        self.savings_editors: dict[object, tuple[QLineEdit, QLineEdit]] = {}
        self.items_box = QGroupBox()
        self.items = QListWidget()
        self.items.itemChanged.connect(self._items_changed)
        QVBoxLayout(self.items_box).addWidget(self.items)
        self.title_label, self.description_label = QLabel(), QLabel()
        for widget in (
            self.title_label,
            self.title_editor,
            self.description_label,
            self.description_editor,
            self.form,
            self.savings_box,
            self.items_box,
        ):
            detail.addWidget(widget)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        if session.read_only:  # the measures are read and ranked, not changed
            self.lock_edits(self.add_button, self.delete_button)
            self.title_editor.lock_edits()
            self.description_editor.lock_edits()
        self.retranslate()

    @property
    def site_id(self) -> int | None:
        return self.key[1] if self.key else None

    def affected_by(self, changes) -> bool:
        return any(
            c.entity in ("measure", "equipment", "bill", "delivery", "supply", "site", "factor_override")
            for c in changes
        )

    # --- table -----------------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        fmt = lambda: self.languages.formatter  # noqa: E731

        def title(f: MeasureFigures) -> str:
            text = f.measure.title.text(self.languages.language)
            return text or "⚠ " + (f.measure.title.fr or f.measure.title.en)

        return [
            Column("MeasuresPage", QT_TRANSLATE_NOOP("MeasuresPage", "Measure"), title),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Kind"),
                lambda f: QCoreApplication.translate("MeasureKind", LABELS[f.measure.kind]),
                lambda f: (f.renewable, f.measure.position),
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "End use"),
                lambda f: QCoreApplication.translate("EndUse", LABELS[f.measure.end_use]),
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Saved per year (kWh)"),
                lambda f: fmt().number(f.total_kwh),
                lambda f: f.total_kwh,
                True,
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Saved per year (invoice units)"),
                self._native_text,
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Saved per year"),
                lambda f: fmt().number(f.cost_savings) + ("" if f.cost_computed else " ✎"),
                lambda f: f.cost_savings,
                True,
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Price of a saved kWh"),
                self._price_text,
                lambda f: f.electricity_price or 0.0,
                True,
                tooltip=True,
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Investment"),
                lambda f: fmt().number(f.measure.investment),
                lambda f: f.measure.investment or 0.0,
                True,
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Payback (years)"),
                lambda f: payback_text(f, lambda v: fmt().number(v, 1), qt_translate),
                lambda f: (f.payback_years is None, f.payback_years or 0.0),
                True,
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "t CO2 avoided"),
                lambda f: fmt().number(f.co2_t, 1),
                lambda f: f.co2_t,
                True,
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Status"),
                lambda f: QCoreApplication.translate("MeasureStatus", LABELS[f.measure.status]),
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Warnings"),
                lambda f: " ".join(self.languages.render(w) for w in f.warnings),
            ),
        ]

    # --- refresh -----------------------------------------------------------------------------------------

    def _price_text(self, figures: MeasureFigures) -> str:
        """``0.975 (the hours its end use runs)``: what a saved kWh of electricity is worth, and why."""
        if figures.electricity_price is None or figures.price_basis is None:
            return ""
        basis = QCoreApplication.translate("PriceBasis", PRICE_BASIS_LABELS[figures.price_basis])
        return f"{self.languages.formatter.number(figures.electricity_price, 3)} ({basis})"

    def _native_text(self, figures: MeasureFigures) -> str:
        if self.site_id is None:
            return ""
        fmt = self.languages.formatter
        account = self.session.account(self.site_id)
        return "; ".join(fmt.quantity(q, unit) for _carrier, q, unit in native_savings(account, figures))

    def refresh(self) -> None:
        site = self.session.get(model.Site, self.site_id)
        self.title.setText(QCoreApplication.translate("Pages", "Measures of {site}").format(site=site.name))
        account = self.session.account(self.site_id)
        _balance, self.figures = site_measures(
            account, self.session.workspace.equipment(self.site_id), self.session.workspace.measures(self.site_id)
        )
        selected = self.selected()
        self.model.refresh()
        if selected is not None:
            self.select(selected.id)
        fmt = self.languages.formatter
        self.payback_chart.value_text = lambda v: fmt.number(v, 1)
        # Savings only: renewable production is ranked apart, in the table's Kind column and the report.
        self.payback_chart.set_rows(
            payback_rows(self.figures, self.languages.language),
            QCoreApplication.translate("MeasuresPage", "Energy savings by payback (years)"),
        )
        self._show_selected()

    def selected(self) -> model.Measure | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        figures = index.data(ROW_ROLE)
        try:
            return self.session.get(model.Measure, figures.measure.id)
        except DomainError:
            return None

    def select(self, ident: int) -> None:
        proxy = self.view.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_ROLE).measure.id == ident:
                self.view.setCurrentIndex(proxy.index(row, 0))
                return

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        measure = self.selected()
        self.detail.setEnabled(measure is not None)
        if measure is None:
            return
        self.title_editor.set_text(measure.title)
        self.description_editor.set_text(measure.description)
        self.form.set_entity(measure.id)
        self._show_savings(measure)
        self._show_items(measure)

    def _show_savings(self, measure: model.Measure) -> None:
        fmt = self.languages.formatter
        while self.savings_form.rowCount():
            self.savings_form.removeRow(0)
        self.savings_editors = {}
        carriers = [s.carrier for s in self.session.workspace.supplies(self.site_id)]
        carriers += [s.carrier for s in measure.savings if s.carrier not in carriers]
        by_carrier = {s.carrier: s for s in measure.savings}
        for carrier in dict.fromkeys(carriers):
            kwh, share = QLineEdit(), QLineEdit()
            kwh.setObjectName(f"kwh_{carrier.value}")
            share.setObjectName(f"share_{carrier.value}")
            saving = by_carrier.get(carrier)
            if saving is not None:
                kwh.setText("" if saving.share is not None else fmt.number(saving.kwh))
                share.setText("" if saving.share is None else fmt.number(saving.share * 100, 1))
            kwh.setPlaceholderText("kWh")
            share.setPlaceholderText("%")
            kwh.editingFinished.connect(self._commit_savings)
            share.editingFinished.connect(self._commit_savings)
            if self.session.read_only:
                self.lock_edits(kwh, share)
            row = QHBoxLayout()
            row.addWidget(kwh)
            row.addWidget(share)
            self.savings_form.addRow(QCoreApplication.translate("Carrier", CARRIER_LABELS[carrier]), row)
            self.savings_editors[carrier] = (kwh, share)

    def _commit_savings(self) -> None:
        measure = self.selected()
        if measure is None or self.session.read_only:
            return
        fmt = self.languages.formatter
        savings = []
        carrier = None
        try:
            for carrier, (kwh, share) in self.savings_editors.items():
                if share.text().strip():
                    savings.append(model.MeasureSaving(carrier, 0.0, fmt.parse_number(share.text()) / 100))
                elif kwh.text().strip():
                    savings.append(model.MeasureSaving(carrier, fmt.parse_number(kwh.text())))
        except NumberTextError as exc:  # "37,5" in English: refused with what to type, never scaled
            label = message("Carrier", CARRIER_LABELS[carrier]) if carrier is not None else ""
            self.message.setText(self.languages.render(exc.reason(label)))
            return
        except ValueError:
            self.message.setText(
                QCoreApplication.translate("MeasuresPage", "Savings are numbers of kWh or percentages.")
            )
            return
        self._edit(savings=tuple(savings))

    def _show_items(self, measure: model.Measure) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for item in self.session.workspace.equipment(self.site_id):
            if item.end_use is not measure.end_use and item.id not in measure.equipment_ids:
                continue
            entry = QListWidgetItem(item.name)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if self.session.read_only:  # shown ticked or not, and left so
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.id in measure.equipment_ids else Qt.CheckState.Unchecked)
            self.items.addItem(entry)
        self.items.blockSignals(False)

    def _items_changed(self, _item: QListWidgetItem) -> None:
        ids = tuple(
            self.items.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        )
        self._edit(equipment_ids=ids)

    def _edit(self, **values) -> None:
        measure = self.selected()
        if measure is None:
            return
        try:
            self.session.edit(model.Measure, measure.id, **values)
            self.message.clear()
        except DomainError as exc:
            self.message.setText(self.languages.render(exc.message))

    # --- rows ------------------------------------------------------------------------------------------

    def add_measure(self) -> None:
        existing = self.session.workspace.measures(self.site_id)
        measure = model.Measure(
            site_id=self.site_id,
            title=model.BilingualText(QCoreApplication.translate("MeasuresPage", "New measure"), ""),
            end_use=EndUse.OTHER,
            position=new_position(existing),
        )
        command = InsertMany(
            self.session, [measure], message("Commands", QT_TRANSLATE_NOOP("Commands", "Add a measure"))
        )
        self.session.undo_stack.push(command)
        self.refresh_now()
        self.select(command.entities[0].id)

    def delete_selected(self) -> None:
        measure = self.selected()
        if measure is not None:
            label = message("Commands", Plural.translate("Commands", "Delete {count} rows", None, 0), "count", count=1)
            self.session.undo_stack.push(DeleteMany(self.session, model.Measure, [measure.id], label))

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("MeasuresPage", "Add a measure"))
        self.delete_button.setText(QCoreApplication.translate("MeasuresPage", "Delete"))
        self.title_label.setText(QCoreApplication.translate("MeasuresPage", "Title"))
        self.description_label.setText(QCoreApplication.translate("MeasuresPage", "Description"))
        self.savings_box.setTitle(
            QCoreApplication.translate("MeasuresPage", "Energy saved per year: kWh, or % of the end use")
        )
        self.items_box.setTitle(QCoreApplication.translate("MeasuresPage", "Equipment concerned"))
        if self.session.read_only:  # its items are not checkable then (_show_items): the list says why
            self.items.setToolTip(read_only_reason())
