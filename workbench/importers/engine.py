"""Import invoices into a site: one file, one supply, one transaction — the same path for the wizard and the CLI.

All or nothing: the file is read, mapped and validated before anything is
written; then new bills are inserted and changed ones updated in a single
transaction. Re-importing a file adds nothing twice: bills are matched on the
supply, their period and their invoice number (deliveries on date and note).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.domain import model
from workbench.domain.energy import supply_conversion
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from workbench.domain.units import COMPATIBLE_UNITS, DEFAULT_UNIT, Carrier, HeatingValueBasis, Unit
from workbench.storage.workspace import Workspace

from .mapping import FIELDS, guess_mapping, plain, unit_from_header
from .profiles import SHIPPED, ImportProfile, UnknownProfileError
from .records import RecordOptions, Records, Refusal, build_records
from .table import RawTable, ReadOptions, UnreadableFileError, read_table

CTX = "Import"
Progress = Callable[[int, int], None]


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


@dataclass
class ImportResult:
    read: int
    imported: int
    identical: int
    changed: int
    refused: list[Refusal]
    warnings: list[Message]
    kwh_total: float
    kind: str
    mapping: dict[str, str]
    supply_id: int | None
    committed: bool
    created_supply: bool = False
    # (file row, status, entity or None): status is new, identical, changed or refused — for previews
    preview: list[tuple[int, str, object]] = field(default_factory=list)
    inserted_ids: list[int] = field(default_factory=list)
    previous: list[object] = field(default_factory=list)  # entities as they were before a change, for undo


def profiles(workspace: Workspace | None = None) -> dict[str, ImportProfile]:
    found = dict(SHIPPED)
    if workspace is not None:
        for name, spec in workspace.import_profile_specs().items():
            found[name] = ImportProfile.from_json(spec)
    return found


def _error(source: str, **params: object) -> UnreadableFileError:
    return UnreadableFileError(message(CTX, source, **params))


def resolve_mapping(table: RawTable, carrier: Carrier, kind: str, wanted: dict[str, str]) -> dict[str, int]:
    """Guessed columns, overridden by the profile's and the user's choices (by header or column number)."""
    mapping = guess_mapping(table.header, carrier, delivery=kind == "deliveries")
    by_header = {plain(h): i for i, h in enumerate(table.header)}
    for name, column in wanted.items():
        if name not in FIELDS:
            raise _error(
                QT_TRANSLATE_NOOP("Import", "“{field}” is not an import field (fields: {fields})."),
                field=name,
                fields=", ".join(FIELDS),
            )
        if column.isdigit() and 1 <= int(column) <= len(table.header):
            index = int(column) - 1
        elif plain(column) in by_header:
            index = by_header[plain(column)]
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


def _check_mapping(table: RawTable, mapping: dict[str, int], kind: str) -> None:
    if kind == "deliveries":
        needed = (("delivery_date",), ("quantity",))
    else:
        needed = (("start", "end", "month"), ("quantity", "kwh", "kwh_peak", "kwh_standard", "kwh_offpeak"))
    for group in needed:
        if not any(name in mapping for name in group):
            raise _error(
                QT_TRANSLATE_NOOP("Import", "{file}: no column was found for {what}; map one (e.g. {field}=COLUMN)."),
                file=table.source,
                what=" / ".join(group),
                field=group[0],
            )


def _supply(workspace: Workspace, site_id: int, carrier: Carrier, table: RawTable, mapping: dict[str, int]):
    """The site's supply of ``carrier``, or a new one (not yet stored) in the unit the file uses."""
    for supply in workspace.supplies(site_id):
        if supply.carrier is carrier:
            return supply, False
    unit = DEFAULT_UNIT[carrier]
    column = mapping.get("quantity")
    found = unit_from_header(table.header[column]) if column is not None else None
    if found is not None and found in COMPATIBLE_UNITS[carrier]:
        unit = found
    if carrier is Carrier.ELECTRICITY or "kwh" in mapping or "kwh_peak" in mapping:
        unit = Unit.KWH if Unit.KWH in COMPATIBLE_UNITS[carrier] else unit
    # Gas sold by energy (kWh, therms) is billed on the gross heating value (Fluvius, Xcel); fuels by mass on the net.
    basis = HeatingValueBasis.GCV if carrier is Carrier.NATURAL_GAS and unit.is_energy else HeatingValueBasis.NCV
    return model.EnergySupply(site_id=site_id, carrier=carrier, invoice_unit=unit, heating_value_basis=basis), True


def _key(entity: model.Bill | model.FuelDelivery) -> tuple:
    if isinstance(entity, model.Bill):
        return ("bill", entity.period_start, entity.period_end, entity.invoice_number.strip())
    return ("delivery", entity.delivery_date, entity.delivery_note.strip())


def _content(entity: object) -> object:
    return dataclasses.replace(entity, id=None, supply_id=0, attachment_id=None)


