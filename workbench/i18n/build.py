"""Compile ``i18n/*.ts`` into ``workbench/i18n/qm/*.qm`` with pyside6-lrelease."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .catalogue import qm_dir

TS_DIR = Path(__file__).resolve().parents[2] / "i18n"


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found; install PySide6-Essentials")
    return found


def build(ts_dir: Path = TS_DIR, out_dir: Path | None = None) -> list[Path]:
    """Compile the catalogues that changed; returns the ``.qm`` files written."""
    out_dir = out_dir or qm_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"compiled {path.name}")
