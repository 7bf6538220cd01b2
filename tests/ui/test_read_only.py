"""A workspace on a read-only file or medium, in a real window: the banner says so, every edit is disabled and
says why, nothing reaches the file, and Save a copy gives a copy that opens writable and can be edited."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from workbench.app import build_window
from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.ui.read_only import read_only_reason

EDITING = QAbstractItemView.State.EditingState


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def unwritable(monkeypatch):
    """Every file looks as if it were on a read-only medium (the tests run as root: chmod would not stop a write)."""
    monkeypatch.setattr("workbench.storage.opening.is_writable", lambda path: False)


@pytest.fixture
def failures(monkeypatch) -> list[str]:
    """What the window would have said in a critical box: a write the file refused (the safety net) or a
    refusal to open. Recorded rather than shown, so that a broken lock fails the test instead of hanging it."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot, settings, demo_file, tmp_path, unwritable, failures):
    win = build_window(settings, "en", data_dir=tmp_path / "data", synchronous=True)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    assert win.open_workspace(demo_file)
    assert win.session.read_only
    yield win
    QCoreApplication.processEvents()  # a refused write is reported on a queued call
    assert failures == [], "an edit reached the read-only workspace"
    if win.languages.language is not Language.EN:
        win.languages.switch(Language.EN)
    win.theme.apply("light")
    win.close()


def bills_panel(window):
    supply = window.session.workspace.supplies(4)[0]  # Préfa Béton, electricity
    window.show_node(("supply", supply.id))
    return window.pages["BillsPanel"]


def bill_cell(panel, field: str, row: int = 0):
    """The cell of ``field`` (found by field, whatever the interface's language) in the bills table."""
    table = panel.bills.model
    return table.index(row, [c.field for c in table.columns].index(field))


def type_in_cell(qtbot, panel, index, text: str) -> None:
    """Click the cell, double-click it and type as a user does, then Enter: the real view, never setData."""
    view = panel.bills.view
    qtbot.waitUntil(view.isVisible)  # a table added to a page on screen is shown on the next turn of the loop
    index = panel.bills.proxy.mapFromSource(index)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    target = editors[0] if editors else view
    if editors:
        target.selectAll()
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != EDITING)  # the delegate commits on a queued call


def type_into(qtbot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def assert_locked_button(button) -> None:
    assert not button.isEnabled(), button.text()
    assert button.toolTip() == read_only_reason(), button.text()


def assert_readable_field(editor) -> None:
    """Read-only, not disabled: its text keeps the normal colours and can be selected and copied."""
    assert editor.isEnabled() and editor.isReadOnly(), editor.objectName()
    assert editor.toolTip() == read_only_reason(), editor.objectName()


def assert_locked_combo(qtbot, combo: QComboBox) -> None:
    """Shown in the normal colours; a click opens no list and a key steps to no other choice."""
    assert combo.isEnabled() and combo.toolTip() == read_only_reason(), combo.objectName()
    before = combo.currentIndex()
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    assert not combo.view().isVisible(), combo.objectName()
    combo.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End):
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == before, combo.objectName()


# --- the banner ---------------------------------------------------------------------------------------


def test_the_banner_says_the_file_cannot_be_written_and_what_still_works(window):
    banner = window.read_only_banner
    assert banner is not None and banner.isVisible()
    text = banner.plain_text()
    assert text.startswith("This workspace is open read-only.")
    for part in ("cannot be written", "export reports", "“Save a copy…”", "folder you can write to"):
        assert part in text
    assert banner.text.text().startswith("<b>")  # the heading stands out
    # Across the top of the content, above the tree and the pages.
    assert banner.mapTo(window, QPoint(0, 0)).y() < window.splitter.mapTo(window, QPoint(0, 0)).y()
    assert banner.width() >= window.splitter.width()
    # Its button is the window's own Save a copy, enabled.
    assert banner.save_copy_button.defaultAction() is window.save_copy_action
    assert banner.save_copy_button.isEnabled()


