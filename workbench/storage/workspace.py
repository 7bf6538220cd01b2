"""The workspace: one SQLite file per programme, where every change is committed at once.

* WAL journal, ``synchronous=FULL``: a commit that returned survives a crash,
  a kill and a power cut.
* One writer: the file is held with SQLite's exclusive locking mode for as long
  as it is open. A second process is refused (:class:`WorkspaceInUseError`);
  the OS drops the lock when a process dies, so a crash never leaves a stale lock.
* One mutation path: :meth:`Workspace.insert`, :meth:`update`, :meth:`delete`,
  :meth:`restore`. Each validates with the domain, writes in one transaction
  and, after the commit, tells listeners what changed.
* Files are checked before SQLite touches them: a foreign, corrupt or newer file
  is refused and left byte for byte as it was; an older one is copied aside,
  then migrated.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from workbench.domain import model
from workbench.domain.factors import Factor, FactorLookup, FactorScope, FactorStatus
from workbench.domain.messages import DomainError
from workbench.domain.validation import validate
from workbench.resources import factor_set

from .changes import Change, ChangeAction, EntityKind, Listener, notify
from .codecs import BY_KIND, CHILDREN, CODECS, OWNED_ROWS, ROW_COLUMNS, override_field
from .errors import (
    CorruptWorkspaceError,
    EntityNotFoundError,
    FileNotWrittenError,
    NotMergedError,
    WorkspaceClosedError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceReadOnlyError,
    WorkspaceWriteError,
)
from .files import private_mode
from .inspection import expected_schema, storage_types, text_problem, wrong_type
from .load_curves import LoadCurves, check_load_chunks
from .opening import OpenedFile, backup, open_file
from .outline import Outline, read_outline
from .pv_studies import PvStudies
from .schema import SCHEMA_VERSION, apply_migrations
from .site_photos import SitePhotos, check_photo_rows

E = TypeVar("E", bound=model.StoredEntity)


__all__ = ["Change", "ChangeAction", "DeletedRows", "EntityKind", "Listener", "Workspace"]

Row = tuple[str, tuple[str, ...], tuple[Any, ...]]  # (table, columns, values)


@dataclass(frozen=True)
class DeletedRows:
    """Everything one delete removed (the entity and what it owned), for undo.

    ``changes`` are the delete's records, one per row, parents first: its undo tells the same rows back as
    inserts, so that a view of a bill hears of it whether the bill or its site was deleted."""

    kind: EntityKind
    id: int
    rows: tuple[Row, ...]  # parents first
    changes: tuple[Change, ...]

    def restored(self) -> list[Change]:
        return [Change(c.entity, c.id, ChangeAction.INSERT, c.fields) for c in self.changes]


class Workspace(SitePhotos, LoadCurves, PvStudies):
    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        migrated_from: int | None = None,
        backup_path: Path | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.read_only = read_only  # opened from a medium or file that cannot be written: reads only
        self._conn: sqlite3.Connection | None = conn
        self._listeners: list[Listener] = []
        self._depth = 0
        self._pending: list[Change] = []
        self.migrated_from = migrated_from
        self.backup_path = backup_path
        self.not_merged: WorkspaceError | None = None  # changes left in the journal by an earlier run, unmerged

    # --- opening and closing ------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, programme: model.Programme) -> Workspace:
        """A new workspace holding ``programme``; refused if ``path`` exists."""
        path = Path(path)
        if path.exists():
            raise WorkspaceExistsError(path)
        validate(programme)
        factor_set(programme.factor_set)
        # Built under a temporary name and renamed: a half-made file never carries the real name.
        temp = path.with_name(f".{path.name}.creating")
        try:
            cls._build_new(temp, programme)
            os.replace(temp, path)
        except (OSError, sqlite3.Error) as exc:  # a folder that cannot be written, a full disk
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise FileNotWrittenError(path, getattr(exc, "strerror", None) or str(exc)) from exc
        return cls.open(path)

    @staticmethod
    def _build_new(temp: Path, programme: model.Programme) -> None:
        temp.unlink(missing_ok=True)
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            apply_migrations(conn, 0)
            codec = CODECS[model.Programme]
            row = codec.encode(programme)
            conn.execute(
                f"INSERT INTO programme (id, {', '.join(row)}) VALUES (1, {', '.join('?' * len(row))})",
                tuple(row.values()),
            )
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()

    @classmethod
    def open(cls, path: Path | str, read_only: bool | None = None) -> Workspace:
        return cls.from_opened(open_file(path, read_only))

    @classmethod
    def from_opened(cls, opened: OpenedFile) -> Workspace:
        """The entities of a file :func:`~workbench.storage.opening.open_file` has checked: each row is decoded
        once (still read-only, so that damage found here leaves the file untouched), then the file is held."""
        try:
            if not opened.entities_checked:
                check_opened(opened)
            conn = opened.hold()
        except BaseException:
            opened.close()
            raise
        workspace = cls(opened.path, conn, opened.migrated_from, opened.backup_path, opened.read_only)
        workspace.not_merged = opened.not_merged
        return workspace

    def close(self) -> None:
        """Let the file go, its journal merged into it first.

        Raises :class:`NotMergedError` when the merge fails (a full disk): the changes are safe in the ``-wal``
        beside the file, and the next open merges them, but the file alone is not complete until then.
        """
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        failure: NotMergedError | None = None
        if not self.read_only:
            try:
                self._merge(conn)
            except NotMergedError as exc:
                failure = exc
        conn.close()
        if failure is not None:
            raise failure

    def merge(self) -> None:
        """Write the journal's committed changes into the file itself, so that the file alone holds them
        (what a command checks before it says that an import is stored)."""
        if not self.read_only:
            self._merge(self.conn)

    def _merge(self, conn: sqlite3.Connection) -> None:
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError as exc:
            raise NotMergedError(self.path, str(exc)) from exc
        if busy:
            raise NotMergedError(self.path, "busy")
        self.not_merged = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        try:
            self.close()
        except NotMergedError:
            if exc_type is None:  # an error already on its way says more than this one
                raise

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise WorkspaceClosedError()
        return self._conn

    def save_copy(self, target: Path | str) -> Path:
        """A consistent copy, written under a temporary name first, as private as the workspace itself."""
        target = Path(target)
        if target.exists() and _same_file(target, self.path):
            raise FileNotWrittenError(target, "it is the open workspace itself")
        try:
            return backup(self.conn, target, private_mode(self.path))
        except (OSError, sqlite3.Error) as exc:
            raise FileNotWrittenError(Path(target), getattr(exc, "strerror", None) or str(exc)) from exc

    # --- change records ------------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @property
    def listeners(self) -> tuple[Listener, ...]:
        return tuple(self._listeners)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several edits into one commit (all or nothing); listeners hear of them after it."""
        conn = self.conn
        if self.read_only:
            raise WorkspaceReadOnlyError(self.path)
        outermost = self._depth == 0
        if outermost:
            conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException as exc:
            self._depth -= 1
            if outermost:
                self._abandon()
                if isinstance(exc, sqlite3.OperationalError):  # the disk, not the data: full, gone, read-only
                    raise WorkspaceWriteError(self.path, str(exc)) from exc
            raise
        self._depth -= 1
        if outermost:
            try:
                conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                self._abandon()
                raise WorkspaceWriteError(self.path, str(exc)) from exc
            changes, self._pending = self._pending, []
            notify(list(self._listeners), changes)

    def _abandon(self) -> None:
        """Take back a failed transaction. SQLite has already rolled it back after some errors (a full disk),
        so a ROLLBACK of our own would fail and hide the first error; the changes noted for it are dropped."""
        self._pending.clear()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # --- reads -----------------------------------------------------------------------------------

    def get(self, cls: type[E], ident: int) -> E:
        codec = CODECS[cls]
        with self._reading(codec.table):
            row = self.conn.execute(f"{codec.select_sql} WHERE id = ?", (ident,)).fetchone()
            if row is None:
                raise EntityNotFoundError(codec.kind, ident)
            entity: E = codec.decode(row)  # CODECS[cls] decodes a row into a cls
            return entity

    def find(self, cls: type[E], where: str = "", params: Sequence[Any] = (), order: str = "id") -> list[E]:
        codec = CODECS[cls]
        sql = codec.select_sql + (f" WHERE {where}" if where else "") + f" ORDER BY {order}"
        with self._reading(codec.table):
            return [codec.decode(row) for row in self.conn.execute(sql, tuple(params))]

    @contextlib.contextmanager
    def _reading(self, table: str) -> Iterator[None]:
        """A row the file holds that cannot be read (damage after the file was opened, a disk failing) is
        the damaged-file refusal, never a traceback."""
        try:
            yield
        except EntityNotFoundError:
            raise
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "decode" not in str(exc).lower():
                raise  # not the file's content: a disk or a lock, reported as such by whoever asked
            raise CorruptWorkspaceError(self.path, f"{table}: {exc}") from exc
        except (ValueError, TypeError, KeyError) as exc:
            raise CorruptWorkspaceError(self.path, f"{table}: {exc}") from exc

    def outline(self) -> Outline:
        """Programme, clusters, sites and supplies by name, in the tree's order, without decoding entities."""
        return read_outline(self.conn)

    def programme(self) -> model.Programme:
        return self.get(model.Programme, 1)

    def clusters(self) -> list[model.Cluster]:
        return self.find(model.Cluster, order="position, id")

    def site_of(self, kind: EntityKind, ident: int) -> int | None:
        """The site a stored site, supply, bill or delivery belongs to; None for another kind, or a row that is
        gone (deleted: its site cannot be read any more)."""
        queries = {
            EntityKind.SUPPLY: "SELECT site_id FROM supply WHERE id = ?",
            EntityKind.BILL: "SELECT s.site_id FROM bill b JOIN supply s ON s.id = b.supply_id WHERE b.id = ?",
            EntityKind.DELIVERY: "SELECT s.site_id FROM delivery d JOIN supply s ON s.id = d.supply_id WHERE d.id = ?",
        }
        if kind is EntityKind.SITE:
            return ident
        query = queries.get(kind)
        if query is None:
            return None
        row = self.conn.execute(query, (ident,)).fetchone()
        return None if row is None else int(row[0])

    def site_ids(self) -> list[int]:
        """Every site's id, in the tree's order, without decoding the sites."""
        return [row[0] for row in self.conn.execute("SELECT id FROM site ORDER BY cluster_id, position, id")]

    def sites(self, cluster_id: int | None = None) -> list[model.Site]:
        if cluster_id is None:
            return self.find(model.Site, order="cluster_id, position, id")
        return self.find(model.Site, "cluster_id = ?", (cluster_id,), order="position, id")

    def supplies(self, site_id: int) -> list[model.EnergySupply]:
        return self.find(model.EnergySupply, "site_id = ?", (site_id,))

    def bills(self, supply_id: int) -> list[model.Bill]:
        return self.find(model.Bill, "supply_id = ?", (supply_id,), order="period_start, id")

    def deliveries(self, supply_id: int) -> list[model.FuelDelivery]:
        return self.find(model.FuelDelivery, "supply_id = ?", (supply_id,), order="delivery_date, id")

    def equipment(self, site_id: int) -> list[model.Equipment]:
        return self.find(model.Equipment, "site_id = ?", (site_id,), order="position, id")

    def measures(self, site_id: int) -> list[model.Measure]:
        return self.find(model.Measure, "site_id = ?", (site_id,), order="position, id")

    def count(self, cls: type, where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT COUNT(*) FROM {CODECS[cls].table}" + (f" WHERE {where}" if where else "")
        count: int = self.conn.execute(sql, tuple(params)).fetchone()[0]  # COUNT(*): an integer
        return count

    # --- the one mutation path ------------------------------------------------------------------

    def insert(self, entity: E) -> E:
        """Store a new entity (with its own id when it has one, as undo needs) and return it with its id."""
        validate(entity)
        codec = CODECS[type(entity)]
        row = codec.encode(entity)
        columns = list(row)
        values = list(row.values())
        if entity.id is not None:
            columns.insert(0, "id")
            values.insert(0, entity.id)
        with self.transaction():
            cursor = self.conn.execute(
                f"INSERT INTO {codec.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(values))})",
                values,
            )
            stored = dataclasses.replace(entity, id=entity.id if entity.id is not None else cursor.lastrowid)
            self._pending.append(Change(codec.kind, model.stored_id(stored), ChangeAction.INSERT))
        return stored

    def insert_many(
        self, entities: Sequence[E], validated: bool = False, same: dict[str, Any] | None = None
    ) -> list[E]:
        """Store new entities of one class in one statement (``executemany``) and one transaction.

        New entities get their ids here, after the highest in the table: the file is held by one writer, so no
        other insert can take them between the read and the write. Entities that all carry an id keep it (undo
        and redo put rows back as they were). ``validated`` says the caller has just passed every
        entity through the domain's :func:`validate` (an import plan does, to refuse rows one by one); anything
        else is validated here, as by :meth:`insert`. ``same``: fields given one value for every entity (the id of
        the supply an import has just created), stored and returned as if each entity had carried it.
        """
        same = same or {}
        if not entities:
            return []
        cls = type(entities[0])
        codec = CODECS[cls]
        given = [e.id for e in entities if e.id is not None]
        if any(type(e) is not cls for e in entities) or 0 < len(given) < len(entities):
            raise ValueError("insert_many takes entities of one class, all with their ids or all without")
        if not validated:
            for entity in entities:
                validate(entity)
        columns = ["id", *codec.columns]
        sql = f"INSERT INTO {codec.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        # The rows as codec.encode gives them (its columns, in its order), a column at a time: each field of
        # every entity through its column's encoder, without a dict per row.
        from operator import attrgetter, itemgetter

        encoded: list[list[Any]] = []
        for c in codec.fields:
            if c.field in same:
                encoded.extend([value] * len(entities) for value in c.encode(same[c.field]))
                continue
            cells = map(c.encode, map(attrgetter(c.field), entities))
            if len(c.columns) == 1:  # each encoder's tuple let go at once: no heap of them for the collector
                encoded.append(list(map(itemgetter(0), cells)))
            else:
                values = list(cells)
                encoded.extend(list(map(itemgetter(k), values)) for k in range(len(c.columns)))

        with self.transaction():
            if given:
                ids: Sequence[int] = given
            else:
                first = self.conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {codec.table}").fetchone()[0]
                ids = range(first, first + len(entities))
            self.conn.executemany(sql, zip(ids, *encoded, strict=True))
            self._pending.extend(Change(codec.kind, ident, ChangeAction.INSERT) for ident in ids)
        init = dataclasses.fields(cls)
        if given or init[-1].name != "id" or not all(f.init for f in init):
            return [dataclasses.replace(e, id=ident, **same) for ident, e in zip(ids, entities, strict=True)]
        # dataclasses.replace(e, id=ident, **same): the same __init__, given the fields by position (id last).
        names = [f.name for f in init[:-1]]
        kept = [name for name in names if name not in same]
        others: Callable[[E], tuple[Any, ...]] = (
            attrgetter(*kept) if len(kept) > 1 else lambda e: tuple(getattr(e, name) for name in kept)
        )
        if not same:
            build: Callable[..., E] = cls  # by position: mypy cannot count the fields of others(e)
            return [build(*others(e), ident) for ident, e in zip(ids, entities, strict=True)]
        return [
            cls(**dict(zip(kept, others(e), strict=True)), **same, id=ident)
            for ident, e in zip(ids, entities, strict=True)
        ]

    def update(self, cls: type[E], ident: int, **values: Any) -> E:
        """Change fields of one entity; the domain validates the result before anything is written."""
        codec = CODECS[cls]
        unknown = set(values) - set(codec.by_field)
        if unknown:
            raise KeyError(f"{codec.kind} has no field {sorted(unknown)}")
        with self.transaction():
            current = self.get(cls, ident)
            updated = dataclasses.replace(current, **values)
            validate(updated)
            changed = [name for name in values if getattr(current, name) != getattr(updated, name)]
            if changed:
                row: dict[str, Any] = {}
                for name in changed:
                    row.update(codec.encode_field(name, getattr(updated, name)))
                assignments = ", ".join(f"{column} = ?" for column in row)
                self.conn.execute(f"UPDATE {codec.table} SET {assignments} WHERE id = ?", (*row.values(), ident))
                self._pending.append(Change(codec.kind, ident, ChangeAction.UPDATE, tuple(changed)))
        return updated

    def delete(self, cls: type, ident: int) -> DeletedRows:
        """Delete an entity and everything it owns; the returned rows let :meth:`restore` undo it. Every row
        that goes has its change record: a listener of bills hears of a site's deletion as its bills'."""
        codec = CODECS[cls]
        if cls is model.Programme:
            raise ValueError("the programme is the workspace itself")
        with self.transaction():
            self.get(cls, ident)
            rows: list[Row] = []
            changes: list[Change] = []
            self._collect(codec.kind, "id", ident, rows, changes)
            for table, columns, values in reversed(rows):
                self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (values[columns.index("id")],))
            self._pending.extend(changes)
        return DeletedRows(codec.kind, ident, tuple(rows), tuple(changes))

    def _collect(self, kind: EntityKind, key: str, value: int, rows: list[Row], changes: list[Change]) -> None:
        """The rows of ``kind`` whose ``key`` is ``value``, each followed by what it owns, with their records."""
        table = BY_KIND[kind].table
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE {key} = ?", (value,))
        columns = tuple(d[0] for d in cursor.description)
        for found in cursor.fetchall():
            found_id = found[columns.index("id")]
            rows.append((table, columns, tuple(found)))
            changes.append(Change(kind, found_id, ChangeAction.DELETE))
            for child_kind, child_key in CHILDREN.get(kind, ()):
                self._collect(child_kind, child_key, found_id, rows, changes)
            for owned in OWNED_ROWS.get(kind, ()):  # rows of no codec's: a site's photos and factor overrides
                where, params = f"{owned.owner_key} = ?", [found_id]
                if owned.scope is not None:
                    where += f" AND {owned.scope[0]} = ?"
                    params.append(owned.scope[1])
                owned_rows = self.conn.execute(f"SELECT * FROM {owned.table} WHERE {where}", params)
                names = tuple(d[0] for d in owned_rows.description)
                for r in owned_rows.fetchall():
                    row = dict(zip(names, r, strict=True))
                    rows.append((owned.table, names, tuple(r)))
                    changes.append(
                        Change(owned.kind, row[owned.record_id], ChangeAction.DELETE, owned.record_fields(row))
                    )

    def restore(self, deleted: DeletedRows) -> None:
        """Put back what :meth:`delete` removed, with the same ids, and tell of every row as an insert."""
        with self.transaction():
            for table, columns, values in deleted.rows:
                self.conn.execute(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(values))})", values
                )
            self._pending.extend(deleted.restored())

    # --- attachments ----------------------------------------------------------------------------

    def add_attachment(
        self, filename: str, data: bytes, media_type: str = "application/octet-stream"
    ) -> model.Attachment:
        attachment = model.Attachment(filename=filename, media_type=media_type, size=len(data), sha256=_sha256(data))
        with self.transaction():
            attachment = self.insert(attachment)
            self.conn.execute(
                "INSERT INTO attachment_data (attachment_id, data) VALUES (?, ?)", (attachment.id, sqlite3.Binary(data))
            )
        return attachment

    def attachment_data(self, ident: int) -> bytes:
        row = self.conn.execute("SELECT data FROM attachment_data WHERE attachment_id = ?", (ident,)).fetchone()
        if row is None:
            raise EntityNotFoundError(EntityKind.ATTACHMENT, ident)
        return bytes(row[0])

    # --- import profiles (JSON specs, owned by workbench.importers) -------------------------------

    def save_import_profile(self, name: str, spec: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO import_profile (name, spec) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET spec = excluded.spec",
                (name, spec),
            )
            self._pending.append(Change(EntityKind.IMPORT_PROFILE, 0, ChangeAction.UPDATE, (name,)))

    def import_profile_specs(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT name, spec FROM import_profile ORDER BY name").fetchall())

    # --- column mappings remembered per header row (owned by workbench.importers.layouts) ----------

    def remember_import_layout(self, signature: str, headers: str, spec: str, saved: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO import_layout (signature, headers, spec, saved) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (signature) DO UPDATE SET headers = excluded.headers, spec = excluded.spec, "
                "saved = excluded.saved",
                (signature, headers, spec, saved),
            )
            self._pending.append(Change(EntityKind.IMPORT_LAYOUT, 0, ChangeAction.UPDATE, (signature,)))

    def forget_import_layout(self, signature: str) -> bool:
        with self.transaction():
            cursor = self.conn.execute("DELETE FROM import_layout WHERE signature = ?", (signature,))
            self._pending.append(Change(EntityKind.IMPORT_LAYOUT, 0, ChangeAction.DELETE, (signature,)))
        return cursor.rowcount > 0

    def import_layouts(self) -> list[tuple[str, str, str, str]]:
        """(signature, headers, spec, saved) of every remembered mapping, the newest first."""
        return self.conn.execute(
            "SELECT signature, headers, spec, saved FROM import_layout ORDER BY saved DESC, signature"
        ).fetchall()

    # --- factors --------------------------------------------------------------------------------

    def set_factor_override(self, scope: FactorScope, scope_id: int, factor: Factor) -> None:
        """Override a reference factor for the programme (scope_id 1) or one site."""
        Factor(factor.key, factor.value, factor.unit, factor.source)  # the domain's checks
        with self.transaction():
            self.conn.execute(
                "INSERT INTO factor_override (scope, scope_id, key, value, unit, source, year, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scope, scope_id, key) DO UPDATE SET "
                "value = excluded.value, unit = excluded.unit, source = excluded.source, "
                "year = excluded.year, note = excluded.note",
                (scope.value, scope_id, factor.key, factor.value, factor.unit, factor.source, factor.year, factor.note),
            )
            self._pending.append(
                Change(
                    EntityKind.FACTOR_OVERRIDE,
                    scope_id,
                    ChangeAction.UPDATE,
                    (override_field(scope.value, factor.key),),
                )
            )

    def remove_factor_override(self, scope: FactorScope, scope_id: int, key: str) -> None:
        with self.transaction():
            self.conn.execute(
                "DELETE FROM factor_override WHERE scope = ? AND scope_id = ? AND key = ?", (scope.value, scope_id, key)
            )
            self._pending.append(
                Change(EntityKind.FACTOR_OVERRIDE, scope_id, ChangeAction.DELETE, (override_field(scope.value, key),))
            )

    def factor_overrides(self, scope: FactorScope, scope_id: int) -> list[Factor]:
        rows = self.conn.execute(
            "SELECT key, value, unit, source, year, note FROM factor_override WHERE scope = ? AND scope_id = ? "
            "ORDER BY key",
            (scope.value, scope_id),
        )
        return [Factor(k, v, u, s, y, FactorStatus.USER, n, scope) for k, v, u, s, y, n in rows]

    def factor_lookups(self, sites: Sequence[model.Site]) -> dict[int, FactorLookup]:
        """:meth:`factor_lookup` of each of ``sites``, read with one query for all their overrides (a
        1,000-site programme read the programme and its overrides again for every site)."""
        programme = self.programme()
        programme_layer = self.factor_overrides(FactorScope.PROGRAMME, 1)
        by_site: dict[int, list[Factor]] = {model.stored_id(s): [] for s in sites}
        rows = self.conn.execute(
            "SELECT scope_id, key, value, unit, source, year, note FROM factor_override WHERE scope = ? "
            "ORDER BY scope_id, key",
            (FactorScope.SITE.value,),
        )
        for site_id, k, v, u, src, y, n in rows:
            if site_id in by_site:
                by_site[site_id].append(Factor(k, v, u, src, y, FactorStatus.USER, n, FactorScope.SITE))
        return {
            model.stored_id(site): FactorLookup(
                factor_set(site.factor_set or programme.factor_set), programme_layer, by_site[model.stored_id(site)]
            )
            for site in sites
        }

    def factor_lookup(self, site: model.Site | None = None) -> FactorLookup:
        """Factors for ``site`` (or the programme): site overrides, programme overrides, reference set."""
        programme = self.programme()
        code = (site.factor_set if site is not None and site.factor_set else "") or programme.factor_set
        layers = [self.factor_overrides(FactorScope.PROGRAMME, 1)]
        if site is not None and site.id is not None:
            layers.append(self.factor_overrides(FactorScope.SITE, site.id))
        return FactorLookup(factor_set(code), *layers)


def check_opened(opened: OpenedFile) -> None:
    """:func:`check_entities` of a file opened and not yet held: safe in a worker thread (its read-only
    connection may be used from any thread, and the check only reads)."""
    try:
        check_entities(opened.path, opened.conn)
    except BaseException:
        opened.close()  # refused: the file let go, and what the read-only look created removed
        raise
    opened.entities_checked = True


def check_entities(path: Path, conn: sqlite3.Connection) -> None:
    """Decode every entity the file holds and check it with the domain: a value no edit could have stored
    (an impossible date, an unknown kind, a negative quantity) means the file was damaged, and is refused
    now rather than in the middle of a page or a report."""
    for codec in CODECS.values():
        # Each value's storage type is checked here, not by a scan of its own at opening (value_problem).
        mistyped = storage_types(SCHEMA_VERSION, codec.table, ROW_COLUMNS[codec.table])
        try:
            for row in conn.execute(codec.select_sql):
                column = mistyped(row)
                if column is not None:
                    raise CorruptWorkspaceError(path, wrong_type(codec.table, row[0], column))
                entity = codec.decode(row)
                validate(entity)
        except sqlite3.DatabaseError as exc:
            texts = [c.name for c in expected_schema(SCHEMA_VERSION)[codec.table] if c.declared == "TEXT"]
            problem = text_problem(conn, codec.table, texts) if "decode" in str(exc).lower() else None
            raise CorruptWorkspaceError(path, problem or f"{codec.table}: {exc}") from exc
        except (ValueError, TypeError, KeyError, DomainError) as exc:
            ident = row[0] if "row" in locals() else "?"
            raise CorruptWorkspaceError(path, f"{codec.table}, row {ident}: {_short(exc)}") from exc
    check_photo_rows(path, conn)
    check_load_chunks(path, conn)


def _short(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return exc.render()
    return str(exc)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _sha256(data: bytes) -> str:
    import hashlib  # only attachments need it; its OpenSSL binding costs start-up time

    return hashlib.sha256(data).hexdigest()
