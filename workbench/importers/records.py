"""Rows of an invoice table to bills or deliveries of one supply, each refusal naming row, column, text and reason.

Period conventions: a start and an end; an end only (the period starts the day
after the previous bill, and the oldest bill is taken as one month long, with a
warning); or a month label. Quantities are converted to the supply's own unit
when the header or a unit column says they are in another one.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from types import MappingProxyType
from typing import Any, TypeVar

from workbench.domain import model
from workbench.domain.calendar import add_months
from workbench.domain.factors import Factor
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from workbench.domain.units import KG_PER_TONNE, KWH_PER_ENERGY_UNIT, PowerUnit, Unit, parse_unit
from workbench.domain.validation import ValidationError, refuse, validate
from workbench.domain.vocab import Provenance

from .columns import day_order, parse_dates, parse_each, parse_numbers
from .mapping import INDEX_FIELDS, unit_from_header
from .table import RawTable
from .values import CellError, date_parts, parse_date, parse_flag, parse_month, parse_number

CTX = "Import"
_Values = dict[str, Any]  # a row's cells by field name, each as its field's parser read it
T = TypeVar("T")
VECTORISED_FROM = 1000  # cells of a column from which it is read a column at a time even without numpy loaded
NUMBER_FIELDS = (
    "quantity",
    "kwh",
    "kwh_peak",
    "kwh_standard",
    "kwh_offpeak",
    "kvarh",
    "max_kw",
    "max_kva",
    "subscribed_kva",
    "cost_excl_vat",
    "vat",
    "cost_incl_vat",
    "unit_price",
    *(name for pair in INDEX_FIELDS.values() for name in pair),
    "multiplier",
)
DATE_FIELDS = ("start", "end", "delivery_date")
# Which entity field a refused domain value came from, back to the import field that carried it.
ENTITY_TO_IMPORT = {
    "period_start": "start",
    "period_end": "end",
    "quantity": "quantity",
    "quantity_peak": "kwh_peak",
    "quantity_standard": "kwh_standard",
    "quantity_offpeak": "kwh_offpeak",
    "reactive_kvarh": "kvarh",
    "max_power": "max_kva",
    "cost_excl_vat": "cost_excl_vat",
    "vat": "vat",
    "cost_incl_vat": "cost_incl_vat",
    "invoice_number": "invoice",
    "delivery_date": "delivery_date",
    "unit_price": "unit_price",
}


@dataclass(frozen=True)
class Refusal:
    row: int  # as numbered in the file
    column: str  # the header of the column, or "" for the row as a whole
    text: str
    reason: Message


@dataclass
class Records:
    items: list[tuple[int, model.Bill | model.FuelDelivery]] = field(default_factory=list)  # (file row, entity)
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    read: int = 0
    subscribed_kva: float | None = None  # the last one the file states, for the supply
    factors: dict[str, Factor] = field(default_factory=dict)  # key -> factor used to convert quantities
    texts: dict[int, dict[str, str]] = field(default_factory=dict)  # file row -> field -> cell as the file has it
    rollovers: list[int] = field(default_factory=list)  # rows whose index went down, to ask about


@dataclass(frozen=True)
class RecordOptions:
    supply: model.EnergySupply
    currency: str
    day_first: bool | None = None  # None: decided from the data
    # kWh (NCV) per unit of the supply's carrier, with the factors behind it (the factor set's heating values
    # and densities); None when no factor gives it. Lets m³ rows go into a supply billed in kWh, and so on.
    energy_per_unit: Callable[[Unit], tuple[float, tuple[Factor, ...]] | None] | None = None
    # File rows whose index went down that the user confirmed as a meter rollover (the counter passed 99…9).
    rollovers: frozenset[int] = frozenset()


def build_records(table: RawTable, mapping: dict[str, int], options: RecordOptions) -> Records:
    delivery = "delivery_date" in mapping
    records = Records()
    day_first = options.day_first if options.day_first is not None else _day_first(table, mapping)
    if day_first is None:
        day_first = _order_by_periods(table, mapping, records)
    parsed: list[tuple[int, dict[str, Any]]] = []
    kept = [index for index, row in enumerate(table.rows) if "".join(row).strip()]  # a row of blanks is no row
    records.read = len(kept)
    names = list(mapping)
    kept_rows = [table.rows[i] for i in kept]
    texts = [_cells(kept_rows, mapping[name]) for name in names]
    columns = [_parse_column(name, cells, table.decimal, day_first) for name, cells in zip(names, texts, strict=True)]
    refused = {i for _values, errors in columns for i in errors}
    rows: Iterable[tuple[int, tuple[str, ...], tuple[Any, ...]]]
    if names:  # the columns back to rows
        rows = zip(
            kept, zip(*texts, strict=True), zip(*(values for values, _errors in columns), strict=True), strict=True
        )
    else:
        rows = ((index, (), ()) for index in kept)
    for i, (index, row_texts, row_values) in enumerate(rows):
        number = table.row_number(index)
        if i in refused:
            for name, text, (_values, errors) in zip(names, row_texts, columns, strict=True):
                if i in errors:
                    records.refused.append(Refusal(number, table.header[mapping[name]], text, _reason(errors[i])))
            continue
        records.texts[number] = dict(zip(names, row_texts, strict=True))
        parsed.append((number, dict(zip(names, row_values, strict=True))))
    headers = {name: table.header[column] for name, column in mapping.items()}
    if delivery:
        for number, values in parsed:
            _add(records, number, values, lambda v: _delivery(v, options, table, mapping, records), headers)
        return records
    parsed = _periods(parsed, records, table, mapping)
    for number, values in parsed:
        _add(records, number, values, lambda v: _bill(v, options, table, mapping, records), headers)
    return records


def _cells(rows: list[list[str]], column: int) -> list[str]:
    """One column of ``rows``, ``""`` where a row stops short of it."""
    if not rows or min(map(len, rows)) > column:
        return list(map(itemgetter(column), rows))
    return [row[column] if column < len(row) else "" for row in rows]


def _day_first(table: RawTable, mapping: dict[str, int]) -> bool | None:
    """What the dates prove of their order: the first date, in the order of DATE_FIELDS then of the rows, whose
    first part is above 12 proves day-first, whose second is, month-first; None when none proves it."""
    for name in DATE_FIELDS:
        column = mapping.get(name)
        if column is None:
            continue
        cells = _cells(table.rows, column)
        if _vectorised(cells):
            proof = day_order(cells)
            if proof is not None:
                return proof
            continue
        for parts in map(date_parts, cells):
            if parts and parts[0] > 12:
                return True
            if parts and parts[1] > 12:
                return False
    return None


def _order_by_periods(table: RawTable, mapping: dict[str, int], records: Records) -> bool:
    """No date proves its order (every day of the file is 12 or less): the order under which the periods make
    sense wins — each ends after it starts and lasts about a month, or the ends follow each other a month or so
    apart. Either way the import says which order it took."""
    columns = [mapping[name] for name in DATE_FIELDS if name in mapping]
    if not any(date_parts(row[c]) for row in table.rows[:200] for c in columns if c < len(row)):
        return True  # no date written day and month in figures (ISO, month names): the order does not arise
    scores = {order: _period_sense(table, mapping, order) for order in (True, False)}
    day_first = scores[True] >= scores[False]
    if scores[True] != scores[False] or scores[True] > 0:
        records.warnings.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "No date of the file shows whether the day or the month comes first; they were read as {order}, "
                    "the order in which its periods make sense. Check the periods.",
                )
                if scores[True] != scores[False]
                else QT_TRANSLATE_NOOP(
                    "Import",
                    "No date of the file shows whether the day or the month comes first; they were read as {order}. "
                    "Check the periods.",
                ),
                order=message(
                    CTX,
                    QT_TRANSLATE_NOOP("Import", "dd/mm/yyyy")
                    if day_first
                    else QT_TRANSLATE_NOOP("Import", "mm/dd/yyyy"),
                ),
            )
        )
    return day_first


def _period_sense(table: RawTable, mapping: dict[str, int], day_first: bool) -> int:
    """How many of the first rows give a plausible bill period when their dates are read in this order."""

    def dates(name: str) -> list[dt.date | None]:
        column = mapping.get(name)
        found: list[dt.date | None] = []
        for row in table.rows[:200]:
            try:
                found.append(parse_date(row[column], day_first) if column is not None and column < len(row) else None)
            except CellError:
                found.append(None)
        return found

    starts, ends = dates("start"), dates("end")
    if "start" in mapping and "end" in mapping:
        return sum(1 for a, b in zip(starts, ends, strict=True) if a and b and 20 <= (b - a).days <= 100)
    present = sorted(d for d in ends if d)
    return sum(1 for a, b in itertools.pairwise(present) if 20 <= (b - a).days <= 100)


def _vectorised(cells: list[str]) -> bool:
    """Whether numbers and dates are read a column at a time (numpy): from VECTORISED_FROM cells, or whenever
    numpy is loaded already (the application loads it at start-up). Below, importing it (a tenth of a second)
    would cost the command line more than it saves on a short file, which is read cell by cell."""
    return len(cells) >= VECTORISED_FROM or "numpy" in sys.modules


def _parse_column(
    name: str, cells: list[str], decimal: str, day_first: bool
) -> tuple[Sequence[Any], Mapping[int, CellError | DomainError]]:
    """Every cell of one mapped column as :func:`_parse_cell` reads it: ``(values, errors)``, ``errors`` mapping
    the position of each refused cell to its CellError or DomainError. Numbers and dates are read a column at
    a time (:mod:`.columns`), the rest once per distinct text."""
    vectorised = _vectorised(cells)
    if name in NUMBER_FIELDS and vectorised:
        return parse_numbers(cells, decimal)
    if name in DATE_FIELDS and vectorised:
        return parse_dates(cells, day_first)
    if name in NUMBER_FIELDS or name in DATE_FIELDS or name in ("month", "estimated", "unit"):
        return parse_each(cells, lambda text: _parse_cell(name, text, decimal, day_first), DomainError)
    return list(map(_cell_text, cells)), {}


def _parse_cell(name: str, text: str, decimal: str, day_first: bool) -> Any:
    """One cell of field ``name``, as the values module reads it; raises CellError or DomainError."""
    if name in NUMBER_FIELDS:
        return parse_number(text, decimal)
    if name in DATE_FIELDS:
        return parse_date(text, day_first)
    if name == "month":
        return parse_month(text)
    if name == "estimated":
        return parse_flag(text)
    if name == "unit":
        return parse_unit(text) if text.strip() else None
    return _cell_text(text)


def _cell_text(text: str) -> str:
    return text.strip().strip('"')


def _reason(error: CellError | DomainError) -> Message:
    return error.reason if isinstance(error, CellError) else error.message  # a DomainError's


def _periods(
    parsed: list[tuple[int, _Values]], records: Records, table: RawTable, mapping: dict[str, int]
) -> list[tuple[int, _Values]]:
    """Give every row a start and an end, whatever the file's convention."""
    if "month" in mapping and not ("start" in mapping and "end" in mapping):
        result = []
        for number, values in parsed:
            if values.get("month") is None:
                records.refused.append(_missing(number, table, mapping, "month"))
                continue
            values["start"], values["end"] = values["month"]
            result.append((number, values))
        return result
    if "end" in mapping and "start" not in mapping:
        dated = [(n, v) for n, v in parsed if v.get("end") is not None]
        for n, v in parsed:
            if v.get("end") is None:
                records.refused.append(_missing(n, table, mapping, "end"))
        dated.sort(key=lambda item: item[1]["end"])
        previous: dt.date | None = None
        for i, (_number, values) in enumerate(dated):
            if previous is None:
                values["start"] = add_months(values["end"], -1) + dt.timedelta(days=1)
                if i == 0:
                    records.warnings.append(
                        message(
                            CTX,
                            QT_TRANSLATE_NOOP(
                                "Import", "The oldest bill ({end}) has no previous bill: it is taken as one month long."
                            ),
                            end=values["end"],
                        )
                    )
            else:
                values["start"] = previous + dt.timedelta(days=1)
            previous = values["end"]
        return dated
    result = []
    for number, values in parsed:
        missing = [name for name in ("start", "end") if values.get(name) is None]
        if missing:
            records.refused.append(_missing(number, table, mapping, missing[0]))
            continue
        result.append((number, values))
    return result


