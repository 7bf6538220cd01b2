"""A real main window on a copy of the demo, with a throwaway settings file and workers run inline."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from workbench.app import build_window
from workbench.domain.vocab import Language
from workbench.ui.settings import Settings


@pytest.fixture(autouse=True)
def delete_qt_objects_after_each_test(qapp):
    """Windows, pages and sessions die within their test, never during interpreter shutdown.

    What survives a test (modules, caches, the demo's accounts) is frozen out of the collector's sight, so the
    next test's collection walks only what that test made: a full collection cost ~80 ms a test, a minute of
    the suite."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    gc.freeze()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def demo_file(demo_path, tmp_path) -> Path:
    path = tmp_path / "demo.eaw"
    shutil.copy(demo_path, path)
    return path


@pytest.fixture
def window(qtbot, settings, demo_file, tmp_path):
    win = build_window(settings, "en", data_dir=tmp_path / "data", synchronous=True)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    assert win.open_workspace(demo_file)
    yield win
    if win.languages.language is not Language.EN:
        win.languages.switch(Language.EN)
    win.theme.apply("light")
    win.close()
