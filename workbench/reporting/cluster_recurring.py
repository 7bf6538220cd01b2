"""The measures found at several sites: their combined potential, and what the sites could do together."""

from __future__ import annotations

from workbench.analysis.cluster_measures import JointAction, RecurringMeasure, recurring_measures
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import EndUse, MeasureKind

from .cluster_context import ClusterContext
from .docx_writer import ReportDocument, keep_together

_ACTIONS = {
    JointAction.TRAINING: QT_TRANSLATE_NOOP(
        "Report",
        "Nothing to buy: one training for the staff of the {sites} sites, run once for all of them, would put "
        "these settings and schedules in place everywhere at the same time.",
    ),
    JointAction.CAMPAIGN: QT_TRANSLATE_NOOP(
        "Report",
        "One campaign by one contractor for the {sites} sites, with a shared training of their maintenance "
        "teams, would cost less than separate jobs and keep the results comparable.",
    ),
    JointAction.PURCHASE: QT_TRANSLATE_NOOP(
        "Report",
        "One specification and a joint call for tenders for the {sites} sites would buy the equipment at a "
        "better price and share the follow-up of the works.",
    ),
    JointAction.CONTRACTS: QT_TRANSLATE_NOOP(
        "Report",
        "One review of the {sites} sites' supply contracts with the distributor would set the subscribed "
        "powers together.",
    ),
    JointAction.RENEWABLE: QT_TRANSLATE_NOOP(
        "Report",
        "A joint feasibility study and call for tenders for the {sites} sites would share the design and buy "
        "the plants at a better price.",
    ),
}


def family_name(c: ClusterContext, r: RecurringMeasure) -> str:
    """A family as the client reads it: the measure's own title when the sites propose one and the same
    measure, else what it acts on and its category."""
    if len(r.variants) == 1:
        return c.text(r.variants[0].title)
    key = r.key
    if key.lever is not None:
        return c.label(key.lever)
    if key.kind is MeasureKind.RENEWABLE:
        kind = c.label(MeasureKind.RENEWABLE)
        return kind if key.end_use in (None, EndUse.OTHER) else f"{kind} — {c.label(key.end_use)}"
    end_use, category = key.end_use, key.category
    if end_use is None or category is None:  # never: family_key gives a family of savings both
        raise ValueError(f"a family of savings without an end use or a category: {key}")
    return f"{c.label(end_use)} ({c.label(category).lower()})"


def _variants(c: ClusterContext, r: RecurringMeasure) -> str:
    """The measures of a family, each with its sites when not every site of the family proposes it."""
    parts = []
    for v in r.variants:
        title = c.text(v.title)
        parts.append(title if len(v.sites) == len(r.sites) else f"{title} ({c.names(v.sites)})")
    return c.semicolons(parts)


def _where(c: ClusterContext, r: RecurringMeasure) -> str:
    total = len(c.comparison.sites)
    if len(r.sites) == total:
        return c.t(QT_TRANSLATE_NOOP("Report", "at all {total} sites")).format(total=c.fmt.number(total))
    return c.t(QT_TRANSLATE_NOOP("Report", "at {sites} of the {total} sites ({names})")).format(
        sites=c.fmt.number(len(r.sites)), total=c.fmt.number(total), names=c.names(r.sites)
    )


def _figures(c: ClusterContext, r: RecurringMeasure) -> str:
    fmt = c.fmt
    values = {
        "kwh": fmt.number(r.kwh),
        "money": fmt.number(r.cost),
        "currency": c.currency,
        "co2": fmt.number(r.co2_t, 1),
        "investment": fmt.number(r.investment),
        "payback": c.payback(r.payback_years),
    }
    if r.cost is None:  # the sites' currencies differ: no money added up
        return c.t(QT_TRANSLATE_NOOP("Report", "Together{colon}{kwh} kWh and {co2} t CO2 a year.")).format(
            colon=c.colon(), **values
        )
    if r.key.kind is MeasureKind.RENEWABLE:
        source = QT_TRANSLATE_NOOP(
            "Report",
            "Together{colon}{kwh} kWh of purchases avoided a year, worth {money} {currency}, and {co2} t CO2, "
            "for {investment} {currency} invested (payback {payback}).",
        )
    elif r.kwh:
        source = QT_TRANSLATE_NOOP(
            "Report",
            "Together{colon}{kwh} kWh and {money} {currency} a year, {co2} t CO2 avoided, for {investment} "
            "{currency} invested (payback {payback}).",
        )
    else:  # a tariff measure saves money, not kWh
        source = QT_TRANSLATE_NOOP(
            "Report",
            "Together{colon}{money} {currency} a year on the bills, for {investment} {currency} invested "
            "(payback {payback}).",
        )
    return c.t(source).format(colon=c.colon(), **values)


def recurring_sentence(c: ClusterContext, r: RecurringMeasure) -> str:
    """What recurs, where, what it adds up to, and what the sites could do together."""
    if len(r.variants) == 1:  # the family is named by its one measure
        lead = c.t(QT_TRANSLATE_NOOP("Report", "{family} recurs {where}.")).format(
            family=family_name(c, r), where=_where(c, r), colon=c.colon()
        )
    else:
        lead = c.t(QT_TRANSLATE_NOOP("Report", "{family} recurs {where}{colon}{measures}.")).format(
            family=family_name(c, r), where=_where(c, r), colon=c.colon(), measures=_variants(c, r)
        )
    action = c.t(_ACTIONS[r.action]).format(sites=c.fmt.number(len(r.sites)))
    return keep_together(f"{lead} {_figures(c, r)} {action}")


def recurring_section(doc: ReportDocument, c: ClusterContext) -> list[RecurringMeasure]:
    found = recurring_measures(c.comparison)
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Measures found at several sites")))
    if not found:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "No measure is found at two sites or more.")))
        return found
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Measures are grouped by what they act on (the end use and the kind of work, or the tariff lever), "
                "not by their wording; a group found at two sites or more is a candidate for joint action.",
            )
        )
    )
    fmt = c.fmt
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Measures found at several sites, combined")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Measure")),
            c.t(QT_TRANSLATE_NOOP("Report", "Sites")),
            c.t(QT_TRANSLATE_NOOP("Report", "kWh saved per year")),
            c.money_header(QT_TRANSLATE_NOOP("Report", "Saved per year")),
            c.t(QT_TRANSLATE_NOOP("Report", "t CO2 avoided per year")),
            c.money_header(QT_TRANSLATE_NOOP("Report", "Investment")),
            c.t(QT_TRANSLATE_NOOP("Report", "Payback")),
        ],
        [
            [
                family_name(c, r),
                fmt.number(len(r.sites)),
                fmt.number(r.kwh) if r.kwh else "—",  # a tariff lever saves money, not kWh
                fmt.number(r.cost),
                fmt.number(r.co2_t, 1) if r.kwh else "—",
                fmt.number(r.investment),
                c.payback(r.payback_years),
            ]
            for r in found
        ],
        [False, True, True, True, True, True, True],
    )
    for r in found:
        doc.bullet(recurring_sentence(c, r))
    return found
