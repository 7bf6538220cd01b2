"""The window at the file layer's edges: a held workspace refused at once, an import the disk cannot merge said,
a journal that cannot be merged at close said, refused rows saved without formulas."""

from __future__ import annotations

import csv
import shutil
import time
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from workbench.domain import model
from workbench.storage.errors import NotMergedError
from workbench.storage.workspace import Workspace
from workbench.ui.dialogs.import_dialog import ImportDialog

ROOT = Path(__file__).resolve().parents[2]
LEDGER = ROOT / "tests" / "data" / "ma-invoices" / "electricite-mt-2018-2019.csv"


def test_the_window_refuses_a_held_workspace_within_a_second_and_keeps_the_open_one(window, held, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    before = window.session.workspace.path
    started = time.perf_counter()
    assert not window.open_workspace(held)
    assert time.perf_counter() - started < 1.0
    assert len(shown) == 1 and "is open in another window or program" in shown[0]
    assert window.session.workspace.path == before  # the refusal left the current workspace open


def test_a_damaged_entity_is_refused_by_the_window_after_the_tree_and_leaves_it_as_it_was(
    window, demo_path, tmp_path, monkeypatch
):
    import sqlite3
    from contextlib import closing

    path = tmp_path / "bad.eaw"
    shutil.copy(demo_path, path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE bill SET period_end = '2019-13-01' WHERE id = 3")
        conn.commit()
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert not window.open_workspace(path)
    assert "is damaged" in shown[0] and "bill, row 3" in shown[0]
    assert window.session is None and window.tree is None  # the old one was closed to draw the new tree
    assert path.read_bytes() == before


def test_an_import_the_disk_cannot_merge_says_so(window, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    ws = window.session.workspace
    monkeypatch.setattr(
        Workspace, "merge", lambda self: (_ for _ in ()).throw(NotMergedError(self.path, "database or disk is full"))
    )
    site_id = ws.insert(model.Site(cluster_id=1, name="Nouvelle usine", currency="MAD")).id
    dialog = ImportDialog(window.session, window.languages, site_id, model.Carrier.ELECTRICITY, LEDGER, window)
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(warnings) == 1 and f"{ws.path}-wal" in warnings[0]
    assert len(ws.bills(ws.supplies(site_id)[0].id)) == 21  # stored in the journal, and said to be only there


def test_a_journal_that_cannot_be_merged_at_close_is_said(window, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    path = window.session.workspace.path

    def full(self, conn):
        raise NotMergedError(self.path, "database or disk is full")

    monkeypatch.setattr(Workspace, "_merge", full)
    window.close_workspace()
    assert len(warnings) == 1 and "could not be written into" in warnings[0] and str(path) in warnings[0]
    assert window.session is None


def test_refused_rows_are_saved_without_formulas(window, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    lines = LEDGER.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace("15164", "=HYPERLINK(1)")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    site_id = window.session.workspace.insert(model.Site(cluster_id=1, name="Usine", currency="MAD")).id
    dialog = ImportDialog(window.session, window.languages, site_id, model.Carrier.ELECTRICITY, bad, window)
    qtbot.addWidget(dialog)
    target = tmp_path / "refused.csv"
    dialog.save_refused(target)
    with target.open(encoding="utf-8") as f:
        row = list(csv.reader(f))[1]
    assert row[2] == "'=HYPERLINK(1)"