def test_the_banner_follows_the_theme(window):
    banner = window.read_only_banner

    def ground_lightness() -> int:
        image = banner.grab().toImage()
        return image.pixelColor(image.width() // 2, 3).lightness()  # above the text, inside the border

    window.set_theme("light")
    assert ground_lightness() > 200
    window.set_theme("dark")
    assert ground_lightness() < 90
    assert banner.text.palette().color(banner.text.foregroundRole()).lightness() > 150  # pale text on it
    window.set_theme("light")
    assert ground_lightness() > 200


def test_the_banner_and_the_reasons_follow_a_language_switch(window):
    """Every text is set again in the new language, on the banner and on edits built before the switch."""
    english_reason = read_only_reason()
    english_heading = window.read_only_banner.heading
    panel = bills_panel(window)
    window.show_node(("site", 4))
    city = window.pages["SitePage"].form.findChild(QLineEdit, "city")
    window.set_language(Language.FR)
    reason = read_only_reason()
    assert reason != english_reason and reason.startswith("Lecture seule")
    banner = window.read_only_banner
    assert banner.heading == QCoreApplication.translate("ReadOnly", "This workspace is open read-only.")
    assert banner.heading != english_heading
    assert banner.text.text().startswith(f"<b>{banner.heading}</b>")
    for tip in (
        window.import_action.toolTip(),
        window.tree.delete_action.toolTip(),
        window.tree.rename_action.toolTip(),
        panel.add_button.toolTip(),  # a page built before the switch
        city.toolTip(),  # a form's field
        window.pages["SitePage"].observations.editors[Language.FR].toolTip(),  # a text editor
    ):
        assert tip == reason
    assert reason in bill_cell(panel, "quantity_peak").data(Qt.ItemDataRole.ToolTipRole)
    window.set_language(Language.EN)
    assert banner.heading == english_heading and window.import_action.toolTip() == english_reason


# --- the window's and the tree's actions --------------------------------------------------------------


def test_import_is_disabled_and_says_why_while_copy_export_and_close_stay(window):
    assert not window.import_action.isEnabled()
    assert window.import_action.toolTip() == read_only_reason()
    assert window.import_action.statusTip() == read_only_reason()
    assert window.file_menu.toolTipsVisible()  # the reason shows in the menu itself
    for action in (window.save_copy_action, window.export_report_action, window.close_action):
        assert action.isEnabled(), action.text()
        assert action.toolTip() != read_only_reason()
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_the_tree_renames_moves_adds_and_deletes_nothing(window, qtbot, monkeypatch):
    tree = window.tree
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    tree.select(("site", 3))
    for action in (tree.add_cluster_action, tree.add_site_action, tree.rename_action, tree.delete_action):
        assert not action.isEnabled(), action.text()
        assert action.toolTip() == read_only_reason(), action.text()
    assert not tree.move_menu.menuAction().isEnabled()
    # the same actions in the Edit menu, whose tooltips show too
    edit_texts = {a.text(): a for a in window.edit_menu.actions()}
    assert not edit_texts["Delete…"].isEnabled() and window.edit_menu.toolTipsVisible()
    assert tree.find_action.isEnabled()  # finding a site is reading

    flags = tree.model.flags(tree.model.index_for(("site", 3)))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
    assert not tree.model.flags(tree.model.index_for(("cluster", 1))) & Qt.ItemFlag.ItemIsDropEnabled
    name = window.session.get(model.Site, 3).name
    assert not tree.model.setData(tree.model.index_for(("site", 3)), "Autre nom")

    tree.view.setFocus()
    qtbot.keyClick(tree.view, Qt.Key.Key_F2)  # no editor opens
    assert tree.view.state() != EDITING
    tree.rename_action.trigger()
    assert tree.view.state() != EDITING
    qtbot.keyClick(tree.view, Qt.Key.Key_Delete)  # Del past the disabled action: not even asked
    tree.delete_action.trigger()
    assert asked == []
    assert window.session.get(model.Site, 3).name == name
    assert len(window.session.workspace.sites()) == 10


def test_invoices_dropped_on_a_site_are_refused_with_the_reason(window, tmp_path, monkeypatch):
    from workbench.ui.dialogs.import_dialog import ImportDialog

    opened, warned = [], []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append((title, text)))
    invoices = [tmp_path / "ledger.csv", tmp_path / "ledger-2.csv"]
    for path in invoices:
        path.write_text("x", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in invoices])
    view = window.tree.view
    window.tree.select(("site", 4))
    point = view.visualRect(view.currentIndex()).center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), drop)
    assert warned == [("Not possible", read_only_reason())]  # once for the drop, not once per file
    assert opened == []


# --- the pages ----------------------------------------------------------------------------------------