def _missing(number: int, table: RawTable, mapping: dict[str, int], name: str) -> Refusal:
    column = mapping.get(name)
    header = table.header[column] if column is not None else ""
    return Refusal(number, header, "", message(CTX, QT_TRANSLATE_NOOP("Import", "This cell is empty.")))


_PHYSICAL = {
    (Unit.TONNE, Unit.KG): KG_PER_TONNE,
    (Unit.KG, Unit.TONNE): 1 / KG_PER_TONNE,
    (Unit.M3, Unit.LITRE): 1000.0,
    (Unit.LITRE, Unit.M3): 0.001,
}


def _converted(
    quantity: float | None, unit: Unit | None, target: Unit, options: RecordOptions, records: Records
) -> float | None:
    """``quantity`` in ``unit`` expressed in the supply's ``target`` unit; raises CellError when impossible.

    Energy units and mass or volume units convert by their definitions; between an energy and a volume or a
    mass (m³ of gas into a supply billed in kWh), through the factor set's heating value, which is recorded so
    that the import says which factor it used.
    """
    if quantity is None or unit is None or unit is target:
        return quantity
    if unit.is_energy and target.is_energy:
        return quantity * KWH_PER_ENERGY_UNIT[unit] / KWH_PER_ENERGY_UNIT[target]
    if (unit, target) in _PHYSICAL:
        return quantity * _PHYSICAL[(unit, target)]
    through = options.energy_per_unit
    if through is not None:
        found, wanted = through(unit), through(target)
        if found is not None and wanted is not None:
            (per_unit, used_a), (per_target, used_b) = found, wanted
            for factor in (*used_a, *used_b):
                records.factors[factor.key] = factor
            return quantity * per_unit / per_target
    raise CellError(
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Quantities in {unit} cannot be turned into {target} without a factor: give the supply its heating "
                "value (the supply's form, or workbench set-supply … --heating-value), or set the supply's unit "
                "to {unit}.",
            ),
            unit=unit.symbol,
            target=target.symbol,
        )
    )


