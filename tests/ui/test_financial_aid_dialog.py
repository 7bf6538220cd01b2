"""The financial aid dialog on a throwaway data folder: typing into real cells, saving, reopening, refusals
that name the row and the column, a damaged copy left as it is, restoring the shipped list."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from workbench.domain.financial_aid import AidStatus, load_catalogue
from workbench.resources import financial_aid_for
from workbench.ui.dialogs.financial_aid_dialog import (
    COLUMNS,
    FinancialAidDialog,
    open_financial_aid_dialog,
)

NAME_FR, NAME_EN, DESCRIPTION_FR, DESCRIPTION_EN, SOURCE, URL, YEAR, STATUS = range(len(COLUMNS))


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def open_dialog(qtbot, data_dir):
    def opened(country: str | None = "BE") -> FinancialAidDialog:
        dialog = FinancialAidDialog(data_dir, None, country)
        dialog.confirm = lambda title, text: True  # never a modal question box in a test; tests answer otherwise
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return opened


def type_into(qtbot, dialog: FinancialAidDialog, row: int, column: int, text: str) -> None:
    """Type ``text`` into a cell as a user does: start editing, select what is there, type, press Enter."""
    table = dialog.table
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    if text:
        type_keys(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits on a queued call
    assert table.item(row, column).text() == text


def choose_status(qtbot, dialog: FinancialAidDialog, row: int, label: str) -> None:
    """Open the status cell's combo box, pick ``label`` with the arrow keys, press Enter."""
    table = dialog.table
    table.setCurrentCell(row, STATUS)
    table.editItem(table.item(row, STATUS))
    boxes = [w for w in table.viewport().findChildren(QComboBox) if w.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    box.setCurrentIndex(0)
    while box.currentText() != label:
        assert box.currentIndex() < box.count() - 1, label
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert table.item(row, STATUS).text() == label


def type_keys(editor: QWidget, text: str) -> None:
    """Key presses, one a character: QTest.keyClicks knows ASCII only, and the auditors write "é" and "à"."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def cells(dialog: FinancialAidDialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(STATUS)]


def test_type_save_and_reopen(qtbot, open_dialog, data_dir):
    dialog = open_dialog("BE")
    assert dialog.table.rowCount() == 1 and cells(dialog, 0)[NAME_EN].startswith("AMUREBA")
    assert "shipped" in dialog.origin.text() and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2
    typed = {
        NAME_FR: "Prime à l'efficacité énergétique",
        NAME_EN: "Energy efficiency grant",
        DESCRIPTION_FR: "Finance les variateurs de vitesse des PME.",
        DESCRIPTION_EN: "Funds variable-speed drives in SMEs.",
        SOURCE: "Arrêté ministériel du 3 mars 2025",
        URL: "https://example.org/grant",
        YEAR: "2025",
    }
    for column, text in typed.items():
        type_into(qtbot, dialog, 1, column, text)
    assert dialog.table.item(1, STATUS).text() == "to confirm"  # a new programme is to confirm
    choose_status(qtbot, dialog, 1, "partly verified")
    type_into(qtbot, dialog, 0, SOURCE, "Arrêté du Gouvernement wallon du 1er février 2024")
    assert dialog.dirty
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    path = data_dir / "financial-aid" / "BE.json"
    assert "Saved to" in dialog.message.text() and str(path) in dialog.message.text()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["country"] == "BE" and len(data["entries"]) == 2
    first, second = data["entries"]
    assert first["id"] == "wallonia-amureba"  # an edited entry keeps its id
    assert first["source"] == "Arrêté du Gouvernement wallon du 1er février 2024"
    assert second == {
        "id": "energy-efficiency-grant",
        "name": {"fr": "Prime à l'efficacité énergétique", "en": "Energy efficiency grant"},
        "description": {
            "fr": "Finance les variateurs de vitesse des PME.",
            "en": "Funds variable-speed drives in SMEs.",
        },
        "source": "Arrêté ministériel du 3 mars 2025",
        "url": "https://example.org/grant",
        "year": 2025,
        "status": "partly",
    }
    assert financial_aid_for("BE", data_dir / "financial-aid").user_copy
    assert not dialog.dirty and dialog.restore_button.isEnabled()
    dialog.close()

    again = open_dialog("BE")
    assert again.table.rowCount() == 2
    assert cells(again, 1) == [typed[c] for c in range(STATUS)]
    assert again.status_of(1) is AidStatus.PARTLY and again.table.item(1, STATUS).text() == "partly verified"
    assert "Your own list" in again.origin.text()
    assert again.country_box.currentText() == "BE — your list"
    # the shipped file itself was never touched
    assert len(financial_aid_for("BE", None).entries) == 1


def test_remove_a_row_and_a_blank_row_is_left_out(qtbot, open_dialog, data_dir):
    dialog = open_dialog("BE")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # added, never filled
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert dialog.save()
    assert json.loads((data_dir / "financial-aid" / "BE.json").read_text(encoding="utf-8"))["entries"] == []
    assert financial_aid_for("BE", data_dir / "financial-aid").entries == ()  # the report then shows nothing


def test_a_refusal_names_the_row_and_the_column(qtbot, open_dialog, data_dir):
    dialog = open_dialog("MA")
    assert dialog.table.rowCount() == 0  # no Moroccan programme is shipped
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog, 0, NAME_FR, "Programme sans source")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Row 1, Source (publication): It is empty. Name the publication")
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (0, SOURCE)
    assert not (data_dir / "financial-aid" / "MA.json").exists()

    type_into(qtbot, dialog, 0, SOURCE, "Décret n° 2-17-746")
    type_into(qtbot, dialog, 0, YEAR, "20x4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "Row 1, Year: “20x4” is not a year. Write the year of the source in four digits (2024), or leave it empty."
    )
    type_into(qtbot, dialog, 0, YEAR, "2019")
    type_into(qtbot, dialog, 0, URL, "www.amee.ma")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Row 1, Web page: “www.amee.ma” is not a web address.")
    assert not (data_dir / "financial-aid" / "MA.json").exists()
    type_into(qtbot, dialog, 0, URL, "")
    assert dialog.save()
    saved = load_catalogue(data_dir / "financial-aid" / "MA.json")
    assert saved.entries[0].name.fr == "Programme sans source" and saved.entries[0].year == 2019


def test_a_damaged_copy_is_shown_and_left_as_it_is(qtbot, open_dialog, data_dir, monkeypatch):
    folder = data_dir / "financial-aid"
    folder.mkdir(parents=True)
    damaged = folder / "BE.json"
    damaged.write_text('{"country": "BE", "entries": [{"id": "x", "status": "V"}]}', encoding="utf-8")
    before = damaged.read_bytes()
    dialog = open_dialog("BE")
    text = dialog.message.text()
    assert str(damaged) in text and "entry 1 (“x”)" in text and "field “name”" in text
    assert "restore the shipped list" in text
    assert not dialog.table.isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.save()
    assert damaged.read_bytes() == before

    answers = []
    monkeypatch.setattr(dialog, "confirm", lambda title, text: answers.append(text) or False)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert damaged.read_bytes() == before and "Delete your list for BE" in answers[0]
    monkeypatch.setattr(dialog, "confirm", lambda title, text: True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not damaged.exists()
    assert dialog.table.isEnabled() and dialog.table.rowCount() == 1
    assert dialog.message.text() == "The shipped list is used again."
    assert not dialog.restore_button.isEnabled()


def test_switching_country_asks_before_losing_changes(qtbot, open_dialog, monkeypatch):
    dialog = open_dialog("BE")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog, 1, NAME_EN, "Unsaved")
    monkeypatch.setattr(dialog, "confirm", lambda title, text: False)
    dialog.country_box.setCurrentIndex(dialog.country_box.findData("MA"))
    assert dialog.country == "BE" and dialog.table.rowCount() == 2
    monkeypatch.setattr(dialog, "confirm", lambda title, text: True)
    dialog.country_box.setCurrentIndex(dialog.country_box.findData("MA"))
    assert dialog.country == "MA" and dialog.table.rowCount() == 0


def test_the_menu_opens_the_dialog_on_the_windows_data_folder_at_the_sites_country(window):
    window.show_node(("site", next(s.id for s in window.session.workspace.sites())))
    assert window.financial_aid_action in window.file_menu.actions()
    assert window.financial_aid_action.text() == "&Financial aid…"
    window.financial_aid_action.trigger()
    dialog = window.findChild(FinancialAidDialog)
    assert dialog is not None and dialog.isVisible() and dialog.country == "MA"  # the demo's sites are in Morocco
    assert dialog.user_dir == window.data_dir / "financial-aid"
    dialog.close()
    other = open_financial_aid_dialog(window, window.data_dir)
    assert other.country in ("BE", "MA")
    other.close()


def test_the_command_line_finds_the_windows_data_folder(qapp):
    from workbench.app import build_application
    from workbench.cli_paths import app_data_dir, user_financial_aid_dir

    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        build_application()  # names the application as the window does
        expected = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        QCoreApplication.setApplicationName("something-else")
        assert str(app_data_dir()) == expected
        assert user_financial_aid_dir() == app_data_dir() / "financial-aid"
        assert QCoreApplication.applicationName() == "something-else"  # the names are put back
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_french_interface(qtbot, open_dialog):
    from workbench.i18n.language import LanguageManager

    languages = LanguageManager()
    languages.switch("fr")
    try:
        dialog = open_dialog("BE")
        assert dialog.table.item(0, STATUS).text() == "vérifié"  # the factor tables' word
        assert dialog.table.horizontalHeaderItem(STATUS).text() in ("Statut", "Status")  # (once in the catalogue)
    finally:
        languages.switch("en")
    assert dialog.table.item(0, STATUS).text() == "verified" and not dialog.dirty