def test_bill_cells_are_shown_but_take_no_typing(window, qtbot):
    panel = bills_panel(window)
    workspace = window.session.workspace
    index = bill_cell(panel, "quantity_peak")
    bill = panel.bills.model.entity(index.row())
    flags = panel.bills.model.flags(index)
    assert flags & Qt.ItemFlag.ItemIsEnabled and flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
    assert read_only_reason() in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data() != ""  # still shown

    view = panel.bills.view
    view.edit(panel.bills.proxy.mapFromSource(index))
    assert view.state() != EDITING
    type_in_cell(qtbot, panel, index, "999")
    view.setCurrentIndex(panel.bills.proxy.mapFromSource(index))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view, "12345")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.state() != EDITING
    assert not panel.bills.model.setData(index, "999")
    assert workspace.get(model.Bill, bill.id) == bill


def test_bill_buttons_and_keys_change_nothing_and_say_why(window, qtbot):
    panel = bills_panel(window)
    offered = []
    panel.confirm_paste = lambda records: offered.append(records) and False  # a broken lock fails, not blocks
    workspace = window.session.workspace
    bills = workspace.count(model.Bill)
    for button in (
        panel.add_button,
        panel.duplicate_button,
        panel.delete_button,
        panel.paste_button,
        panel.import_button,
        panel.attach_button,
    ):
        assert_locked_button(button)
    assert panel.open_button.isEnabled()  # opening the source invoice is reading it
    view = panel.bills.view
    view.setFocus()
    view.setCurrentIndex(panel.bills.proxy.index(0, 0))
    QGuiApplication.clipboard().setText("01/01/2020\t31/01/2020\tF-1\t100")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.message.text() == read_only_reason() and offered == []
    panel.message.clear()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert panel.message.text() == read_only_reason()
    assert workspace.count(model.Bill) == bills
    # The supply's form: its fields read, its choices stay.
    panel.supply_box.setChecked(True)
    assert_readable_field(panel.supply_form.findChild(QLineEdit, "supplier"))
    assert_locked_combo(qtbot, panel.supply_form.findChild(QComboBox, "voltage_level"))


def test_forms_and_texts_are_read_only_but_readable(window, qtbot):
    workspace = window.session.workspace
    window.show_node(("programme", 1))
    programme = window.pages["ProgrammePage"]
    assert_readable_field(programme.form.findChild(QLineEdit, "name"))
    assert_locked_combo(qtbot, programme.form.findChild(QComboBox, "factor_set"))

    window.show_node(("site", 4))
    page = window.pages["SitePage"]
    city = page.form.findChild(QLineEdit, "city")
    assert_readable_field(city)
    assert city.palette().color(city.foregroundRole()) == QApplication.palette().color(city.foregroundRole())
    type_into(qtbot, city, "Mohammedia")
    assert city.text() == "Casablanca" and workspace.get(model.Site, 4).city == "Casablanca"
    for editor in (*page.activity.editors.values(), *page.observations.editors.values()):
        assert_readable_field(editor)
    observations = page.observations.editors[Language.EN]
    before = workspace.get(model.Site, 4).observations
    observations.setFocus()
    qtbot.keyClicks(observations, "More text")
    page.form.findChild(QLineEdit, "name").setFocus()  # leaving the editor would commit a change
    assert workspace.get(model.Site, 4).observations == before

    window.show_node(("cluster", 1))
    cluster = window.pages["ClusterPage"]
    assert_readable_field(cluster.form.findChild(QLineEdit, "name"))
    assert all(isinstance(e, QPlainTextEdit) and e.isReadOnly() for e in cluster.description.editors.values())

    window.show_node(("balance", 4))
    assert_locked_combo(qtbot, window.pages["BalancePage"].period_combo)