def _quantity_unit(values: _Values, table: RawTable, mapping: dict[str, int], name: str) -> Unit | None:
    unit: Unit | None = values.get("unit")  # the unit column, as parse_unit read it
    if name == "quantity" and unit is not None:
        return unit
    if name.startswith("kwh"):
        return Unit.KWH
    column = mapping.get(name)
    return unit_from_header(table.header[column]) if column is not None else None


def _bill(
    values: _Values, options: RecordOptions, table: RawTable, mapping: dict[str, int], records: Records
) -> model.Bill:
    target = options.supply.invoice_unit
    quantities = {}
    for name in ("quantity", "kwh", "kwh_peak", "kwh_standard", "kwh_offpeak"):
        if values.get(name) is not None:
            try:
                unit = _quantity_unit(values, table, mapping, name)
                quantities[name] = _converted(values[name], unit, target, options, records)
            except CellError as exc:
                raise _RowCellError(name, str(values[name]), exc.reason) from None
    readings = _readings(values, options, table, mapping, records)
    reactive = values.get("kvarh")
    for reading in readings:
        if reading.register is model.MeterRegister.REACTIVE:
            reactive = _agreeing("kvarh", reactive, reading.consumption, values)
            continue
        name = READING_QUANTITY[reading.register]
        consumption = _converted(
            reading.consumption, _index_unit(table, mapping, reading.register), target, options, records
        )
        quantities[name] = _agreeing(name, quantities.get(name), consumption, values)
    total = quantities.get("quantity", quantities.get("kwh"))
    if values.get("subscribed_kva") is not None:
        records.subscribed_kva = values["subscribed_kva"]
    max_kva, max_kw = values.get("max_kva"), values.get("max_kw")
    return model.Bill(
        supply_id=options.supply.id or 0,
        period_start=values["start"],
        period_end=values["end"],
        quantity=total,
        quantity_peak=quantities.get("kwh_peak"),
        quantity_standard=quantities.get("kwh_standard"),
        quantity_offpeak=quantities.get("kwh_offpeak"),
        max_power=max_kva if max_kva is not None else max_kw,
        max_power_unit=PowerUnit.KVA if max_kva is not None or max_kw is None else PowerUnit.KW,
        reactive_kvarh=reactive,
        cost_excl_vat=values.get("cost_excl_vat"),
        vat=values.get("vat"),
        cost_incl_vat=values.get("cost_incl_vat"),
        currency=options.currency,
        invoice_number=values.get("invoice", ""),
        estimated=values.get("estimated", False),
        provenance=Provenance.METER_READING if readings and not _billed_quantity(values) else Provenance.INVOICE,
        readings=readings,
    )


