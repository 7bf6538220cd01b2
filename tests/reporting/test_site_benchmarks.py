"""The benchmark table of the site report, written to Word and read back with python-docx."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from docx import Document

from tests.builders import electricity_and_propane_site
from workbench.analysis.measures import site_measures
from workbench.analysis.programme import load_accounts
from workbench.domain.benchmarks import BenchmarkSet
from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.reporting.site_benchmarks import benchmark_table
from workbench.reporting.site_context import ReportContext
from workbench.resources import report_template

D = dt.date
NBSP, NNBSP = "\u00a0", "\u202f"
HEADER = ["Indicator", "Site", "Benchmark", "Site against the benchmark", "Source", "Status"]


def entry(entry_id: str, label: str, **fields) -> dict:
    base = {
        "id": entry_id,
        "nace": ["23.51"],
        "label": {"fr": f"{label} (fr)", "en": label},
        "kind": "electricity",
        "unit": "t",
        "unit_text": {"fr": "t de ciment", "en": "t cement"},
        "product": ["cement", "ciment"],
        "low_kwh": 35,
        "high_kwh": 50,
        "meaning": "typical",
        "source": "General cement industry practice",
        "url": "",
        "year": None,
        "status": "unverified",
    }
    base.update(fields)
    return base


SET = BenchmarkSet.from_json(
    {
        "entries": [
            entry(
                "grinding",
                "Cement grinding station",
                note={"fr": "Les broyeurs verticaux consomment moins.", "en": "Vertical roller mills use less."},
            ),
            entry(
                "target",
                "IEA 2030 target, whole plant",
                low_kwh=87,
                high_kwh=87,
                meaning="target",
                status="verified",
                source="IEA Tracking Clean Energy Progress",
                year=2018,
            ),
            entry(
                "total",
                "Cement plant, all energy",
                kind="total",
                low_kwh=80,
                high_kwh=100,
                status="partly",
                source="A press article",
            ),
            entry(
                "kiln",
                "Clinker kiln",
                kind="thermal",
                unit_text={"fr": "t de clinker", "en": "t clinker"},
                product=["clinker"],
                bare_unit=False,
                low_kwh=805.62,
                high_kwh=916.74,
                meaning="best_practice",
                source="EU BREF Cement, Lime and Magnesium Oxide (2013)",
                year=2013,
            ),
            entry("tiles", "Ceramic tiles", nace=["23.31"]),
        ]
    }
)


@pytest.fixture
def grinding_station(workspace):
    """1 000 t of cement a year; 12 bills of 4 000 kWh in 2019 and 3 000 kg of propane used in the year."""
    return electricity_and_propane_site(
        workspace,
        4_000.0,
        4_000.0,
        name="Grinding station",
        nace_code="23.51",
        production_volume=1000.0,
        production_unit="t",
    )


def write(workspace, site, language, path, benchmarks=SET):
    account = load_accounts(workspace)[site.id]
    balance, _figures = site_measures(account, workspace.equipment(site.id), workspace.measures(site.id))
    context = ReportContext(language, translator_for(language), workspace, site, account)
    doc = context.new_document(report_template())
    benchmark_table(doc, context, balance, benchmarks=benchmarks)
    doc.save(path)
    return Document(str(path)), context


def rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.text.strip()]


def test_the_table_in_english(workspace, grinding_station, tmp_path):
    doc, _c = write(workspace, grinding_station, Language.EN, tmp_path / "en.docx")
    assert len(doc.tables) == 1
    table = rows(doc.tables[0])
    assert table[0] == HEADER
    unit = f"{NBSP}kWh/t cement"
    # 48 000 kWh / 1 000 t = 48 kWh/t; (48 000 + 38 334) / 1 000 = 86.3 kWh/t
    assert table[1:] == [
        [
            "Cement grinding station — electricity",
            f"48{unit}",
            f"typical: 35–50{unit}",
            "within the range",
            "General cement industry practice",
            "to confirm",
        ],
        [
            "IEA 2030 target, whole plant — electricity",
            f"48{unit}",
            f"target: 87{unit}",
            "below this value",
            "IEA Tracking Clean Energy Progress (2018)",
            "verified",
        ],
        [
            "Cement plant, all energy — total final energy",
            f"86.3{unit}",
            f"typical: 80–100{unit}",
            "within the range",
            "A press article",
            "partly verified",
        ],
    ]
    paragraphs = texts(doc)
    caption = next(p for p in paragraphs if p.startswith("Table 1"))
    assert caption == "Table 1 — Specific energy consumption against sector benchmarks"
    said = "\n".join(paragraphs)
    assert "(NACE 23.51)" in said and f"1,000{NBSP}t." in said
    assert "an order of magnitude to confirm, not a target" in said
    assert "“partly verified” was read in a secondary source" in said
    assert "every fuel on the invoices (Propane)" in said
    assert "Cement grinding station: vertical roller mills use less." in said
    # the kiln's range is per t clinker, the site counts "t": said, not compared
    assert (
        "Benchmarks per t clinker are not compared: the site's production unit, “t”, does not say which product "
        "it counts (“t clinker” would be compared)." in said
    )
    assert "Clinker kiln — fuels" in paragraphs  # named, its source is not repeated
    assert "Ceramic tiles" not in said  # another sector


def test_the_table_in_french(workspace, grinding_station, tmp_path):
    doc, c = write(workspace, grinding_station, Language.FR, tmp_path / "fr.docx")
    table = rows(doc.tables[0])
    unit = f"{NBSP}kWh/t de ciment"
    assert table[0][0] == "Indicateur" and table[0][-1] == "Statut"
    assert table[1][0] == f"Cement grinding station (fr) — {c.translate('Benchmarks', 'electricity')}"
    assert table[1][1] == f"48{unit}"
    assert table[3][1] == f"86,3{unit}"  # decimal comma
    assert table[1][2] == f"{c.translate('Benchmarks', 'typical')}{NNBSP}: 35–50{unit}"
    assert [row[-1] for row in table[1:]] == ["à confirmer", "vérifié", "partiellement vérifié"]
    said = "\n".join(texts(doc))
    assert f"1{NNBSP}000{NBSP}t" in said  # thousands with a narrow no-break space
    assert f"Cement grinding station (fr){NNBSP}: les broyeurs verticaux consomment moins." in said
    assert "Tableau 1" in said


def test_an_open_range_is_written_up_to(workspace, grinding_station, tmp_path):
    quartile = BenchmarkSet.from_json(
        {"entries": [entry("quartile", "Best quartile", low_kwh=None, high_kwh=34.15, meaning="best_practice")]}
    )
    doc, _c = write(workspace, grinding_station, Language.EN, tmp_path / "q.docx", quartile)
    assert rows(doc.tables[0])[1][2:4] == [f"best practice: ≤{NBSP}34.15{NBSP}kWh/t cement", "above the range"]


def test_nothing_at_all_when_no_benchmark_is_for_the_sector(workspace, grinding_station, tmp_path):
    empty, _c = write(workspace, grinding_station, Language.EN, tmp_path / "empty.docx", BenchmarkSet())
    other = replace(grinding_station, nace_code="26.11")
    doc, _c = write(workspace, other, Language.EN, tmp_path / "none.docx")
    assert texts(doc) == texts(empty)
    assert len(doc.tables) == 0


def test_only_sentences_when_no_benchmark_can_be_compared(workspace, grinding_station, tmp_path):
    square = replace(grinding_station, production_unit="m²")
    doc, _c = write(workspace, square, Language.EN, tmp_path / "m2.docx")
    assert len(doc.tables) == 0
    said = "\n".join(texts(doc))
    assert "Benchmarks per t cement are not compared: the site's production is counted in “m²”." in said
    unknown = replace(grinding_station, production_volume=None)
    doc, _c = write(workspace, unknown, Language.EN, tmp_path / "none.docx")
    said = "\n".join(texts(doc))
    assert "its production per year, with its unit, is not stated." in said


def test_the_shipped_benchmarks_in_a_report(workspace, grinding_station, tmp_path):
    doc, _c = write(workspace, grinding_station, Language.EN, tmp_path / "shipped.docx", None)
    table = rows(doc.tables[0])
    grinding = next(row for row in table if row[0].startswith("Cement grinding station, ball mill"))
    assert grinding[1:4] == [f"48{NBSP}kWh/t cement", f"typical: 35–50{NBSP}kWh/t cement", "within the range"]
    for row in table[1:]:
        assert ".md" not in row[4] and "§" not in row[4]