def test_equipment_and_measures_pages_change_nothing(window, qtbot):
    workspace = window.session.workspace
    window.show_node(("equipment", 4))
    page = window.pages["EquipmentPage"]
    offered = []
    page.confirm = lambda records: offered.append(records) and False  # a broken lock fails, not blocks
    for button in (
        page.add_button,
        page.duplicate_button,
        page.delete_button,
        page.paste_button,
        page.import_button,
        page.add_photo_button,
    ):
        assert_locked_button(button)
    page.table.view.setCurrentIndex(page.table.proxy.index(0, 0))
    assert page.detail.isEnabled()
    assert not page.add_photo_button.isEnabled()  # still, inside the enabled detail
    assert_readable_field(page.form.findChild(QLineEdit, "name"))
    assert_locked_combo(qtbot, page.form.findChild(QComboBox, "end_use"))
    for combo in page.provenance.combos.values():
        assert_locked_combo(qtbot, combo)
    assert all(e.isReadOnly() for e in page.notes.editors.values())
    table = page.table.model
    assert not table.flags(table.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    items = workspace.count(model.Equipment)
    QGuiApplication.clipboard().setText("Name\tEnd use\nPompe\tpumps")
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.message.text() == read_only_reason() and offered == []
    assert workspace.count(model.Equipment) == items

    window.show_node(("measures", 4))
    measures = window.pages["MeasuresPage"]
    assert_locked_button(measures.add_button)
    assert_locked_button(measures.delete_button)
    measures.view.setCurrentIndex(measures.view.model().index(0, 0))
    assert measures.detail.isEnabled()
    for kwh, share in measures.savings_editors.values():
        assert_readable_field(kwh)
        assert_readable_field(share)
    assert measures.items.count() > 0
    assert all(
        not measures.items.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable for i in range(measures.items.count())
    )
    assert measures.items.toolTip() == read_only_reason()
    assert all(e.isReadOnly() for e in measures.title_editor.editors.values())


# --- a copy to edit, and the file itself --------------------------------------------------------------


def test_save_a_copy_then_open_it_to_edit(window, qtbot, demo_file, demo_path, tmp_path, monkeypatch):
    digest = sha256(demo_path)  # the file as it was before this window opened its copy
    copy = tmp_path / "copy.eaw"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.read_only_banner.save_copy_button.click()  # the banner's button is the window's Save a copy
    assert copy.exists() and copy.stat().st_size > 0
    assert "Copy saved" in window.statusBar().currentMessage()

    monkeypatch.setattr("workbench.storage.opening.is_writable", lambda path: True)  # the copy's own folder
    assert window.open_workspace(copy)
    assert not window.session.read_only
    assert not window.read_only_banner.isVisible()
    assert window.import_action.isEnabled() and window.import_action.toolTip() != read_only_reason()
    window.tree.select(("site", 3))
    assert window.tree.delete_action.isEnabled() and window.tree.rename_action.isEnabled()
    assert window.tree.delete_action.toolTip() != read_only_reason()
    panel = bills_panel(window)
    assert panel.add_button.isEnabled() and panel.add_button.toolTip() == ""
    index = bill_cell(panel, "quantity_peak")
    assert panel.bills.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert read_only_reason() not in (index.data(Qt.ItemDataRole.ToolTipRole) or "")
    ident = panel.bills.model.entity(index.row()).id
    type_in_cell(qtbot, panel, index, "4321")  # the same typing that the read-only file refused
    assert window.session.get(model.Bill, ident).quantity_peak == 4321
    window.show_node(("site", 4))
    city = window.pages["SitePage"].form.findChild(QLineEdit, "city")
    assert not city.isReadOnly() and city.toolTip() == ""

    window.close_workspace()
    assert sha256(demo_file) == digest  # the read-only file was never written
    assert sorted(p.name for p in demo_file.parent.glob("demo.eaw*")) == ["demo.eaw"]  # nor a journal beside it


def test_a_report_is_exported_from_the_read_only_workspace(window, qtbot, tmp_path, demo_file, demo_path):
    from workbench.ui.dialogs.report_dialog import ReportExportDialog

    site = next(s.id for s in window.session.workspace.sites() if s.name == "Plastiques Bernoussi")
    dialog = ReportExportDialog(
        window.session, window.languages, site, window, synchronous=True, find_office=lambda: None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for language, check in dialog.language_checks.items():
        check.setChecked(language is Language.FR)  # every French text is there: nothing to accept first
    target = tmp_path / "rapport.docx"
    dialog.target_edit.setText(str(target))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == [target] and target.stat().st_size > 0
    window.close_workspace()
    assert sha256(demo_file) == sha256(demo_path)


def test_closing_the_workspace_takes_the_banner_away(window, demo_file, demo_path):
    window.close_workspace()
    assert not window.read_only_banner.isVisible()
    assert not window.import_action.isEnabled()
    assert window.import_action.toolTip() != read_only_reason()
    assert sha256(demo_file) == sha256(demo_path)


def test_a_writable_workspace_never_builds_the_banner(qtbot, settings, demo_file, tmp_path):
    win = build_window(settings, "en", data_dir=tmp_path / "data", synchronous=True)
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(demo_file)
    assert not win.session.read_only and win.read_only_banner is None
    assert win.import_action.isEnabled()
    win.close()
