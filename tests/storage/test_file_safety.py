"""Workspace files at the edges: every refusal leaves the file and its sidecars byte-identical; migrations keep
one backup or none; killed copies leave no debris; full disks and read-only media are said as what they are."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import closing
from pathlib import Path

import pytest

from workbench.domain import model
from workbench.storage import opening
from workbench.storage.errors import (
    CorruptWorkspaceError,
    MigrationFailedError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    NotMergedError,
    OlderReadOnlyError,
    UnmergedReadOnlyError,
    WorkspaceInUseError,
    WorkspaceReadOnlyError,
    WorkspaceWriteError,
)
from workbench.storage.files import leftovers
from workbench.storage.schema import APPLICATION_ID, SCHEMA_VERSION, apply_migrations
from workbench.storage.workspace import Workspace

from .test_files import write_first_version

ROOT = Path(__file__).resolve().parents[2]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of the folder by name and sha256: a sidecar that appears or goes shows as well."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def in_child(code: str) -> None:
    """Run ``code`` in a process that dies without closing anything (as a kill would leave files)."""
    subprocess.run([sys.executable, "-c", textwrap.dedent(code)], check=True, cwd=ROOT, timeout=60)


def hot_wal(path: Path, statement: str) -> None:
    """``path`` with a committed change that lives only in its -wal (the process died before closing)."""
    in_child(
        f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute({statement!r})
        os._exit(0)
        """
    )
    assert Path(f"{path}-wal").stat().st_size > 0


def edit(path: Path, *statements: str, params: tuple = ()) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        conn.commit()


# --- every kind of refusal leaves the file, its -wal and its -shm as they were ------------------------------


def _text(path: Path) -> None:
    path.write_text("name;kWh\nA;1\n", encoding="utf-8")


def _foreign(path: Path) -> None:
    edit(path, "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)")


def _ours_at_version_zero(path: Path) -> None:
    edit(path, f"PRAGMA application_id = {APPLICATION_ID}", "CREATE TABLE notes (x)")


