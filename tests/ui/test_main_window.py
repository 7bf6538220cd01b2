"""The main window driven through its real widgets: edit, undo, redo, reopen; structure edits; language; theme."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QMessageBox

from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.storage.schema import SCHEMA_VERSION
from workbench.storage.workspace import Workspace


def site_page(window, site_id=4):
    window.show_node(("site", site_id))
    return window.pages["SitePage"]


def type_into(qtbot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_title_tree_and_programme_page(window, qtbot):
    assert window.windowTitle() == "Quick scans Casablanca 2019 — Energy Audit Workbench"
    assert window.tree.current_key() == ("programme", 1)
    page = window.pages["ProgrammePage"]
    qtbot.waitUntil(lambda: page.comparison.table is not None and not page.comparison.busy, timeout=5000)
    assert page.comparison.model.rowCount() == 10 + 2  # the sites, their median and their total
    assert page.factors_model.rowCount() > 30


def test_edit_undo_redo_and_reopen(window, qtbot, demo_file):
    page = site_page(window)
    city = page.form.findChild(QLineEdit, "city")
    type_into(qtbot, city, "Mohammedia")
    workspace = window.session.workspace
    assert workspace.get(model.Site, 4).city == "Mohammedia"
    assert window.undo_action.text() == "Undo Edit City"
    window.undo_action.trigger()
    assert workspace.get(model.Site, 4).city == "Casablanca"
    assert city.text() == "Casablanca"
    window.redo_action.trigger()
    assert workspace.get(model.Site, 4).city == "Mohammedia"
    window.close_workspace()
    with Workspace.open(demo_file) as reopened:
        assert reopened.get(model.Site, 4).city == "Mohammedia"


def test_close_then_open_again_and_open_another_file(window, demo_file, tmp_path):
    """The tree's place survives closing: each open puts the tree beside the pages, whatever came before."""
    from PySide6.QtWidgets import QApplication

    other = tmp_path / "other.eaw"
    shutil.copy(demo_file, other)

    def shows_tree_and_pages() -> bool:
        QApplication.processEvents()  # a placeholder nobody keeps would be gone by now
        parts = [window.splitter.widget(i) for i in range(window.splitter.count())]
        return parts == [window.tree, window.stack] and window.stack.isVisibleTo(window)

    assert shows_tree_and_pages()
    window.close_workspace()
    QApplication.processEvents()
    assert [window.splitter.widget(i) for i in range(window.splitter.count())] == [
        window.tree_placeholder,
        window.stack,
    ]
    for path in (demo_file, other, demo_file):  # again, then another file over an open one, then back
        assert window.open_workspace(path)
        assert shows_tree_and_pages()
        assert site_page(window).key == ("site", 4)
        assert window.stack.currentWidget() is window.pages["SitePage"]


def test_opening_the_file_already_open_keeps_it(window, demo_file, monkeypatch):
    """Open recent or Open demo on the file this window holds: nothing to refuse, nothing to reload."""
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    session = window.session
    assert window.open_workspace(demo_file)
    assert window.open_workspace(demo_file.parent / ".." / demo_file.parent.name / demo_file.name)
    assert shown == [] and window.session is session


def test_what_is_being_typed_is_saved_when_the_workspace_closes(window, qtbot, demo_file, qtlog):
    window.activateWindow()
    qtbot.waitActive(window)
    page = site_page(window)
    city = page.form.findChild(QLineEdit, "city")
    city.setFocus()
    city.selectAll()
    qtbot.keyClicks(city, "Rabat")  # no Return: the field still has the focus
    window.close_workspace()
    assert window.stack.currentWidget() is window.empty
    assert not [r.message for r in qtlog.records if "not contained" in r.message]
    with Workspace.open(demo_file) as reopened:
        assert reopened.get(model.Site, 4).city == "Rabat"


