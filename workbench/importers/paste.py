"""A block pasted from Excel or LibreOffice (tab-separated) to bills or deliveries, through the import path.

With a header row, columns are recognised by name as in a file; without one,
they are taken in the order of the table's columns from the one the block was
pasted into, as a spreadsheet user expects.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.domain import model

from .mapping import guess_mapping
from .records import RecordOptions, Records, build_records
from .table import RawTable, _is_label, detect_decimal

ENTITY_TO_FIELD = {
    "period_start": "start",
    "period_end": "end",
    "invoice_number": "invoice",
    "quantity": "quantity",
    "quantity_peak": "kwh_peak",
    "quantity_standard": "kwh_standard",
    "quantity_offpeak": "kwh_offpeak",
    "max_power": "max_kva",
    "reactive_kvarh": "kvarh",
    "cost_excl_vat": "cost_excl_vat",
    "vat": "vat",
    "cost_incl_vat": "cost_incl_vat",
    "estimated": "estimated",
    "delivery_date": "delivery_date",
    "delivery_note": "delivery_note",
    "unit_price": "unit_price",
}


def pasted_records(
    text: str, columns: Sequence[str], supply: model.EnergySupply, currency: str, decimal_hint: str = "."
) -> Records:
    """``columns``: the entity fields of the table from the paste position on. The decimal mark is read
    from the numbers; ``decimal_hint`` (the UI language's) decides when none shows one."""
    grid = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if not grid:
        return Records()
    width = max(len(row) for row in grid)
    grid = [row + [""] * (width - len(row)) for row in grid]
    deliveries = "delivery_date" in columns
    if all(_is_label(cell.strip()) for cell in grid[0] if cell.strip()):
        header, rows, first = [c.strip() for c in grid[0]], grid[1:], 2
        mapping = guess_mapping(header, supply.carrier, delivery=deliveries)
    else:
        fields = [ENTITY_TO_FIELD.get(name) for name in columns[:width]]
        header = [name or f"#{i + 1}" for i, name in enumerate(fields)] + [
            f"#{i + 1}" for i in range(len(fields), width)
        ]
        rows, first = grid, 1
        mapping = {name: i for i, name in enumerate(fields) if name}
    table = RawTable("clipboard", header, rows, first, decimal=detect_decimal(rows, decimal_hint))
    return build_records(table, mapping, RecordOptions(supply, currency))
