"""The undo commands. Each holds entity ids, never row numbers, and calls the workspace's one mutation path."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, message
from workbench.domain.validation import field_label
from workbench.storage.workspace import DeletedRows

if TYPE_CHECKING:
    from workbench.ui.session import WorkspaceSession

MERGE_WINDOW_S = 1.5
EDIT_FIELDS_ID = 1001

KIND_LABELS = {
    model.Programme: QT_TRANSLATE_NOOP("Commands", "programme"),
    model.Cluster: QT_TRANSLATE_NOOP("Commands", "cluster"),
    model.Site: QT_TRANSLATE_NOOP("Commands", "site"),
    model.EnergySupply: QT_TRANSLATE_NOOP("Commands", "supply"),
    model.Bill: QT_TRANSLATE_NOOP("Commands", "bill"),
    model.FuelDelivery: QT_TRANSLATE_NOOP("Commands", "delivery"),
    model.Equipment: QT_TRANSLATE_NOOP("Commands", "equipment item"),
    model.Measure: QT_TRANSLATE_NOOP("Commands", "measure"),
}


def _render(msg: Message) -> str:
    return msg.render(QCoreApplication.translate)


class LabelledCommand(QUndoCommand):
    """A command whose text is a Message, so that it follows a language switch."""

    def __init__(self, label: Message) -> None:
        super().__init__(_render(label))
        self.label = label

    def retranslate(self) -> None:
        self.setText(_render(self.label))


class EditFields(LabelledCommand):
    """Set fields of one entity; quick successive edits of the same fields merge into one step."""

    def __init__(
        self,
        session: WorkspaceSession,
        cls: type,
        ident: int,
        old: dict[str, Any],
        new: dict[str, Any],
        label: Message | None = None,
    ) -> None:
        if label is None and len(new) == 1:
            (name,) = new
            label = message("Commands", QT_TRANSLATE_NOOP("Commands", "Edit {field}"), field=field_label(cls, name))
        elif label is None:
            label = message(
                "Commands",
                QT_TRANSLATE_NOOP("Commands", "Edit {kind}"),
                kind=message("Commands", KIND_LABELS.get(cls, "")),
            )
        super().__init__(label)
        self.session, self.cls, self.ident, self.old, self.new = session, cls, ident, old, new
        self.stamp = time.monotonic()

    def redo(self) -> None:
        self.session.workspace.update(self.cls, self.ident, **self.new)

    def undo(self) -> None:
        self.session.workspace.update(self.cls, self.ident, **self.old)

    def id(self) -> int:
        return EDIT_FIELDS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, EditFields)
            and other.cls is self.cls
            and other.ident == self.ident
            and other.new.keys() == self.new.keys()
            and other.stamp - self.stamp < MERGE_WINDOW_S
        ):
            return False
        self.new = other.new
        self.stamp = other.stamp
        return True


class InsertEntity(LabelledCommand):
    """Add an entity; undo deletes it, redo puts it back with the same id."""

    def __init__(self, session: WorkspaceSession, entity: Any, label: Message) -> None:
        super().__init__(label)
        self.session, self.entity = session, entity

    def redo(self) -> None:
        self.entity = self.session.workspace.insert(self.entity)

    def undo(self) -> None:
        self.session.workspace.delete(type(self.entity), self.entity.id)

    @property
    def ident(self) -> int | None:
        return self.entity.id


class DeleteEntity(LabelledCommand):
    """Delete an entity and what it owns; undo restores all of it with the same ids."""

    def __init__(self, session: WorkspaceSession, cls: type, ident: int, label: Message) -> None:
        super().__init__(label)
        self.session, self.cls, self.ident = session, cls, ident
        self.deleted: DeletedRows | None = None

    def redo(self) -> None:
        self.deleted = self.session.workspace.delete(self.cls, self.ident)

    def undo(self) -> None:
        if self.deleted is not None:
            self.session.workspace.restore(self.deleted)


def new_position(entities: list[Any]) -> int:
    return max((e.position for e in entities), default=-1) + 1
