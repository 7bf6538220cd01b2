"""An electricity supply's bills in money: each rebuilt from the tariff beside its invoice, the charges month
by month, the subscribed-power cost curve, the capacitor bank and the peak-hour shift.

Shown as the "Tariff" tab of the supply's bills page (``BillsPanel``); the figures are
``analysis.tariff``'s, this page only lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QTableView, QVBoxLayout, QWidget

from workbench.analysis.tariff import CHARGE_PARTS, RebuiltBill, SupplyTariff, analyse_site
from workbench.domain import model
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.tariffs import BILL_INPUT_LABELS, TARIFF_NAMES
from workbench.domain.units import Carrier
from workbench.i18n.language import LanguageManager
from workbench.ui.charts.monthly import MonthlyBarChart, Series
from workbench.ui.charts.tariff_curve import CostCurveChart
from workbench.ui.factor_text import factor_lines
from workbench.ui.models.tables import Column, RowsTableModel
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.kpi_card import KpiCard

from .page import Page, scrolling_body, title_label

CTX = "TariffPage"
PART_NAMES = {
    "energy": (QT_TRANSLATE_NOOP("TariffPage", "Energy"), "#3b82c4"),
    "power": (QT_TRANSLATE_NOOP("TariffPage", "Power charge"), "#e8a33d"),
    "overrun": (QT_TRANSLATE_NOOP("TariffPage", "Overrun charge"), "#d9603b"),
    "cos_phi_surcharge": (QT_TRANSLATE_NOOP("TariffPage", "cos φ surcharge"), "#8c6bb1"),
    "metering": (QT_TRANSLATE_NOOP("TariffPage", "Metering"), "#7f8c8d"),
}
KPI_NAMES = ("rebuilt", "invoiced", "difference", "power", "reactive")
FLAGGED_BACKGROUND = QColor(214, 69, 69, 60)  # translucent: reads on light and dark palettes


class TariffTableModel(RowsTableModel):
    """The bills rebuilt, one row each: flagged differences tinted, missing inputs in the tooltip, bills outside
    the analysis period greyed."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid():
            row: RebuiltBill = self.row_object(index.row())
            if role == Qt.ItemDataRole.BackgroundRole and row.flagged:
                return FLAGGED_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole and not row.in_window:
                return QColor(128, 128, 128)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tooltip(row)
        return super().data(index, role)

    def tooltip(self, row: RebuiltBill) -> str:
        lines = []
        if row.missing:
            missing = ", ".join(QCoreApplication.translate("Tariff", BILL_INPUT_LABELS[m]) for m in row.missing)
            lines.append(QCoreApplication.translate("TariffPage", "Missing: {missing}").format(missing=missing))
        if row.flagged:
            lines.append(
                QCoreApplication.translate(
                    "TariffPage", "The invoice differs from the tariff by more than the tolerance."
                )
            )
        if row.duplicate:
            lines.append(QCoreApplication.translate("TariffPage", "Repeats a period already counted: not summed."))
        if not row.in_window:
            lines.append(QCoreApplication.translate("TariffPage", "Outside the 12 months of the analysis: not summed."))
        return "\n".join(lines)


