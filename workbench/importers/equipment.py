"""Inventories from spreadsheets: rows to equipment items, through the same reading, parsing and refusals as bills.

Columns are guessed from French, English or Dutch headers; end uses and
carriers are read from their names in the three languages; load factors and
efficiencies may be written as shares (0.75) or percentages (75 %).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from workbench.domain.units import Carrier
from workbench.domain.validation import ValidationError, validate
from workbench.domain.vocab import EndUse, Provenance

from .mapping import plain
from .records import Refusal
from .table import RawTable, ReadOptions, read_table
from .values import CellError, parse_number

CTX = "Import"
NUMBERS = ("rated_power", "quantity", "load_factor", "annual_hours", "efficiency", "fixture_watts")
SHARES = ("load_factor", "efficiency")

HEADER_RULES: dict[str, tuple[str, ...]] = {
    "name": (r"^nom\b", r"^name\b", r"^naam\b", r"designation", r"equipement", r"equipment", r"toestel", r"^item"),
    "end_use": (r"usage", r"end use", r"gebruik", r"categor", r"type"),
    "carrier": (r"energie", r"energy", r"vecteur", r"carrier", r"brandstof", r"fuel"),
    "rated_power": (r"puissance", r"power", r"vermogen", r"\bkw\b"),
    "quantity": (r"quantit", r"quantity", r"nombre", r"aantal", r"\bqty\b", r"\bnb\b"),
    "load_factor": (r"taux de charge", r"load factor", r"belasting", r"\blf\b", r"charge"),
    "annual_hours": (r"heures", r"hours", r"uren", r"h/an", r"h/yr"),
    "efficiency": (r"rendement", r"efficiency", r"\beta\b", r"η"),
    "location": (r"emplacement", r"location", r"atelier", r"locatie", r"zone", r"departement"),
    "fixture_watts": (r"w par luminaire", r"watts per fixture", r"w/luminaire", r"watt"),
}
FIELD_ORDER = tuple(HEADER_RULES)

END_USE_WORDS: tuple[tuple[EndUse, tuple[str, ...]], ...] = (
    (EndUse.COMPRESSED_AIR, ("air comprime", "compressed air", "perslucht", "compress")),
    (EndUse.LIGHTING, ("eclairage", "lighting", "verlichting", "lamp", "luminaire", "led")),
    (EndUse.PUMPS, ("pompe", "pump", "pomp")),
    (EndUse.FANS, ("ventilateur", "fan", "extracteur", "ventilator")),
    (EndUse.BOILERS_STEAM, ("chaudiere", "boiler", "ketel", "vapeur", "steam", "stoom")),
    (EndUse.PROCESS_HEAT, ("four", "furnace", "oven", "kiln", "sechoir", "dryer", "droger", "chaleur", "process heat")),
    (EndUse.HVAC, ("climatisation", "clim", "hvac", "chauffage", "heating", "air conditioning", "airco")),
    (EndUse.REFRIGERATION, ("froid", "refriger", "cold", "koel", "chiller", "groupe d'eau glacee")),
    (EndUse.OFFICE_IT, ("bureau", "office", "informatique", "computer", "kantoor")),
    (EndUse.MOTORS, ("moteur", "motor", "entrainement", "drive", "convoyeur", "conveyor", "broyeur", "presse")),
)
CARRIER_WORDS: tuple[tuple[Carrier, tuple[str, ...]], ...] = (
    (Carrier.ELECTRICITY, ("electri", "elektri")),
    (Carrier.NATURAL_GAS, ("gaz naturel", "natural gas", "aardgas", "gaz", "gas")),
    (Carrier.PROPANE, ("propane", "gpl", "lpg")),
    (Carrier.BUTANE, ("butane",)),
    (Carrier.HEAVY_FUEL_OIL, ("fioul lourd", "heavy fuel", "fuel oil", "stookolie", "fioul")),
    (Carrier.GAS_OIL, ("gasoil", "gazole", "diesel")),
    (Carrier.COAL, ("charbon", "coal", "steenkool")),
    (Carrier.BIOMASS, ("bois", "wood", "biomass", "hout", "pellet")),
    (Carrier.DISTRICT_HEAT, ("reseau de chaleur", "district heat", "warmtenet")),
)


def guess_equipment_mapping(headers: Sequence[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for name in FIELD_ORDER:
        for i, header in enumerate(headers):
            if i in used:
                continue
            if any(re.search(p, plain(header)) for p in HEADER_RULES[name]):
                mapping[name] = i
                used.add(i)
                break
    return mapping


T = TypeVar("T")  # what the words name: an end use, a carrier


def _choice(text: str, words: tuple[tuple[T, tuple[str, ...]], ...]) -> T | None:
    value = plain(text)
    for choice, keys in words:
        if any(k in value for k in keys):
            return choice
    return None


def parse_end_use(text: str, fallback_name: str = "") -> EndUse:
    found = _choice(text, END_USE_WORDS) if text.strip() else None
    if found is None and text.strip():
        raise CellError(message(CTX, QT_TRANSLATE_NOOP("Import", "“{text}” is not an end use."), text=text))
    return found or _choice(fallback_name, END_USE_WORDS) or EndUse.OTHER


def parse_carrier(text: str) -> Carrier:
    if not text.strip():
        return Carrier.ELECTRICITY
    found = _choice(text, CARRIER_WORDS)
    if found is None:
        raise CellError(message(CTX, QT_TRANSLATE_NOOP("Import", "“{text}” is not an energy carrier."), text=text))
    return found


@dataclass
class EquipmentRecords:
    items: list[tuple[int, model.Equipment]] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def equipment_records(
    table: RawTable, mapping: dict[str, int], site_id: int, first_position: int = 0
) -> EquipmentRecords:
    result = EquipmentRecords()
    headers = {name: table.header[column] for name, column in mapping.items()}
    for index, row in enumerate(table.rows):
        if not any(cell.strip() for cell in row):
            continue
        number = table.row_number(index)
        values: dict[str, Any] = {}  # the cells as read (texts, numbers, choices): the domain checks the item
        errors: list[Refusal] = []

        def cell(name: str, row: list[str] = row) -> str:
            column = mapping.get(name)
            return row[column] if column is not None and column < len(row) else ""

        for name in mapping:
            text = cell(name)
            try:
                if name in NUMBERS:
                    percent = "%" in text
                    value = parse_number(text.replace("%", ""), table.decimal)
                    if value is not None and name in SHARES and (percent or value > 1.0):
                        value /= 100
                    if value is not None and name == "quantity":
                        value = int(value) if float(value).is_integer() else value
                    values[name] = value
                elif name == "end_use":
                    values[name] = parse_end_use(text, cell("name"))
                elif name == "carrier":
                    values[name] = parse_carrier(text)
                else:
                    values[name] = text.strip()
            except CellError as exc:
                errors.append(Refusal(number, headers[name], text, exc.reason))
        if errors:
            result.refused.extend(errors)
            continue
        if "end_use" not in values:
            values["end_use"] = parse_end_use("", str(values.get("name", "")))
        provenance = {name: Provenance.NAMEPLATE for name in ("rated_power", "fixture_watts") if values.get(name)}
        try:
            item = model.Equipment(
                site_id=site_id,
                position=first_position + len(result.items),
                provenance=provenance,
                **{k: v for k, v in values.items() if v is not None and v != ""},
            )
            validate(item)
        except ValidationError as exc:
            result.refused.append(Refusal(number, headers.get(exc.field, exc.field), str(exc.value), exc.message))
            continue
        except TypeError:
            result.refused.append(Refusal(number, "", "", _message_bad_row()))
            continue
        result.items.append((number, item))
    return result


def _message_bad_row() -> Message:
    return message(CTX, QT_TRANSLATE_NOOP("Import", "This row cannot be read as an equipment item."))


def read_equipment(
    path: Path, site_id: int, first_position: int = 0, options: ReadOptions | None = None
) -> EquipmentRecords:
    """Items of an inventory file, not yet stored; refusals name row, column, text and reason."""
    table = read_table(path, options)
    mapping = guess_equipment_mapping(table.header)
    if "name" not in mapping:
        raise DomainError(
            message(
                CTX,
                QT_TRANSLATE_NOOP("Import", "{file}: no column of equipment names was found (columns: {columns})."),
                file=path.name,
                columns=", ".join(h for h in table.header if h),
            )
        )
    return equipment_records(table, mapping, site_id, first_position)


def pasted_equipment(text: str, site_id: int, first_position: int, decimal_hint: str) -> EquipmentRecords:
    """A block pasted from a spreadsheet, with its header row."""
    from .table import detect_decimal

    grid = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if len(grid) < 2:
        return EquipmentRecords()
    width = max(len(r) for r in grid)
    grid = [r + [""] * (width - len(r)) for r in grid]
    table = RawTable(
        "clipboard", [c.strip() for c in grid[0]], grid[1:], 2, decimal=detect_decimal(grid[1:], decimal_hint)
    )
    return equipment_records(table, guess_equipment_mapping(table.header), site_id, first_position)
