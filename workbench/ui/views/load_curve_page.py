"""A supply's load curve: what the meter says (peak, base load, load factor, weekend and off-hours shares),
its heat map, duration curve, typical days and time series, and its bills read against it.

The figures are ``load_figures`` of the raw intervals (``analysis.load_curve_summary``); the charts draw the
series of the same grid. Times are the site's wall clock.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from workbench.analysis.load_curve import LOW_PEAK_SHARE, BillPeriodCheck
from workbench.analysis.load_curve_summary import (
    CurveReached,
    MeterCurve,
    reached_from_curve,
    site_zone,
    supply_load_curves,
)
from workbench.domain import model
from workbench.domain.kinds import EntityKind
from workbench.domain.load_curve import CurveUnit, Flow
from workbench.domain.messages import QT_TRANSLATE_NOOP, Plural
from workbench.domain.units import Carrier, PowerUnit
from workbench.i18n.language import LanguageManager
from workbench.ui.charts.figures import carrier_label, translated_months
from workbench.ui.charts.load_curve_charts import DurationChart, HeatMapChart, SeriesChart, TypicalDayChart
from workbench.ui.charts.load_curve_texts import day_names, duration_axis_title, duration_marks, power_unit
from workbench.ui.models.tables import Column, RowsTableModel
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.kpi_card import KpiCard
from workbench.ui.widgets.kpi_grid import KpiGrid

from .page import Page, message_label, title_label
from .pv_panel import PvPanel
from .summary_pages import sortable_table

CTX = "LoadCurvePage"
FLOW_LABELS = {
    Flow.OFFTAKE: QT_TRANSLATE_NOOP("LoadCurvePage", "Offtake"),
    Flow.INJECTION: QT_TRANSLATE_NOOP("LoadCurvePage", "Injection"),
}
PV_TAB = 5
LOW_PEAK_HINT = Plural.translate(
    "LoadCurvePage",
    "In %n bill periods the curve's peak is under 70 % of the reached power the bill states: check that the "
    "curve is this supply's meter and that its values are not scaled (meter constant).",
    None,
    0,
)
REACHED_HINT = Plural.translate(
    "LoadCurvePage",
    "%n bills the curve covers whole give no reached power: the curve's peak over the period's cos φ can fill "
    "them in (the tariff page's subscribed-power study then counts those months).",
    None,
    0,
)
KPIS = ("kwh", "peak", "base", "night", "factor", "weekend", "off_hours", "coverage")


def tr(text: str) -> str:
    return QCoreApplication.translate("LoadCurvePage", text)


class LoadCurvePage(Page):
    depends_on = frozenset(
        {EntityKind.LOAD_CURVE, EntityKind.SUPPLY, EntityKind.SITE, EntityKind.BILL, EntityKind.PV_STUDY}
    )
    own_only = frozenset({EntityKind.LOAD_CURVE, EntityKind.SUPPLY, EntityKind.PV_STUDY})

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(session, languages, parent)
        self.curves: list[MeterCurve] = []
        self._bills: dict[int, model.Bill] = {}  # the supply's, by id: the units of their reached power
        self.supply: model.EnergySupply | None = None
        self.site: model.Site | None = None
        layout = QVBoxLayout(self)
        self.title = title_label()
        layout.addWidget(self.title)
        top = QHBoxLayout()
        self.meter_label = QLabel()
        self.meter = QComboBox()
        self.meter.activated.connect(self._show_meter)
        self.period = QLabel()
        self.period.setWordWrap(True)
        top.addWidget(self.meter_label)
        top.addWidget(self.meter)
        top.addWidget(self.period, 1)
        layout.addLayout(top)
        self.cards = {name: KpiCard() for name in KPIS}
        self.kpis = KpiGrid(list(self.cards.values()), most_columns=4)
        layout.addWidget(self.kpis)
        self.tabs = QTabWidget()
        self.heat_chart = HeatMapChart()
        self.duration_chart = DurationChart()
        self.typical_chart = TypicalDayChart()
        series_box = QWidget()
        series_layout = QVBoxLayout(series_box)
        series_layout.setContentsMargins(0, 0, 0, 0)
        self.series_chart = SeriesChart()
        self.series_hint = QLabel()
        self.series_hint.setWordWrap(True)
        self.whole_period = QPushButton()
        self.whole_period.clicked.connect(self.series_chart.show_all)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.series_hint, 1)
        hint_row.addWidget(self.whole_period)
        series_layout.addLayout(hint_row)
        series_layout.addWidget(self.series_chart, 1)
        self.bills_model = RowsTableModel(self._bill_columns(), self._bill_rows, languages, self)
        self.bills_view = sortable_table(self.bills_model, self)
        bills_box = QWidget()
        bills_layout = QVBoxLayout(bills_box)
        bills_layout.setContentsMargins(0, 0, 0, 0)
        fill_row = QHBoxLayout()
        self.reached_hint = QLabel()
        self.reached_hint.setWordWrap(True)
        self.fill_reached = QPushButton()
        self.fill_reached.clicked.connect(self.fill_reached_powers)
        fill_row.addWidget(self.reached_hint, 1)
        fill_row.addWidget(self.fill_reached)
        bills_layout.addLayout(fill_row)
        self.peak_hint = message_label()  # the curve's peaks far under the bills': another meter, or mis-scaled
        bills_layout.addWidget(self.peak_hint)
        bills_layout.addWidget(self.bills_view, 1)
        self.reached: list[CurveReached] = []  # bills the curve can give a reached power
        self.pv_panel = PvPanel(session, languages)
        for widget in (
            self.heat_chart,
            self.duration_chart,
            self.typical_chart,
            series_box,
            bills_box,
            self.pv_panel,
        ):
            self.tabs.addTab(widget, "")
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.retranslate()

    # --- reading ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        supply_id = self.shown_id()
        ws = self.session.workspace
        self.supply = self.session.get(model.EnergySupply, supply_id)
        self.site = self.session.get(model.Site, self.supply.site_id)
        self._zone_known = site_zone(self.site.country) is not None
        self.curves = supply_load_curves(ws, self.supply, self.site)
        self._bills.clear()
        if self.supply.carrier is Carrier.ELECTRICITY:
            self._bills.update({b.id: b for b in ws.bills(supply_id) if b.id is not None})
        current = self.meter.currentIndex()
        self._fill_meters()
        self.meter.setCurrentIndex(min(max(current, 0), self.meter.count() - 1))
        self._show_meter()

    def _fill_meters(self) -> None:
        self.meter.clear()
        for curve in self.curves:
            flow = tr(FLOW_LABELS[curve.flow])
            self.meter.addItem(f"{flow} ({curve.unit.value})")
        shown = len(self.curves) > 1
        self.meter.setVisible(shown)
        self.meter_label.setVisible(shown)

    def current(self) -> MeterCurve | None:
        index = self.meter.currentIndex()
        return self.curves[index] if 0 <= index < len(self.curves) else None

    # --- showing ------------------------------------------------------------------------------------------

    def _show_meter(self) -> None:
        curve = self.current()
        self._set_title()
        has = curve is not None
        for widget in (self.kpis, self.tabs, self.period):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if curve is None:
            return
        self._show_period(curve)
        self._show_figures(curve)
        self._set_chart_texts(curve)
        self.heat_chart.set_heat_map(curve.heat)
        self.duration_chart.set_curve(
            curve.duration,
            duration_marks(curve, self.supply.subscribed_power_kva if self.supply else None, self.languages.formatter),
        )
        self.typical_chart.set_days(
            curve.typical, day_names(), QCoreApplication.translate("LoadCurvePage", "P10–P90 band")
        )
        self.series_chart.set_grid(curve.grid)
        self.bills_model.refresh()
        self.tabs.setTabVisible(4, bool(curve.checks))
        self.reached = reached_from_curve(curve, list(self._bills.values())) if curve.checks else []
        self._show_reached()
        low = [k for k in curve.checks if k.peak_share is not None and k.peak_share < LOW_PEAK_SHARE]
        self.peak_hint.setVisible(bool(low))
        self.peak_hint.setText(
            QCoreApplication.translate("LoadCurvePage", LOW_PEAK_HINT, None, len(low)) if low else ""
        )
        # rooftop PV is set against the electricity the site draws
        solar = (
            self.supply is not None
            and self.site is not None
            and self.supply.carrier is Carrier.ELECTRICITY
            and curve.flow is Flow.OFFTAKE
            and curve.unit is CurveUnit.KWH
        )
        self.tabs.setTabVisible(PV_TAB, solar)
        if solar and self.supply is not None and self.site is not None:
            self.pv_panel.show_supply(self.supply, self.site)

    def _set_title(self) -> None:
        if self.supply is None:
            return
        name = self.supply.name or carrier_label(self.supply.carrier)
        self.title.setText(QCoreApplication.translate("LoadCurvePage", "{supply} — load curve").format(supply=name))

    def _show_period(self, curve: MeterCurve) -> None:
        fmt = self.languages.formatter
        figures = curve.figures
        zone = curve.grid.zone.key if self._zone_known else "UTC"
        text = QCoreApplication.translate(
            "LoadCurvePage", "{first} – {last}: {count} intervals of {minutes} min, {missing} missing; times in {zone}."
        ).format(
            first=fmt.long_date(curve.first_day),
            last=fmt.long_date(curve.last_day),
            count=fmt.number(figures.intervals),
            minutes=curve.grid.step_minutes,
            missing=fmt.number(figures.missing),
            zone=zone,
        )
        if not self._zone_known:
            assert self.site is not None
            text += " " + QCoreApplication.translate(
                "LoadCurvePage", "The time zone of {country} is not known: times are shown in UTC."
            ).format(country=self.site.country or "—")
        self.period.setText(text)

    def _show_figures(self, curve: MeterCurve) -> None:
        fmt = self.languages.formatter
        f = curve.figures
        unit = power_unit(curve.unit)
        energy_unit = curve.unit.value
        at = (
            f"{fmt.long_date(f.peak_at.date())} {fmt.hour(f.peak_at.hour + f.peak_at.minute / 60)}" if f.peak_at else ""
        )

        def money(kwh: float | None) -> str:
            cost = curve.cost_of(kwh)
            return "" if cost is None or curve.price is None else " · " + fmt.money(cost, curve.price.currency)

        def share(caption: str, kwh: float | None) -> str:
            if kwh is None:
                return caption
            return QCoreApplication.translate("LoadCurvePage", "{caption}: {energy}").format(
                caption=caption, energy=fmt.quantity(kwh, energy_unit) + money(kwh)
            )

        price = ""
        if curve.price is not None:
            price = QCoreApplication.translate(
                "LoadCurvePage",
                "Costed at the mean billed price, {price} per kWh excl. VAT (every charge over the billed kWh, "
                "{count} bills from {first} to {last}).",
            ).format(
                price=fmt.money(curve.price.per_kwh, curve.price.currency, 3),
                count=curve.price.bills,
                first=fmt.date(curve.price.first),
                last=fmt.date(curve.price.last),
            )
        elif curve.unit is CurveUnit.KWH:
            price = QCoreApplication.translate(
                "LoadCurvePage", "Not costed: no bill of this period has both a cost excl. VAT and a quantity."
            )
        schedule_hint = QCoreApplication.translate(
            "LoadCurvePage", "Outside the running hours declared on the site's page."
        )
        if f.off_hours_share is None:
            schedule_hint = QCoreApplication.translate(
                "LoadCurvePage", "Declare the first shift's start on the site's page to see the off-hours share."
            )
        self.cards["kwh"].set(
            QCoreApplication.translate("LoadCurvePage", "Energy over the period"), fmt.quantity(f.kwh, energy_unit)
        )
        self.cards["peak"].set(
            QCoreApplication.translate("LoadCurvePage", "Peak, {when}").format(when=at)
            if at
            else QCoreApplication.translate("LoadCurvePage", "Peak"),
            fmt.quantity(f.peak_kw, unit),
        )
        self.cards["base"].set(
            QCoreApplication.translate("LoadCurvePage", "Base load (daily 5 % quantile)"),
            fmt.quantity(f.base_load_kw, unit),
            QCoreApplication.translate("LoadCurvePage", "The mean over the days of each day's 5 % quantile of power."),
        )
        self.cards["night"].set(
            QCoreApplication.translate("LoadCurvePage", "Mean power 00:00–05:00"), fmt.quantity(f.night_mean_kw, unit)
        )
        self.cards["factor"].set(
            QCoreApplication.translate("LoadCurvePage", "Load factor"),
            fmt.percent(f.load_factor),
            QCoreApplication.translate("LoadCurvePage", "The mean power over the peak power."),
        )
        self.cards["weekend"].set(
            share(QCoreApplication.translate("LoadCurvePage", "Saturdays and Sundays"), curve.weekend_kwh),
            fmt.percent(f.weekend_share),
            price,
        )
        self.cards["off_hours"].set(
            share(QCoreApplication.translate("LoadCurvePage", "Outside running hours"), curve.off_hours_kwh),
            fmt.percent(f.off_hours_share),
            f"{schedule_hint}\n{price}".strip(),
        )
        spanned = f.intervals + f.missing
        partial = curve.partial_months
        months = translated_months()
        month_text = lambda m: f"{months[m.month.month - 1]} {m.month.year}"  # noqa: E731
        caption = QCoreApplication.translate("LoadCurvePage", "Intervals with a reading")
        if partial:
            lowest = min(partial, key=lambda m: m.share)
            caption = QCoreApplication.translate(
                "LoadCurvePage", "Intervals with a reading; lowest month {month}: {share}"
            ).format(month=month_text(lowest), share=fmt.percent(lowest.share, 1))
        tip = "\n".join(f"{month_text(m)}: {fmt.percent(m.share, 1)}" for m in partial[:24])
        self.cards["coverage"].set(caption, fmt.percent(f.intervals / spanned if spanned else None, 2), tip)
        self.kpis.reflow()

    def _set_chart_texts(self, curve: MeterCurve) -> None:
        fmt = self.languages.formatter
        unit = power_unit(curve.unit)
        months = translated_months()
        month_text = lambda d, year: f"{months[d.month - 1]} {d.year}" if year else months[d.month - 1]  # noqa: E731
        day_text = lambda d: f"{d.day:02d}/{d.month:02d}"  # noqa: E731
        for axis in (self.heat_chart.day_axis, self.series_chart.time_axis):
            axis.month_text, axis.day_text = month_text, day_text
            axis.picture = None  # pyqtgraph caches the drawn labels
            axis.update()
        self.heat_chart.value_text = lambda v: fmt.quantity(v, unit, 1)
        self.heat_chart.cell_text = lambda d, h, v: QCoreApplication.translate(
            "LoadCurvePage", "{day}, {time}: {value}"
        ).format(day=fmt.long_date(d), time=h, value=v)
        self.heat_chart.set_title(
            QCoreApplication.translate("LoadCurvePage", "Mean power by day and time of day"),
            QCoreApplication.translate("LoadCurvePage", "Time of day"),
            QCoreApplication.translate("LoadCurvePage", "Day"),
        )
        self.heat_chart.colour_bar.axis.setLabel(unit)
        self.duration_chart.set_title(
            QCoreApplication.translate("LoadCurvePage", "Load duration curve"),
            QCoreApplication.translate("LoadCurvePage", "Power ({unit})").format(unit=unit),
            duration_axis_title(curve.duration),
        )
        self.typical_chart.set_title(
            QCoreApplication.translate("LoadCurvePage", "Typical days"),
            QCoreApplication.translate("LoadCurvePage", "Power ({unit})").format(unit=unit),
            QCoreApplication.translate("LoadCurvePage", "Time of day"),
        )
        self.series_chart.set_title(
            QCoreApplication.translate("LoadCurvePage", "Power interval by interval"),
            QCoreApplication.translate("LoadCurvePage", "Power ({unit})").format(unit=unit),
            "",
        )

    def _show_reached(self) -> None:
        count = len(self.reached)
        self.fill_reached.setVisible(bool(count) and not self.session.read_only)
        self.reached_hint.setVisible(bool(count))
        self.reached_hint.setText(
            QCoreApplication.translate("LoadCurvePage", REACHED_HINT, None, count) if count else ""
        )
        self.fill_reached.setText(QCoreApplication.translate("LoadCurvePage", "Fill them in"))

    def fill_reached_powers(self) -> None:
        """Give the bills without a reached power the curve's (peak kW ÷ the period's cos φ), as one undo step;
        each bill's note says where the figure comes from."""
        if not self.reached or self.session.read_only:
            return
        fmt = self.languages.formatter
        stack = self.session.undo_stack
        stack.beginMacro(QCoreApplication.translate("LoadCurvePage", "Reached powers from the load curve"))
        try:
            for item in self.reached:
                bill = self.session.get(model.Bill, item.bill_id)
                said = QCoreApplication.translate(
                    "LoadCurvePage", "Reached power from the load curve: peak {kw} ÷ cos φ {cos_phi}."
                ).format(kw=fmt.quantity(item.peak_kw, "kW", 1), cos_phi=fmt.number(item.cos_phi, 3))
                note = f"{bill.note} {said}".strip()
                self.session.edit(model.Bill, item.bill_id, max_power=item.kva, max_power_unit=PowerUnit.KVA, note=note)
        finally:
            stack.endMacro()

    # --- bills against the curve --------------------------------------------------------------------------

    def _bill_rows(self) -> list[BillPeriodCheck]:
        curve = self.current()
        return list(curve.checks) if curve is not None else []

    def _bill_columns(self) -> list[Column]:
        bills = self._bills

        def fmt():
            return self.languages.formatter

        def number(value: float | None, decimals: int = 0) -> str:
            return fmt().number(value, decimals) if value is not None and not math.isnan(value) else "—"

        def split_text(split: Any) -> str:
            if split is None:
                return "—"
            return " / ".join(fmt().percent(p) for p in (split.peak, split.standard, split.offpeak))

        def difference(check: BillPeriodCheck) -> str:
            if check.difference is None:
                return QCoreApplication.translate("LoadCurvePage", "part covered")
            shown = fmt().percent(check.difference, 1)
            return "+" + shown if round(check.difference * 100, 1) > 0 else shown.replace("-0", "0")

        def reached(check: BillPeriodCheck) -> str:
            bill = bills.get(check.bill_id)
            if check.billed_reached is None or bill is None:
                return "—"
            return fmt().quantity(check.billed_reached, bill.max_power_unit.value, 1)

        return [
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Period"),
                lambda c: f"{fmt().date(c.first)} – {fmt().date(c.last)}",
                sort=lambda c: c.first,
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Billed kWh"),
                lambda c: number(c.billed_kwh),
                sort=lambda c: c.billed_kwh,
                numeric=True,
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Curve kWh"),
                lambda c: number(c.curve_kwh),
                sort=lambda c: c.curve_kwh,
                numeric=True,
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Covered"),
                lambda c: fmt().percent(c.coverage, 1),
                sort=lambda c: c.coverage,
                numeric=True,
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Curve − billed"),
                difference,
                sort=lambda c: c.difference if c.difference is not None else -math.inf,
                numeric=True,
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Curve peak (kW)"),
                lambda c: number(c.curve_peak_kw, 1),
                sort=lambda c: c.curve_peak_kw or 0.0,
                numeric=True,
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Reached power billed"),
                reached,
                sort=lambda c: c.billed_reached or 0.0,
                numeric=True,
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Curve peak / standard / off-peak"),
                lambda c: split_text(c.curve_split),
            ),
            Column(
                CTX,
                QT_TRANSLATE_NOOP("LoadCurvePage", "Billed peak / standard / off-peak"),
                lambda c: split_text(c.billed_split),
            ),
        ]

    # --- texts ----------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.meter_label.setText(QCoreApplication.translate("LoadCurvePage", "Meter:"))
        for index, label in enumerate(
            (
                QT_TRANSLATE_NOOP("LoadCurvePage", "Heat map"),
                QT_TRANSLATE_NOOP("LoadCurvePage", "Duration curve"),
                QT_TRANSLATE_NOOP("LoadCurvePage", "Typical days"),
                QT_TRANSLATE_NOOP("LoadCurvePage", "Time series"),
                QT_TRANSLATE_NOOP("LoadCurvePage", "Against the bills"),
                QT_TRANSLATE_NOOP("LoadCurvePage", "Solar PV"),
            )
        ):
            self.tabs.setTabText(index, tr(label))
        self.series_hint.setText(
            QCoreApplication.translate(
                "LoadCurvePage",
                "Zoom with the wheel, drag along time. Zoomed out, each point pair is the lowest and highest "
                "interval of its stretch: no peak is lost; a gap breaks the line.",
            )
        )
        self.whole_period.setText(QCoreApplication.translate("LoadCurvePage", "Whole period"))
        self.empty.setText(
            QCoreApplication.translate("LoadCurvePage", "This supply has no load curve: import one with File ▸ Import.")
        )
        # the figures, titles and axes follow with the refresh the language switch asks of every page
