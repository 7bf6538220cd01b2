"""Where each bill check puts its mark in the bills table, and what the mark says of that one bill.

A check names several bills ("cos φ below 0.8, down to 0.72 (4): …"); in the table each of them gets the mark on
the cell that is wrong — cos φ on the cos φ and reactive energy cells, an overrun on the reached power, a VAT
mismatch on the amounts — with its own figure in the tooltip, not the list the warning gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from workbench.analysis.site_warnings import SiteWarning
from workbench.domain import model
from workbench.i18n.language import LanguageManager

TOU = ("quantity_peak", "quantity_standard", "quantity_offpeak", "quantity")
COSTS = ("cost_excl_vat", "vat", "cost_incl_vat")
# Computed columns are named by their header literal (EntityColumn.key).
COS_PHI, DAYS, PER_DAY = "cos φ", "Days", "Per day"
FIELDS: dict[str, tuple[str, ...]] = {
    "low_cos_phi": (COS_PHI, "reactive_kvarh"),
    "power_overrun": ("max_power",),
    "vat_mismatch": COSTS,
    "tou_mismatch": TOU,
    "cost_unknown": COSTS,
    "period_length": ("period_start", "period_end", DAYS),
    "future": ("period_end",),
    "repeated_usage": ("quantity",),
    "outlier": ("quantity", PER_DAY),
    "duplicate_bill": ("period_start", "invoice_number"),
    "duplicate_invoice": ("invoice_number",),
}
FIRST = "period_start"  # a check with no cell of its own (a currency, a conversion) marks the row's first cell
Marks = dict[int, dict[str, str]]


def bill_marks(warnings: Iterable[SiteWarning], bills: Sequence[model.Bill], languages: LanguageManager) -> Marks:
    """bill id -> column key -> the lines of the checks that concern that cell of that bill."""
    by_id = {b.id: b for b in bills if b.id is not None}
    lines: dict[int, dict[str, list[str]]] = {}
    for warning in warnings:
        named = [by_id[i] for i in warning.bill_ids if i in by_id]
        for bill in named:
            for key, text in _marks(warning, bill, named, languages).items():
                cell = lines.setdefault(model.stored_id(bill), {}).setdefault(key, [])
                if text not in cell:
                    cell.append(text)
    return {ident: {key: "\n".join(texts) for key, texts in cells.items()} for ident, cells in lines.items()}


def _marks(
    warning: SiteWarning, bill: model.Bill, named: Sequence[model.Bill], languages: LanguageManager
) -> dict[str, str]:
    text = _text(warning, bill, languages.formatter, warning.message.params) or languages.render(warning.message)
    if warning.kind in ("gap", "overlap") and len(named) == 2:
        # The earlier bill ends where the gap (or overlap) starts; the later one starts where it ends.
        earlier = min(named, key=lambda b: (b.period_start, b.period_end))
        return {("period_end" if bill is earlier else "period_start"): text}
    if warning.kind in ("gap", "overlap"):
        return {"period_start": text, "period_end": text}
    if warning.kind in ("tou_mismatch", "vat_mismatch"):
        # The bill's own rule says which figures disagree, with its figures.
        for problem in bill.inconsistencies():
            if (problem.field == "quantity") == (warning.kind == "tou_mismatch"):
                text = languages.render(problem.message)
    return {key: text for key in FIELDS.get(warning.kind, (FIRST,))}


def _text(warning: SiteWarning, bill: model.Bill, fmt, params: Mapping) -> str | None:
    """This bill's figure against the check's rule; None where the warning's own text already is about it."""
    kind = warning.kind
    if kind == "low_cos_phi" and "threshold" in params:
        from workbench.domain.tariffs import cos_phi

        assert bill.reactive_kvarh is not None  # the check names only bills with reactive energy

        value = cos_phi(bill.total_quantity, bill.reactive_kvarh)
        if value is not None:
            return QCoreApplication.translate(
                "BillMarks", "cos φ {value}, below the tariff threshold {threshold}."
            ).format(value=fmt.number(value, 3), threshold=fmt.number(params["threshold"], 2))
    if kind == "power_overrun" and "subscribed" in params and bill.max_power is not None:
        return QCoreApplication.translate(
            "BillMarks", "Reached power {value} kVA, above the subscribed {subscribed} kVA."
        ).format(value=fmt.number(bill.max_power), subscribed=fmt.number(params["subscribed"]))
    if kind == "period_length" and "median" in params:
        return QCoreApplication.translate(
            "BillMarks", "{days} days, where this supply's bills usually cover {median}."
        ).format(days=bill.days, median=params["median"])
    if kind == "future":
        return QCoreApplication.translate("BillMarks", "Ends on {end}, after today.").format(
            end=fmt.date(bill.period_end)
        )
    if kind == "repeated_usage":
        return QCoreApplication.translate("BillMarks", "The same quantity as the bill before: {value}.").format(
            value=fmt.number(bill.total_quantity)
        )
    if kind == "outlier" and bill.days:
        return QCoreApplication.translate(
            "BillMarks", "{value} per day, far from this supply's usual use per day."
        ).format(value=fmt.number(bill.total_quantity / bill.days, 1))
    if kind == "cost_unknown":
        return QCoreApplication.translate(
            "BillMarks", "No cost: this bill is left out of the cost totals and of the average price."
        )
    return None
