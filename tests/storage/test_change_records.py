"""Change records: typed kinds and actions, one record per row a delete takes (and its undo puts back), and
listeners that cannot silence each other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from workbench.domain import model
from workbench.domain.factors import Factor, FactorScope
from workbench.domain.solar import PvStudy, PvSystem
from workbench.domain.units import Carrier
from workbench.domain.vocab import EndUse
from workbench.storage.changes import Change, ChangeAction, EntityKind, concerns
from workbench.storage.codecs import BY_KIND, CHILDREN, CODECS, OWNED_ROWS
from workbench.storage.workspace import Workspace

from .test_site_photos import png

DELETE, INSERT, UPDATE = ChangeAction.DELETE, ChangeAction.INSERT, ChangeAction.UPDATE


def a_load_curve():
    from array import array

    from workbench.domain.load_curve import CurveUnit, Flow, IntervalBlock, Register, RegisterSeries

    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    block = IntervalBlock(start, 60, array("d", [1.0, 2.0]), bytearray([0, 0]))
    return RegisterSeries(Register("Afname", Flow.OFFTAKE, CurveUnit.KWH), [block])


def a_site_with_everything(ws: Workspace) -> dict[str, int]:
    """A site owning one row of every kind a site owns, beside a second site that owns as much (which must stay)."""
    cluster = ws.insert(model.Cluster("C"))
    ids: dict[str, int] = {"cluster": cluster.id}
    for prefix in ("", "other_"):
        site = ws.insert(model.Site(cluster_id=cluster.id, name=f"{prefix}site"))
        supply = ws.insert(model.EnergySupply(site_id=site.id, carrier=Carrier.PROPANE, name="Propane"))
        bill = ws.insert(
            model.Bill(supply.id, dt.date(2024, 1, 1), dt.date(2024, 1, 31), quantity=100.0, cost_excl_vat=90.0)
        )
        delivery = ws.insert(model.FuelDelivery(supply_id=supply.id, delivery_date=dt.date(2024, 2, 3), quantity=50.0))
        ws.store_load_curve(supply.id, [a_load_curve()])
        ws.set_pv_study(PvStudy(supply.id, PvSystem(50.0), "MAR_RK_Rabat-Sale.AP.601350_TMYx.epw"))
        equipment = ws.insert(
            model.Equipment(
                site_id=site.id, name="Four", end_use=EndUse.PROCESS_HEAT, carrier=Carrier.PROPANE, rated_power=10.0
            )
        )
        measure = ws.insert(model.Measure(site_id=site.id, title=model.BilingualText("Isoler", "Insulate")))
        photo = ws.add_site_photo(site.id, "a.png", png())
        ws.set_factor_override(FactorScope.SITE, site.id, Factor("co2.propane", 0.25, "kg CO2/kWh", "supplier"))
        ids |= {
            f"{prefix}site": site.id,
            f"{prefix}supply": supply.id,
            f"{prefix}bill": bill.id,
            f"{prefix}delivery": delivery.id,
            f"{prefix}equipment": equipment.id,
            f"{prefix}measure": measure.id,
            f"{prefix}photo": photo.id,
        }
    ws.set_factor_override(FactorScope.PROGRAMME, 1, Factor("co2.propane", 0.24, "kg CO2/kWh", "programme"))
    return ids


def listen(ws: Workspace) -> list[Change]:
    heard: list[Change] = []
    ws.add_listener(heard.extend)
    return heard


def the_sites_records(ids: dict[str, int], action: ChangeAction) -> list[Change]:
    """What deleting (or restoring) the first site says, parents first."""
    return [
        Change(EntityKind.SITE, ids["site"], action),
        Change(EntityKind.SUPPLY, ids["supply"], action),
        Change(EntityKind.BILL, ids["bill"], action),
        Change(EntityKind.DELIVERY, ids["delivery"], action),
        Change(EntityKind.LOAD_CURVE, ids["supply"], action, ("Afname",)),
        Change(EntityKind.PV_STUDY, ids["supply"], action),
        Change(EntityKind.EQUIPMENT, ids["equipment"], action),
        Change(EntityKind.MEASURE, ids["measure"], action),
        Change(EntityKind.SITE_PHOTO, ids["photo"], action),
        Change(EntityKind.FACTOR_OVERRIDE, ids["site"], action, ("site:co2.propane",)),
    ]


def test_every_kind_a_record_can_name_is_an_enum_member():
    """The codecs, the ownership tables and every record the workspace makes name kinds, never strings."""
    assert {c.kind for c in CODECS.values()} <= set(EntityKind)
    assert set(BY_KIND) == {c.kind for c in CODECS.values()}
    for owner, children in CHILDREN.items():
        assert isinstance(owner, EntityKind) and all(isinstance(kind, EntityKind) for kind, _key in children)
    assert all(isinstance(t.kind, EntityKind) for tables in OWNED_ROWS.values() for t in tables)
    # a kind is still its old name, for messages and files
    assert str(EntityKind.SITE_PHOTO) == "site_photo" and f"{ChangeAction.UPDATE}" == "update"


def test_every_record_the_workspace_makes_is_typed(workspace):
    heard = listen(workspace)
    ids = a_site_with_everything(workspace)
    workspace.update(model.Site, ids["site"], name="renamed")
    workspace.update_site_photo(ids["photo"], in_report=True)
    workspace.remove_factor_override(FactorScope.PROGRAMME, 1, "co2.propane")
    workspace.save_import_profile("mine", "{}")
    workspace.remember_import_layout("sig", "[]", "{}", "2024-01-01")
    workspace.forget_import_layout("sig")
    workspace.restore(workspace.delete(model.Cluster, ids["cluster"]))
    assert heard
    assert all(type(c.entity) is EntityKind and type(c.action) is ChangeAction for c in heard)
    kinds = {c.entity for c in heard}
    assert kinds == set(EntityKind) - {EntityKind.PROGRAMME, EntityKind.ATTACHMENT}


def test_deleting_a_site_records_every_row_it_takes_and_its_undo_records_them_back(workspace):
    ids = a_site_with_everything(workspace)
    heard = listen(workspace)
    deleted = workspace.delete(model.Site, ids["site"])
    assert heard == the_sites_records(ids, DELETE)
    # the other site and the programme's own override are untouched, and named in no record
    assert workspace.get(model.Site, ids["other_site"]).name == "other_site"
    assert workspace.factor_overrides(FactorScope.SITE, ids["site"]) == []
    assert [f.value for f in workspace.factor_overrides(FactorScope.SITE, ids["other_site"])] == [0.25]
    assert [f.value for f in workspace.factor_overrides(FactorScope.PROGRAMME, 1)] == [0.24]
    heard.clear()
    workspace.restore(deleted)
    assert heard == the_sites_records(ids, INSERT)
    assert [f.value for f in workspace.factor_overrides(FactorScope.SITE, ids["site"])] == [0.25]
    assert [p.id for p in workspace.site_photos(ids["site"])] == [ids["photo"]]
    assert workspace.get(model.Bill, ids["bill"]).quantity == 100.0


def test_a_site_deleted_does_not_leave_its_overrides_to_the_next_site_given_its_id(workspace):
    """No foreign key ties an override to its site: without the cascade, a new site taking the freed id would
    inherit a factor nobody chose for it."""
    ids = a_site_with_everything(workspace)
    workspace.delete(model.Site, ids["other_site"])  # the highest id: the next site takes it again
    newcomer = workspace.insert(model.Site(cluster_id=ids["cluster"], name="newcomer"))
    assert newcomer.id == ids["other_site"]
    assert workspace.factor_lookup(newcomer).get("co2.propane").scope is FactorScope.PROGRAMME


def test_deleting_a_cluster_records_its_sites_and_all_they_own(workspace):
    ids = a_site_with_everything(workspace)
    heard = listen(workspace)
    deleted = workspace.delete(model.Cluster, ids["cluster"])
    assert heard[0] == Change(EntityKind.CLUSTER, ids["cluster"], DELETE)
    other = {k.removeprefix("other_"): v for k, v in ids.items() if k.startswith("other_")}
    assert heard[1:] == the_sites_records(ids, DELETE) + the_sites_records(other, DELETE)
    heard.clear()
    workspace.restore(deleted)
    assert [(c.entity, c.id, c.action) for c in heard] == [(c.entity, c.id, INSERT) for c in deleted.changes]


def test_deleting_a_supply_records_its_bills_deliveries_load_curve_and_pv_study_only(workspace):
    ids = a_site_with_everything(workspace)
    heard = listen(workspace)
    deleted = workspace.delete(model.EnergySupply, ids["supply"])
    assert heard == [
        Change(EntityKind.SUPPLY, ids["supply"], DELETE),
        Change(EntityKind.BILL, ids["bill"], DELETE),
        Change(EntityKind.DELIVERY, ids["delivery"], DELETE),
        Change(EntityKind.LOAD_CURVE, ids["supply"], DELETE, ("Afname",)),
        Change(EntityKind.PV_STUDY, ids["supply"], DELETE),
    ]
    assert workspace.pv_study(ids["supply"]) is None
    workspace.restore(deleted)  # the undo puts the study back with its supply
    assert workspace.pv_study(ids["supply"]).system.kwp == 50.0


def test_a_photo_deleted_alone_is_recorded_and_restored(workspace):
    ids = a_site_with_everything(workspace)
    heard = listen(workspace)
    workspace.restore(workspace.delete_site_photo(ids["photo"]))
    assert heard == [
        Change(EntityKind.SITE_PHOTO, ids["photo"], DELETE),
        Change(EntityKind.SITE_PHOTO, ids["photo"], INSERT),
    ]


# --- listeners ------------------------------------------------------------------------------------------------


class Broken:
    """A listener with a defect: it hears, then raises."""

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.heard: list[Change] = []

    def __call__(self, changes: Sequence[Change]) -> None:
        self.heard.extend(changes)
        raise self.error


def test_a_failing_listener_does_not_keep_the_others_from_hearing_and_its_error_is_raised_after(workspace):
    before, after = listen(workspace), []
    broken = Broken(RuntimeError("a view's defect"))
    workspace.add_listener(broken)
    workspace.add_listener(after.extend)
    with pytest.raises(RuntimeError, match="a view's defect") as raised:
        workspace.insert(model.Cluster("C"))
    assert before == broken.heard == after == [Change(EntityKind.CLUSTER, 1, INSERT)]
    assert any("after the commit" in note for note in raised.value.__notes__)
    # the edit is stored, and the workspace goes on: the next commit is heard by all, once
    assert [c.name for c in workspace.clusters()] == ["C"]
    workspace.remove_listener(broken)
    workspace.insert(model.Cluster("D"))
    assert len(before) == len(after) == 2


def test_several_failing_listeners_are_all_reported(workspace):
    first, second = Broken(ValueError("one")), Broken(KeyError("two"))
    heard = []
    for listener in (first, heard.extend, second):
        workspace.add_listener(listener)
    with pytest.raises(ExceptionGroup) as raised:
        workspace.insert(model.Cluster("C"))
    assert [type(e) for e in raised.value.exceptions] == [ValueError, KeyError]
    assert len(first.heard) == len(second.heard) == len(heard) == 1


def test_a_listener_removed_while_hearing_does_not_skip_the_next_one(workspace):
    heard: list[Change] = []

    def once(changes: Sequence[Change]) -> None:
        workspace.remove_listener(once)

    workspace.add_listener(once)
    workspace.add_listener(heard.extend)
    workspace.insert(model.Cluster("C"))
    assert len(heard) == 1


def test_concerns_reads_kinds_and_a_scope():
    site_3 = Change(EntityKind.SITE, 3, UPDATE, ("name",))
    bill = Change(EntityKind.BILL, 9, UPDATE, ("quantity",))
    kinds = frozenset({EntityKind.SITE, EntityKind.BILL})
    own = frozenset({EntityKind.SITE})
    assert concerns([site_3], kinds)
    assert concerns([site_3], kinds, own, 3) and not concerns([site_3], kinds, own, 4)
    assert concerns([site_3, bill], kinds, own, 4)  # a bill anywhere still counts
    assert not concerns([bill], frozenset({EntityKind.SITE}))
    assert not concerns([], kinds)
