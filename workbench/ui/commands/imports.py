"""Imports and pastes as single undo steps."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, message
from workbench.importers.engine import ImportResult

from .edits import LabelledCommand

if TYPE_CHECKING:
    from workbench.ui.session import WorkspaceSession


def _fields(entity: Any) -> dict[str, Any]:
    return {f.name: getattr(entity, f.name) for f in dataclasses.fields(entity) if f.name != "id"}


class ImportCommand(LabelledCommand):
    """An import already committed by the engine, made one undo step: undo takes back what it inserted and
    changed (and the supply it created); redo puts it all back with the same ids."""

    def __init__(self, session: WorkspaceSession, result: ImportResult, file_name: str) -> None:
        super().__init__(session, message("Commands", QT_TRANSLATE_NOOP("Commands", "Import {file}"), file=file_name))
        self.result = result
        ws = session.workspace
        cls = model.Bill if result.kind == "bills" else model.FuelDelivery
        self.inserted = [ws.get(cls, i) for i in result.inserted_ids]
        self.after = [ws.get(type(old), old.id) for old in result.previous]
        self.supply = ws.get(model.EnergySupply, result.supply_id) if result.created_supply else None
        self._applied = True  # push() calls redo(): the engine has already written it

    def apply(self) -> None:
        if self._applied:
            self._applied = False
            return
        ws = self.session.workspace
        with ws.transaction():
            if self.supply is not None:
                ws.insert(self.supply)
            for entity in self.inserted:
                ws.insert(entity)
            for entity in self.after:
                ws.update(type(entity), entity.id, **_fields(entity))

    def revert(self) -> None:
        ws = self.session.workspace
        with ws.transaction():
            for entity in self.inserted:
                ws.delete(type(entity), entity.id)
            for old in self.result.previous:
                if self.supply is None or old.id != self.supply.id or type(old) is not model.EnergySupply:
                    ws.update(type(old), old.id, **_fields(old))
            if self.supply is not None:
                ws.delete(model.EnergySupply, self.supply.id)


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
