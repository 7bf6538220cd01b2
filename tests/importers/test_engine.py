"""The import engine on the real sample files: what the README of the samples says a correct import gives."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path

import pytest

from workbench.domain import model
from workbench.domain.units import Carrier, HeatingValueBasis, Unit
from workbench.importers.engine import ImportRequest, import_file
from workbench.importers.table import ReadOptions

DATA = Path(__file__).parents[1] / "data"
LEDGER = DATA / "ma-invoices" / "electricite-mt-2018-2019.csv"
PROPANE = DATA / "ma-invoices" / "propane-livraisons-2018-2019.csv"
XCEL = DATA / "xcel-us" / "xcel_energy_sample.csv"


def ledger_rows() -> list[dict[str, str]]:
    with LEDGER.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def number(text: str) -> float:
    return float(text.replace(" ", "").replace(",", "."))


@pytest.fixture
def site(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    return workspace.insert(model.Site(cluster_id=cluster.id, name="Atlas", currency="MAD"))


def test_moroccan_ledger(workspace, site):
    result = import_file(workspace, ImportRequest(LEDGER, site.id, Carrier.ELECTRICITY))
    assert (result.read, result.imported, result.identical, result.changed, result.refused) == (21, 21, 0, 0, [])
    rows = ledger_rows()
    expected_kwh = sum(
        number(r[k]) for r in rows for k in ("kWh heures de pointe", "kWh heures pleines", "kWh heures creuses")
    )
    assert result.kwh_total == pytest.approx(expected_kwh)
    (supply,) = workspace.supplies(site.id)
    assert supply.invoice_unit is Unit.KWH and supply.subscribed_power_kva == 400
    bills = workspace.bills(supply.id)
    first = bills[0]
    assert (first.period_start, first.period_end, first.invoice_number) == (
        dt.date(2018, 1, 1),
        dt.date(2018, 1, 31),
        "MT-2018-00001",
    )
    assert (first.quantity_peak, first.quantity_standard, first.quantity_offpeak) == (15599, 45065, 25999)
    assert (first.reactive_kvarh, first.max_power, first.max_power_unit.value) == (69697, 399, "kVA")
    assert (first.cost_excl_vat, first.vat, first.cost_incl_vat) == (100576.17, 18103.71, 118679.88)
    assert sum(b.cost_incl_vat for b in bills) == pytest.approx(sum(number(r["Montant TTC (DH)"]) for r in rows))


def test_reimport_adds_nothing_twice_and_reports_changes(workspace, site, tmp_path):
    import_file(workspace, ImportRequest(LEDGER, site.id, Carrier.ELECTRICITY))
    again = import_file(workspace, ImportRequest(LEDGER, site.id, Carrier.ELECTRICITY))
    assert (again.imported, again.identical, again.changed) == (0, 21, 0)
    assert workspace.count(model.Bill) == 21
    edited = tmp_path / "edited.csv"
    edited.write_text(
        LEDGER.read_text(encoding="utf-8").replace(
            "100 576,17;18 103,71;118 679,88", "100 576,17;18 103,71;118 679,89"
        ),
        encoding="utf-8",
    )
    # a one-cent difference in TTC is a change, within the VAT tolerance
    changed = import_file(workspace, ImportRequest(edited, site.id, Carrier.ELECTRICITY))
    assert (changed.imported, changed.identical, changed.changed) == (0, 20, 1)
    assert workspace.bills(workspace.supplies(site.id)[0].id)[0].cost_incl_vat == 118679.89
    assert changed.previous[0].cost_incl_vat == 118679.88


def test_propane_deliveries_with_the_shipped_profile(workspace, site):
    result = import_file(workspace, ImportRequest(PROPANE, site.id, Carrier.PROPANE, profile="propane-deliveries"))
    assert (result.kind, result.read, result.imported, result.refused) == ("deliveries", 20, 20, [])
    (supply,) = workspace.supplies(site.id)
    assert supply.invoice_unit is Unit.KG
    deliveries = workspace.deliveries(supply.id)
    assert sum(d.quantity for d in deliveries) == 56_500
    assert deliveries[0].delivery_note == "BL18000" and deliveries[0].cost_excl_vat == 24390.0
    # 58 500 kg x 12.778 kWh/kg (LPG, EED)
    assert result.kwh_total == pytest.approx(56_500 * 12.778)
    # the guesses alone find the same columns
    guessed = import_file(workspace, ImportRequest(PROPANE, site.id, Carrier.PROPANE, dry_run=True))
    assert guessed.kind == "deliveries" and guessed.identical == 20


def test_xcel_bill_date_ends_the_period(workspace, site):
    result = import_file(workspace, ImportRequest(XCEL, site.id, Carrier.ELECTRICITY, profile="xcel-monthly"))
    assert (result.read, result.imported, result.refused) == (48, 48, [])
    warnings = [w.render() for w in result.warnings]
    assert "The oldest bill (2021-10-21) has no previous bill: it is taken as one month long." in warnings
    assert any("“Total Charges” looks like “Cost incl. VAT” but is not read" in w for w in warnings)
    assert len(warnings) == 2
    bills = workspace.bills(workspace.supplies(site.id)[0].id)
    by_end = {b.period_end: b for b in bills}
    newest = by_end[dt.date(2025, 9, 24)]
    assert newest.period_start == dt.date(2025, 8, 27)  # the day after the previous bill date (08/26/2025)
    assert (newest.quantity, newest.cost_excl_vat) == (450, 89.45)
    assert all(b.period_start == a.period_end + dt.timedelta(days=1) for a, b in itertools.pairwise(bills))
    gas = import_file(workspace, ImportRequest(XCEL, site.id, Carrier.NATURAL_GAS, profile="xcel-monthly"))
    gas_supply = next(s for s in workspace.supplies(site.id) if s.carrier is Carrier.NATURAL_GAS)
    assert gas_supply.invoice_unit is Unit.THERM and gas_supply.heating_value_basis is HeatingValueBasis.GCV
    therms = sum(b.quantity for b in workspace.bills(gas_supply.id))
    # 1 therm = 29.3071 kWh on the gross basis; / 1.108 to the net basis
    assert gas.kwh_total == pytest.approx(therms * 29.3071 / 1.108, rel=1e-4)


def test_refused_rows_name_row_column_text_and_reason(workspace, site, tmp_path):
    text = LEDGER.read_text(encoding="utf-8").splitlines()
    text[3] = text[3].replace("17722", "17x22")  # row 4: text in a number
    text[5] = text[5].replace("01/05/2018;31/05/2018", "01/05/2018;31/04/2018")  # row 6: impossible date
    text[7] = text[7].replace("21312", "-21312")  # row 8: negative
    text[9] = text[9].replace("01/09/2018;30/09/2018", "01/09/2018;30/08/2018")  # row 10: end before start
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(text) + "\n", encoding="utf-8")
    strict = import_file(workspace, ImportRequest(bad, site.id, Carrier.ELECTRICITY, skip_refused=False))
    assert not strict.committed and workspace.count(model.Bill) == 0 and workspace.supplies(site.id) == []
    refused = {(r.row, r.column, r.text): r.reason.render() for r in strict.refused}
    assert refused == {
        (4, "kWh heures de pointe", "17x22"): "“17x22” is not a number.",
        (6, "Fin période", "31/04/2018"): "“31/04/2018” is not a real date.",
        # the cell as the file writes it, not the number or date it was read as
        (8, "kWh heures de pointe", "-21312"): "Peak hours must not be negative (got -21312).",
        (10, "Fin période", "30/08/2018"): "The period ends on 30/08/2018, before it starts on 2018-09-01.",
    }
    lenient = import_file(workspace, ImportRequest(bad, site.id, Carrier.ELECTRICITY))
    assert lenient.committed and lenient.imported == 17 and len(lenient.refused) == 4
    assert workspace.count(model.Bill) == 17


def test_dry_run_stores_nothing(workspace, site):
    result = import_file(workspace, ImportRequest(LEDGER, site.id, Carrier.ELECTRICITY, dry_run=True))
    assert result.imported == 21 and not result.committed
    assert workspace.count(model.Bill) == 0 and workspace.supplies(site.id) == []


def test_explicit_mapping_and_options(workspace, site, tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text(
        "Export portail client\nperiode|kwh relevés|montant\njanv.-19|1.234,5|150,00\nfévr.-19|1.100|140,5\n",
        encoding="cp1252",
    )
    result = import_file(
        workspace,
        ImportRequest(
            path,
            site.id,
            Carrier.ELECTRICITY,
            read=ReadOptions(header_row=2),
            mapping={"month": "periode", "kwh": "2", "cost_excl_vat": "montant"},
        ),
    )
    assert result.imported == 2 and result.refused == []
    bills = workspace.bills(workspace.supplies(site.id)[0].id)
    assert (bills[0].period_start, bills[0].period_end, bills[0].quantity) == (
        dt.date(2019, 1, 1),
        dt.date(2019, 1, 31),
        1234.5,
    )
    assert bills[1].cost_excl_vat == 140.5


def test_units_are_converted_to_the_supply_unit(workspace, site, tmp_path):
    workspace.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.HEAVY_FUEL_OIL, invoice_unit=Unit.KG))
    path = tmp_path / "fioul.csv"
    path.write_text("Mois;Quantité (t);Montant HT\n2019-01;12,5;70 000\n2019-02;10;56 000\n", encoding="utf-8")
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.HEAVY_FUEL_OIL))
    assert result.imported == 2
    (supply,) = workspace.supplies(site.id)
    assert [b.quantity for b in workspace.bills(supply.id)] == [12_500, 10_000]
    litres = tmp_path / "litres.csv"
    litres.write_text("Mois;Quantité (L);Montant HT\n2019-03;1000;5000\n", encoding="utf-8")
    # Litres into a supply billed in kg: through the factor set's density, which the import names.
    through_density = import_file(workspace, ImportRequest(litres, site.id, Carrier.HEAVY_FUEL_OIL))
    assert through_density.imported == 1
    density = workspace.factor_lookup(site).get("density.heavy_fuel_oil")
    assert workspace.bills(supply.id)[-1].quantity == pytest.approx(1000 * density.value)
    assert any(
        "density.heavy_fuel_oil" in w.render() and density.source in w.render() for w in through_density.warnings
    )
    electricity = tmp_path / "tonnes.csv"
    electricity.write_text("Mois;Quantité (t);Montant HT\n2019-03;1000;5000\n", encoding="utf-8")
    refused = import_file(workspace, ImportRequest(electricity, site.id, Carrier.ELECTRICITY))
    assert refused.imported == 0
    assert refused.refused[0].reason.render().startswith("Quantities in t cannot be turned into kWh without a factor:")
