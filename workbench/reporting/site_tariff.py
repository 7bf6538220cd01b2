"""The electricity tariff in money, in the site report: each MT bill rebuilt from the tariff beside what was
invoiced, the subscribed power, the reactive energy and the peak hours — the figures of the Tariff tab and
``workbench tariff`` — and the load check of the inventory against the power called."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.analysis.balance import SiteBalance
from workbench.analysis.tariff import SupplyTariff
from workbench.domain.economics import MeasureFigures
from workbench.domain.messages import QT_TRANSLATE_NOOP, Plural

from .docx_writer import ReportDocument
from .site_context import ReportContext


def tariff_in_money(doc: ReportDocument, c: ReportContext, result: SupplyTariff) -> None:
    """The tariff's part of one electricity supply's invoice analysis."""
    fmt = c.fmt
    currency = c.site.currency
    if result.tariff is None or result.annual is None:
        for note in result.notes:
            doc.bullet(c.render(note))
        return
    annual = result.annual
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Electricity cost, charge by charge")), 3)
    lines = [
        (QT_TRANSLATE_NOOP("Report", "Energy, peak hours"), annual.energy_peak),
        (QT_TRANSLATE_NOOP("Report", "Energy, standard hours"), annual.energy_standard),
        (QT_TRANSLATE_NOOP("Report", "Energy, off-peak hours"), annual.energy_offpeak),
        (QT_TRANSLATE_NOOP("Report", "Power charge (fixed premium)"), annual.power),
        (QT_TRANSLATE_NOOP("Report", "Overrun charges"), annual.overrun),
        (QT_TRANSLATE_NOOP("Report", "cos φ surcharge"), annual.cos_phi_surcharge),
        (QT_TRANSLATE_NOOP("Report", "Metering"), annual.metering),
    ]
    rebuilt = sum(value for _, value in lines)
    rows = [[c.t(label), fmt.number(value), c.share(value / rebuilt if rebuilt else None)] for label, value in lines]
    rows.append([c.t(QT_TRANSLATE_NOOP("Report", "Rebuilt from the tariff, excl. VAT")), fmt.number(rebuilt), ""])
    if annual.invoiced_bills:
        rows.append(
            [
                c.tn(
                    Plural.translate("Report", "Invoiced, excl. VAT ({count} bills)", None, 0), annual.invoiced_bills
                ).format(count=annual.invoiced_bills),
                fmt.number(annual.invoiced),
                "",
            ]
        )
        rows.append([c.t(QT_TRANSLATE_NOOP("Report", "Rebuilt − invoiced")), fmt.number(annual.difference), ""])
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Charges of the period rebuilt from the tariff: {supply}")).format(
            supply=result.supply.display_name
        ),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Charge")),
            c.t(QT_TRANSLATE_NOOP("Report", "Amount excl. VAT ({currency})")).format(currency=currency),
            c.t(QT_TRANSLATE_NOOP("Report", "Share")),
        ],
        rows,
        [False, True, True],
    )
    flagged = [b for b in result.bills if b.flagged and b.in_window and not b.duplicate]
    tolerance = fmt.percent(result.tolerance.value, 1) if result.tolerance is not None else "—"
    if flagged:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Invoices that differ from the tariff by more than {tolerance}: {invoices}. Check them with the "
                    "distributor (a price, a reading or a charge may differ from the contract).",
                )
            ).format(
                tolerance=tolerance,
                invoices=", ".join(
                    f"{b.bill.invoice_number or fmt.date(b.bill.period_start)} "
                    f"({fmt.number(b.charges.total_excl_vat if b.charges else None)} / "
                    f"{fmt.number(b.bill.cost_excl_vat)})"
                    for b in flagged
                ),
            )
        )
    elif annual.invoiced_bills:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP("Report", "Every invoice of the period agrees with the tariff within {tolerance}.")
            ).format(tolerance=tolerance)
        )
    _subscribed(doc, c, result)
    _capacitor(doc, c, result)
    _peak_hours(doc, c, result)


def _subscribed(doc: ReportDocument, c: ReportContext, result: SupplyTariff) -> None:
    study = result.subscribed
    if study is None or study.current_kva is None or study.annual_cost_current is None:
        return
    fmt, currency = c.fmt, c.site.currency
    saving = study.annual_cost_current - study.annual_cost_recommended
    if abs(study.recommended_kva - study.current_kva) < 1 or saving <= 1:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Subscribed power: {current} is close to the cheapest value for the power called over {months} "
                    "months ({cost} a year in power and overrun charges); no change is advised.",
                )
            ).format(
                current=fmt.quantity(study.current_kva, "kVA"),
                months=study.months,
                cost=fmt.money(study.annual_cost_current, currency),
            )
        )
        return
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Subscribed power: with {current}, the power and overrun charges come to {cost} a year "
                "(overruns in {over} of {months} months). We recommend {recommended}: {cost_new} a year, "
                "{saving} less (overruns in {over_new} months).",
            )
        ).format(
            current=fmt.quantity(study.current_kva, "kVA"),
            cost=fmt.money(study.annual_cost_current, currency),
            over=study.overruns_current or 0,
            months=study.months,
            recommended=fmt.quantity(study.recommended_kva, "kVA"),
            cost_new=fmt.money(study.annual_cost_recommended, currency),
            saving=fmt.money(saving, currency),
            over_new=study.overruns_recommended,
        )
    )
    for assumption in study.assumptions:
        doc.bullet(c.render(assumption))


def _capacitor(doc: ReportDocument, c: ReportContext, result: SupplyTariff) -> None:
    bank = result.capacitor
    if bank is None:
        return
    fmt, currency = c.fmt, c.site.currency
    if bank.annual_penalty <= 0:
        doc.paragraph(
            c.t(QT_TRANSLATE_NOOP("Report", "Reactive energy: no bill of the period carries a cos φ surcharge."))
        )
        return
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Reactive energy: the cos φ surcharge costs {penalty} a year ({penalised} of {months} months). A "
                "capacitor bank of {kvar} bringing every month to cos φ {target} would cost about {investment} and "
                "remove {saving} a year of it: payback {payback}.",
            )
        ).format(
            penalty=fmt.money(bank.annual_penalty, currency),
            penalised=bank.months_penalised,
            months=bank.months,
            kvar=fmt.quantity(bank.kvar, "kvar"),
            target=fmt.number(bank.target_cos_phi, 2),
            investment=fmt.money(bank.investment, currency),
            saving=fmt.money(bank.annual_saving, currency),
            payback=c.years(bank.payback_years),
        )
    )
    for assumption in bank.assumptions:
        doc.bullet(c.render(assumption))


def _peak_hours(doc: ReportDocument, c: ReportContext, result: SupplyTariff) -> None:
    shift = result.peak_shift
    if shift is None:
        return
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "Peak hours: {share} of the kWh are used in peak hours. Moving {moved} of them ({kwh} a year) to "
                "off-peak hours would save {saving} a year.",
            )
        ).format(
            share=c.share(shift.peak_share),
            moved=c.share(shift.shift_share),
            kwh=c.fmt.quantity(shift.kwh_moved, "kWh"),
            saving=c.fmt.money(shift.annual_saving, c.site.currency),
        )
    )


def load_check(doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]) -> None:
    """The inventory's peak input power against the power the meter saw: an inventory that could not run at
    once on the power called lists too much, or its load factors are too high."""
    peak = balance.peak
    if peak is None or peak.available_kw is None:
        return
    fmt = c.fmt
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Load and peak check")), 2)
    sentence = (
        QT_TRANSLATE_NOOP(
            "Report",
            "The equipment running in peak hours would call {peak} at once, more than the {available} the meter "
            "allows ({reached} at cos φ {cos_phi}): the inventory overstates the hours, the load factors or the "
            "equipment running together, to be checked.",
        )
        if peak.exceeded
        else QT_TRANSLATE_NOOP(
            "Report",
            "The equipment running in peak hours would call {peak} at once, within the {available} the meter "
            "allows ({reached} at cos φ {cos_phi}): the inventory is consistent with the power called.",
        )
    )
    doc.paragraph(
        c.t(sentence).format(
            peak=fmt.quantity(peak.peak_input_kw, "kW"),
            available=fmt.quantity(peak.available_kw, "kW"),
            reached=fmt.quantity(peak.reached_kva, "kVA"),
            cos_phi=fmt.number(peak.cos_phi, 2) if peak.cos_phi is not None else "1",
        )
    )
