"""Meter index readings: consumption = (current − previous) × multiplier per register, rollovers asked about.

Files are built from how ONEE/Lydec invoices and hand-kept ledgers give readings (ancien/nouvel index per
HP/HPl/HC and a coefficient de lecture), and a Belgian one (begin/eindstand dag/nacht).
"""

from __future__ import annotations

import pytest

from workbench.domain import model
from workbench.domain.units import Carrier
from workbench.domain.vocab import Provenance
from workbench.i18n.formatting import Formatter
from workbench.importers.engine import ImportRequest, import_file


@pytest.fixture
def site(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    return workspace.insert(model.Site(cluster_id=cluster.id, name="Céramiques", currency="MAD"))


LEDGER = (
    "Date relevé précédent;Date relevé;Ancien index HP;Nouvel index HP;Ancien index HPl;Nouvel index HPl;"
    "Ancien index HC;Nouvel index HC;Coefficient de lecture;Montant TTC\n"
    "01/01/2024;31/01/2024;12 500;12 760;40 100;41 130;20 050;20 600;40;123 000,00\n"
    "01/02/2024;29/02/2024;12 760;13 000;41 130;42 100;20 600;21 120;40;118 000,00\n"
)


def test_consumption_from_the_indexes_per_register_times_the_multiplier(workspace, site, tmp_path):
    path = tmp_path / "index.csv"
    path.write_text(LEDGER, encoding="utf-8")
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert (result.read, result.imported, result.refused) == (2, 2, [])
    first = workspace.bills(result.supply_id)[0]
    # hand-worked: HP (12 760 − 12 500) × 40 = 10 400; HPl (41 130 − 40 100) × 40 = 41 200; HC 550 × 40 = 22 000
    assert (first.quantity_peak, first.quantity_standard, first.quantity_offpeak) == (10_400, 41_200, 22_000)
    assert first.total_quantity == 73_600
    assert first.provenance is Provenance.METER_READING
    registers = {r.register: (r.previous, r.current, r.multiplier) for r in first.readings}
    assert registers[model.MeterRegister.PEAK] == (12_500, 12_760, 40)
    assert workspace.get(model.Bill, first.id).readings == first.readings  # kept in the file


def test_a_falling_index_is_asked_about_then_taken_as_a_rollover(workspace, site, tmp_path):
    path = tmp_path / "retour-a-zero.csv"
    path.write_text(
        "Du;Au;Ancien index;Nouvel index\n01/01/2024;31/01/2024;99 850;00 120\n01/02/2024;29/02/2024;120;900\n",
        encoding="utf-8",
    )
    asked = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY, dry_run=True))
    assert asked.plan.rollover_rows == (2,) and asked.refused_rows == 1
    reason = asked.refused[0].reason.render()
    assert "from 99 850 to 00 120" in reason and "--rollover 2" in reason
    confirmed = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY, rollovers=frozenset({2})))
    bills = workspace.bills(confirmed.supply_id)
    # 5 digits: 100 000 − 99 850 + 120 = 270
    assert [b.quantity for b in bills] == [270, 780]
    assert bills[0].readings[0].rollover_digits == 5


def test_indexes_and_a_billed_quantity_must_agree(workspace, site, tmp_path):
    path = tmp_path / "les-deux.csv"
    path.write_text(
        "Van;Tot;Beginstand dag;Eindstand dag;Beginstand nacht;Eindstand nacht;Afname dag (kWh)\n"
        "01-01-2024;31-01-2024;1000;1300;500;700;300\n"
        "01-02-2024;29-02-2024;1300;1600;700;900;250\n",
        encoding="utf-8",
    )
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY))
    assert result.imported == 1 and result.refused_rows == 1
    assert "The bill gives 250 but its indexes give 300" in result.refused[0].reason.render(
        format_value=Formatter().value
    )
    bill = workspace.bills(result.supply_id)[0]
    assert (bill.quantity_standard, bill.quantity_offpeak, bill.provenance) == (300, 200, Provenance.INVOICE)


def test_an_empty_multiplier_is_refused_not_taken_as_one(workspace, site, tmp_path):
    path = tmp_path / "coef.csv"
    path.write_text("Du;Au;Index précédent;Index actuel;Coef.\n01/01/2024;31/01/2024;100;200;\n", encoding="utf-8")
    result = import_file(workspace, ImportRequest(path, site.id, Carrier.ELECTRICITY, dry_run=True))
    assert result.refused[0].column == "Coef." and "reading multiplier" in result.refused[0].reason.render()
