"""The cluster synthesis read back: sites side by side, medians that are the middle site, one page per site."""

from __future__ import annotations

import statistics

import pytest
from docx import Document

from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.reporting.cluster_report import write_cluster_report

from .test_site_report import all_text, captions, headings, number

CLUSTER = "Cluster EEMC — matériaux de construction"
SITES = [
    "Ciments de l'Atlas — station de broyage",
    "Briqueterie Al Amal",
    "Céramiques du Littoral",
    "Préfa Béton Bouskoura",
    "Verre Trempé Lissasfa",
]


@pytest.fixture(scope="module")
def reports(demo_path, tmp_path_factory):
    from workbench.storage.workspace import Workspace

    folder = tmp_path_factory.mktemp("cluster")
    with Workspace.open(demo_path) as ws:
        cluster_id = next(c.id for c in ws.clusters() if c.name == CLUSTER)
        written = {
            lang: write_cluster_report(ws, cluster_id, lang, translator_for(lang), folder / f"{lang.value}.docx")
            for lang in Language
        }
    return Document(str(written[Language.FR])), Document(str(written[Language.EN]))


def test_structure_in_each_language(reports):
    fr, en = reports
    assert fr.paragraphs[0].text == "Synthèse du cluster" and en.paragraphs[0].text == "Cluster synthesis"
    assert headings(fr) == ["Les sites côte à côte", *SITES, "Méthode"]
    assert headings(en) == ["Sites side by side", *SITES, "Method"]
    assert captions(fr)[:3] == [
        "Tableau 1 — Consommation et coût par site",
        "Tableau 2 — Indicateurs énergétiques par site",
        "Tableau 3 — Mesures identifiées par site",
    ]
    # one page per site: a page break before each site's heading, and its two tables; the factors used last
    assert len(fr.tables) == 3 + 2 * len(SITES) + 1
    assert captions(fr)[-1].endswith("— Facteurs utilisés") and captions(en)[-1].endswith("— Factors used")
    assert "Sites side by side" not in all_text(fr) and "Les sites côte à côte" not in all_text(en)
    assert "Médiane du cluster" in all_text(fr) and "Cluster median" not in all_text(fr)


def test_the_median_row_is_the_middle_site(reports):
    _, en = reports
    table = en.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    sites, median = rows[:-1], rows[-1]
    assert [r[0] for r in sites] == SITES and median[0] == "Cluster median"
    for column in (1, 2, 3):
        assert number(median[column]) == pytest.approx(statistics.median(number(r[column]) for r in sites))
    # the cost per kWh of each row is its cost over its kWh
    for r in sites:
        assert number(r[3]) == pytest.approx(number(r[2]) / number(r[1]), abs=0.0006)


def test_per_unit_across_units_is_explained_not_averaged(reports):
    _, en = reports
    per_unit = [row.cells[3].text for row in en.tables[1].rows[1:]]
    assert per_unit[-1] == "—"
    assert any(text.endswith("kWh/t") for text in per_unit) and any(text.endswith("kWh/m²") for text in per_unit)
    assert "(m², m³, t): their energy per unit has no common median." in all_text(en)


def test_site_pages_compare_each_site_with_the_cluster(reports):
    fr, _ = reports
    table = fr.tables[3]  # the first site's page
    assert [c.text for c in table.rows[0].cells] == ["Indicateur", "Site", "Médiane du cluster"]
    medians = {row.cells[0].text: row.cells[2].text for row in table.rows[1:]}
    cluster_median_kwh = fr.tables[0].rows[-1].cells[1].text
    assert medians["Énergie finale (kWh)"] == cluster_median_kwh
    best = fr.tables[4]
    paybacks = [number(row.cells[3].text) for row in best.rows[1:]]
    assert paybacks == sorted(paybacks) and len(paybacks) <= 5


def test_the_factors_behind_the_figures_are_listed_by_name(reports):
    from workbench.domain.factors import avoided_emission_key, emission_key
    from workbench.domain.units import Carrier
    from workbench.resources import factor_set

    reference = factor_set("MA").factors
    for doc, language in zip(reports, ("fr", "en"), strict=True):
        rows = [[c.text for c in row.cells] for row in doc.tables[-1].rows[1:]]
        names = [r[0] for r in rows]
        for key in (emission_key(Carrier.ELECTRICITY), avoided_emission_key(Carrier.ELECTRICITY), "toe.kwh_per_toe"):
            assert reference[key].name_in(language) in names
        assert len(names) == len(set(names))  # once each: the sites share the reference set
        text = "\n".join(" ".join(r) for r in rows)
        assert not [key for key in reference if key in text]
