"""``workbench tariff WORKSPACE --site SITE [--supply ID] [--json]``: the MT bills in money.

Each electricity bill rebuilt from the supply's tariff beside what was invoiced, the charges summed over the
site's analysis period, the subscribed power that costs least, the capacitor bank that lifts cos φ to the
target, and what moving peak-hour kWh to off-peak hours would save.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from workbench.analysis.programme import load_accounts
from workbench.analysis.tariff import RebuiltBill, SupplyTariff, analyse_site
from workbench.cli_commands import _round, find_site, find_supply, open_workspace
from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Plural, Translate, message
from workbench.domain.tariffs import BILL_INPUT_LABELS, TARIFF_NAMES
from workbench.domain.vocab import Language
from workbench.i18n.formatting import Formatter

# The reconstruction table's columns: (heading, what a row shows).
COLUMNS = (
    QT_TRANSLATE_NOOP("Cli", "Month"),
    QT_TRANSLATE_NOOP("Cli", "Invoice"),
    QT_TRANSLATE_NOOP("Cli", "Energy"),
    QT_TRANSLATE_NOOP("Cli", "Power charge"),
    QT_TRANSLATE_NOOP("Cli", "Overrun charge"),
    QT_TRANSLATE_NOOP("Cli", "cos φ"),
    QT_TRANSLATE_NOOP("Cli", "cos φ surcharge"),
    QT_TRANSLATE_NOOP("Cli", "Metering"),
    QT_TRANSLATE_NOOP("Cli", "Rebuilt"),
    QT_TRANSLATE_NOOP("Cli", "Invoiced"),
    QT_TRANSLATE_NOOP("Cli", "Difference"),
)


def run_tariff(args: argparse.Namespace, language: Language, translate: Translate) -> int:
    fmt = Formatter(language)
    with open_workspace(args.path, translate) as workspace:
        site = find_site(workspace, args.site)
        supply_id = model.stored_id(find_supply(workspace, site, args.supply)) if args.supply else None
        site_id = model.stored_id(site)
        account = load_accounts(workspace, {site_id})[site_id]
    results = analyse_site(account, supply_id)
    if not results:
        raise DomainError(message("Cli", QT_TRANSLATE_NOOP("Cli", "{site} has no electricity supply."), site=site.name))
    if args.json:
        json.dump(tariff_json(site, results, translate, fmt), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for result in results:
            _print_supply(site, result, translate, fmt)
    return 0


# --- JSON ---------------------------------------------------------------------------------------


def _money(value: float | None) -> float | None:
    return None if value is None else _round(value, 2)


def tariff_json(site: model.Site, results: list[SupplyTariff], translate: Translate, fmt: Formatter) -> dict:
    window = results[0].window
    return {
        "site": {"id": site.id, "name": site.name, "currency": site.currency},
        "period": (
            {"first_month": window[0].strftime("%Y-%m"), "last_month": window[1].strftime("%Y-%m")} if window else None
        ),
        "supplies": [_supply_json(r, translate, fmt) for r in results],
    }


def _supply_json(result: SupplyTariff, translate: Translate, fmt: Formatter) -> dict[str, Any]:
    render = lambda m: m.render(translate, fmt.value)  # noqa: E731
    supply = result.supply
    data: dict[str, Any] = {
        "id": supply.id,
        "name": supply.name,
        "tariff_option": supply.tariff_option,
        "tariff": None,
        "bills": [],
        "not_rebuilt": [],
        "annual": None,
        "subscribed_power": None,
        "capacitor": None,
        "peak_hours": None,
        "notes": [render(n) for n in result.notes],
    }
    if result.tariff is None:
        return data
    assert result.tolerance is not None and result.annual is not None  # computed with the tariff
    data["tariff"] = {
        "model": result.tariff.model.value,
        "name": translate("Tariff", TARIFF_NAMES[result.tariff.model]),
    }
    data["tolerance"] = result.tolerance.value
    data["bills"] = [_bill_json(b, translate) for b in result.bills]
    data["not_rebuilt"] = [
        {
            "id": b.bill.id,
            "invoice": b.bill.invoice_number,
            "period_start": b.bill.period_start.isoformat(),
            "period_end": b.bill.period_end.isoformat(),
            "missing": [m.value for m in b.missing],
            "missing_text": [translate("Tariff", BILL_INPUT_LABELS[m]) for m in b.missing],
        }
        for b in result.bills
        if b.charges is None
    ]
    a = result.annual
    data["annual"] = {
        "bills": a.bills,
        "energy_charge": _money(a.energy),
        "energy_peak": _money(a.energy_peak),
        "energy_standard": _money(a.energy_standard),
        "energy_offpeak": _money(a.energy_offpeak),
        "power_charge": _money(a.power),
        "overrun_charge": _money(a.overrun),
        "cos_phi_penalty": _money(a.cos_phi_surcharge),
        "metering": _money(a.metering),
        "total_excl_vat": _money(a.total_excl_vat),
        "invoiced_excl_vat": _money(a.invoiced),
        "difference": _money(a.difference),
    }
    if (s := result.subscribed) is not None:
        data["subscribed_power"] = {
            "current_kva": s.current_kva,
            "recommended_kva": s.recommended_kva,
            "annual_cost_current": _money(s.annual_cost_current),
            "annual_cost_recommended": _money(s.annual_cost_recommended),
            "annual_saving": _money(s.annual_saving),
            "months": s.months,
            "overrun_months_current": s.overruns_current,
            "overrun_months_recommended": s.overruns_recommended,
            "curve": [[kva, _money(cost)] for kva, cost in s.curve],
            "assumptions": [render(m) for m in s.assumptions],
        }
    if (c := result.capacitor) is not None:
        data["capacitor"] = {
            "target_cos_phi": c.target_cos_phi,
            "kvar": c.kvar,
            "kvar_exact": _round(c.kvar_exact, 1),
            "sizing_month": c.sizing_month.strftime("%Y-%m") if c.sizing_month else None,
            "cost_per_kvar": c.cost_per_kvar,
            "investment": _money(c.investment),
            "annual_penalty": _money(c.annual_penalty),
            "annual_saving": _money(c.annual_saving),
            "payback_years": None if c.payback_years is None else _round(c.payback_years, 2),
            "months_penalised": c.months_penalised,
            "assumptions": [render(m) for m in c.assumptions],
        }
    if (p := result.peak_shift) is not None:
        data["peak_hours"] = {
            "peak_share": _round(p.peak_share, 4),
            "shift_share": p.shift_share,
            "kwh_moved": _round(p.kwh_moved, 0),
            "annual_saving": _money(p.annual_saving),
        }
    return data


def _bill_json(b: RebuiltBill, translate: Translate) -> dict[str, Any]:
    c = b.charges
    phi = b.cos_phi

    def charge(name: str) -> float | None:
        return None if c is None else _money(getattr(c, name))

    return {
        "id": b.bill.id,
        "invoice": b.bill.invoice_number,
        "period_start": b.bill.period_start.isoformat(),
        "period_end": b.bill.period_end.isoformat(),
        "in_period": b.in_window,
        "counted": b.counted,
        "energy_charge": charge("energy"),
        "energy_peak": charge("energy_peak"),
        "energy_standard": charge("energy_standard"),
        "energy_offpeak": charge("energy_offpeak"),
        "power_charge": charge("power"),
        "overrun_charge": charge("overrun"),
        "cos_phi": None if phi is None else _round(phi, 4),
        "cos_phi_penalty": charge("cos_phi_surcharge"),
        "metering": charge("metering"),
        "total_excl_vat": charge("total_excl_vat"),
        "invoiced_excl_vat": _money(b.invoiced),
        "difference": _money(b.difference),
        "flagged": b.flagged,
        "missing": [m.value for m in b.missing],
    }


# --- text ---------------------------------------------------------------------------------------


def _say(
    translate: Translate, fmt: Formatter, source: str, indent: int = 0, plural: str | None = None, **params: Any
) -> None:
    print(" " * indent + message("Cli", source, plural, **params).render(translate, fmt.value))


def _print_supply(site: model.Site, result: SupplyTariff, translate: Translate, fmt: Formatter) -> None:
    supply, currency = result.supply, site.currency
    name = supply.name or translate("Carrier", supply.carrier.label)
    if result.tariff is None:
        print(f"{site.name} — {name}")
        for note in result.notes:
            print("  " + note.render(translate, fmt.value))
        return
    window = result.window
    if window is None:  # no bills yet: the notes say so
        print(f"{site.name} — {name}")
        for note in result.notes:
            print("  " + note.render(translate, fmt.value))
        return
    assert result.tolerance is not None and result.annual is not None  # computed with the tariff
    _say(
        translate,
        fmt,
        QT_TRANSLATE_NOOP("Cli", "{site} — {supply}: {tariff}, bills of {first} – {last} ({currency} excl. VAT)"),
        site=site.name,
        supply=name,
        tariff=translate("Tariff", TARIFF_NAMES[result.tariff.model]),
        first=window[0].strftime("%m/%Y"),
        last=window[1].strftime("%m/%Y"),
        currency=currency,
    )
    rows = [[translate("Cli", c) for c in COLUMNS]]
    for b in result.bills:
        if b.in_window:
            rows.append(_row(b, fmt))
    a = result.annual
    rows.append(
        [
            translate("Cli", "Total"),
            "",
            *(fmt.number(v) for v in (a.energy, a.power, a.overrun)),
            "",
            *(fmt.number(v) for v in (a.cos_phi_surcharge, a.metering, a.total_excl_vat, a.invoiced, a.difference)),
        ]
    )
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    for k, row in enumerate(rows):
        cells = [cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
        print("  " + "  ".join(cells).rstrip())
        if k == 0 or k == len(rows) - 2:
            print("  " + "  ".join("-" * w for w in widths))
    for b in result.bills:
        if b.in_window and b.missing:
            _say(
                translate,
                fmt,
                QT_TRANSLATE_NOOP("Cli", "! {month} {invoice}: missing {missing}"),
                indent=2,
                month=b.month.strftime("%m/%Y"),
                invoice=b.bill.invoice_number or "—",
                missing=", ".join(translate("Tariff", BILL_INPUT_LABELS[m]) for m in b.missing),
            )
    flagged = [b for b in result.bills if b.in_window and b.flagged]
    if flagged:
        _say(
            translate,
            fmt,
            Plural.translate(
                "Cli", "! {count} bills differ from the tariff by more than {tolerance}: {months}", None, 0
            ),
            plural="count",
            indent=2,
            count=len(flagged),
            tolerance=fmt.percent(result.tolerance.value, 1),
            months=", ".join(b.month.strftime("%m/%Y") for b in flagged),
        )
    _print_options(result, translate, fmt, currency)
    for note in result.notes:
        print("  ! " + note.render(translate, fmt.value))
    print()


def _row(b: RebuiltBill, fmt: Formatter) -> list[str]:
    c, dash = b.charges, "—"
    money = (lambda v: fmt.number(v)) if c is not None else (lambda v: dash)
    phi = b.cos_phi
    return [
        b.month.strftime("%m/%Y"),
        b.bill.invoice_number or dash,
        money(c and c.energy),
        money(c and c.power),
        money(c and c.overrun),
        fmt.number(phi, 3) if phi is not None else dash,
        money(c and c.cos_phi_surcharge),
        money(c and c.metering),
        money(c and c.total_excl_vat),
        fmt.number(b.invoiced) if b.invoiced is not None else dash,
        (fmt.number(b.difference) + (" !" if b.flagged else "")) if b.difference is not None else dash,
    ]


def _print_options(result: SupplyTariff, translate: Translate, fmt: Formatter, currency: str) -> None:
    money = lambda v: fmt.money(v, currency) if v is not None else "—"  # noqa: E731
    if (s := result.subscribed) is not None:
        _say(
            translate,
            fmt,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Subscribed power: {current} now, {recommended} recommended; power and overrun charges "
                "{cost_now} → {cost_new} a year, saving {saving}.",
            ),
            indent=2,
            current=fmt.quantity(s.current_kva, "kVA") if s.current_kva else "—",
            recommended=fmt.quantity(s.recommended_kva, "kVA"),
            cost_now=money(s.annual_cost_current),
            cost_new=money(s.annual_cost_recommended),
            saving=money(s.annual_saving),
        )
        for assumption in s.assumptions:
            print("      - " + assumption.render(translate, fmt.value))
    if (c := result.capacitor) is not None:
        values = {
            "kvar": fmt.quantity(c.kvar, "kvar"),
            "target": fmt.number(c.target_cos_phi, 2),
            "investment": money(c.investment),
        }
        if c.payback_years is not None:
            _say(
                translate,
                fmt,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Capacitor bank: {kvar} for cos φ {target}, investment {investment}; cos φ surcharge "
                    "{penalty} a year avoided, payback {payback}.",
                ),
                indent=2,
                **values,
                penalty=money(c.annual_saving),
                payback=fmt.quantity(c.payback_years, translate("Cli", "years"), 1),
            )
        else:
            _say(
                translate,
                fmt,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Capacitor bank: {kvar} would bring cos φ to {target} (investment {investment}), but the bills "
                    "carry no cos φ surcharge: it does not pay back through the tariff.",
                ),
                indent=2,
                **values,
            )
        for assumption in c.assumptions:
            print("      - " + assumption.render(translate, fmt.value))
    if (p := result.peak_shift) is not None:
        _say(
            translate,
            fmt,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Peak hours: {share} of the kWh; moving {shift} of them ({kwh} a year) to off-peak hours saves "
                "{saving} a year.",
            ),
            indent=2,
            share=fmt.percent(p.peak_share, 1),
            shift=fmt.percent(p.shift_share),
            kwh=fmt.quantity(p.kwh_moved, "kWh"),
            saving=money(p.annual_saving),
        )
