"""``workbench tariff``: the MT bills rebuilt on the demo, as JSON for scripts and as a table for people."""

from __future__ import annotations

import json
import shutil

import pytest

from workbench.cli import main

CHARGES = {
    "invoice",
    "energy_charge",
    "power_charge",
    "overrun_charge",
    "cos_phi",
    "cos_phi_penalty",
    "metering",
    "total_excl_vat",
    "invoiced_excl_vat",
    "difference",
}


@pytest.fixture
def demo_copy(demo_path, tmp_path):
    path = tmp_path / "demo.eaw"
    shutil.copy(demo_path, path)
    return path


def tariff_json(capsys, *args):
    capsys.readouterr()
    assert main(["tariff", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_tariff_json_shape_on_the_demo(demo_copy, capsys):
    data = tariff_json(capsys, str(demo_copy), "--site", "Briqueterie Al Amal")
    assert data["period"] == {"first_month": "2018-10", "last_month": "2019-09"}
    (supply,) = data["supplies"]  # the gas-oil supply has no grid tariff
    assert supply["tariff"]["model"] == "ma_mt_general"
    assert len(supply["bills"]) == 24 and supply["not_rebuilt"] == []
    for bill in supply["bills"]:
        assert set(bill) >= CHARGES
        assert bill["total_excl_vat"] == pytest.approx(
            bill["energy_charge"]
            + bill["power_charge"]
            + bill["overrun_charge"]
            + bill["cos_phi_penalty"]
            + bill["metering"],
            abs=0.02,
        )
        assert bill["difference"] == pytest.approx(bill["total_excl_vat"] - bill["invoiced_excl_vat"], abs=0.02)
        assert not bill["flagged"]
    annual = supply["annual"]
    assert CHARGES - {"invoice", "cos_phi"} <= set(annual) and annual["bills"] == 12
    counted = [b for b in supply["bills"] if b["counted"]]
    assert annual["power_charge"] == pytest.approx(sum(b["power_charge"] for b in counted), abs=0.1)
    assert annual["cos_phi_penalty"] > 0  # this site's cos φ is under 0.8
    power = supply["subscribed_power"]
    assert {"current_kva", "recommended_kva", "annual_cost_current", "annual_cost_recommended", "curve"} <= set(power)
    assert power["current_kva"] == 600 and power["recommended_kva"] % 5 == 0
    assert power["annual_cost_recommended"] <= power["annual_cost_current"]
    assert [power["recommended_kva"], power["annual_cost_recommended"]] in power["curve"]
    cheapest = min(cost for _kva, cost in power["curve"])
    if power["recommended_kva"] == power["current_kva"]:  # the cheapest saves too little for a contract change
        assert cheapest < power["annual_cost_current"] < cheapest / (1 - 0.05)
    else:
        assert cheapest == pytest.approx(power["annual_cost_recommended"])
    capacitor = supply["capacitor"]
    assert {"target_cos_phi", "kvar", "investment", "annual_saving", "payback_years"} <= set(capacitor)
    assert capacitor["target_cos_phi"] == 0.95 and capacitor["kvar"] > 0
    assert capacitor["annual_saving"] == pytest.approx(annual["cos_phi_penalty"], rel=1e-6)
    assert capacitor["payback_years"] == pytest.approx(capacitor["investment"] / capacitor["annual_saving"], abs=0.01)
    assert 0 < supply["peak_hours"]["peak_share"] < 0.5 and supply["peak_hours"]["annual_saving"] > 0


def test_tariff_table_in_french_and_errors(demo_copy, capsys):
    capsys.readouterr()
    assert main(["--lang", "fr", "tariff", str(demo_copy), "--site", "3"]) == 0
    out = capsys.readouterr().out
    assert "10/2018" in out and "09/2019" in out and "kVA" in out and "kvar" in out
    assert "03/2019" in out  # the month the demo leaves without a bill is said, not zeroed
    assert main(["tariff", str(demo_copy), "--site", "3", "--supply", "propane", "--json"]) == 2
    error = json.loads(capsys.readouterr().out)
    assert error["exit_code"] == 2 and "electricity" in error["error"]
    assert main(["tariff", str(demo_copy), "--site", "nowhere"]) == 2


def test_an_mt_supply_without_bills(tmp_path, capsys):
    from workbench.domain import model
    from workbench.domain.units import Carrier
    from workbench.domain.vocab import VoltageLevel
    from workbench.storage.workspace import Workspace

    path = tmp_path / "new.eaw"
    with Workspace.create(path, model.Programme(name="Quick scans", year=2026)) as ws:
        cluster = ws.insert(model.Cluster(name="Cluster"))
        site = ws.insert(model.Site(cluster_id=cluster.id, name="Atelier"))
        ws.insert(
            model.EnergySupply(site_id=site.id, carrier=Carrier.ELECTRICITY, voltage_level=VoltageLevel.MV, name="MT")
        )
    (supply,) = tariff_json(capsys, str(path), "--site", "Atelier")["supplies"]
    assert supply["tariff"]["model"] == "ma_mt_general"  # no option typed on an MV supply
    assert supply["bills"] == [] and supply["annual"]["bills"] == 0 and supply["subscribed_power"] is None
    assert supply["notes"] == ["No bills yet: nothing to rebuild."]
    assert main(["tariff", str(path), "--site", "Atelier"]) == 0
    assert "No bills yet" in capsys.readouterr().out
