"""Which column holds which field: stable field names, and guesses from French, English and Dutch headers."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from workbench.domain.messages import QT_TRANSLATE_NOOP
from workbench.domain.units import Carrier, Unit, parse_unit

# The stable field names of `workbench import-bills --map FIELD=COLUMN` (bills), then those of deliveries.
BILL_FIELDS = (
    "start",
    "end",
    "month",
    "invoice",
    "quantity",
    "unit",
    "kwh",
    "kwh_peak",
    "kwh_standard",
    "kwh_offpeak",
    "kvarh",
    "max_kw",
    "max_kva",
    "subscribed_kva",
    "cost_excl_vat",
    "vat",
    "cost_incl_vat",
    "estimated",
    # meter index readings, per register, and the reading multiplier (coefficient de lecture, CT ratio)
    "index_from",
    "index_to",
    "index_peak_from",
    "index_peak_to",
    "index_standard_from",
    "index_standard_to",
    "index_offpeak_from",
    "index_offpeak_to",
    "index_reactive_from",
    "index_reactive_to",
    "multiplier",
)
# register -> (field of the previous index, field of the current one)
INDEX_FIELDS: dict[str, tuple[str, str]] = {
    "total": ("index_from", "index_to"),
    "peak": ("index_peak_from", "index_peak_to"),
    "standard": ("index_standard_from", "index_standard_to"),
    "offpeak": ("index_offpeak_from", "index_offpeak_to"),
    "reactive": ("index_reactive_from", "index_reactive_to"),
}
DELIVERY_FIELDS = ("delivery_date", "delivery_note", "unit_price")
FIELDS = BILL_FIELDS + DELIVERY_FIELDS

FIELD_LABELS = {
    "start": QT_TRANSLATE_NOOP("ImportField", "Period start"),
    "end": QT_TRANSLATE_NOOP("ImportField", "Period end"),
    "month": QT_TRANSLATE_NOOP("ImportField", "Month"),
    "invoice": QT_TRANSLATE_NOOP("ImportField", "Invoice number"),
    "quantity": QT_TRANSLATE_NOOP("ImportField", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("ImportField", "Unit"),
    "kwh": QT_TRANSLATE_NOOP("ImportField", "kWh"),
    "kwh_peak": QT_TRANSLATE_NOOP("ImportField", "kWh peak hours"),
    "kwh_standard": QT_TRANSLATE_NOOP("ImportField", "kWh standard hours"),
    "kwh_offpeak": QT_TRANSLATE_NOOP("ImportField", "kWh off-peak hours"),
    "kvarh": QT_TRANSLATE_NOOP("ImportField", "Reactive energy (kvarh)"),
    "max_kw": QT_TRANSLATE_NOOP("ImportField", "Reached power (kW)"),
    "max_kva": QT_TRANSLATE_NOOP("ImportField", "Reached power (kVA)"),
    "subscribed_kva": QT_TRANSLATE_NOOP("ImportField", "Subscribed power (kVA)"),
    "cost_excl_vat": QT_TRANSLATE_NOOP("ImportField", "Cost excl. VAT"),
    "vat": QT_TRANSLATE_NOOP("ImportField", "VAT"),
    "cost_incl_vat": QT_TRANSLATE_NOOP("ImportField", "Cost incl. VAT"),
    "estimated": QT_TRANSLATE_NOOP("ImportField", "Estimated"),
    "index_from": QT_TRANSLATE_NOOP("ImportField", "Previous index"),
    "index_to": QT_TRANSLATE_NOOP("ImportField", "Current index"),
    "index_peak_from": QT_TRANSLATE_NOOP("ImportField", "Previous index, peak hours"),
    "index_peak_to": QT_TRANSLATE_NOOP("ImportField", "Current index, peak hours"),
    "index_standard_from": QT_TRANSLATE_NOOP("ImportField", "Previous index, standard hours"),
    "index_standard_to": QT_TRANSLATE_NOOP("ImportField", "Current index, standard hours"),
    "index_offpeak_from": QT_TRANSLATE_NOOP("ImportField", "Previous index, off-peak hours"),
    "index_offpeak_to": QT_TRANSLATE_NOOP("ImportField", "Current index, off-peak hours"),
    "index_reactive_from": QT_TRANSLATE_NOOP("ImportField", "Previous index, reactive energy"),
    "index_reactive_to": QT_TRANSLATE_NOOP("ImportField", "Current index, reactive energy"),
    "multiplier": QT_TRANSLATE_NOOP("ImportField", "Reading multiplier"),
    "delivery_date": QT_TRANSLATE_NOOP("ImportField", "Delivery date"),
    "delivery_note": QT_TRANSLATE_NOOP("ImportField", "Delivery note"),
    "unit_price": QT_TRANSLATE_NOOP("ImportField", "Unit price"),
}


def plain(text: str) -> str:
    """Lower case, no accents, single spaces: what header rules compare."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


