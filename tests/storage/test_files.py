"""Opening files: migrations, newer, foreign, corrupt and busy files; none is ever modified when refused."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing

import pytest

from workbench.domain import model
from workbench.storage.codecs import CODECS
from workbench.storage.errors import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceExistsError,
    WorkspaceInUseError,
    WorkspaceNotFoundError,
)
from workbench.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, apply_migrations
from workbench.storage.workspace import Workspace


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_first_version(path) -> None:
    """A workspace exactly as the first file format wrote it, with data in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    apply_migrations(conn, 0, to_version=1)
    conn.executescript(
        """
        INSERT INTO programme VALUES (1, 'Old programme', 'Tweed', '', 2018, 'MAD', 'fr', 'MA', 'd', 'd');
        INSERT INTO cluster VALUES (1, 'Cluster 1', '', '', 0);
        INSERT INTO site (id, cluster_id, name, currency, schedule_shifts_per_day, schedule_hours_per_shift,
                          schedule_days_per_week, schedule_weeks_per_year)
            VALUES (1, 1, 'Old site', 'MAD', 2, 8, 5, 48);
        INSERT INTO supply (id, site_id, carrier, invoice_unit, heating_value_basis)
            VALUES (1, 1, 'electricity', 'kWh', 'ncv');
        INSERT INTO bill (id, supply_id, period_start, period_end, quantity, max_power_unit, currency, provenance)
            VALUES (1, 1, '2018-01-01', '2018-01-31', 12345.0, 'kVA', 'MAD', 'invoice');
        """
    )
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def test_schema_has_a_column_for_every_field(workspace):
    for codec in CODECS.values():
        columns = {row[1] for row in workspace.conn.execute(f"PRAGMA table_info({codec.table})")}
        assert set(codec.columns) | {"id"} == columns, codec.table


def test_first_format_is_migrated_after_a_copy_is_kept(tmp_path):
    path = tmp_path / "old.eaw"
    write_first_version(path)
    assert SCHEMA_VERSION > 1 and len(MIGRATIONS) == SCHEMA_VERSION
    before = digest(path)
    with Workspace.open(path) as ws:
        assert ws.migrated_from == 1
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        bill = ws.get(model.Bill, 1)
        assert bill.quantity == 12345.0 and bill.attachment_id is None
        assert ws.programme().name == "Old programme"
        backup = ws.backup_path
        # the migrated file takes new data
        ws.update(model.Bill, 1, attachment_id=ws.add_attachment("f.pdf", b"x").id)
    assert backup is not None and backup.exists()
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT quantity FROM bill").fetchone()[0] == 12345.0
    assert digest(path) != before
    with Workspace.open(path) as ws:
        assert ws.migrated_from is None


def test_newer_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.eaw"
    Workspace.create(path, model.Programme(name="P")).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = digest(path)
    with pytest.raises(NewerWorkspaceError) as err:
        Workspace.open(path)
    assert f"file format {SCHEMA_VERSION + 5}" in str(err.value)
    assert f"reads up to format {SCHEMA_VERSION}" in str(err.value)
    assert digest(path) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, I am a CSV;1;2\n", b"%PDF-1.4\n" + bytes(range(256)) * 10, b"SQLite format 3\x00" + b"\x00" * 20],
)
def test_foreign_files_are_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "foreign.eaw"
    path.write_bytes(content)
    with pytest.raises(NotAWorkspaceError, match="is not an Energy Audit Workbench workspace"):
        Workspace.open(path)
    assert path.read_bytes() == content


def test_another_applications_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = digest(path)
    with pytest.raises(NotAWorkspaceError):
        Workspace.open(path)
    assert digest(path) == before


def test_corrupt_workspace_is_refused_and_left_untouched(tmp_path, demo_path):
    path = tmp_path / "corrupt.eaw"
    data = bytearray(demo_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over a few pages in the middle, keeping the header (our identity) intact.
    for page in (3, 5, 8):
        data[page * page_size : page * page_size + 400] = b"\xde\xad\xbe\xef" * 100
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(CorruptWorkspaceError, match="is damaged"):
        Workspace.open(path)
    assert digest(path) == before


def test_truncated_workspace_is_refused(tmp_path, demo_path):
    path = tmp_path / "truncated.eaw"
    path.write_bytes(demo_path.read_bytes()[:20000])
    with pytest.raises(CorruptWorkspaceError):
        Workspace.open(path)


def test_header_identifies_our_files(workspace):
    assert workspace.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_second_process_is_refused_while_the_file_is_open(workspace):
    script = textwrap.dedent(
        f"""
        from workbench.storage.workspace import Workspace
        from workbench.storage.errors import WorkspaceInUseError
        try:
            Workspace.open({str(workspace.path)!r})
        except WorkspaceInUseError as exc:
            print("IN USE:", exc)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "IN USE:" in result.stdout, result.stderr
    assert "is open in another window or program" in result.stdout
    # and in this process too (a second window on the same file)
    with pytest.raises(WorkspaceInUseError):
        Workspace.open(workspace.path)
    workspace.close()
    Workspace.open(workspace.path).close()  # free once closed


def test_missing_file_and_existing_target(tmp_path, workspace):
    with pytest.raises(WorkspaceNotFoundError, match="There is no file"):
        Workspace.open(tmp_path / "nowhere.eaw")
    with pytest.raises(WorkspaceExistsError):
        Workspace.create(workspace.path, model.Programme(name="again"))


def test_create_refuses_an_invalid_programme_and_leaves_no_file(tmp_path):
    path = tmp_path / "bad.eaw"
    with pytest.raises(Exception, match="currency"):
        Workspace.create(path, model.Programme(name="P", currency="dirhams"))
    assert list(tmp_path.iterdir()) == []
