"""The CLI contract that later checks rely on: commands, JSON shape, CSV columns, errors without tracebacks."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from collections import defaultdict

import pytest

from workbench.cli import main
from workbench.reporting.pdf import soffice
from workbench.storage.workspace import Workspace


def run(*args: str, lang: str = "en"):
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--lang", lang, *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def demo_copy(demo_path, tmp_path):
    path = tmp_path / "demo.eaw"
    shutil.copy(demo_path, path)
    return path


def info(capsys, path, *extra):
    capsys.readouterr()
    assert main(["info", str(path), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_then_info_json(tmp_path):
    path = tmp_path / "demo.eaw"
    result = run("demo", str(path))
    assert result.returncode == 0, result.stderr
    assert "Demo programme written to" in result.stdout
    result = run("info", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["programme"]["name"] == "Quick scans Casablanca 2019"
    assert len(data["clusters"]) == 2
    sites = [s for c in data["clusters"] for s in c["sites"]]
    assert len(sites) == 10
    for site in sites:
        assert {"id", "name", "bills", "totals", "warnings"} <= set(site)
        assert set(site["totals"]) >= {"kwh", "toe", "co2_kg", "cost", "currency"}
        # from a one-shift workshop (~0.7 GWh) to the kiln-fired brickworks and tile plant (~34 and ~40 GWh)
        assert 0.3e6 <= site["totals"]["kwh"] <= 45e6, site["name"]
        assert site["totals"]["currency"] == "MAD"
        assert site["bills"] >= 23
        # toe follows from kWh (NCV): 1 toe = 11 630 kWh
        assert site["totals"]["toe"] == pytest.approx(site["totals"]["kwh"] / 11630, rel=1e-3)
    kinds = {w["kind"] for s in sites for w in s["warnings"]}
    assert {"gap", "duplicate_bill", "period_coverage"} <= kinds


def test_new_add_site_and_info(tmp_path, capsys):
    path = tmp_path / "p.eaw"
    assert main(["new", str(path), "--name", "Quick scans 2026", "--year", "2026", "--factor-set", "be"]) == 0
    assert (
        main(["add-site", str(path), "--cluster", "Cluster Solaire", "--name", "Atlas PV", "--city", "Casablanca"]) == 0
    )
    assert main(["add-site", str(path), "--cluster", "cluster solaire", "--name", "Soltherm"]) == 0
    assert "Site Soltherm added to Cluster Solaire with id 2." in capsys.readouterr().out
    data = info(capsys, path)
    assert data["programme"]["factor_set"] == "BE"
    (cluster,) = data["clusters"]
    assert [s["name"] for s in cluster["sites"]] == ["Atlas PV", "Soltherm"]
    assert cluster["sites"][0]["bills"] == 0
    assert cluster["sites"][0]["totals"]["kwh"] == 0
    assert info(capsys, path, "--site", "soltherm")["clusters"][0]["sites"][0]["id"] == 2
    assert info(capsys, path, "--site", "1")["clusters"][0]["sites"][0]["name"] == "Atlas PV"


def test_export_csv_matches_info(demo_copy, tmp_path, capsys):
    out = tmp_path / "export"
    assert main(["export-csv", str(demo_copy), "--out", str(out)]) == 0
    with (out / "monthly-energy.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames[:10] == [
            "site",
            "supply",
            "carrier",
            "month",
            "kwh",
            "quantity",
            "unit",
            "cost",
            "currency",
            "tag",
        ]
        rows = list(reader)
    assert rows and all(len(r["month"]) == 7 and r["month"][4] == "-" for r in rows)
    assert {r["tag"] for r in rows} <= {"metered", "estimated", "mixed"}
    data = info(capsys, demo_copy)
    for cluster in data["clusters"]:
        for site in cluster["sites"]:
            first, last = site["period"]["first_month"], site["period"]["last_month"]
            kwh = sum(float(r["kwh"]) for r in rows if r["site"] == site["name"] and first <= r["month"] <= last)
            assert kwh == pytest.approx(site["totals"]["kwh"], rel=1e-6), site["name"]
    # quantities are in the supply's own unit
    units = defaultdict(set)
    for r in rows:
        units[r["carrier"]].add(r["unit"])
    assert units["electricity"] == {"kWh"} and units["propane"] == {"kg"}


def test_user_errors_are_one_sentence_in_the_chosen_language(tmp_path, demo_copy):
    missing = run("info", str(tmp_path / "nowhere.eaw"), lang="fr")
    assert missing.returncode == 2
    assert "n'existe pas" in missing.stderr and "Traceback" not in missing.stderr
    foreign = tmp_path / "notes.eaw"
    foreign.write_text("not a workspace")
    result = run("info", str(foreign))
    assert result.returncode == 2 and "is not an Energy Audit Workbench workspace" in result.stderr
    assert foreign.read_text() == "not a workspace"
    result = run("info", str(demo_copy), "--site", "Nowhere Ltd")
    assert result.returncode == 2 and "No site is named “Nowhere Ltd”" in result.stderr
    result = run("new", str(tmp_path / "x.eaw"), "--name", "X", "--currency", "dirham")
    assert result.returncode == 2 and "three-letter currency code" in result.stderr
    assert not (tmp_path / "x.eaw").exists()
    result = run("demo", str(demo_copy))
    assert result.returncode == 2 and "already exists" in result.stderr
    result = run("add-site", str(demo_copy), "--cluster", "C", "--name", "")
    assert result.returncode == 2 and "Name is required." in result.stderr


def test_workspace_in_use_is_reported(demo_copy):
    with Workspace.open(demo_copy):
        result = run("info", str(demo_copy), lang="fr")
    assert result.returncode == 2
    assert "ouvert dans une autre fenêtre" in result.stderr and "Traceback" not in result.stderr


def test_french_info_text(demo_copy):
    result = run("info", str(demo_copy), lang="fr")
    assert result.returncode == 0
    assert "tep" in result.stdout and "factures" in result.stdout
    assert "\u202f" in result.stdout  # thousands grouped with a narrow no-break space
    assert "aucune facture ne couvre la période du 01/03/2019 au 31/03/2019" in result.stdout


def test_balance_command(demo_copy, capsys):
    assert main(["balance", str(demo_copy), "--site", "Préfa Béton Bouskoura", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    carriers = {c["carrier"]: c for c in data["carriers"]}
    electricity = carriers["electricity"]
    assert electricity["billed_kwh"] == pytest.approx(electricity["estimated_kwh"] + electricity["unexplained_kwh"])
    assert sum(electricity["end_uses"].values()) == pytest.approx(electricity["estimated_kwh"], rel=1e-6)
    assert data["peak_check"]["exceeded"] is False
    assert len(data["measures"]) == 4 and all("payback_years" in m for m in data["measures"])
    assert main(["--lang", "fr", "balance", str(demo_copy), "--site", "4"]) == 0
    out = capsys.readouterr().out
    assert "Électricité\u202f: facturé" in out and "Moteurs et entraînements\u202f: " in out


def test_report_in_both_languages_with_the_applications_charts(demo_copy, tmp_path):
    from docx import Document

    result = run(
        "report", str(demo_copy), "--site", "Briqueterie Al Amal", "--lang", "both", "--out", str(tmp_path / "r.docx")
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Report written to {tmp_path / 'r-fr.docx'}.",
        f"Report written to {tmp_path / 'r-en.docx'}.",
    ]
    fr, en = Document(str(tmp_path / "r-fr.docx")), Document(str(tmp_path / "r-en.docx"))
    assert fr.paragraphs[0].text == "Pré-diagnostic énergétique" and en.paragraphs[0].text == "Energy quick scan"
    assert (
        len(fr.inline_shapes) == len(en.inline_shapes) == 10
    )  # seven, and the load curve's heat map, duration curve and typical days
    if soffice():  # by default the contents carry the pages LibreOffice counted (.ci/run installs it)
        entries = [p.text for p in fr.paragraphs if re.fullmatch(r"toc \d", p.style.name.lower())]
        assert entries and all(re.search(r"\t\d+$", text) for text in entries), entries


def test_report_refuses_an_unknown_site_and_a_broken_template(demo_copy, tmp_path):
    out = tmp_path / "r.docx"
    result = run("report", str(demo_copy), "--site", "Nowhere", "--out", str(out), "--no-charts", lang="fr")
    assert result.returncode != 0 and "Nowhere" in result.stderr and "Traceback" not in result.stderr
    template = tmp_path / "t.docx"
    template.write_text("not a document")
    result = run("report", str(demo_copy), "--site", "2", "--template", str(template), "--out", str(out), "--no-charts")
    assert result.returncode != 0
    assert result.stderr.strip() == f"The template {template} cannot be used: it is not a Word document (.docx)."
    assert not out.exists()


def test_cluster_synthesis_from_the_command_line(demo_copy, tmp_path):
    from docx import Document

    out = tmp_path / "synthese.docx"
    result = run(
        "report", str(demo_copy), "--cluster", "cluster solaire", "--lang", "fr", "--out", str(out), "--no-page-numbers"
    )
    assert result.returncode == 0, result.stderr
    doc = Document(str(out))
    assert doc.paragraphs[0].text == "Synthèse du cluster" and len(doc.inline_shapes) == 4
    result = run("report", str(demo_copy), "--cluster", "Nowhere", "--out", str(out), lang="fr")
    assert result.returncode != 0 and "Aucun cluster ne s’appelle « Nowhere »" in result.stderr
    result = run("report", str(demo_copy), "--site", "2", "--cluster", "1", "--out", str(out))
    assert result.returncode != 0  # one subject per report


def test_plain_window_arguments_skip_the_parser():
    from pathlib import Path

    from workbench.cli import plain_gui_args

    assert plain_gui_args([]) == (None, None, False)
    assert plain_gui_args(["demo.eaw"]) == (Path("demo.eaw"), None, False)
    assert plain_gui_args(["--lang", "fr", "--smoke-test", "x.eaw"]) == (Path("x.eaw"), "fr", True)
    assert plain_gui_args(["--lang=en", "x.eaw"]) == (Path("x.eaw"), "en", False)
    # anything else goes to argparse, which explains the mistake
    for unusual in (["--lang", "de"], ["a.eaw", "b.eaw"], ["--smoke"], ["--lang"], ["--smoke-test", "--smoke-test"]):
        assert plain_gui_args(unusual) is None, unusual


def test_window_arguments_that_are_wrong_are_explained():
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--frobnicate", "x.eaw"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert "--frobnicate" in result.stderr and "usage: workbench" in result.stderr


def test_a_pdf_report_needs_an_office_suite_and_says_which(demo_copy, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("workbench.reporting.pdf.find_converter", lambda: None)
    out = tmp_path / "rapport.pdf"
    assert main(["--lang", "fr", "report", str(demo_copy), "--site", "2", "--no-charts", "--out", str(out)]) != 0
    said = capsys.readouterr().err.strip()
    assert said.startswith("Un PDF demande LibreOffice") and "Traceback" not in said
    assert not out.exists()
    assert main(["report", str(demo_copy), "--site", "2", "--no-charts", "--out", str(tmp_path / "r.odt")]) != 0
    assert "“r.odt”: a report is written as .docx (Word) or .pdf" in capsys.readouterr().err


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is installed by .ci/run")
def test_a_pdf_report_from_the_command_line(demo_copy, tmp_path):
    out = tmp_path / "rapport.pdf"
    result = run("report", str(demo_copy), "--site", "2", "--lang", "fr", "--out", str(out), "--no-charts")
    assert result.returncode == 0, result.stderr
    first = subprocess.run(["pdftotext", "-l", "2", str(out), "-"], capture_output=True, text=True).stdout
    assert "Pré-diagnostic énergétique" in first and re.search(r"Synthèse\s*\.{5,}\s*3", first)


def test_the_balance_of_a_carrier_with_equipment_and_no_bill_is_read_as_json(tmp_path, capsys):
    """A site inventoried before its bills are in: the carrier's billed figures are null, not an internal error."""
    from workbench.domain import model
    from workbench.domain.units import Carrier, Unit
    from workbench.domain.vocab import EndUse

    path = tmp_path / "inventory-first.eaw"
    with Workspace.create(path, model.Programme(name="P")) as ws:
        cluster = ws.insert(model.Cluster("C"))
        site = ws.insert(model.Site(cluster_id=cluster.id, name="Usine"))
        ws.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))
        ws.insert(
            model.Equipment(
                site_id=site.id, name="Compresseur", end_use=EndUse.COMPRESSED_AIR, rated_power=30.0, annual_hours=4000
            )
        )
    assert main(["balance", str(path), "--site", "Usine", "--json"]) == 0
    carriers = {c["carrier"]: c for c in json.loads(capsys.readouterr().out)["carriers"]}
    assert carriers["electricity"]["billed_in_months_kwh"] is None
    assert carriers["electricity"]["estimated_kwh"] > 0
