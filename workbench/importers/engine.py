"""Import invoices into a site: one file, one supply, one transaction — the same path for the dialog and the CLI.

Plan, then commit:

1. :func:`read_context` reads what the plan needs from the workspace (the site, its supply of the carrier and
   its bills, profiles, remembered layouts, factors), on the caller's thread;
2. :func:`plan_import` reads, maps, validates and matches the file against that context. It is pure — it
   touches no database — so the dialog runs it in a worker thread;
3. :func:`apply_plan` writes the plan in one transaction (one ``executemany`` of the new bills) on the thread
   that owns the workspace; the dialog makes it one undo step.

Every row read is accounted for: new + changed + identical + refused + skipped = read. Two rows of one file
for the same supply and period are never merged: with different invoice numbers they are two invoices, both
stored (the bill checks then name the overlap); without, the later one is refused naming the earlier row, or
skipped when it repeats it exactly. Re-importing a file adds nothing twice: bills are matched on their period
and invoice number (deliveries on date and note).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from workbench.domain import model
from workbench.domain.energy import supply_conversion
from workbench.domain.factors import Factor, FactorLookup
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from workbench.domain.units import COMPATIBLE_UNITS, DEFAULT_UNIT, Carrier, HeatingValueBasis, Unit, parse_unit
from workbench.storage.workspace import Workspace

from .layouts import RememberedLayout, header_signature, remember_layout, remembered_layouts
from .mapping import (
    FIELD_LABELS,
    FIELDS,
    INDEX_FIELDS,
    INJECTION,
    duplicate_headers,
    guess_mapping,
    plain,
    unit_from_header,
    unmapped_evidence,
)
from .profiles import SHIPPED, ImportProfile, UnknownProfileError
from .records import RecordOptions, Records, Refusal, build_records
from .table import RawTable, ReadOptions, UnreadableFileError, read_table

CTX = "Import"
Progress = Callable[[int, int], None]
Entity = model.Bill | model.FuelDelivery


class ImportKind(StrEnum):
    BILLS = "bills"
    DELIVERIES = "deliveries"


class RowStatus(StrEnum):
    NEW = "new"
    IDENTICAL = "identical"
    CHANGED = "changed"
    REFUSED = "refused"
    SKIPPED = "skipped"


@dataclass
class ImportRequest:
    path: Path
    site_id: int
    carrier: Carrier
    profile: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    mapping: dict[str, str] = field(default_factory=dict)  # field -> column header or 1-based column number
    dry_run: bool = False
    skip_refused: bool = True  # store the rows that pass; False: refuse the whole file if one row fails
    remember_mapping: bool = True  # a mapping given by hand is remembered for the next file of this header row
    rollovers: frozenset[int] = frozenset()  # file rows whose falling index the user confirmed as a rollover


@dataclass(frozen=True)
class Skip:
    """A row read and deliberately not stored: it repeats an earlier row of the file exactly."""

    row: int
    reason: Message


@dataclass(frozen=True)
class PlannedRow:
    row: int  # as numbered in the file
    status: RowStatus
    entity: Entity | None
    refusals: tuple[Refusal, ...] = ()
    skip: Skip | None = None
    stored: Entity | None = None  # for a changed row: the bill as the workspace holds it, which the row replaces

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """The fields a changed row gives other values than the stored bill's."""
        if self.stored is None or self.entity is None:
            return ()
        ignored = ("id", "supply_id", "attachment_id")
        return tuple(
            f.name
            for f in dataclasses.fields(self.entity)
            if f.name not in ignored and getattr(self.entity, f.name) != getattr(self.stored, f.name)
        )


@dataclass(frozen=True)
class ImportContext:
    """What a plan needs from the workspace, read once on the thread that owns it."""

    site: model.Site
    supply: model.EnergySupply | None  # the site's supply of the carrier, if it has one
    existing: tuple[Entity, ...]
    profiles: dict[str, ImportProfile]
    layouts: dict[str, RememberedLayout]
    factors: FactorLookup


