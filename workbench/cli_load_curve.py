"""``workbench import-load-curve`` and ``workbench load-curve``: a meter's load curve into a supply, and what
it says (registers, peak, base load, load factor, weekend and off-hours shares, monthly peaks)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workbench.cli_commands import _round, _say, close_merged, find_site, find_supply, open_workspace
from workbench.domain import model
from workbench.domain.load_curve import METER_ZONES, RegisterSeries
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Plural, Translate, message
from workbench.domain.units import Carrier
from workbench.domain.vocab import Language
from workbench.i18n.formatting import Formatter
from workbench.storage.workspace import Workspace

CTX = "Cli"


def meter_zone(site: model.Site, asked: str | None) -> ZoneInfo:
    """The zone of the meter's clock: ``--tz``, else the site's country's (never guessed for another)."""
    name = asked or METER_ZONES.get(site.country.upper())
    if not name:
        raise DomainError(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Cli", "The time zone of a meter in {country} is not known: give it with --tz (e.g. Europe/Paris)."
                ),
                country=site.country or "—",
            )
        )
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError(
            message(CTX, QT_TRANSLATE_NOOP("Cli", "“{zone}” is not a time zone (e.g. Africa/Casablanca)."), zone=name)
        ) from None


def curve_supply(workspace: Workspace, site: model.Site, asked: str | None) -> model.EnergySupply:
    """``--supply``, else the site's only electricity supply."""
    if asked:
        return find_supply(workspace, site, asked)
    electric = [s for s in workspace.supplies(model.stored_id(site)) if s.carrier is Carrier.ELECTRICITY]
    if len(electric) == 1:
        return electric[0]
    if not electric:
        raise DomainError(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Cli", "{site} has no electricity supply: add one, or say which supply with --supply."
                ),
                site=site.name,
            )
        )
    raise DomainError(
        message(
            CTX,
            Plural.translate("Cli", "{site} has {count} electricity supplies: say which with --supply.", None, 0),
            plural="count",
            site=site.name,
            count=len(electric),
        )
    )


def _roles(items: list[str], header: list[str]) -> dict[Any, int]:
    from workbench.importers.load_curve import Role

    roles: dict[Role, int] = {}
    for item in items:
        name, sep, column = item.partition("=")
        try:
            role = Role(name.strip().lower())
        except ValueError:
            role = None
        if not sep or role is None:
            raise DomainError(
                message(
                    CTX,
                    QT_TRANSLATE_NOOP("Cli", "--map takes FIELD=COLUMN with FIELD one of {fields}, not “{text}”."),
                    fields=", ".join(r.value for r in Role),
                    text=item,
                )
            )
        text = column.strip()
        if text.isdigit() and 1 <= int(text) <= len(header):
            roles[role] = int(text) - 1
        elif text in header:
            roles[role] = header.index(text)
        else:
            raise DomainError(
                message(
                    CTX,
                    QT_TRANSLATE_NOOP("Cli", "The file has no column “{column}”. Its columns: {known}."),
                    column=text,
                    known="; ".join(header),
                )
            )
    return roles


def _local(instant: dt.datetime | None, zone: ZoneInfo) -> str | None:
    return instant.astimezone(zone).isoformat() if instant is not None else None


def _register_json(series: RegisterSeries, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "name": series.register.name,
        "flow": series.register.flow.value,
        "unit": series.register.unit.value,
        "kwh": _round(series.total, 3),
        "intervals": series.intervals,
        "missing": series.missing,
        "estimated": series.estimated,
        "first": _local(series.first, zone),
        "last": _local(series.last, zone),
    }


