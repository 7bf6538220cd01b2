"""Which column holds which field: stable field names, and guesses from French, English and Dutch headers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

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
)
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
    "delivery_date": QT_TRANSLATE_NOOP("ImportField", "Delivery date"),
    "delivery_note": QT_TRANSLATE_NOOP("ImportField", "Delivery note"),
    "unit_price": QT_TRANSLATE_NOOP("ImportField", "Unit price"),
}


def plain(text: str) -> str:
    """Lower case, no accents, single spaces: what header rules compare."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


TOU = (r"pointe", r"pleines", r"creuses", r"\bpeak\b", r"off.?peak", r"\bnuit\b", r"\bnight\b", r"\bhp\b", r"\bhc\b")

# field -> (patterns that suggest it, patterns that exclude it); matched on plain() headers
RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "start": ((r"\bdebut\b", r"\bstart", r"\bfrom\b", r"\bdu\b", r"\bvan\b", r"begin", r"periode du"), (r"fin\b",)),
    "end": (
        (r"\bfin\b", r"\bend\b", r"\bto\b", r"\bau\b", r"\btot\b", r"einde", r"bill date", r"\bdate\b"),
        (r"debut", r"start", r"livraison", r"delivery", r"levering"),
    ),
    "month": ((r"\bmois\b", r"\bmonth\b", r"\bmaand\b", r"\bperiode\b", r"\bperiod\b"), (r"debut", r"fin\b")),
    "invoice": (
        (r"factur", r"invoice", r"\bn ?°", r"\bno\b", r"numero", r"number", r"nummer"),
        (r"montant", r"amount", r"bedrag", r"livraison", r"delivery", r"date"),
    ),
    "kwh_peak": ((r"pointe", r"\bpeak\b", r"\bpiek", r"\bhp\b", r"\bhpt\b"), (r"puissance", r"power", r"kva", r"kw\b")),
    "kwh_standard": ((r"pleines", r"standard", r"\bnormal", r"\bhpl\b", r"\bnormaal"), (r"puissance", r"power")),
    "kwh_offpeak": (
        (r"creuses", r"off.?peak", r"\bnuit\b", r"\bnight\b", r"\bnacht\b", r"\bdal\b", r"\bhc\b"),
        (r"puissance", r"power"),
    ),
    "kvarh": ((r"reactiv", r"kvarh", r"blind"), ()),
    "subscribed_kva": ((r"souscrit", r"subscribed", r"contract", r"contractuel", r"aansluit"), ()),
    "max_kva": (
        (r"appelee", r"atteinte", r"maximale", r"reached", r"max.*demand", r"peak demand", r"maximum"),
        (r"souscrit", r"subscribed", r"\bkw\)"),
    ),
    "max_kw": ((r"appelee.*\bkw\b", r"max.*\(kw\)", r"demand \(kw\)"), (r"kva",)),
    "cost_excl_vat": (
        (r"\bht\b", r"hors tva", r"excl", r"excluding", r"excl\. btw", r"\bnet\b", r"charges"),
        (r"\bttc\b", r"incl", r"total"),
    ),
    "vat": ((r"\btva\b", r"\bvat\b", r"\bbtw\b", r"\btax"), (r"hors", r"excl", r"\bht\b", r"ttc", r"incl")),
    "cost_incl_vat": (
        (r"\bttc\b", r"incl", r"including", r"total", r"a payer", r"to pay", r"te betalen"),
        (r"\bht\b",),
    ),
    "quantity": (
        (
            r"quantit",
            r"quantity",
            r"consumption",
            r"consommation",
            r"usage",
            r"verbruik",
            r"volume",
            r"\bkwh\b",
            r"\bkg\b",
            r"litre",
            r"\bm3\b",
            r"therm",
        ),
        (r"prix", r"price", r"reactiv", r"kvarh", *TOU),
    ),
    "kwh": ((r"\bkwh\b",), (r"prix", r"price", r"reactiv", r"kvarh", r"/kwh", *TOU)),
    "unit": ((r"^unite$", r"^unit$", r"^eenheid$", r"^unite de", r"^units?$"), ()),
    "estimated": ((r"estim", r"geschat", r"\breel\b", r"actual"), ()),
    "delivery_date": ((r"date de livraison", r"delivery date", r"leverdatum", r"livraison"), (r"bon", r"note")),
    "delivery_note": ((r"bon de livraison", r"delivery note", r"\bbl\b", r"leverbon"), ()),
    "unit_price": ((r"prix unitaire", r"unit price", r"eenheidsprijs", r"/kg", r"/l\b", r"/t\b"), ()),
}

CARRIER_WORDS: dict[Carrier, tuple[str, ...]] = {
    Carrier.ELECTRICITY: ("electri", "elektri", "kwh", "power", "puissance"),
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


def _score(field: str, header: str, carrier: Carrier) -> float:
    text = plain(header)
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


def guess_mapping(headers: Sequence[str], carrier: Carrier, delivery: bool = False) -> dict[str, int]:
    """field -> column index, each column used once, the best-scoring pairs first."""
    fields = (
        ("delivery_date", "delivery_note", "unit_price", "quantity", "cost_excl_vat", "vat", "cost_incl_vat")
        if delivery
        else BILL_FIELDS
    )
    # A file with columns for several carriers (Xcel: electric and gas): its "Total" is not this carrier's cost.
    other_words = [w for c, words in CARRIER_WORDS.items() if c is not carrier for w in words if len(w) > 3]
    several = any(any(w in plain(h) for w in other_words) for h in headers)

    def score(field: str, header: str) -> float:
        if several and field == "cost_incl_vat" and not any(w in plain(header) for w in CARRIER_WORDS[carrier]):
            return 0.0
        return _score(field, header, carrier)

    pairs = sorted(
        ((s, f, i) for f in fields for i, h in enumerate(headers) if (s := score(f, h)) > 0),
        key=lambda p: (-p[0], fields.index(p[1]), p[2]),
    )
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _score_value, field, column in pairs:
        if field not in mapping and column not in used:
            mapping[field] = column
            used.add(column)
    # Time-of-use columns make the single total redundant; a start/end pair makes a month column redundant.
    if {"kwh_peak", "kwh_standard", "kwh_offpeak"} & set(mapping):
        mapping.pop("kwh", None)
    if "start" in mapping and "end" in mapping:
        mapping.pop("month", None)
    return mapping


def unit_from_header(header: str) -> Unit | None:
    """The unit written in a header: ``Quantité (kg)``, ``Gas Usage (Therms)``, ``Volume m³``."""
    for candidate in re.findall(r"\(([^)]+)\)", header) + header.replace("/", " ").split():
        try:
            return parse_unit(candidate)
        except ValueError:
            continue
    return None
