"""The load-curve section of the site report: per electricity supply with a load curve, what the meter shows
(peak, base load, load factor, weekend and off-hours energy in kWh and money), how it stands against the
bills, and its heat map, load duration curve and typical days (painted by the caller, ``charts``)."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.analysis.balance import SiteBalance
from workbench.analysis.load_curve import LOW_PEAK_SHARE
from workbench.analysis.load_curve_summary import MeterCurve, offtake_curve, site_zone
from workbench.domain import model
from workbench.domain.economics import MeasureFigures
from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Plural

from .docx_writer import ReportDocument
from .site_context import ReportContext

HOURS_A_YEAR = 8760
OFF_HOURS_WORTH_SAYING = 0.01  # of the energy: below, the off-hours paragraph would say "0 kWh"


def load_curve_section(
    doc: ReportDocument, c: ReportContext, balance: SiteBalance, figures: Sequence[MeasureFigures]
) -> None:
    """Nothing for a site without a load curve."""
    curves = []
    for supply in c.workspace.supplies(model.stored_id(c.site)):
        curve = offtake_curve(c.workspace, supply, c.site)
        if curve is not None and curve.figures.intervals:
            curves.append((supply, curve))
    if not curves:
        return
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "What the load curve shows")))
    for supply, curve in curves:
        if len(curves) > 1:
            doc.heading(supply.display_name, 2)
        _meter(doc, c, supply, curve)


def _meter(doc: ReportDocument, c: ReportContext, supply: model.EnergySupply, curve: MeterCurve) -> None:
    fmt = c.fmt
    f = curve.figures
    zone = site_zone(c.site.country)
    days = f.intervals * curve.grid.step_minutes / 1440  # days' worth of readings
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "The meter of the supply “{supply}” recorded {count} intervals of {minutes} minutes from {first} "
                "to {last}; times are the site's local time ({zone}).",
            )
        ).format(
            supply=supply.display_name,
            count=fmt.number(f.intervals),
            minutes=curve.grid.step_minutes,
            first=fmt.long_date(curve.first_day),
            last=fmt.long_date(curve.last_day),
            zone=zone.key if zone is not None else "UTC",
        )
    )
    if f.missing:
        doc.paragraph(
            c.tn(
                Plural.translate(
                    "Report",
                    "{count} intervals of the period have no reading: they are left out of every figure, never "
                    "counted as zero.",
                    None,
                    0,
                ),
                f.missing,
            ).format(count=fmt.number(f.missing))
        )
    partial = curve.partial_months
    if partial:
        shown = ", ".join(f"{m.month.month:02d}/{m.month.year} ({fmt.percent(m.share, 1)})" for m in partial[:8])
        more = len(partial) - 8
        doc.paragraph(
            c.tn(
                Plural.translate(
                    "Report", "{count} months are read in part (share of their intervals with a reading): {months}.",
                    None, 0,
                ),
                len(partial),
            ).format(count=len(partial), months=shown + (f", … (+{more})" if more > 0 else ""))
        )  # fmt: skip
    currency = curve.price.currency if curve.price is not None else c.site.currency

    def money(kwh: float | None) -> str:
        cost = curve.cost_of(kwh)
        return fmt.number(cost) if cost is not None else "—"

    peak_when = ""
    if f.peak_at is not None:
        peak_when = c.t(QT_TRANSLATE_NOOP("Report", "{day} at {hour}")).format(
            day=fmt.long_date(f.peak_at.date()), hour=fmt.hour(f.peak_at.hour + f.peak_at.minute / 60)
        )
    rows = [
        [c.t(QT_TRANSLATE_NOOP("Report", "Energy over the period")), fmt.number(f.kwh), "", money(f.kwh)],
        [c.t(QT_TRANSLATE_NOOP("Report", "Peak power (kW)")), fmt.number(f.peak_kw), peak_when, ""],
        [c.t(QT_TRANSLATE_NOOP("Report", "Base load: daily 5 % quantile (kW)")), fmt.number(f.base_load_kw), "", ""],
        [c.t(QT_TRANSLATE_NOOP("Report", "Mean power 00:00–05:00 (kW)")), fmt.number(f.night_mean_kw), "", ""],
        [c.t(QT_TRANSLATE_NOOP("Report", "Load factor (mean ÷ peak power)")), c.share(f.load_factor), "", ""],
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Saturdays and Sundays")),
            fmt.number(curve.weekend_kwh),
            c.share(f.weekend_share),
            money(curve.weekend_kwh),
        ],
    ]
    if f.off_hours_share is not None:
        rows.append(
            [
                c.t(QT_TRANSLATE_NOOP("Report", "Outside the declared running hours")),
                fmt.number(curve.off_hours_kwh),
                c.share(f.off_hours_share),
                money(curve.off_hours_kwh),
            ]
        )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Load curve figures: {supply}, {first} – {last}")).format(
            supply=supply.display_name, first=fmt.date(curve.first_day), last=fmt.date(curve.last_day)
        ),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Indicator")),
            c.t(QT_TRANSLATE_NOOP("Report", "Value (kWh unless stated)")),
            c.t(QT_TRANSLATE_NOOP("Report", "Share or when")),
            c.t(QT_TRANSLATE_NOOP("Report", "Cost excl. VAT ({currency})")).format(currency=currency),
        ],
        rows,
        [False, True, False, True],
    )
    if curve.price is not None:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Costs are at the mean billed price, {price} {currency}/kWh excl. VAT: every charge of the "
                    "{count} bills from {first} to {last} over their kWh. Energy saved is worth less than this "
                    "mean when the fixed charges stay.",
                )
            ).format(
                price=fmt.number(curve.price.per_kwh, 3),
                currency=curve.price.currency,
                count=curve.price.bills,
                first=fmt.long_date(curve.price.first),
                last=fmt.long_date(curve.price.last),
            )
        )
    else:
        doc.paragraph(
            c.t(QT_TRANSLATE_NOOP("Report", "No bill of the period has both a cost and a quantity: no cost is shown."))
        )
    if f.off_hours_share is None:
        doc.bullet(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The site's running hours are not declared (no start of the first shift): the energy used "
                    "outside them is not worked out.",
                )
            )
        )
    _base_load(doc, c, curve, days)
    _against_bills(doc, c, curve)
    _solar(doc, c, supply)
    for key, caption in (
        (
            "load_heat",
            QT_TRANSLATE_NOOP(
                "Report", "Mean power by day and time of day (white: no reading, or the hour the clocks skip)"
            ),
        ),
        ("load_duration", QT_TRANSLATE_NOOP("Report", "Load duration curve, with P95, P50 and P5 of the power")),
        ("load_days", QT_TRANSLATE_NOOP("Report", "Typical days: mean power and P10–P90 band")),
    ):
        name = f"{key}_{model.stored_id(supply)}"
        if name in c.charts:
            doc.figure(c.charts[name], c.t(caption))


def _base_load(doc: ReportDocument, c: ReportContext, curve: MeterCurve, days: float) -> None:
    """The base load over a year, and the energy off hours brought to a year."""
    fmt = c.fmt
    f = curve.figures
    if f.base_load_kw is None:
        return
    yearly = f.base_load_kw * HOURS_A_YEAR
    cost = curve.cost_of(yearly)
    source = (
        QT_TRANSLATE_NOOP(
            "Report",
            "The base load, {kw} kW drawn at every hour ({kwh} kWh a year{cost}), is close to the mean power: "
            "the site draws almost as much at night and on days off as when it produces, as a plant running "
            "round the clock does.",
        )
        if curve.runs_round_the_clock
        else QT_TRANSLATE_NOOP(
            "Report",
            "A base load of {kw} kW, drawn at every hour of the year, is {kwh} kWh a year{cost}: the first thing "
            "to look at is what runs when nothing is produced.",
        )
    )
    text = c.t(source).format(
        kw=fmt.number(f.base_load_kw),
        kwh=fmt.number(yearly),
        cost=_cost_aside(fmt.money(cost, curve.price.currency), curve.runs_round_the_clock)
        if cost is not None and curve.price
        else "",
    )
    doc.paragraph(text)
    off = curve.off_hours_kwh
    if off is not None and days >= 1 and off >= OFF_HOURS_WORTH_SAYING * f.kwh:  # a 24/7 schedule has none
        per_year = off * 365 / days
        cost_year = curve.cost_of(per_year)
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Outside the declared running hours the site used {kwh} kWh over the curve's {days} days, "
                    "about {year} kWh a year{cost}.",
                )
            ).format(
                kwh=fmt.number(off),
                days=fmt.number(days),
                year=fmt.number(per_year),
                cost=(" (" + fmt.money(cost_year, curve.price.currency) + ")")
                if cost_year is not None and curve.price
                else "",
            )
        )


def _against_bills(doc: ReportDocument, c: ReportContext, curve: MeterCurve) -> None:
    fmt = c.fmt
    whole = [k for k in curve.checks if k.difference is not None]
    if not curve.checks:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "No bill of this supply falls in the curve's period.")))
        return
    if whole:
        widest = max(whole, key=lambda k: abs(k.difference or 0.0))
        doc.paragraph(
            c.tn(
                Plural.translate(
                    "Report",
                    "The curve covers {count} bills whole: over them its energy differs from the billed kWh by at "
                    "most {difference} ({first} – {last}).",
                    None,
                    0,
                ),
                len(whole),
            ).format(
                count=len(whole),
                difference=fmt.percent(abs(widest.difference or 0.0), 1),
                first=fmt.date(widest.first),
                last=fmt.date(widest.last),
            )
        )
    partial = len(curve.checks) - len(whole)
    if partial:
        doc.bullet(
            c.tn(
                Plural.translate(
                    "Report",
                    "{count} bills are covered only in part by the curve: their energy is not compared.",
                    None,
                    0,
                ),
                partial,
            ).format(count=partial)
        )
    low = [k for k in curve.checks if k.peak_share is not None and k.peak_share < LOW_PEAK_SHARE]
    if low:
        doc.bullet(
            c.tn(
                Plural.translate(
                    "Report",
                    "In {count} bill periods the curve's peak is under 70 % of the reached power the bill states: "
                    "check that the curve is this supply's meter and that its values are not scaled (meter constant).",
                    None,
                    0,
                ),
                len(low),
            ).format(count=len(low))
        )
    above = [k for k in curve.checks if k.billed_reached and k.curve_peak_kw and k.curve_peak_kw > k.billed_reached]
    if above:
        doc.bullet(
            c.tn(
                Plural.translate(
                    "Report",
                    "In {count} bill periods the curve's peak is above the reached power the bill states: check the "
                    "meter's constant or the bill.",
                    None,
                    0,
                ),
                len(above),
            ).format(count=len(above))
        )


def _solar(doc: ReportDocument, c: ReportContext, supply: model.EnergySupply) -> None:
    """The supply's rooftop PV study against its load curve, when the auditor made one."""
    from workbench.analysis.solar_study import PriceBasis, study_result

    study = c.workspace.pv_study(model.stored_id(supply))
    if study is None:
        return
    fmt = c.fmt
    system = study.system
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Rooftop photovoltaics against the load curve")), 3)
    try:
        result = study_result(c.workspace, supply, c.site, study)
    except DomainError as exc:
        doc.paragraph(
            c.t(QT_TRANSLATE_NOOP("Report", "The PV study could not be simulated: {reason}")).format(
                reason=c.render(exc.message)
            )
        )
        return
    if result is None:
        return
    use = result.use
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "A system of {kwp} kWp, tilted {tilt}° and facing {azimuth}° (180° is due south), with {losses} "
                "losses, simulated hour by hour over the typical year of {station} (pvlib: the sun's position, "
                "Perez's transposition, Faiman's cell temperature, PVWatts), then set against the load curve "
                "interval by interval. A typical year is an estimate, not a forecast of a given year.",
            )
        ).format(
            kwp=fmt.number(system.kwp, 1),
            tilt=fmt.number(system.tilt),
            azimuth=fmt.number(system.azimuth),
            losses=fmt.percent(system.losses),
            station=result.weather.station,
        )
    )
    share = use.self_consumed_share
    currency = use.currency or c.site.currency
    rows = [
        [c.t(QT_TRANSLATE_NOOP("Report", "Production of a typical year (kWh)")), fmt.number(result.annual_production)],
        [c.t(QT_TRANSLATE_NOOP("Report", "Specific yield (kWh/kWp)")), fmt.number(result.year.specific_yield)],
        [c.t(QT_TRANSLATE_NOOP("Report", "Share used on site")), fmt.percent(share, 1)],
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Exported to the grid (kWh a year)")),
            fmt.number(result.annual_production * (1 - share) if share is not None else None),
        ],
        [c.t(QT_TRANSLATE_NOOP("Report", "Share of the site's electricity covered")), fmt.percent(use.coverage, 1)],
    ]
    parts = use.avoided_by_period
    if parts is not None and result.price_basis is PriceBasis.TARIFF_WINDOWS:
        year = use.per_year
        for label, part in zip(
            (
                QT_TRANSLATE_NOOP("Report", "Purchases avoided in peak hours ({currency} a year)"),
                QT_TRANSLATE_NOOP("Report", "Purchases avoided in standard hours ({currency} a year)"),
                QT_TRANSLATE_NOOP("Report", "Purchases avoided in off-peak hours ({currency} a year)"),
            ),
            parts,
            strict=True,
        ):
            rows.append([c.t(label).format(currency=currency), fmt.number(part * year)])
    if result.annual_avoided is not None:
        rows.append(
            [
                c.t(QT_TRANSLATE_NOOP("Report", "Purchases avoided ({currency} a year)")).format(currency=currency),
                fmt.number(result.annual_avoided),
            ]
        )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Rooftop PV of {kwp} kWp: {supply}")).format(
            kwp=fmt.number(system.kwp, 1), supply=supply.display_name
        ),
        [c.t(QT_TRANSLATE_NOOP("Report", "Indicator")), c.t(QT_TRANSLATE_NOOP("Report", "Value"))],
        rows,
        [False, True],
    )
    if result.price_basis is PriceBasis.MEAN_BILLED:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Avoided purchases are priced at the mean billed price, every charge included: the energy "
                    "charges alone, which the PV avoids, are lower.",
                )
            )
        )
    elif result.price_basis is None:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "The avoided purchases are not priced: no price is known.")))


def _cost_aside(money: str, in_brackets: bool) -> str:
    """A cost after a quantity: ", 12 MAD" inside brackets already open, " (12 MAD)" otherwise."""
    return f", {money}" if in_brackets else f" ({money})"
