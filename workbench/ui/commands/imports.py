"""Imports and pastes as single undo steps."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, message
from workbench.importers.engine import ImportPlan, ImportResult, apply_plan

from .edits import LabelledCommand

if TYPE_CHECKING:
    from workbench.ui.session import WorkspaceSession


def _fields(entity: Any) -> dict[str, Any]:
    return {f.name: getattr(entity, f.name) for f in dataclasses.fields(entity) if f.name != "id"}


class ImportCommand(LabelledCommand):
    """An import plan written on the GUI thread in one transaction, as one undo step: the first redo applies
    the plan; undo takes back what it inserted and changed (and the supply it created); a later redo puts it
    all back with the same ids."""

    def __init__(self, session: WorkspaceSession, plan: ImportPlan, file_name: str) -> None:
        super().__init__(session, message("Commands", QT_TRANSLATE_NOOP("Commands", "Import {file}"), file=file_name))
        self.plan = plan
        self.result: ImportResult | None = None
        self.inserted: list[Any] = []
        self.after: list[Any] = []
        self.supply: model.EnergySupply | None = None

    def apply(self) -> None:
        ws = self.session.workspace
        if self.result is None:
            result = apply_plan(ws, self.plan)
            self.result = result
            cls = model.Bill if result.kind == "bills" else model.FuelDelivery
            self.inserted = [ws.get(cls, i) for i in result.inserted_ids]
            self.after = [ws.get(type(old), model.stored_id(old)) for old in _previous(result)]
            self.supply = ws.get(model.EnergySupply, _created_supply_id(result)) if result.created_supply else None
            if not result.committed:
                self.setObsolete(True)  # nothing was stored: no step to undo
            return
        with ws.transaction():
            if self.supply is not None:
                ws.insert(self.supply)
            for same in _by_class(self.inserted).values():
                ws.insert_many(same, validated=True)  # with the ids they had
            for entity in self.after:
                ws.update(type(entity), entity.id, **_fields(entity))

    def revert(self) -> None:
        if self.result is None:
            return
        ws = self.session.workspace
        with ws.transaction():
            for entity in self.inserted:
                ws.delete(type(entity), entity.id)
            for old in _previous(self.result):
                if self.supply is None or old.id != self.supply.id or type(old) is not model.EnergySupply:
                    ws.update(type(old), model.stored_id(old), **_fields(old))
            if self.supply is not None:
                ws.delete(model.EnergySupply, model.stored_id(self.supply))


def _previous(result: ImportResult) -> list[model.StoredEntity]:
    """The entities the import changed, as they were before: read from the workspace, so stored ones."""
    previous = []
    for entity in result.previous:
        assert isinstance(entity, model.StoredEntity)
        previous.append(entity)
    return previous


def _created_supply_id(result: ImportResult) -> int:
    assert result.supply_id is not None  # the supply the import created has its id
    return result.supply_id


def _by_class(entities: Sequence[Any]) -> dict[type, list[Any]]:
    found: dict[type, list[Any]] = {}
    for entity in entities:
        found.setdefault(type(entity), []).append(entity)
    return found


class InsertMany(LabelledCommand):
    """Several new entities (a paste) in one transaction and one undo step."""

    def __init__(self, session: WorkspaceSession, entities: Sequence[Any], label) -> None:
        super().__init__(session, label)
        self.entities = list(entities)

    def apply(self) -> None:
        ws = self.session.workspace
        with ws.transaction():
            self.entities = [ws.insert(e) for e in self.entities]

    def revert(self) -> None:
        ws = self.session.workspace
        with ws.transaction():
            for entity in self.entities:
                ws.delete(type(entity), entity.id)


class DeleteMany(LabelledCommand):
    def __init__(self, session: WorkspaceSession, cls: type, ids: Sequence[int], label) -> None:
        super().__init__(session, label)
        self.cls, self.ids = cls, list(ids)
        self.deleted: list = []

    def apply(self) -> None:
        ws = self.session.workspace
        with ws.transaction():
            self.deleted = [ws.delete(self.cls, i) for i in self.ids]

    def revert(self) -> None:
        ws = self.session.workspace
        with ws.transaction():
            for rows in reversed(self.deleted):
                ws.restore(rows)


class LoadCurveImportCommand(LabelledCommand):
    """A load curve merged into a supply in one transaction, as one undo step. Nothing is written when a stored
    reading would change (``stored.conflicts`` names them): the command is then dropped from the stack."""

    def __init__(self, session: WorkspaceSession, supply_id: int, series: Sequence[Any], file_name: str) -> None:
        super().__init__(
            session, message("Commands", QT_TRANSLATE_NOOP("Commands", "Import the load curve {file}"), file=file_name)
        )
        self.supply_id, self.series = supply_id, list(series)
        self.stored: Any = None  # storage.load_curves.LoadCurveStored of the last redo

    def apply(self) -> None:
        self.stored = self.session.workspace.store_load_curve(self.supply_id, self.series)
        if not self.stored.stored:
            self.setObsolete(True)  # nothing was written: no step to undo

    def revert(self) -> None:
        if self.stored is not None and self.stored.stored:
            self.session.workspace.undo_load_curve_store(self.stored)