ROW = "_row"  # the key under which a row's values carry its file row number

READING_QUANTITY = {
    model.MeterRegister.TOTAL: "quantity",
    model.MeterRegister.PEAK: "kwh_peak",
    model.MeterRegister.STANDARD: "kwh_standard",
    model.MeterRegister.OFFPEAK: "kwh_offpeak",
}


def _billed_quantity(values: _Values) -> bool:
    return any(values.get(n) is not None for n in ("quantity", "kwh", "kwh_peak", "kwh_standard", "kwh_offpeak"))


def _index_unit(table: RawTable, mapping: dict[str, int], register: model.MeterRegister) -> Unit | None:
    column = mapping.get(INDEX_FIELDS[register.value][1])
    return unit_from_header(table.header[column]) if column is not None else None


def _readings(
    values: _Values, options: RecordOptions, table: RawTable, mapping: dict[str, int], records: Records
) -> tuple[model.MeterReading, ...]:
    """Each register's two indexes to a reading: (current − previous) × multiplier. An index that went down is a
    rollover only when the user has said so for that row; otherwise the row is refused and the question asked."""
    if not any(f in mapping for pair in INDEX_FIELDS.values() for f in pair):
        return ()
    number = values[ROW]
    multiplier = values.get("multiplier")
    if "multiplier" in mapping and multiplier is None:
        raise _RowCellError(
            "multiplier",
            "",
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import", "This cell is empty: give the reading multiplier (1 if the meter has none)."
                ),
            ),
        )
    if multiplier is not None and multiplier <= 0:
        raise _RowCellError(
            "multiplier",
            str(multiplier),
            message(CTX, QT_TRANSLATE_NOOP("Import", "A reading multiplier is greater than zero.")),
        )
    readings = []
    for register, (previous_field, current_field) in INDEX_FIELDS.items():
        previous, current = values.get(previous_field), values.get(current_field)
        if previous is None and current is None:
            continue
        if previous is None or current is None:
            missing = previous_field if previous is None else current_field
            raise _RowCellError(
                missing,
                "",
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Import", "This cell is empty: a consumption needs both indexes of the register."
                    ),
                ),
            )
        digits = None
        if current < previous:
            if number not in options.rollovers:
                records.rollovers.append(number)
                raise _RowCellError(
                    current_field,
                    "",
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "The index went down, from {previous} to {current}: did the meter roll over (its counter "
                            "passed 99…9) or was it replaced? If it rolled over, say so (in the dialog, or --rollover "
                            "{row}); if it was replaced, type this bill's consumption by hand.",
                        ),
                        previous=records.texts.get(number, {}).get(previous_field, previous),
                        current=records.texts.get(number, {}).get(current_field, current),
                        row=number,
                    ),
                )
            digits = max(len(str(int(previous))), len(str(int(current))))
        readings.append(model.MeterReading(model.MeterRegister(register), previous, current, multiplier or 1.0, digits))
    return tuple(readings)