def test_a_change_the_disk_refuses_is_not_kept_as_an_undo_step(window, qtbot, monkeypatch):
    """A full disk: the dialog says so, the page shows what the file holds, and Undo offers no step the file
    never took."""
    from workbench.storage.errors import WorkspaceWriteError
    from workbench.ui.commands import structure

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    session, workspace = window.session, window.session.workspace
    stack = session.undo_stack

    # a real full disk, on an insert
    clusters = [c.name for c in workspace.clusters()]
    pages = workspace.conn.execute("PRAGMA page_count").fetchone()[0]
    workspace.conn.execute(f"PRAGMA max_page_count = {pages}")
    for i in range(30):
        structure.add_cluster(session, f"Cluster {i} " + "x" * 4000)
    qtbot.waitUntil(lambda: len(shown) >= 1, timeout=2000)
    assert shown[0][0] == "Not saved" and "could not be saved" in shown[0][1] and "full" in shown[0][1]
    assert [c.name for c in workspace.clusters()] == clusters
    assert stack.count() == 0 and not window.undo_action.isEnabled()
    workspace.conn.execute(f"PRAGMA max_page_count = {pages * 100}")

    # a field: the form goes back to the stored value
    page = site_page(window)
    city = page.form.findChild(QLineEdit, "city")
    type_into(qtbot, city, "Mohammedia")
    assert stack.count() == 1
    shown.clear()
    real_update = workspace.update

    def refuse(*_args, **_kwargs):
        raise WorkspaceWriteError(workspace.path, "disk I/O error")

    monkeypatch.setattr(workspace, "update", refuse)
    type_into(qtbot, city, "Rabat")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=2000)
    assert "disk I/O error" in shown[0][1]
    assert stack.count() == 1 and city.text() == "Mohammedia"  # not merged into the earlier step either

    # an undo the disk refuses: the step goes, the file keeps its state
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=2000)
    assert stack.count() == 0 and real_update.__self__.get(model.Site, 4).city == "Mohammedia"


def test_numbers_are_parsed_in_the_ui_language_and_bad_input_is_refused(window, qtbot):
    page = site_page(window)
    area = page.form.findChild(QLineEdit, "floor_area_m2")
    window.set_language(Language.FR)
    type_into(qtbot, area, "7 250,5")
    assert window.session.get(model.Site, 4).floor_area_m2 == 7250.5
    depth = window.session.undo_stack.count()
    type_into(qtbot, area, "beaucoup")
    assert window.session.get(model.Site, 4).floor_area_m2 == 7250.5
    assert window.session.undo_stack.count() == depth
    assert page.form.error_label.isVisible()
    assert "«\u202fbeaucoup\u202f» n'est pas un nombre" in page.form.error_label.text()
    type_into(qtbot, area, "-3")
    assert "ne peut pas être négatif" in page.form.error_label.text()
    assert window.session.get(model.Site, 4).floor_area_m2 == 7250.5


def test_quick_edits_of_one_field_merge_into_one_undo_step(window, qtbot):
    page = site_page(window)
    contact = page.form.findChild(QLineEdit, "contact")
    before = window.session.undo_stack.count()
    for text in ("M. A", "M. Al", "M. Alaoui"):
        type_into(qtbot, contact, text)
    assert window.session.undo_stack.count() == before + 1
    window.undo_action.trigger()
    assert window.session.get(model.Site, 4).contact == "Responsable maintenance"


def test_add_move_delete_site_with_undo(window, qtbot, monkeypatch):
    tree = window.tree
    workspace = window.session.workspace
    tree.select(("cluster", 2))
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Nouvelle usine", True))
    tree.add_site_action.trigger()
    new = [s for s in workspace.sites() if s.name == "Nouvelle usine"]
    assert len(new) == 1 and new[0].cluster_id == 2
    assert tree.current_key() == ("site", new[0].id)

    tree.move_current_site(1)
    assert workspace.get(model.Site, new[0].id).cluster_id == 1
    assert window.undo_action.text() == "Undo Move Nouvelle usine to Cluster EEMC — matériaux de construction"
    window.undo_action.trigger()
    assert workspace.get(model.Site, new[0].id).cluster_id == 2

    tree.select(("site", 3))
    bills = workspace.count(model.Bill)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(tree.view, Qt.Key.Key_Delete)
    assert all(s.id != 3 for s in workspace.sites())
    assert workspace.count(model.Bill) < bills
    window.undo_action.trigger()
    assert workspace.get(model.Site, 3).name == "Céramiques du Littoral"
    assert workspace.count(model.Bill) == bills