# Words of a time-of-use period, which make a column a period's rather than the bill's total. ONEE, Lydec,
# Redal and Amendis: HP (heures de pointe), HPl (heures pleines), HC (heures creuses); French and Belgian
# suppliers: HP/HC for heures pleines/creuses, jour/nuit; Dutch: dag/nacht, piek/dal.
TOU = (
    r"pointe",
    r"pleines?",
    r"creuses?",
    r"\bpeak\b",
    r"off.?peak",
    r"\bnuit\b",
    r"\bjour\b",
    r"\bnight\b",
    r"\bday\b",
    r"\bdag\b",
    r"\bnacht\b",
    r"\bpiek",
    r"\bdal\b",
    r"\bhp\b",
    r"\bhpl\b",
    r"\bhpt\b",
    r"\bhc\b",
    r"\bhch\b",
)
# Energy sent to the grid (solar), not bought: never a consumption field.
INJECTION = (r"injecti", r"injection", r"teruglever", r"\bexport", r"\brefoul")
# A meter index (the counter's reading), never the consumption itself.
INDEX = (r"\bindex", r"\breleve", r"\breading", r"meterstand", r"stand\b", r"\bcompteur\b", r"\bmeter\b")
POWER = (r"puissance", r"power", r"\bkva\b", r"\bkw\b", r"vermogen", r"\bp\. ?", r"\bpmax\b")