def _newer_header(path: Path) -> None:
    edit(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _newer_only_in_wal(path: Path) -> None:
    hot_wal(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _bad_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[3 * 4096 : 3 * 4096 + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 3)


def _table_dropped(path: Path) -> None:
    edit(path, "DROP TABLE equipment")


def _column_dropped(path: Path) -> None:
    edit(path, "ALTER TABLE measure DROP COLUMN title_en")


def _wrong_type(path: Path) -> None:
    edit(path, "UPDATE bill SET quantity = 'twelve' WHERE id = (SELECT MIN(id) FROM bill)")


def _not_utf8(path: Path) -> None:
    edit(path, "UPDATE site SET name = CAST(X'4174C3286C6173' AS TEXT) WHERE id = (SELECT MIN(id) FROM site)")


def _impossible_date(path: Path) -> None:
    edit(path, "UPDATE bill SET period_start = '2019-02-30' WHERE id = (SELECT MIN(id) FROM bill)")


def _unknown_kind(path: Path) -> None:
    edit(path, "UPDATE supply SET carrier = 'plutonium' WHERE id = (SELECT MIN(id) FROM supply)")


def _impossible_value(path: Path) -> None:
    edit(path, "UPDATE bill SET quantity = -40 WHERE id = (SELECT MIN(id) FROM bill)")


REFUSALS = [
    (_text, NotAWorkspaceError, "not an Energy Audit Workbench workspace"),
    (_foreign, NotAWorkspaceError, "not an Energy Audit Workbench workspace"),
    (_ours_at_version_zero, NotAWorkspaceError, "not an Energy Audit Workbench workspace"),
    (_newer_header, NewerWorkspaceError, "newer version"),
    (_newer_only_in_wal, NewerWorkspaceError, "newer version"),
    (_bad_page, CorruptWorkspaceError, "damaged"),
    (_truncated, CorruptWorkspaceError, "damaged"),
    (_table_dropped, CorruptWorkspaceError, "the table equipment is missing"),
    (_column_dropped, CorruptWorkspaceError, "the column measure.title_en is missing"),
    (_wrong_type, CorruptWorkspaceError, "quantity holds a value of the wrong type"),
    (_not_utf8, CorruptWorkspaceError, "the column name is not valid text"),
    (_impossible_date, CorruptWorkspaceError, "bill, row"),
    (_unknown_kind, CorruptWorkspaceError, "supply, row"),
    (_impossible_value, CorruptWorkspaceError, "bill, row"),
]


@pytest.mark.parametrize(("damage", "error", "words"), REFUSALS, ids=[d.__name__.strip("_") for d, *_ in REFUSALS])
def test_a_refused_file_and_its_sidecars_stay_byte_identical(tmp_path, demo_path, damage, error, words):
    folder = tmp_path / "f"
    folder.mkdir()
    path = folder / "site.eaw"
    if damage not in (_text, _foreign, _ours_at_version_zero):  # those make a file of their own
        shutil.copy(demo_path, path)
    damage(path)
    before = snapshot(folder)
    for _ in range(3):  # the same answer each time: nothing was half-done by the first
        with pytest.raises(error) as refused:
            Workspace.open(path)
        assert words in refused.value.render()
        assert snapshot(folder) == before


def test_a_mistyped_value_outside_the_entity_tables_is_found_too(tmp_path, demo_path):
    # Entity rows have their types checked as they are decoded; the other tables by the scan at opening.
    path = tmp_path / "site.eaw"
    shutil.copy(demo_path, path)
    edit(
        path,
        "INSERT INTO factor_override (scope, scope_id, key, value, unit, source) "
        "VALUES ('programme', 1, 'co2.electricity', 'lots', 'kg/kWh', 'ONEE')",
    )
    before = snapshot(tmp_path)
    with pytest.raises(CorruptWorkspaceError) as refused:
        Workspace.open(path)
    assert "the table factor_override" in refused.value.render() and "value holds a value of the wrong type" in (
        refused.value.render()
    )
    assert snapshot(tmp_path) == before


def test_an_older_file_with_a_mistyped_value_is_refused_before_it_is_migrated(tmp_path):
    path = tmp_path / "old.eaw"
    write_first_version(path)
    edit(path, "UPDATE bill SET quantity = 'twelve'")
    before = snapshot(tmp_path)
    with pytest.raises(CorruptWorkspaceError) as refused:
        Workspace.open(path)
    assert "quantity holds a value of the wrong type" in refused.value.render()
    assert snapshot(tmp_path) == before  # no backup, no migration: the file was judged as it is


def test_the_damaged_message_names_the_latest_backup_copy(tmp_path, demo_path):
    path = tmp_path / "site.eaw"
    shutil.copy(demo_path, path)
    older = tmp_path / "site.format5-20260101-090000.eaw"
    newest = tmp_path / "site.format6-20260301-090000.eaw"
    shutil.copy(demo_path, older)
    shutil.copy(demo_path, newest)
    os.utime(older, (1_000_000, 1_000_000))
    _truncated(path)
    with pytest.raises(CorruptWorkspaceError) as refused:
        Workspace.open(path)
    assert f"The latest backup copy beside it is {newest}" in refused.value.render()


def test_the_damaged_message_says_when_there_is_no_backup(tmp_path, demo_path):
    path = tmp_path / "site.eaw"
    shutil.copy(demo_path, path)
    _truncated(path)
    with pytest.raises(CorruptWorkspaceError) as refused:
        Workspace.open(path)
    assert "No backup copy was found beside it" in refused.value.render()


def test_changes_a_killed_run_left_in_the_wal_are_merged_at_the_next_open(tmp_path, demo_path):
    path = tmp_path / "site.eaw"
    shutil.copy(demo_path, path)
    hot_wal(path, "UPDATE programme SET name = 'Renamed before the kill'")
    with Workspace.open(path) as ws:
        assert ws.programme().name == "Renamed before the kill"
        assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0  # merged at once
        assert ws.not_merged is None
    copy = tmp_path / "alone" / "site.eaw"
    copy.parent.mkdir()
    shutil.copy(path, copy)  # the .eaw alone, as one mails it
    with Workspace.open(copy) as ws:
        assert ws.programme().name == "Renamed before the kill"


# --- a held workspace is refused at once ------------------------------------------------------------------


def test_a_held_workspace_is_refused_within_a_second(held):
    started = time.perf_counter()
    with pytest.raises(WorkspaceInUseError):
        Workspace.open(held)
    assert time.perf_counter() - started < 1.0


def test_the_cli_refuses_a_held_workspace_within_a_second(held):
    from workbench.cli import main

    started = time.perf_counter()
    assert main(["info", str(held)]) != 0
    assert time.perf_counter() - started < 1.0


def test_the_smoke_test_refuses_a_held_workspace_and_exits(held, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_CRASH_DIR": str(tmp_path / "crashes")}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--lang", "en", str(held), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode != 0
    assert "is open in another window or program" in done.stderr
    assert "Traceback" not in done.stderr
    assert time.perf_counter() - started < 30  # the interpreter and Qt start; the refusal itself is instant


# --- migrations: one backup, named; a failure leaves nothing behind ----------------------------------------


def test_a_migration_keeps_exactly_one_backup_named_in_the_message(tmp_path, capsys):
    from workbench.cli import main

    path = tmp_path / "old.eaw"
    write_first_version(path)
    before = path.read_bytes()
    assert main(["info", str(path)]) == 0
    backups = [p for p in tmp_path.iterdir() if p.name.startswith("old.format1-")]
    assert len(backups) == 1
    assert str(backups[0]) in capsys.readouterr().err
    with closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT quantity FROM bill").fetchone()[0] == 12345.0
    assert path.read_bytes() != before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["old.eaw", backups[0].name])


def test_a_failed_migration_leaves_the_file_as_it_was_and_no_copy(tmp_path, monkeypatch):
    path = tmp_path / "old.eaw"
    write_first_version(path)
    before = snapshot(tmp_path)

    def full_disk(conn, from_version, to_version=SCHEMA_VERSION):
        apply_migrations(conn, from_version, 3)  # part-way, in the working copy, then the disk fills up
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(opening, "apply_migrations", full_disk)
    for _ in range(3):
        with pytest.raises(MigrationFailedError) as refused:
            Workspace.open(path)
        assert "The file was not changed and no copy of it was left behind" in refused.value.render()
        assert "database or disk is full" in refused.value.render()
        assert snapshot(tmp_path) == before


def test_a_migration_killed_before_or_after_the_file_was_rewritten_keeps_one_backup(tmp_path):
    path = tmp_path / "old.eaw"
    write_first_version(path)
    # Killed before the file was rewritten: its pending backup goes, the new attempt makes the one backup.
    stale = tmp_path / ".old.format1-20260101-000000.eaw.pending"
    shutil.copy(path, stale)
    Workspace.open(path).close()
    assert len(list(tmp_path.glob("old.format1-*.eaw"))) == 1
    assert not stale.exists()
    # Killed after the file was rewritten, before the backup took its name: the next open gives it its name.
    (kept,) = tmp_path.glob("old.format1-*.eaw")
    kept.rename(tmp_path / f".{kept.name}.pending")
    with Workspace.open(path) as ws:
        assert ws.backup_path == kept
    assert [p.name for p in tmp_path.glob("*format1*")] == [kept.name]


def test_an_older_file_on_a_read_only_medium_is_refused_untouched(tmp_path, monkeypatch):
    path = tmp_path / "old.eaw"
    write_first_version(path)
    before = snapshot(tmp_path)
    monkeypatch.setattr(opening, "is_writable", lambda p: False)
    with pytest.raises(OlderReadOnlyError):
        Workspace.open(path)
    assert snapshot(tmp_path) == before


# --- leftovers of killed copies ---------------------------------------------------------------------------


def test_leftovers_of_killed_copies_are_removed_at_the_next_copy_and_open(demo, tmp_path):
    target = tmp_path / "out" / "copy.eaw"
    target.parent.mkdir()
    for name in (".copy.eaw.saving", ".copy.eaw.saving-journal", ".copy.eaw.writing"):
        (target.parent / name).write_bytes(b"half a copy")
    demo.save_copy(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.eaw"]
    # Beside the open workspace: a killed pre-migration backup and a killed copy onto its own name.
    for name in (
        ".demo.format5-20260101-120000.eaw.saving",
        ".demo.format5-20260101-120000.eaw.saving-journal",
        "..demo.format5-20260101-120000.eaw.pending.saving",
    ):
        (demo.path.parent / name).write_bytes(b"half a backup")
    (demo.path.parent / ".demo.eaw.saving").write_bytes(b"half")
    path = demo.path
    demo.close()
    Workspace.open(path).close()
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]


def test_a_kill_campaign_on_save_a_copy_leaves_nothing_behind(demo_path, tmp_path):
    """SIGKILL at random moments of a copy; the next copy to the same name cleans up and succeeds."""
    import random

    source = tmp_path / "source.eaw"
    shutil.copy(demo_path, source)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "copy.eaw"
    rng = random.Random(12)
    code = (
        "from workbench.storage.workspace import Workspace\n"
        f"w = Workspace.open({str(source)!r})\n"
        "print('open', flush=True)\n"
        f"while True: w.save_copy({str(target)!r})\n"
    )
    debris_seen = 0
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0.0, 0.15))
        child.kill()
        child.wait()
        debris_seen += len(leftovers(target))
        with Workspace.open(source) as ws:
            ws.save_copy(target)
        assert sorted(p.name for p in out.iterdir()) == ["copy.eaw"]
    with Workspace.open(target) as copy:
        assert copy.count(model.Bill) > 0


