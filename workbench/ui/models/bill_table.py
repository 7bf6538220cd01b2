"""The bills of one supply, and the deliveries of a bulk fuel, as editable tables with computed columns."""

from __future__ import annotations

from typing import Any

from workbench.domain import model
from workbench.domain.energy import EnergyConversion, supply_conversion
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError
from workbench.domain.tariffs import cos_phi
from workbench.domain.units import Carrier
from workbench.i18n.language import LanguageManager
from workbench.ui.session import WorkspaceSession

from .entity_table import EntityColumn, EntityTableModel

TOU_FIELDS = ("quantity_peak", "quantity_standard", "quantity_offpeak")


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
        """Editing one time-of-use period keeps the total equal to their sum (when the bill has both)."""
        changes = {field: value}
        if field in TOU_FIELDS and entity.quantity is not None and entity.has_time_of_use:
            parts = [value if name == field else getattr(entity, name) for name in TOU_FIELDS]
            changes["quantity"] = sum(p for p in parts if p is not None)
        costs = (entity.cost_excl_vat, entity.vat, entity.cost_incl_vat)
        if field in ("cost_excl_vat", "vat", "cost_incl_vat") and None not in costs and value is not None:
            # The three amounts stay consistent, as on the invoice: HT + TVA = TTC.
            excl, vat = (value, entity.vat) if field == "cost_excl_vat" else (entity.cost_excl_vat, value)
            if field == "cost_incl_vat":
                changes["vat"] = round(value - entity.cost_excl_vat, 2)
            else:
                changes["cost_incl_vat"] = round(excl + vat, 2)
        if field == "quantity" and entity.has_time_of_use and value is not None:
            # A new total replaces a split that no longer adds up to it.
            parts = sum(q for q in entity.time_of_use if q is not None)
            if abs(parts - value) > 1 + 0.001 * value:
                changes.update({name: None for name in TOU_FIELDS})
        return changes


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