def run_import_load_curve(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.importers.layouts import remember_load_curve_roles, remembered_load_curve_roles
    from workbench.importers.load_curve import Role, ValueUnit, below_preamble, read_load_curve
    from workbench.importers.table import ReadOptions, read_table

    fmt = Formatter(language)
    render = lambda m: m.render(translate, fmt.value)  # noqa: E731
    workspace = open_workspace(args.path, translate)
    stored = None
    merge = False
    try:
        site = find_site(workspace, args.site)
        supply = curve_supply(workspace, site, args.supply)
        zone = meter_zone(site, args.tz)
        options = ReadOptions(allow_load_curve=True, decimal=getattr(args, "decimal", None))
        table = below_preamble(read_table(args.file, options))
        roles = _roles(args.map, table.header) if args.map else None
        unit_text = args.unit
        remembered = None
        if roles is None:  # the mapping chosen for this header row before (here or in the window), if any
            remembered = remembered_load_curve_roles(workspace, table.header)
            if remembered is not None:
                roles = {Role(k): v for k, v in remembered.columns.items()}
                unit_text = unit_text or remembered.unit
        result = read_load_curve(table, zone, ValueUnit(unit_text) if unit_text else None, roles)
        if result.accepted and not args.dry_run:
            stored = workspace.store_load_curve(model.stored_id(supply), result.series)
            merge = stored.stored
            if stored.stored and args.map:  # a mapping given by hand is remembered for the next such file
                columns = {role.value: index for role, index in (roles or {}).items()}
                remember_load_curve_roles(workspace, table.header, columns, args.unit)
    finally:
        not_merged = close_merged(workspace, merge)
    conflicts = stored.conflicts if stored is not None else []
    summary: dict[str, Any] = {
        "supply": model.stored_id(supply),
        "zone": zone.key,
        "rows": result.rows,
        "identical_rows": result.identical_rows,
        "stored": bool(stored is not None and stored.stored),
        "dry_run": bool(args.dry_run),
        "remembered_mapping": remembered.layout.saved if remembered is not None else None,
        "registers": [_register_json(s, zone) for s in result.series],
        "refused": [
            {"row": r.row, "column": r.field, "text": r.text, "reason": render(r.reason)} for r in result.refusals
        ],
        "conflicts": [
            {"register": c.register, "start": _local(c.start, zone), "stored": c.stored, "new": c.new}
            for c in conflicts
        ],
    }
    if stored is not None and stored.stored:
        for entry, counts in zip(summary["registers"], stored.registers, strict=True):
            entry |= {"new": counts.new, "filled": counts.filled, "identical": counts.identical, "kept": counts.kept}
    if not_merged is not None:
        summary["not_merged"] = not_merged.render(translate)
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_import(summary, result.refusals, conflicts, render, translate, fmt, site.name)
    ok = result.accepted and not conflicts and not_merged is None
    return 0 if ok else 1


def _print_import(summary, refusals, conflicts, render, translate, fmt: Formatter, site: str) -> None:
    _say(
        translate,
        QT_TRANSLATE_NOOP("Cli", "Load curve for {site} (supply {supply}), times in {zone}: {rows} rows read."),
        site=site,
        supply=summary["supply"],
        zone=summary["zone"],
        rows=fmt.number(summary["rows"]),
    )
    if summary["remembered_mapping"]:
        _say(
            translate,
            QT_TRANSLATE_NOOP(
                "Cli",
                "The columns were read as mapped for this header row on {saved} (workbench layouts --forget "
                "forgets it).",
            ),
            indent=2,
            saved=summary["remembered_mapping"][:10],
        )
    for entry in summary["registers"]:
        _say_register(translate, fmt, entry, indent=2)
    for refusal in refusals[:20]:
        _say(
            translate,
            QT_TRANSLATE_NOOP("Cli", "row {row}, column “{column}”, “{text}”: {reason}"),
            indent=2,
            row=refusal.row,
            column=refusal.field,
            text=refusal.text,
            reason=render(refusal.reason),
        )
    if len(refusals) > 20:
        _say(
            translate,
            Plural.translate("Cli", "… and {count} more refusals.", None, 0),
            indent=2,
            plural="count",
            count=len(refusals) - 20,
        )
    zone = ZoneInfo(summary["zone"])
    if conflicts:
        _say(
            translate,
            Plural.translate(
                "Cli",
                "{count} intervals of the file differ from the readings already stored (energy of the interval):",
                None,
                0,
            ),
            plural="count",
            count=len(conflicts),
        )
    for conflict in conflicts[:20]:
        local = conflict.start.astimezone(zone)
        _say(
            translate,
            QT_TRANSLATE_NOOP("Cli", "{register}, {start}: {new} kWh in the file, {stored} kWh already stored."),
            indent=2,
            register=conflict.register,
            start=f"{fmt.date(local.date())} {local:%H:%M}",
            new=fmt.number(conflict.new, 3),
            stored=fmt.number(conflict.stored, 3),
        )
    if len(conflicts) > 20:
        _say(
            translate,
            Plural.translate("Cli", "… and {count} more intervals.", None, 0),
            indent=2,
            plural="count",
            count=len(conflicts) - 20,
        )
    if refusals or conflicts:
        _say(
            translate,
            QT_TRANSLATE_NOOP("Cli", "Nothing was stored: correct the file, or the mapping, and import again."),
        )
    elif summary["dry_run"]:
        _say(translate, QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was stored."))
    elif summary["stored"] and not any(r.get("new") or r.get("filled") for r in summary["registers"]):
        _say(translate, QT_TRANSLATE_NOOP("Cli", "Nothing new: every reading of the file was already stored."))
    elif summary["stored"]:
        _say(translate, QT_TRANSLATE_NOOP("Cli", "Stored."))


def run_load_curve(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.analysis.load_curve_summary import meter_curves
    from workbench.domain.load_curve import CurveUnit, Flow

    fmt = Formatter(language)
    workspace = open_workspace(args.path, translate)
    try:
        site = find_site(workspace, args.site)
        supply = curve_supply(workspace, site, args.supply)
        zone = meter_zone(site, args.tz)
        ident = model.stored_id(supply)
        series = [workspace.load_curve(ident, r) for r in workspace.load_curve_registers(ident)]
        bills = workspace.bills(ident)
        hours = _tariff_hours(workspace, site)
    finally:
        workspace.close()
    # the meter the figures are of: the registers of offtake in kWh, as the page and the report read them
    curve = next(
        (
            c
            for c in meter_curves(series, zone, site.schedule, bills, hours)
            if c.flow is Flow.OFFTAKE and c.unit is CurveUnit.KWH
        ),
        None,
    )
    grid = curve.grid if curve is not None else None
    figures = curve.figures if curve is not None else None
    checks = list(curve.checks) if curve is not None else []
    meter: dict[str, Any] | None = None
    if figures is not None:
        meter = {
            "kwh": _round(figures.kwh, 3),
            "intervals": figures.intervals,
            "missing": figures.missing,
            "step_minutes": grid.step_minutes if grid is not None else None,
            "peak_kw": _maybe(figures.peak_kw),
            "peak_at": figures.peak_at.isoformat() if figures.peak_at else None,
            "base_load_kw": _maybe(figures.base_load_kw),
            "night_mean_kw": _maybe(figures.night_mean_kw),
            "load_factor": _maybe(figures.load_factor),
            "weekend_share": _maybe(figures.weekend_share),
            "off_hours_share": _maybe(figures.off_hours_share),
            "monthly_peaks": [
                {"month": p.month.strftime("%Y-%m"), "kw": _round(p.kw, 3), "at": p.at.isoformat()}
                for p in figures.monthly_peaks
            ],
            # each local month the curve meets, counted whole: its intervals and those with a reading
            "coverage": [
                {"month": m.month.strftime("%Y-%m"), "intervals": m.expected, "readings": m.readings}
                for m in (curve.coverage if curve is not None else ())
            ],
        }
    summary: dict[str, Any] = {
        "site": site.name,
        "supply": supply.id,
        "zone": zone.key,
        "registers": [_register_json(s, zone) for s in series],
        "meter": meter,
        # each bill the curve meets: its kWh against the curve's over the same local days, peaks, splits
        "bills": [
            {
                "bill": c.bill_id,
                "first": c.first.isoformat(),
                "last": c.last.isoformat(),
                "billed_kwh": _round(c.billed_kwh, 3),
                "curve_kwh": _round(c.curve_kwh, 3),
                "coverage": _round(c.coverage, 4),
                "difference": _maybe(c.difference),
                "curve_peak_kw": _maybe(c.curve_peak_kw),
                "billed_reached": c.billed_reached,
                "curve_split": _split(c.curve_split),
                "billed_split": _split(c.billed_split),
            }
            for c in checks
        ],
    }
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0 if series else 1
    if not series:
        _say(translate, QT_TRANSLATE_NOOP("Cli", "{site} has no load curve on this supply."), site=site.name)
        return 1
    for entry in summary["registers"]:
        _say_register(translate, fmt, entry)
    if figures is not None and figures.peak_kw is not None:
        _say(
            translate,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Offtake: peak {peak} kW on {at}; base load {base} kW (night mean {night} kW); load factor {factor}.",
            ),
            peak=fmt.number(figures.peak_kw, 1),
            at=figures.peak_at.strftime("%d/%m/%Y %H:%M") if figures.peak_at else "—",
            base=fmt.number(figures.base_load_kw, 1) if figures.base_load_kw is not None else "—",
            night=fmt.number(figures.night_mean_kw, 1) if figures.night_mean_kw is not None else "—",
            factor=fmt.number(figures.load_factor, 2) if figures.load_factor is not None else "—",
        )
    return 0


def _say_register(translate: Translate, fmt: Formatter, entry: dict[str, Any], indent: int = 0) -> None:
    _say(
        translate,
        QT_TRANSLATE_NOOP(
            "Cli", "{name} ({unit}): {total} over {intervals} intervals, {missing} without a reading, {first} → {last}"
        ),
        indent=indent,
        name=entry["name"] or "—",
        unit=entry["unit"],
        total=fmt.number(entry["kwh"], 3),
        intervals=fmt.number(entry["intervals"]),
        missing=fmt.number(entry["missing"]),
        first=entry["first"],
        last=entry["last"],
    )


def _tariff_hours(workspace: Workspace, site: model.Site) -> Any:
    from workbench.analysis.load_curve_summary import tariff_hours

    return tariff_hours(site.country, workspace.factor_lookup(site))


def _split(split: Any) -> dict[str, float] | None:
    if split is None:
        return None
    return {"peak": _round(split.peak, 4), "standard": _round(split.standard, 4), "offpeak": _round(split.offpeak, 4)}


def _maybe(value: float | None) -> float | None:
    return None if value is None else _round(value, 4)
