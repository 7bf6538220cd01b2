"""Seeded fuzz: a few hundred damaged copies of the demo. Each is refused with the damaged-file (or
not-a-workspace) message, or opens and reads whole; never a traceback, and never a byte changed."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from workbench.analysis.programme import load_accounts
from workbench.storage.errors import CorruptWorkspaceError, NewerWorkspaceError, NotAWorkspaceError
from workbench.storage.workspace import Workspace

from .damage import damaged_copy

COPIES = 240
EXPECTED = (CorruptWorkspaceError, NotAWorkspaceError, NewerWorkspaceError)  # (a flipped version byte)


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_damaged_copies_are_refused_clearly_and_left_untouched(demo_path, tmp_path):
    rng = random.Random(20261201)
    outcomes: dict[str, int] = {}
    for i in range(COPIES):
        folder = tmp_path / f"{i:03d}"
        folder.mkdir()
        path = folder / "copy.eaw"
        damage = damaged_copy(demo_path, path, rng)
        before = snapshot(folder)
        try:
            with Workspace.open(path) as ws:
                ws.outline()
                load_accounts(ws)
            outcome = "opened"
        except EXPECTED as refused:
            text = refused.render()
            assert str(path) in text, (damage, text)
            if isinstance(refused, CorruptWorkspaceError):
                assert "is damaged" in text and "No backup copy was found beside it" in text, (damage, text)
            outcome = type(refused).__name__
        # Anything else — a traceback — fails the test with the damage that caused it.
        assert snapshot(folder) == before, damage
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert outcomes.get("CorruptWorkspaceError", 0) > COPIES // 2, outcomes
