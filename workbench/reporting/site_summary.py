"""The front of a site report: the cover and the executive summary a manager reads on one page.

The summary is written from the same figures as the rest of the report: the period's totals by carrier, the
findings (:mod:`workbench.analysis.findings`: tariff money first, then the shape of the energy, then what the
data lacks), the savings potential by category and the measures with the shortest paybacks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from workbench.analysis.accounts import Totals
from workbench.analysis.balance import SiteBalance
from workbench.analysis.findings import FindingKind, potential
from workbench.analysis.prices import average_prices
from workbench.domain import model
from workbench.domain.calendar import month_end
from workbench.domain.economics import MeasureFigures, by_payback, payback_text, renewables_only, savings_only
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import MeasureCategory

from .docx_writer import ReportDocument
from .site_context import ReportContext

TOP_MEASURES = 5
KEY_FINDINGS = 6
CATEGORY_TITLES = {
    MeasureCategory.NO_COST: QT_TRANSLATE_NOOP("Report", "No-cost measures"),
    MeasureCategory.LOW_COST: QT_TRANSLATE_NOOP("Report", "Low-cost measures"),
    MeasureCategory.INVESTMENT: QT_TRANSLATE_NOOP("Report", "Capital measures"),
}


def cover(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    programme = c.workspace.programme()
    cluster = c.workspace.get(model.Cluster, c.site.cluster_id)
    c.front_pages(
        doc,
        QT_TRANSLATE_NOOP("Report", "Energy quick scan"),
        c.site.name,
        [
            (QT_TRANSLATE_NOOP("Report", "Company"), c.site.company),
            (QT_TRANSLATE_NOOP("Report", "Address"), ", ".join(p for p in (c.site.address, c.site.city) if p)),
            (QT_TRANSLATE_NOOP("Report", "Client contact"), c.site.contact),
            (QT_TRANSLATE_NOOP("Report", "Programme"), programme.name),
            (QT_TRANSLATE_NOOP("Report", "Organiser"), programme.organiser),
            (QT_TRANSLATE_NOOP("Report", "Partners"), programme.partners),
            (QT_TRANSLATE_NOOP("Report", "Cluster"), cluster.name),
            (QT_TRANSLATE_NOOP("Report", "Site visit"), c.fmt.long_date(c.site.audit_date)),
            (QT_TRANSLATE_NOOP("Report", "Auditor"), c.site.auditor),
            (QT_TRANSLATE_NOOP("Report", "Report date"), c.fmt.long_date(c.report_date)),
            (QT_TRANSLATE_NOOP("Report", "Version"), c.version),
        ],
        intro=c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Confidential: this report is written for {company} and the programme's organisers. It may not be "
                "passed on to third parties without their agreement.",
            )
        ).format(company=c.site.company or c.site.name),
    )


def executive_summary(
    doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]
) -> None:
    fmt = c.fmt
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Executive summary")))
    window = balance.window
    totals = c.account.totals(*window) if window else None
    if totals is None or window is None:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "No invoice covers a period yet: there is nothing to sum up.")))
        return
    # What the figures cover is said with them: a month without a bill never passes for a billed one.
    sentence = (
        QT_TRANSLATE_NOOP(
            "Report",
            "Over the twelve months from {first} to {last}, the site used {kwh} of final energy for {cost} "
            "excluding VAT, {toe} and {co2}.",
        )
        if totals.fully_covered
        else QT_TRANSLATE_NOOP(
            "Report",
            "Over the twelve months from {first} to {last} (the bills of at least one carrier cover only "
            "{covered} of them), the site used {kwh} of final energy for {cost} excluding VAT, {toe} and "
            "{co2}; the months not billed are not in these figures.",
        )
    )
    doc.paragraph(
        c.t(sentence).format(
            first=fmt.long_date(window[0]),
            last=fmt.long_date(month_end(window[1])),
            covered=totals.months_covered or 0,
            kwh=fmt.quantity(totals.kwh, "kWh"),
            cost=fmt.money(totals.cost, c.site.currency),
            toe=fmt.quantity(totals.toe, c.translate("Units", "toe"), 1),
            co2=fmt.quantity(totals.co2_kg / 1000, "t CO2", 1),
        )
    )
    _mix_table(doc, c, window, totals)
    findings = [f for f in c.findings if f.kind not in (FindingKind.DATA, FindingKind.POTENTIAL)]
    if findings:
        doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Key findings")), 2)
        for finding in findings[:KEY_FINDINGS]:
            doc.bullet(c.render(finding.text))
    _potential(doc, c, totals, figures)
    caveats = [f for f in c.findings if f.kind is FindingKind.DATA]
    if caveats or not totals.cost_complete:
        doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "What the figures rest on")), 2)
        for finding in caveats:
            doc.bullet(c.render(finding.text))
        if not totals.cost_complete:
            doc.bullet(
                c.t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "The cost of {share} of this energy is not known (bills without an amount): the cost and "
                        "the average price cover the rest only.",
                    )
                ).format(share=fmt.percent(1 - totals.priced_kwh / totals.kwh if totals.kwh else 0.0))
            )


def _mix_table(doc: ReportDocument, c: ReportContext, window: tuple[dt.date, dt.date], totals: Totals) -> None:
    fmt = c.fmt
    prices = average_prices(c.account, window)
    if not prices:
        return
    currency = c.site.currency
    rows = [
        [
            c.label(p.carrier),
            fmt.number(p.kwh),
            c.share(p.kwh / totals.kwh if totals.kwh else None),
            fmt.number(p.cost_excl_vat),
            c.share(p.cost_excl_vat / totals.cost if totals.cost else None),
            fmt.number(p.excl_vat_per_kwh, 3),
            fmt.number(p.incl_vat_per_kwh, 3),
        ]
        for p in prices
    ]
    rows.append(
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Total")),
            fmt.number(totals.kwh),
            c.share(1.0),
            fmt.number(totals.cost),
            c.share(1.0),
            fmt.number(totals.cost_per_kwh, 3),
            "",
        ]
    )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Energy and cost by carrier")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Energy")),
            c.t(QT_TRANSLATE_NOOP("Report", "Final energy (kWh)")),
            c.t(QT_TRANSLATE_NOOP("Report", "Share")),
            c.t(QT_TRANSLATE_NOOP("Report", "Cost excl. VAT ({currency})")).format(currency=currency),
            c.t(QT_TRANSLATE_NOOP("Report", "Share")),
            c.t(QT_TRANSLATE_NOOP("Report", "Price excl. VAT ({currency}/kWh)")).format(currency=currency),
            c.t(QT_TRANSLATE_NOOP("Report", "Price incl. VAT ({currency}/kWh)")).format(currency=currency),
        ],
        rows,
        [False, True, True, True, True, True, True],
    )


def _potential(doc: ReportDocument, c: ReportContext, totals: Totals, figures: Sequence[MeasureFigures]) -> None:
    fmt = c.fmt
    currency = c.site.currency
    savings = savings_only(figures)
    renewables = renewables_only(figures)
    if not savings and not renewables:
        return
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Savings potential")), 2)
    p = potential(totals, figures)
    if savings:
        sentence = (
            QT_TRANSLATE_NOOP(
                "Report",
                "The measure proposed would save {kwh} a year ({share} of the final energy) and {cost} "
                "({bill} of the bill excl. VAT) for an investment of {investment}, and avoid {co2} a year.",
            )
            if len(savings) == 1
            else QT_TRANSLATE_NOOP(
                "Report",
                "The measures proposed would save {kwh} a year ({share} of the final energy) and {cost} "
                "({bill} of the bill excl. VAT) for an investment of {investment}, and avoid {co2} a year.",
            )
        )
        doc.paragraph(
            c.t(sentence).format(
                kwh=fmt.quantity(p.kwh, "kWh"),
                share=c.share(p.kwh_share),
                cost=fmt.money(p.cost, currency),
                bill=c.share(p.cost_share),
                investment=fmt.money(p.investment, currency),
                co2=fmt.quantity(p.co2_t, "t CO2", 1),
            )
        )
        doc.table(
            c.t(QT_TRANSLATE_NOOP("Report", "Savings potential by kind of measure")),
            [
                c.t(QT_TRANSLATE_NOOP("Report", "Kind of measure")),
                c.t(QT_TRANSLATE_NOOP("Report", "Measures")),
                c.t(QT_TRANSLATE_NOOP("Report", "kWh saved per year")),
                c.t(QT_TRANSLATE_NOOP("Report", "Saved per year ({currency})")).format(currency=currency),
            ],
            [
                [c.t(CATEGORY_TITLES[category]), str(n), fmt.number(kwh), fmt.number(cost)]
                for category in MeasureCategory
                if (group := p.by_category.get(category)) is not None
                for n, kwh, cost in [group]
            ],
            [False, True, True, True],
        )
        top = by_payback(savings)[:TOP_MEASURES]
        doc.table(
            c.t(
                QT_TRANSLATE_NOOP("Report", "The measures with the shortest paybacks")
                if len(savings) > len(top)
                else QT_TRANSLATE_NOOP("Report", "The measures by payback")
            ),
            [
                c.t(QT_TRANSLATE_NOOP("Report", "Measure")),
                c.t(QT_TRANSLATE_NOOP("Report", "Saved per year ({currency})")).format(currency=currency),
                c.t(QT_TRANSLATE_NOOP("Report", "Investment ({currency})")).format(currency=currency),
                c.t(QT_TRANSLATE_NOOP("Report", "Payback (years)")),
            ],
            [
                [
                    c.text(f.measure.title),
                    fmt.number(f.cost_savings),
                    fmt.number(f.measure.investment),
                    payback_text(f, lambda v: fmt.number(v, 1), c.translate),
                ]
                for f in top
            ],
            [False, True, True, True],
        )
    if renewables:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Renewable production, counted apart from the savings, would cover {kwh} of purchased energy a "
                    "year, worth {cost}, for an investment of {invested}.",
                )
            ).format(
                kwh=fmt.quantity(sum(f.total_kwh for f in renewables), "kWh"),
                cost=fmt.money(sum(f.cost_savings for f in renewables), currency),
                invested=fmt.money(sum(f.measure.investment or 0 for f in renewables), currency),
            )
        )
