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
        super().__init__(
            message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Workspace",
                    "The workspace {path} is damaged ({detail}). It was not changed; "
                    "open a backup or a saved copy instead.",
                ),
                path=str(path),
                detail=detail,
            )
        )


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
