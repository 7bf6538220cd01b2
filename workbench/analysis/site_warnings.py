"""What a data-quality warning holds: its kind, its translatable text, and the supply and bills it names."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.domain.messages import Message

CTX = "Warnings"


@dataclass(frozen=True, slots=True)
class SiteWarning:
    kind: str  # gap, overlap, duplicate_invoice, duplicate_bill, no_bills, conversion, currency
    message: Message
    supply_id: int | None = None
    bill_ids: tuple[int, ...] = ()
