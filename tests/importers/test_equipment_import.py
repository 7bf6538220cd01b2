"""Inventories from spreadsheets: French, English and Dutch headers, percentages, end uses read from words."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse, Provenance
from workbench.importers.equipment import guess_equipment_mapping, pasted_equipment, read_equipment


def test_french_inventory_file(tmp_path: Path):
    path = tmp_path / "inventaire.csv"
    path.write_text(
        "Relevé du 15/10/2019;;;;;;\n"
        "Désignation;Usage;Énergie;Puissance (kW);Quantité;Taux de charge;Heures/an;Rendement\n"
        "Compresseur GA37;Air comprimé;Électricité;37;1;80 %;4 000;92 %\n"
        "Luminaires halle;Éclairage;Électricité;0,28;120;1;;\n"
        "Four à rouleaux;Four;Propane;95;1;0,75;7 000;\n"
        "Pompe barbotine;;;7,5;3;70;;0,88\n"
        "Chose;téléportation;Électricité;1;1;;;\n",
        encoding="cp1252",
    )
    records = read_equipment(path, site_id=1, first_position=10)
    items = [item for _row, item in records.items]
    assert [i.name for i in items] == ["Compresseur GA37", "Luminaires halle", "Four à rouleaux", "Pompe barbotine"]
    compressor, lights, kiln, pump = items
    assert (
        compressor.end_use,
        compressor.rated_power,
        compressor.load_factor,
        compressor.annual_hours,
        compressor.efficiency,
    ) == (EndUse.COMPRESSED_AIR, 37, 0.8, 4000, 0.92)
    assert (lights.end_use, lights.quantity, lights.rated_power) == (EndUse.LIGHTING, 120, 0.28)
    assert (kiln.end_use, kiln.carrier) == (EndUse.PROCESS_HEAT, Carrier.PROPANE)
    # no end use written: read from the name; 70 means 70 %
    assert (pump.end_use, pump.quantity, pump.load_factor, pump.carrier) == (EndUse.PUMPS, 3, 0.7, Carrier.ELECTRICITY)
    assert compressor.provenance == {"rated_power": Provenance.NAMEPLATE}
    assert [i.position for i in items] == [10, 11, 12, 13]
    (refusal,) = records.refused
    assert (refusal.row, refusal.column, refusal.text) == (7, "Usage", "téléportation")
    assert refusal.reason.render() == "“téléportation” is not an end use."


@pytest.mark.parametrize(
    "headers",
    [
        ["Name", "End use", "Energy", "Power (kW)", "Quantity", "Load factor", "Hours per year", "Efficiency"],
        ["Naam", "Gebruik", "Energie", "Vermogen (kW)", "Aantal", "Belasting", "Uren", "Rendement"],
    ],
)
def test_headers_in_english_and_dutch(headers):
    mapping = guess_equipment_mapping(headers)
    assert list(mapping) == [
        "name",
        "end_use",
        "carrier",
        "rated_power",
        "quantity",
        "load_factor",
        "annual_hours",
        "efficiency",
    ]


def test_pasted_block_and_bad_values():
    block = "Name\tPower (kW)\tQuantity\tLoad factor\nFan\t5.5\t2\t0.7\nPump\t-3\t1\t0.5\nLamp\t0.1\t0\t1\n"
    records = pasted_equipment(block, site_id=1, first_position=0, decimal_hint=".")
    assert [i.name for _r, i in records.items] == ["Fan"]
    assert records.items[0][1].end_use is EndUse.FANS
    reasons = {r.row: r.reason.render() for r in records.refused}
    assert reasons == {3: "Rated power must not be negative (got -3.0).", 4: "Quantity must be at least 1 (got 0)."}