def _agreeing(name: str, billed: float | None, from_readings: float | None, values: _Values) -> float | None:
    """The quantity of a register, from the bill and from its readings: they must agree when both are given."""
    if billed is None or from_readings is None:
        return from_readings if billed is None else billed
    if abs(billed - from_readings) > 1 + 0.001 * abs(billed):
        raise _RowCellError(
            name,
            "",
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import", "The bill gives {billed} but its indexes give {readings}; correct one of them."
                ),
                billed=billed,
                readings=round(from_readings, 3),
            ),
        )
    return billed


def _delivery(
    values: _Values, options: RecordOptions, table: RawTable, mapping: dict[str, int], records: Records
) -> model.FuelDelivery:
    target = options.supply.invoice_unit
    try:
        unit = _quantity_unit(values, table, mapping, "quantity")
        quantity = _converted(values.get("quantity"), unit, target, options, records)
    except CellError as exc:
        raise _RowCellError("quantity", str(values.get("quantity")), exc.reason) from None
    return model.FuelDelivery(
        supply_id=options.supply.id or 0,
        delivery_date=_required("delivery_date", values.get("delivery_date")),
        quantity=_required("quantity", quantity),
        unit_price=values.get("unit_price"),
        cost_excl_vat=values.get("cost_excl_vat"),
        vat=values.get("vat"),
        currency=options.currency,
        delivery_note=values.get("delivery_note", "") or values.get("invoice", ""),
        provenance=Provenance.INVOICE,
    )


