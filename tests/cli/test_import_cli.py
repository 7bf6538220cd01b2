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
    problem = {"column": "kWh heures de pointe", "text": "beaucoup", "reason": "“beaucoup” is not a number."}
    assert data["refused"] == [{"row": 3, **problem, "problems": [problem]}]
    assert data["read"] == data["imported"] + data["changed"] + data["identical"] + len(data["refused"])


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


def test_errors_come_out_as_json_with_their_exit_code(workspace_file, capsys, tmp_path):
    missing = str(tmp_path / "nowhere.csv")
    code = main(["import-bills", str(workspace_file), missing, "--site", "Atlas", "--carrier", "electricity", "--json"])
    out = capsys.readouterr()
    assert code == 2 and out.err == ""
    assert json.loads(out.out) == {"error": "nowhere.csv: there is no such file.", "exit_code": 2}


def test_a_crash_is_exit_3_with_a_report_and_no_traceback(workspace_file, capsys, tmp_path, monkeypatch):
    from workbench import cli_commands

    def broken(*_args):
        raise ZeroDivisionError("a defect of ours")

    monkeypatch.setattr(cli_commands, "run_info", broken)
    monkeypatch.setenv("WORKBENCH_CRASH_DIR", str(tmp_path / "crashes"))
    code = main(["info", str(workspace_file)])
    out = capsys.readouterr()
    assert code == 3 and "Traceback" not in out.err + out.out
    (report,) = (tmp_path / "crashes").iterdir()
    assert str(report) in out.err and "ZeroDivisionError: a defect of ours" in report.read_text(encoding="utf-8")


def test_refusals_are_grouped_by_reason_quoting_the_file(workspace_file, capsys, tmp_path):
    bad = tmp_path / "groupes.csv"
    rows = "".join(f"{d:02d}/01/2024;{d:02d}/01/2024;{d}x\n" for d in range(1, 21))
    bad.write_text("Début;Fin;kWh\n" + rows + "21/01/2024;21/01/2024;1 000\n", encoding="utf-8")
    code = main(["import-bills", str(workspace_file), str(bad), "--site", "Atlas", "--carrier", "electricity"])
    out = capsys.readouterr().out
    assert code == 0
    assert "21 rows read: 1 new, 0 changed, 0 identical, 20 refused, 0 skipped." in out
    (line,) = [x for x in out.splitlines() if "20 rows" in x]
    assert "column “kWh”: “1x” is not a number. (first: row 2); rows 2, 3, 4" in line and "(+8)" in line
    assert len(out.splitlines()) < 8


def test_set_supply_then_m3_rows_use_its_heating_value(workspace_file, capsys, tmp_path):
    gas = tmp_path / "gaz.csv"
    gas.write_text("Début;Fin;Quantité (kWh)\n01/01/2024;31/01/2024;1000\n", encoding="utf-8")
    assert main(["import-bills", str(workspace_file), str(gas), "--site", "Atlas", "--carrier", "natural_gas"]) == 0
    capsys.readouterr()
    supply = ["--site", "Atlas", "--supply", "natural_gas"]
    code = main(
        ["set-supply", str(workspace_file), *supply, "--unit", "m3", "--heating-value", "11,3", "--basis", "gcv"]
    )
    out = capsys.readouterr().out
    assert code == 0 and "billed in m³, heating value 11.30\u00a0kWh/m³ (GCV)" in out
    volumes = tmp_path / "gaz-m3.csv"
    volumes.write_text("Début;Fin;Volume (m³)\n01/02/2024;29/02/2024;100\n", encoding="utf-8")
    code, data = run_json(capsys, str(workspace_file), str(volumes), "--site", "Atlas", "--carrier", "natural_gas")
    assert code == 0 and data["imported"] == 1
    # 100 m³ × 11.3 kWh/m³ (GCV, the supplier's) ÷ 1.108 (GCV/NCV) on the net basis
    assert data["kwh_total"] == pytest.approx(100 * 11.3 / 1.108, rel=1e-3)
    assert [f["key"] for f in data["factors"]] == ["gcv_ncv_ratio.natural_gas"]
    assert main(["set-supply", str(workspace_file), "--site", "Atlas", "--supply", "fioul", "--unit", "kg"]) == 2
    assert "has no single supply named “fioul”" in capsys.readouterr().err
    assert main(["set-supply", str(workspace_file), "--site", "Atlas", "--supply", "1", "--unit", "kg"]) == 2
    assert "kg is not a unit for Natural gas" in capsys.readouterr().err


def test_rollover_rows_on_the_command_line(workspace_file, capsys, tmp_path):
    path = tmp_path / "index.csv"
    path.write_text("Du;Au;Ancien index;Nouvel index\n01/01/2024;31/01/2024;9 990;0 010\n", encoding="utf-8")
    args = [str(workspace_file), str(path), "--site", "Atlas", "--carrier", "electricity"]
    code, data = run_json(capsys, *args)
    assert code == 1 and data["rollover_rows"] == [2]
    code, data = run_json(capsys, *args, "--rollover", "all")
    assert code == 0 and data["imported"] == 1 and data["kwh_total"] == 20
    assert main(["import-bills", *args, "--rollover", "deux"]) == 2


def test_remembered_mappings_are_listed_and_forgotten(workspace_file, capsys, tmp_path):
    path = tmp_path / "portail.csv"
    path.write_text("Mois;Energie\njanv. 2024;1 000\n", encoding="utf-8")
    args = [str(workspace_file), str(path), "--site", "Atlas", "--carrier", "electricity", "--map", "quantity=Energie"]
    assert main(["import-bills", *args]) == 0
    capsys.readouterr()
    assert main(["layouts", str(workspace_file)]) == 0
    out = capsys.readouterr().out
    signature = out.split()[0]
    assert "Mois | Energie" in out and "quantity = Energie" in out
    assert main(["layouts", str(workspace_file), "--forget", signature]) == 0
    assert f"Mapping {signature} forgotten." in capsys.readouterr().out
    assert main(["layouts", str(workspace_file), "--forget", signature]) == 2
    assert main(["layouts", str(workspace_file)]) == 0
    assert "No column mapping is remembered" in capsys.readouterr().out
