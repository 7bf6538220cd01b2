"""Mapping profiles: a layout's read options and column mapping, saved by name and reused.

Shipped profiles cover the layouts in ``../shared/data`` (the Moroccan MT ledger,
bulk propane deliveries, Xcel monthly bills); auditors save their own in the
workspace.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message
from workbench.domain.units import Carrier


@dataclass(frozen=True)
class ImportProfile:
    name: str
    kind: str = "bills"  # or "deliveries"
    mapping: dict[str, str] = field(default_factory=dict)  # field -> column header
    mapping_by_carrier: dict[str, dict[str, str]] = field(default_factory=dict)  # for files with several carriers
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    header_row: int | None = None
    sheet: str | None = None
    day_first: bool | None = None
    description: str = ""

    def mapping_for(self, carrier: Carrier) -> dict[str, str]:
        return {**self.mapping, **self.mapping_by_carrier.get(carrier.value, {})}

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ImportProfile:
        data: dict[str, Any] = json.loads(text)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


SHIPPED: dict[str, ImportProfile] = {
    p.name: p
    for p in (
        ImportProfile(
            "ma-mt-ledger",
            mapping={
                "start": "Début période",
                "end": "Fin période",
                "invoice": "N° facture",
                "kwh_peak": "kWh heures de pointe",
                "kwh_standard": "kWh heures pleines",
                "kwh_offpeak": "kWh heures creuses",
                "kvarh": "Énergie réactive (kVArh)",
                "subscribed_kva": "Puissance souscrite (kVA)",
                "max_kva": "Puissance maximale appelée (kVA)",
                "cost_excl_vat": "Montant HT (DH)",
                "vat": "TVA (DH)",
                "cost_incl_vat": "Montant TTC (DH)",
            },
            delimiter=";",
            decimal=",",
            day_first=True,
            description="Relevé de factures MT (ONEE / Lydec) saisi par l'auditeur",
        ),
        ImportProfile(
            "propane-deliveries",
            kind="deliveries",
            mapping={
                "delivery_date": "Date de livraison",
                "delivery_note": "N° bon de livraison",
                "quantity": "Quantité (kg)",
                "unit_price": "Prix unitaire (DH/kg)",
                "cost_excl_vat": "Montant HT (DH)",
            },
            delimiter=";",
            decimal=",",
            day_first=True,
            description="Livraisons de propane en vrac",
        ),
        ImportProfile(
            "xcel-monthly",
            mapping={"end": "Bill Date"},
            mapping_by_carrier={
                "electricity": {"quantity": "Electric Usage (kWh)", "cost_excl_vat": "Electric Charges"},
                "natural_gas": {"quantity": "Gas Usage (Therms)", "cost_excl_vat": "Gas Charges"},
            },
            delimiter=",",
            decimal=".",
            day_first=False,
            description="Xcel Energy monthly bills (US): bill date ends the period",
        ),
    )
}


class UnknownProfileError(DomainError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(
            message(
                "Import",
                QT_TRANSLATE_NOOP("Import", "There is no import profile named “{name}” (known: {known})."),
                name=name,
                known=", ".join(known),
            )
        )