@dataclass
class ImportPlan:
    request: ImportRequest
    table: RawTable
    kind: ImportKind
    columns: dict[str, int]  # field -> column index
    supply: model.EnergySupply
    new_supply: bool
    rows: list[PlannedRow]
    inserts: list[Entity]
    updates: list[tuple[Entity, Entity]]  # (stored, from the file)
    supply_changes: dict[str, Any]
    warnings: list[Message]
    factors: tuple[Factor, ...]  # the factors used to convert the file's quantities or the bills' kWh
    kwh_total: float
    layout: RememberedLayout | None  # the remembered mapping this plan used
    read: int
    rollover_rows: tuple[int, ...] = ()  # rows refused because an index went down: the question to ask

    @property
    def mapping(self) -> dict[str, str]:
        return {name: self.table.header[column] for name, column in self.columns.items()}

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def refused(self) -> list[Refusal]:
        return [refusal for r in self.rows for refusal in r.refusals]

    @property
    def storable(self) -> bool:
        return bool(self.inserts or self.updates) and (self.request.skip_refused or not self.count(RowStatus.REFUSED))


@dataclass
class ImportResult:
    read: int
    imported: int
    identical: int
    changed: int
    refused: list[Refusal]  # one per refused cell; a row may have several
    warnings: list[Message]
    kwh_total: float
    kind: str
    mapping: dict[str, str]
    supply_id: int | None
    committed: bool
    created_supply: bool = False
    skipped: list[Skip] = field(default_factory=list)
    refused_rows: int = 0
    factors: tuple[Factor, ...] = ()
    rows: list[PlannedRow] = field(default_factory=list)
    inserted_ids: list[int] = field(default_factory=list)
    previous: list[object] = field(default_factory=list)  # entities as they were before a change, for undo
    plan: ImportPlan | None = None

    @property
    def preview(self) -> list[tuple[int, str, object]]:
        """(file row, status, entity or None) of every row read, in file order."""
        return [(r.row, r.status, r.entity) for r in self.rows]

    @property
    def accounted(self) -> int:
        return self.imported + self.changed + self.identical + self.refused_rows + len(self.skipped)


def profiles(workspace: Workspace | None = None) -> dict[str, ImportProfile]:
    found = dict(SHIPPED)
    if workspace is not None:
        for name, spec in workspace.import_profile_specs().items():
            found[name] = ImportProfile.from_json(spec)
    return found


def _error(source: str, **params: Any) -> UnreadableFileError:
    return UnreadableFileError(message(CTX, source, **params))


def _field_label(name: str) -> Message:
    return message("ImportField", FIELD_LABELS[name])


# --- the mapping -----------------------------------------------------------------------------------------


def resolve_mapping(table: RawTable, carrier: Carrier, kind: str, wanted: dict[str, str]) -> dict[str, int]:
    """Guessed columns, overridden by the profile's and the user's choices (by header or column number)."""
    mapping = guess_mapping(
        table.header, carrier, delivery=kind == ImportKind.DELIVERIES, rows=table.rows, decimal=table.decimal
    )
    by_header: dict[str, list[int]] = {}
    for i, h in enumerate(table.header):
        by_header.setdefault(plain(h), []).append(i)
    for name, column in wanted.items():
        if name not in FIELDS:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "“{field}” is not an import field (fields: {fields})."),
                field=name,
                fields=", ".join(FIELDS),
            )
        if column.isdigit() and 1 <= int(column) <= len(table.header):
            index = int(column) - 1
        elif len(found := by_header.get(plain(column), [])) == 1:
            index = found[0]
        elif found:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} has {count} columns named “{column}” (columns {numbers}): choose one by its number.",
                ),
                file=table.source,
                count=len(found),
                column=column,
                numbers=", ".join(str(i + 1) for i in found),
            )
        else:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "{file} has no column “{column}” (columns: {columns})."),
                file=table.source,
                column=column,
                columns=", ".join(h for h in table.header if h),
            )
        for other, taken in list(mapping.items()):
            if taken == index and other != name:
                del mapping[other]
        mapping[name] = index
    return mapping


