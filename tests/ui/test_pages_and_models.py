"""Every table model passes qtmodeltester; pages react to clicks, edits and workspace changes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QInputDialog

from workbench import __version__
from workbench.analysis.programme import summarise_site
from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.i18n import language as language_module
from workbench.storage.workspace import Workspace
from workbench.ui.charts.monthly import month_centre
from workbench.ui.dialogs.about import about_text


def computed(qtbot, page):
    """The page's comparison, once every site is computed (a few per turn of the event loop)."""
    qtbot.waitUntil(lambda: page.comparison.table is not None and not page.comparison.busy, timeout=5000)
    return page.comparison


def test_table_models_pass_qtmodeltester(window, qtbot, qtmodeltester):
    programme = window.pages["ProgrammePage"]
    qtmodeltester.check(computed(qtbot, programme).model)
    qtmodeltester.check(programme.factors_model)
    for key in (("cluster", 1), ("supply", 1), ("supply", 6), ("equipment", 1), ("measures", 1)):
        window.show_node(key)
        page = window.stack.currentWidget()
        tables = [computed(qtbot, page).model if key[0] == "cluster" else getattr(page, "model", None)]
        if key[0] == "supply":
            tables = [t.model for t in (page.bills, page.deliveries) if t is not None]
        if key[0] == "equipment":
            tables = [page.table.model]
        for table in tables:
            qtmodeltester.check(table)
        assert any(t.rowCount() > 0 for t in tables), key


def test_bulk_fuel_supply_lists_its_deliveries(window):
    propane = next(s for s in window.session.workspace.supplies(3) if s.carrier.value == "propane")
    window.show_node(("supply", propane.id))
    page = window.pages["BillsPanel"]
    assert page.bills.model.rowCount() == 0
    deliveries = page.deliveries.model
    assert deliveries.rowCount() == len(window.session.workspace.deliveries(propane.id)) > 5
    assert deliveries.index(0, 0).data() == window.languages.formatter.date(
        window.session.workspace.deliveries(propane.id)[0].delivery_date
    )


def test_warning_click_goes_to_the_culprit(window, qtbot):
    window.show_node(("site", 3))  # Céramiques du Littoral: a missing month of electricity
    page = window.pages["SitePage"]
    item = page.warnings.item(0)
    assert "no bill covers 01/03/2019 to 31/03/2019" in item.text()
    page.warnings.itemClicked.emit(item)
    electricity = window.session.workspace.supplies(3)[0]
    assert window.tree.current_key() == ("supply", electricity.id)
    assert window.stack.currentWidget() is window.pages["BillsPanel"]


def test_missing_translation_is_listed_and_fixed_in_the_bilingual_editor(window, qtbot):
    window.show_node(("site", 10))  # Plastiques Bernoussi: observations in French only
    page = window.pages["SitePage"]
    texts = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert "Plastiques Bernoussi — Observations: the English text is missing." in texts
    assert page.observations.marks[Language.EN].isVisibleTo(page)
    english = page.observations.editors[Language.EN]
    english.setFocus()
    english.setPlainText("The presses' heater bands stay on over weekend stops.")
    page.observations.editors[Language.FR].setFocus()  # focus out commits
    site = window.session.get(model.Site, 10)
    assert site.observations.en == "The presses' heater bands stay on over weekend stops."
    page.refresh_now()
    texts = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert not any("text is missing" in t for t in texts)
    window.undo_action.trigger()
    assert window.session.get(model.Site, 10).observations.en == ""


def test_chart_tooltips_show_each_carrier(window):
    window.show_node(("site", 1))
    chart = window.pages["SitePage"].energy_chart
    text = chart.tooltip_for(month_centre(dt.date(2019, 1, 1)))
    assert text.splitlines()[0] == "01/2019"
    assert any(line.startswith("Electricity: ") and line.endswith("kWh") for line in text.splitlines())
    assert chart.tooltip_for(0.0) is None


def test_open_demo_writes_it_once(qtbot, settings, tmp_path):
    from workbench.app import build_window

    win = build_window(settings, "en", data_dir=tmp_path / "data", synchronous=True)
    qtbot.addWidget(win)
    assert win.open_demo()
    assert (tmp_path / "data" / "demo.eaw").exists()
    assert win.session.workspace.count(model.Site) == 10
    win.close()


