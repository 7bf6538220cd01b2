"""The non-UI packages import without Qt: a subprocess imports them all and looks for PySide6 in sys.modules."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import workbench

NON_UI = (
    "workbench.domain",
    "workbench.storage",
    "workbench.analysis",
    "workbench.demo",
    "workbench.importers",
    "workbench.reporting",
)
QT_FREE_MODULES = ("workbench.bundle", "workbench.resources", "workbench.cli_commands", "workbench.i18n.formatting")


def non_ui_modules() -> list[str]:
    names = list(QT_FREE_MODULES)
    root = Path(workbench.__file__).parent
    for package in NON_UI:
        folder = root / package.split(".", 1)[1]
        if not folder.exists():
            continue
        names.append(package)
        names.extend(f"{package}.{m.name}" for m in pkgutil.iter_modules([str(folder)]))
    return names


def test_non_ui_modules_do_not_import_qt():
    modules = non_ui_modules()
    assert "workbench.domain.model" in modules and "workbench.storage.workspace" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_domain_knows_no_sql_and_no_qt():
    root = Path(workbench.__file__).parent / "domain"
    for source in root.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "import sqlite3" not in text and "PySide6" not in text, source.name
