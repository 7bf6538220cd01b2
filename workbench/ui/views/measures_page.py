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

from workbench.analysis.measure_totals import totals_by_kind
from workbench.analysis.measures import native_savings, site_measures
from workbench.domain import model
from workbench.domain.economics import IMMEDIATE, PRICE_BASIS_LABELS, MeasureFigures, payback_text
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Plural, message
from workbench.domain.units import CARRIER_LABELS, Carrier
from workbench.domain.vocab import LABELS, EndUse, MeasureKind
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
from workbench.ui.widgets.table_menu import attach_table_menu

from .page import Page, button_row, message_label, title_label
from .summary_pages import sortable_table

DETAIL_MIN_WIDTH = 340  # px: the form's labels and editors side by side
LONG_TEXT_WIDTH = 200  # px at most for a title, a price's reason or warnings; the whole text is in the tooltip
# What each totals line covers, said in it (%n: how many measures, in Qt's plural forms).
TOTALS_TEXTS = {
    MeasureKind.SAVING: Plural.translate(
        "MeasuresPage",
        "Energy savings, %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}",
        None,
        0,
    ),
    MeasureKind.RENEWABLE: Plural.translate(
        "MeasuresPage",
        "Renewable production, %n measures: {kwh} bought less · {money} · investment {investment} · "
        "{co2} avoided · payback {payback}",
        None,
        0,
    ),
    None: Plural.translate(
        "MeasuresPage",
        "All %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}",
        None,
        0,
    ),
}