def test_cancelling_the_demo_leaves_nothing_and_the_next_open_writes_it_whole(qtbot, settings, tmp_path, monkeypatch):
    from workbench.app import build_window
    from workbench.ui import main_window
    from workbench.ui.workers import OperationCancelledError

    win = build_window(settings, "en", data_dir=tmp_path / "data", synchronous=True)
    qtbot.addWidget(win)
    asked = []

    def cancelled_at_the_third_site(parent, label, fn, synchronous=False, cancellable=False):
        asked.append(cancellable)

        def progress(done, total):
            if done == 3:  # as the worker's progress does once Cancel is pressed
                raise OperationCancelledError()

        return fn(progress)

    monkeypatch.setattr(main_window, "run_with_progress", cancelled_at_the_third_site)
    assert not win.open_demo()
    assert asked == [True]  # the dialog offered Cancel
    assert list((tmp_path / "data").iterdir()) == []  # no demo, no half-written file, no journal
    assert win.statusBar().currentMessage() == "The demo programme was not written."
    monkeypatch.undo()
    assert win.open_demo()
    assert win.session.workspace.count(model.Site) == 10
    assert sorted(p.name for p in (tmp_path / "data").iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "demo.eaw"
    ]
    win.close()


def test_new_workspace_and_save_a_copy(window, tmp_path, monkeypatch):
    target = tmp_path / "nouveau.eaw"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Quick scans 2026", True))
    window.new_action.trigger()
    assert window.windowTitle().startswith("Quick scans 2026")
    copy = tmp_path / "copie.eaw"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.save_copy_action.trigger()
    window.close_workspace()
    with Workspace.open(copy) as ws:
        assert ws.programme().name == "Quick scans 2026"


