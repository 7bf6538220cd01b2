"""`workbench import-bills`: the JSON contract, exit codes, and import → export-csv → compare."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main

DATA = Path(__file__).parents[1] / "data"
LEDGER = DATA / "ma-invoices" / "electricite-mt-2018-2019.csv"
PROPANE = DATA / "ma-invoices" / "propane-livraisons-2018-2019.csv"


@pytest.fixture
def workspace_file(tmp_path, capsys):
    path = tmp_path / "w.eaw"
    assert main(["new", str(path), "--name", "Imports"]) == 0
    assert main(["add-site", str(path), "--cluster", "C", "--name", "Atlas"]) == 0
    capsys.readouterr()
    return path


def run_json(capsys, *args) -> tuple[int, dict]:
    code = main(["import-bills", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_json_contract_and_reimport(workspace_file, capsys):
    code, data = run_json(capsys, str(workspace_file), str(LEDGER), "--site", "Atlas", "--carrier", "electricity")
    assert code == 0
    assert {"read", "imported", "identical", "changed", "refused", "warnings", "kwh_total"} <= set(data)
    assert (data["read"], data["imported"], data["identical"], data["changed"], data["refused"]) == (21, 21, 0, 0, [])
    assert data["kwh_total"] == pytest.approx(2_025_120)
    code, again = run_json(capsys, str(workspace_file), str(LEDGER), "--site", "1", "--carrier", "electricity")
    assert code == 0 and (again["imported"], again["identical"], again["kwh_total"]) == (0, 21, 0)


def test_refused_rows_in_json(workspace_file, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    lines = LEDGER.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("16095", "beaucoup")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, data = run_json(capsys, str(workspace_file), str(bad), "--site", "Atlas", "--carrier", "electricity")
    assert code == 0 and data["imported"] == 20
    assert data["refused"] == [
        {"row": 3, "column": "kWh heures de pointe", "text": "beaucoup", "reason": "“beaucoup” is not a number."}
    ]


def test_dry_run_map_and_profile(workspace_file, capsys):
    code, data = run_json(
        capsys,
        str(workspace_file),
        str(PROPANE),
        "--site",
        "Atlas",
        "--carrier",
        "propane",
        "--profile",
        "propane-deliveries",
        "--dry-run",
    )
    assert code == 0 and data["imported"] == 20 and data["kind"] == "deliveries"
    code, data = run_json(
        capsys,
        str(workspace_file),
        str(LEDGER),
        "--site",
        "Atlas",
        "--carrier",
        "electricity",
        "--map",
        "cost_excl_vat=Montant TTC (DH)",
        "--map",
        "cost_incl_vat=11",
        "--dry-run",
    )
    assert data["mapping"]["cost_excl_vat"] == "Montant TTC (DH)"
    assert data["mapping"]["cost_incl_vat"] == "TVA (DH)"


def test_nothing_importable_exits_non_zero_with_a_message(workspace_file, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "--lang",
            "fr",
            "import-bills",
            str(workspace_file),
            str(empty),
            "--site",
            "Atlas",
            "--carrier",
            "electricity",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "empty.csv est vide." in result.stderr and "Traceback" not in result.stderr
    garbage = tmp_path / "garbage.csv"
    garbage.write_text("a;b\nx;y\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "import-bills",
            str(workspace_file),
            str(garbage),
            "--site",
            "Atlas",
            "--carrier",
            "electricity",
            "--map",
            "end=a",
            "--map",
            "kwh=b",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "0 new" in result.stdout and "refused" in result.stdout


def test_import_then_export_csv_gives_the_file_back(workspace_file, tmp_path, capsys):
    assert main(["import-bills", str(workspace_file), str(LEDGER), "--site", "Atlas", "--carrier", "electricity"]) == 0
    assert main(["export-csv", str(workspace_file), "--out", str(tmp_path / "out")]) == 0
    with (tmp_path / "out" / "monthly-energy.csv").open(encoding="utf-8") as f:
        months = {r["month"]: r for r in csv.DictReader(f)}
    with LEDGER.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            _day, month, year = row["Début période"].split("/")
            kwh = sum(
                float(row[k].replace(" ", ""))
                for k in ("kWh heures de pointe", "kWh heures pleines", "kWh heures creuses")
            )
            exported = months[f"{year}-{month}"]
            assert float(exported["kwh"]) == pytest.approx(kwh)
            assert float(exported["cost"]) == pytest.approx(
                float(row["Montant HT (DH)"].replace(" ", "").replace(",", "."))
            )
            assert exported["tag"] == "metered"
