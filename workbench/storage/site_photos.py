"""A site's photos in the workspace file: the bytes as they were given, listed without them.

Photos are no entity codec's (their row holds the image, which a listing or the file's checks must not
read): the SQL is here, as a part of :class:`~workbench.storage.workspace.Workspace`. Every write goes
through its transactions and change records (entity ``site_photo``); a site's deletion takes its photos
with it, and its undo puts them back (see ``OWNED_ROWS`` in :mod:`codecs`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.domain import model
from workbench.domain.messages import DomainError
from workbench.domain.validation import validate

from .changes import Change, ChangeAction, EntityKind
from .errors import CorruptWorkspaceError, EntityNotFoundError

if TYPE_CHECKING:
    from .workspace import DeletedRows, E

KIND = EntityKind.SITE_PHOTO
TABLE = "site_photo"
# Every column but the bytes, in the order of _decode.
_COLUMNS = "id, site_id, filename, media_type, caption_fr, caption_en, position, in_report, taken, size, sha256"
EDITABLE = ("caption", "in_report", "position", "taken")


def _decode(row: tuple[Any, ...]) -> model.SitePhoto:
    ident, site_id, filename, media_type, fr, en, position, in_report, taken, size, sha256 = row
    return model.SitePhoto(
        site_id=site_id,
        filename=filename,
        media_type=model.PhotoType(media_type),
        caption=model.BilingualText(fr or "", en or ""),
        position=position,
        in_report=bool(in_report),
        taken=None if taken is None else dt.date.fromisoformat(taken),
        size=size,
        sha256=sha256,
        id=ident,
    )


def _encoded(name: str, value: Any) -> dict[str, Any]:
    if name == "caption":
        return {"caption_fr": value.fr, "caption_en": value.en}
    if name == "in_report":
        return {"in_report": int(value)}
    if name == "taken":
        return {"taken": None if value is None else value.isoformat()}
    return {name: value}


def check_photo_rows(path: Path, conn: sqlite3.Connection) -> None:
    """Every stored photo decodes and passes the domain's checks (what a damaged file would not): called with
    the entities' own checks when a file is opened. The bytes are not read."""
    row: tuple[Any, ...] = ("?",)
    try:
        for row in conn.execute(f"SELECT {_COLUMNS} FROM {TABLE}"):
            validate(_decode(row))
    except sqlite3.DatabaseError as exc:
        raise CorruptWorkspaceError(path, f"{TABLE}: {exc}") from exc
    except (ValueError, TypeError, KeyError, DomainError) as exc:
        detail = exc.render() if isinstance(exc, DomainError) else str(exc)
        raise CorruptWorkspaceError(path, f"{TABLE}, row {row[0]}: {detail}") from exc


