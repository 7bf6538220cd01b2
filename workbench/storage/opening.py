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
from typing import NamedTuple

from .errors import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceInUseError,
    WorkspaceNotFoundError,
)
from .outline import Outline, read_outline
from .schema import APPLICATION_ID, SCHEMA_VERSION, apply_migrations, read_header

FILE_SUFFIX = ".eaw"  # a workspace file's


class OpenedFile(NamedTuple):
    """A workspace file checked, locked for this process and at the current schema version."""

    path: Path
    conn: sqlite3.Connection
    migrated_from: int | None = None  # the version it was migrated from, if it was older
    backup_path: Path | None = None  # the untouched copy of an older file, kept beside it

    def outline(self) -> Outline:
        """The file's outline. Damage SQLite's checks missed (a table gone, say) is refused here like any
        other, and the file let go."""
        try:
            return read_outline(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise CorruptWorkspaceError(self.path, str(exc)) from exc

    def close(self) -> None:
        self.conn.close()


def open_file(path: Path | str) -> OpenedFile:
    """Check ``path``, take its lock and migrate an older file (copied aside first).

    A foreign, corrupt, newer or busy file is refused with a :class:`WorkspaceError`
    and left byte for byte as it was.
    """
    path = Path(path)
    if not path.is_file():
        raise WorkspaceNotFoundError(path)
    header = read_header(path)
    if not header.is_sqlite or header.application_id != APPLICATION_ID:
        raise NotAWorkspaceError(path)
    if header.user_version > SCHEMA_VERSION:
        raise NewerWorkspaceError(path, header.user_version, SCHEMA_VERSION)
    conn = connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:  # a newer file whose header lagged in its WAL
            raise NewerWorkspaceError(path, version, SCHEMA_VERSION)
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise CorruptWorkspaceError(path, "; ".join(str(r[0]) for r in check[:3]))
        if version == SCHEMA_VERSION:
            return OpenedFile(path, conn)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backup(conn, path.with_name(f"{path.stem}.format{version}-{stamp}{path.suffix}"))
        apply_migrations(conn, version)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return OpenedFile(path, conn, version, backup_path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise CorruptWorkspaceError(path, str(exc)) from exc
    except BaseException:
        conn.close()
        raise


def backup(conn: sqlite3.Connection, target: Path | str) -> Path:
    """A consistent copy through SQLite's backup API, written under a temporary name first."""
    target = Path(target)
    temp = target.with_name(f".{target.name}.saving")
    temp.unlink(missing_ok=True)
    dest = sqlite3.connect(temp)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(temp, target)
    return target


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.2, check_same_thread=False)
    try:
        # Exclusive mode before the first access: no shared-memory index, and the lock stays ours.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise WorkspaceInUseError(path) from exc
        raise CorruptWorkspaceError(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise CorruptWorkspaceError(path, str(exc)) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