class MappingIncompleteError(UnreadableFileError):
    """No column stands for a field an import needs; the dialog says it in its own words (its Columns box)."""

    def __init__(self, msg: Message, field: str) -> None:
        super().__init__(msg)
        self.field = field


def _check_mapping(table: RawTable, mapping: dict[str, int], kind: ImportKind) -> None:
    if kind is ImportKind.DELIVERIES:
        needed: tuple[tuple[str, ...], ...] = (("delivery_date",), ("quantity",))
    else:
        quantities = ("quantity", "kwh", "kwh_peak", "kwh_standard", "kwh_offpeak")
        needed = (("start", "end", "month"), (*quantities, *(f for pair in INDEX_FIELDS.values() for f in pair)))
    for group in needed:
        if not any(name in mapping for name in group):
            field = group[-1] if kind is ImportKind.BILLS and group[0] == "start" else group[0]
            field = "end" if field == "month" else field
            raise MappingIncompleteError(
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{file}: no column was recognised as “{label}” (nor as any field that can stand for it). "
                        "Choose its column with --map {field}=COLUMN (a header or a column number).",
                    ),
                    file=table.source,
                    label=_field_label(field),
                    field=field,
                ),
                field,
            )


def _duplicate_warnings(table: RawTable, mapping: dict[str, int]) -> list[Message]:
    warnings = []
    for header, columns in duplicate_headers(table.header).items():
        used = [(name, c) for name, c in mapping.items() if c in columns]
        warnings.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{count} columns are named “{column}” (columns {numbers}); {used}. Check the mapping.",
                ),
                count=len(columns),
                column=header,
                numbers=", ".join(str(c + 1) for c in columns),
                used=(
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP("Import", "column {number} is read as “{label}”"),
                        number=used[0][1] + 1,
                        label=_field_label(used[0][0]),
                    )
                    if used
                    else message(CTX, QT_TRANSLATE_NOOP("Import", "none of them is read"))
                ),
            )
        )
    return warnings


def _unread_warnings(table: RawTable, carrier: Carrier, columns: dict[str, int]) -> list[Message]:
    used = set(columns.values())
    injected = [
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Column {number} “{column}” is energy sent to the grid (injection), not bought: it is not read.",
            ),
            number=i + 1,
            column=header,
        )
        for i, header in enumerate(table.header)
        if i not in used and any(re.search(p, plain(header)) for p in INJECTION)
    ]
    return injected + [
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Column {number} “{column}” looks like “{label}” but is not read; choose it in the mapping if it "
                "should be.",
            ),
            number=column + 1,
            column=table.header[column],
            label=_field_label(name),
        )
        for column, name in unmapped_evidence(table.header, carrier, columns).items()
    ]


CURRENCY_WORDS = {
    "MAD": (r"\bmad\b", r"\bdhs?\b", r"dirham"),
    "EUR": (r"\beur\b", r"€", r"euro"),
    "USD": (r"\busd\b", r"\$", r"dollar"),
    "GBP": (r"\bgbp\b", r"£"),
    "XOF": (r"\bxof\b", r"\bfcfa\b"),
}
COST_FIELDS = ("cost_excl_vat", "vat", "cost_incl_vat", "unit_price")


