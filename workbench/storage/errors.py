"""Why a workspace file cannot be opened or changed, in words a user understands."""

from __future__ import annotations

from pathlib import Path

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message

CTX = "Workspace"


class WorkspaceError(DomainError):
    pass


class WorkspaceNotFoundError(WorkspaceError):
    def __init__(self, path: Path) -> None:
        super().__init__(message(CTX, QT_TRANSLATE_NOOP("Workspace", "There is no file {path}."), path=str(path)))


class WorkspaceExistsError(WorkspaceError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP("Workspace", "The file {path} already exists; choose another name."),
                path=str(path),
            )
        )


class NotAWorkspaceError(WorkspaceError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace", "{path} is not an Energy Audit Workbench workspace. It was left as it is."
                ),
                path=str(path),
            )
        )


class CorruptWorkspaceError(WorkspaceError):
    def __init__(self, path: Path, detail: str) -> None:
        backup = latest_backup(path)
        advice = (
            message(
                CTX,
                QT_TRANSLATE_NOOP("Workspace", "The latest backup copy beside it is {backup}; open that copy instead."),
                backup=str(backup),
            )
            if backup is not None
            else message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace", "No backup copy was found beside it; open a copy you saved or sent, if there is one."
                ),
            )
        )
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace", "The workspace {path} is damaged ({detail}). It was not changed. {advice}"
                ),
                path=str(path),
                detail=detail,
                advice=advice,
            )
        )
        self.backup = backup


def latest_backup(path: Path) -> Path | None:
    """The newest copy the workbench kept of ``path`` before a migration (``NAME.format3-20260101-120000.eaw``)."""
    try:
        copies = [
            p for p in path.parent.glob(f"{glob_escape(path.stem)}.format*{path.suffix}") if p.is_file() and p != path
        ]
    except OSError:
        return None
    return max(copies, key=lambda p: (p.stat().st_mtime, p.name), default=None)


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


class NewerWorkspaceError(WorkspaceError):
    def __init__(self, path: Path, version: int, supported: int) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} was written by a newer version of Energy Audit Workbench (file format {version}; "
                    "this version reads up to format {supported}). Update the application to open it. "
                    "The file was not changed.",
                ),
                path=str(path),
                version=version,
                supported=supported,
            )
        )
        self.version = version


class WorkspaceInUseError(WorkspaceError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} is open in another window or program. Close it there first, or open a copy of the file.",
                ),
                path=str(path),
            )
        )


class EntityNotFoundError(WorkspaceError):
    def __init__(self, kind: str, ident: object) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP("Workspace", "No {kind} with the id {ident} in this workspace."),
                kind=kind,
                ident=ident,
            )
        )
        self.kind = kind
        self.ident = ident


class WorkspaceClosedError(WorkspaceError):
    def __init__(self) -> None:
        super().__init__(message(CTX, QT_TRANSLATE_NOOP("Workspace", "The workspace is closed.")))


class WorkspaceWriteError(WorkspaceError):
    """A change the file could not take (a full disk, a storage device gone): nothing of it was stored."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "The change could not be saved in {path} ({detail}). Nothing of it was stored: "
                    "the file holds what it held before. Free some disk space or save a copy elsewhere.",
                ),
                path=str(path),
                detail=detail,
            )
        )


class FileNotWrittenError(WorkspaceError):
    """A new file (a workspace, a copy) that could not be written where it was asked for."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace", "{path} could not be written ({detail}). Choose another folder or free some space."
                ),
                path=str(path),
                detail=detail,
            )
        )


class WorkspaceReadOnlyError(WorkspaceWriteError):
    """An edit asked of a workspace opened read-only (a read-only medium or file): every path that reports a
    change the file could not take reports this one too."""

    def __init__(self, path: Path) -> None:
        WorkspaceError.__init__(
            self,
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} is open read-only (the file or its medium cannot be written), so it cannot be changed. "
                    "Save a copy in a folder you can write to and open the copy to edit it.",
                ),
                path=str(path),
            ),
        )


class UnmergedReadOnlyError(WorkspaceError):
    """A read-only workspace whose last changes sit in its ``-wal`` file: reading them would mean writing."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} is on a medium that cannot be written, and its last changes are still in {wal}, "
                    "which only a writable folder lets the application merge. Copy both files together to a "
                    "folder you can write to and open the copy there. Nothing was changed.",
                ),
                path=str(path),
                wal=f"{path.name}-wal",
            )
        )


class OlderReadOnlyError(WorkspaceError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} is in an older file format ({version}) and cannot be updated where it is, because the "
                    "file or its medium is read-only. Copy it to a folder you can write to and open the copy there. "
                    "Nothing was changed.",
                ),
                path=str(path),
                version=version,
            )
        )


class MigrationFailedError(WorkspaceError):
    """An older file that could not be brought to this version's format; it was left as it was."""

    def __init__(self, path: Path, version: int, detail: str) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} (file format {version}) could not be updated to this version's format ({detail}). "
                    "The file was not changed and no copy of it was left behind. Free some disk space if the disk "
                    "is full and try again, or send the file to the programme's coordinator.",
                ),
                path=str(path),
                version=version,
                detail=detail,
            )
        )


class WorkspaceUnreadableError(WorkspaceError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "{path} cannot be read ({detail}). Check that you may read the file, or copy it to your own "
                    "folder first. It was not changed.",
                ),
                path=str(path),
                detail=detail,
            )
        )


class NotMergedError(WorkspaceError):
    """Changes committed to the ``-wal`` journal that could not be written into the workspace file itself."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "The changes are safe in {wal}, but they could not be written into {path} itself ({detail}). "
                    "Until they are, the file {name} alone is not complete: do not copy or send it without {wal}. "
                    "Free some disk space; the application merges them the next time it opens the workspace.",
                ),
                path=str(path),
                name=path.name,
                wal=f"{path}-wal",
                detail=detail,
            )
        )
