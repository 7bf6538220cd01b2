"""What each ``workbench`` subcommand does; :mod:`workbench.cli` parses and reports errors."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.analysis.accounts import SiteAccount
from workbench.analysis.programme import ClusterSummary, SiteSummary, load_accounts, summarise_programme
from workbench.domain import model
from workbench.domain.energy import energy_figures
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Plural, Translate, message
from workbench.domain.vocab import LABELS, Language
from workbench.i18n.formatting import Formatter
from workbench.storage.workspace import Workspace

if TYPE_CHECKING:  # a site's report does not need the cluster comparison loaded (0.1 s of a 1.5 s budget)
    from workbench.analysis.cluster_comparison import ClusterComparison
    from workbench.storage.errors import NotMergedError

TOE = QT_TRANSLATE_NOOP("Units", "toe")
CSV_COLUMNS = (
    "site",
    "supply",
    "carrier",
    "month",
    "kwh",
    "quantity",
    "unit",
    "cost",
    "currency",
    "tag",
    "site_id",
    "supply_id",
    "days_covered",
    "days_in_month",
    "toe",
    "co2_kg",
)


def _say(translate: Translate, source: str, indent: int = 0, plural: str | None = None, **params: Any) -> None:
    print(" " * indent + message("Cli", source, plural, **params).render(translate))


def open_workspace(path: Path, translate: Translate) -> Workspace:
    """The workspace for a command, with what its opening did said on stderr: the copy kept before a
    migration, changes an earlier run could not merge, a read-only medium."""
    workspace = Workspace.open(path)
    if workspace.migrated_from is not None and workspace.backup_path is not None:
        notice = message(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli", "{path} was updated from file format {version}; the original was kept as {backup}."
            ),
            path=str(path),
            version=workspace.migrated_from,
            backup=str(workspace.backup_path),
        )
        print(notice.render(translate), file=sys.stderr)
    if workspace.not_merged is not None:
        print(workspace.not_merged.render(translate), file=sys.stderr)
    if workspace.read_only:
        notice = message(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "{path} is open read-only: the file or its medium cannot be written."),
            path=str(path),
        )
        print(notice.render(translate), file=sys.stderr)
    return workspace


def run_demo(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.demo.generator import build_demo

    with build_demo(args.path) as workspace:
        _say(translate, QT_TRANSLATE_NOOP("Cli", "Demo programme written to {path}."), path=str(args.path))
        _print_info(workspace, language, translate)
    return 0


def run_new(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    programme = model.Programme(
        name=args.name,
        organiser=args.organiser,
        year=args.year,
        currency=args.currency.upper(),
        report_language=Language(args.report_language),
        factor_set=args.factor_set.upper(),
    )
    with Workspace.create(args.path, programme):
        _say(translate, QT_TRANSLATE_NOOP("Cli", "Workspace {path} created."), path=str(args.path))
    return 0


def run_add_site(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    with open_workspace(args.path, translate) as workspace, workspace.transaction():
        clusters = [c for c in workspace.clusters() if c.name.casefold() == args.cluster.casefold()]
        cluster = (
            clusters[0]
            if clusters
            else workspace.insert(model.Cluster(name=args.cluster, position=len(workspace.clusters())))
        )
        site = workspace.insert(
            model.Site(
                cluster_id=model.stored_id(cluster),
                name=args.name,
                company=args.company,
                city=args.city,
                country=args.country.upper(),
                currency=(args.currency or workspace.programme().currency).upper(),
                position=len(workspace.sites(cluster.id)),
            )
        )
    _say(
        translate,
        QT_TRANSLATE_NOOP("Cli", "Site {name} added to {cluster} with id {id}."),
        name=site.name,
        cluster=cluster.name,
        id=site.id,
    )
    return 0


def run_info(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    with open_workspace(args.path, translate) as workspace:
        only = {model.stored_id(find_site(workspace, args.site))} if args.site else None
        if args.json:
            json.dump(
                info_json(workspace, translate, only, Formatter(language)), sys.stdout, ensure_ascii=False, indent=2
            )
            print()
        else:
            _print_info(workspace, language, translate, only)
    return 0


def run_export_csv(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.reporting.csv_cells import safe_record
    from workbench.storage.errors import FileNotWrittenError
    from workbench.storage.files import private_mode, write_text_atomically

    with open_workspace(args.path, translate) as workspace:
        rows = monthly_rows(workspace)
    target = args.out / "monthly-energy.csv"
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileNotWrittenError(target, exc.strerror or str(exc)) from exc

    def write(f) -> None:
        writer = csv.DictWriter(f, CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(safe_record(row) for row in rows)

    write_text_atomically(target, write, private_mode(args.path))
    _say(
        translate,
        Plural.translate("Cli", "{count} monthly rows written to {path}.", None, 0),
        plural="count",
        count=len(rows),
        path=str(target),
    )
    return 0


def run_import_bills(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.domain.units import Carrier
    from workbench.importers.engine import ImportRequest, import_file
    from workbench.importers.table import LoadCurveFileError, ReadOptions

    mapping = {}
    for item in args.map:
        name, sep, column = item.partition("=")
        if not sep:
            raise DomainError(
                message("Cli", QT_TRANSLATE_NOOP("Cli", "--map takes FIELD=COLUMN, not “{text}”."), text=item)
            )
        mapping[name.strip()] = column.strip()
    separator = {"\\t": "\t", "tab": "\t"}.get(args.sep, args.sep) if args.sep else None
    fmt = Formatter(language)

    merge = False
    workspace = open_workspace(args.path, translate)
    try:
        site = find_site(workspace, args.site)
        rollovers = _rows(args.rollover)
        request = ImportRequest(
            path=args.file,
            site_id=model.stored_id(site),
            carrier=Carrier(args.carrier),
            profile=args.profile,
            read=ReadOptions(args.encoding, separator, args.decimal, args.header_row, args.sheet),
            mapping=mapping,
            dry_run=args.dry_run,
        )
        if isinstance(rollovers, str):  # "all": the only text _rows returns
            first = import_file(workspace, dataclasses.replace(request, dry_run=True))
            rollovers = frozenset(first.plan.rollover_rows if first.plan else ())
        request.rollovers = frozenset(rollovers)
        try:
            result = import_file(workspace, request)
        except LoadCurveFileError as exc:  # interval readings, not bills: say the command that takes them
            raise DomainError(
                message(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{file} is a load curve ({minutes}-minute intervals), not a table of invoices: import it "
                        "with workbench import-load-curve {path} {file} --site {site}.",
                    ),
                    file=args.file.name,
                    minutes=exc.interval_minutes,
                    path=str(args.path),
                    site=args.site,
                )
            ) from None
        supply = result.plan.supply if result.plan is not None else None
        target = f"{site.name} ▸ {translate('Carrier', supply.carrier.label)}" if supply is not None else site.name
        if supply is not None and supply.name:
            target = f"{site.name} ▸ {supply.name}"
        merge = not args.dry_run
    finally:
        not_merged = close_merged(workspace, merge)
    render = lambda m: m.render(translate, fmt.value)  # noqa: E731
    if args.json:
        summary = _import_json(result, render, target, args.dry_run)
        if not_merged is not None:
            summary["not_merged"] = not_merged.render(translate)
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_import(result, render, translate, fmt, target, args.dry_run)
        if not_merged is not None:
            print(not_merged.render(translate), file=sys.stderr)
    if not_merged is not None:
        return 1
    return 0 if (result.imported + result.changed + result.identical) else 1


def _rows(items: list[str]) -> frozenset[int] | str:
    """``--rollover 12,40 --rollover 41`` to rows; ``all`` for every row the file raises the question for."""
    if any(item.strip().lower() == "all" for item in items):
        return "all"
    rows = set()
    for item in items:
        for part in item.split(","):
            if not part.strip().isdigit():
                raise DomainError(
                    message(
                        "Cli",
                        QT_TRANSLATE_NOOP("Cli", "--rollover takes row numbers (12,40) or all, not “{text}”."),
                        text=item,
                    )
                )
            rows.add(int(part))
    return frozenset(rows)


def _import_json(result, render, target: str, dry_run: bool) -> dict[str, Any]:
    from workbench.importers.summary import group_refusals

    by_row: dict[int, list] = {}
    for r in result.refused:
        by_row.setdefault(r.row, []).append(r)
    return {
        "read": result.read,
        "imported": result.imported,
        "identical": result.identical,
        "changed": result.changed,
        # one entry per refused row (its first problem, then all of them), so that the counts add up to "read"
        "refused": [
            {
                "row": row,
                "column": problems[0].column,
                "text": problems[0].text,
                "reason": render(problems[0].reason),
                "problems": [{"column": r.column, "text": r.text, "reason": render(r.reason)} for r in problems],
            }
            for row, problems in sorted(by_row.items())
        ],
        "skipped": [{"row": s.row, "reason": render(s.reason)} for s in result.skipped],
        "rollover_rows": list(result.plan.rollover_rows) if result.plan else [],
        "refused_by_reason": [
            {"column": g.column, "reason": render(g.reason), "rows": list(g.rows)}
            for g in group_refusals(result.refused)
        ],
        "warnings": [render(w) for w in result.warnings],
        "factors": [
            {
                "key": f.key,
                "value": f.value,
                "unit": f.unit,
                "source": f.source,
                "year": f.year,
                "status": f.status.value,
            }
            for f in result.factors
        ],
        "kwh_total": _round(result.kwh_total, 1),
        "kind": result.kind,
        "mapping": result.mapping,
        "target": target,
        "supply_id": result.supply_id,
        "dry_run": dry_run,
        "committed": result.committed,
    }


def _print_import(result, render, translate: Translate, fmt: Formatter, target: str, dry_run: bool) -> None:
    from workbench.importers.summary import group_refusals

    _say(translate, QT_TRANSLATE_NOOP("Cli", "Import into: {target}"), target=target)
    _say(
        translate,
        QT_TRANSLATE_NOOP(
            "Cli",
            "{read} rows read: {imported} new, {changed} changed, {identical} identical, {refused} refused, "
            "{skipped} skipped.",
        ),
        read=result.read,
        imported=result.imported,
        changed=result.changed,
        identical=result.identical,
        refused=result.refused_rows,
        skipped=len(result.skipped),
    )
    for group in group_refusals(result.refused):
        if len(group.rows) == 1:
            _say(
                translate,
                QT_TRANSLATE_NOOP("Cli", "row {row}, column “{column}”, “{text}”: {reason}"),
                indent=2,
                row=group.rows[0],
                column=group.column,
                text=group.texts[0],
                reason=render(group.reason),
            )
        else:
            _say(
                translate,
                QT_TRANSLATE_NOOP("Cli", "{count} rows, column “{column}”: {reason} (first: row {row}); rows {rows}"),
                indent=2,
                count=len(group.rows),
                column=group.column,
                reason=render(group.reason),
                row=group.rows[0],
                rows=group.row_list,
            )
    for skip in result.skipped:
        print("  = " + render(skip.reason))
    for w in result.warnings:
        print("  ! " + render(w))
    _say(
        translate,
        QT_TRANSLATE_NOOP("Cli", "Final energy of the bills stored: {kwh}."),
        kwh=fmt.quantity(result.kwh_total, "kWh"),
    )
    if dry_run:
        _say(translate, QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was stored."))


def run_layouts(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    """The mappings remembered per header row (a correction made in the dialog or with --map), or forget one."""
    from workbench.importers.layouts import remembered_layouts

    with open_workspace(args.path, translate) as workspace:
        if args.forget:
            if not workspace.forget_import_layout(args.forget):
                raise DomainError(
                    message(
                        "Cli",
                        QT_TRANSLATE_NOOP("Cli", "No mapping is remembered under “{signature}”."),
                        signature=args.forget,
                    )
                )
            _say(translate, QT_TRANSLATE_NOOP("Cli", "Mapping {signature} forgotten."), signature=args.forget)
            return 0
        layouts = remembered_layouts(workspace)
    if not layouts:
        _say(translate, QT_TRANSLATE_NOOP("Cli", "No column mapping is remembered in this workspace."))
    for layout in layouts.values():
        print(f"{layout.signature}  {layout.saved}  {' | '.join(layout.headers)}")
        for field_name, column in sorted(layout.mapping.items()):
            print(f"    {field_name} = {column}")
    return 0


def run_set_supply(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    """A supply's invoice unit and heating value (the supplier's figure, printed on the invoice)."""
    from workbench.domain.units import HeatingValueBasis, parse_unit

    fmt = Formatter(language)
    with open_workspace(args.path, translate) as workspace:
        site = find_site(workspace, args.site)
        supply = find_supply(workspace, site, args.supply)
        changes: dict[str, Any] = {}
        if args.unit is not None:
            changes["invoice_unit"] = parse_unit(args.unit)
        if args.heating_value is not None:
            changes["heating_value"] = None if args.heating_value.strip().lower() == "none" else _number(args)
        if args.basis is not None:
            changes["heating_value_basis"] = HeatingValueBasis(args.basis)
        if args.name is not None:
            changes["name"] = args.name
        if not changes:
            raise DomainError(
                message(
                    "Cli",
                    QT_TRANSLATE_NOOP("Cli", "Nothing to change: give --unit, --heating-value, --basis or --name."),
                )
            )
        supply = workspace.update(model.EnergySupply, model.stored_id(supply), **changes)
    unit = supply.invoice_unit.symbol
    _say(
        translate,
        QT_TRANSLATE_NOOP(
            "Cli", "Supply {id} of {site} ({carrier}): billed in {unit}, heating value {value} ({basis})."
        ),
        id=supply.id,
        site=site.name,
        carrier=translate("Carrier", supply.carrier.label),
        unit=unit,
        value=(
            fmt.quantity(supply.heating_value, f"kWh/{unit}", 2)
            if supply.heating_value is not None
            else translate("Cli", "from the factor set")
        ),
        basis=supply.heating_value_basis.value.upper(),
    )
    return 0


def _number(args: argparse.Namespace) -> float:
    try:
        return float(args.heating_value.replace(",", "."))
    except ValueError:
        raise DomainError(
            message(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "--heating-value takes a number of kWh per invoice unit, not “{text}”."),
                text=args.heating_value,
            )
        ) from None


def run_balance(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.analysis.measures import site_measures

    fmt = Formatter(language)
    render = lambda m: m.render(translate, fmt.value)  # noqa: E731
    with open_workspace(args.path, translate) as workspace:
        site = find_site(workspace, args.site)
        site_id = model.stored_id(site)
        account = load_accounts(workspace, {site_id})[site_id]
        balance, measures = site_measures(account, workspace.equipment(site_id), workspace.measures(site_id))
    peak = balance.peak
    data = {
        "site": {"id": site.id, "name": site.name},
        "period": (
            {"first_month": balance.window[0].strftime("%Y-%m"), "last_month": balance.window[1].strftime("%Y-%m")}
            if balance.window
            else None
        ),
        "carriers": [
            {
                "carrier": c.carrier.value,
                "billed_kwh": _round(c.billed_kwh, 1),
                # billed_kwh is annualised from the months billed when they are fewer than the period's
                "billed_in_months_kwh": None if c.billed_in_months_kwh is None else _round(c.billed_in_months_kwh, 1),
                "months_covered": c.months_covered,
                "annualised": c.annualised,
                "estimated_kwh": _round(c.estimated_kwh, 1),
                "unexplained_kwh": _round(c.unexplained_kwh, 1),
                "coverage": None if c.coverage is None else _round(c.coverage, 4),
                "end_uses": {
                    use.value: _round(kwh, 1) for use, kwh in sorted(c.by_end_use.items(), key=lambda i: -i[1])
                },
            }
            for c in balance.carriers
        ],
        "peak_check": None
        if peak is None
        else {
            "peak_input_kw": _round(peak.peak_input_kw, 1),
            "reached_kva": peak.reached_kva,
            "cos_phi": None if peak.cos_phi is None else _round(peak.cos_phi, 3),
            "available_kw": None if peak.available_kw is None else _round(peak.available_kw, 1),
            "exceeded": peak.exceeded,
        },
        "measures": [
            {
                "id": m.measure.id,
                "kind": m.measure.kind.value,
                "title": m.measure.title.text(language) or "",
                "kwh": {c.value: _round(v, 1) for c, v in m.kwh.items()},
                "cost_savings": _round(m.cost_savings, 2),
                "investment": m.measure.investment,
                "payback_years": None if m.payback_years is None else _round(m.payback_years, 2),
                "immediate_payback": m.immediate,
                "lifetime_years": m.measure.lifetime_years,
                "npv": None if m.npv is None else _round(m.npv, 2),
                "discount_rate": m.discount_rate,
                "co2_t": _round(m.co2_t, 3),
                # what a saved kWh of electricity is worth, and why: own split, end-use hours or site price
                "electricity_price": None if m.electricity_price is None else _round(m.electricity_price, 5),
                "price_basis": None if m.price_basis is None else m.price_basis.value,
                "time_of_use": None
                if m.split is None
                else {
                    "peak": _round(m.split.peak, 4),
                    "standard": _round(m.split.standard, 4),
                    "offpeak": _round(m.split.offpeak, 4),
                },
                "warnings": [render(w) for w in m.warnings],
            }
            for m in measures
        ],
        "warnings": [render(w) for w in balance.warnings],
    }
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(site.name)
    for c in balance.carriers:
        _say(
            translate,
            QT_TRANSLATE_NOOP(
                "Cli",
                "{carrier}: billed {billed}, estimated {estimated}, unexplained {unexplained} ({coverage} explained)",
            ),
            indent=2,
            carrier=translate("Carrier", c.carrier.label),
            billed=fmt.quantity(c.billed_kwh, "kWh"),
            estimated=fmt.quantity(c.estimated_kwh, "kWh"),
            unexplained=fmt.quantity(c.unexplained_kwh, "kWh"),
            coverage=fmt.percent(c.coverage),
        )
        for use, kwh in sorted(c.by_end_use.items(), key=lambda i: -i[1]):
            _say(
                translate,
                QT_TRANSLATE_NOOP("Cli", "{end_use}: {kwh} ({share} of the bills)"),
                indent=6,
                end_use=translate("EndUse", LABELS[use]),
                kwh=fmt.quantity(kwh, "kWh"),
                share=fmt.percent(kwh / c.billed_kwh if c.billed_kwh else None),
            )
    for warning in balance.warnings:
        print("  ! " + render(warning))
    return 0


def run_import_load_curve(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.cli_load_curve import run_import_load_curve

    return run_import_load_curve(args, language, translate)


def run_load_curve(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.cli_load_curve import run_load_curve

    return run_load_curve(args, language, translate)


def run_tariff(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.cli_tariff import run_tariff

    return run_tariff(args, language, translate)


def _end_use_label(use) -> str:
    from workbench.domain.vocab import LABELS

    return LABELS[use]


def run_report(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    from workbench.i18n.catalogue import translator_for
    from workbench.reporting.pdf import find_converter, no_converter
    from workbench.reporting.publish import OutputFormat, Publishing, output_format

    out = args.out if args.out.suffix else args.out.with_suffix(".docx")
    kind = output_format(out)  # refused before anything is opened or drawn
    converter = None
    if kind is OutputFormat.PDF or not args.no_page_numbers:
        converter = find_converter()
        if converter is None and kind is OutputFormat.PDF:
            raise no_converter()

    def notice(msg) -> None:
        print(msg.render(translate), file=sys.stderr)

    args.publishing = Publishing(converter, page_numbers=not args.no_page_numbers, notice=notice)
    with open_workspace(args.path, translate) as workspace:
        if args.report_lang == "both":
            targets = {
                lang: out.with_name(f"{out.stem}-{lang.value}{out.suffix}") for lang in (Language.FR, Language.EN)
            }
        else:
            lang = Language(args.report_lang) if args.report_lang else workspace.programme().report_language
            targets = {lang: out}
        write = _cluster_writer(workspace, args) if args.cluster else _site_writer(workspace, args)
        for report_language, out in targets.items():
            target = write(report_language, translator_for(report_language), out)
            _say(translate, QT_TRANSLATE_NOOP("Cli", "Report written to {path}."), path=str(target))
    return 0


def _site_writer(workspace: Workspace, args: argparse.Namespace):
    from workbench.cli_paths import user_financial_aid_dir
    from workbench.reporting.site_report import write_site_report
    from workbench.resources import financial_aid_for

    site = find_site(workspace, args.site)
    aid = financial_aid_for(site.country, user_financial_aid_dir())  # the user's list, as the window's reports
    photos = _print_photos(workspace, model.stored_id(site))

    def write(language: Language, translate: Translate, out: Path) -> Path:
        charts = {} if args.no_charts else _chart_images(workspace, language, site_id=site.id)
        return write_site_report(
            workspace,
            model.stored_id(site),
            language,
            translate,
            out,
            charts,
            args.template,
            publishing=args.publishing,
            photos=photos,
            aid=aid,
        )

    return write


def _cluster_writer(workspace: Workspace, args: argparse.Namespace):
    from workbench.analysis.cluster_comparison import compare_cluster
    from workbench.reporting.cluster_report import write_cluster_report

    cluster = find_cluster(workspace, args.cluster)
    comparison = compare_cluster(workspace, model.stored_id(cluster))

    def write(language: Language, translate: Translate, out: Path) -> Path:
        charts = {} if args.no_charts else _chart_images(workspace, language, comparison=comparison)
        return write_cluster_report(
            workspace,
            model.stored_id(cluster),
            language,
            translate,
            out,
            charts,
            args.template,
            comparison=comparison,
            per_site_pages=args.per_site_pages,
            publishing=getattr(args, "publishing", None),
        )

    return write


def _print_photos(workspace: Workspace, site_id: int) -> list:
    """The photos chosen for the report, upright and no wider than print needs (Qt decodes them)."""
    chosen = workspace.report_photos(site_id)
    if not chosen:
        return []
    _offscreen_if_headless()
    from workbench.app import build_application
    from workbench.ui.widgets.site_photos_print import print_ready

    build_application()
    return [(photo, print_ready(data)) for photo, data in chosen]


def _offscreen_if_headless() -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _chart_images(
    workspace: Workspace, language: Language, site_id: int | None = None, comparison: ClusterComparison | None = None
) -> dict[str, bytes]:
    """The charts drawn by the application's own chart builders, on an offscreen display if there is none."""
    _offscreen_if_headless()
    from workbench.app import build_application
    from workbench.i18n.language import LanguageManager
    from workbench.ui.report_charts import cluster_chart_images, site_chart_images
    from workbench.ui.session import WorkspaceSession

    app = build_application()
    languages = LanguageManager(app)
    languages.switch(language)
    if comparison is not None:
        try:
            return cluster_chart_images(comparison, languages, language)
        finally:
            languages.deleteLater()
    assert site_id is not None, "the charts of a site or of a cluster's comparison"
    session = WorkspaceSession(workspace)
    try:
        return site_chart_images(session, languages, site_id, language)
    finally:
        session.release()
        session.deleteLater()
        languages.deleteLater()