def _check_currency(table: RawTable, columns: dict[str, int], site: model.Site) -> None:
    """Amounts whose header names another currency than the site's are refused: stored, they would be read
    as the site's (euros as dirhams), and no rate is known here."""
    for name in COST_FIELDS:
        if name not in columns:
            continue
        header = table.header[columns[name]]
        text = plain(header)
        found = [code for code, words in CURRENCY_WORDS.items() if any(re.search(w, text) for w in words)]
        if found and site.currency not in found:
            raise UnreadableFileError(
                message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{file}: the amounts of column “{column}” are in {found}, but those of {site} are in "
                        "{currency}. Set the site's currency to {found}, or convert the amounts first.",
                    ),
                    file=table.source,
                    column=header,
                    found=found[0],
                    site=site.name,
                    currency=site.currency,
                )
            )


# --- the supply -------------------------------------------------------------------------------------------


def _unit_of_file(table: RawTable, mapping: dict[str, int], carrier: Carrier) -> Unit | None:
    """The unit the quantities are in: the quantity column's header, else the unit column's most common value."""
    column = mapping.get("quantity")
    found = unit_from_header(table.header[column]) if column is not None else None
    if found is None and "unit" in mapping:
        counts: dict[Unit, int] = {}
        for row in table.rows[:500]:
            try:
                unit = parse_unit(row[mapping["unit"]]) if mapping["unit"] < len(row) and row[mapping["unit"]] else None
            except DomainError:
                unit = None
            if unit is not None:
                counts[unit] = counts.get(unit, 0) + 1
        found = max(counts, key=counts.__getitem__) if counts else None
    return found if found is not None and found in COMPATIBLE_UNITS[carrier] else None


def _supply(
    context: ImportContext, carrier: Carrier, table: RawTable, mapping: dict[str, int]
) -> tuple[model.EnergySupply, bool]:
    """The site's supply of ``carrier``, or a new one (not yet stored) in the unit the file uses.

    A new supply billed by volume or mass keeps no heating value of its own: it takes the programme's factor set
    (heating value and basis), which the import names, until the user gives the supplier's figure.
    """
    if context.supply is not None:
        return context.supply, False
    unit = _unit_of_file(table, mapping, carrier) or DEFAULT_UNIT[carrier]
    if carrier is Carrier.ELECTRICITY or "kwh" in mapping or "kwh_peak" in mapping:
        unit = Unit.KWH if Unit.KWH in COMPATIBLE_UNITS[carrier] else unit
    # Gas sold by energy (kWh, therms) is billed on the gross heating value (Fluvius, Xcel); fuels by mass on the net.
    basis = HeatingValueBasis.GCV if carrier is Carrier.NATURAL_GAS and unit.is_energy else HeatingValueBasis.NCV
    supply = model.EnergySupply(
        site_id=context.site.id or 0, carrier=carrier, invoice_unit=unit, heating_value_basis=basis
    )
    return supply, True


def _energy_per_unit(
    supply: model.EnergySupply, factors: FactorLookup
) -> Callable[[Unit], tuple[float, tuple[Factor, ...]] | None]:
    """kWh per unit of the supply's carrier, through the supply's own heating value or the factor set."""

    def per_unit(unit: Unit) -> tuple[float, tuple[Factor, ...]] | None:
        if unit not in COMPATIBLE_UNITS[supply.carrier]:
            return None
        probe = dataclasses.replace(
            supply,
            invoice_unit=unit,
            heating_value=supply.heating_value if unit is supply.invoice_unit else None,
            heating_value_basis=supply.heating_value_basis if unit is supply.invoice_unit else HeatingValueBasis.NCV,
        )
        try:
            conversion = supply_conversion(probe, factors)
        except DomainError:
            return None
        return conversion.kwh_per_unit, conversion.factors

    return per_unit


# --- context, plan, apply ---------------------------------------------------------------------------------


def read_context(workspace: Workspace, request: ImportRequest) -> ImportContext:
    site = workspace.get(model.Site, request.site_id)
    supply = next((s for s in workspace.supplies(model.stored_id(site)) if s.carrier is request.carrier), None)
    existing: tuple[Entity, ...] = ()
    if supply is not None:
        supply_id = model.stored_id(supply)
        existing = (*workspace.bills(supply_id), *workspace.deliveries(supply_id))
    return ImportContext(
        site, supply, existing, profiles(workspace), remembered_layouts(workspace), workspace.factor_lookup(site)
    )