def test_f2_renames_in_place_and_a_refusal_is_shown(window, qtbot, monkeypatch):
    """The tree drawn at start gives way to the editable one: F2 opens an editor, Return renames through undo."""
    tree = window.tree
    tree.select(("site", 2))
    qtbot.keyClick(tree.view, Qt.Key.Key_F2)
    editor = tree.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_into(qtbot, editor, "Usine Nord")  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: window.session.workspace.get(model.Site, 2).name == "Usine Nord", timeout=2000)
    assert tree.current_key() == ("site", 2)
    window.undo_action.trigger()
    assert window.session.workspace.get(model.Site, 2).name != "Usine Nord"

    from workbench.domain.messages import DomainError, message
    from workbench.ui.commands import structure

    def refuse(*_args):
        raise DomainError(message("Test", "That name is taken."))

    shown = []
    monkeypatch.setattr(structure, "rename", refuse)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    qtbot.keyClick(tree.view, Qt.Key.Key_F2)
    type_into(qtbot, tree.view.focusWidget(), "Autre nom")
    qtbot.waitUntil(lambda: shown == ["That name is taken."], timeout=2000)


def test_menu_shortcuts_are_the_platforms(window):
    assert "Ctrl+Z" in [k.toString() for k in window.undo_action.shortcuts()]
    assert "Ctrl+O" in [k.toString() for k in window.open_action.shortcuts()]
    assert [k.toString() for k in window.export_report_action.shortcuts()] == ["Ctrl+Shift+E"]
    assert [k.toString() for k in window.tree.rename_action.shortcuts()] == ["F2"]


def test_the_edit_menu_holds_the_trees_actions_while_a_workspace_is_open(window, monkeypatch):
    def texts() -> list[str]:
        return [a.text() for a in window.edit_menu.actions() if not a.isSeparator()]

    clipboard = ["Cu&t\tCtrl+X", "&Copy\tCtrl+C", "&Paste\tCtrl+V", "Select &all\tCtrl+A"]
    assert texts()[2:6] == clipboard
    assert texts()[6:] == ["Find a site…", "Add cluster…", "Add site…", "Rename", "Delete…"]
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Cluster Agro", True))
    next(a for a in window.edit_menu.actions() if a.text() == "Add cluster…").trigger()
    assert window.session.workspace.clusters()[-1].name == "Cluster Agro"
    window.close_workspace()
    assert texts() == [window.undo_action.text(), window.redo_action.text(), *clipboard]
    assert len(window.edit_menu.actions()) == 7  # and the separator between undo/redo and the clipboard