# --- read-only media --------------------------------------------------------------------------------------


def test_a_read_only_workspace_is_read_and_never_written(demo_path, tmp_path, monkeypatch):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "demo.eaw"
    shutil.copy(demo_path, path)
    before = snapshot(folder)
    monkeypatch.setattr(opening, "is_writable", lambda p: False)
    with Workspace.open(path) as ws:
        assert ws.read_only
        site = ws.sites()[0]
        assert ws.bills(ws.supplies(site.id)[0].id)
        with pytest.raises(WorkspaceReadOnlyError) as refused:
            ws.update(model.Site, site.id, name="Changed")
        assert isinstance(refused.value, WorkspaceWriteError)  # what every write path reports
        assert "open read-only" in refused.value.render()
        copy = ws.save_copy(tmp_path / "copy.eaw")
    assert snapshot(folder) == before
    monkeypatch.undo()  # the copy is on a writable disk
    with Workspace.open(copy) as writable:
        assert not writable.read_only


def test_a_read_only_workspace_with_unmerged_changes_says_what_to_do(demo_path, tmp_path, monkeypatch):
    path = tmp_path / "demo.eaw"
    shutil.copy(demo_path, path)
    hot_wal(path, "UPDATE programme SET name = 'Only in the journal'")
    before = snapshot(tmp_path)
    monkeypatch.setattr(opening, "is_writable", lambda p: False)
    with pytest.raises(UnmergedReadOnlyError) as refused:
        Workspace.open(path)
    assert "demo.eaw-wal" in refused.value.render()
    assert snapshot(tmp_path) == before


