"""Real full disks and read-only media: a small tmpfs, filled or remounted read-only.

Mounting needs privileges a CI container as root has; elsewhere these tests are skipped and the
simulated versions in test_file_safety.py still run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.domain import model
from workbench.storage.errors import NotMergedError, WorkspaceWriteError
from workbench.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _mount(point: Path, size_kb: int) -> bool:
    if sys.platform != "linux" or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(point)], capture_output=True, timeout=10
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB disk of its own; ``fill(leave)`` fills it but for ``leave`` bytes."""
    point = tmp_path / "disk"
    point.mkdir()
    if not _mount(point, 2048):
        pytest.skip("cannot mount a tmpfs here")
    filler = point / "filler.bin"

    def fill(leave: int) -> None:
        free = shutil.disk_usage(point).free
        with filler.open("ab") as f:
            f.write(b"\0" * max(0, free - leave))

    def free_space() -> None:
        filler.unlink(missing_ok=True)

    yield point, fill, free_space
    subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=10)


def test_a_change_the_full_disk_cannot_take_is_refused_and_nothing_is_lost(small_disk, demo_path):
    point, fill, _ = small_disk
    path = point / "demo.eaw"
    shutil.copy(demo_path, path)
    with Workspace.open(path) as ws:
        sites = ws.count(model.Site)
        fill(leave=8 * 1024)
        with pytest.raises(WorkspaceWriteError) as refused:
            ws.add_attachment("photo.jpg", os.urandom(400_000), "image/jpeg")
        assert str(path) in refused.value.render()
        assert ws.count(model.Site) == sites
        assert ws.count(model.Attachment) == 0


def test_a_merge_the_full_disk_refuses_is_said_and_done_at_the_next_open(small_disk, demo_path, tmp_path):
    point, fill, free_space = small_disk
    path = point / "demo.eaw"
    shutil.copy(demo_path, path)
    ws = Workspace.open(path)
    fill(leave=450 * 1024)  # room for the change in the journal, not for it again in the file
    attachment = ws.add_attachment("photo.jpg", os.urandom(300_000), "image/jpeg")
    with pytest.raises(NotMergedError) as refused:
        ws.merge()
    text = refused.value.render()
    assert f"{path}-wal" in text and "do not copy or send it without" in text
    with pytest.raises(NotMergedError):
        ws.close()  # said again at close, and the journal is kept
    assert Path(f"{path}-wal").stat().st_size > 300_000
    free_space()
    with Workspace.open(path) as again:  # merged at the next open
        assert again.not_merged is None
        assert len(again.attachment_data(attachment.id)) == 300_000
    alone = tmp_path / "alone.eaw"
    shutil.copy(path, alone)  # the .eaw alone, as the README says to share it
    with Workspace.open(alone) as copy:
        assert len(copy.attachment_data(attachment.id)) == 300_000


def _cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )


def test_exports_and_reports_to_a_full_disk_name_the_file_and_leave_nothing(small_disk, demo_path, tmp_path):
    point, fill, _ = small_disk
    path = tmp_path / "demo.eaw"
    shutil.copy(demo_path, path)
    fill(leave=4 * 1024)
    done = _cli("export-csv", str(path), "--out", str(point / "csv"), env_extra={"WORKBENCH_CRASH_DIR": str(tmp_path)})
    assert done.returncode == 2, done.stderr
    assert str(point / "csv" / "monthly-energy.csv") in done.stderr
    assert "Traceback" not in done.stderr
    report = point / "site.docx"
    done = _cli("report", str(path), "--site", "1", "--no-charts", "--no-page-numbers", "--out", str(report))
    assert done.returncode == 2, done.stderr
    assert str(report) in done.stderr and "No space left on device" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert not [p.name for p in point.rglob("*") if p.name.startswith(".")]


def test_a_workspace_on_a_read_only_medium_opens_read_only(small_disk, demo_path, tmp_path):
    point, _, _ = small_disk
    path = point / "demo.eaw"
    shutil.copy(demo_path, path)
    remount = subprocess.run(["mount", "-o", "remount,ro", str(point)], capture_output=True, timeout=10)
    if remount.returncode != 0:
        pytest.skip("cannot remount read-only")
    before = sorted(p.name for p in point.iterdir())
    done = _cli("info", str(path))
    assert done.returncode == 0, done.stderr
    assert "is open read-only" in done.stderr
    with Workspace.open(path) as ws:
        assert ws.read_only
        assert ws.count(model.Bill) > 0
        copy = ws.save_copy(tmp_path / "copy.eaw")
    assert sorted(p.name for p in point.iterdir()) == before
    with Workspace.open(copy) as writable:
        assert not writable.read_only