def test_ctrl_f_goes_to_the_filter_box_and_esc_comes_back(window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    site_page(window).form.findChild(QLineEdit, "city").setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tree.filter.hasFocus()
    qtbot.keyClicks(window.tree.filter, "soltherm")
    assert window.tree.proxy.rowCount(window.tree.proxy.index(0, 0)) == 1
    qtbot.keyClick(window.tree.filter, Qt.Key.Key_Escape)  # clears the filter
    assert window.tree.filter.text() == "" and window.tree.filter.hasFocus()
    assert window.tree.proxy.rowCount(window.tree.proxy.index(0, 0)) == 2
    qtbot.keyClick(window.tree.filter, Qt.Key.Key_Escape)  # back to the tree
    assert window.tree.view.hasFocus()


def test_filter_finds_sites(window, qtbot):
    tree = window.tree
    qtbot.keyClicks(tree.filter, "soltherm")
    programme = tree.proxy.index(0, 0)
    clusters = [tree.proxy.index(r, 0, programme) for r in range(tree.proxy.rowCount(programme))]
    visible = [tree.proxy.index(r, 0, c).data() for c in clusters for r in range(tree.proxy.rowCount(c))]
    assert visible == ["Soltherm Chauffe-eau"]
    tree.filter.clear()
    assert tree.proxy.rowCount(tree.proxy.index(0, 0)) == 2


def test_language_switch_is_live(window):
    page = site_page(window)
    from workbench.analysis.programme import summarise_site

    kwh = round(summarise_site(window.session.account(4)).totals.kwh)
    english = f"{kwh:,}\u00a0kWh"
    french = english.replace(",", "\u202f")
    assert window.file_menu.title() == "&File"
    assert page.cards["energy"].value.text() == english
    window.language_actions.actions()[0].trigger()  # Français
    assert window.languages.language is Language.FR
    assert window.file_menu.title() == "&Fichier"
    assert page.cards["energy"].caption.text() == "Énergie finale"
    assert page.cards["energy"].value.text() == french
    assert window.windowTitle() == "Quick scans Casablanca 2019 — Atelier d'audit énergétique"
    assert window.settings.language == "fr"
    window.language_actions.actions()[1].trigger()  # English
    assert window.file_menu.title() == "&File"
    assert page.cards["energy"].value.text() == english
    assert window.windowTitle() == "Quick scans Casablanca 2019 — Energy Audit Workbench"


def test_undo_labels_follow_the_language(window, qtbot):
    page = site_page(window)
    type_into(qtbot, page.form.findChild(QLineEdit, "auditor"), "Équipe mixte")
    assert window.undo_action.text() == "Undo Edit Auditor"
    window.set_language(Language.FR)
    assert window.undo_action.text() == "Annuler Modifier Auditeur"


def test_dark_theme(window):
    page = site_page(window)
    window.set_theme("dark")
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert page.energy_chart.backgroundBrush().color().lightness() < 80
    window.set_theme("light")
    assert window.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert window.settings.theme == "light"


def test_charts_follow_a_bill_edit(window):
    page = site_page(window)
    supply = window.session.workspace.supplies(4)[0]
    bill = window.session.workspace.bills(supply.id)[0]
    month = page.energy_chart._months.index(bill.period_start)
    before = page.energy_chart._series[0].values[month]
    window.session.edit(model.Bill, bill.id, quantity=None, quantity_peak=bill.quantity_peak + 10_000)
    page.refresh_now()
    after = page.energy_chart._series[0].values[month]
    assert after == before + 10_000


def test_newer_file_is_refused_with_a_dialog(window, tmp_path, monkeypatch):
    path = tmp_path / "future.eaw"
    Workspace.create(path, model.Programme(name="Future")).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert not window.open_workspace(path)
    assert "newer version" in shown[0]
    assert window.windowTitle().startswith("Quick scans Casablanca 2019")  # the open workspace stays


def test_damage_found_while_reading_the_tree_is_refused_with_a_dialog(window, tmp_path, monkeypatch):
    """A file that passes SQLite's checks but lacks a table: the dialog names the damage, the open workspace stays."""
    path = tmp_path / "damaged.eaw"
    Workspace.create(path, model.Programme(name="Damaged")).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE measure")
        conn.commit()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert not window.open_workspace(path)
    assert "is damaged" in shown[0] and "measure" in shown[0]
    assert window.windowTitle().startswith("Quick scans Casablanca 2019")
    assert window.session.workspace.is_open and window.tree.current_key() == ("programme", 1)
    assert not window.open_workspace(path)  # refused again for its damage, not as a file in use: it was let go
    assert "is damaged" in shown[1]


def test_file_in_use_is_refused_with_a_dialog(window, tmp_path, monkeypatch, demo_file):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    other = window.__class__(window.settings, window.languages, window.theme, synchronous=True)
    assert not other.open_workspace(demo_file)
    assert "is open in another window or program" in shown[0]
    other.close()


def test_open_recent_names_the_files_and_can_be_cleared(window, settings, demo_file, tmp_path):
    other = tmp_path / "R&D site.eaw"
    shutil.copy(demo_file, other)
    assert window.open_workspace(other)
    window.recent_menu.aboutToShow.emit()
    actions = [a for a in window.recent_menu.actions() if not a.isSeparator()]
    assert actions[0].text().startswith("&1 R&&D site.eaw  (") and actions[0].statusTip() == str(other.resolve())
    assert actions[1].text().startswith("&2 demo.eaw  (")
    actions[1].trigger()
    assert window.session.workspace.path == demo_file
    window.recent_menu.aboutToShow.emit()
    clear = window.recent_menu.actions()[-1]
    assert clear.text() == "Clear the list"
    clear.trigger()
    assert settings.recent_files == [] and not window.recent_menu.isEnabled()
    window.open_workspace(other)
    assert window.recent_menu.isEnabled()


def test_recent_files_and_geometry_are_remembered(window, settings, demo_file):
    assert settings.recent_files[0] == str(demo_file.resolve())
    window.close()
    assert settings.bytes_state("geometry") is not None


def test_grab_pages_in_both_languages_and_themes(window, tmp_path):
    shots = []
    for language in (Language.EN, Language.FR):
        window.set_language(language)
        for theme in ("light", "dark"):
            window.set_theme(theme)
            for key in (("programme", 1), ("cluster", 1), ("site", 4), ("supply", 1), ("equipment", 4)):
                window.show_node(key)
                path = tmp_path / f"{key[0]}-{language.value}-{theme}.png"
                assert window.grab().save(str(path))
                shots.append(path)
    assert all(p.stat().st_size > 10_000 for p in shots)


def test_smoke_test_command(demo_file):
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--smoke-test", str(demo_file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "window shown after" in result.stdout
    assert "first site page drawn after" in result.stdout


def test_invoice_file_dropped_on_a_site(window, tmp_path):
    """A file dropped on a site (or one of its nodes) is offered to that site's import; elsewhere it is refused."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    view = window.tree.view
    dropped = []
    window.tree.files_dropped.disconnect()
    window.tree.files_dropped.connect(lambda site, path: dropped.append((site, path)))
    invoice = tmp_path / "ledger.csv"
    invoice.write_text("x", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(invoice))])

    def drop_on(key) -> bool:
        """A drag entering over the node, then the drop (Qt delivers a drop only to where a drag entered)."""
        window.tree.select(key)
        point = view.visualRect(view.currentIndex()).center()
        buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, buttons, modifiers)
        QApplication.sendEvent(view.viewport(), enter)
        if not enter.isAccepted():
            return False
        drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, buttons, modifiers)
        QApplication.sendEvent(view.viewport(), drop)
        return drop.isAccepted()

    assert drop_on(("site", 4))
    assert drop_on(("equipment", 4))
    assert dropped == [(4, invoice), (4, invoice)]
    assert not drop_on(("programme", 1))
    assert len(dropped) == 2


TREE_BEFORE_DOMAIN = """
import sys
from pathlib import Path
import PySide6.QtCore

# PySide builds a module's types on first use (since 6.8); its Qt namespace alone is 93 enums, ~25 ms.
lazy_types = "Qt" not in vars(PySide6.QtCore)

from workbench.app import build_window
from workbench.ui.settings import Settings

window = build_window(Settings.at(Path(sys.argv[2])), "en", data_dir=Path(sys.argv[3]), synchronous=True)
window.show()
loaded_when_drawn = []
heavy = ("workbench.domain.model", "workbench.storage.workspace", "workbench.analysis.accounts")
window.tree_drawn.connect(lambda: loaded_when_drawn.extend(m for m in heavy if m in sys.modules))
if lazy_types:
    window.tree_drawn.connect(lambda: loaded_when_drawn.extend(["Qt"] if "Qt" in vars(PySide6.QtCore) else []))
assert window.open_workspace(Path(sys.argv[1]))
print(loaded_when_drawn, len(window.session.workspace.sites()), flush=True)
"""


WARMED_UP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from workbench.app import build_window
from workbench.ui.settings import Settings

window = build_window(Settings.at(Path(sys.argv[2])), "en", data_dir=Path(sys.argv[3]), synchronous=True)
window.show()
assert window.open_workspace(Path(sys.argv[1]))
QApplication.processEvents()
before = "pyqtgraph" in sys.modules


def report():
    print(before, "pyqtgraph" in sys.modules, "SitePage" in window.pages, window.tree.current_key(), flush=True)
    QApplication.quit()


QTimer.singleShot(1500, report)
QApplication.exec()
"""


WARM_UP_IN_STEPS = """
import sys, threading
from pathlib import Path
from workbench.app import build_window
from workbench.ui.main_window import THREAD_IMPORTS, WARM_UP_IMPORTS
from workbench.ui.settings import Settings

window = build_window(Settings.at(Path(sys.argv[2])), "en", data_dir=Path(sys.argv[3]), synchronous=True)
window.show()
assert window.open_workspace(Path(sys.argv[1]))
before = [m in sys.modules for m in THREAD_IMPORTS]
imported_by = {}
import importlib
real = importlib.import_module
def watch(name, *args, **kwargs):
    if name in THREAD_IMPORTS and name not in sys.modules:
        imported_by[name] = threading.current_thread().name
    return real(name, *args, **kwargs)
importlib.import_module = watch
window._warm_up()  # starts the thread and returns at once
started = window._warm_up_thread.name
window._warm_up_thread.join(60)
seen = []
for _ in WARM_UP_IMPORTS:
    window._warm_up()  # one turn of the event loop's worth
    seen.append(sum(m in sys.modules for m in WARM_UP_IMPORTS))
charts = []
while "SitePage" not in window.pages and len(charts) < 20:
    window._warm_up()  # one chart a turn, then the page with them
    charts.append(len(window._spare_charts))
page = window.pages["SitePage"]
in_page = page.energy_chart.parent() is not None
print(before, started, sorted(set(imported_by.values())), seen, charts, in_page, flush=True)
"""


def fresh_process(script: str, demo_file, tmp_path) -> str:
    """What ``script`` prints when it opens ``demo_file`` in a new interpreter: what a start loads and when."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(demo_file), str(tmp_path / "s.ini"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_site_page_is_loaded_while_the_programme_page_is_read(demo_file, tmp_path):
    """The site page (and the charting library) is built in the idle time after the start, not on the first click."""
    assert fresh_process(WARMED_UP, demo_file, tmp_path).strip() == "False True True ('programme', 1)"


def test_the_tree_is_on_screen_before_the_domain_layer_loads(demo_file, tmp_path):
    """Cold start: the open file's tree is drawn from its SQL outline; entities, analysis and PySide's Qt
    namespace load after it."""
    assert fresh_process(TREE_BEFORE_DOMAIN, demo_file, tmp_path).split() == ["[]", "10"]


def test_the_charting_library_is_imported_off_the_gui_thread_then_the_page_one_module_per_turn(demo_file, tmp_path):
    """pyqtgraph and numpy (~0.5 s) are imported by the warm-up thread while the window answers; the site page's
    own modules then one per turn, and the page is built."""
    from workbench.ui.main_window import THREAD_IMPORTS, WARM_UP_IMPORTS

    steps = list(range(1, len(WARM_UP_IMPORTS) + 1))
    before = [False] * len(THREAD_IMPORTS)
    # six charts built one a turn, then the page that takes them (the list emptied, the charts in the page)
    assert fresh_process(WARM_UP_IN_STEPS, demo_file, tmp_path).strip() == (
        f"{before} warm-up ['warm-up'] {steps} [1, 2, 3, 4, 5, 6, 0] True"
    )


def test_a_workspace_file_dropped_on_the_window_opens_it(window, demo_file, tmp_path):
    """Dropped on the tree or on the empty window, a .eaw file is opened, not offered to a site's import."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    other = tmp_path / "other.eaw"
    shutil.copy(demo_file, other)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    offered = []
    window.tree.files_dropped.connect(lambda site, path: offered.append(path))

    def drop_on(widget, point: QPoint) -> bool:
        buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, buttons, modifiers)
        QApplication.sendEvent(widget, enter)
        if not enter.isAccepted():
            return False
        drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, buttons, modifiers)
        QApplication.sendEvent(widget, drop)
        return drop.isAccepted()

    view = window.tree.view
    window.tree.select(("site", 4))
    assert drop_on(view.viewport(), view.visualRect(view.currentIndex()).center())
    assert offered == [] and window.session.workspace.path == other
    window.close_workspace()
    assert drop_on(window.empty, window.empty.rect().center())
    assert window.session.workspace.path == other

    invoice = tmp_path / "ledger.csv"
    invoice.write_text("x", encoding="utf-8")
    data.setUrls([QUrl.fromLocalFile(str(invoice))])
    window.close_workspace()
    assert not drop_on(window.empty, window.empty.rect().center())  # not a workspace: refused


