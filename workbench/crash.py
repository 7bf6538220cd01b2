"""Crash reports: where they go and what they hold. Qt-free, shared by the command line and the window.

A defect of ours must never show a user a traceback; it gets one sentence, and we get the report.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from workbench import APP_NAME, __version__

CRASH_DIR_ENV = "WORKBENCH_CRASH_DIR"  # where reports go instead of the user's folder (tests, CI)


def crash_folder() -> Path:
    """The user's own application folder for them (WORKBENCH_CRASH_DIR overrides it)."""
    if folder := os.environ.get(CRASH_DIR_ENV):
        return Path(folder)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Logs"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "EnergyAuditWorkbench" / "crashes"


def write_crash_report(
    argv: Sequence[str],
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None] | None = None,
) -> Path | None:
    """The report of the exception being handled (or ``exc_info``); None if even that cannot be written."""
    trace = "".join(traceback.format_exception(*exc_info)) if exc_info else traceback.format_exc()
    try:
        folder = crash_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.txt"
        path.write_text(
            f"{APP_NAME} {__version__}, Python {platform.python_version()}, {platform.platform()}\n"
            f"arguments: {list(argv)}\n\n{trace}",
            encoding="utf-8",
        )
        if os.name != "nt":
            os.chmod(path, 0o600)  # a traceback can quote a client's names and figures
        return path
    except OSError:
        return None
