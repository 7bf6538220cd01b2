"""Every entity goes into the file and comes back equal, through a close and a reopen."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workbench.domain import model
from workbench.domain.factors import Factor, FactorScope
from workbench.domain.units import Carrier, HeatingValueBasis, PowerUnit, Unit
from workbench.domain.validation import ValidationError
from workbench.domain.vocab import EndUse, Language, MeasureCategory, MeasureStatus, Provenance, VoltageLevel
from workbench.storage.codecs import CODECS
from workbench.storage.errors import EntityNotFoundError, WorkspaceWriteError
from workbench.storage.workspace import Change, ChangeAction, EntityKind, Workspace


def full_entities(ws: Workspace):
    cluster = ws.insert(model.Cluster("Cluster Solaire", model.BilingualText("Solaire", "Solar"), 2))
    site = ws.insert(
        model.Site(
            cluster_id=cluster.id,
            name="Atlas PV",
            company="Atlas PV SARL",
            activity=model.BilingualText("Assemblage", "Assembly"),
            nace_code="26.11",
            address="ZI Aïn Sebaâ",
            city="Casablanca",
            country="MA",
            currency="MAD",
            floor_area_m2=4500.5,
            production_volume=60.0,
            production_unit="MWc",
            schedule=model.OperatingSchedule(2, 8.5, 5.5, 47),
            contact="M. Alaoui",
            audit_date=dt.date(2019, 10, 15),
            auditor="Tweed",
            observations=model.BilingualText("Fuites", ""),
            factor_set="BE",
            position=3,
        )
    )
    supply = ws.insert(
        model.EnergySupply(
            site_id=site.id,
            carrier=Carrier.NATURAL_GAS,
            name="Gaz",
            invoice_unit=Unit.M3,
            supplier="Engie",
            contract_ref="C-1",
            meter_ref="EAN 541",
            voltage_level=VoltageLevel.MV,
            tariff_option="T",
            subscribed_power_kva=250.0,
            heating_value=11.35,
            heating_value_basis=HeatingValueBasis.GCV,
        )
    )
    attachment = ws.add_attachment("facture.pdf", b"%PDF-1.4 \x00\xff binary", "application/pdf")
    bill = ws.insert(
        model.Bill(
            supply_id=supply.id,
            period_start=dt.date(2019, 1, 1),
            period_end=dt.date(2019, 1, 31),
            quantity=1000.5,
            quantity_peak=200.0,
            quantity_standard=500.5,
            quantity_offpeak=300.0,
            max_power=321.0,
            max_power_unit=PowerUnit.KW,
            reactive_kvarh=456.0,
            cost_excl_vat=1000.0,
            vat=140.0,
            cost_incl_vat=1140.0,
            currency="MAD",
            invoice_number="F-2019-01",
            estimated=True,
            provenance=Provenance.METER_READING,
            attachment_id=attachment.id,
            note="à vérifier",
        )
    )
    delivery = ws.insert(
        model.FuelDelivery(
            supply_id=supply.id,
            delivery_date=dt.date(2019, 2, 3),
            quantity=3000.0,
            unit_price=7.5,
            cost_excl_vat=22500.0,
            vat=2250.0,
            currency="MAD",
            delivery_note="BL1",
            provenance=Provenance.INVOICE,
            attachment_id=attachment.id,
        )
    )
    item = ws.insert(
        model.Equipment(
            site_id=site.id,
            name="Compresseur",
            end_use=EndUse.COMPRESSED_AIR,
            carrier=Carrier.ELECTRICITY,
            rated_power=37.0,
            power_unit=PowerUnit.KW,
            quantity=2,
            load_factor=0.75,
            annual_hours=4000.0,
            efficiency=0.92,
            location="Atelier",
            provenance={"rated_power": Provenance.NAMEPLATE, "load_factor": Provenance.SPOT_MEASUREMENT},
            notes=model.BilingualText("", "Leaks"),
            position=1,
            efficiency_class=model.EfficiencyClass.IE3,
            loaded_power_kw=37.0,
            unloaded_power_kw=9.5,
            loaded_hours=3000.0,
            unloaded_hours=1200.0,
            free_air_m3_min=6.1,
            pressure_bar=7.5,
            runs_in_peak=False,
        )
    )
    measure = ws.insert(
        model.Measure(
            site_id=site.id,
            title=model.BilingualText("Fuites", "Leaks"),
            description=model.BilingualText("Réparer", "Repair"),
            end_use=EndUse.COMPRESSED_AIR,
            savings=(
                model.MeasureSaving(Carrier.ELECTRICITY, 12000.0),
                model.MeasureSaving(Carrier.PROPANE, 0.0, share=0.05),
            ),
            equipment_ids=(item.id,),
            cost_savings=11000.0,
            investment=15000.0,
            category=MeasureCategory.NO_COST,
            status=MeasureStatus.ACCEPTED,
            provenance=Provenance.SPOT_MEASUREMENT,
            position=4,
        )
    )
    return [cluster, site, supply, attachment, bill, delivery, item, measure]


def test_every_entity_round_trips_through_the_file(tmp_path):
    path = tmp_path / "p.eaw"
    programme = model.Programme(
        name="Quick scans",
        organiser="Tweed",
        partners="A; B",
        year=2019,
        currency="EUR",
        report_language=Language.EN,
        factor_set="BE",
        description=model.BilingualText("fr", "en"),
    )
    with Workspace.create(path, programme) as ws:
        stored = full_entities(ws)
    assert {type(e) for e in stored} | {model.Programme} == set(CODECS)
    with Workspace.open(path) as ws:
        assert ws.programme() == dataclasses.replace(programme, id=1)
        for entity in stored:
            assert ws.get(type(entity), entity.id) == entity
        assert ws.attachment_data(stored[3].id) == b"%PDF-1.4 \x00\xff binary"


def test_update_commits_and_reports_the_change(workspace, tmp_path):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S"))
    heard: list = []
    workspace.add_listener(heard.extend)
    updated = workspace.update(model.Site, site.id, name="S2", floor_area_m2=1200.0)
    assert updated.name == "S2"
    assert heard == [Change(EntityKind.SITE, site.id, ChangeAction.UPDATE, ("name", "floor_area_m2"))]
    path = workspace.path
    workspace.close()
    with Workspace.open(path) as reopened:
        assert reopened.get(model.Site, site.id).floor_area_m2 == 1200.0


def test_a_refused_update_writes_nothing_and_reports_nothing(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S"))
    heard: list = []
    workspace.add_listener(heard.extend)
    with pytest.raises(ValidationError):
        workspace.update(model.Site, site.id, name="S2", floor_area_m2=-1.0)
    assert workspace.get(model.Site, site.id) == site
    assert heard == []


def test_a_failing_transaction_leaves_nothing_half_written(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    with pytest.raises(ValidationError), workspace.transaction():
        workspace.insert(model.Site(cluster_id=cluster.id, name="first"))
        workspace.insert(model.Site(cluster_id=cluster.id, name=""))  # refused
    assert workspace.sites() == []


def test_a_full_disk_is_refused_cleanly_and_the_workspace_goes_on(workspace):
    """SQLite rolls a transaction back itself when the disk is full: the error says so, no earlier change
    is reported with a later commit, and once there is room again the workspace works as before."""
    heard: list = []
    workspace.add_listener(heard.extend)
    workspace.insert(model.Cluster("Before"))
    heard.clear()
    pages = workspace.conn.execute("PRAGMA page_count").fetchone()[0]
    workspace.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    with pytest.raises(WorkspaceWriteError) as refused, workspace.transaction():
        for i in range(50):
            workspace.insert(model.Cluster(f"Cluster {i} " + "x" * 4000))
    assert str(workspace.path) in str(refused.value) and "full" in str(refused.value)
    assert [c.name for c in workspace.clusters()] == ["Before"] and heard == []
    workspace.conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # room again
    after = workspace.insert(model.Cluster("After"))
    assert heard == [Change(EntityKind.CLUSTER, after.id, ChangeAction.INSERT, ())]
    assert [c.name for c in workspace.clusters()] == ["Before", "After"]


def test_delete_takes_children_and_restore_brings_them_back_with_their_ids(workspace):
    stored = full_entities(workspace)
    cluster = stored[0]
    heard: list = []
    workspace.add_listener(heard.extend)
    deleted = workspace.delete(model.Cluster, cluster.id)
    assert workspace.sites() == [] and workspace.count(model.Bill) == 0 and workspace.count(model.Equipment) == 0
    workspace.restore(deleted)
    for entity in stored:
        assert workspace.get(type(entity), entity.id) == entity
    # one record per row, both ways (tests/storage/test_change_records.py says which)
    assert {c.action for c in heard[: len(heard) // 2]} == {ChangeAction.DELETE}
    assert [(c.entity, c.id) for c in heard[len(heard) // 2 :]] == [(c.entity, c.id) for c in heard[: len(heard) // 2]]
    assert {c.action for c in heard[len(heard) // 2 :]} == {ChangeAction.INSERT}


def test_missing_entity_is_named(workspace):
    with pytest.raises(EntityNotFoundError, match="No site with the id 42"):
        workspace.get(model.Site, 42)


def test_factor_overrides_per_programme_and_site(workspace):
    cluster = workspace.insert(model.Cluster("C"))
    site = workspace.insert(model.Site(cluster_id=cluster.id, name="S"))
    other = workspace.insert(model.Site(cluster_id=cluster.id, name="T"))
    workspace.set_factor_override(
        FactorScope.PROGRAMME, 1, Factor("co2.electricity", 0.6, "kg CO2/kWh", "programme choice", 2019)
    )
    workspace.set_factor_override(
        FactorScope.SITE, site.id, Factor("co2.electricity", 0.5, "kg CO2/kWh", "site supplier", 2019)
    )
    assert workspace.factor_lookup(site).get("co2.electricity").value == 0.5
    assert workspace.factor_lookup(other).get("co2.electricity").value == 0.6
    assert workspace.factor_lookup(other).get("co2.electricity").scope is FactorScope.PROGRAMME
    workspace.remove_factor_override(FactorScope.SITE, site.id, "co2.electricity")
    assert workspace.factor_lookup(site).get("co2.electricity").value == 0.6


def test_save_a_copy_is_a_complete_workspace(workspace, tmp_path):
    stored = full_entities(workspace)
    copy = workspace.save_copy(tmp_path / "copy.eaw")
    with Workspace.open(copy) as ws:
        assert ws.get(model.Measure, stored[-1].id) == stored[-1]


def test_a_workspace_or_a_copy_in_a_folder_that_cannot_take_it_is_refused_by_name(workspace, tmp_path):
    from workbench.storage.errors import FileNotWrittenError

    nowhere = tmp_path / "no such folder" / "p.eaw"
    with pytest.raises(FileNotWrittenError) as refused:
        Workspace.create(nowhere, model.Programme(name="P"))
    assert str(nowhere) in str(refused.value)
    with pytest.raises(FileNotWrittenError):
        workspace.save_copy(nowhere)
    assert not nowhere.parent.exists()


def test_the_factor_lookups_of_many_sites_are_those_of_each_site(tmp_path):
    with Workspace.create(tmp_path / "f.eaw", model.Programme(name="P", factor_set="MA")) as ws:
        cluster = ws.insert(model.Cluster("C"))
        plain = ws.insert(model.Site(cluster_id=cluster.id, name="Plain"))
        belgian = ws.insert(model.Site(cluster_id=cluster.id, name="Liège", factor_set="BE"))
        own = ws.insert(model.Site(cluster_id=cluster.id, name="Own"))
        ws.set_factor_override(FactorScope.PROGRAMME, 1, Factor("co2.electricity", 0.7, "kg/kWh", "ONEE 2023", 2023))
        ws.set_factor_override(FactorScope.SITE, own.id, Factor("co2.electricity", 0.5, "kg/kWh", "Meter", 2024))
        ws.set_factor_override(FactorScope.SITE, own.id, Factor("co2.propane", 0.3, "kg/kWh", "Supplier", 2024))
        lookups = ws.factor_lookups([plain, belgian, own])
        for site in (plain, belgian, own):
            one = ws.factor_lookup(site)
            keys = one.keys()
            assert lookups[site.id].keys() == keys
            assert all(lookups[site.id].get(k) == one.get(k) for k in keys)
        assert lookups[own.id].get("co2.electricity").value == 0.5
        assert lookups[plain.id].get("co2.electricity").value == 0.7
        assert lookups[belgian.id].reference.code == "BE"
