"""The load-curve page's Solar PV tab: a rooftop system sized by the auditor (peak power, tilt, azimuth, losses,
a typical-year weather file), simulated with pvlib against the supply's load curve, and proposed as a
renewable-production measure.

The study is stored with the supply as soon as it is simulated (one undo step); a weather file the user loads is
kept in the workspace with it. Simulating runs in a worker (pvlib and its first import take about a second).
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.solar_study import PriceBasis, PvResult, pv_measure, study_result
from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message
from workbench.domain.solar import DEFAULT_LOSSES, DEFAULT_TILT, SOUTH, PvStudy, PvSystem
from workbench.i18n.language import LanguageManager
from workbench.resources import shipped_weather_files
from workbench.ui.charts.legend_above import LegendAbove
from workbench.ui.charts.load_curve_charts import CurveChart, HourAxis
from workbench.ui.commands.edits import InsertEntity, SetPvStudy, new_position
from workbench.ui.session import WorkspaceSession
from workbench.ui.workers import run_with_progress

from .page import message_label

LOAD_COLOUR, PV_COLOUR, USED_COLOUR = "#3b82c4", "#e8a33d", "#5a9e4b"
LOAD_FILE = "__load__"  # the weather list's last entry: choose a file
DEFAULT_KWP = 100.0


class ProfileChart(CurveChart):
    """The mean day: the site's power, the PV's, and what the site would use of the PV."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, {"bottom": HourAxis("bottom")})
        self.legend = LegendAbove(self.plotItem, columns=2)  # three long names: two a row, none cut
        self.plotItem.showGrid(x=True, y=True, alpha=0.25)
        self.plotItem.getViewBox().setMouseEnabled(x=False, y=False)
        self.lines: list[pg.PlotDataItem] = []

    def set_profile(self, hours: np.ndarray, series: list[tuple[str, np.ndarray, str]]) -> None:
        for line in self.lines:
            self.plotItem.removeItem(line)
        self.legend.clear()
        self.lines = []
        top = 0.0
        for index, (name, values, colour) in enumerate(series):
            filled = index == len(series) - 1  # what the site uses of the PV: an area under the PV's line
            brush = QColor(colour)
            brush.setAlpha(90)
            line = self.plotItem.plot(
                hours,
                np.nan_to_num(values) if filled else values,
                pen=pg.mkPen(QColor(colour), width=1 if filled else 2),
                connect="finite",
                fillLevel=0 if filled else None,
                brush=brush if filled else None,
            )
            line.setZValue(-1 if filled else 1)
            self.lines.append(line)
            self.legend.addItem(line, name)
            if np.isfinite(values).any():
                top = max(top, float(np.nanmax(values)))
        self.legend.setLabelTextColor(self._text())
        self.legend.place()
        self.plotItem.setXRange(0, 24, padding=0)
        self.plotItem.setYRange(0, top * 1.08 or 1.0, padding=0)

    def _text(self) -> QColor:
        from PySide6.QtGui import QPalette

        return self.palette().color(QPalette.ColorRole.Text)


