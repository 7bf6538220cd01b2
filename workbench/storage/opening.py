"""Opening a workspace file: the checks, the lock and the migrations, before any entity is read.

Kept apart from :mod:`workbench.storage.workspace` and from the domain model, so
that the window can draw an open file's outline (:mod:`outline`) before the
domain layer is even imported. :meth:`Workspace.open` is this plus the entities.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from .errors import (
    CorruptWorkspaceError,
    MigrationFailedError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    NotMergedError,
    OlderReadOnlyError,
    UnmergedReadOnlyError,
    WorkspaceError,
    WorkspaceInUseError,
    WorkspaceNotFoundError,
    WorkspaceUnreadableError,
)
from .files import (
    SQLITE_SIDECARS,
    is_writable,
    leftovers,
    migration_leftovers,
    pending_backup,
    private_mode,
    remove_quietly,
    restrict,
    settle_pending_backups,
    temp_name,
)
from .inspection import schema_problem, value_problem
from .outline import Outline, read_outline
from .schema import APPLICATION_ID, SCHEMA_VERSION, apply_migrations, read_header

FILE_SUFFIX = ".eaw"  # a workspace file's

# The tables of entities, whose rows Workspace.from_opened decodes whole (every column: tests/storage/
# test_row_decoder.py checks it against the codecs). Named here, not taken from the codecs: the tree is drawn
# from the file before the domain layer is imported.
ENTITY_TABLES = frozenset(
    {"programme", "cluster", "site", "supply", "bill", "delivery", "equipment", "measure", "attachment"}
)


class OpenedFile:
    """A workspace file checked and at the current schema version, ready to be held.

    Until :meth:`hold` it is read through a read-only connection (an older file, once migrated, is already
    held): a file refused at any point before is left byte for byte as it was, with its ``-wal`` and ``-shm``.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        read_only: bool,
        created: tuple[Path, ...] = (),
        migrated_from: int | None = None,
        backup_path: Path | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.held = migrated_from is not None or read_only  # a read-only file is never held for writing
        self._created = created  # sidecar files the read-only look created, removed when it ends
        self.migrated_from = migrated_from  # the version it was migrated from, if it was older
        self.backup_path = backup_path  # the untouched copy of an older file, kept beside it
        self.not_merged: WorkspaceError | None = None  # changes a previous run could not merge, and still cannot
        # Whether every entity was decoded and checked by the domain (workspace.check_opened): the window has it
        # done by a worker while the tree is on screen; Workspace.from_opened does it otherwise.
        self.entities_checked = False

    def outline(self) -> Outline:
        """The file's outline. Damage the checks missed is refused here like any other, and the file let go."""
        try:
            return read_outline(self.conn)
        except (sqlite3.DatabaseError, TypeError, ValueError) as exc:
            self.close()
            raise CorruptWorkspaceError(self.path, str(exc)) from exc

    def hold(self) -> sqlite3.Connection:
        """The connection to keep: the file locked for this process, its leftovers removed and any changes a
        killed or full-disk run left in the journal merged (or ``not_merged`` saying why they could not be)."""
        if self.held:
            return self.conn
        self.conn.close()
        remove_quietly(self._created)
        self.conn = connect(self.path)
        self.held = True
        remove_quietly(leftovers(self.path) + migration_leftovers(self.path))
        recovered = settle_pending_backups(self.path, migrated=True)
        if recovered and self.backup_path is None:
            self.backup_path = recovered[-1]
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            self.not_merged = NotMergedError(self.path, str(exc))
        return self.conn

    def close(self) -> None:
        self.conn.close()
        if not self.held:
            remove_quietly(self._created)


def open_file(path: Path | str, read_only: bool | None = None) -> OpenedFile:
    """Check ``path`` without writing to it, and migrate an older file (after a copy is kept).

    ``read_only`` None: read-only when the file or its folder cannot be written (a USB stick, a share).
    A foreign, corrupt, newer or busy file is refused with a :class:`WorkspaceError` and left byte for byte
    as it was.
    """
    path = Path(path)
    if not path.is_file():
        raise WorkspaceNotFoundError(path)
    try:
        header = read_header(path)
    except OSError as exc:
        raise WorkspaceUnreadableError(path, exc.strerror or str(exc)) from exc
    if not header.is_sqlite or header.application_id != APPLICATION_ID or header.user_version == 0:
        raise NotAWorkspaceError(path)  # (version 0: our files are made at version 1 or more in one transaction)
    if header.user_version > SCHEMA_VERSION:
        raise NewerWorkspaceError(path, header.user_version, SCHEMA_VERSION)
    if read_only is None:
        read_only = not is_writable(path)
    conn, created = _look(path, read_only)
    try:
        version = _check(path, conn)
    except BaseException:
        conn.close()
        remove_quietly(created)
        raise
    if version == SCHEMA_VERSION:
        return OpenedFile(path, conn, read_only, created)
    if read_only:
        conn.close()
        remove_quietly(created)
        raise OlderReadOnlyError(path, version)
    return _migrate(path, conn, created, version)