# field -> (patterns that suggest it, patterns that exclude it); matched on plain() headers
RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "start": (
        (
            r"\bdebut\b",
            r"\bstart",
            r"\bfrom\b",
            r"\bdu\b",
            r"\bvan\b",
            r"begin",
            r"periode du",
            r"releve precedent",
            r"ancien releve",
            r"previous reading",
            r"service (from|start)",
            r"period start",
        ),
        (r"fin\b", r"index", r"stand\b"),
    ),
    "end": (
        (
            r"\bfin\b",
            r"\bend\b",
            r"\bto\b",
            r"\bau\b",
            r"\btot\b",
            r"einde",
            r"\bdate\b",  # a bill date ends the period when nothing better does (one hit; "service to" has two)
            r"service (to|end|through)",
            r"\bthrough\b",
            r"period end",
            r"date (du )?releve",
            r"reading date",
        ),
        (
            r"debut",
            r"start",
            r"livraison",
            r"delivery",
            r"levering",
            r"echeance",
            r"due",
            r"paiement",
            r"payment",
            r"precedent",
            r"previous",
            r"ancien",
            r"index",
            r"stand\b",
        ),
    ),
    "month": ((r"\bmois\b", r"\bmonth\b", r"\bmaand\b", r"\bperiode\b", r"\bperiod\b"), (r"debut", r"fin\b")),
    "invoice": (
        (r"factur", r"invoice", r"\bn ?°", r"\bno\b", r"numero", r"number", r"nummer"),
        (
            r"montant",
            r"amount",
            r"bedrag",
            r"livraison",
            r"delivery",
            r"date",
            r"total",
            r"\bht\b",
            r"ttc",
            r"compteur",
            r"meter",
            r"contrat",
            r"contract",
            r"client",
            r"\bean\b",
            r"police",
        ),
    ),
    "kwh_peak": (
        (r"pointe", r"\bpeak\b", r"\bpiek", r"\bhp\b", r"\bhpt\b"),
        (*POWER, r"off.?peak", *INJECTION, *INDEX, r"prix", r"price", r"montant", r"\bdh\b", r"\beur"),
    ),
    "kwh_standard": (
        (r"pleines?", r"standard", r"\bnormal", r"\bhpl\b", r"\bnormaal", r"\bjour\b", r"\bday\b", r"\bdag\b"),
        (*POWER, *INJECTION, *INDEX, r"prix", r"price", r"montant", r"\bdh\b", r"\beur"),
    ),
    "kwh_offpeak": (
        (r"creuses?", r"off.?peak", r"\bnuit\b", r"\bnight\b", r"\bnacht\b", r"\bdal\b", r"\bhc\b", r"\bhch\b"),
        (*POWER, *INJECTION, *INDEX, r"prix", r"price", r"montant", r"\bdh\b", r"\beur"),
    ),
    "kvarh": ((r"reacti[fv]", r"kvarh", r"blind"), (r"prix", r"price", r"montant", r"\bdh\b", r"penalit", *INDEX)),
    "subscribed_kva": ((r"souscrit", r"subscribed", r"contract", r"contractuel", r"aansluit", r"\bps\b"), ()),
    "max_kva": (
        (
            r"appelee",
            r"atteinte",
            r"maximale",
            r"reached",
            r"max.*demand",
            r"peak demand",
            r"maximum",
            r"\bpmax\b",
            r"\bpa\b",
        ),
        (r"souscrit", r"subscribed", r"\bkw\b", r"depass", r"montant", r"prix", r"\bdh\b"),
    ),
    "max_kw": (
        (r"(appelee|atteinte|maximale|reached|demand|maximum|\bpmax\b|\bpa\b).*\bkw\b", r"\bdemand\b"),
        (r"kva", r"souscrit", r"subscribed", r"kwh", r"montant", r"prix", r"\bdh\b"),
    ),
    "cost_excl_vat": (
        (r"\bht\b", r"hors tva", r"hors taxes?", r"excl", r"excluding", r"excl\. btw", r"\bnet\b", r"charges"),
        (r"\bttc\b", r"incl", r"^(?!.*(\bht\b|hors|excl)).*total", r"redevance", r"prix unitaire", r"/kwh"),
    ),
    "vat": (
        (r"\btva\b", r"\bvat\b", r"\bbtw\b", r"\btax"),
        (r"hors", r"excl", r"\bht\b", r"ttc", r"incl", r"taux", r"rate", r"%"),
    ),
    "cost_incl_vat": (
        (
            r"\bttc\b",
            r"incl",
            r"including",
            r"total",
            r"a payer",
            r"to pay",
            r"te betalen",
            r"net a payer",
            r"amount due",
            r"\bdue\b",
            r"\bbedrag\b",
        ),
        (r"\bht\b", r"hors", r"excl", r"\bkwh\b", r"consommation", r"quantit"),
    ),
    "quantity": (
        (
            r"quantit",
            r"quantity",
            r"consumption",
            r"consommation",
            r"usage",
            r"verbruik",
            r"afname",
            r"volume",
            r"\bkwh\b",
            r"\bkg\b",
            r"litre",
            r"\bm3\b",
            r"therm",
        ),
        (r"prix", r"price", r"reacti[fv]", r"kvarh", r"montant", r"\bdh\b", *POWER, *INJECTION, *INDEX, *TOU),
    ),
    "kwh": ((r"\bkwh\b",), (r"prix", r"price", r"reacti[fv]", r"kvarh", r"/kwh", *INJECTION, *INDEX, *TOU)),
    "unit": ((r"^unite$", r"^unit$", r"^eenheid$", r"^unite de", r"^units?$"), ()),
    "estimated": ((r"estim", r"geschat", r"\breel\b", r"actual"), ()),
    "delivery_date": ((r"date de livraison", r"delivery date", r"leverdatum", r"livraison"), (r"bon", r"note")),
    "delivery_note": ((r"bon de livraison", r"delivery note", r"\bbl\b", r"leverbon"), ()),
    "unit_price": ((r"prix unitaire", r"unit price", r"eenheidsprijs", r"/kg", r"/l\b", r"/t\b"), ()),
    "multiplier": (
        (
            r"coef",
            r"multipli",
            r"facteur de lecture",
            r"rapport (de )?tc",
            r"\bct ratio",
            r"\btc\b",
            r"vermenigvuldig",
            r"\bfactor\b",
            r"constante",
        ),
        (r"puissance", r"power", r"cos", r"tva", r"vat"),
    ),
}

# An index column: an index word, and a word for the previous or the current reading; its register by its words.
PREVIOUS = (
    r"ancien",
    r"precedent",
    r"previous",
    r"prior",
    r"\boud",
    r"begin",
    r"debut",
    r"\bstart",
    r"\bfrom\b",
    r"\bdu\b",
)
CURRENT = (
    r"nouvel",
    r"nouveau",
    r"actuel",
    r"current",
    r"present",
    r"\bnew\b",
    r"nieuw",
    r"\beind",
    r"\bfin\b",
    r"\bend\b",
    r"\bto\b",
    r"\bau\b",
)
REGISTERS: dict[str, tuple[str, ...]] = {
    "peak": (r"pointe", r"\bpeak\b", r"\bpiek", r"\bhp\b", r"\bhpt\b"),
    "standard": (r"pleines?", r"\bhpl\b", r"\bjour\b", r"\bday\b", r"\bdag\b", r"\bnormal"),
    "offpeak": (r"creuses?", r"off.?peak", r"\bnuit\b", r"\bnight\b", r"\bnacht\b", r"\bdal\b", r"\bhc\b"),
    "reactive": (r"reacti[fv]", r"kvarh", r"blind"),
}


