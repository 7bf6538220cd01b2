"""One open workspace in the UI: the file, its undo stack, its change signal and its cached accounts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.domain import model
from workbench.domain.factors import FactorScope
from workbench.domain.validation import validate
from workbench.i18n.language import qt_translate
from workbench.storage.changes import Change, EntityKind, concerns
from workbench.storage.errors import WorkspaceWriteError
from workbench.storage.workspace import Workspace

if TYPE_CHECKING:
    from workbench.analysis.accounts import SiteAccount

# What a site's energy account is read from: a change to any of these throws the cached accounts away.
ACCOUNT_KINDS = frozenset(
    {
        EntityKind.BILL,
        EntityKind.DELIVERY,
        EntityKind.SUPPLY,
        EntityKind.SITE,
        EntityKind.FACTOR_OVERRIDE,
        EntityKind.PROGRAMME,
    }
)


class WorkspaceSession(QObject):
    """Turns the workspace's change records into a Qt signal and keeps what is costly to recompute."""

    changed = Signal(object)  # Sequence[Change], once per commit
    write_failed = Signal(str)  # why the file could not take a change, in the interface's language

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self._accounts: dict[int, SiteAccount] = {}
        self._all_loaded = False
        workspace.add_listener(self._on_changes)

    @property
    def read_only(self) -> bool:
        """Opened from a file or medium that cannot be written: the window shows it, edits are disabled."""
        return self.workspace.read_only

    @property
    def name(self) -> str:
        return self.workspace.programme().name

    def close(self) -> None:
        self.release()
        self.workspace.close()

    def release(self) -> None:
        """Stop following the workspace and forget the undo history, leaving the file open for its owner
        (the CLI and the benchmarks borrow a session over a workspace they close themselves)."""
        self.undo_stack.clear()
        if self._on_changes in self.workspace.listeners:
            self.workspace.remove_listener(self._on_changes)

    def _on_changes(self, changes: Sequence[Change]) -> None:
        if concerns(changes, ACCOUNT_KINDS):
            sites = self._sites_touched(changes)
            if sites is None:  # the programme's factors, or a row whose site is gone: every account again
                self._accounts.clear()
            else:  # a bill edited: that site's account only (a 1,000-site programme re-read them all)
                for site_id in sites:
                    self._accounts.pop(site_id, None)
            self._all_loaded = False
        self.changed.emit(list(changes))

    def _sites_touched(self, changes: Sequence[Change]) -> set[int] | None:
        """The sites whose account ``changes`` may move; None when they may move any."""
        sites: set[int] = set()
        for change in changes:
            if change.entity not in ACCOUNT_KINDS:
                continue
            if change.entity is EntityKind.FACTOR_OVERRIDE:
                # a site's own override names its scope: "site:co2.electricity" (the change's id is the site's)
                if not change.fields or not all(f.startswith(f"{FactorScope.SITE.value}:") for f in change.fields):
                    return None
                sites.add(change.id)
                continue
            if {"supply_id", "site_id"} & set(change.fields):  # moved from one site to another: both move
                return None
            site_id = self.workspace.site_of(change.entity, change.id)
            if site_id is None:
                return None
            sites.add(site_id)
        return sites

    def report_write_failure(self, error: WorkspaceWriteError) -> None:
        """An undo command the file refused (see LabelledCommand): whoever shows the workspace says so."""
        self.write_failed.emit(error.render(qt_translate))

    # --- accounts --------------------------------------------------------------------------------

    def accounts(self, site_ids: Iterable[int] | None = None) -> dict[int, SiteAccount]:
        """Every site's account (``site_ids`` None), or those of ``site_ids``; only the missing are read."""
        # The analysis is imported when first needed, after the window has been shown.
        from workbench.analysis.programme import load_accounts

        if site_ids is None:
            if not self._all_loaded:
                if not self._accounts:
                    self._accounts = load_accounts(self.workspace)
                elif missing := self.missing_accounts():
                    self._accounts.update(load_accounts(self.workspace, set(missing)))
                self._all_loaded = True
            return self._accounts
        wanted = list(site_ids)
        unread = set(wanted) - self._accounts.keys()
        if unread:
            self._accounts.update(load_accounts(self.workspace, unread))
        return {i: self._accounts[i] for i in wanted}

    def missing_accounts(self) -> list[int]:
        """The sites whose account is not read yet, in the tree's order."""
        if self._all_loaded:
            return []
        return [i for i in self.workspace.site_ids() if i not in self._accounts]

    def account(self, site_id: int) -> SiteAccount:
        return self.accounts([site_id])[site_id]

    # --- edits ---------------------------------------------------------------------------------

    def edit(self, cls: type, ident: int, **values: Any) -> None:
        """Validate an edit with the domain, then push it as one undo command.

        Raises the domain's ValidationError before anything is pushed, so a
        refused value never reaches the stack or the file.
        """
        from workbench.ui.commands.edits import EditFields

        current = self.get(cls, ident)
        validate(dataclasses.replace(current, **values))
        old = {name: getattr(current, name) for name in values}
        if old == values:
            return
        self.undo_stack.push(EditFields(self, cls, ident, old, dict(values)))

    def get(self, cls: type, ident: int) -> Any:
        return self.workspace.get(cls, ident)

    def programme(self) -> model.Programme:
        return self.workspace.programme()
