"""The bills of one supply, and the deliveries of a bulk fuel, as editable tables with computed columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from workbench.domain import model
from workbench.domain.billing import COST_FIELDS, TIME_OF_USE_FIELDS, entry_complete, typed_changes
from workbench.domain.energy import EnergyConversion, supply_conversion
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError
from workbench.domain.tariffs import cos_phi
from workbench.domain.units import Carrier
from workbench.i18n.language import LanguageManager
from workbench.ui.session import WorkspaceSession

from .entity_table import EntityColumn, EntityTableModel, Index


class BillTableModel(EntityTableModel):
    def __init__(self, session: WorkspaceSession, languages: LanguageManager, supply_id: int, parent=None) -> None:
        self.supply_id = supply_id
        self.supply = session.get(model.EnergySupply, supply_id)
        self.conversion = self._conversion(session)
        super().__init__(session, languages, model.Bill, self._columns(), self._load, parent)
        self.refresh()

    def _conversion(self, session: WorkspaceSession) -> EnergyConversion | None:
        try:
            site = session.get(model.Site, self.supply.site_id)
            return supply_conversion(self.supply, session.workspace.factor_lookup(site))
        except DomainError:
            return None

    def _load(self) -> list[model.Bill]:
        self.supply = self.session.get(model.EnergySupply, self.supply_id)
        self.conversion = self._conversion(self.session)
        return self.session.workspace.bills(self.supply_id)

    def _value(self, entity: model.Bill, column: EntityColumn):
        if column.field == "quantity" and entity.quantity is None:
            # A bill given by its periods only (an import without a total column) shows their sum, as typed ones do.
            return entity.total_quantity
        return super()._value(entity, column)

    def _kwh(self, bill: model.Bill) -> float | None:
        return self.conversion.kwh(bill.total_quantity) if self.conversion else None

    def _columns(self) -> list[EntityColumn]:
        unit = lambda: self.supply.invoice_unit.symbol  # noqa: E731
        currency = lambda: self.session.get(model.Site, self.supply.site_id).currency  # noqa: E731
        columns = [
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Start"), "period_start", "date"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "End"), "period_end", "date"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Invoice"), "invoice_number", "text"),
        ]
        if self.supply.carrier is Carrier.ELECTRICITY:
            columns += [
                EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Peak"), "quantity_peak", unit=unit),
                EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Standard"), "quantity_standard", unit=unit),
                EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Off-peak"), "quantity_offpeak", unit=unit),
                EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Total"), "quantity", unit=unit),
                EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Reached power"), "max_power", unit=lambda: "kVA"),
                EntityColumn(
                    QT_TRANSLATE_NOOP("EntityTable", "Reactive energy"), "reactive_kvarh", unit=lambda: "kvarh"
                ),
            ]
        else:
            columns.append(
                EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Quantity"), "quantity", unit=unit, decimals=1)
            )
        columns += [
            EntityColumn(
                QT_TRANSLATE_NOOP("EntityTable", "Cost excl. VAT"), "cost_excl_vat", decimals=2, unit=currency
            ),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "VAT"), "vat", decimals=2, unit=currency),
            EntityColumn(
                QT_TRANSLATE_NOOP("EntityTable", "Cost incl. VAT"), "cost_incl_vat", decimals=2, unit=currency
            ),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Estimated"), "estimated", "flag"),
            # Ticked on a bill that repeats another to have both counted (see workbench.domain.duplicates).
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Not a duplicate"), "not_duplicate", "flag"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Days"), compute=lambda b: b.days),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Final energy"), compute=self._kwh, unit=lambda: "kWh"),
            EntityColumn(
                QT_TRANSLATE_NOOP("EntityTable", "Per day"),
                compute=lambda b: self._kwh(b) / b.days,
                decimals=1,
                unit=lambda: "kWh",
            ),
            EntityColumn(
                QT_TRANSLATE_NOOP("EntityTable", "Cost per kWh"),
                compute=lambda b: b.cost / self._kwh(b),
                decimals=3,
                unit=currency,
            ),
        ]
        if self.supply.carrier is Carrier.ELECTRICITY:
            columns.append(
                EntityColumn(
                    QT_TRANSLATE_NOOP("EntityTable", "cos φ"),
                    compute=lambda b: cos_phi(b.total_quantity, b.reactive_kvarh),
                    decimals=3,
                )
            )
        return columns

    def changes_for(self, entity: model.Bill, field: str, value: Any) -> dict[str, Any]:
        """One cell typed, and the cells that follow it (the rule is the domain's, :func:`typed_changes`)."""
        return typed_changes(entity, field, value)

    def cell_data(self, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            entity, column = self.entity(index.row()), self.columns[index.column()]
            if column.field in (*TIME_OF_USE_FIELDS, "quantity", "reactive_kvarh") and entity.readings:
                rule = self.cell_problems(entity).get(column.field)
                return "\n".join(filter(None, (rule, self._readings_text(entity))))
        return super().cell_data(index, role)

    def _readings_text(self, bill: model.Bill) -> str:
        """Where the quantities came from: each register's two indexes and the multiplier."""
        fmt = self.languages.formatter
        lines = [QCoreApplication.translate("EntityTable", "From the meter indexes:")]
        for r in bill.readings:
            line = QCoreApplication.translate(
                "EntityTable", "{register}: {previous} → {current} × {multiplier} = {value}"
            ).format(
                register=QCoreApplication.translate("MeterRegister", REGISTER_LABELS[r.register]),
                previous=fmt.exact(r.previous),
                current=fmt.exact(r.current),
                multiplier=fmt.exact(r.multiplier),
                value=fmt.number(r.consumption),
            )
            if r.rollover_digits is not None:
                line += " " + QCoreApplication.translate("EntityTable", "(past a rollover at {limit})").format(
                    limit=fmt.number(10**r.rollover_digits)
                )
            lines.append(line)
        return "\n".join(lines)

    def cell_problems(self, entity: model.Bill) -> dict[str, str]:
        """The fields of a bill whose figures disagree, with the rule they break: checked once the row is
        complete or has been left, so that a row being filled in is not flagged cell after cell."""
        if entity.id == self.editing_id and not entry_complete(entity):
            return {}
        marks: dict[str, str] = {}
        for problem in entity.inconsistencies():
            text = self.languages.render(problem.message)
            fields = (*TIME_OF_USE_FIELDS, "quantity") if problem.field == "quantity" else COST_FIELDS
            for name in fields:
                marks[name] = text
        return marks


REGISTER_LABELS = {
    model.MeterRegister.TOTAL: QT_TRANSLATE_NOOP("MeterRegister", "Total"),
    model.MeterRegister.PEAK: QT_TRANSLATE_NOOP("MeterRegister", "Peak hours"),
    model.MeterRegister.STANDARD: QT_TRANSLATE_NOOP("MeterRegister", "Standard hours"),
    model.MeterRegister.OFFPEAK: QT_TRANSLATE_NOOP("MeterRegister", "Off-peak hours"),
    model.MeterRegister.REACTIVE: QT_TRANSLATE_NOOP("MeterRegister", "Reactive energy"),
}


class DeliveryTableModel(EntityTableModel):
    def __init__(self, session: WorkspaceSession, languages: LanguageManager, supply_id: int, parent=None) -> None:
        self.supply_id = supply_id
        supply = session.get(model.EnergySupply, supply_id)
        unit = lambda: supply.invoice_unit.symbol  # noqa: E731
        columns = [
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Delivery date"), "delivery_date", "date"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Delivery note"), "delivery_note", "text"),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Quantity"), "quantity", unit=unit, decimals=1),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Unit price"), "unit_price", decimals=3),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "Cost excl. VAT"), "cost_excl_vat", decimals=2),
            EntityColumn(QT_TRANSLATE_NOOP("EntityTable", "VAT"), "vat", decimals=2),
        ]
        super().__init__(
            session, languages, model.FuelDelivery, columns, lambda: session.workspace.deliveries(supply_id), parent
        )
        self.refresh()
