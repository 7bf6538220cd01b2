"""The site's specific energy consumption against the sector benchmarks, in the site report's indicators.

One table — indicator, the site's figure, the benchmark, where the site stands, the source and its status — then
what the reader must know to weigh it: that a benchmark "to confirm" is an order of magnitude, which fuels the
figures count, a caveat per benchmark, and, for each benchmark of the sector that could not be set against the
site, why. Nothing at all when no benchmark is for the site's NACE code.
"""

from __future__ import annotations

from collections import defaultdict

from workbench.analysis.balance import SiteBalance
from workbench.analysis.benchmarks import BenchmarkComparison, NotComparable, Position, SiteEnergy, compare, site_energy
from workbench.domain.benchmarks import (
    KIND_LABELS,
    MEANING_LABELS,
    STATUS_LABELS,
    Benchmark,
    BenchmarkSet,
    BenchmarkStatus,
    IndicatorKind,
)
from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.vocab import Language

from .docx_writer import ReportDocument
from .site_context import ReportContext
from .wording import french_spacing

NBSP = "\u00a0"

POSITION_LABELS = {
    Position.BELOW: QT_TRANSLATE_NOOP("Report", "below the range"),
    Position.WITHIN: QT_TRANSLATE_NOOP("Report", "within the range"),
    Position.ABOVE: QT_TRANSLATE_NOOP("Report", "above the range"),
}
VALUE_POSITION_LABELS = {  # against a single value
    Position.BELOW: QT_TRANSLATE_NOOP("Report", "below this value"),
    Position.WITHIN: QT_TRANSLATE_NOOP("Report", "at this value"),
    Position.ABOVE: QT_TRANSLATE_NOOP("Report", "above this value"),
}


def benchmark_table(
    doc: ReportDocument, c: ReportContext, balance: SiteBalance, *, benchmarks: BenchmarkSet | None = None
) -> None:
    """The benchmarks of the site's sector set against the site over ``balance.window`` (the analysis period);
    ``benchmarks``: the shipped list unless given. Writes nothing when none is for the site's NACE code."""
    if benchmarks is None:
        from workbench.resources import benchmarks as shipped

        benchmarks = shipped()
    entries = benchmarks.for_site(c.site.nace_code)
    window = balance.window
    if not entries or not window:
        return
    energy = site_energy(c.account, window)
    comparisons = compare(c.site, energy, entries)
    compared = [r for r in comparisons if r.comparable]
    if compared:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The site's specific consumption is set against published ranges for its sector (NACE {nace}): "
                    "its final energy over the analysis period divided by its production per year, {production}.",
                )
            ).format(
                nace=c.site.nace_code.strip(),
                production=c.fmt.quantity(c.site.production_volume, c.site.production_unit.strip()),
            )
        )
        _table(doc, c, compared)
        _caveats(doc, c, compared, energy)
    _not_compared(doc, c, [r for r in comparisons if not r.comparable])


def _table(doc: ReportDocument, c: ReportContext, compared: list[BenchmarkComparison]) -> None:
    rows = []
    for r in compared:
        b = r.benchmark
        # "kWh/t" stays with its figure; the product's words after it may wrap ("de produit cuit")
        unit = f"kWh/{b.denominator.text_in(c.language)}".replace(NBSP, " ")
        positions = VALUE_POSITION_LABELS if b.is_value else POSITION_LABELS
        if r.position is None:  # never: a benchmark set against the site has its position
            raise KeyError(r.position)
        rows.append(
            [
                _indicator(c, b),
                f"{_figure(c, r.value)}{NBSP}{unit}",
                f"{c.translate('Benchmarks', MEANING_LABELS[b.meaning])}{c.colon()}{_range(c, b)}{NBSP}{unit}",
                c.t(positions[r.position]),
                _source(b),
                c.translate("Factors", b.status_label),
            ]
        )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Specific energy consumption against sector benchmarks")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Indicator")),
            c.t(QT_TRANSLATE_NOOP("Report", "Site")),
            c.t(QT_TRANSLATE_NOOP("Report", "Benchmark")),
            c.t(QT_TRANSLATE_NOOP("Report", "Site against the benchmark")),
            c.t(QT_TRANSLATE_NOOP("Report", "Source")),
            c.t(QT_TRANSLATE_NOOP("Report", "Status")),
        ],
        rows,
        [False, False, False, False, False, False],  # a figure with a unit of several words: text that wraps
        weights=[3.6, 1.8, 2.8, 1.6, 3.6, 1.6],
    )


