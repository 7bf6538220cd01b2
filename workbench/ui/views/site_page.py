"""The site page: identity, key figures of the last 12 months, warnings, observations and monthly charts."""

from __future__ import annotations

from collections.abc import Sequence

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

from workbench.analysis.accounts import SiteAccount
from workbench.analysis.chart_series import missing_months, site_months  # noqa: F401 - missing_months kept here
from workbench.analysis.programme import summarise_site
from workbench.analysis.translations import MissingTranslation, missing_translations
from workbench.domain import model
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP, message
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager
from workbench.storage.changes import Change
from workbench.ui.charts.figures import TOU_PARTS, site_figures  # noqa: F401 - TOU_PARTS kept here
from workbench.ui.charts.monthly import MonthlyBarChart
from workbench.ui.factor_text import factor_lines
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.bilingual_editor import BilingualEditor
from workbench.ui.widgets.entity_form import EntityForm
from workbench.ui.widgets.kpi_card import KpiCard
from workbench.ui.widgets.kpi_grid import KpiGrid
from workbench.ui.widgets.site_photos import SitePhotosBox

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
KPI_NAMES = ("energy", "cost", "price", "toe", "co2", "electricity", "intensity")
TARGET_ROLE = Qt.ItemDataRole.UserRole + 10


SITE_CHARTS = 6  # energy, cost, price, time of use, power, cos φ


class SitePage(Page):
    depends_on = frozenset(
        {
            EntityKind.SITE,
            EntityKind.BILL,
            EntityKind.DELIVERY,
            EntityKind.SUPPLY,
            EntityKind.FACTOR_OVERRIDE,
            EntityKind.PROGRAMME,
            EntityKind.EQUIPMENT,  # their texts missing a language are among the warnings
            EntityKind.MEASURE,
        }
    )
    own_only = frozenset({EntityKind.SITE})
    # Of those, what moves the figures only: the identity form and the texts need no re-reading for them.
    # The photos box follows its own changes: a caption redraws no chart.
    figure_kinds = frozenset({EntityKind.BILL, EntityKind.DELIVERY, EntityKind.SUPPLY, EntityKind.FACTOR_OVERRIDE})

    def __init__(
        self,
        session: WorkspaceSession,
        languages: LanguageManager,
        parent: QWidget | None = None,
        charts: Sequence[MonthlyBarChart] = (),
    ) -> None:
        """``charts``: empty charts built ahead (the window's warm-up makes one per turn of the event loop, each
        ~25 ms, rather than all six in the turn that builds the page); the missing ones are made here."""
        super().__init__(session, languages, parent)
        layout = scrolling_body(self)

        self.title = title_label(1.6)
        self.period = QLabel()
        layout.addWidget(self.title)
        layout.addWidget(self.period)

        self.cards = {name: KpiCard() for name in KPI_NAMES}
        # Four abreast when they fit whole, fewer at 1.5× or on a laptop: a value is never cut.
        self.kpi_grid = KpiGrid(list(self.cards.values()))
        layout.addWidget(self.kpi_grid)

        grid = QGridLayout()
        ready = list(charts[:SITE_CHARTS])
        # in the grid's order, two abreast
        self.charts: tuple[MonthlyBarChart, ...] = (
            *ready,
            *(MonthlyBarChart() for _ in range(SITE_CHARTS - len(ready))),
        )
        (
            self.energy_chart,
            self.cost_chart,
            self.price_chart,
            self.tou_chart,
            self.power_chart,
            self.cos_phi_chart,
        ) = self.charts
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, i % 2)
        layout.addLayout(grid)

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
        self.photos = SitePhotosBox(session, languages)  # follows its own changes: a caption redraws no chart
        layout.addWidget(self.photos)
        self.activity.committed.connect(lambda text: self._commit_text("activity", text))
        self.observations.committed.connect(lambda text: self._commit_text("observations", text))
        self._figures_only = False
        self._missing_texts: list[MissingTranslation] = []
        if session.read_only:  # the identity form locks itself
            self.activity.lock_edits()
            self.observations.lock_edits()
        self.retranslate()

    @property
    def site_id(self) -> int | None:
        return self.key[1] if self.key else None

    def affected_by(self, changes: Sequence[Change]) -> bool:
        affected = super().affected_by(changes)
        if affected:
            self._figures_only = self._figures_only and all(c.entity in self.figure_kinds for c in changes)
        return affected

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
            self.photos.set_site(site.id)
            # The texts missing a language: the site's, its equipment's and its measures' (a bill edit, which
            # only moves the figures, needs neither those rows read again nor this worked out).
            site_id = model.stored_id(site)
            equipment, measures = self.session.workspace.equipment(site_id), self.session.workspace.measures(site_id)
            self._missing_texts = missing_translations(site, equipment, measures)
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
        self.kpi_grid.reflow()  # the widest value sets how many cards fit on a row

    def _show_warnings(self, site: model.Site, account: SiteAccount) -> None:
        self.warnings.clear()
        for warning in account.warnings:
            item = QListWidgetItem(self.languages.render(warning.message))
            item.setData(TARGET_ROLE, ("supply", warning.supply_id) if warning.supply_id else ("site", site.id))
            self.warnings.addItem(item)
        for missing in self._missing_texts:
            source = (
                QT_TRANSLATE_NOOP("Pages", "{owner} — {field}: the French text is missing.")
                if missing.languages == (Language.FR,)
                else QT_TRANSLATE_NOOP("Pages", "{owner} — {field}: the English text is missing.")
            )
            text = message("Pages", source, owner=missing.name, field=missing.field)
            item = QListWidgetItem(self.languages.render(text))
            # the tree's node that edits the text (node keys name tree rows, not entity kinds)
            target = {
                EntityKind.SITE: ("site", site.id),
                EntityKind.EQUIPMENT: ("equipment", site.id),
                EntityKind.MEASURE: ("measures", site.id),
            }
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
        """Every month the bills cover (the report shows the analysis period's twelve), with month names."""
        figures = site_figures(site_months(account), self.languages.formatter, account.site.currency)
        for name in ("energy", "cost", "price"):
            getattr(self, f"{name}_chart").set_figure(figures[name])
        electricity = "tou" in figures
        for chart in (self.tou_chart, self.power_chart, self.cos_phi_chart):
            chart.setVisible(electricity)
        if electricity:
            self.tou_chart.set_figure(figures["tou"])
            self.power_chart.set_figure(figures["power"])
            self.cos_phi_chart.set_figure(figures["cos_phi"])

    def retranslate(self) -> None:
        self.identity_box.setTitle(QCoreApplication.translate("Pages", "Identity"))
        self.warnings_box.setTitle(QCoreApplication.translate("Pages", "Warnings"))
        self.activity_box.setTitle(QCoreApplication.translate("Pages", "Activity"))
        self.observations_box.setTitle(QCoreApplication.translate("Pages", "Observations"))