def plan_import(context: ImportContext, request: ImportRequest, progress: Progress | None = None) -> ImportPlan:
    """Read, map, validate and match the file; writes nothing anywhere."""
    profile = None
    if request.profile:
        profile = context.profiles.get(request.profile)
        if profile is None:
            raise UnknownProfileError(request.profile, sorted(context.profiles))
    read = ReadOptions(
        encoding=request.read.encoding or (profile.encoding if profile else None),
        delimiter=request.read.delimiter or (profile.delimiter if profile else None),
        decimal=request.read.decimal or (profile.decimal if profile else None),
        header_row=request.read.header_row or (profile.header_row if profile else None),
        sheet=request.read.sheet or (profile.sheet if profile else None),
    )
    table = read_table(request.path, read)
    if progress:
        progress(1, 4)
    try:
        layout = None
        if profile is None and not request.mapping:
            layout = context.layouts.get(header_signature(table.header))
        kind = ImportKind(profile.kind if profile else layout.kind if layout else ImportKind.BILLS)
        wanted = {
            **(profile.mapping_for(request.carrier) if profile else {}),
            **(layout.mapping if layout else {}),
            **request.mapping,
        }
        if "delivery_date" in wanted:
            kind = ImportKind.DELIVERIES
        columns = resolve_mapping(table, request.carrier, kind, wanted)
        if kind is ImportKind.BILLS and not any(k in columns for k in ("start", "end", "month")):
            # No period at all: a delivery ledger (a date, a quantity) rather than invoices.
            deliveries = resolve_mapping(table, request.carrier, ImportKind.DELIVERIES, wanted)
            if "delivery_date" in deliveries:
                kind, columns = ImportKind.DELIVERIES, deliveries
        if kind is ImportKind.BILLS:
            columns.pop("delivery_date", None)
        _check_mapping(table, columns, kind)
        _check_currency(table, columns, context.site)
    except UnreadableFileError as exc:
        exc.table = table  # the file was read: the dialog still shows its columns, to be mapped by hand
        raise
    supply, new_supply = _supply(context, request.carrier, table, columns)
    options = RecordOptions(
        supply,
        context.site.currency,
        profile.day_first if profile else None,
        _energy_per_unit(supply, context.factors),
        request.rollovers,
    )
    records = build_records(table, columns, options)
    if progress:
        progress(2, 4)
    plan = _match(context, request, table, kind, columns, supply, new_supply, records)
    plan.layout = layout
    plan.rollover_rows = tuple(records.rollovers)
    plan.warnings[:0] = [*_duplicate_warnings(table, columns), *_unread_warnings(table, request.carrier, columns)]
    if layout is not None:
        plan.warnings.insert(
            0,
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The mapping remembered for this header row on {saved} was used; the dialog can forget it.",
                ),
                saved=dt.date.fromisoformat(layout.saved[:10]),
            ),
        )
    if progress:
        progress(3, 4)
    return plan


def _key(entity: Entity) -> tuple[object, ...]:
    if isinstance(entity, model.Bill):
        return ("bill", entity.period_start, entity.period_end, entity.invoice_number.strip())
    return ("delivery", entity.delivery_date, entity.delivery_note.strip())


def _content(entity: Entity) -> Entity:
    return dataclasses.replace(entity, id=None, supply_id=0, attachment_id=None)


