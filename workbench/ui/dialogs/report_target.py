"""Where the export dialog writes a report: a default folder that exists, typed paths read without raising,
and why a path cannot be written, in the interface's language and naming the path.

An operating system's own message ("Permission denied") is English whatever the interface; the dialog says
instead which folder is missing or closed to writing.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths


def default_folder(workspace_path: Path | None) -> Path:
    """The workspace file's folder (the report goes beside the audit it comes from), else the user's documents
    folder, else the home folder: the first of them that exists (``~/Documents`` may not)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    candidates = [workspace_path.parent if workspace_path else None, Path(documents) if documents else None]
    for folder in candidates:
        if folder is not None and folder.is_dir():
            return folder
    return Path.home()


def parse_target(text: str) -> Path | None:
    """The file a typed target names; None for what names no file ("", "/", "folder/", ".", "..", a NUL)."""
    text = text.strip()
    if not text or "\0" in text or text.endswith(("/", os.sep)):
        return None
    path = Path(text).expanduser()
    if path.name in ("", ".", ".."):
        return None
    return path


def target_problem(text: str) -> str | None:
    """Why the typed target cannot take a report, in the interface's language; None when it can."""
    if not text.strip():
        return QCoreApplication.translate("ReportDialog", "Type the name of the file to write.")
    path = parse_target(text)
    if path is None:
        return QCoreApplication.translate(
            "ReportDialog", "“{path}” is not a file name: type the name of the file to write."
        ).format(path=text.strip())
    folder = path.parent if str(path.parent) else Path.cwd()
    if not folder.is_dir():
        return QCoreApplication.translate("ReportDialog", "The folder {folder} does not exist.").format(folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return QCoreApplication.translate("ReportDialog", "The folder {folder} cannot be written to.").format(
            folder=folder
        )
    if path.is_dir():
        return QCoreApplication.translate(
            "ReportDialog", "{path} is a folder: type the name of the file to write."
        ).format(path=path)
    return None


def write_error_text(path: Path, exc: OSError) -> str:
    """What an export that failed on ``path`` says: the cause the dialog can name, never the system's text."""
    folder = path.parent
    if exc.errno == errno.ENOENT and not folder.is_dir():
        return QCoreApplication.translate("ReportDialog", "The folder {folder} does not exist.").format(folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate("ReportDialog", "{path} cannot be written: permission refused.").format(
            path=path
        )
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("ReportDialog", "{path} cannot be written: the disk is full.").format(
            path=path
        )
    code = errno.errorcode.get(exc.errno or 0, "")  # a symbol (EIO), the same in every language
    return QCoreApplication.translate("ReportDialog", "{path} cannot be written ({code}).").format(
        path=path, code=code or "?"
    )