def test_the_cli_reads_and_reports_from_a_read_only_workspace(demo_path, tmp_path, monkeypatch, capsys):
    from workbench.cli import main

    path = tmp_path / "stick" / "demo.eaw"
    path.parent.mkdir()
    shutil.copy(demo_path, path)
    before = snapshot(path.parent)
    monkeypatch.setattr(opening, "is_writable", lambda p: False)
    assert main(["info", str(path)]) == 0
    assert "is open read-only" in capsys.readouterr().err
    assert (
        main(
            ["report", str(path), "--site", "1", "--no-charts", "--no-page-numbers", "--out", str(tmp_path / "r.docx")]
        )
        == 0
    )
    assert (tmp_path / "r.docx").stat().st_size > 0
    assert main(["add-site", str(path), "--cluster", "C", "--name", "New"]) != 0
    assert "open read-only" in capsys.readouterr().err
    assert snapshot(path.parent) == before


# --- a checkpoint that fails is said, and retried at the next open ----------------------------------------


def test_an_import_that_cannot_be_merged_says_so_and_exits_non_zero(demo_path, tmp_path, monkeypatch, capsys):
    from workbench.cli import main

    path = tmp_path / "demo.eaw"
    shutil.copy(demo_path, path)
    bills = tmp_path / "bills.csv"
    bills.write_text("Début;Fin;kWh\n01/01/2024;31/01/2024;1200\n01/02/2024;29/02/2024;1100\n", encoding="utf-8")

    def full(self):
        raise NotMergedError(self.path, "database or disk is full")

    monkeypatch.setattr(Workspace, "merge", full)
    monkeypatch.setattr(Workspace, "_merge", lambda self, conn: full(self))
    code = main(["import-bills", str(path), str(bills), "--site", "1", "--carrier", "electricity"])
    err = capsys.readouterr().err
    assert code == 1
    assert "could not be written into" in err and f"{path}-wal" in err


