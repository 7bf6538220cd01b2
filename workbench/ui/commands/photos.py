"""A site's photos as undo steps: add (several files at once), remove, edit a caption or the report choice,
reorder. Each holds photo ids and calls the workspace's photo methods, committed at once."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from workbench.domain.messages import QT_TRANSLATE_NOOP, message
from workbench.storage.workspace import DeletedRows

from .edits import MERGE_WINDOW_S, LabelledCommand

if TYPE_CHECKING:
    from workbench.domain import model
    from workbench.ui.session import WorkspaceSession

CTX = "Commands"
EDIT_PHOTO_ID = 1101


class AddSitePhotos(LabelledCommand):
    """New photos of a site, in one transaction; undo deletes them, redo puts them back with their ids."""

    def __init__(self, session: WorkspaceSession, site_id: int, files: Sequence[tuple[str, bytes]]) -> None:
        label = (
            message(CTX, QT_TRANSLATE_NOOP("Commands", "Add photo {name}"), name=files[0][0])
            if len(files) == 1
            else message(CTX, QT_TRANSLATE_NOOP("Commands", "Add {count} photos"), count=len(files))
        )
        super().__init__(session, label)
        self.site_id = site_id
        self._files: list[tuple[str, bytes]] | None = list(files)  # let go once stored: the file holds them
        self.photos: list[model.SitePhoto] = []
        self._deleted: list[DeletedRows] = []

    def apply(self) -> None:
        ws = self.session.workspace
        with ws.transaction():
            if self._files is not None:
                self.photos = [ws.add_site_photo(self.site_id, name, data) for name, data in self._files]
            else:
                for rows in self._deleted:
                    ws.restore(rows)
        self._files, self._deleted = None, []

    def revert(self) -> None:
        from workbench.domain.model import stored_id

        ws = self.session.workspace
        with ws.transaction():
            self._deleted = [ws.delete_site_photo(stored_id(photo)) for photo in self.photos]


class RemoveSitePhotos(LabelledCommand):
    """Remove photos; undo puts them back, bytes and ids and places included."""

    def __init__(self, session: WorkspaceSession, ids: Sequence[int]) -> None:
        label = message(CTX, QT_TRANSLATE_NOOP("Commands", "Remove {count} photos"), count=len(ids))
        if len(ids) == 1:
            name = session.workspace.site_photo(ids[0]).filename
            label = message(CTX, QT_TRANSLATE_NOOP("Commands", "Remove photo {name}"), name=name)
        super().__init__(session, label)
        self.ids = list(ids)
        self._deleted: list[DeletedRows] = []

    def apply(self) -> None:
        ws = self.session.workspace
        with ws.transaction():
            self._deleted = [ws.delete_site_photo(ident) for ident in self.ids]

    def revert(self) -> None:
        ws = self.session.workspace
        with ws.transaction():
            for rows in reversed(self._deleted):
                ws.restore(rows)


class EditSitePhoto(LabelledCommand):
    """Set a photo's caption or report choice; quick successive edits of the same field merge."""

    def __init__(self, session: WorkspaceSession, ident: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        photo = session.workspace.site_photo(ident)
        if "in_report" not in new:
            source = QT_TRANSLATE_NOOP("Commands", "Edit the caption of {name}")
        elif new["in_report"]:
            source = QT_TRANSLATE_NOOP("Commands", "Choose {name} for the report")
        else:
            source = QT_TRANSLATE_NOOP("Commands", "Leave {name} out of the report")
        super().__init__(session, message(CTX, source, name=photo.filename))
        self.ident, self.old, self.new = ident, old, new
        self.stamp = time.monotonic()

    def apply(self) -> None:
        self.session.workspace.update_site_photo(self.ident, **self.new)

    def revert(self) -> None:
        self.session.workspace.update_site_photo(self.ident, **self.old)

    def id(self) -> int:
        return EDIT_PHOTO_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, EditSitePhoto)
            and not other.isObsolete()
            and other.ident == self.ident
            and other.new.keys() == self.new.keys() == {"caption"}
            and other.stamp - self.stamp < MERGE_WINDOW_S
        ):
            return False
        self.new, self.stamp = other.new, other.stamp
        return True


class ReorderSitePhotos(LabelledCommand):
    """Move a photo before or after its neighbour: the site's whole order, before and after."""

    def __init__(self, session: WorkspaceSession, site_id: int, old: Sequence[int], new: Sequence[int]) -> None:
        super().__init__(session, message(CTX, QT_TRANSLATE_NOOP("Commands", "Move a photo")))
        self.site_id, self.old, self.new = site_id, list(old), list(new)

    def apply(self) -> None:
        self.session.workspace.reorder_site_photos(self.site_id, self.new)

    def revert(self) -> None:
        self.session.workspace.reorder_site_photos(self.site_id, self.old)


def edit_site_photo(session: WorkspaceSession, ident: int, **values: Any) -> bool:
    """Push an edit of a photo when it changes something (the domain checks it first); whether it did."""
    import dataclasses

    from workbench.domain.validation import validate

    current = session.workspace.site_photo(ident)
    validate(dataclasses.replace(current, **values))
    old = {name: getattr(current, name) for name in values}
    if old == values:
        return False
    session.undo_stack.push(EditSitePhoto(session, ident, old, dict(values)))
    return True