def _index_score(field: str, text: str, hp_is_standard: bool = False) -> float:
    """Two words make an index column: an index word and previous/current; its register is named or total."""
    if not any(re.search(p, text) for p in INDEX) or re.search(r"date|\bdu\b.*\bau\b", text):
        return 0.0
    is_previous = any(re.search(p, text) for p in PREVIOUS)
    is_current = any(re.search(p, text) for p in CURRENT)
    if is_previous == is_current:
        return 0.0
    found = [name for name, words in REGISTERS.items() if any(re.search(p, text) for p in words)]
    if hp_is_standard and "peak" in found and re.search(r"\bhp\b", text):
        found = ["standard" if f == "peak" else f for f in found]
    register = found[0] if len(found) == 1 else "total" if not found else None
    if register is None:
        return 0.0
    wanted = INDEX_FIELDS[register][0 if is_previous else 1]
    return 2.0 if field == wanted else 0.0


CARRIER_WORDS: dict[Carrier, tuple[str, ...]] = {
    Carrier.ELECTRICITY: ("electri", "elektri", "power", "puissance"),  # kWh are every carrier's
    Carrier.NATURAL_GAS: ("gas", "gaz", "therm", "m3"),
    Carrier.PROPANE: ("propane", "gpl", "lpg"),
    Carrier.BUTANE: ("butane",),
    Carrier.HEAVY_FUEL_OIL: ("fioul", "fuel", "stookolie"),
    Carrier.GAS_OIL: ("gasoil", "diesel", "gazole"),
    Carrier.COAL: ("charbon", "coal", "steenkool"),
    Carrier.BIOMASS: ("bois", "wood", "biomass", "pellet"),
    Carrier.DISTRICT_HEAT: ("chaleur", "heat", "warmte"),
    Carrier.OTHER: (),
}


@dataclass(frozen=True)
class ColumnGuess:
    field: str
    column: int
    header: str


def _score(field: str, header: str, carrier: Carrier, hp_is_standard: bool = False) -> float:
    text = plain(header)
    if field.startswith("index_"):
        return _index_score(field, text, hp_is_standard)
    wanted, excluded = RULES[field]
    if not text or any(re.search(p, text) for p in excluded):
        return 0.0
    hits = sum(1 for p in wanted if re.search(p, text))
    if not hits:
        return 0.0
    score = float(hits)
    others = [w for c, words in CARRIER_WORDS.items() if c is not carrier for w in words]
    own = CARRIER_WORDS[carrier]
    if any(w in text for w in own):
        score += 0.5
    elif any(w in text for w in others) and field not in ("start", "end", "month", "invoice"):
        score -= 2.0  # "Gas Usage" is not the electricity quantity
    return score


def duplicate_headers(headers: Sequence[str]) -> dict[str, list[int]]:
    """Header text -> the 0-based columns that carry it, for every name used more than once."""
    seen: dict[str, list[int]] = {}
    for i, header in enumerate(headers):
        if plain(header):
            seen.setdefault(plain(header), []).append(i)
    return {headers[columns[0]]: columns for columns in seen.values() if len(columns) > 1}


def _vocabulary(headers: Sequence[str]) -> dict[str, float]:
    """Adjustments the header row as a whole calls for: HP is heures de pointe beside HPl (ONEE, Lydec) but
    heures pleines beside HC alone (French and Belgian two-period tariffs)."""
    texts = [plain(h) for h in headers]

    def has(pattern: str) -> bool:
        return any(re.search(pattern, t) for t in texts)

    three_periods = has(r"\bhpl\b") or has(r"pleines?") or has(r"pointe")
    if has(r"\bhp\b") and has(r"\bhc\b") and not three_periods:
        return {"hp_is_standard": 1.0}
    return {}


# Fields whose columns are chosen together, because their contents must agree with each other.
GROUPS: tuple[tuple[str, ...], ...] = (
    ("quantity", "kwh", "kwh_peak", "kwh_standard", "kwh_offpeak"),
    ("cost_excl_vat", "vat", "cost_incl_vat"),
    ("start", "end", "month"),
)
CANDIDATES_PER_FIELD = 3