def _match(
    context: ImportContext,
    request: ImportRequest,
    table: RawTable,
    kind: ImportKind,
    columns: dict[str, int],
    supply: model.EnergySupply,
    new_supply: bool,
    records: Records,
) -> ImportPlan:
    existing = {_key(e): e for e in context.existing}
    refusals: dict[int, list[Refusal]] = {}
    for refusal in records.refused:
        refusals.setdefault(refusal.row, []).append(refusal)
    rows: dict[int, PlannedRow] = {n: PlannedRow(n, RowStatus.REFUSED, None, tuple(r)) for n, r in refusals.items()}
    for number in list(rows):
        if (label := _total_label(table, number)) is not None:
            rows[number] = PlannedRow(number, RowStatus.SKIPPED, None, skip=_total_skip(number, label))
    earlier: dict[tuple[object, ...], tuple[int, Entity]] = {}
    inserts: list[Entity] = []
    updates: list[tuple[Entity, Entity]] = []
    for number, entity in records.items:
        if (label := _total_label(table, number)) is not None:
            # A total or subtotal of the rows above it: stored, it would count their energy and cost twice.
            rows[number] = PlannedRow(number, RowStatus.SKIPPED, entity, skip=_total_skip(number, label))
            continue
        key = _key(entity)
        if key in earlier:
            first_row, first = earlier[key]
            if _content(first) == _content(entity):
                skip = Skip(
                    number,
                    message(
                        CTX,
                        QT_TRANSLATE_NOOP("Import", "Row {row} repeats row {first} exactly."),
                        row=number,
                        first=first_row,
                    ),
                )
                rows[number] = PlannedRow(number, RowStatus.SKIPPED, entity, skip=skip)
            else:
                rows[number] = PlannedRow(
                    number, RowStatus.REFUSED, entity, (_same_period(table, number, first_row, entity, columns),)
                )
            continue
        earlier[key] = (number, entity)
        old = existing.get(key)
        if old is None:
            inserts.append(entity)
            rows[number] = PlannedRow(number, RowStatus.NEW, entity)
        elif _content(old) == _content(entity):
            rows[number] = PlannedRow(number, RowStatus.IDENTICAL, entity)
        else:
            updates.append((old, entity))
            rows[number] = PlannedRow(number, RowStatus.CHANGED, entity, stored=old)
    supply_changes: dict[str, Any] = {}
    if records.subscribed_kva is not None and supply.subscribed_power_kva is None:
        supply_changes["subscribed_power_kva"] = records.subscribed_kva
    warnings = list(records.warnings)
    kwh_total = 0.0
    used: dict[str, Factor] = dict(records.factors)
    try:
        conversion = supply_conversion(supply, context.factors)
        for factor in conversion.factors:
            used.setdefault(factor.key, factor)
        stored = [*inserts, *(new for _old, new in updates)]
        kwh_total = sum(conversion.kwh(e.total_quantity if isinstance(e, model.Bill) else e.quantity) for e in stored)
    except DomainError as exc:
        warnings.append(exc.message)
    for factor in used.values():
        warnings.append(
            message(
                CTX,
                QT_TRANSLATE_NOOP("Import", "Factor used: {key} = {value} {unit} ({origin})."),
                key=factor.key,
                value=factor.value,
                unit=factor.unit,
                origin=factor.source,
            )
        )
    return ImportPlan(
        request=request,
        table=table,
        kind=kind,
        columns=columns,
        supply=supply,
        new_supply=new_supply,
        rows=sorted(rows.values(), key=lambda r: r.row),
        inserts=inserts,
        updates=updates,
        supply_changes=supply_changes,
        warnings=warnings,
        factors=tuple(used.values()),
        kwh_total=kwh_total,
        layout=None,
        read=records.read,
    )


TOTAL_ROW = re.compile(r"^(sous[- ]?total|subtotal|sub-total|totaal|subtotaal|total|totaux|somme|cumul|grand total)\b")


def _total_label(table: RawTable, number: int) -> str | None:
    """The cell that makes a row a total of others ("Total 1er trimestre", "Sous-total 2024"), if one does."""
    row = table.rows[number - table.first_data_row]
    return next((cell for cell in row if TOTAL_ROW.match(plain(cell))), None)