# --- shared by the commands -----------------------------------------------------------------


def find_cluster(workspace: Workspace, name_or_id: str) -> model.Cluster:
    """A cluster by id or by its name (case-insensitive)."""
    clusters = workspace.clusters()
    text = name_or_id.strip()
    for cluster in clusters:
        if (text.isdigit() and cluster.id == int(text)) or cluster.name.casefold() == text.casefold():
            return cluster
    raise DomainError(
        message(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "No cluster is named “{name}” or has that id. Clusters: {known}."),
            name=text,
            known="; ".join(f"{c.id} {c.name}" for c in clusters) or "—",
        )
    )


def close_merged(workspace: Workspace, merge: bool) -> NotMergedError | None:
    """Close a workspace a command wrote to, its journal first merged into the file when ``merge``: stored means
    in the file itself, which is what gets copied and sent. The merge's (or the close's) failure, if any."""
    from workbench.storage.errors import NotMergedError

    failed: NotMergedError | None = None
    if merge:
        try:
            workspace.merge()
        except NotMergedError as exc:
            failed = exc
    try:
        workspace.close()
    except NotMergedError as exc:
        failed = failed or exc
    return failed


def find_site(workspace: Workspace, name_or_id: str) -> model.Site:
    """A site by id or by its unique name (case-insensitive)."""
    sites = workspace.sites()
    text = name_or_id.strip()
    if text.isdigit():
        for site in sites:
            if site.id == int(text):
                return site
    matches = [s for s in sites if s.name.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise DomainError(
            message(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "Several sites are named “{name}” (ids {ids}); give the id instead."),
                name=text,
                ids=", ".join(str(s.id) for s in matches),
            )
        )
    raise DomainError(
        message(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "No site is named “{name}” or has that id. Sites: {known}."),
            name=text,
            known="; ".join(f"{s.id} {s.name}" for s in sites) or "—",
        )
    )


