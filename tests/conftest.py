"""Shared fixtures. Tests never touch the user's files or settings: everything lives in tmp_path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from workbench.demo.generator import build_demo
from workbench.domain import model
from workbench.i18n.build import build as build_catalogues
from workbench.storage.workspace import Workspace


@pytest.fixture(scope="session", autouse=True)
def catalogues() -> None:
    """Compiled .qm files, so that French tests run without `make`."""
    build_catalogues()


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.create(tmp_path / "test.eaw", model.Programme(name="Test programme", year=2019))
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.eaw"
    build_demo(path).close()
    return path


@pytest.fixture
def demo(demo_path, tmp_path):
    """An open copy of the demo programme that a test may change."""
    copy = tmp_path / "demo.eaw"
    copy.write_bytes(demo_path.read_bytes())
    ws = Workspace.open(copy)
    yield ws
    ws.close()


@pytest.fixture
def held(demo_path, tmp_path):
    """A copy of the demo held open by another process (as another window would hold it)."""
    path = tmp_path / "held.eaw"
    shutil.copy(demo_path, path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\nfrom workbench.storage.workspace import Workspace\n"
            f"w = Workspace.open({str(path)!r})\nprint('held', flush=True)\ntime.sleep(60)",
        ],
        cwd=Path(__file__).resolve().parents[1],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    yield path
    holder.kill()
    holder.wait()
