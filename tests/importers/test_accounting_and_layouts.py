"""Every row accounted for, layouts nobody wrote a profile for, remembered corrections, gas by volume.

The files here are built from the formats' descriptions (ONEE/Lydec MT ledgers, French HP/HC bills, Belgian
DSO exports), not from the shared samples, so that no test passes because it was tuned to one file.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from workbench.domain import model
from workbench.domain.messages import DomainError
from workbench.domain.units import Carrier, HeatingValueBasis, Unit
from workbench.importers.engine import ImportRequest, RowStatus, import_file, plan_import, read_context
from workbench.importers.layouts import header_signature, remembered_layouts
from workbench.storage.workspace import Workspace


@pytest.fixture
def site(workspace):
    cluster = workspace.insert(model.Cluster("Cluster Matériaux"))
    return workspace.insert(model.Site(cluster_id=cluster.id, name="Briqueterie Al Amal", currency="MAD"))


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def accounted(result) -> int:
    return result.imported + result.changed + result.identical + result.refused_rows + len(result.skipped)


# --- every row accounted for ----------------------------------------------------------------------------


def test_two_bills_for_one_period_are_never_merged(workspace, site, tmp_path):
    path = write(
        tmp_path,
        "doublons.csv",
        "Début;Fin;kWh\n01/01/2024;31/01/2024;1000\n01/01/2024;31/01/2024;250\n01/02/2024;29/02/2024;900\n",
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert (result.read, result.imported, result.refused_rows) == (3, 2, 1)
    assert accounted(result) == result.read
    (refusal,) = result.refused
    assert refusal.row == 3 and "Row 2 already gives this period" in refusal.reason.render()
    bills = workspace.bills(workspace.supplies(site.id)[0].id)
    assert [b.quantity for b in bills] == [1000, 900]  # the first is kept, the second is not merged into it


def test_two_invoices_for_one_period_are_both_stored_and_the_checks_name_them(workspace, site, tmp_path):
    from workbench.analysis.programme import load_accounts

    path = write(
        tmp_path,
        "deux-factures.csv",
        "Début;Fin;N° facture;kWh\n01/01/2024;31/01/2024;F-1;1000\n01/01/2024;31/01/2024;F-1bis;250\n",
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert (result.read, result.imported) == (2, 2)
    warnings = load_accounts(workspace, {site.id})[site.id].warnings
    assert any(w.kind == "overlap" for w in warnings)


def test_an_exact_repeat_is_skipped_with_its_reason_and_a_reimport_is_identical(workspace, site, tmp_path):
    path = write(
        tmp_path,
        "repete.csv",
        "Début;Fin;kWh\n01/01/2024;31/01/2024;1000\n\n01/01/2024;31/01/2024;1000\n01/02/2024;29/02/2024;900\n",
    )
    first = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert (first.read, first.imported, len(first.skipped)) == (3, 2, 1)
    assert first.skipped[0].reason.render() == "Row 4 repeats row 2 exactly."
    again = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert (again.imported, again.identical, len(again.skipped), again.committed) == (0, 2, 1, False)
    assert accounted(again) == again.read
    assert workspace.count(model.Bill) == 2


def test_rows_with_several_bad_cells_count_once(workspace, site, tmp_path):
    path = write(tmp_path, "mauvais.csv", "Début;Fin;kWh\n01/01/2024;3x/01/2024;douze\n01/02/2024;29/02/2024;900\n")
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert len(result.refused) == 2 and result.refused_rows == 1
    assert accounted(result) == result.read == 2


# --- layouts nobody wrote a profile for -------------------------------------------------------------------

MT_LEDGER = (
    "Période du;au;Facture n°;Consommation HP (kWh);Consommation HPl (kWh);Consommation HC (kWh);Réactif (kVArh);"
    "P. souscrite (kVA);P. atteinte (kVA);Redevance (DH);Total HT;TVA (DH);Total TTC\n"
    "01/01/2024;31/01/2024;F-001;10 230;41 168;22 510;35 000;500;468;250,00;98 120,50;19 624,10;117 744,60\n"
    "01/02/2024;29/02/2024;F-002;9 880;39 950;21 700;33 100;500;472;250,00;94 880,00;18 976,00;113 856,00\n"
)


def test_a_moroccan_mt_ledger_imports_with_no_options(workspace, site, tmp_path):
    path = write(tmp_path, "releve-mt.csv", MT_LEDGER, encoding="cp1252")
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert (result.read, result.imported, result.refused) == (2, 2, [])
    assert result.mapping == {
        "start": "Période du",
        "end": "au",
        "invoice": "Facture n°",
        "kwh_peak": "Consommation HP (kWh)",
        "kwh_standard": "Consommation HPl (kWh)",
        "kwh_offpeak": "Consommation HC (kWh)",
        "kvarh": "Réactif (kVArh)",
        "subscribed_kva": "P. souscrite (kVA)",
        "max_kva": "P. atteinte (kVA)",
        "cost_excl_vat": "Total HT",
        "vat": "TVA (DH)",
        "cost_incl_vat": "Total TTC",
    }
    (supply,) = workspace.supplies(site.id)
    assert supply.subscribed_power_kva == 500
    first = workspace.bills(supply.id)[0]
    assert (first.quantity_peak, first.quantity_standard, first.quantity_offpeak) == (10230, 41168, 22510)
    assert first.total_quantity == 73908
    assert (first.cost_excl_vat, first.vat, first.cost_incl_vat) == (98120.50, 19624.10, 117744.60)
    assert (first.max_power, first.reactive_kvarh) == (468, 35000)


def test_the_total_and_its_periods_are_chosen_so_that_they_agree(workspace, site, tmp_path):
    # "Énergie" with a kWh in its header looks like the total; the rows say it is the sum of the periods.
    path = write(
        tmp_path,
        "pointe-pleines-creuses.csv",
        "Du;Au;Heures de pointe (kWh);Heures pleines (kWh);Heures creuses (kWh);Énergie active (kWh)\n"
        "01/01/2024;31/01/2024;100;500;400;1000\n01/02/2024;29/02/2024;110;520;370;1000\n",
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert result.imported == 2 and result.refused == []
    assert result.mapping["quantity"] == "Énergie active (kWh)"
    wrong = write(
        tmp_path,
        "total-partiel.csv",
        "Du;Au;dont pointe (kWh);dont creuses (kWh);Consommation (kWh)\n01/01/2024;31/01/2024;100;400;1000\n",
    )
    plan = plan_import(
        read_context(workspace, ImportRequest(wrong, site.id, Carrier.ELECTRICITY)),
        ImportRequest(wrong, site.id, Carrier.ELECTRICITY, dry_run=True),
    )
    # The periods listed do not add up to the total: the total is kept, and the columns set aside are named.
    assert plan.mapping.get("quantity") == "Consommation (kWh)"
    unread = [w.render() for w in plan.warnings if "is not read" in w.render()]
    assert len(unread) == 2 and any("dont pointe (kWh)" in w for w in unread)


def test_french_hp_hc_are_heures_pleines_and_creuses(workspace, site, tmp_path):
    path = write(
        tmp_path,
        "hp-hc.csv",
        "Date de début;Date de fin;Conso HP (kWh);Conso HC (kWh);Montant TTC\n01/01/2024;31/01/2024;600;400;180,00\n",
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert result.mapping["kwh_standard"] == "Conso HP (kWh)" and result.mapping["kwh_offpeak"] == "Conso HC (kWh)"
    assert "kwh_peak" not in result.mapping


def test_dutch_day_and_night_offtake_without_injection(workspace, site, tmp_path):
    path = write(
        tmp_path,
        "dag-nacht.csv",
        "Van;Tot;Afname dag (kWh);Afname nacht (kWh);Injectie dag (kWh)\n01-01-2024;31-01-2024;300;200;50\n",
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert result.mapping["kwh_standard"] == "Afname dag (kWh)"
    assert result.mapping["kwh_offpeak"] == "Afname nacht (kWh)"
    assert "Injectie dag (kWh)" not in result.mapping.values()
    assert workspace.bills(workspace.supplies(site.id)[0].id)[0].total_quantity == 500


def test_duplicated_column_names_are_reported_and_mapped_by_number(workspace, site, tmp_path):
    path = write(
        tmp_path,
        "deux-colonnes.csv",
        "Bill Date,Gas Charges,Gas Usage (Therms),Gas Charges\n01/31/2024,10.00,30,12.00\n02/29/2024,11.00,31,13.00\n",
    )
    request = ImportRequest(path, site.id, Carrier.NATURAL_GAS, dry_run=True)
    result = import_file(workspace, request)
    (warning,) = [w.render() for w in result.warnings if "columns are named" in w.render()]
    assert "2 columns are named “Gas Charges” (columns 2, 4); column 2 is read as “Cost excl. VAT”" in warning
    by_name = ImportRequest(path, site.id, Carrier.NATURAL_GAS, mapping={"cost_excl_vat": "Gas Charges"})
    with pytest.raises(DomainError, match=r"has 2 columns named “Gas Charges” \(columns 2, 4\)"):
        import_file(workspace, by_name)
    assert workspace.count(model.Bill) == 0
    by_number = ImportRequest(path, site.id, Carrier.NATURAL_GAS, mapping={"cost_excl_vat": "4"})
    result = import_file(workspace, by_number)
    assert [b.cost_excl_vat for b in workspace.bills(result.supply_id)] == [12.0, 13.0]


# --- a corrected mapping is remembered for the next file of that header row --------------------------------


def test_a_corrected_mapping_is_remembered_visible_and_forgotten(workspace, site, tmp_path):
    header = "Mois;Index;Energie;Montant\n"
    first = write(tmp_path, "portail-1.csv", header + "janv. 2024;A;1 000;150,00\n")
    request = ImportRequest(first, site.id, Carrier.ELECTRICITY, mapping={"quantity": "Energie"})
    assert import_file(workspace, request).imported == 1
    layouts = remembered_layouts(workspace)
    signature = header_signature(["Mois", "Index", "Energie", "Montant"])
    assert list(layouts) == [signature] and layouts[signature].mapping["quantity"] == "Energie"
    second = write(tmp_path, "portail-2.csv", header.upper() + "févr. 2024;B;900;140,00\n")  # same header, other case
    result = import_file(workspace, ImportRequest(second, site.id, Carrier.ELECTRICITY))
    assert result.imported == 1 and result.mapping["quantity"] == "Energie".upper()
    assert any("remembered for this header row" in w.render() for w in result.warnings)
    assert workspace.forget_import_layout(signature)
    third = write(tmp_path, "portail-3.csv", header + "mars 2024;C;800;130,00\n")
    with pytest.raises(DomainError, match="no column was recognised"):
        import_file(workspace, ImportRequest(third, site.id, Carrier.ELECTRICITY))


# --- gas by volume ------------------------------------------------------------------------------------------


@pytest.fixture
def belgian(tmp_path):
    ws = Workspace.create(tmp_path / "be.eaw", model.Programme(name="Quick scans Wallonie", factor_set="BE"))
    cluster = ws.insert(model.Cluster("Tweed"))
    site = ws.insert(model.Site(cluster_id=cluster.id, name="Laiterie", country="BE", currency="EUR"))
    yield ws, site
    ws.close()


def test_gas_in_cubic_metres_takes_the_factor_set_and_says_so(belgian, tmp_path):
    ws, site = belgian
    path = write(
        tmp_path,
        "gaz.csv",
        "Van datum;Tot datum;Volume;Eenheid;Bedrag excl. btw\n01-01-2024;31-01-2024;1 200,5;m³;980,00\n"
        "01-02-2024;29-02-2024;1 100;m³;900,00\n",
    )
    result = import_file(ws, ImportRequest(path, site.id, Carrier.NATURAL_GAS))
    assert (result.imported, result.refused) == (2, [])
    (supply,) = ws.supplies(site.id)
    assert supply.invoice_unit is Unit.M3 and supply.heating_value is None
    factor = ws.factor_lookup(site).get("heating_value.ncv.natural_gas.per_m3")
    assert [f.key for f in result.factors] == [factor.key]
    assert result.kwh_total == pytest.approx(2300.5 * factor.value)
    assert any(factor.key in w.render() and factor.source in w.render() for w in result.warnings)


def test_m3_rows_into_a_gas_supply_billed_in_kwh_are_converted_by_the_factor(belgian, tmp_path):
    ws, site = belgian
    # Belgian gas bills count kWh on the gross heating value: m³ (net factor) × GCV/NCV.
    ws.insert(
        model.EnergySupply(
            site_id=site.id,
            carrier=Carrier.NATURAL_GAS,
            invoice_unit=Unit.KWH,
            heating_value_basis=HeatingValueBasis.GCV,
        )
    )
    path = write(tmp_path, "gaz-m3.csv", "Van datum;Tot datum;Volume (m³)\n01-01-2024;31-01-2024;100\n")
    result = import_file(ws, ImportRequest(path, site.id, Carrier.NATURAL_GAS))
    factor = ws.factor_lookup(site).get("heating_value.ncv.natural_gas.per_m3")
    bill = ws.bills(result.supply_id)[0]
    assert result.imported == 1 and bill.quantity == pytest.approx(100 * factor.value * 1.108, rel=1e-3)


# --- plan, then commit --------------------------------------------------------------------------------------


def test_a_plan_touches_no_database_and_can_be_made_in_another_thread(workspace, site, tmp_path):
    path = write(tmp_path, "releve.csv", MT_LEDGER)
    request = ImportRequest(path, site.id, Carrier.ELECTRICITY)
    context = read_context(workspace, request)
    workspace.close()  # a plan that reached for the file would fail now
    found = {}
    worker = threading.Thread(target=lambda: found.update(plan=plan_import(context, request)))
    worker.start()
    worker.join()
    plan = found["plan"]
    assert [r.status for r in plan.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert plan.inserts[0].period_start == dt.date(2024, 1, 1)


# --- a decimal mark the numbers do not tell --------------------------------------------------------------


def test_a_file_whose_numbers_read_both_ways_asks_for_its_decimal_mark(workspace, site, tmp_path):
    from workbench.importers.table import ReadOptions, detect_decimal

    path = write(tmp_path, "ambigu.csv", "Début;Fin;kWh\n01/01/2024;31/01/2024;1,234\n01/02/2024;29/02/2024;2,500\n")
    with pytest.raises(DomainError, match="“1,234” could be a thousand times more or less"):
        import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert workspace.count(model.Bill) == 0
    told = ImportRequest(path, site.id, Carrier.ELECTRICITY, read=ReadOptions(decimal="."))
    assert [b.quantity for b in workspace.bills(import_file(workspace, told).supply_id)] == [1234, 2500]
    # One cell that shows the mark settles it for the others; "0,173" can only be a decimal comma.
    assert detect_decimal([["1,234", "0,173"]]) == ","
    assert detect_decimal([["1,234", "1,234.5"]]) == "."
    assert detect_decimal([["1.234.567"]]) == ","
    # A paste takes the reader's own mark when its numbers do not tell.
    assert detect_decimal([["1,234"]], ",") == "," and detect_decimal([["1,234"]], ".") == "."


# --- what an auditor's first files showed (an independent review) ------------------------------------------


def test_a_total_row_is_skipped_not_counted_twice(workspace, site, tmp_path):
    path = write(
        tmp_path,
        "trimestre.csv",
        "N° facture;Du;Au;Consommation kWh;Total HT\n"
        "F1;01/01/2024;31/01/2024;10 000;15 000,00\nF2;01/02/2024;29/02/2024;9 000;13 500,00\n"
        "F3;01/03/2024;31/03/2024;11 000;16 500,00\nTotal 1er trimestre;01/01/2024;31/03/2024;30 000;45 000,00\n"
        "Sous-total;;;30 000;45 000,00\n",
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert (result.read, result.imported, len(result.skipped), result.refused_rows) == (5, 3, 2, 0)
    assert "Row 5 is a total (“Total 1er trimestre”)" in result.skipped[0].reason.render()
    assert result.kwh_total == 30_000


def test_us_dates_that_no_day_proves_are_read_in_the_order_their_periods_make_sense(workspace, site, tmp_path):
    path = write(
        tmp_path,
        "us.csv",
        "Account,Bill Date,Service From,Service To,Usage (kWh),Demand (kW)\n"
        '12345,02/05/2024,01/03/2024,02/01/2024,"10,000.5",45.5\n'
        '12345,03/05/2024,02/02/2024,03/01/2024,"9,500",44\n'
        '12345,04/05/2024,03/02/2024,04/01/2024,"9,800",46\n',
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert result.mapping["start"] == "Service From" and result.mapping["end"] == "Service To"
    assert result.mapping["max_kw"] == "Demand (kW)"
    bills = workspace.bills(result.supply_id)
    assert next((b.period_start, b.period_end) for b in bills) == (dt.date(2024, 1, 3), dt.date(2024, 2, 1))
    assert bills[0].max_power_unit.value == "kW"
    assert any("were read as mm/dd/yyyy" in w.render() for w in result.warnings)


def test_amounts_in_another_currency_than_the_site_s_are_refused(workspace, site, tmp_path):
    path = write(tmp_path, "eur.csv", "Van;Tot;Afname (kWh);Bedrag excl. btw (EUR)\n01-01-2024;31-01-2024;300;80,00\n")
    with pytest.raises(DomainError, match=r"are in EUR, but those of Briqueterie Al Amal are in MAD"):
        import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert workspace.count(model.Bill) == 0


def test_an_injection_column_is_named_as_not_read(workspace, site, tmp_path):
    path = write(
        tmp_path,
        "pv.csv",
        "Van;Tot;Afname dag (kWh);Afname nacht (kWh);Injectie dag (kWh)\n01-01-2024;31-01-2024;300;200;50\n",
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY, dry_run=True))
    assert any("“Injectie dag (kWh)” is energy sent to the grid" in w.render() for w in result.warnings)
