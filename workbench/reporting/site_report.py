"""The quick-scan report of one site, in the report's language (domain-reference.md §1.3–1.5,
morocco-tariffs-and-reports.md §4): cover, summary, scope, invoices, balance, indicators, measures,
observations, conclusions, annexes.

No Qt here: the caller passes the translate callable of the report language, and
the chart images (rendered by the UI's own chart builders).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from workbench.analysis.accounts import SupplyAccount
from workbench.analysis.balance import SiteBalance
from workbench.analysis.electricity import electricity_months
from workbench.analysis.findings import site_findings
from workbench.analysis.measures import (
    electricity_marginal_price,
    end_use_hours,
    factors_behind,
    native_savings,
    site_measures,
)
from workbench.analysis.tariff import analyse_site
from workbench.domain import model
from workbench.domain.calendar import MonthSlice, add_months
from workbench.domain.economics import (
    PRICE_BASIS_LABELS,
    MeasureFigures,
    PriceBasis,
    by_payback,
    payback_text,
    renewables_only,
    savings_only,
)
from workbench.domain.factors import Factor
from workbench.domain.financial_aid import AidCatalogue
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.units import Carrier
from workbench.domain.validation import field_label
from workbench.domain.vocab import Language, MeasureCategory, Provenance
from workbench.i18n.formatting import Formatter
from workbench.resources import financial_aid_for, report_template
from workbench.storage.files import private_mode
from workbench.storage.workspace import Workspace

from .docx_writer import ReportDocument
from .glossary import glossary
from .publish import Publishing, publish
from .site_aid import financial_aid_section
from .site_benchmarks import benchmark_table
from .site_context import ReportContext
from .site_load_curve import load_curve_section
from .site_photos import photos_annex
from .site_plan import action_plan, conclusions, verification
from .site_summary import CATEGORY_TITLES, cover, executive_summary
from .site_tariff import load_check, tariff_in_money
from .wording import Progress, Translate


def write_site_report(
    workspace: Workspace,
    site_id: int,
    language: Language,
    translate: Translate,
    target: Path,
    charts: Mapping[str, bytes] | None = None,
    template: Path | None = None,
    progress: Progress | None = None,
    report_date: dt.date | None = None,
    version: str = "1",
    publishing: Publishing | None = None,
    photos: Sequence[tuple[model.SitePhoto, bytes]] | None = None,
    aid: AidCatalogue | None = None,
) -> Path:
    """The report in ``target``: Word (.docx) or PDF (.pdf), see :mod:`.publish`. ``photos``: the photos chosen
    for the annex, made ready for print by the caller (upright, at most print width); None: as stored. ``aid``:
    the financial aid programmes of the site's country (the user's list); None: the shipped list."""
    from workbench.analysis.programme import load_accounts

    site = workspace.get(model.Site, site_id)
    aid = financial_aid_for(site.country) if aid is None else aid  # a damaged list stops here, nothing written
    context = ReportContext(
        language,
        translate,
        workspace=workspace,
        site=site,
        account=load_accounts(workspace, {site_id})[site_id],
        charts=charts or {},
        report_date=report_date or dt.date.today(),
        version=version,
        photos=list(workspace.report_photos(site_id) if photos is None else photos),
    )
    doc = context.new_document(template or report_template("site-report"))
    sections = (
        cover,
        executive_summary,
        _new_page,  # the summary is the page a manager reads: alone on its page
        _scope,
        _invoices,
        load_check,
        load_curve_section,
        _balance,
        _indicators,
        _measures,
        action_plan,
        lambda doc, c, balance, figures: financial_aid_section(doc, c, aid),
        verification,
        _observations,
        conclusions,
        _annexes,
    )
    balance, figures = site_measures(context.account, workspace.equipment(site_id), workspace.measures(site_id))
    context.tariffs = analyse_site(context.account)
    context.findings = site_findings(context.account, balance, figures, context.tariffs)
    for i, section in enumerate(sections):
        section(doc, context, balance, figures)
        if progress:
            progress(i + 1, len(sections))
    title = context.t(QT_TRANSLATE_NOOP("Report", "Energy quick scan"))
    programme = workspace.programme()
    doc.properties(
        f"{title} — {site.name}", site.name, site.auditor or programme.organiser, programme.organiser, language
    )
    doc.running_header(f"{title} — {site.name}")
    return publish(doc, target, private_mode(workspace.path), publishing)


# --- sections -------------------------------------------------------------------------------------


def _new_page(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    doc.page_break()


def _measures_table(
    doc: ReportDocument,
    c: ReportContext,
    ranked: Sequence[MeasureFigures],
    renewable: bool = False,
    title: str | None = None,
) -> None:
    """Savings, or renewable production (which also says what it produces and how much of it is used on site:
    only that part avoids purchases), with the lifetime and net present value of each."""
    fmt = c.fmt
    money = c.t(
        QT_TRANSLATE_NOOP("Report", "Purchases avoided per year ({currency})")
        if renewable
        else QT_TRANSLATE_NOOP("Report", "Saved per year ({currency})")
    ).format(currency=c.site.currency)
    energy = (
        [
            c.t(QT_TRANSLATE_NOOP("Report", "kWh produced per year")),
            c.t(QT_TRANSLATE_NOOP("Report", "kWh used on site per year")),
        ]
        if renewable
        else [c.t(QT_TRANSLATE_NOOP("Report", "kWh saved per year"))]
    )
    header = [
        c.t(QT_TRANSLATE_NOOP("Report", "Measure")),
        *energy,
        money,
        c.t(QT_TRANSLATE_NOOP("Report", "Investment ({currency})")).format(currency=c.site.currency),
        c.t(QT_TRANSLATE_NOOP("Report", "Payback (years)")),
        c.t(QT_TRANSLATE_NOOP("Report", "Lifetime (years)")),
        c.t(QT_TRANSLATE_NOOP("Report", "NPV ({currency})")).format(currency=c.site.currency),
        c.t(QT_TRANSLATE_NOOP("Report", "t CO2 avoided")),
    ]
    rows = [
        [
            c.text(f.measure.title),
            *([fmt.number(f.production_kwh)] if renewable else []),
            fmt.number(f.total_kwh),
            fmt.number(f.cost_savings),
            fmt.number(f.measure.investment),
            payback_text(f, lambda v: fmt.number(v, 1), c.translate),
            fmt.number(f.measure.lifetime_years),
            fmt.number(f.npv),
            fmt.number(f.co2_t, 1),
        ]
        for f in ranked
    ]
    if title is None:
        title = c.t(
            QT_TRANSLATE_NOOP("Report", "Renewable production by payback")
            if renewable
            else QT_TRANSLATE_NOOP("Report", "Measures by payback")
        )
    doc.table(title, header, rows, [False] + [True] * (len(header) - 1))


def _scope(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    fmt = c.fmt
    programme = c.workspace.programme()
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Context, objectives and method")))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "This quick scan is part of the programme {programme}, run by {organiser}. Its objectives: to give "
                "the company a picture of its energy use and costs from its own invoices, to find where the energy "
                "goes, and to propose measures with their savings, cost and payback, in an order of priority.",
            )
        ).format(programme=programme.name, organiser=programme.organiser or "—")
    )
    if c.site.audit_date is not None:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Method: {auditor} visited the site on {date}{met}; the invoices of the period were collected "
                    "and checked, the equipment inventoried (nameplates, readings, operating hours) and set against "
                    "the invoices, and each measure sized on the inventory and priced with the site's tariff.",
                )
            ).format(
                auditor=c.site.auditor or "—",
                date=fmt.long_date(c.site.audit_date),
                met=c.t(QT_TRANSLATE_NOOP("Report", " and met {contact}")).format(contact=c.site.contact)
                if c.site.contact
                else "",
            )
        )
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "The site")), 2)
    if not c.site.activity.is_empty:
        doc.paragraph(c.text(c.site.activity))
    schedule = c.site.schedule
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "The site works {shifts} shifts of {hours} h, {days} days a week, {weeks} weeks a year: {total} hours.",
            )
        ).format(
            shifts=schedule.shifts_per_day,
            hours=fmt.value(schedule.hours_per_shift),
            days=fmt.value(schedule.days_per_week),
            weeks=fmt.value(schedule.weeks_per_year),
            total=fmt.number(schedule.annual_hours),
        )
    )
    counts = {"measured": 0, "estimated": 0}
    for item in c.workspace.equipment(model.stored_id(c.site)):
        for provenance in item.provenance.values():
            counts["measured" if provenance.is_measured or provenance is Provenance.NAMEPLATE else "estimated"] += 1
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Measured and estimated figures: the consumption comes from {bills} invoices; of the "
                "inventory's figures, {measured} were read or measured on site and {estimated} "
                "were estimated or taken from defaults.",
            )
        ).format(bills=c.account.bill_count, measured=counts["measured"], estimated=counts["estimated"])
    )
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "This quick scan is a one-day walk-through survey: it is not an energy audit in the "
                "sense of EN 16247, which leaves such surveys out of its scope.",
            )
        ),
        style="Quote",
    )
    if c.names_language is not None and c.names_language is not c.language:
        names = {
            Language.FR: QT_TRANSLATE_NOOP(
                "Report",
                "Names of supplies, equipment and people in charge are given as they were recorded on site, in "
                "French; in the tables they are set in italics.",
            ),
            Language.EN: QT_TRANSLATE_NOOP(
                "Report",
                "Names of supplies, equipment and people in charge are given as they were recorded on site, in "
                "English; in the tables they are set in italics.",
            ),
        }
        doc.paragraph(c.t(names[c.names_language]))


def _invoices(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    fmt = c.fmt
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Invoice analysis")))
    window = balance.window
    period_warnings = c.account.warnings_in(window)  # on the period's bills, as the tables below
    for account in c.account.supplies:
        supply = account.supply
        # "Fioul lourd — Fioul lourd" says nothing twice: the supply's own name only when it adds to the carrier
        carrier = c.label(supply.carrier)
        name = supply.display_name
        doc.heading(
            carrier
            if name.casefold() in (carrier.casefold(), supply.carrier.label.casefold())
            else f"{carrier} — {name}",
            2,
        )
        by_month = {m.month: m for m in account.calendar.months}
        if window:
            wanted = [
                add_months(window[0], k)
                for k in range((window[1].year - window[0].year) * 12 + window[1].month - window[0].month + 1)
            ]
        else:
            wanted = sorted(by_month)
        months = [by_month[k] for k in wanted if k in by_month]
        if not months:
            doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "No invoice covers the period.")))
            continue
        kwh = sum(m.values[0] for m in months)
        cost = sum(m.values[2] for m in months)
        priced = sum(m.values[3] for m in months)
        missing = c.t(QT_TRANSLATE_NOOP("Report", "no bill"))

        doc.table(
            c.t(QT_TRANSLATE_NOOP("Report", "Monthly consumption and cost: {supply}")).format(
                supply=c.label(supply.carrier)
            ),
            [
                c.t(QT_TRANSLATE_NOOP("Report", "Month")),
                c.t(QT_TRANSLATE_NOOP("Report", "Final energy (kWh)")),
                c.t(QT_TRANSLATE_NOOP("Report", "Cost excl. VAT ({currency})")).format(currency=c.site.currency),
                c.t(QT_TRANSLATE_NOOP("Report", "Price ({currency}/kWh)")).format(currency=c.site.currency),
            ],
            [_month_row(month, by_month, fmt, missing) for month in wanted]
            + [
                [
                    c.t(QT_TRANSLATE_NOOP("Report", "Total")),
                    fmt.number(kwh),
                    fmt.number(cost),
                    fmt.number(cost / priced, 3) if priced else "—",
                ]
            ],
            [False, True, True, True],
        )
        if any(m.days_covered < m.days_in_month - 1 for m in months):
            doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "* Month billed only in part.")))
        if supply.carrier is Carrier.ELECTRICITY:
            _electricity(doc, c, account, window)
            for result in c.tariffs:
                if result.supply.id == supply.id:
                    tariff_in_money(doc, c, result)
        for warning in period_warnings:
            if warning.supply_id == supply.id:
                doc.bullet(c.render(warning.message))
    for name, caption in (
        ("energy", QT_TRANSLATE_NOOP("Report", "Monthly final energy by carrier")),
        ("tou", QT_TRANSLATE_NOOP("Report", "Electricity by time of use")),
        ("power", QT_TRANSLATE_NOOP("Report", "Reached and subscribed power")),
        ("cos_phi", QT_TRANSLATE_NOOP("Report", "Monthly cos φ against the tariff threshold")),
    ):
        if name in c.charts:
            doc.figure(c.charts[name], c.t(caption))


def _month_row(month: dt.date, by_month: Mapping[dt.date, MonthSlice], fmt: Formatter, missing: str) -> list[str]:
    """One month of a supply's table: a month without a bill is shown as such, never skipped (a gap is a
    finding), a month billed in part is starred, and a month whose cost is unknown shows none."""
    m = by_month.get(month)
    if m is None or m.days_covered == 0:
        return [month.strftime("%m/%Y"), missing, missing, "—"]
    part = m.days_covered < m.days_in_month - 1
    return [
        month.strftime("%m/%Y") + (" *" if part else ""),
        fmt.number(m.values[0]),
        fmt.number(m.values[2]) if m.values[3] else "—",
        fmt.number(m.values[2] / m.values[3], 3) if m.values[3] else "—",
    ]


def _electricity(
    doc: ReportDocument, c: ReportContext, account: SupplyAccount, window: tuple[dt.date, dt.date] | None
) -> None:
    fmt = c.fmt
    months = [m for m in electricity_months(account.bills) if not window or window[0] <= m.month <= window[1]]
    total = sum(m.peak + m.standard + m.offpeak for m in months)
    if total:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP("Report", "Time-of-use split: peak {peak}, standard {standard}, off-peak {offpeak}.")
            ).format(
                peak=fmt.percent(sum(m.peak for m in months) / total),
                standard=fmt.percent(sum(m.standard for m in months) / total),
                offpeak=fmt.percent(sum(m.offpeak for m in months) / total),
            )
        )
    reached = [m.max_power for m in months if m.max_power is not None]
    if reached and account.supply.subscribed_power_kva:
        over = sum(1 for r in reached if r > account.supply.subscribed_power_kva)
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Subscribed power {subscribed}; highest reached power {highest}, above the "
                    "subscribed power in {over} months out of {months}.",
                )
            ).format(
                subscribed=fmt.quantity(account.supply.subscribed_power_kva, "kVA"),
                highest=fmt.quantity(max(reached), "kVA"),
                over=over,
                months=len(reached),
            )
        )
    values = [m.cos_phi for m in months if m.cos_phi is not None]
    if values:
        doc.paragraph(
            c.t(QT_TRANSLATE_NOOP("Report", "Monthly cos φ between {low} and {high}.")).format(
                low=fmt.number(min(values), 2), high=fmt.number(max(values), 2)
            )
        )


def _balance(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    fmt = c.fmt
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Energy balance and end uses")))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "The inventory drawn up during the visit is set against the invoices "
                "of the same twelve months; what it does not explain is shown as "
                "such, not spread over the end uses.",
            )
        )
    )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Billed and estimated consumption")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Energy")),
            c.t(QT_TRANSLATE_NOOP("Report", "Billed (kWh)")),
            c.t(QT_TRANSLATE_NOOP("Report", "Estimated (kWh)")),
            c.t(QT_TRANSLATE_NOOP("Report", "Unexplained (kWh)")),
            c.t(QT_TRANSLATE_NOOP("Report", "Explained")),
        ],
        [
            [
                c.label(b.carrier),
                fmt.number(b.billed_kwh),
                fmt.number(b.estimated_kwh),
                fmt.number(b.unexplained_kwh),
                fmt.percent(b.coverage),
            ]
            for b in balance.carriers
        ],
        [False, True, True, True, True],
    )
    rows = []
    for b in balance.carriers:
        for use, kwh in sorted(b.by_end_use.items(), key=lambda i: -i[1]):
            rows.append(
                [
                    c.label(b.carrier),
                    c.label(use),
                    fmt.number(kwh),
                    c.share(kwh / b.billed_kwh if b.billed_kwh else None),
                ]
            )
        if b.billed_kwh and b.by_end_use:  # what the inventory leaves unexplained is a line of its own
            rows.append(
                [
                    c.label(b.carrier),
                    c.t(QT_TRANSLATE_NOOP("Report", "Unexplained by the inventory")),
                    fmt.number(b.unexplained_kwh),
                    c.share(b.unexplained_kwh / b.billed_kwh),
                ]
            )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "End uses")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Energy")),
            c.t(QT_TRANSLATE_NOOP("Report", "End use")),
            c.t(QT_TRANSLATE_NOOP("Report", "Estimated (kWh)")),
            c.t(QT_TRANSLATE_NOOP("Report", "Share of the carrier billed")),
        ],
        rows,
        [False, False, True, True],
    )
    for name, caption in (
        ("donut", QT_TRANSLATE_NOOP("Report", "Final energy by end use")),
        ("sankey", QT_TRANSLATE_NOOP("Report", "From the invoices to the end uses")),
    ):
        if name in c.charts:
            doc.figure(c.charts[name], c.t(caption))
    for warning in balance.warnings:
        doc.bullet(c.render(warning))


def _indicators(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    fmt = c.fmt
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Indicators")))
    window = balance.window
    if not window:
        return
    totals = c.account.totals(*window)
    rows = [
        [c.t(QT_TRANSLATE_NOOP("Report", "Final energy")), fmt.quantity(totals.kwh, "kWh")],
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Tonnes of oil equivalent")),
            fmt.quantity(totals.toe, c.translate("Units", "toe"), 1),
        ],
        [c.t(QT_TRANSLATE_NOOP("Report", "Emissions")), fmt.quantity(totals.co2_kg / 1000, "t CO2", 1)],
    ]
    if c.site.production_volume:
        rows.append(
            [
                c.t(QT_TRANSLATE_NOOP("Report", "Energy per unit produced")),
                fmt.quantity(totals.kwh / c.site.production_volume, f"kWh/{c.site.production_unit}", 1),
            ]
        )
    if c.site.floor_area_m2:
        rows.append(
            [
                c.t(QT_TRANSLATE_NOOP("Report", "Energy per m²")),
                fmt.quantity(totals.kwh / c.site.floor_area_m2, "kWh/m²", 0),
            ]
        )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Energy indicators")),
        [c.t(QT_TRANSLATE_NOOP("Report", "Indicator")), c.t(QT_TRANSLATE_NOOP("Report", "Value"))],
        rows,
        [False, True],
    )
    benchmark_table(doc, c, balance)


def _measures(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    fmt = c.fmt
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Measures")))
    ranked = by_payback(savings_only(figures))
    renewables = by_payback(renewables_only(figures))
    if not ranked and not renewables:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "No measure is proposed yet.")))
        return
    for category in MeasureCategory:  # no-cost, low-cost, capital: what can be done at once comes first
        group = [f for f in ranked if f.measure.category is category]
        if group:
            _measures_table(doc, c, group, title=c.t(CATEGORY_TITLES[category]))
    if renewables:
        _measures_table(doc, c, renewables, renewable=True)
    rate = next((f.discount_rate for f in ranked + renewables if f.discount_rate is not None), None)
    if rate is not None:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "NPV: the savings over the measure's lifetime, discounted at {rate} a year (real), less the "
                    "investment; a measure without a lifetime has none. Savings on one end use are chained, each on "
                    "what the measures before it leave, so they add up.",
                )
            ).format(rate=fmt.percent(rate, 1))
        )
    ranked = ranked + renewables
    if "payback" in c.charts:
        doc.figure(c.charts["payback"], c.t(QT_TRANSLATE_NOOP("Report", "Measures by payback (years)")))
    for f in ranked:
        doc.heading(c.text(f.measure.title), 2)
        if not f.measure.description.is_empty:
            doc.paragraph(c.text(f.measure.description))
        if f.measure.tariff_lever is not None and f.cost_computed:
            doc.paragraph(
                c.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Its yearly saving is worked out from the site's electricity bills rebuilt with the tariff, "
                        "not from a price per kWh.",
                    )
                )
            )
        sentence = (
            QT_TRANSLATE_NOOP(
                "Report", "Saves {kwh} and {cost} a year with no investment: the payback is immediate; {co2} avoided."
            )
            if f.immediate
            else QT_TRANSLATE_NOOP(
                "Report",
                "Saves {kwh} and {cost} a year for an investment of {investment}: simple payback {payback}; {co2} "
                "avoided.",
            )
        )
        # a tariff measure saves on the bill, not on an end use: no "End use: Other" for a capacitor bank
        end_use = (
            ""
            if f.measure.tariff_lever is not None
            else c.t(QT_TRANSLATE_NOOP("Report", "End use: {end_use}.")).format(end_use=c.label(f.measure.end_use))
            + " "
        )
        doc.paragraph(
            end_use
            + c.t(sentence).format(
                kwh=_kwh_and_invoice_units(c, f),
                cost=fmt.money(f.cost_savings, c.site.currency),
                investment=fmt.money(f.measure.investment, c.site.currency),
                payback=c.years(f.payback_years),
                co2=fmt.quantity(f.co2_t, "t CO2", 1),
            )
        )
        if f.split is not None and f.electricity_price is not None and f.price_basis is not None:
            doc.paragraph(
                c.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Its electricity is priced at {price}, in {basis}: {peak} peak, {standard} standard and "
                        "{offpeak} off-peak hours.",
                    )
                ).format(
                    price=fmt.quantity(f.electricity_price, f"{c.site.currency}/kWh", 3),
                    basis=c.translate("PriceBasis", PRICE_BASIS_LABELS[f.price_basis]),
                    peak=fmt.percent(f.split.peak),
                    standard=fmt.percent(f.split.standard),
                    offpeak=fmt.percent(f.split.offpeak),
                )
            )


def _hours_assumption(doc: ReportDocument, c: ReportContext, balance: SiteBalance) -> None:
    """How a saving on an inventoried end use is priced in its running hours, with the tariff's windows."""
    hours = end_use_hours(c.account, c.workspace.equipment(model.stored_id(c.site)), balance)
    if hours is None:
        return
    tariff = hours.tariff_hours
    h = c.fmt.hour
    start = (
        QT_TRANSLATE_NOOP("Report", "{start}, assumed: the site's schedule does not say when the first shift starts")
        if hours.assumed_start
        else QT_TRANSLATE_NOOP("Report", "{start}, from the site's schedule")
    )
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "A saving on an end use of the inventory is priced in the hours its equipment runs: the hours a day "
                "of each item, from the start of the working day ({start}), laid on the tariff's hours. Winter (1 "
                "October – 31 March): standard {w_standard}–{w_peak}, peak {w_peak}–{w_end}, off-peak {w_end}–"
                "{w_standard}; summer (1 April – 30 September): standard {s_standard}–{s_peak}, peak {s_peak}–"
                "{s_end}, off-peak {s_end}–{s_standard}. An item said not to run in peak hours is laid around them. "
                "Each measure states its price.",
            )
        ).format(
            start=c.t(start).format(start=h(hours.day_start)),
            w_standard=h(tariff.winter.standard_start),
            w_peak=h(tariff.winter.peak_start),
            w_end=h(tariff.winter.peak_end),
            s_standard=h(tariff.summer.standard_start),
            s_peak=h(tariff.summer.peak_start),
            s_end=h(tariff.summer.peak_end),
        )
    )