def find_supply(workspace: Workspace, site: model.Site, name_or_id: str) -> model.EnergySupply:
    """One of the site's supplies by id, name or carrier (``natural_gas``, or its name in either language)."""
    supplies = workspace.supplies(model.stored_id(site))
    text = name_or_id.strip()
    for supply in supplies:
        if text.isdigit() and supply.id == int(text):
            return supply
    named = [s for s in supplies if s.name and s.name.casefold() == text.casefold()]
    by_carrier = [s for s in supplies if text.casefold() in (s.carrier.value, s.carrier.label.casefold())]
    for matches in (named, by_carrier):
        if len(matches) == 1:
            return matches[0]
    raise DomainError(
        message(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "{site} has no single supply named “{name}”. Supplies: {known}."),
            site=site.name,
            name=text,
            known="; ".join(f"{s.id} {s.name or s.carrier.value}" for s in supplies) or "—",
        )
    )


def _round(value: float, digits: int = 3) -> float:
    return round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0


def _site_json(summary: SiteSummary, translate: Translate, fmt: Formatter) -> dict[str, Any]:
    account, totals = summary.account, summary.totals
    by_carrier = account.totals_by_carrier(*summary.window) if summary.window else {}
    return {
        "id": summary.site.id,
        "name": summary.site.name,
        "company": summary.site.company,
        "city": summary.site.city,
        "bills": account.bill_count,
        "deliveries": sum(s.delivery_count for s in account.supplies),
        "period": (
            {"first_month": summary.window[0].strftime("%Y-%m"), "last_month": summary.window[1].strftime("%Y-%m")}
            if summary.window
            else None
        ),
        "totals": {
            "kwh": _round(totals.kwh, 1),
            "toe": _round(totals.toe),
            "co2_kg": _round(totals.co2_kg, 1),
            "cost": _round(totals.cost, 2),
            "currency": summary.site.currency,
            "cost_per_kwh": None if totals.cost_per_kwh is None else _round(totals.cost_per_kwh, 4),
            # what the figures cover: the least covered carrier's billed months, of the period's
            "months_covered": totals.months_covered or 0,
            "months": totals.months or 12,
            "cost_complete": totals.cost_complete,
        },
        "by_carrier": [
            {
                "carrier": carrier.value,
                "kwh": _round(t.kwh, 1),
                "toe": _round(t.toe),
                "co2_kg": _round(t.co2_kg, 1),
                "cost": _round(t.cost, 2),
                "cost_per_kwh": None if t.cost_per_kwh is None else _round(t.cost_per_kwh, 4),
                "months_covered": t.months_covered or 0,
                "cost_complete": t.cost_complete,
            }
            for carrier, t in sorted(by_carrier.items(), key=lambda kv: (-kv[1].kwh, kv[0].value))
        ],
        "factors": sorted({f.key for f in totals.factors}),
        "warnings": [
            {
                "kind": w.kind,
                "message": w.message.render(translate, fmt.value),
                "supply_id": w.supply_id,
                "bill_ids": list(w.bill_ids),
            }
            for w in account.warnings
        ],
    }


