"""The cluster synthesis read back: totals beside medians saying what they cover, the sites compared, the
measures found at several sites, each site's data flags, a short block per site (a page each only when chosen)."""

from __future__ import annotations

import statistics

import pytest
from docx import Document
from docx.oxml.ns import qn

from workbench.analysis.cluster_comparison import compare_cluster
from workbench.analysis.cluster_totals import cluster_figures
from workbench.domain import model
from workbench.domain.vocab import EndUse, Language, MeasureCategory
from workbench.i18n.catalogue import translator_for
from workbench.reporting.cluster_report import write_cluster_report

from ..analysis.test_cluster_totals import add_site, saving
from .test_site_report import all_text, captions, headings, number

CLUSTER = "Cluster EEMC — matériaux de construction"
SITES = [
    "Ciments de l'Atlas — station de broyage",
    "Briqueterie Al Amal",
    "Céramiques du Littoral",
    "Préfa Béton Bouskoura",
    "Verre Trempé Lissasfa",
]
EN_HEADINGS = [
    "The cluster in figures",
    "The sites compared",
    "Measures found at several sites",
    "Data quality",
    "The sites in brief",
    "Method",
]


def page_breaks(doc) -> int:
    return sum(1 for br in doc.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page")


def rows_of(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def table_after(doc, caption_end: str):
    """The table whose caption ends with ``caption_end``."""
    body = list(doc.element.body.iterchildren())
    for i, element in enumerate(body):
        if element.tag == qn("w:p") and "".join(element.itertext()).endswith(f"— {caption_end}"):
            following = body[i + 1]
            assert following.tag == qn("w:tbl"), caption_end
            return next(t for t in doc.tables if t._tbl is following)
    raise AssertionError(f"no table captioned {caption_end!r}")


@pytest.fixture(scope="module")
def written(demo_path, tmp_path_factory):
    from workbench.storage.workspace import Workspace

    folder = tmp_path_factory.mktemp("cluster")
    with Workspace.open(demo_path) as ws:
        cluster_id = next(c.id for c in ws.clusters() if c.name == CLUSTER)
        comparison = compare_cluster(ws, cluster_id)
        docs = {
            lang: write_cluster_report(ws, cluster_id, lang, translator_for(lang), folder / f"{lang.value}.docx")
            for lang in Language
        }
        pages = write_cluster_report(
            ws, cluster_id, Language.EN, translator_for(Language.EN), folder / "pages.docx", per_site_pages=True
        )
    return comparison, {lang: Document(str(path)) for lang, path in docs.items()}, Document(str(pages))


def test_structure_in_each_language(written):
    _, docs, _ = written
    fr, en = docs[Language.FR], docs[Language.EN]
    assert fr.paragraphs[0].text == "Synthèse du cluster" and en.paragraphs[0].text == "Cluster synthesis"
    assert headings(en) == EN_HEADINGS
    assert len(headings(fr)) == len(EN_HEADINGS) and headings(fr)[-1] == "Méthode"
    assert headings(en, 2) == SITES == headings(fr, 2)  # a short block per site, under one heading
    assert captions(en)[:6] == [
        "Table 1 — The cluster in figures: totals and medians",
        "Table 2 — The sites compared",
        "Table 3 — Energy per unit produced, by unit",
        "Table 4 — Savings potential by site",
        "Table 5 — Measures found at several sites, combined",
        "Table 6 — Data-quality flags by site",
    ]
    assert captions(fr)[-1].endswith("— Facteurs utilisés") and captions(en)[-1].endswith("— Factors used")
    assert "Médiane du cluster" in all_text(fr) and "Cluster median" not in all_text(fr)


def test_no_page_per_site_by_default_and_one_when_chosen(written):
    _, docs, pages = written
    en = docs[Language.EN]
    assert page_breaks(en) == 2  # after the cover and after the contents: nothing else starts a page
    assert not any(c.endswith("against the cluster") for c in captions(en))
    assert headings(pages) == [*EN_HEADINGS[:4], *SITES, "Method"]
    assert page_breaks(pages) == 2 + len(SITES) + 1  # a page per site, and the method after the last one
    against = [c for c in captions(pages) if c.endswith("against the cluster")]
    assert len(against) == len(SITES)


def test_totals_beside_medians_say_what_they_cover(written):
    comparison, docs, _ = written
    en = docs[Language.EN]
    totals = {row[0]: row[1:] for row in rows_of(table_after(en, "The cluster in figures: totals and medians"))[1:]}
    sites = rows_of(table_after(en, "The sites compared"))[1:-1]
    kwh = [number(r[1]) for r in sites]
    assert number(totals["Final energy (kWh)"][0]) == pytest.approx(sum(kwh), abs=len(kwh))
    assert number(totals["Final energy (kWh)"][1]) == pytest.approx(statistics.median(kwh), abs=1)
    cost = [number(r[2]) for r in sites]
    assert number(totals["Energy cost excl. VAT (MAD)"][0]) == pytest.approx(sum(cost), abs=len(cost))
    figures = cluster_figures(comparison)
    for label, key in (
        ("Emissions (t CO2)", "co2_t"),
        ("Savings potential (kWh a year)", "savings_kwh"),
        ("Savings potential a year (MAD)", "savings_cost"),
        ("Emissions avoided by the savings (t CO2 a year)", "savings_co2_t"),
        ("Investment in the savings (MAD)", "savings_investment"),
    ):
        assert number(totals[label][0]) == pytest.approx(figures[key].total, abs=0.51), label
        assert number(totals[label][1]) == pytest.approx(figures[key].median, abs=0.51), label
    assert totals["Savings potential (share of the bill)"][0] == "10%"
    assert totals["Simple payback of the savings"][0].endswith("years")
    # Céramiques misses a month, Préfa has a repeated bill: every total says so, and names them once
    assert {row[2] for row in totals.values()} == {"5 of 5 sites (a)"}
    note = next(p.text for p in en.paragraphs if p.text.startswith("(a) "))
    assert "Céramiques du Littoral (months billed in full: 11 of 12" in note
    assert "Préfa Béton Bouskoura (repeated bills left out of the totals: 1)" in note
    assert "No renewable production is proposed at any of the sites." in all_text(en)


def test_the_sites_compared_with_their_flags(written):
    _, docs, _ = written
    en, fr = docs[Language.EN], docs[Language.FR]
    table = rows_of(table_after(en, "The sites compared"))
    assert table[0] == [
        "Site",
        "Final energy (kWh)",
        "Cost excl. VAT (MAD)",
        "Cost per kWh (MAD)",
        "Savings (share of final energy)",
        "Payback",
        "Data flags",
    ]  # no energy per unit: the sites count their production in t, m² and m³
    assert [r[0] for r in table[1:]] == [*SITES, "Cluster median"]
    flags = {r[0]: r[-1] for r in table[1:-1]}
    assert flags == {SITES[0]: "—", SITES[1]: "—", SITES[2]: "1", SITES[3]: "1", SITES[4]: "—"}
    median = table[-1]
    for column in (1, 2, 3):
        assert number(median[column]) == pytest.approx(statistics.median(number(r[column]) for r in table[1:-1]))
    for r in table[1:-1]:  # the cost per kWh of each row is its cost over its kWh
        assert number(r[3]) == pytest.approx(number(r[2]) / number(r[1]), abs=0.0006)
    assert "\u202f" in rows_of(fr.tables[1])[1][1]  # French thousands


def test_energy_per_unit_compares_within_a_unit(written):
    _, docs, _ = written
    en = docs[Language.EN]
    # the units most sites use first: m² (tiles, glass) and t (cement, bricks), then m³ (concrete blocks)
    assert (
        "(m², t, m³) or make different products: their energy per unit compares only between sites of the same unit "
        "and sector (NACE division)." in all_text(en)
    )
    rows = rows_of(table_after(en, "Energy per unit produced, by unit"))
    assert rows[0] == ["Site", "Production per year", "kWh per unit produced", "Median of the same unit and sector"]
    by_site = {r[0]: r[1:] for r in rows[1:]}
    tonnes = [number(by_site[s][1].split("\u00a0")[0]) for s in SITES[:2]]
    assert by_site[SITES[0]][2] == by_site[SITES[1]][2] and by_site[SITES[0]][2].endswith("kWh/t")
    assert number(by_site[SITES[0]][2].split("\u00a0")[0]) == pytest.approx(statistics.median(tonnes), abs=0.5)
    assert by_site["Préfa Béton Bouskoura"][2] == "—"  # alone in m³


def test_measures_found_at_several_sites(written):
    _, docs, _ = written
    en = docs[Language.EN]
    rows = {r[0]: r[1:] for r in rows_of(table_after(en, "Measures found at several sites, combined"))[1:]}
    assert rows["Replace the lighting with LED fixtures"][0] == "5"
    assert rows["Repair compressed-air leaks"][0] == "4"
    assert rows["Correct the power factor"][1] == "—"  # a tariff lever saves money, not kWh
    assert "Process heat (investment)" in rows  # kiln heat recovery and roof insulation: one family
    bullets = [p.text for p in en.paragraphs if p.style.name == "List Bullet"]
    led = next(b for b in bullets if b.startswith("Replace the lighting with LED fixtures recurs at all 5 sites."))
    assert "joint call for tenders for the 5 sites" in led
    leaks = next(b for b in bullets if b.startswith("Repair compressed-air leaks recurs at 4 of the 5 sites"))
    assert "one contractor for the 4 sites" in leaks and "Briqueterie" not in leaks


def test_data_quality_flags_per_site(written):
    _, docs, _ = written
    en = docs[Language.EN]
    rows = {r[0]: r[1:] for r in rows_of(table_after(en, "Data-quality flags by site"))[1:]}
    assert list(rows) == SITES
    assert rows[SITES[0]] == ["10/2018\u00a0–\u00a009/2019", "None"]
    assert rows["Céramiques du Littoral"][1].startswith("Months billed in full: 11 of 12")
    assert rows["Préfa Béton Bouskoura"][1] == "Repeated bills left out of the totals: 1"


def test_a_small_cluster_by_hand(workspace, tmp_path):
    """The three sites of tests/analysis/test_cluster_totals.py, whose figures are worked there by hand."""
    cluster = workspace.insert(model.Cluster("C"))
    a = add_site(workspace, cluster.id, "A", 1000, 1.0, production=100)
    b = add_site(workspace, cluster.id, "B", 2000, 0.8, unpriced=(3,), twice=(5,))
    add_site(workspace, cluster.id, "C", 500, 1.2, skip=(6,))
    workspace.insert(saving(a.id, "Fuites", EndUse.COMPRESSED_AIR, 1200, 600.0))
    workspace.insert(saving(b.id, "LED", EndUse.LIGHTING, 2400, 4000.0, MeasureCategory.INVESTMENT))
    path = write_cluster_report(workspace, cluster.id, Language.EN, translator_for(Language.EN), tmp_path / "c.docx")
    doc = Document(str(path))
    totals = {row[0]: row[1:] for row in rows_of(doc.tables[0])[1:]}
    assert totals["Final energy (kWh)"] == ["41,450", "12,000", "3 of 3 sites (a)"]
    assert totals["Energy cost excl. VAT (MAD)"] == ["35,980", "12,000", "3 of 3 sites (a)"]
    assert totals["Savings potential (kWh a year)"][:2] == ["3,600", "1,200"]
    assert totals["Savings potential (share of final energy)"][:2] == ["9%", "10%"]
    assert totals["Savings potential a year (MAD)"][:2] == ["3,120", "1,200"]  # 1 200, 1 920 and 0
    # C saves nothing and has no payback; of A and B, B is flagged: another set of sites, another note
    assert totals["Simple payback of the savings"] == ["1.5\u00a0years", "1.3\u00a0years", "2 of 3 sites (b)"]
    note = next(p.text for p in doc.paragraphs if p.text.startswith("(a) "))
    assert note == (
        "(a) Counted with a data caveat: B (repeated bills left out of the totals: 1; bills without an amount, "
        "left out of the costs (cost unknown): 1); C (months billed in full: 11 of 12; its totals cover those "
        "months only)."
    )
    quality = {r[0]: r[2] for r in rows_of(table_after(doc, "Data-quality flags by site"))[1:]}
    assert quality["A"] == "None"
    assert quality["B"].split("\n") == [
        "Repeated bills left out of the totals: 1",
        "Bills without an amount, left out of the costs (cost unknown): 1",
    ]
    assert "No measure is found at two sites or more." in all_text(doc)
    assert headings(doc, 2) == ["A", "B", "C"]


def test_the_factors_behind_the_figures_are_listed_by_name(written):
    from workbench.domain.factors import avoided_emission_key, emission_key
    from workbench.domain.units import Carrier
    from workbench.resources import factor_set

    _, docs, _ = written
    reference = factor_set("MA").factors
    for language, doc in docs.items():
        rows = [[c.text for c in row.cells] for row in doc.tables[-1].rows[1:]]
        names = [r[0] for r in rows]
        for key in (emission_key(Carrier.ELECTRICITY), avoided_emission_key(Carrier.ELECTRICITY), "toe.kwh_per_toe"):
            assert reference[key].name_in(language.value) in names
        assert len(names) == len(set(names))  # once each: the sites share the reference set
        text = "\n".join(" ".join(r) for r in rows)
        assert not [key for key in reference if key in text]