def _look(path: Path, read_only: bool) -> tuple[sqlite3.Connection, tuple[Path, ...]]:
    """A read-only connection, and the sidecar files it created (for removal when it is closed).

    Without a ``-wal`` there is nothing to replay and nobody of ours holds the file (a held workspace always
    has one): ``immutable=1`` reads it without creating a file or taking a lock. With a ``-wal``, SQLite must
    replay it, which takes a ``-shm`` index beside it — one the look removes again — and sees the lock of a
    process that holds it.
    """
    wal = Path(f"{path}-wal")
    sidecars = [Path(f"{path}{s}") for s in ("-wal", "-shm")]
    existing = {p for p in sidecars if p.exists()}
    if read_only and wal.exists() and wal.stat().st_size > 0:
        raise UnmergedReadOnlyError(path)
    immutable = read_only or not wal.exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.2, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _refusal(path, exc) from exc
    return conn, tuple(p for p in sidecars if p not in existing)


def _check(path: Path, conn: sqlite3.Connection) -> int:
    """The file's schema version, once its identity, pages, tables and values have passed."""
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotAWorkspaceError(path)  # (its header lagged behind its journal)
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]  # SQLite's user_version: an integer
        if version > SCHEMA_VERSION:  # a newer file whose header lagged in its WAL
            raise NewerWorkspaceError(path, version, SCHEMA_VERSION)
        if version < 1:
            raise NotAWorkspaceError(path)
        conn.text_factory = lambda b: b.decode("utf-8", "replace")  # the report may quote damaged names
        try:
            check = conn.execute("PRAGMA integrity_check(3)").fetchall()
        finally:
            conn.text_factory = str
        if check != [("ok",)]:
            raise CorruptWorkspaceError(path, "; ".join(str(r[0]) for r in check[:3]))
        # A file of this version has its entities decoded in full before it is held (Workspace.from_opened),
        # which checks their values' types on the way; an older one is migrated first, so it is scanned here.
        read_whole = ENTITY_TABLES if version == SCHEMA_VERSION else ()
        problem = schema_problem(conn, version) or value_problem(conn, version, read_whole)
        if problem:
            raise CorruptWorkspaceError(path, problem)
        return version
    except sqlite3.Error as exc:
        raise _refusal(path, exc) from exc
    except UnicodeDecodeError as exc:  # SQLite's own report quoting damaged bytes
        raise CorruptWorkspaceError(path, "damaged text in the file's structure") from exc


def _refusal(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return WorkspaceInUseError(path)
    if "unable to open" in text:
        return WorkspaceUnreadableError(path, text)
    return CorruptWorkspaceError(path, text)


def _migrate(path: Path, conn: sqlite3.Connection, created: tuple[Path, ...], version: int) -> OpenedFile:
    """Bring an older file to the current format: one copy of it kept beside it, named in the message.

    The migration runs on a working copy; only when it has succeeded is the file itself rewritten, in one
    transaction. A failure removes the working copy and the backup: the file is as it was, nothing is left.
    """
    mode = private_mode(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup_path = path.with_name(f"{path.stem}.format{version}-{stamp}{path.suffix}")
    work = temp_name(path, ".migrating")
    # The backup keeps a pending name until the file itself is migrated: a kill before that leaves no second
    # copy for the next attempt to add to, and a kill after it is recovered by the next open (see hold).
    pending = pending_backup(backup_path)
    held: sqlite3.Connection | None = None
    try:
        remove_quietly(leftovers(path) + migration_leftovers(path))
        settle_pending_backups(path, migrated=False)
        backup(conn, pending, mode)
        backup(conn, work, mode)
        conn.close()
        remove_quietly(created)
        migrated = sqlite3.connect(work, isolation_level=None)
        try:
            apply_migrations(migrated, version)
            held = connect(path)
            migrated.backup(held)  # one transaction: the file is the old one or the migrated one
        finally:
            migrated.close()
        held.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        os.replace(pending, backup_path)
    except BaseException as exc:
        conn.close()
        if held is not None:
            held.close()
        remove_quietly([pending, backup_path, *(Path(f"{work}{s}") for s in SQLITE_SIDECARS), *created])
        if isinstance(exc, WorkspaceError):
            raise
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise MigrationFailedError(path, version, getattr(exc, "strerror", None) or str(exc)) from exc
        raise
    remove_quietly([Path(f"{work}{s}") for s in SQLITE_SIDECARS])
    return OpenedFile(path, held, False, (), version, backup_path)


def backup(conn: sqlite3.Connection, target: Path | str, mode: int | None = None) -> Path:
    """A consistent copy through SQLite's backup API, written under a temporary name first.

    The copy takes ``mode`` (the source's permission bits); a failure removes the temporary file, and the
    leftovers of a killed copy to the same target are removed first.
    """
    target = Path(target)
    remove_quietly(leftovers(target))
    temp = temp_name(target, ".saving")
    try:
        dest = sqlite3.connect(temp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        restrict(temp, mode)
        os.replace(temp, target)
    except BaseException:
        remove_quietly([Path(f"{temp}{s}") for s in SQLITE_SIDECARS])
        raise
    return target


def connect(path: Path) -> sqlite3.Connection:
    """The writing connection: the file locked for this process for as long as it is open."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.2, check_same_thread=False)
    try:
        # Exclusive mode before the first access: no shared-memory index, and the lock stays ours.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise _refusal(path, exc) from exc
    return conn