def _kwh_and_invoice_units(c: ReportContext, figures: MeasureFigures) -> str:
    """``49 140 kWh (4 423 kg)``: the fuel a client will stop buying, in the unit of their invoices."""
    natives = [
        c.t(QT_TRANSLATE_NOOP("Report", "{quantity} of {carrier}")).format(
            quantity=c.fmt.quantity(q, unit), carrier=_in_sentence(c.label(carrier))
        )
        for carrier, q, unit in native_savings(c.account, figures)
        if unit != "kWh"
    ]
    text = c.fmt.quantity(figures.total_kwh, "kWh")
    return f"{text} ({', '.join(natives)})" if natives else text


def _in_sentence(label: str) -> str:
    """ "Fioul lourd" → "fioul lourd" inside a sentence; "GPL" and "LPG" stay as they are."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _observations(
    doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]
) -> None:
    if c.site.observations.is_empty:
        return
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Observations")))
    doc.paragraph(c.text(c.site.observations))


def _factor_table(doc: ReportDocument, c: ReportContext, factors: Iterable[Factor]) -> None:
    """The factors behind the report's figures, by name in the report's language with their status in words:
    with it a reader redoes the totals, the t CO2 avoided of each measure and the price of a saved kWh."""
    # by key: the families (CO2, heating values…) stay together
    c.factor_table(doc, [(f.name_in(c.language), f) for f in sorted(factors, key=lambda f: f.key)])
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "t CO2 avoided by a measure = kWh saved per year × CO2 avoided per kWh saved of the carrier "
                "(table above) ÷ 1,000; the site's emissions use the average emission factors instead.",
            )
        )
    )


def _invoice_annex(doc: ReportDocument, c: ReportContext) -> None:
    """Every invoice (and bulk delivery) the figures rest on, so a reader can trace any month to its bill."""
    fmt = c.fmt
    for account in c.account.supplies:
        supply = account.supply
        unit = supply.invoice_unit.value
        currency = account.bills[0].currency if account.bills else c.site.currency
        if account.bills:
            doc.table(
                c.t(QT_TRANSLATE_NOOP("Report", "Invoices: {supply}")).format(
                    supply=supply.name or c.label(supply.carrier)
                ),
                [
                    c.t(QT_TRANSLATE_NOOP("Report", "Invoice")),
                    c.t(QT_TRANSLATE_NOOP("Report", "From")),
                    c.t(QT_TRANSLATE_NOOP("Report", "To")),
                    c.t(QT_TRANSLATE_NOOP("Report", "Quantity ({unit})")).format(unit=unit),
                    c.t(QT_TRANSLATE_NOOP("Report", "Cost excl. VAT ({currency})")).format(currency=currency),
                ],
                [
                    [
                        b.invoice_number or "—",
                        fmt.date(b.period_start),
                        fmt.date(b.period_end),
                        fmt.number(b.quantity),
                        fmt.number(b.cost_excl_vat),
                    ]
                    for b in account.bills
                ],
                [False, False, False, True, True],
            )
        mine = c.workspace.deliveries(model.stored_id(supply))
        if mine:
            doc.table(
                c.t(QT_TRANSLATE_NOOP("Report", "Deliveries: {supply}")).format(
                    supply=supply.name or c.label(supply.carrier)
                ),
                [
                    c.t(QT_TRANSLATE_NOOP("Report", "Delivery note")),
                    c.t(QT_TRANSLATE_NOOP("Report", "Date")),
                    c.t(QT_TRANSLATE_NOOP("Report", "Quantity ({unit})")).format(unit=unit),
                    c.t(QT_TRANSLATE_NOOP("Report", "Cost excl. VAT ({currency})")).format(currency=mine[0].currency),
                ],
                [
                    [
                        d.delivery_note or "—",
                        fmt.date(d.delivery_date),
                        fmt.number(d.quantity),
                        fmt.number(d.cost_excl_vat),
                    ]
                    for d in mine
                ],
                [False, False, True, True],
            )


def _provenance_text(c: ReportContext, item: model.Equipment, defaults: tuple[str, ...]) -> str:
    """``Nameplate: rated power; default value: load factor, hours per year``: how each figure of an inventory
    line was obtained, so that a reader knows which to firm up."""
    groups: dict[Provenance, list[str]] = {}
    for name, provenance in item.provenance.items():
        groups.setdefault(provenance, []).append(name)
    for name in defaults:
        if name not in item.provenance:
            groups.setdefault(Provenance.DEFAULT, []).append(name)
    parts = []
    for provenance, names in groups.items():
        fields = ", ".join(c.render(field_label(model.Equipment, n)).lower() for n in names)
        parts.append(f"{c.label(provenance)}{c.colon()}{fields}")
    return c.semicolons(parts) or "—"


def _annexes(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    fmt = c.fmt
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Annexes")))
    _factor_table(doc, c, factors_behind(c.account, balance.window, figures))
    _invoice_annex(doc, c)
    items = c.workspace.equipment(model.stored_id(c.site))
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Equipment inventory")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Equipment")),
            c.t(QT_TRANSLATE_NOOP("Report", "End use")),
            c.t(QT_TRANSLATE_NOOP("Report", "Rated power (kW)")),
            c.t(QT_TRANSLATE_NOOP("Report", "Quantity")),
            c.t(QT_TRANSLATE_NOOP("Report", "Estimated (kWh)")),
            c.t(QT_TRANSLATE_NOOP("Report", "Where the figures come from")),
        ],
        [
            [
                c.typed(i.name),
                c.label(i.end_use),
                fmt.value(i.rated_power) if i.rated_power else "—",
                str(i.quantity),
                fmt.number(balance.estimates[model.stored_id(i)].kwh),
                _provenance_text(c, i, balance.estimates[model.stored_id(i)].defaults),
            ]
            for i in items
        ],
        [False, False, True, True, True, False],
    )
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Assumptions: kWh are final energy on the net heating value basis; "
                "costs exclude VAT; fuel savings are priced at the fuel's average cost "
                "per kWh over the same twelve months.",
            )
        )
    )
    marginal = electricity_marginal_price(c.account, balance.window)
    if marginal is not None:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Electricity savings are priced at the tariff's energy prices in the time-of-use split of the "
                    "site's bills ({peak} peak, {standard} standard, {offpeak} off-peak hours): {price}. The "
                    "fixed premium, overrun charges, the cos φ surcharge and metering do not fall with a saved kWh "
                    "and are left out; measures on them are priced by their own formula.",
                )
            ).format(
                peak=c.fmt.percent(marginal.peak_share),
                standard=c.fmt.percent(marginal.standard_share),
                offpeak=c.fmt.percent(marginal.offpeak_share),
                price=c.fmt.quantity(marginal.price, f"{c.site.currency}/kWh", 3),
            )
        )
    else:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Electricity savings are priced at the site's average cost per kWh, the bills giving no "
                    "time-of-use split to price them by period.",
                )
            )
        )
    if any(f.price_basis is PriceBasis.END_USE_HOURS for f in figures):
        _hours_assumption(doc, c, balance)
    glossary(doc, c, c.site.country)
    photos_annex(doc, c, c.photos)