class PvPanel(QWidget):
    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.languages = session, languages
        self.synchronous = False
        self.supply: model.EnergySupply | None = None
        self.site: model.Site | None = None
        self.result: PvResult | None = None
        self.loaded: tuple[str, int] | None = None  # a weather file kept in the workspace: (name, attachment)
        self.added = False  # the result shown is already among the site's measures
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.kwp = self._spin(1, 100_000, 1, DEFAULT_KWP)
        self.tilt = self._spin(0, 90, 0, DEFAULT_TILT)
        self.azimuth = self._spin(0, 360, 0, SOUTH)
        self.losses = self._spin(0, 50, 1, DEFAULT_LOSSES * 100)
        self.investment = self._spin(0, 1e9, 0, 0.0)
        self.investment.setSpecialValueText("—")
        self.weather = QComboBox()
        self.weather.activated.connect(self._weather_chosen)
        self.labels = {name: QLabel() for name in ("kwp", "tilt", "azimuth", "losses", "weather", "investment")}
        for name, widget in (
            ("kwp", self.kwp),
            ("tilt", self.tilt),
            ("azimuth", self.azimuth),
            ("losses", self.losses),
            ("weather", self.weather),
            ("investment", self.investment),
        ):
            form.addRow(self.labels[name], widget)
        left.addLayout(form)
        buttons = QHBoxLayout()
        self.simulate_button = QPushButton()
        self.simulate_button.clicked.connect(self.simulate)
        self.measure_button = QPushButton()
        self.measure_button.clicked.connect(self.add_measure)
        buttons.addWidget(self.simulate_button)
        buttons.addWidget(self.measure_button)
        left.addLayout(buttons)
        self.message = message_label()
        left.addWidget(self.message)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        left.addWidget(self.figures)
        left.addStretch(1)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMaximumWidth(460)
        layout.addWidget(holder)
        self.chart = ProfileChart()
        layout.addWidget(self.chart, 1)
        self.retranslate()

    def _spin(self, low: float, high: float, decimals: int, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setValue(value)
        spin.setGroupSeparatorShown(True)
        return spin

    # --- the supply ---------------------------------------------------------------------------------------

    def show_supply(self, supply: model.EnergySupply, site: model.Site) -> None:
        """The stored study's values (or defaults), and its result when it was simulated for this supply."""
        changed = self.supply is None or self.supply.id != supply.id
        self.supply, self.site = supply, site
        study = self.session.workspace.pv_study(model.stored_id(supply))
        if changed:
            self.result = None
        if study is not None or changed:
            # the supply's own study, else the defaults: never the form as another supply left it
            s = study.system if study is not None else PvSystem(DEFAULT_KWP)
            for spin, value in ((self.kwp, s.kwp), (self.tilt, s.tilt), (self.azimuth, s.azimuth)):
                spin.setValue(value)
            self.losses.setValue(s.losses * 100)
            kept = study.weather_attachment if study is not None else None
            self.loaded = (study.weather_name, kept) if study is not None and kept is not None else None
        if changed:  # what the user typed for another supply's plant is not this one's
            self.investment.setValue(0.0)
            self.added = False
        self._fill_weather(study)
        self.investment.setSuffix(f" {site.currency}" if site.currency else "")
        self._show_result()

    def _fill_weather(self, study: PvStudy | None) -> None:
        self.weather.clear()
        for path in shipped_weather_files():
            self.weather.addItem(_station(path.name), path.name)
        if self.loaded is not None:
            self.weather.addItem(
                _station(self.loaded[0]) + " " + QCoreApplication.translate("PvPanel", "(kept in the workspace)"),
                self.loaded[0],
            )
        self.weather.addItem(QCoreApplication.translate("PvPanel", "Load a weather file (EPW)…"), LOAD_FILE)
        wanted = study.weather_name if study is not None else self._default_weather()
        self.weather.setCurrentIndex(max(0, self.weather.findData(wanted)))

    def _default_weather(self) -> str:
        """The shipped file of the site's country, else the first."""
        files = [p.name for p in shipped_weather_files()]
        country = {"MA": "MAR", "BE": "BEL"}.get((self.site.country if self.site else "").upper(), "")
        return next((f for f in files if country and f.startswith(country)), files[0] if files else "")

    def _weather_chosen(self) -> None:
        if self.weather.currentData() != LOAD_FILE:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("PvPanel", "Typical-year weather file"),
            "",
            QCoreApplication.translate("PvPanel", "EnergyPlus weather (*.epw);;All files (*)"),
        )
        if path:
            self.load_weather(Path(path))
        else:
            self._fill_weather(None)

    def load_weather(self, path: Path) -> bool:
        """Keep the weather file at ``path`` in the workspace (once it reads as one) and choose it."""
        from workbench.analysis.solar import read_weather

        try:
            data = path.read_bytes()
            read_weather(data, path.name)
            attachment = self.session.workspace.add_attachment(path.name, data, "text/plain")
        except OSError as exc:
            self.message.setText(
                QCoreApplication.translate("PvPanel", "Cannot read {path}: {reason}.").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return False
        except DomainError as exc:
            self.message.setText(self.languages.render(exc.message))
            return False
        self.loaded = (path.name, model.stored_id(attachment))
        self.message.clear()
        self._fill_weather(PvStudy(0, PvSystem(1.0), path.name))
        return True

    # --- simulating ---------------------------------------------------------------------------------------

    def study(self) -> PvStudy:
        assert self.supply is not None  # shown
        name = self.weather.currentData() or self._default_weather()
        attachment = self.loaded[1] if self.loaded is not None and self.loaded[0] == name else None
        system = PvSystem(self.kwp.value(), self.tilt.value(), self.azimuth.value(), self.losses.value() / 100)
        return PvStudy(model.stored_id(self.supply), system, name, attachment)

    def simulate(self) -> None:
        """Store the study (one undo step) and simulate it against the load curve."""
        if self.supply is None or self.site is None:
            return
        if self.session.read_only:
            self.run(self.session.workspace.pv_study(model.stored_id(self.supply)) or self.study())
            return
        study = self.study()
        try:
            study.system.check()
            if study != self.session.workspace.pv_study(study.supply_id):
                self.session.undo_stack.push(SetPvStudy(self.session, study.supply_id, study))
        except DomainError as exc:
            self.message.setText(self.languages.render(exc.message))
            return
        self.run(study)

    def run(self, study: PvStudy) -> None:
        assert self.supply is not None and self.site is not None
        supply, site, workspace = self.supply, self.site, self.session.workspace
        try:
            self.result = run_with_progress(
                self,
                QCoreApplication.translate("PvPanel", "Simulating {kwp} kWp against the load curve…").format(
                    kwp=f"{study.system.kwp:g}"
                ),
                lambda progress: study_result(workspace, supply, site, study),
                synchronous=self.synchronous or bool(getattr(self.window(), "synchronous", False)),
            )
        except DomainError as exc:
            self.result = None
            self.message.setText(self.languages.render(exc.message))
            return
        self.message.clear()
        self.added = False
        self._show_result()

    def add_measure(self) -> None:
        """The study as a renewable-production measure of the site (one undo step)."""
        if self.result is None or self.site is None or self.session.read_only or self.added:
            return
        investment = self.investment.value() or None
        measure = dataclasses.replace(
            pv_measure(self.site, self.result, investment),
            position=new_position(self.session.workspace.measures(model.stored_id(self.site))),
        )
        label = message("Commands", QT_TRANSLATE_NOOP("Commands", "Add the PV measure"))
        try:
            self.session.undo_stack.push(InsertEntity(self.session, measure, label))
        except DomainError as exc:
            self.message.setText(self.languages.render(exc.message))
            return
        self.message.setText(
            QCoreApplication.translate(
                "PvPanel", "Added to the site's measures, where its savings and payback are worked out."
            )
        )
        self.added = True  # once: a second click would count the same plant twice
        self.measure_button.setEnabled(False)

    # --- showing ------------------------------------------------------------------------------------------

    def _show_result(self) -> None:
        result = self.result
        self.measure_button.setEnabled(result is not None and not self.session.read_only and not self.added)
        self.chart.setVisible(result is not None)
        if result is None:
            self.figures.setText(
                QCoreApplication.translate(
                    "PvPanel", "Simulate to see the production, what the site would use of it and what it would export."
                )
            )
            self.chart.set_profile(np.arange(0, 25), [])
            return
        fmt = self.languages.formatter
        use = result.use
        lines = [
            QCoreApplication.translate(
                "PvPanel", "Production of a typical year: {kwh} ({yield_} kWh/kWp, {station})."
            ).format(
                kwh=fmt.quantity(result.annual_production, "kWh"),
                yield_=fmt.number(result.year.specific_yield),
                station=result.weather.station,
            ),
            QCoreApplication.translate(
                "PvPanel",
                "Over the curve's {days} days: {produced} produced, {used} used on site ({share}), {surplus} exported.",
            ).format(
                days=fmt.number(use.days),
                produced=fmt.quantity(use.production_kwh, "kWh"),
                used=fmt.quantity(use.self_consumed_kwh, "kWh"),
                share=fmt.percent(use.self_consumed_share, 1),
                surplus=fmt.quantity(use.surplus_kwh, "kWh"),
            ),
            QCoreApplication.translate("PvPanel", "The PV would cover {coverage} of the site's electricity.").format(
                coverage=fmt.percent(use.coverage)
            ),
        ]
        split = use.split
        if split is not None:
            lines.append(
                QCoreApplication.translate(
                    "PvPanel", "Used on site in peak / standard / off-peak hours: {peak} / {standard} / {offpeak}."
                ).format(peak=fmt.percent(split[0]), standard=fmt.percent(split[1]), offpeak=fmt.percent(split[2]))
            )
        avoided = result.annual_avoided
        if avoided is not None and use.currency:
            basis = (
                QCoreApplication.translate("PvPanel", "at the tariff's energy price of each window")
                if result.price_basis is PriceBasis.TARIFF_WINDOWS
                else QCoreApplication.translate("PvPanel", "at the mean billed price (every charge over the kWh)")
            )
            lines.append(
                QCoreApplication.translate("PvPanel", "Purchases avoided: about {money} a year, {basis}.").format(
                    money=fmt.money(avoided, use.currency), basis=basis
                )
            )
            parts = use.avoided_by_period
            if parts is not None and result.price_basis is PriceBasis.TARIFF_WINDOWS:
                year = use.per_year
                lines.append(
                    QCoreApplication.translate(
                        "PvPanel", "By window: peak {peak}, standard {standard}, off-peak {offpeak} a year."
                    ).format(
                        peak=fmt.money(parts[0] * year, use.currency),
                        standard=fmt.money(parts[1] * year, use.currency),
                        offpeak=fmt.money(parts[2] * year, use.currency),
                    )
                )
        else:
            lines.append(
                QCoreApplication.translate(
                    "PvPanel",
                    "Not priced: the site has neither a time-of-use tariff nor a billed price for the period.",
                )
            )
        self.figures.setText("\n".join(lines))
        if use.profile is not None:
            load, pv, used = use.profile
            hours = np.arange(load.size + 1) * use.step_minutes / 60
            close = lambda a: np.append(a, a[0] if math.isfinite(a[0]) else np.nan)  # noqa: E731  (24:00 = 00:00)
            self.chart.set_profile(
                hours,
                [
                    (QCoreApplication.translate("PvPanel", "Site's power"), close(load), LOAD_COLOUR),
                    (QCoreApplication.translate("PvPanel", "PV power"), close(pv), PV_COLOUR),
                    (QCoreApplication.translate("PvPanel", "PV used on site"), close(used), USED_COLOUR),
                ],
            )
        self.chart.set_title(
            QCoreApplication.translate("PvPanel", "The mean day over the curve's period"),
            QCoreApplication.translate("PvPanel", "Power (kW)"),
            QCoreApplication.translate("PvPanel", "Time of day"),
        )

    def retranslate(self) -> None:
        texts = {
            "kwp": QCoreApplication.translate("PvPanel", "Peak power"),
            "tilt": QCoreApplication.translate("PvPanel", "Tilt (0° flat)"),
            "azimuth": QCoreApplication.translate("PvPanel", "Azimuth (180° south)"),
            "losses": QCoreApplication.translate("PvPanel", "System losses"),
            "weather": QCoreApplication.translate("PvPanel", "Typical-year weather"),
            "investment": QCoreApplication.translate("PvPanel", "Investment (for the measure)"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.kwp.setSuffix(" " + QCoreApplication.translate("PvPanel", "kWp"))
        self.tilt.setSuffix(" °")
        self.azimuth.setSuffix(" °")
        self.losses.setSuffix(" %")
        currency = self.site.currency if self.site is not None else ""
        self.investment.setSuffix(f" {currency}" if currency else "")
        self.simulate_button.setText(QCoreApplication.translate("PvPanel", "Simulate"))
        self.measure_button.setText(QCoreApplication.translate("PvPanel", "Add as a measure"))
        self.kwp.setToolTip(
            QCoreApplication.translate("PvPanel", "The modules' peak power under standard test conditions (kWp).")
        )
        if self.supply is not None:
            self._show_result()


def _station(file_name: str) -> str:
    """``MAR_RK_Rabat-Sale.AP.601350_TMYx.epw`` → ``Rabat-Sale.AP (MAR)``: what a list shows of a file."""
    parts = file_name.removesuffix(".epw").split("_")
    if len(parts) >= 3:
        return f"{parts[2].split('.')[0]} ({parts[0]})"
    return file_name
