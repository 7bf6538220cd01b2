"""Estimate a month no bill covers: which month, which method, and the figures it gives before anything is
stored (the bill is then added as one undoable step, tagged estimated, its method in its note)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from workbench.domain import model
from workbench.domain.gap_fill import FILL_METHOD_LABELS, FillMethod, estimate_month
from workbench.domain.messages import DomainError
from workbench.i18n.language import LanguageManager


class EstimateDialog(QDialog):
    def __init__(
        self,
        languages: LanguageManager,
        bills: Sequence[model.Bill],
        months: Sequence[dt.date],
        supply_id: int,
        unit: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.languages, self.bills, self.supply_id, self.unit = languages, list(bills), supply_id, unit
        self.estimate: model.Bill | None = None
        self.setWindowTitle(QCoreApplication.translate("EstimateDialog", "Estimate a missing month"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # The choices are kept here, by index: Qt would hand back an enum or a date as another type.
        self.months, self.methods = list(months), list(FillMethod)
        self.month_box = QComboBox()
        for month in self.months:
            self.month_box.addItem(month.strftime("%m/%Y"))
        self.method_box = QComboBox()
        for method in self.methods:
            self.method_box.addItem(QCoreApplication.translate("GapFill", FILL_METHOD_LABELS[method]))
        form.addRow(QCoreApplication.translate("EstimateDialog", "Month"), self.month_box)
        form.addRow(QCoreApplication.translate("EstimateDialog", "Method"), self.method_box)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.month_box.currentIndexChanged.connect(self.update_preview)
        self.method_box.currentIndexChanged.connect(self.update_preview)
        self.update_preview()

    @property
    def month(self) -> dt.date:
        return self.months[self.month_box.currentIndex()]

    @property
    def method(self) -> FillMethod:
        return self.methods[self.method_box.currentIndex()]

    def update_preview(self) -> None:
        """The figures the estimate would store, or why this method cannot give one."""
        fmt = self.languages.formatter
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.estimate = estimate_month(self.bills, self.month, self.method, self.supply_id)
        except DomainError as exc:
            self.estimate = None
            self.preview.setText(self.languages.render(exc.message))
            ok.setEnabled(False)
            return
        e = self.estimate
        parts = [fmt.quantity(e.total_quantity, self.unit)]
        if e.has_time_of_use:
            parts.append(
                QCoreApplication.translate(
                    "EstimateDialog", "peak {peak}, standard {standard}, off-peak {offpeak}"
                ).format(
                    peak=fmt.number(e.quantity_peak),
                    standard=fmt.number(e.quantity_standard),
                    offpeak=fmt.number(e.quantity_offpeak),
                )
            )
        parts.append(
            fmt.money(e.cost_excl_vat, e.currency)
            if e.cost_excl_vat is not None
            else QCoreApplication.translate("EstimateDialog", "cost unknown")
        )
        self.preview.setText(
            QCoreApplication.translate(
                "EstimateDialog", "The estimated bill ({first} – {last}) will store: {figures}. It is tagged estimated."
            ).format(first=fmt.date(e.period_start), last=fmt.date(e.period_end), figures=" · ".join(parts))
        )
        ok.setEnabled(True)