def _required(name: str, value: T | None) -> T:
    """A required field of a delivery: an empty one refused as the domain's validation refuses it (first the
    date, then the quantity, in the order of the fields)."""
    if value is None:
        raise refuse(model.FuelDelivery, name, value, QT_TRANSLATE_NOOP("Validation", "{field} is required."))
    return value


class _RowCellError(Exception):
    def __init__(self, name: str, text: str, reason: Message) -> None:
        super().__init__(name)
        self.name, self.text, self.reason = name, text, reason


def _add(
    records: Records,
    number: int,
    values: _Values,
    build: Callable[[_Values], model.Bill | model.FuelDelivery],
    headers: dict[str, str],
) -> None:
    """Build one entity and let the domain validate it; a refusal names the column the value came from and
    quotes the cell as the file has it. An imported row is complete, so the rules between its fields (the
    periods add up to the total, HT + VAT = TTC) refuse it too, where the bills editor only flags them."""
    texts = records.texts.get(number, {})
    try:
        entity = build({**values, ROW: number})  # the file row, for the questions a row raises (a rollover)
        validate(entity)
        if isinstance(entity, model.Bill) and (problems := entity.inconsistencies()):
            raise problems[0]
    except _RowCellError as exc:
        records.refused.append(
            Refusal(number, headers.get(exc.name, exc.name), texts.get(exc.name, exc.text), exc.reason)
        )
        return
    except ValidationError as exc:
        name = ENTITY_TO_IMPORT.get(exc.field, exc.field)
        if exc.field == "quantity" and name not in texts:
            name = "kwh" if "kwh" in texts else name
        text = texts.get(name)
        reason = exc.message
        if text is not None and "value" in reason.params:
            # The file's own writing ("41 168"), not the number it was read as (41168.0).
            reason = reason._replace(params=MappingProxyType({**reason.params, "value": text}))
        records.refused.append(
            Refusal(number, headers.get(name, ""), text if text is not None else _text(exc.value), reason)
        )
        return
    records.items.append((number, entity))


def _text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)