def guess_mapping(
    headers: Sequence[str],
    carrier: Carrier,
    delivery: bool = False,
    rows: Sequence[Sequence[str]] = (),
    decimal: str = ".",
) -> dict[str, int]:
    """field -> column index, each column used once.

    The header rules are evidence, not the decision: candidate columns for the fields that must agree with
    each other (the time-of-use periods and the total, HT + VAT = TTC, start before end) are tried together and
    scored by their headers *and* by what the first rows hold; the best consistent assignment wins. The other
    fields take their best-scoring column.
    """
    fields = (
        ("delivery_date", "delivery_note", "unit_price", "quantity", "cost_excl_vat", "vat", "cost_incl_vat")
        if delivery
        else BILL_FIELDS
    )
    # A file with columns for several carriers (Xcel: electric and gas): its "Total" is not this carrier's cost.
    other_words = [w for c, words in CARRIER_WORDS.items() if c is not carrier for w in words if len(w) > 3]
    several = any(any(w in plain(h) for w in other_words) for h in headers)
    vocabulary = _vocabulary(headers)

    def score(field: str, header: str) -> float:
        if several and field == "cost_incl_vat" and not any(w in plain(header) for w in CARRIER_WORDS[carrier]):
            return 0.0
        if field.startswith("index_"):
            return _score(field, header, carrier, bool(vocabulary.get("hp_is_standard")))
        if vocabulary.get("hp_is_standard") and re.search(r"\bhp\b", plain(header)):
            if field == "kwh_peak":
                return 0.0
            if field == "kwh_standard":
                return _score("kwh_peak", header, carrier)
        return _score(field, header, carrier)

    scores = {(f, i): s for f in fields for i, h in enumerate(headers) if (s := score(f, h)) > 0}
    content = ColumnContent(rows, decimal)
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for group in GROUPS:
        members = [f for f in group if f in fields]
        if members:
            chosen = _best_assignment(members, scores, used, content)
            mapping.update(chosen)
            used.update(chosen.values())
    pairs = sorted(
        ((s, f, i) for (f, i), s in scores.items() if not any(f in g for g in GROUPS)),
        key=lambda p: (-p[0], fields.index(p[1]), p[2]),
    )
    for _score_value, field, column in pairs:
        if field not in mapping and column not in used:
            mapping[field] = column
            used.add(column)
    # Time-of-use columns make the single kWh total redundant; a start/end pair makes a month column redundant.
    if {"kwh_peak", "kwh_standard", "kwh_offpeak"} & set(mapping) and "quantity" in mapping:
        mapping.pop("kwh", None)
    if "start" in mapping and "end" in mapping:
        mapping.pop("month", None)
    return mapping


class ColumnContent:
    """The first rows' cells of each column as numbers or dates, read once, for the content checks."""

    SAMPLE = 200

    def __init__(self, rows: Sequence[Sequence[str]], decimal: str) -> None:
        self.rows = [r for r in rows[: self.SAMPLE] if any(c.strip() for c in r)]
        self.decimal = decimal
        self._numbers: dict[int, list[float | None]] = {}
        self._dates: dict[tuple[int, bool], list[dt.date | None]] = {}

    def numbers(self, column: int) -> list[float | None]:
        if column not in self._numbers:
            from .values import CellError, parse_number

            values: list[float | None] = []
            for row in self.rows:
                try:
                    values.append(parse_number(row[column], self.decimal) if column < len(row) else None)
                except CellError:
                    values.append(None)
            self._numbers[column] = values
        return self._numbers[column]

    def dates(self, column: int, day_first: bool = True) -> list[dt.date | None]:
        """The column's dates read in one order (day-first or month-first: the file has not said yet)."""
        key = (column, day_first)
        if key not in self._dates:
            from .values import CellError, parse_date

            values: list[dt.date | None] = []
            for row in self.rows:
                text = row[column] if column < len(row) else ""
                if re.fullmatch(r"\s*[\d.,]+\s*", text):
                    values.append(None)  # a plain number may be an Excel serial date, or a kWh: no evidence
                    continue
                try:
                    values.append(parse_date(text, day_first))
                except CellError:
                    values.append(None)
            self._dates[key] = values
        return self._dates[key]