class TariffPage(Page):
    depends_on = frozenset(
        {
            EntityKind.BILL,
            EntityKind.SUPPLY,
            EntityKind.SITE,
            EntityKind.FACTOR_OVERRIDE,
            EntityKind.PROGRAMME,
        }
    )
    own_only = frozenset({EntityKind.SUPPLY})

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        self.result: SupplyTariff | None = None
        layout = scrolling_body(self)
        self.title = title_label(1.2)
        self.period = QLabel()
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        for widget in (self.title, self.period, self.none_label):
            layout.addWidget(widget)
        self.cards = {name: KpiCard() for name in KPI_NAMES}
        cards = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
        layout.addLayout(cards)

        self.options_box = QGroupBox()
        options = QVBoxLayout(self.options_box)
        self.subscribed_text, self.capacitor_text, self.peak_text = QLabel(), QLabel(), QLabel()
        self.subscribed_notes, self.capacitor_notes = QLabel(), QLabel()
        for label in (self.subscribed_text, self.subscribed_notes, self.capacitor_text, self.capacitor_notes):
            options.addWidget(label)
        options.addWidget(self.peak_text)
        for label in (self.subscribed_text, self.capacitor_text, self.peak_text):
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        for label in (self.subscribed_notes, self.capacitor_notes):
            label.setWordWrap(True)
            label.setIndent(12)
        layout.addWidget(self.options_box)

        charts = QGridLayout()
        self.curve_chart = CostCurveChart()
        self.charges_chart = MonthlyBarChart()
        charts.addWidget(self.curve_chart, 0, 0)
        charts.addWidget(self.charges_chart, 0, 1)
        layout.addLayout(charts)

        self.notes = QListWidget()
        self.notes.setMaximumHeight(80)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.table_model = TariffTableModel(self._columns(), self._rows, languages, self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(320)
        self.table_model.modelReset.connect(self.table.resizeColumnsToContents)
        layout.addWidget(self.table)
        self.retranslate()

    @property
    def supply_id(self) -> int | None:
        return self.key[1] if self.key else None

    def follow(self, key) -> None:
        """Show ``key``'s supply now if the page is on screen, else when it next is (the tab is not chosen)."""
        if self.isVisible():
            self.show_node(key)
        else:
            self.key, self._stale = key, True

    # --- refresh ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.supply_id is None:
            return
        supply = self.session.get(model.EnergySupply, self.supply_id)
        account = self.session.account(supply.site_id)
        results = analyse_site(account, supply.id) if supply.carrier is Carrier.ELECTRICITY else []
        self.result = results[0] if results else None
        currency = account.site.currency
        has_tariff = self.result is not None and self.result.tariff is not None
        tariff_widgets: list[QWidget] = [
            self.options_box,
            self.curve_chart,
            self.charges_chart,
            self.table,
            *self.cards.values(),
        ]
        for widget in tariff_widgets:
            widget.setVisible(has_tariff)
        self.notes.clear()
        if self.result is not None:
            for note in self.result.notes:
                self.notes.addItem(self.languages.render(note))
        self.notes.setVisible(self.notes.count() > 0)
        self.none_label.setVisible(not has_tariff)
        self.table_model.refresh()
        if not has_tariff:
            self.title.setText(supply.name or QCoreApplication.translate("Carrier", supply.carrier.label))
            self.period.clear()
            self.none_label.setText(
                QCoreApplication.translate(
                    "TariffPage", "There is no tariff model for this supply: its bills are not rebuilt."
                )
            )
            return
        result = self.result
        assert result is not None and result.tariff is not None  # has_tariff
        if result.window is None:  # a tariff, but no bills yet: the notes say so
            for widget in tariff_widgets:
                widget.setVisible(False)
            self.title.setText(supply.name or QCoreApplication.translate("Carrier", supply.carrier.label))
            self.period.clear()
            return
        self.title.setText(
            f"{supply.name or QCoreApplication.translate('Carrier', supply.carrier.label)} — "
            + QCoreApplication.translate("Tariff", TARIFF_NAMES[result.tariff.model])
        )
        first, last = result.window
        self.period.setText(
            QCoreApplication.translate("TariffPage", "Bills of {first} – {last}, in {currency} excl. VAT").format(
                first=first.strftime("%m/%Y"), last=last.strftime("%m/%Y"), currency=currency
            )
        )
        self._show_cards(result, currency)
        self._show_options(result, currency)
        self._show_charts(result, currency)

    def _show_cards(self, result: SupplyTariff, currency: str) -> None:
        fmt, a = self.languages.formatter, result.annual
        assert a is not None  # computed with the tariff
        # named by the site's lookup: a peak-shift share typed on this page is a factor without a name of its own
        lookup = self.session.account(result.supply.site_id).factors
        sources = factor_lines((lookup.named(f) for f in result.factors), self.languages, fmt.exact)
        relative = a.difference / a.invoiced if a.invoiced else None
        values = {
            "rebuilt": (
                QCoreApplication.translate("TariffPage", "Rebuilt from the tariff"),
                fmt.money(a.total_excl_vat, currency),
                sources,
            ),
            "invoiced": (QCoreApplication.translate("TariffPage", "Invoiced"), fmt.money(a.invoiced, currency), ""),
            "difference": (
                QCoreApplication.translate("TariffPage", "Difference"),
                f"{fmt.money(a.difference, currency)} ({fmt.percent(relative, 2)})",
                "",
            ),
            "power": (
                QCoreApplication.translate("TariffPage", "Power and overrun charges"),
                fmt.money(a.power + a.overrun, currency),
                "",
            ),
            "reactive": (
                QCoreApplication.translate("TariffPage", "cos φ surcharge"),
                fmt.money(a.cos_phi_surcharge, currency),
                "",
            ),
        }
        for name, (caption, value, tooltip) in values.items():
            self.cards[name].set(caption, value, tooltip)

    def _show_options(self, result: SupplyTariff, currency: str) -> None:
        fmt = self.languages.formatter
        render = self.languages.render
        s, c, p = result.subscribed, result.capacitor, result.peak_shift
        if s is not None:
            self.subscribed_text.setText(
                QCoreApplication.translate(
                    "TariffPage",
                    "Subscribed power: {current} now, {recommended} recommended — power and overrun charges "
                    "{cost_now} → {cost_new} a year, a saving of {saving}.",
                ).format(
                    current=fmt.quantity(s.current_kva, "kVA") if s.current_kva else "—",
                    recommended=fmt.quantity(s.recommended_kva, "kVA"),
                    cost_now=fmt.money(s.annual_cost_current, currency),
                    cost_new=fmt.money(s.annual_cost_recommended, currency),
                    saving=fmt.money(s.annual_saving, currency),
                )
            )
            self.subscribed_notes.setText("\n".join("• " + render(m) for m in s.assumptions))
        else:
            self.subscribed_text.setText(
                QCoreApplication.translate("TariffPage", "Subscribed power: no reached power in kVA to study.")
            )
            self.subscribed_notes.clear()
        if c is not None:
            values = {
                "kvar": fmt.quantity(c.kvar, "kvar"),
                "target": fmt.number(c.target_cos_phi, 2),
                "investment": fmt.money(c.investment, currency),
            }
            if c.payback_years is not None:
                text = QCoreApplication.translate(
                    "TariffPage",
                    "Capacitor bank: {kvar} for cos φ {target}, about {investment}; it avoids {saving} of "
                    "cos φ surcharge a year — payback {payback}.",
                ).format(
                    **values,
                    saving=fmt.money(c.annual_saving, currency),
                    payback=fmt.quantity(c.payback_years, QCoreApplication.translate("TariffPage", "years"), 1),
                )
            else:
                text = QCoreApplication.translate(
                    "TariffPage",
                    "Capacitor bank: {kvar} would bring cos φ to {target} (about {investment}), but the bills carry "
                    "no cos φ surcharge: it does not pay back through the tariff.",
                ).format(**values)
            self.capacitor_text.setText(text)
            self.capacitor_notes.setText("\n".join("• " + render(m) for m in c.assumptions))
        else:
            self.capacitor_text.setText(
                QCoreApplication.translate(
                    "TariffPage", "Capacitor bank: no reactive energy on the bills to size it from."
                )
            )
            self.capacitor_notes.clear()
        if p is not None:
            self.peak_text.setText(
                QCoreApplication.translate(
                    "TariffPage",
                    "Peak hours: {share} of the kWh; moving {shift} of them ({kwh} a year) to off-peak hours "
                    "would save {saving} a year.",
                ).format(
                    share=fmt.percent(p.peak_share, 1),
                    shift=fmt.percent(p.shift_share),
                    kwh=fmt.quantity(p.kwh_moved, "kWh"),
                    saving=fmt.money(p.annual_saving, currency),
                )
            )
        else:
            self.peak_text.clear()

    def _show_charts(self, result: SupplyTariff, currency: str) -> None:
        fmt = self.languages.formatter
        s = result.subscribed
        self.curve_chart.set_number_texts(fmt.number, fmt.number)
        self.curve_chart.set_titles(
            QCoreApplication.translate("TariffPage", "Annual power cost by subscribed power"), "kVA", currency
        )
        if s is not None:
            # a current cost is computed for a current subscribed power
            current = (
                (s.current_kva, s.annual_cost_current) if s.current_kva and s.annual_cost_current is not None else None
            )
            self.curve_chart.set_data(
                s.curve,
                current,
                (s.recommended_kva, s.annual_cost_recommended),
                (
                    QCoreApplication.translate("TariffPage", "Power + overrun charges"),
                    QCoreApplication.translate("TariffPage", "Current"),
                    QCoreApplication.translate("TariffPage", "Recommended"),
                ),
            )
        self.curve_chart.setVisible(s is not None)
        months, values = result.charge_series()
        series = [
            Series(QCoreApplication.translate(CTX, PART_NAMES[part][0]), values[part], PART_NAMES[part][1])
            for part in CHARGE_PARTS
        ]
        self.charges_chart.month_text = lambda m: m.strftime("%m/%Y")
        self.charges_chart.value_axis.number_text = fmt.number
        self.charges_chart.value_text = lambda v: fmt.money(v, currency)
        self.charges_chart.set_data(months, series)
        self.charges_chart.set_titles(QCoreApplication.translate("TariffPage", "Charges per month, rebuilt"), currency)

    # --- the table -------------------------------------------------------------------------------

    def _rows(self) -> list[RebuiltBill]:
        """Newest first: the analysis period's bills are the ones an auditor checks."""
        return list(reversed(self.result.bills)) if self.result is not None and self.result.tariff is not None else []

    def _columns(self) -> list[Column]:
        fmt = lambda: self.languages.formatter  # noqa: E731 - the language may change under the model

        def charge(name: str):
            def text(row: RebuiltBill) -> str:
                return "—" if row.charges is None else fmt().number(getattr(row.charges, name))

            def sort(row: RebuiltBill) -> float:
                return -1.0 if row.charges is None else getattr(row.charges, name)

            return text, sort

        def column(header: str, text, sort=None, numeric: bool = True) -> Column:
            return Column(CTX, header, text, sort, numeric)

        def difference(row: RebuiltBill) -> str:
            if row.difference is None:
                return "—"
            return f"{fmt().number(row.difference)} ({fmt().percent(row.relative_difference, 2)})"

        return [
            column(
                QT_TRANSLATE_NOOP("TariffPage", "Month"), lambda r: r.month.strftime("%m/%Y"), lambda r: r.month, False
            ),
            column(QT_TRANSLATE_NOOP("TariffPage", "Invoice"), lambda r: r.bill.invoice_number, numeric=False),
            column(QT_TRANSLATE_NOOP("TariffPage", "Energy, peak"), *charge("energy_peak")),
            column(QT_TRANSLATE_NOOP("TariffPage", "Energy, standard"), *charge("energy_standard")),
            column(QT_TRANSLATE_NOOP("TariffPage", "Energy, off-peak"), *charge("energy_offpeak")),
            column(QT_TRANSLATE_NOOP("TariffPage", "Power charge"), *charge("power")),
            column(QT_TRANSLATE_NOOP("TariffPage", "Overrun charge"), *charge("overrun")),
            column(
                QT_TRANSLATE_NOOP("TariffPage", "cos φ"),
                lambda r: "—" if r.cos_phi is None else fmt().number(r.cos_phi, 3),
                lambda r: r.cos_phi or 0.0,
            ),
            column(QT_TRANSLATE_NOOP("TariffPage", "cos φ surcharge"), *charge("cos_phi_surcharge")),
            column(QT_TRANSLATE_NOOP("TariffPage", "Metering"), *charge("metering")),
            column(QT_TRANSLATE_NOOP("TariffPage", "Rebuilt"), *charge("total_excl_vat")),
            column(
                QT_TRANSLATE_NOOP("TariffPage", "Invoiced"),
                lambda r: "—" if r.invoiced is None else fmt().number(r.invoiced),
                lambda r: r.invoiced or 0.0,
            ),
            column(QT_TRANSLATE_NOOP("TariffPage", "Difference"), difference, lambda r: r.difference or 0.0),
            column(
                QT_TRANSLATE_NOOP("TariffPage", "Missing"),
                lambda r: ", ".join(QCoreApplication.translate("Tariff", BILL_INPUT_LABELS[m]) for m in r.missing),
                numeric=False,
            ),
        ]

    def retranslate(self) -> None:
        self.options_box.setTitle(QCoreApplication.translate("TariffPage", "What the tariff lets the site change"))
