"""Change records: what one commit touched, told to the workspace's listeners once it is stored.

Kinds and actions are enums, not strings: a listener that names a kind the workspace never sends, or
misspells one, fails at import rather than never refreshing. Qt-free, like the rest of ``storage``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workbench.domain.kinds import EntityKind

__all__ = ["Change", "ChangeAction", "EntityKind", "Listener", "concerns", "notify"]


class ChangeAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed edit touched: which row, how, and (for an update) which fields."""

    entity: EntityKind
    id: int
    action: ChangeAction
    fields: tuple[str, ...] = ()


Listener = Callable[[Sequence[Change]], None]


def concerns(
    changes: Iterable[Change],
    kinds: frozenset[EntityKind],
    own: frozenset[EntityKind] = frozenset(),
    ident: int | None = None,
) -> bool:
    """Whether any of ``changes`` is of one of ``kinds``; a kind also in ``own`` counts only for the row
    ``ident`` (a site page follows every bill, but only its own site's edits)."""
    return any(c.entity in kinds and (c.entity not in own or c.id == ident) for c in changes)


def notify(listeners: Sequence[Listener], changes: Sequence[Change]) -> None:
    """Tell every listener, even when one of them fails: one defective view must not leave the others showing
    what the file no longer holds. The failures are raised once all have heard, after the commit, so they
    reach the crash report like any other defect (Qt's ``sys.excepthook`` in the window, the command line's
    last resort in ``cli``) instead of being lost here."""
    errors: list[Exception] = []
    for listener in listeners:
        try:
            listener(changes)
        except Exception as exc:  # raised again below, once the others have heard
            errors.append(exc)
    for error in errors:
        error.add_note("raised by a change listener after the commit: the change itself is stored")
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ExceptionGroup("change listeners failed", errors)