def _total_skip(number: int, label: str) -> Skip:
    return Skip(
        number,
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Row {row} is a total (“{label}”), not an invoice: it is not imported, so that its rows are not "
                "counted twice.",
            ),
            row=number,
            label=label,
        ),
    )


def _same_period(table: RawTable, number: int, first_row: int, entity: Entity, columns: dict[str, int]) -> Refusal:
    """Two rows of one file for the same period (or delivery) that disagree: neither is merged into the other."""
    if isinstance(entity, model.Bill):
        name = "start" if "start" in columns else "end" if "end" in columns else "month"
        when: object = message(
            CTX, QT_TRANSLATE_NOOP("Import", "{start} – {end}"), start=entity.period_start, end=entity.period_end
        )
    else:
        name, when = "delivery_date", entity.delivery_date
    column = columns.get(name)
    text = table.rows[number - table.first_data_row][column] if column is not None else ""
    return Refusal(
        number,
        table.header[column] if column is not None else "",
        text,
        message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Row {first} already gives this period ({when}) with other figures; row {first} is kept. If both are "
                "invoices, give each its invoice number; if one corrects the other, keep only the right one.",
            ),
            first=first_row,
            when=when,
        ),
    )


def apply_plan(workspace: Workspace, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write ``plan`` in one transaction, unless it is a dry run or nothing in it may be stored."""
    result = plan_result(plan)
    if plan.request.dry_run or not plan.storable:
        return result
    with workspace.transaction():
        supply = plan.supply
        if plan.new_supply:
            supply = workspace.insert(supply)
            result.supply_id = supply.id
            result.created_supply = True
        if plan.supply_changes:
            result.previous.append(supply)
            workspace.update(model.EnergySupply, model.stored_id(supply), **plan.supply_changes)
        if progress:
            progress(0, len(plan.inserts))  # may raise to cancel: the transaction rolls back
        by_class: dict[type, list[Entity]] = {}
        for entity in plan.inserts:
            by_class.setdefault(type(entity), []).append(entity)
        for same in by_class.values():
            stored = workspace.insert_many(same, validated=True, same={"supply_id": supply.id})
            result.inserted_ids.extend(model.stored_id(e) for e in stored)
        for old, new in plan.updates:
            changes = {
                f.name: getattr(new, f.name)
                for f in dataclasses.fields(new)
                if f.name not in ("id", "supply_id", "attachment_id") and getattr(new, f.name) != getattr(old, f.name)
            }
            workspace.update(type(old), model.stored_id(old), **changes)
            result.previous.append(old)
        if plan.request.mapping and plan.request.remember_mapping:
            remember_layout(workspace, plan.table.header, plan.kind, plan.mapping)
    result.committed = True
    return result


def plan_result(plan: ImportPlan) -> ImportResult:
    """What the plan would do, as the result of an import that stored nothing (a dry run, a preview)."""
    return ImportResult(
        read=plan.read,
        imported=len(plan.inserts),
        identical=plan.count(RowStatus.IDENTICAL),
        changed=len(plan.updates),
        refused=plan.refused,
        warnings=list(plan.warnings),
        kwh_total=plan.kwh_total,
        kind=plan.kind.value,
        mapping=plan.mapping,
        supply_id=plan.supply.id,
        committed=False,
        skipped=[r.skip for r in plan.rows if r.skip is not None],
        refused_rows=plan.count(RowStatus.REFUSED),
        factors=plan.factors,
        rows=plan.rows,
        plan=plan,
    )


def import_file(workspace: Workspace, request: ImportRequest, progress: Progress | None = None) -> ImportResult:
    """Context, plan and apply in one call, on the workspace's own thread (the CLI, tests)."""
    plan = plan_import(read_context(workspace, request), request, progress)
    result = apply_plan(workspace, plan, progress)
    if progress:
        progress(4, 4)
    return result