def info_json(
    workspace: Workspace, translate: Translate, only: set[int] | None = None, fmt: Formatter | None = None
) -> dict[str, Any]:
    fmt = fmt or Formatter()
    programme = workspace.programme()
    return {
        "read_only": workspace.read_only,
        "programme": {
            "name": programme.name,
            "organiser": programme.organiser,
            "year": programme.year,
            "currency": programme.currency,
            "factor_set": programme.factor_set,
            "report_language": programme.report_language.value,
        },
        "clusters": [
            {
                "id": c.cluster.id,
                "name": c.cluster.name,
                "sites": [_site_json(s, translate, fmt) for s in c.sites],
            }
            for c in summarise_programme(workspace, only)
        ],
    }


def _print_info(workspace: Workspace, language: Language, translate: Translate, only: set[int] | None = None) -> None:
    fmt = Formatter(language)
    programme = workspace.programme()
    clusters: list[ClusterSummary] = summarise_programme(workspace, only)
    print(f"{programme.name} — {programme.organiser}" if programme.organiser else programme.name)
    _say(
        translate,
        QT_TRANSLATE_NOOP("Cli", "{clusters} clusters, {sites} sites; factor set {factors}."),
        clusters=len(clusters),
        sites=sum(len(c.sites) for c in clusters),
        factors=programme.factor_set,
    )
    for cluster in clusters:
        print()
        print(cluster.cluster.name)
        for s in cluster.sites:
            t = s.totals
            print(f"  [{s.site.id}] {s.site.name}")
            if s.window is None:
                _say(translate, QT_TRANSLATE_NOOP("Cli", "no bills yet"), indent=6)
            else:
                _say(
                    translate,
                    QT_TRANSLATE_NOOP(
                        "Cli", "{first} – {last}: {kwh} · {toe} · {co2} · {cost} · {price} · {bills} bills"
                    ),
                    indent=6,
                    first=s.window[0].strftime("%m/%Y"),
                    last=s.window[1].strftime("%m/%Y"),
                    kwh=fmt.quantity(t.kwh, "kWh"),
                    toe=fmt.quantity(t.toe, translate("Units", TOE), 1),
                    co2=fmt.quantity(t.co2_kg / 1000, "t CO2", 1),
                    cost=fmt.money(t.cost, s.site.currency),
                    price=fmt.quantity(t.cost_per_kwh, f"{s.site.currency}/kWh", 3),
                    bills=s.account.bill_count,
                )
                if not t.fully_covered or not t.cost_complete:
                    _say(
                        translate,
                        QT_TRANSLATE_NOOP(
                            "Cli",
                            "covers {covered} of {months} months for every carrier; the cost of {priced} of the kWh "
                            "is known",
                        ),
                        indent=6,
                        covered=t.months_covered or 0,
                        months=t.months,
                        priced=fmt.percent(t.priced_kwh / t.kwh if t.kwh else 0.0),
                    )
            for warning in s.account.warnings:
                print(f"      ! {warning.message.render(translate, fmt.value)}")


