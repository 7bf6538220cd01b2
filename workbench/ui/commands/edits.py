"""The undo commands. Each holds entity ids, never row numbers, and calls the workspace's one mutation path."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP, Message, message
from workbench.domain.validation import field_label
from workbench.i18n.language import qt_translate
from workbench.storage.errors import WorkspaceWriteError
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
    return msg.render(qt_translate)


class LabelledCommand(QUndoCommand):
    """A command whose text is a Message, so that it follows a language switch, and which the stack drops
    when the file could not take it.

    Subclasses write in ``apply`` and take back in ``revert``. When the disk refuses the write (full, gone),
    nothing was stored: the command marks itself obsolete, so that QUndoStack deletes it rather than keep a
    step the file never took, and the session reports why.
    """

    def __init__(self, session: WorkspaceSession, label: Message) -> None:
        super().__init__(_render(label))
        self.session, self.label = session, label

    def retranslate(self) -> None:
        self.setText(_render(self.label))

    def apply(self) -> None:
        """Write the change (first push and every redo)."""

    def revert(self) -> None:
        """Take the change back (undo)."""

    def redo(self) -> None:
        self._attempt(self.apply)

    def undo(self) -> None:
        self._attempt(self.revert)

    def _attempt(self, step) -> None:
        try:
            step()
        except WorkspaceWriteError as exc:
            self.setObsolete(True)
            self.session.report_write_failure(exc)


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
        super().__init__(session, label)
        self.cls, self.ident, self.old, self.new = cls, ident, old, new
        self.stamp = time.monotonic()

    def apply(self) -> None:
        self.session.workspace.update(self.cls, self.ident, **self.new)

    def revert(self) -> None:
        self.session.workspace.update(self.cls, self.ident, **self.old)

    def id(self) -> int:
        return EDIT_FIELDS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, EditFields)
            and not other.isObsolete()  # a write the file refused takes nothing over
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
        super().__init__(session, label)
        self.entity = entity

    def apply(self) -> None:
        self.entity = self.session.workspace.insert(self.entity)

    def revert(self) -> None:
        self.session.workspace.delete(type(self.entity), self.entity.id)

    @property
    def ident(self) -> int | None:
        return self.entity.id


class DeleteEntity(LabelledCommand):
    """Delete an entity and what it owns; undo restores all of it with the same ids."""

    def __init__(self, session: WorkspaceSession, cls: type, ident: int, label: Message) -> None:
        super().__init__(session, label)
        self.cls, self.ident = cls, ident
        self.deleted: DeletedRows | None = None

    def apply(self) -> None:
        self.deleted = self.session.workspace.delete(self.cls, self.ident)

    def revert(self) -> None:
        if self.deleted is not None:
            self.session.workspace.restore(self.deleted)


def new_position(entities: list[Any]) -> int:
    return max((e.position for e in entities), default=-1) + 1


class SetPvStudy(LabelledCommand):
    """A supply's PV study set (or replaced); undo puts the one before back (or none)."""

    def __init__(self, session: WorkspaceSession, supply_id: int, study: Any) -> None:
        super().__init__(session, message("Commands", QT_TRANSLATE_NOOP("Commands", "Set the PV study")))
        self.supply_id, self.study = supply_id, study
        self.before = session.workspace.pv_study(supply_id)

    def apply(self) -> None:
        self.session.workspace.set_pv_study(self.study, self.supply_id)

    def revert(self) -> None:
        self.session.workspace.set_pv_study(self.before, self.supply_id)