def test_edit_menu_clipboard_redo_keys_and_status_bar_confirmations(window, qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication, QLineEdit

    from workbench.domain import model

    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()  # on every platform
    texts = [a.text().split("\t")[0] for a in window.edit_menu.actions()]
    assert {"Cu&t", "&Copy", "&Paste", "Select &all"} <= set(texts)
    assert not window.clipboard_actions[QKeySequence.StandardKey.Copy].shortcuts()  # the focused widget's keys
    # the menu's Copy and Select all act on the focused field
    field = QLineEdit("Briqueterie")
    window.statusBar().addWidget(field)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    window.clipboard_actions[QKeySequence.StandardKey.SelectAll].trigger()
    assert field.selectedText() == "Briqueterie"
    window.clipboard_actions[QKeySequence.StandardKey.Copy].trigger()
    assert QApplication.clipboard().text() == "Briqueterie"
    window.statusBar().removeWidget(field)
    # each command done and undone is confirmed in the status bar
    site = window.session.workspace.sites()[0]
    window.session.edit(model.Site, site.id, city="Mohammedia")
    assert window.statusBar().currentMessage().startswith("Done: ")
    window.undo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Undone: ")
    assert window.session.workspace.get(model.Site, site.id).city == site.city


@pytest.mark.parametrize(("synchronous", "in_wal"), [(True, False), (False, False), (False, True)])
def test_a_file_refused_by_the_entity_check_is_left_untouched_by_the_window(
    qtbot, settings, demo_file, tmp_path, synchronous, in_wal
):
    """The window checks every entity in a worker while the tree is shown; a refusal says why, takes the tree
    down, and leaves the file, its -wal and its -shm as they were (nothing held, nothing created)."""
    import hashlib
    import sqlite3
    from contextlib import closing

    from workbench.app import build_window

    folder = tmp_path / "f"
    folder.mkdir()
    path = folder / "damaged.eaw"
    shutil.copy(demo_file, path)
    damage = "UPDATE bill SET period_start = '2019-02-30' WHERE id = (SELECT MIN(id) FROM bill)"
    if in_wal:  # the damage only in the -wal: the read-only look replays it and makes a -shm it must remove
        from tests.storage.test_file_safety import hot_wal

        hot_wal(path, damage)
    else:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute(damage)
            conn.commit()
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    win = build_window(settings, "en", data_dir=tmp_path / "data", synchronous=synchronous)
    qtbot.addWidget(win)
    said = []
    win.refusal_sink = said.append
    assert not win.open_workspace(path)
    assert said and "bill, row" in said[0]
    assert win.session is None and win.tree is None
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()} == before
    assert win.open_workspace(demo_file)  # the window is whole for the next file
    win.close()