# --- exports open safely in a spreadsheet, as private as the workspace -------------------------------------


def test_exported_text_cannot_run_as_a_formula_and_numbers_stay_numbers(demo, tmp_path):
    import csv

    from workbench.cli import main

    site = demo.sites()[0]
    demo.update(model.Site, site.id, name="=cmd|' /C calc'!A0")
    supply = demo.supplies(site.id)[0]
    demo.update(model.EnergySupply, supply.id, name="@SUM(A1:A9)")
    path = demo.path
    demo.close()
    out = tmp_path / "csv"
    assert main(["export-csv", str(path), "--out", str(out)]) == 0
    with (out / "monthly-energy.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["site_id"] == str(site.id)]
    assert {r["site"] for r in rows} == {"'=cmd|' /C calc'!A0"}
    assert "'@SUM(A1:A9)" in {r["supply"] for r in rows}
    assert all(float(r["kwh"]) >= 0 for r in rows if r["kwh"])  # numbers are written as numbers


@pytest.mark.parametrize("text", ["=1+1", "+33 6", "-2", "@x", "\tx", "\rx"])
def test_each_formula_start_is_escaped(text):
    from workbench.reporting.csv_cells import safe_cell

    assert safe_cell(text) == "'" + text
    assert safe_cell(-2.5) == -2.5
    assert safe_cell("Atlas = 1") == "Atlas = 1"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_copies_backups_exports_and_reports_are_as_private_as_the_workspace(demo_path, tmp_path):
    from workbench.cli import main

    path = tmp_path / "demo.eaw"
    shutil.copy(demo_path, path)
    os.chmod(path, 0o600)
    old = tmp_path / "old.eaw"
    write_first_version(old)
    os.chmod(old, 0o600)
    os.umask(0o022)
    with Workspace.open(path) as ws:
        copy = ws.save_copy(tmp_path / "copy.eaw")
    assert main(["export-csv", str(path), "--out", str(tmp_path / "csv")]) == 0
    assert (
        main(
            ["report", str(path), "--site", "1", "--no-charts", "--no-page-numbers", "--out", str(tmp_path / "r.docx")]
        )
        == 0
    )
    Workspace.open(old).close()
    (backup,) = tmp_path.glob("old.format1-*.eaw")
    for made in (copy, tmp_path / "csv" / "monthly-energy.csv", tmp_path / "r.docx", backup):
        assert oct(made.stat().st_mode & 0o777) == oct(0o600), made.name