class SitePhotos:
    """The photo methods of the workspace (a mixin: ``conn``, ``transaction`` and the change records are the
    workspace's own)."""

    if TYPE_CHECKING:  # what the methods use of the workspace's own
        _pending: list[Change]

        @property
        def conn(self) -> sqlite3.Connection: ...

        def transaction(self) -> AbstractContextManager[None]: ...

        def get(self, cls: type[E], ident: int) -> E: ...

    def add_site_photo(
        self,
        site_id: int,
        filename: str,
        data: bytes,
        caption: model.BilingualText | None = None,
        in_report: bool = False,
        taken: dt.date | None = None,
    ) -> model.SitePhoto:
        """Store the photo ``filename`` of the site, after the others; refused with a :class:`DomainError`
        naming the file when it is not a JPEG or PNG image or is too large. The bytes are kept as given."""
        kind = model.check_photo(filename, data)
        from .workspace import _sha256

        photo = model.SitePhoto(
            site_id=site_id,
            filename=filename,
            media_type=kind,
            caption=caption or model.BilingualText(),
            in_report=in_report,
            taken=taken,
            size=len(data),
            sha256=_sha256(data),
        )
        validate(photo)
        with self.transaction():
            self.get(model.Site, site_id)  # EntityNotFoundError for a site that is not there
            position = self.conn.execute(
                f"SELECT COALESCE(MAX(position), -1) + 1 FROM {TABLE} WHERE site_id = ?", (site_id,)
            ).fetchone()[0]
            photo = dataclasses.replace(photo, position=position)
            cursor = self.conn.execute(
                f"INSERT INTO {TABLE} (site_id, filename, media_type, caption_fr, caption_en, position, "
                "in_report, taken, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    site_id,
                    filename,
                    kind.value,
                    photo.caption.fr,
                    photo.caption.en,
                    position,
                    int(in_report),
                    None if taken is None else taken.isoformat(),
                    photo.size,
                    photo.sha256,
                    sqlite3.Binary(data),
                ),
            )
            photo = dataclasses.replace(photo, id=cursor.lastrowid)
            self._pending.append(self._change(model.stored_id(photo), ChangeAction.INSERT))
        return photo

    def site_photos(self, site_id: int) -> list[model.SitePhoto]:
        """The site's photos in their order, without their bytes."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM {TABLE} WHERE site_id = ? ORDER BY position, id", (site_id,)
        ).fetchall()
        return [_decode(row) for row in rows]

    def site_photo(self, ident: int) -> model.SitePhoto:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM {TABLE} WHERE id = ?", (ident,)).fetchone()
        if row is None:
            raise EntityNotFoundError(KIND, ident)
        return _decode(row)

    def site_photo_data(self, ident: int) -> bytes:
        """The photo's bytes, as they were given."""
        row = self.conn.execute(f"SELECT data FROM {TABLE} WHERE id = ?", (ident,)).fetchone()
        if row is None:
            raise EntityNotFoundError(KIND, ident)
        return bytes(row[0])

    def report_photos(self, site_id: int) -> list[tuple[model.SitePhoto, bytes]]:
        """The photos chosen for the report, in their order, each with its bytes."""
        return [
            (photo, self.site_photo_data(model.stored_id(photo)))
            for photo in self.site_photos(site_id)
            if photo.in_report
        ]

    def update_site_photo(self, ident: int, **values: Any) -> model.SitePhoto:
        """Change the caption, ``in_report``, position or date taken of a photo (checked by the domain)."""
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise KeyError(f"{KIND}: {sorted(unknown)} cannot be changed")
        with self.transaction():
            current = self.site_photo(ident)
            updated = dataclasses.replace(current, **values)
            validate(updated)
            changed = [name for name in values if getattr(current, name) != getattr(updated, name)]
            if changed:
                row: dict[str, Any] = {}
                for name in changed:
                    row.update(_encoded(name, getattr(updated, name)))
                assignments = ", ".join(f"{column} = ?" for column in row)
                self.conn.execute(f"UPDATE {TABLE} SET {assignments} WHERE id = ?", (*row.values(), ident))
                self._pending.append(self._change(ident, ChangeAction.UPDATE, tuple(changed)))
        return updated

    def reorder_site_photos(self, site_id: int, ids: Sequence[int]) -> None:
        """Put the site's photos in the order of ``ids`` (every one of them, each once)."""
        with self.transaction():
            current = [model.stored_id(p) for p in self.site_photos(site_id)]
            if sorted(current) != sorted(ids):
                raise ValueError(f"the order of site {site_id}'s photos must name each of {current} once")
            old = {p.id: p.position for p in self.site_photos(site_id)}
            moved = [(position, ident) for position, ident in enumerate(ids) if old[ident] != position]
            self.conn.executemany(f"UPDATE {TABLE} SET position = ? WHERE id = ?", moved)
            self._pending.extend(self._change(ident, ChangeAction.UPDATE, ("position",)) for _position, ident in moved)

    def delete_site_photo(self, ident: int) -> DeletedRows:
        """Delete a photo; the returned rows (its bytes with them) let :meth:`restore` undo it."""
        from .workspace import DeletedRows

        with self.transaction():
            cursor = self.conn.execute(f"SELECT * FROM {TABLE} WHERE id = ?", (ident,))
            columns = tuple(d[0] for d in cursor.description)
            found = cursor.fetchone()
            if found is None:
                raise EntityNotFoundError(KIND, ident)
            self.conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (ident,))
            change = self._change(ident, ChangeAction.DELETE)
            self._pending.append(change)
        return DeletedRows(KIND, ident, ((TABLE, columns, tuple(found)),), (change,))

    @staticmethod
    def _change(ident: int, action: ChangeAction, fields: tuple[str, ...] = ()) -> Change:
        return Change(KIND, ident, action, fields)
