"""`workbench import-load-curve` and `workbench load-curve`: the JSON contract, exit codes, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main

FLUVIUS = next((Path(__file__).parents[1] / "data" / "fluvius-be").glob("*kwartiertotalen.csv"))


@pytest.fixture
def workspace_file(tmp_path, capsys):
    path = tmp_path / "w.eaw"
    assert main(["new", str(path), "--name", "Courbes"]) == 0
    assert main(["add-site", str(path), "--cluster", "C", "--name", "Gent", "--country", "BE"]) == 0
    add_electricity(path, "Gent")
    capsys.readouterr()
    return path


def add_electricity(path: Path, site_name: str) -> None:
    from workbench.domain import model
    from workbench.domain.units import Carrier, Unit
    from workbench.storage.workspace import Workspace

    with Workspace.open(path) as ws:
        site = next(s for s in ws.sites() if s.name == site_name)
        ws.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, invoice_unit=Unit.KWH))


def run_json(capsys, *args) -> tuple[int, dict]:
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_import_then_reimport_then_the_figures(workspace_file, capsys):
    code, data = run_json(capsys, "import-load-curve", str(workspace_file), str(FLUVIUS), "--site", "Gent")
    assert code == 0 and data["stored"] and data["zone"] == "Europe/Brussels" and data["refused"] == []
    registers = {r["name"]: r for r in data["registers"]}
    assert registers["Afname Dag"]["kwh"] == pytest.approx(18.142)
    assert registers["Afname Nacht"]["kwh"] == pytest.approx(0.05)
    assert sum(r["intervals"] for r in registers.values()) == data["rows"] == 3848
    assert data["registers"][0]["flow"] == "offtake"
    # a re-import stores nothing twice
    code, again = run_json(capsys, "import-load-curve", str(workspace_file), str(FLUVIUS), "--site", "Gent")
    assert code == 0 and all(r["new"] == r["filled"] == 0 for r in again["registers"])
    code, curve = run_json(capsys, "load-curve", str(workspace_file), "--site", "Gent")
    assert code == 0
    assert {"name", "kwh", "intervals", "missing", "first", "last"} <= set(curve["registers"][0])
    meter = curve["meter"]
    assert meter["kwh"] == pytest.approx(18.142 + 0.05)  # offtake only, day and night on one time line
    assert {"peak_kw", "peak_at", "base_load_kw", "load_factor", "weekend_share", "off_hours_share"} <= set(meter)
    assert meter["peak_kw"] == pytest.approx(max(1.012, meter["peak_kw"]))
    assert meter["monthly_peaks"][0]["month"] == "2021-10"


def test_a_dry_run_stores_nothing(workspace_file, capsys):
    code, data = run_json(capsys, "import-load-curve", str(workspace_file), str(FLUVIUS), "--site", "Gent", "--dry-run")
    assert code == 0 and not data["stored"] and data["dry_run"]
    code, curve = run_json(capsys, "load-curve", str(workspace_file), "--site", "Gent")
    assert code == 1 and curve["registers"] == [] and curve["meter"] is None


def test_a_refused_row_stores_nothing_and_names_the_row(workspace_file, tmp_path, capsys):
    text = FLUVIUS.read_text(encoding="utf-8-sig").splitlines()
    text[10] = text[10].replace("12-10-2021", "32-10-2021", 1)
    damaged = tmp_path / "damaged.csv"
    damaged.write_text("\n".join(text) + "\n", encoding="utf-8")
    code, data = run_json(capsys, "import-load-curve", str(workspace_file), str(damaged), "--site", "Gent")
    assert code == 1 and not data["stored"]
    [refusal] = data["refused"]
    assert refusal["row"] == 11 and refusal["text"].startswith("32-10-2021") and refusal["column"] == "Van datum"
    code, curve = run_json(capsys, "load-curve", str(workspace_file), "--site", "Gent")
    assert curve["registers"] == []


def test_a_different_value_for_a_stored_interval_is_a_conflict_that_stores_nothing(workspace_file, tmp_path, capsys):
    assert main(["import-load-curve", str(workspace_file), str(FLUVIUS), "--site", "Gent"]) == 0
    capsys.readouterr()
    lines = FLUVIUS.read_text(encoding="utf-8-sig").splitlines()
    index = next(i for i, line in enumerate(lines) if ";Afname Dag;0," in line)
    cells = lines[index].split(";")
    cells[8] = "9,999"
    lines[index] = ";".join(cells)
    changed = tmp_path / "changed.csv"
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, data = run_json(capsys, "import-load-curve", str(workspace_file), str(changed), "--site", "Gent")
    assert code == 1 and not data["stored"]
    [conflict] = data["conflicts"]
    assert conflict["register"] == "Afname Dag" and conflict["new"] == pytest.approx(9.999)


def test_a_zone_is_never_guessed_for_an_unknown_country(workspace_file, capsys, tmp_path):
    assert main(["add-site", str(workspace_file), "--cluster", "C", "--name", "Lima", "--country", "PE"]) == 0
    add_electricity(workspace_file, "Lima")
    capsys.readouterr()
    code, data = run_json(capsys, "import-load-curve", str(workspace_file), str(FLUVIUS), "--site", "Lima")
    assert code == 2 and "--tz" in data["error"]
    code, data = run_json(
        capsys, "import-load-curve", str(workspace_file), str(FLUVIUS), "--site", "Lima", "--tz", "Nowhere/City"
    )
    assert code == 2 and "Nowhere/City" in data["error"]
    code, data = run_json(
        capsys, "import-load-curve", str(workspace_file), str(FLUVIUS), "--site", "Lima", "--tz", "America/Lima"
    )
    assert code == 0 and data["zone"] == "America/Lima"


def test_messages_in_french(workspace_file, capsys):
    assert main(["--lang", "fr", "import-load-curve", str(workspace_file), str(FLUVIUS), "--site", "Gent"]) == 0
    out = capsys.readouterr().out
    assert "Courbe de charge" in out and "3\u202f848 lignes lues" in out and "Enregistré." in out


def test_a_load_curve_given_to_import_bills_names_the_command_that_takes_it(workspace_file, capsys):
    code = main(["import-bills", str(workspace_file), str(FLUVIUS), "--site", "Gent", "--carrier", "electricity"])
    assert code == 2
    error = capsys.readouterr().err
    assert "is a load curve (15-minute intervals)" in error
    assert f"workbench import-load-curve {workspace_file} {FLUVIUS.name} --site Gent" in error


def test_a_mapping_given_with_map_is_remembered_for_the_next_file_with_that_header(workspace_file, tmp_path, capsys):
    # a meter-software export whose headers the reader does not know
    lines = ["Moment;Puissance moyenne"] + [f"2024-01-15 {k // 4:02d}:{15 * (k % 4):02d};{10 + k},5" for k in range(8)]
    first = tmp_path / "compteur-janvier.csv"
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_json(
        capsys, "import-load-curve", str(workspace_file), str(first), "--site", "Gent",
        "--map", "start=Moment", "--map", "value=Puissance moyenne", "--unit", "kW",
    )  # fmt: skip
    assert code == 0 and out["stored"] and out["remembered_mapping"] is None
    assert out["registers"][0]["kwh"] == pytest.approx(28.0)  # (10.5 + … + 17.5) kW × ¼ h
    later = tmp_path / "compteur-fevrier.csv"
    later.write_text(
        "\n".join(["Moment;Puissance moyenne"] + [f"2024-02-15 00:{15 * k:02d};20,0" for k in range(4)]) + "\n",
        encoding="utf-8",
    )
    code, out = run_json(capsys, "import-load-curve", str(workspace_file), str(later), "--site", "Gent")
    assert code == 0 and out["stored"] and out["remembered_mapping"] is not None
    assert out["registers"][0]["kwh"] == pytest.approx(20.0)  # 4 × 20 kW × ¼ h, the unit remembered too


def test_values_whose_decimal_mark_cannot_be_told_take_decimal(workspace_file, tmp_path, capsys):
    # three decimals after a comma, nothing else: 2,746 kWh or 2 746 kWh? The file cannot say.
    lines = ["Date et heure;Energie (kWh)"] + [f"15/01/2024 {k // 4:02d}:{15 * (k % 4):02d};2,746" for k in range(8)]
    path = tmp_path / "compteur.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["import-load-curve", str(workspace_file), str(path), "--site", "Gent", "--json"])
    assert code == 2 and "decimal mark" in capsys.readouterr().out
    code, out = run_json(
        capsys, "import-load-curve", str(workspace_file), str(path), "--site", "Gent", "--decimal", ","
    )
    assert code == 0 and out["registers"][0]["kwh"] == pytest.approx(8 * 2.746)
