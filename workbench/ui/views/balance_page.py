"""A site's energy balance: billed against estimated by end use, the unexplained remainder, the peak check,
and the breakdown charts — redrawn as soon as a bill or an item changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.balance import SiteBalance, site_balance
from workbench.domain import model
from workbench.domain.calendar import add_months
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.units import Carrier
from workbench.i18n.language import LanguageManager
from workbench.ui.charts.figures import (
    END_USE_COLOURS,  # noqa: F401 - kept importable from here
    carrier_label,
    donut_parts,
    end_use_rows,
    sankey_links,
    use_label,
)
from workbench.ui.charts.shapes import ComparisonBars, DonutChart, Part, RankedBars, SankeyChart
from workbench.ui.models.tables import Column, RowsTableModel
from workbench.ui.session import WorkspaceSession

from .page import Page, scrolling_body, title_label

_use_label, _carrier_label = use_label, carrier_label


class BalancePage(Page):
    depends_on = frozenset(
        {
            EntityKind.BILL,
            EntityKind.DELIVERY,
            EntityKind.SUPPLY,
            EntityKind.EQUIPMENT,
            EntityKind.SITE,
            EntityKind.FACTOR_OVERRIDE,
        }
    )
    own_only = frozenset({EntityKind.SITE})

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        self.balance: SiteBalance | None = None
        layout = scrolling_body(self)
        self.title = title_label(1.6)
        self.period = QLabel()
        self.period_label = QLabel()
        self.period_combo = QComboBox()
        self.period_label.setBuddy(self.period_combo)
        self.period_combo.activated.connect(self._period_chosen)
        self.peak = QLabel()
        self.peak.setWordWrap(True)
        layout.addWidget(self.title)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_label)
        period_row.addWidget(self.period_combo)
        period_row.addWidget(self.period, 1)
        layout.addLayout(period_row)
        self.carriers_model = RowsTableModel(self._columns(), self._rows, languages, self)
        self.table = QTableView()
        self.table.setModel(self.carriers_model)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(150)
        self.carriers_model.modelReset.connect(self.table.resizeColumnsToContents)
        layout.addWidget(self.table)
        layout.addWidget(self.peak)
        self.warnings_box = QGroupBox()
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(110)
        QVBoxLayout(self.warnings_box).addWidget(self.warnings)
        layout.addWidget(self.warnings_box)
        charts = QGridLayout()
        self.donut = DonutChart()
        self.sankey = SankeyChart()
        self.carrier_donuts = [DonutChart(), DonutChart()]
        self.comparison = ComparisonBars()
        self.end_use_bars = RankedBars()
        charts.addWidget(self.donut, 0, 0)
        charts.addWidget(self.sankey, 0, 1)
        charts.addWidget(self.comparison, 1, 0)
        charts.addWidget(self.end_use_bars, 1, 1)
        charts.addWidget(self.carrier_donuts[0], 2, 0)
        charts.addWidget(self.carrier_donuts[1], 2, 1)
        layout.addLayout(charts)
        if session.read_only:  # the period is the site's, kept in the file: shown, not changed
            self.lock_edits(self.period_combo)
        self.retranslate()

    @property
    def site_id(self) -> int | None:
        return self.key[1] if self.key else None

    # --- period ----------------------------------------------------------------------------------

    def _fill_periods(self, site: model.Site, account) -> None:
        """The latest twelve months (following new bills), then every twelve months the bills cover."""
        ends = account.twelve_month_ends()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        latest = account.last_twelve_months()
        label = QCoreApplication.translate("BalancePage", "Latest 12 months")
        if latest:
            label += f" ({latest[0].strftime('%m/%Y')} – {latest[1].strftime('%m/%Y')})"
        self.period_combo.addItem(label, None)
        for end in ends:
            first = add_months(end, -11)
            self.period_combo.addItem(f"{first.strftime('%m/%Y')} – {end.strftime('%m/%Y')}", end)
        period_end = site.balance_period_end
        chosen = self.period_combo.findData(period_end) if period_end else 0
        if chosen < 0 and period_end is not None:  # a period whose bills were deleted since: shown, still chosen
            first = add_months(period_end, -11)
            label = f"{first.strftime('%m/%Y')} – {period_end.strftime('%m/%Y')}"
            self.period_combo.addItem(label, period_end)
            chosen = self.period_combo.count() - 1
        self.period_combo.setCurrentIndex(chosen)
        self.period_combo.blockSignals(False)

    def _period_chosen(self, index: int) -> None:
        end = self.period_combo.itemData(index)
        if self.site_id is not None and end != self.session.get(model.Site, self.site_id).balance_period_end:
            self.session.edit(model.Site, self.site_id, balance_period_end=end)

    # --- table -----------------------------------------------------------------------------------

    def _rows(self) -> list:
        return list(self.balance.carriers) if self.balance else []

    def _columns(self) -> list[Column]:
        fmt = lambda: self.languages.formatter  # noqa: E731
        return [
            Column("BalancePage", QT_TRANSLATE_NOOP("BalancePage", "Energy"), lambda c: _carrier_label(c.carrier)),
            Column(
                "BalancePage",
                QT_TRANSLATE_NOOP("BalancePage", "Billed (kWh)"),
                lambda c: fmt().number(c.billed_kwh),
                lambda c: c.billed_kwh,
                True,
            ),
            Column(
                "BalancePage",
                QT_TRANSLATE_NOOP("BalancePage", "Estimated (kWh)"),
                lambda c: fmt().number(c.estimated_kwh),
                lambda c: c.estimated_kwh,
                True,
            ),
            Column(
                "BalancePage",
                QT_TRANSLATE_NOOP("BalancePage", "Unexplained (kWh)"),
                lambda c: fmt().number(c.unexplained_kwh),
                lambda c: c.unexplained_kwh,
                True,
            ),
            Column(
                "BalancePage",
                QT_TRANSLATE_NOOP("BalancePage", "Explained"),
                lambda c: fmt().percent(c.coverage),
                lambda c: c.coverage or 0.0,
                True,
            ),
        ]

    # --- refresh -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        site_id = self.shown_id()
        site = self.session.get(model.Site, site_id)
        account = self.session.account(site_id)
        self.balance = site_balance(account, self.session.workspace.equipment(site_id))
        self._fill_periods(site, account)
        fmt = self.languages.formatter
        self.title.setText(QCoreApplication.translate("BalancePage", "Energy balance of {site}").format(site=site.name))
        window = self.balance.window
        self.period.setText(
            QCoreApplication.translate("BalancePage", "The measures and the report use the same twelve months.")
            if window
            else QCoreApplication.translate("Pages", "No bills yet.")
        )
        self.carriers_model.refresh()
        peak = self.balance.peak
        if peak is not None and peak.available_kw is not None:
            self.peak.setText(
                QCoreApplication.translate(
                    "BalancePage",
                    "Peak check: what runs in peak hours draws {peak}; the reached power allows {available}.",
                ).format(peak=fmt.quantity(peak.peak_input_kw, "kW"), available=fmt.quantity(peak.available_kw, "kW"))
            )
        else:
            self.peak.clear()
        self.warnings.clear()
        for warning in self.balance.warnings:
            self.warnings.addItem(self.languages.render(warning))
        self.warnings_box.setVisible(self.warnings.count() > 0)
        self._charts()

    def _charts(self) -> None:
        balance = self.balance
        assert balance is not None  # refresh() reads it first
        fmt = self.languages.formatter
        value_text = lambda v: fmt.quantity(v, "kWh")  # noqa: E731
        for chart in (self.donut, self.sankey, self.comparison, self.end_use_bars, *self.carrier_donuts):
            chart.value_text = value_text
            chart.share_text = fmt.percent
        self.donut.set_parts(self._parts(None), QCoreApplication.translate("BalancePage", "Final energy by end use"))
        links, colours = sankey_links(balance)
        self.sankey.set_links(
            links, colours, QCoreApplication.translate("BalancePage", "From the bills to the end uses")
        )
        self.comparison.set_groups(
            [(_carrier_label(c.carrier), c.billed_kwh, c.estimated_kwh) for c in balance.carriers],
            (
                QCoreApplication.translate("BalancePage", "Billed"),
                QCoreApplication.translate("BalancePage", "Estimated"),
            ),
            QCoreApplication.translate("BalancePage", "Billed and estimated"),
        )
        self.end_use_bars.set_rows(
            end_use_rows(balance), QCoreApplication.translate("BalancePage", "End uses, all energy")
        )
        carriers = [c.carrier for c in balance.carriers][:2]
        for chart, carrier in zip(self.carrier_donuts, carriers + [None] * (2 - len(carriers)), strict=True):
            chart.setVisible(carrier is not None)
            if carrier is not None:
                chart.set_parts(self._parts(carrier), _carrier_label(carrier))

    def _parts(self, carrier: Carrier | None) -> list[Part]:
        """The small end uses grouped as "Other (grouped)", which says what it holds (never the end use Other)."""
        assert self.balance is not None  # refresh() reads it first
        return donut_parts(self.balance, carrier)

    def retranslate(self) -> None:
        self.warnings_box.setTitle(QCoreApplication.translate("Pages", "Warnings"))
        self.period_label.setText(QCoreApplication.translate("BalancePage", "&Period:"))
