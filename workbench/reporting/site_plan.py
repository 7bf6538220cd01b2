"""After the measures: the action plan (priority, horizon, owner), how the savings will be verified, and the
conclusions written from the site's findings."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.analysis.balance import SiteBalance
from workbench.analysis.findings import FindingKind
from workbench.domain.economics import MeasureFigures, by_payback, horizon_of, savings_only
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import Horizon, TariffLever

from .docx_writer import ReportDocument
from .site_context import ReportContext

TARIFF_KINDS = {
    FindingKind.COS_PHI,
    FindingKind.OVERRUN,
    FindingKind.SUBSCRIBED_POWER,
    FindingKind.PEAK_HOURS,
    FindingKind.INVOICE_CHECK,
}
HORIZON_ORDER = {Horizon.IMMEDIATE: 0, Horizon.SHORT: 1, Horizon.MEDIUM: 2}


def action_plan(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    """The measures in the order to do them: by horizon, then by payback within it (renewables last)."""
    if not figures:
        return
    fmt = c.fmt
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Action plan")))
    ordered = sorted(by_payback(figures), key=lambda f: (f.renewable, HORIZON_ORDER[horizon_of(f.measure)]))
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Action plan")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Priority")),
            c.t(QT_TRANSLATE_NOOP("Report", "Measure")),
            c.t(QT_TRANSLATE_NOOP("Report", "Horizon")),
            c.t(QT_TRANSLATE_NOOP("Report", "Owner")),
            c.t(QT_TRANSLATE_NOOP("Report", "Investment ({currency})")).format(currency=c.site.currency),
            c.t(QT_TRANSLATE_NOOP("Report", "Saved per year ({currency})")).format(currency=c.site.currency),
        ],
        [
            [
                str(rank),
                c.text(f.measure.title),
                c.label(horizon_of(f.measure)),
                c.typed(f.measure.owner) or c.t(QT_TRANSLATE_NOOP("Report", "to be named")),
                fmt.number(f.measure.investment),
                fmt.number(f.cost_savings),
            ]
            for rank, f in enumerate(ordered, 1)
        ],
        [True, False, False, False, True, True],
    )
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "The horizon is the auditor's where given, else the usual one of the measure's kind: no-cost "
                "measures at once, low-cost ones within a year, capital ones within one to three years, to be "
                "budgeted. Savings on one end use are chained: each measure saves on what the ones before it leave, "
                "so the savings of the plan add up without counting a kWh twice.",
            )
        )
    )


def verification(
    doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]
) -> None:
    """How each kind of saving will be seen, and the indicators to follow (EN 16247 asks how savings will be
    verified)."""
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "How the savings will be verified")))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Each saving is verified against the same twelve months as this report, once the measure has run "
                "for a year, corrected for the production of each month.",
            )
        )
    )
    savings = savings_only(figures)
    levers = {f.measure.tariff_lever for f in figures if f.measure.tariff_lever is not None}
    lines = []
    if any(f.measure.tariff_lever is None for f in savings):
        lines.append(
            QT_TRANSLATE_NOOP(
                "Report",
                "Energy savings: the monthly kWh of the bills, per unit produced, before and after the measure; a "
                "measure above a tenth of its carrier is worth a sub-meter on its equipment.",
            )
        )
    if TariffLever.COS_PHI in levers:
        lines.append(
            QT_TRANSLATE_NOOP(
                "Report", "Capacitor bank: the cos φ and the surcharge line of each bill after commissioning."
            )
        )
    if TariffLever.SUBSCRIBED_POWER in levers:
        lines.append(
            QT_TRANSLATE_NOOP(
                "Report", "Subscribed power: the power and overrun charges of the twelve bills after the change."
            )
        )
    if TariffLever.PEAK_SHIFT in levers:
        lines.append(QT_TRANSLATE_NOOP("Report", "Peak hours: the share of peak-hour kWh of each bill."))
    if any(f.renewable for f in figures):
        lines.append(
            QT_TRANSLATE_NOOP(
                "Report", "Renewable production: the production meter, and the purchases of the bills beside it."
            )
        )
    for line in lines:
        doc.bullet(c.t(line))
    indicators = [QT_TRANSLATE_NOOP("Report", "final energy per month and per unit produced")]
    if any(s.supply.carrier.value == "electricity" for s in c.account.supplies):
        indicators += [
            QT_TRANSLATE_NOOP("Report", "the power called against the subscribed power"),
            QT_TRANSLATE_NOOP("Report", "the monthly cos φ"),
            QT_TRANSLATE_NOOP("Report", "the share of peak-hour kWh"),
        ]
    doc.paragraph(
        c.t(QT_TRANSLATE_NOOP("Report", "Indicators to follow every month: {indicators}.")).format(
            indicators=c.semicolons(c.t(i) for i in indicators)
        )
    )


def conclusions(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    """Written from the findings: what costs most, what to do first, what to look at next."""
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Conclusions")))
    money = [f for f in c.findings if f.kind in TARIFF_KINDS and f.money > 0]
    potential = next((f for f in c.findings if f.kind is FindingKind.POTENTIAL), None)
    unexplained = [f for f in c.findings if f.kind is FindingKind.UNEXPLAINED]
    if potential is not None:
        doc.paragraph(c.render(potential.text))
    if money:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "On the electricity bill, by the money at stake:",
                )
            )
        )
        for finding in money[:3]:
            doc.bullet(c.render(finding.text))
    first = [f for f in by_payback(savings_only(figures)) if f.measure.tariff_lever is None][:3]
    if first:
        doc.paragraph(
            c.t(QT_TRANSLATE_NOOP("Report", "Among the energy savings, start with: {measures}.")).format(
                measures=c.semicolons(c.text(f.measure.title) for f in first)
            )
        )
    for finding in unexplained:
        doc.paragraph(c.render(finding.text))
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "These figures come from a one-day quick scan; a detailed audit of the largest end uses, with "
                "measurements, would firm them up before the largest investments are decided.",
            )
        )
    )
