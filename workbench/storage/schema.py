"""The file format: its identity, its version and the ordered migrations that build it.

A new workspace is made by running every migration from the first; an older
file runs the ones it lacks. There is no second "current schema" to drift from
the migrations. The version is SQLite's ``user_version``; the application id
tells our files from any other SQLite database.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import NamedTuple

from workbench.bundle import shipped

APPLICATION_ID = 0x45415742  # "EAWB"
SQLITE_MAGIC = b"SQLite format 3\x00"


# Records on the cold-start path are NamedTuples: a frozen dataclass costs ~0.5 ms to define, one of these ~0.08 ms.
class Migration(NamedTuple):
    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """The script split into statements, so that they can run inside one transaction."""
        statements, current = [], ""
        for line in self.sql.splitlines(keepends=True):
            if line.lstrip().startswith("--") and not current.strip():
                continue
            current += line
            if sqlite3.complete_statement(current):
                statements.append(current.strip())
                current = ""
        if current.strip():
            statements.append(current.strip())
        return statements


def load_migrations() -> tuple[Migration, ...]:
    # Beside this module, in a checkout and in a frozen build alike (importlib.resources costs ~5 ms at start-up).
    folder = shipped("workbench", "storage", "migrations")
    found = []
    for entry in sorted(folder.iterdir()):
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            found.append(Migration(version, entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without holes: {[m.name for m in found]}")
    return tuple(found)


MIGRATIONS = load_migrations()
SCHEMA_VERSION = MIGRATIONS[-1].version


class FileHeader(NamedTuple):
    is_sqlite: bool
    application_id: int
    user_version: int


def read_header(path: Path) -> FileHeader:
    """Read the SQLite header bytes without opening the file as a database (so nothing is written)."""
    with path.open("rb") as f:
        head = f.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return FileHeader(False, 0, 0)
    user_version, application_id = struct.unpack(">i", head[60:64])[0], struct.unpack(">i", head[68:72])[0]
    return FileHeader(True, application_id, user_version)


def apply_migrations(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Run migrations ``from_version + 1 … to_version`` in one transaction (connection in autocommit mode)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in MIGRATIONS[from_version:to_version]:
            for statement in migration.statements():
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {to_version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