def _best_assignment(
    members: list[str], scores: dict[tuple[str, int], float], used: set[int], content: ColumnContent
) -> dict[str, int]:
    """The assignment of ``members`` to distinct free columns (or to none) with the best header + content score."""
    options: list[list[int | None]] = []
    for field in members:
        ranked = sorted((i for (f, i) in scores if f == field and i not in used), key=lambda i: -scores[(field, i)])
        options.append([*ranked[:CANDIDATES_PER_FIELD], None])
    best: dict[str, int] = {}
    best_score = 0.0
    for combo in itertools.product(*options):
        columns = [c for c in combo if c is not None]
        if len(columns) != len(set(columns)):
            continue
        assignment = {f: c for f, c in zip(members, combo, strict=True) if c is not None}
        total = sum(scores[(f, c)] for f, c in assignment.items()) + _content_score(assignment, content)
        if total > best_score + 1e-9:
            best, best_score = assignment, total
    return best


T = TypeVar("T")  # what the two figures of a pair are: numbers, or dates


def _agreement(pairs: Iterable[tuple[T, T]], tolerance: Callable[[T, T], bool]) -> float | None:
    """The share of rows where two figures agree; None when no row has both."""
    checked = agreed = 0
    for a, b in pairs:
        checked += 1
        agreed += tolerance(a, b)
    return agreed / checked if checked else None


def _content_score(assignment: dict[str, int], content: ColumnContent) -> float:
    """What the rows say of an assignment: +3 when its figures agree in every row, -6 when they mostly do not."""
    if not content.rows:
        return 0.0
    score = 0.0
    parts = [assignment[f] for f in ("kwh_peak", "kwh_standard", "kwh_offpeak") if f in assignment]
    total = assignment.get("quantity", assignment.get("kwh"))
    if total is not None:
        score += 1.0  # what the invoice bills: kept over a split that disagrees with it
    if parts and total is not None:
        score += _judge(_sum_agreement(content, parts, total))
    if all(f in assignment for f in ("cost_excl_vat", "vat", "cost_incl_vat")):
        score += _judge(
            _sum_agreement(content, [assignment["cost_excl_vat"], assignment["vat"]], assignment["cost_incl_vat"])
        )
    if "start" in assignment and "end" in assignment:
        shares = []
        for day_first in (True, False):  # the order that suits these two columns best: the file decides it later
            starts = content.dates(assignment["start"], day_first)
            ends = content.dates(assignment["end"], day_first)
            pairs = ((s, e) for s, e in zip(starts, ends, strict=True) if s and e)
            shares.append(_agreement(pairs, lambda s, e: s <= e))
        known = [x for x in shares if x is not None]
        score += _judge(max(known) if known else None)
    for field, column in assignment.items():
        if field in ("kwh_peak", "kwh_standard", "kwh_offpeak", "quantity", "kwh", "cost_excl_vat", "vat"):
            values = content.numbers(column)
            if values and sum(v is not None for v in values) < 0.5 * len(values):
                score -= 1.0  # a column of text (or dates) is a poor quantity: another candidate wins
    return score


def _sum_agreement(content: ColumnContent, parts: list[int], total: int) -> float | None:
    columns = [content.numbers(c) for c in parts]
    totals = content.numbers(total)
    pairs = []
    for i, value in enumerate(totals):
        row_parts = [p for p in (col[i] for col in columns) if p is not None]
        if value is not None and len(row_parts) == len(columns):  # every part given
            pairs.append((sum(row_parts), value))
    return _agreement(pairs, lambda a, b: abs(a - b) <= 1 + 0.01 * abs(b))


def unmapped_evidence(headers: Sequence[str], carrier: Carrier, mapping: dict[str, int]) -> dict[int, str]:
    """Columns left unread although their header looks like a field (column -> that field): the import says so,
    so that a column the whole-mapping choice set aside is never dropped without a word."""
    used = set(mapping.values())
    found = {}
    for i, header in enumerate(headers):
        if i in used:
            continue
        scored = [(s, f) for f in BILL_FIELDS if f not in mapping and (s := _score(f, header, carrier)) > 0]
        if scored:
            found[i] = max(scored)[1]
    return found


def _judge(share: float | None) -> float:
    if share is None:
        return 0.0
    return 3.0 if share >= 0.9 else -6.0 if share < 0.5 else 0.0


def unit_from_header(header: str) -> Unit | None:
    """The unit written in a header: ``Quantité (kg)``, ``Gas Usage (Therms)``, ``Volume m³``."""
    for candidate in re.findall(r"\(([^)]+)\)", header) + header.replace("/", " ").split():
        try:
            return parse_unit(candidate)
        except ValueError:
            continue
    return None