def monthly_rows(workspace: Workspace) -> list[dict[str, Any]]:
    rows = []
    for account in load_accounts(workspace).values():
        rows.extend(_site_rows(account))
    return rows


def _site_rows(account: SiteAccount) -> list[dict[str, Any]]:
    rows = []
    for supply_account in account.supplies:
        supply = supply_account.supply
        for m in supply_account.calendar.months:
            kwh, quantity, cost, _priced_kwh = m.values
            toe: float | str
            co2: float | str
            try:
                figures = energy_figures(kwh, supply.carrier, account.factors)
                toe, co2 = _round(figures.toe, 4), _round(figures.co2_kg, 1)
            except DomainError:
                toe = co2 = ""
            rows.append(
                {
                    "site": account.site.name,
                    "supply": supply.display_name,
                    "carrier": supply.carrier.value,
                    "month": m.key,
                    "kwh": _round(kwh, 1) if supply_account.conversion else "",
                    "quantity": _round(quantity),
                    "unit": supply.invoice_unit.value,
                    "cost": _round(cost, 2),
                    "currency": account.site.currency,
                    "tag": m.tag.value,
                    "site_id": account.site.id,
                    "supply_id": supply.id,
                    "days_covered": _round(m.days_covered, 2),
                    "days_in_month": m.days_in_month,
                    "toe": toe,
                    "co2_kg": co2,
                }
            )
    return rows
