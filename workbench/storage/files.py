"""Files beside a workspace: temporary names, leftovers of killed runs, permission bits, writability.

No SQL here and nothing of the domain: the opening path and every writer of a file the workbench
produces (copies, backups, exports, reports) share these rules, so that

* a file is only ever seen under its real name complete (written under a temporary name, then renamed);
* a write that fails removes its temporary file, and the leftovers of a killed run are removed the next
  time the same file is opened or written;
* what is made from a workspace is never more readable than the workspace itself.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

# The temporary names the workbench writes beside a file, and what SQLite adds to a database's name.
TEMP_SUFFIXES = (".saving", ".writing", ".creating", ".migrating")
SQLITE_SIDECARS = ("", "-journal", "-wal", "-shm")


def temp_name(target: Path, suffix: str) -> Path:
    """``.NAME.saving`` beside ``NAME``: hidden, and never mistaken for the file itself."""
    return target.with_name(f".{target.name}{suffix}")


def leftovers(target: Path) -> list[Path]:
    """Temporary files a killed write of ``target`` left beside it (with SQLite's journals of them)."""
    found: list[Path] = []
    for suffix in TEMP_SUFFIXES:
        temp = temp_name(target, suffix)
        found.extend(p for p in (Path(f"{temp}{side}") for side in SQLITE_SIDECARS) if p.exists())
    return found


def migration_leftovers(workspace: Path) -> list[Path]:
    """Half-written pre-migration copies of ``workspace`` (``.NAME.format3-….eaw.saving``, and the temporary
    file of a pending backup, ``..NAME.format3-….eaw.pending.saving``)."""
    stem = f"{workspace.stem}.format"
    try:
        entries = list(workspace.parent.iterdir())
    except OSError:
        return []
    return [
        p
        for p in entries
        if p.name.startswith(".") and p.name.lstrip(".").startswith(stem) and any(s in p.name for s in TEMP_SUFFIXES)
    ]


PENDING = ".pending"  # a pre-migration backup until the migration it belongs to has been written


def pending_backup(final: Path) -> Path:
    return temp_name(final, PENDING)


def settle_pending_backups(workspace: Path, migrated: bool) -> list[Path]:
    """The backups a killed migration left under their pending name: kept under their real name when the
    workspace was migrated before the kill (it is then the only copy of the old file), removed when it was not
    (the migration starts again and makes its own). Returns the backups kept."""
    prefix = f".{workspace.stem}.format"
    kept: list[Path] = []
    try:
        entries = list(workspace.parent.iterdir())
    except OSError:
        return kept
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(f"{workspace.suffix}{PENDING}"):
            final = entry.with_name(entry.name[1 : -len(PENDING)])
            try:
                if migrated:
                    os.replace(entry, final)
                    kept.append(final)
                else:
                    entry.unlink()
            except OSError:
                pass
    return kept


def remove_quietly(paths: list[Path] | tuple[Path, ...]) -> list[Path]:
    """Remove what can be removed; the ones that could not are returned (a read-only folder keeps them)."""
    kept = []
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            kept.append(path)
    return kept


def private_mode(source: Path | None) -> int | None:
    """The permission bits a file made from ``source`` takes: the source's own, without execute bits."""
    if source is None:
        return None
    try:
        return stat.S_IMODE(source.stat().st_mode) & 0o666
    except OSError:
        return None


def restrict(path: Path, mode: int | None) -> None:
    """Give ``path`` the bits ``mode`` (never wider than it already has)."""
    if mode is None or os.name == "nt":  # Windows has no such bits; the folder's ACL applies
        return
    current = stat.S_IMODE(path.stat().st_mode)
    os.chmod(path, current & mode)


def is_writable(path: Path) -> bool:
    """Whether ``path`` and its folder can be written (the folder takes SQLite's journal).

    ``os.access`` answers for read-only media too (EROFS), whoever the user is.
    """
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


@contextlib.contextmanager
def written_atomically(target: Path, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path to write ``target`` to; on success it gets ``mode`` and takes the real name.

    On any failure — a full disk, a folder gone — the temporary file is removed and the error raised:
    the target is either the complete new file or what it was before.
    """
    from .errors import FileNotWrittenError  # (errors import the domain's messages; this module stays bare)

    target = Path(target)
    remove_quietly(leftovers(target))
    temp = temp_name(target, ".writing")
    try:
        yield temp
        restrict(temp, mode)
        _sync(temp)
        os.replace(temp, target)
    except OSError as exc:  # named by the file asked for, not by its temporary name
        raise FileNotWrittenError(target, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def write_bytes_atomically(target: Path, data: bytes, mode: int | None = None) -> Path:
    with written_atomically(target, mode) as temp, temp.open("wb") as f:
        f.write(data)
    return target


def write_text_atomically(
    target: Path, write: Callable[[object], None], mode: int | None = None, encoding: str = "utf-8"
) -> Path:
    """``write(file)`` into a text file opened for ``target``'s temporary name."""
    with written_atomically(target, mode) as temp, temp.open("w", encoding=encoding, newline="") as f:
        write(f)
    return target


def _sync(path: Path) -> None:
    """Flush the new file to the disk before it takes the real name (a power cut keeps old or new)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a read-only handle; the rename still holds
    finally:
        os.close(fd)