def test_a_workspace_or_copy_that_cannot_be_written_is_refused_with_a_dialog(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    nowhere = tmp_path / "no such folder"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(nowhere / "new.eaw"), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Quick scans 2026", True))
    session = window.session
    window.new_action.trigger()
    assert shown[-1][0] == "Cannot create the workspace" and "could not be written" in shown[-1][1]
    assert window.session is session and not (nowhere / "new.eaw").exists()
    window.save_copy_action.trigger()
    assert shown[-1][0] == "Save a copy" and str(nowhere / "new.eaw") in shown[-1][1]
    assert len(shown) == 2 and list(tmp_path.glob("**/*new*")) == []


def test_about_names_version_and_licences(qapp):
    import re
    import tomllib
    from pathlib import Path

    text = about_text()
    assert __version__ in text and "pyqtgraph" in text and "LGPL" in text
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = {re.match(r"[A-Za-z0-9_.-]+", d).group(0) for d in pyproject["project"]["dependencies"]}
    for name in shipped:
        assert f"{name} " in text, f"About does not name {name} and its licence"


def test_first_start_follows_the_system_language(monkeypatch, qapp):
    monkeypatch.setattr(language_module.QLocale, "system", staticmethod(lambda: QLocale("fr_BE")))
    assert language_module.system_language() is Language.FR
    monkeypatch.setattr(language_module.QLocale, "system", staticmethod(lambda: QLocale("nl_BE")))
    assert language_module.system_language() is Language.EN


def test_long_operations_run_in_a_worker_thread(qapp):
    from PySide6.QtCore import QThread

    from workbench.ui.workers import run_with_progress

    seen = []

    def work(progress):
        seen.append(QThread.currentThread() == qapp.thread())
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    assert run_with_progress(None, "working", work) == "done"
    assert seen == [False]  # not on the GUI thread

    def fail(progress):
        raise ValueError("bad file")

    with pytest.raises(ValueError, match="bad file"):
        run_with_progress(None, "working", fail)


def test_open_demo_in_the_background(qtbot, settings, tmp_path):
    from workbench.app import build_window

    win = build_window(settings, "en", data_dir=tmp_path / "data", synchronous=False)
    qtbot.addWidget(win)
    assert win.open_demo()  # written, then opened, off the GUI thread
    assert win.session.workspace.count(model.Site) == 10
    win.close()


def test_the_shipped_factor_sets_have_translated_names(window):
    from workbench.resources import factor_sets
    from workbench.ui.views.summary_pages import FACTOR_SET_NAMES

    assert {s.name for s in factor_sets().values()} <= set(FACTOR_SET_NAMES)
    window.set_language(Language.FR)
    window.show_node(("programme", 1))
    combo = window.pages["ProgrammePage"].form.findChild(QComboBox, "factor_set")
    assert [combo.itemText(i) for i in range(combo.count())] == ["BE — Belgique", "MA — Maroc"]
    assert combo.currentText() == "MA — Maroc"


def test_every_page_fits_a_laptop_screen(window):
    """A 1366 × 768 screen leaves about 700 pixels for the window: no page may ask for more (tall forms scroll)."""
    workspace = window.session.workspace
    supply = workspace.supplies(2)[0].id
    for key in [("programme", 1), ("cluster", 1), ("site", 2), ("balance", 2), ("equipment", 2), ("measures", 2)]:
        window.show_node(key)
    window.show_node(("supply", supply))
    QApplication.processEvents()
    assert window.minimumSizeHint().height() <= 640
    assert window.minimumSizeHint().width() <= 1000


def test_table_filters_say_what_they_are_in_the_interface_language(window):
    window.show_node(("equipment", 2))
    table = window.pages["EquipmentPage"].table
    assert table.filter.placeholderText() == "Filter…"
    window.set_language(Language.FR)
    assert table.filter.placeholderText() == "Filtrer…"


def test_the_programme_page_shows_every_site_on_a_laptop_screen(window, qtbot):
    """The page scrolls as one; its comparison is as tall as its rows (up to twelve)."""
    window.resize(1280, 690)
    window.show_node(("programme", 1))
    view = computed(qtbot, window.pages["ProgrammePage"]).view
    QApplication.processEvents()
    assert view.model().rowCount() == 10 + 2
    assert view.verticalScrollBar().maximum() == 0  # no row hidden inside the table


def test_an_empty_bilingual_editor_marks_nothing_missing(qapp):
    from workbench.domain.model import BilingualText
    from workbench.ui.widgets.bilingual_editor import BilingualEditor

    editor = BilingualEditor()
    assert not any(mark.isVisibleTo(editor) for mark in editor.marks.values())
    editor.set_text(BilingualText("Isoler la voûte", ""))
    assert editor.marks[Language.EN].isVisibleTo(editor) and not editor.marks[Language.FR].isVisibleTo(editor)
    editor.set_text(BilingualText())
    assert not any(mark.isVisibleTo(editor) for mark in editor.marks.values())


def test_a_cluster_page_reads_only_its_own_sites_accounts(window, qtbot, monkeypatch):
    from workbench.analysis import programme

    calls = []
    real = programme.load_accounts
    monkeypatch.setattr(programme, "load_accounts", lambda ws, ids=None: calls.append(ids) or real(ws, ids))
    window.show_node(("cluster", 2))
    window.session.edit(model.Site, 7, city="Mohammedia")  # the accounts are read again after it
    QApplication.processEvents()
    cluster_sites = {s.id for s in window.session.workspace.sites(2)}
    assert calls and all(ids <= cluster_sites for ids in calls)  # its own sites, never the programme's
    assert calls[-1] == {7}  # after the edit, the edited site's account alone is read again
    read = len(calls)
    assert computed(qtbot, window.pages["ClusterPage"]).model.rowCount() == len(cluster_sites) + 2 == 5 + 2
    window.show_node(("site", min(cluster_sites)))
    assert len(calls) == read  # already read


def test_the_programme_page_reads_the_sites_accounts_a_few_per_turn(window, qtbot, monkeypatch):
    """A large programme's accounts take half a second: the page reads them a few at a time, says how far it
    is, and fills its table once all are read."""
    from workbench.analysis import programme
    from workbench.ui.views import summary_pages

    monkeypatch.setattr(summary_pages, "ACCOUNTS_PER_TURN", 3)
    calls = []
    real = programme.load_accounts
    monkeypatch.setattr(programme, "load_accounts", lambda ws, ids=None: calls.append(ids) or real(ws, ids))
    page = window.pages["ProgrammePage"]
    titles = []
    set_title = page.comparison_box.setTitle
    monkeypatch.setattr(page.comparison_box, "setTitle", lambda text: titles.append(text) or set_title(text))
    window.session.edit(model.Site, 4, city="Mohammedia")  # every account is read again
    qtbot.waitUntil(lambda: bool(titles) and titles[-1] == "Sites compared", timeout=3000)
    assert titles[:3] == [f"Sites compared: reading the bills of {n} of 10…" for n in (3, 6, 9)]
    assert [len(ids) for ids in calls] == [3, 3, 3, 1]
    comparison = computed(qtbot, page)
    assert {row.site.id for row in comparison.table.rows} == set(window.session.workspace.site_ids())
    # the figures are those of the accounts read a few at a time: the same as read all at once
    once = {i: summarise_site(a).totals.kwh for i, a in real(window.session.workspace).items()}
    assert {i: summarise_site(a).totals.kwh for i, a in window.session.accounts().items()} == once


def test_the_factor_table_shows_names_units_and_statuses_in_the_interface_language(window):
    from workbench.domain.factors import avoided_emission_key
    from workbench.domain.units import Carrier
    from workbench.ui.models.tables import ROW_ROLE

    window.set_language(Language.FR)
    window.show_node(("programme", 1))
    page = window.pages["ProgrammePage"]
    view, model_ = page.factors_view, page.factors_model
    headers = [model_.headerData(i, Qt.Orientation.Horizontal) for i in range(model_.columnCount())]
    assert headers == ["Facteur", "Valeur", "Unité", "Statut", "Année", "Source", "Clé"]

    def row(key: str) -> int:  # sorted by name: the rows move when the language changes
        return next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data(ROW_ROLE).key == key)

    def cells(key: str) -> list[str]:
        return [view.model().index(row(key), c).data() for c in range(model_.columnCount())]

    name, value, unit, status, year, source, key = cells(avoided_emission_key(Carrier.ELECTRICITY))
    assert name == "CO2 évité par kWh d'électricité économisé (marge combinée du réseau)"
    assert (value, unit, status, year) == ("0,547", "kg CO2/kWh", "vérifié", "2021")
    assert source.startswith("Groupe de travail technique des IFI") and key == "co2_avoided.electricity"
    assert cells("toe.kwh_per_toe")[2:4] == ["kWh/tep", "partiellement vérifié"]
    assert cells("density.gas_oil")[0:4:3] == ["Masse volumique du gasoil", "à confirmer"]
    statuses = {view.model().index(r, 3).data() for r in range(view.model().rowCount())}
    assert statuses <= {"vérifié", "partiellement vérifié", "à confirmer", "fixé par l'auditeur"}
    # a long source is cut to its column and read whole in the tooltip
    assert view.model().index(row("toe.kwh_per_toe"), 5).data(Qt.ItemDataRole.ToolTipRole).startswith("Définition")
    window.set_language(Language.EN)
    assert cells("density.gas_oil")[0:4:3] == ["Density of gas oil (diesel)", "to confirm"]


@pytest.mark.parametrize(
    ("key", "page_name", "table"),
    [(("programme", 1), "ProgrammePage", "factors"), (("measures", 2), "MeasuresPage", "")],
)
def test_sorted_tables_are_fitted_as_wide_as_qt_fits_them(window, key, page_name, table):
    """The columns are measured on their longest texts (the factors table took ~0.1 s to fit cell by cell)."""
    window.show_node(key)
    page = window.pages[page_name]
    view = page.factors_view if table == "factors" else page.view
    fitted = [view.columnWidth(c) for c in range(view.model().columnCount())]
    view.resizeColumnsToContents()
    if table == "factors":  # long texts are narrowed after the fit, as on a refresh
        page._narrow_factor_texts()
    else:
        from workbench.ui.views.measures_page import narrow_long_texts

        narrow_long_texts(view, page.model.columns)
    assert fitted == [view.columnWidth(c) for c in range(view.model().columnCount())]
