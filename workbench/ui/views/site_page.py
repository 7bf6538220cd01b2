"""The site page: identity, key figures of the last 12 months, warnings, observations and monthly charts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.accounts import COST, KWH, PRICED_KWH, SiteAccount
from workbench.analysis.electricity import electricity_months
from workbench.analysis.programme import summarise_site
from workbench.analysis.translations import missing_translations
from workbench.domain import model
from workbench.domain.calendar import add_months
from workbench.domain.messages import QT_TRANSLATE_NOOP, message
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager
from workbench.ui.charts.monthly import CARRIER_COLOURS, Line, MonthlyBarChart, Series
from workbench.ui.factor_text import factor_lines
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.bilingual_editor import BilingualEditor
from workbench.ui.widgets.entity_form import EntityForm
from workbench.ui.widgets.kpi_card import KpiCard

from .page import Page, scrolling_body, title_label

SITE_FIELDS = (
    "name",
    "company",
    "nace_code",
    "address",
    "city",
    "country",
    "currency",
    "floor_area_m2",
    "production_volume",
    "production_unit",
    "schedule.shifts_per_day",
    "schedule.hours_per_shift",
    "schedule.days_per_week",
    "schedule.weeks_per_year",
    "schedule.day_start",
    "contact",
    "audit_date",
    "auditor",
)
FIGURE_KINDS = {"bill", "delivery", "supply", "factor_override"}
TOU_PARTS = (
    (QT_TRANSLATE_NOOP("EntityTable", "Peak"), "peak", "#d9603b"),
    (QT_TRANSLATE_NOOP("EntityTable", "Standard"), "standard", "#e8a33d"),
    (QT_TRANSLATE_NOOP("EntityTable", "Off-peak"), "offpeak", "#3b82c4"),
)
KPI_NAMES = ("energy", "cost", "price", "toe", "co2", "electricity", "intensity")
TARGET_ROLE = Qt.ItemDataRole.UserRole + 10


class SitePage(Page):
    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        layout = scrolling_body(self)

        self.title = title_label(1.6)
        self.period = QLabel()
        layout.addWidget(self.title)
        layout.addWidget(self.period)

        cards = QGridLayout()
        self.cards = {name: KpiCard() for name in KPI_NAMES}
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, i // 4, i % 4)
        layout.addLayout(cards)

        charts = QGridLayout()
        self.energy_chart = MonthlyBarChart()
        self.cost_chart = MonthlyBarChart()
        self.price_chart = MonthlyBarChart()
        self.tou_chart = MonthlyBarChart()
        self.power_chart = MonthlyBarChart()
        self.cos_phi_chart = MonthlyBarChart()
        for i, chart in enumerate(self.charts):
            charts.addWidget(chart, i // 2, i % 2)
        layout.addLayout(charts)

        middle = QHBoxLayout()
        self.identity_box = QGroupBox()
        box_layout = QVBoxLayout(self.identity_box)
        self.form = EntityForm(session, languages, model.Site, SITE_FIELDS)
        box_layout.addWidget(self.form)
        middle.addWidget(self.identity_box, 3)
        self.warnings_box = QGroupBox()
        warnings_layout = QVBoxLayout(self.warnings_box)
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.itemActivated.connect(self._go_to_culprit)
        self.warnings.itemClicked.connect(self._go_to_culprit)
        warnings_layout.addWidget(self.warnings)
        middle.addWidget(self.warnings_box, 2)
        layout.addLayout(middle)

        self.activity_box = QGroupBox()
        self.activity = BilingualEditor()
        self.activity.setMaximumHeight(110)
        QVBoxLayout(self.activity_box).addWidget(self.activity)
        layout.addWidget(self.activity_box)
        self.observations_box = QGroupBox()
        self.observations = BilingualEditor()
        QVBoxLayout(self.observations_box).addWidget(self.observations)
        layout.addWidget(self.observations_box)
        self.activity.committed.connect(lambda text: self._commit_text("activity", text))
        self.observations.committed.connect(lambda text: self._commit_text("observations", text))
        self._figures_only = False
        if session.read_only:  # the identity form locks itself
            self.activity.lock_edits()
            self.observations.lock_edits()
        self.retranslate()

    @property
    def charts(self) -> tuple[MonthlyBarChart, ...]:
        return (
            self.energy_chart,
            self.cost_chart,
            self.price_chart,
            self.tou_chart,
            self.power_chart,
            self.cos_phi_chart,
        )

    @property
    def site_id(self) -> int | None:
        return self.key[1] if self.key else None

    def affected_by(self, changes) -> bool:
        # A bill edit moves the figures only: the identity form and the texts need no re-reading then.
        self._figures_only = self._figures_only and all(c.entity in FIGURE_KINDS for c in changes)
        return any(
            c.entity in ("bill", "delivery", "supply", "factor_override", "programme", "equipment", "measure")
            or (c.entity == "site" and c.id == self.site_id)
            for c in changes
        )

    def _commit_text(self, field: str, text: model.BilingualText) -> None:
        if self.site_id is not None:
            self.session.edit(model.Site, self.site_id, **{field: text})

    # --- refresh ---------------------------------------------------------------------------------

    def show_node(self, key) -> None:
        self._figures_only = False
        super().show_node(key)

    def refresh(self) -> None:
        if self.site_id is None:
            return
        site = self.session.get(model.Site, self.site_id)
        account = self.session.account(self.site_id)
        if not self._figures_only:
            self.title.setText(site.name)
            self.form.set_entity(site.id)
            self.activity.set_text(site.activity)
            self.observations.set_text(site.observations)
        self._figures_only = True
        self._show_kpis(site, account)
        self._show_warnings(site, account)
        self._show_charts(account)

    def _show_kpis(self, site: model.Site, account: SiteAccount) -> None:
        fmt = self.languages.formatter
        summary = summarise_site(account)
        totals = summary.totals
        if summary.window:
            period = QCoreApplication.translate("Pages", "Analysis period: {first} – {last}").format(
                first=summary.window[0].strftime("%m/%Y"), last=summary.window[1].strftime("%m/%Y")
            )
            # What the figures cover is said with them: the least billed carrier's months, and unknown costs.
            if not totals.fully_covered:
                period += " · " + QCoreApplication.translate(
                    "Pages", "billed for every carrier: {covered} of {months} months"
                ).format(covered=totals.months_covered or 0, months=totals.months)
            if not totals.cost_complete and totals.kwh:
                period += " · " + QCoreApplication.translate("Pages", "cost unknown for {share} of the kWh").format(
                    share=fmt.percent(1 - totals.priced_kwh / totals.kwh)
                )
            self.period.setText(period)
        else:
            self.period.setText(QCoreApplication.translate("Pages", "No bills yet."))
        by_carrier = account.totals_by_carrier(*summary.window) if summary.window else {}
        electricity = by_carrier.get(Carrier.ELECTRICITY)
        share = electricity.kwh / totals.kwh if electricity and totals.kwh else None
        intensity = (
            fmt.quantity(totals.kwh / site.production_volume, f"kWh/{site.production_unit or '—'}", 1)
            if site.production_volume
            else "—"
        )
        sources = factor_lines(totals.factors, self.languages, fmt.value)
        values = {
            "energy": (QCoreApplication.translate("Pages", "Final energy"), fmt.quantity(totals.kwh, "kWh")),
            "cost": (QCoreApplication.translate("Pages", "Cost excl. VAT"), fmt.money(totals.cost, site.currency)),
            "price": (
                QCoreApplication.translate("Pages", "Average cost"),
                fmt.quantity(totals.cost_per_kwh, f"{site.currency}/kWh", 3),
            ),
            "toe": (
                QCoreApplication.translate("Pages", "Tonnes of oil equivalent"),
                fmt.quantity(totals.toe, QCoreApplication.translate("Units", "toe"), 1),
            ),
            "co2": (QCoreApplication.translate("Pages", "Emissions"), fmt.quantity(totals.co2_kg / 1000, "t CO2", 1)),
            "electricity": (QCoreApplication.translate("Pages", "Electricity share"), fmt.percent(share)),
            "intensity": (QCoreApplication.translate("Pages", "Energy per unit produced"), intensity),
        }
        for name, (caption, value) in values.items():
            self.cards[name].set(caption, value, sources if name in ("toe", "co2") else "")

    def _show_warnings(self, site: model.Site, account: SiteAccount) -> None:
        self.warnings.clear()
        for warning in account.warnings:
            item = QListWidgetItem(self.languages.render(warning.message))
            item.setData(TARGET_ROLE, ("supply", warning.supply_id) if warning.supply_id else ("site", site.id))
            self.warnings.addItem(item)
        equipment = self.session.workspace.equipment(site.id)
        measures = self.session.workspace.measures(site.id)
        for missing in missing_translations(site, equipment, measures):
            source = (
                QT_TRANSLATE_NOOP("Pages", "{owner} — {field}: the French text is missing.")
                if missing.languages == (Language.FR,)
                else QT_TRANSLATE_NOOP("Pages", "{owner} — {field}: the English text is missing.")
            )
            text = message("Pages", source, owner=missing.name, field=missing.field)
            item = QListWidgetItem(self.languages.render(text))
            target = {"site": ("site", site.id), "equipment": ("equipment", site.id), "measure": ("measures", site.id)}
            item.setData(TARGET_ROLE, target[missing.entity])
            item.setData(TARGET_ROLE + 1, missing.entity)
            self.warnings.addItem(item)
        if self.warnings.count() == 0:
            self.warnings.addItem(QListWidgetItem(QCoreApplication.translate("Pages", "No warnings.")))

    def _go_to_culprit(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if not target:
            return
        target = tuple(target)
        if target == ("site", self.site_id):
            self.observations.editors[Language.EN].setFocus()
        else:
            self.navigate.emit(target)

    def _show_charts(self, account: SiteAccount) -> None:
        fmt = self.languages.formatter
        months = sorted({m.month for s in account.supplies for m in s.calendar.months})
        if months:
            months = [add_months(months[0], i) for i in range(_span(months[0], months[-1]))]
        energy, cost = [], []
        by_carrier: dict[Carrier, tuple[list[float], list[float]]] = {}
        priced: dict[Carrier, list[float]] = {}  # kWh whose cost is known: a month without one has no price
        for supply in account.supplies:
            if supply.conversion is None:
                continue
            kwh, money = by_carrier.setdefault(supply.supply.carrier, ([0.0] * len(months), [0.0] * len(months)))
            known = priced.setdefault(supply.supply.carrier, [0.0] * len(months))
            index = {m: i for i, m in enumerate(months)}
            for m in supply.calendar.months:
                kwh[index[m.month]] += m.values[KWH]
                money[index[m.month]] += m.values[COST]
                known[index[m.month]] += m.values[PRICED_KWH]
        for carrier, (kwh, money) in by_carrier.items():
            name = QCoreApplication.translate("Carrier", carrier.label)
            energy.append(Series(name, kwh, CARRIER_COLOURS[carrier]))
            cost.append(Series(name, money, CARRIER_COLOURS[carrier]))
        currency = account.site.currency
        for chart in self.charts:
            chart.month_text = lambda m: m.strftime("%m/%Y")
            chart.value_axis.number_text = fmt.number
        self.energy_chart.value_text = lambda v: fmt.quantity(v, "kWh")
        self.cost_chart.value_text = lambda v: fmt.money(v, currency)
        self.energy_chart.set_data(months, energy)
        self.cost_chart.set_data(months, cost)
        gaps = missing_months(account, months)
        no_bill = QCoreApplication.translate("Pages", "No bill covers this month for one of the supplies.")
        for chart in (self.energy_chart, self.cost_chart):
            chart.set_missing(gaps, no_bill)
        self.energy_chart.set_titles(QCoreApplication.translate("Pages", "Monthly final energy"), "kWh")
        self.cost_chart.set_titles(QCoreApplication.translate("Pages", "Monthly cost excl. VAT"), currency)
        prices = [
            Line(
                QCoreApplication.translate("Carrier", carrier.label),
                [c / k if k else None for c, k in zip(money, priced[carrier], strict=True)],
                CARRIER_COLOURS[carrier],
            )
            for carrier, (kwh, money) in by_carrier.items()
        ]
        self.price_chart.value_text = lambda v: fmt.quantity(v, f"{currency}/kWh", 3)
        self.price_chart.value_axis.number_text = lambda v: fmt.number(v, 2)
        self.price_chart.set_data(months, [], prices)
        self.price_chart.set_titles(QCoreApplication.translate("Pages", "Average price per kWh"), f"{currency}/kWh")
        self._show_electricity_charts(account, months)

    def _show_electricity_charts(self, account: SiteAccount, months: list[dt.date]) -> None:
        fmt = self.languages.formatter
        electricity = [s.supply for s in account.supplies if s.supply.carrier is Carrier.ELECTRICITY]
        for chart in (self.tou_chart, self.power_chart, self.cos_phi_chart):
            chart.setVisible(bool(electricity))
        if not electricity:
            return
        supply = electricity[0]
        by_month = {m.month: m for m in electricity_months(self.session.workspace.bills(supply.id))}
        rows = [by_month.get(m) for m in months]
        parts = [
            (QCoreApplication.translate("EntityTable", name), [getattr(r, attr) if r else 0.0 for r in rows], colour)
            for name, attr, colour in TOU_PARTS
        ]
        total = sum(sum(values) for _name, values, _colour in parts) or 1.0
        tou = [Series(f"{name} {fmt.percent(sum(values) / total)}", values, colour) for name, values, colour in parts]
        self.tou_chart.value_text = lambda v: fmt.quantity(v, "kWh")
        self.tou_chart.set_data(months, tou)
        self.tou_chart.set_titles(QCoreApplication.translate("Pages", "Electricity by time of use"), "kWh")
        reached = [r.max_power if r and r.max_power is not None else 0.0 for r in rows]
        lines = []
        if supply.subscribed_power_kva:
            lines.append(
                Line(
                    QCoreApplication.translate("Pages", "Subscribed power"),
                    supply.subscribed_power_kva,
                    "#d64545",
                    dashed=True,
                )
            )
        self.power_chart.value_text = lambda v: fmt.quantity(v, "kVA")
        self.power_chart.set_data(
            months, [Series(QCoreApplication.translate("Pages", "Reached power"), reached, "#3b82c4")], lines
        )
        self.power_chart.set_titles(QCoreApplication.translate("Pages", "Reached and subscribed power"), "kVA")
        threshold = account.factors.find("tariff.ma_mt.cos_phi_threshold")
        cos_lines = [Line("cos φ", [r.cos_phi if r else None for r in rows], "#5a9e4b")]
        if threshold is not None:
            cos_lines.append(
                Line(QCoreApplication.translate("Pages", "Tariff threshold"), threshold.value, "#d64545", dashed=True)
            )
        self.cos_phi_chart.value_text = lambda v: fmt.number(v, 3)
        self.cos_phi_chart.value_axis.number_text = lambda v: fmt.number(v, 2)
        self.cos_phi_chart.set_data(months, [], cos_lines)
        self.cos_phi_chart.set_titles(QCoreApplication.translate("Pages", "Monthly cos φ"), "cos φ")

    def retranslate(self) -> None:
        self.identity_box.setTitle(QCoreApplication.translate("Pages", "Identity"))
        self.warnings_box.setTitle(QCoreApplication.translate("Pages", "Warnings"))
        self.activity_box.setTitle(QCoreApplication.translate("Pages", "Activity"))
        self.observations_box.setTitle(QCoreApplication.translate("Pages", "Observations"))


def _span(first: dt.date, last: dt.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def missing_months(account: SiteAccount, months: list[dt.date]) -> list[bool]:
    """Per month of the charts, whether a supply billed by invoice has none for it between its first and last
    bill (fuel deliveries are fill to fill: their months between fills are covered by definition)."""
    gaps: set[dt.date] = set()
    for supply in account.supplies:
        if not supply.bills or not supply.calendar.months:
            continue
        covered = {m.month for m in supply.calendar.months if m.days_covered > 0}
        first, last = min(covered), max(covered)
        gaps.update(m for m in months if first <= m <= last and m not in covered)
    return [m in gaps for m in months]