def _caveats(doc: ReportDocument, c: ReportContext, compared: list[BenchmarkComparison], energy: SiteEnergy) -> None:
    statuses = {r.benchmark.status for r in compared}
    if BenchmarkStatus.UNVERIFIED in statuses:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "A benchmark marked “{status}” comes from the named source without its page having been read: "
                    "it is an order of magnitude to confirm, not a target.",
                )
            ).format(status=c.translate("Factors", STATUS_LABELS[BenchmarkStatus.UNVERIFIED]))
        )
    if BenchmarkStatus.PARTLY in statuses:
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "A benchmark marked “{status}” was read in a secondary source, or its basis (unit, year, scope) "
                    "is not fully clear.",
                )
            ).format(status=c.translate("Factors", STATUS_LABELS[BenchmarkStatus.PARTLY]))
        )
    if energy.fuels and any(r.benchmark.kind is not IndicatorKind.ELECTRICITY for r in compared):
        fuels = [c.label(carrier) for carrier in energy.fuels]
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The figures with fuels count every fuel on the invoices ({fuels}): fuel burnt by vehicles "
                    "or a generator is in them and is to be taken out before comparing.",
                )
            ).format(fuels=", ".join(fuels))
        )
    if any(r.partial for r in compared):
        doc.paragraph(
            c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The invoices do not cover the whole analysis period for every carrier: the site's figures "
                    "that count them are too low.",
                )
            )
        )
    seen = set()
    for r in compared:
        note = r.benchmark.note.text(c.language)
        if note and note not in seen:
            seen.add(note)
            doc.paragraph(f"{_label(c, r.benchmark)}{c.colon()}{_spaced(c, _lower_first(note))}")


def _not_compared(doc: ReportDocument, c: ReportContext, left: list[BenchmarkComparison]) -> None:
    """One sentence per reason (and unit), then the benchmarks it holds back."""
    # the unit a benchmark is counted per, or the kind of energy it counts
    groups: dict[tuple[NotComparable | None, str | IndicatorKind | None], list[Benchmark]] = defaultdict(list)
    for r in left:
        key: str | IndicatorKind | None = (
            r.benchmark.denominator.text_in(c.language) if r.reason in _PER_UNIT else r.benchmark.kind
        )
        if r.reason is NotComparable.NO_PRODUCTION:
            key = None
        groups[(r.reason, key)].append(r.benchmark)
    site_unit = c.site.production_unit.strip()
    for (reason, key), benchmarks in groups.items():
        if reason is NotComparable.NO_PRODUCTION:
            text = c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The benchmarks of the site's sector are not compared: its production per year, with its unit, "
                    "is not stated.",
                )
            )
        elif reason is NotComparable.UNIT:
            text = c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Benchmarks per {unit} are not compared: the site's production is counted in “{site_unit}”.",
                )
            ).format(unit=key, site_unit=site_unit)
        elif reason is NotComparable.PRODUCT_UNNAMED:
            text = c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Benchmarks per {unit} are not compared: the site's production unit, “{site_unit}”, does not "
                    "say which product it counts (“{unit}” would be compared).",
                )
            ).format(unit=key, site_unit=site_unit)
        else:
            if not isinstance(key, IndicatorKind):  # never: one held back for want of energy is keyed by its kind
                raise KeyError(key)
            text = c.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Benchmarks of {kind} are not compared: the site's invoices of the analysis period hold none.",
                )
            ).format(kind=c.translate("Benchmarks", KIND_LABELS[key]))
        doc.paragraph(_spaced(c, text))
        for b in benchmarks:
            doc.bullet(_indicator(c, b))  # its source is in the benchmarks' own table when it is compared


_PER_UNIT = (NotComparable.UNIT, NotComparable.PRODUCT_UNNAMED)


# --- wording --------------------------------------------------------------------------------------


def _spaced(c: ReportContext, text: str) -> str:
    return french_spacing(text) if c.language is Language.FR else text


def _label(c: ReportContext, b: Benchmark) -> str:
    return _spaced(c, b.label.text(c.language))


def _indicator(c: ReportContext, b: Benchmark) -> str:
    """What the benchmark covers and the energy it counts: "Cement grinding station — electricity"."""
    return f"{_label(c, b)} — {c.translate('Benchmarks', KIND_LABELS[b.kind])}"


def _lower_first(text: str) -> str:
    """A sentence continued after a colon: "Per m², …" → "per m², …" (an acronym keeps its capitals)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _source(b: Benchmark) -> str:
    """The publication, with its year where its name does not already give it."""
    if b.year is not None and str(b.year) not in b.source:
        return f"{b.source} ({b.year})"
    return b.source


def _figure(c: ReportContext, value: float | None, reference: bool = False) -> str:
    """A figure with the decimals its size deserves, none added: 806, 46,8, 1,95, 0,67. A ``reference`` figure
    (a benchmark's bound) keeps up to two decimals below 100, as its source gives them (34,15)."""
    if value is None:
        return "—"
    size = abs(value)
    decimals = 0 if size >= 100 else 2 if reference or size < 10 else 1
    text = c.fmt.number(value, decimals)
    if decimals:
        point = "," if c.language is Language.FR else "."
        text = text.rstrip("0").rstrip(point)
    return text


def _range(c: ReportContext, b: Benchmark) -> str:
    if b.is_value:
        return _figure(c, b.high, True)
    if b.low is None:
        return f"≤{NBSP}{_figure(c, b.high, True)}"
    return f"{_figure(c, b.low, True)}–{_figure(c, b.high, True)}"