def narrow_long_texts(view, columns: list[Column]) -> None:
    """Columns of long texts (those with a tooltip) no wider than :data:`LONG_TEXT_WIDTH`."""
    for i, column in enumerate(columns):
        if column.tooltip:
            view.setColumnWidth(i, min(view.columnWidth(i), LONG_TEXT_WIDTH))


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
    depends_on = frozenset(
        {
            EntityKind.MEASURE,
            EntityKind.EQUIPMENT,
            EntityKind.BILL,
            EntityKind.DELIVERY,
            EntityKind.SUPPLY,
            EntityKind.SITE,
            EntityKind.FACTOR_OVERRIDE,
        }
    )
    own_only = frozenset({EntityKind.SITE})

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
        attach_table_menu((self.view,), lambda: ((self.add_button, self.delete_button),))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        # After the view fits its columns to their texts: a title or a warning runs long, and would push the
        # figures out of sight (the whole text is in the cell's tooltip).
        self.model.modelReset.connect(lambda: narrow_long_texts(self.view, self.model.columns))
        left_layout.addWidget(self.view, 2)
        self.totals = QLabel()  # what the measures of the table add up to, under its figures
        self.totals.setObjectName("measureTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_layout.addWidget(self.totals)
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
        self.savings_editors: dict[Carrier, tuple[QLineEdit, QLineEdit]] = {}
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
        splitter.setStretchFactor(1, 1)
        # The table first: the form scrolls in its own pane, the figures should not have to.
        detail_scroll.setMinimumWidth(DETAIL_MIN_WIDTH)
        splitter.setSizes([3 * DETAIL_MIN_WIDTH, DETAIL_MIN_WIDTH])
        if session.read_only:  # the measures are read and ranked, not changed
            self.lock_edits(self.add_button, self.delete_button)
            self.title_editor.lock_edits()
            self.description_editor.lock_edits()
        self.retranslate()

    @property
    def site_id(self) -> int | None:
        return self.key[1] if self.key else None

    # --- table -----------------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        fmt = lambda: self.languages.formatter  # noqa: E731

        def title(f: MeasureFigures) -> str:
            text = f.measure.title.text(self.languages.language)
            return text or "⚠ " + (f.measure.title.fr or f.measure.title.en)

        # The figures a reader compares (kWh, money, investment, payback, CO2) first, beside the title; the
        # invoice units and the price's reason after them, where a narrow window may scroll to them.
        return [
            Column("MeasuresPage", QT_TRANSLATE_NOOP("MeasuresPage", "Measure"), title, tooltip=True),
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
                QT_TRANSLATE_NOOP("MeasuresPage", "Saved per year"),
                lambda f: fmt().number(f.cost_savings) + ("" if f.cost_computed else " ✎"),
                lambda f: f.cost_savings,
                True,
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
                QT_TRANSLATE_NOOP("MeasuresPage", "Saved per year (invoice units)"),
                self._native_text,
                tooltip=True,
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
                QT_TRANSLATE_NOOP("MeasuresPage", "Status"),
                lambda f: QCoreApplication.translate("MeasureStatus", LABELS[f.measure.status]),
            ),
            Column(
                "MeasuresPage",
                QT_TRANSLATE_NOOP("MeasuresPage", "Warnings"),
                lambda f: " ".join(self.languages.render(w) for w in f.warnings),
                tooltip=True,
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
        site_id = self.shown_id()
        site = self.session.get(model.Site, site_id)
        self.title.setText(QCoreApplication.translate("Pages", "Measures of {site}").format(site=site.name))
        account = self.session.account(site_id)
        _balance, self.figures = site_measures(
            account, self.session.workspace.equipment(site_id), self.session.workspace.measures(site_id)
        )
        selected = self.selected()
        self.model.refresh()
        if selected is not None:
            self.select(model.stored_id(selected))
        fmt = self.languages.formatter
        self._show_totals(site.currency)
        self.payback_chart.value_text = lambda v: fmt.number(v, 1)
        # Savings only: renewable production is ranked apart, in the table's Kind column and the report.
        self.payback_chart.set_rows(
            payback_rows(self.figures, self.languages.language),
            QCoreApplication.translate("MeasuresPage", "Payback by measure, in years (over 3 years in orange)"),
        )
        self._show_selected()

    def _show_totals(self, currency: str) -> None:
        """One line per kind of measure (and one for all of them when the site has both): what it adds up and
        over which measures, so that nobody reads a sum of savings and production as a saving."""
        fmt = self.languages.formatter
        lines = []
        for totals in totals_by_kind(self.figures):
            payback = (
                QCoreApplication.translate("Measures", IMMEDIATE)
                if totals.immediate
                else fmt.quantity(totals.payback_years, QCoreApplication.translate("Units", "years"), 1)
                if totals.payback_years is not None
                else "—"
            )
            source = TOTALS_TEXTS[totals.kind]
            line = qt_translate("MeasuresPage", source, totals.count).format(
                count=totals.count,
                kwh=fmt.quantity(totals.kwh, QCoreApplication.translate("MeasuresPage", "kWh/year")),
                money=fmt.money(totals.cost_savings, currency) + QCoreApplication.translate("MeasuresPage", "/year"),
                investment=fmt.money(totals.investment, currency),
                co2=fmt.quantity(totals.co2_t, "t CO2", 1),
                payback=payback,
            )
            if totals.without_investment:
                line += " " + QCoreApplication.translate(
                    "MeasuresPage",
                    "(investment not given for %n of them: counted in the savings, not in the payback)",
                    "",
                    totals.without_investment,
                )
            lines.append(line)
        self.totals.setText("\n".join(lines))
        self.totals.setVisible(bool(lines))

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
        carriers = [s.carrier for s in self.session.workspace.supplies(self.shown_id())]
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
        for item in self.session.workspace.equipment(self.shown_id()):
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
            self.session.edit(model.Measure, model.stored_id(measure), **values)
            self.message.clear()
        except DomainError as exc:
            self.message.setText(self.languages.render(exc.message))

    # --- rows ------------------------------------------------------------------------------------------

    def add_measure(self) -> None:
        site_id = self.shown_id()
        existing = self.session.workspace.measures(site_id)
        measure = model.Measure(
            site_id=site_id,
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
            self.session.undo_stack.push(DeleteMany(self.session, model.Measure, [model.stored_id(measure)], label))

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