def import_file(workspace: Workspace, request: ImportRequest, progress: Progress | None = None) -> ImportResult:
    site = workspace.get(model.Site, request.site_id)
    known = profiles(workspace)
    profile = None
    if request.profile:
        profile = known.get(request.profile)
        if profile is None:
            raise UnknownProfileError(request.profile, sorted(known))
    read = ReadOptions(
        encoding=request.read.encoding or (profile.encoding if profile else None),
        delimiter=request.read.delimiter or (profile.delimiter if profile else None),
        decimal=request.read.decimal or (profile.decimal if profile else None),
        header_row=request.read.header_row or (profile.header_row if profile else None),
        sheet=request.read.sheet or (profile.sheet if profile else None),
    )
    table = read_table(request.path, read)
    if progress:
        progress(1, 3)
    kind = profile.kind if profile else "bills"
    wanted = {**(profile.mapping_for(request.carrier) if profile else {}), **request.mapping}
    if "delivery_date" in wanted:
        kind = "deliveries"
    mapping = resolve_mapping(table, request.carrier, kind, wanted)
    if kind == "bills" and not any(k in mapping for k in ("start", "end", "month")):
        # No period at all: a delivery ledger (a date, a quantity) rather than invoices.
        deliveries = resolve_mapping(table, request.carrier, "deliveries", wanted)
        if "delivery_date" in deliveries:
            kind, mapping = "deliveries", deliveries
    if kind == "bills":
        mapping.pop("delivery_date", None)
    _check_mapping(table, mapping, kind)
    supply, new_supply = _supply(workspace, site.id, request.carrier, table, mapping)
    records = build_records(
        table, mapping, RecordOptions(supply, site.currency, profile.day_first if profile else None)
    )
    if progress:
        progress(2, 3)
    result = _reconcile(workspace, supply, new_supply, records, request, progress)
    result.kind = kind
    result.mapping = {name: table.header[column] for name, column in mapping.items()}
    if progress:
        progress(3, 3)
    return result


def _reconcile(
    workspace: Workspace,
    supply: model.EnergySupply,
    new_supply: bool,
    records: Records,
    request: ImportRequest,
    progress: Progress | None = None,
) -> ImportResult:
    existing: dict[tuple, object] = {}
    if not new_supply:
        for entity in (*workspace.bills(supply.id), *workspace.deliveries(supply.id)):
            existing[_key(entity)] = entity
    to_insert: dict[tuple, object] = {}
    to_update: dict[tuple, tuple[object, object]] = {}
    identical = 0
    preview: list[tuple[int, str, object]] = [(r.row, "refused", None) for r in records.refused]
    for row, entity in records.items:
        key = _key(entity)
        if key in to_insert:
            if _content(to_insert[key]) == _content(entity):
                identical += 1
                preview.append((row, "identical", entity))
            else:
                to_insert[key] = entity
                preview.append((row, "new", entity))
            continue
        old = existing.get(key)
        if old is None:
            to_insert[key] = entity
            preview.append((row, "new", entity))
        elif _content(old) == _content(entity):
            identical += 1
            preview.append((row, "identical", entity))
        else:
            to_update[key] = (old, entity)
            preview.append((row, "changed", entity))
    result = ImportResult(
        read=records.read,
        imported=len(to_insert),
        identical=identical,
        changed=len(to_update),
        refused=records.refused,
        warnings=list(records.warnings),
        kwh_total=0.0,
        kind="",
        mapping={},
        supply_id=supply.id,
        committed=False,
        preview=sorted(preview, key=lambda p: p[0]),
    )
    stored = [*to_insert.values(), *(new for _old, new in to_update.values())]
    try:
        per_unit = supply_conversion(supply, workspace.factor_lookup(workspace.get(model.Site, supply.site_id)))
        result.kwh_total = sum(
            per_unit.kwh(e.total_quantity if isinstance(e, model.Bill) else e.quantity) for e in stored
        )
    except DomainError as exc:
        result.warnings.append(exc.message)
    if request.dry_run or (records.refused and not request.skip_refused) or not (to_insert or to_update):
        return result
    with workspace.transaction():
        if new_supply:
            supply = workspace.insert(supply)
            result.supply_id = supply.id
            result.created_supply = True
        if records.subscribed_kva is not None and supply.subscribed_power_kva is None:
            result.previous.append(supply)
            workspace.update(model.EnergySupply, supply.id, subscribed_power_kva=records.subscribed_kva)
        for count, entity in enumerate(to_insert.values()):
            stored_entity = workspace.insert(dataclasses.replace(entity, supply_id=supply.id))
            result.inserted_ids.append(stored_entity.id)
            if progress and count % 200 == 0:
                progress(count, len(to_insert))  # may raise to cancel: the transaction rolls back
        for old, new in to_update.values():
            changes = {
                f.name: getattr(new, f.name)
                for f in dataclasses.fields(new)
                if f.name not in ("id", "supply_id", "attachment_id") and getattr(new, f.name) != getattr(old, f.name)
            }
            workspace.update(type(old), old.id, **changes)
            result.previous.append(old)
    result.committed = True
    return result
