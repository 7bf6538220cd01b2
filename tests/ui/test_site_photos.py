"""The photos of a site on its page, through the real widgets: added from the file dialog or a drop, captioned,
chosen for the report, reordered and removed, each one undo step committed to the file at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.storage.workspace import Workspace

SITE = 1


def image_bytes(width: int, height: int, fmt: str, colour: str = "#c0603a") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(data)


@pytest.fixture
def files(tmp_path):
    kiln = tmp_path / "four-tunnel.jpg"
    kiln.write_bytes(image_bytes(1200, 900, "JPG"))
    panel = tmp_path / "armoire.png"
    panel.write_bytes(image_bytes(300, 400, "PNG", "#3a7bc0"))
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4 not a photo")
    return kiln, panel, notes


@pytest.fixture
def photos(window):
    window.show_node(("site", SITE))
    return window.pages["SitePage"].photos


def pick(monkeypatch, *paths) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *args, **kw: ([str(p) for p in paths], ""))
    )


def test_add_caption_choose_and_undo_through_the_page(window, photos, files, monkeypatch, qtbot):
    kiln, panel, _notes = files
    ws = window.session.workspace
    pick(monkeypatch, kiln, panel)
    qtbot.mouseClick(photos.add_button, Qt.MouseButton.LeftButton)
    stored = ws.site_photos(SITE)
    assert [p.filename for p in stored] == ["four-tunnel.jpg", "armoire.png"]
    assert ws.site_photo_data(stored[0].id) == kiln.read_bytes()  # kept as given
    assert photos.list.count() == 2 and photos.message.text() == ""
    assert photos.thumbnails_done()
    icon = photos.item_for(stored[0].id).icon().pixmap(photos.list.iconSize()).toImage()
    assert icon.width() == 160 and icon.pixelColor(80, 60).red() > 150  # the photo's own colour, small

    # the caption of the selected photo, French then English; focus leaving the editor commits
    photos.list.clearSelection()
    photos.item_for(stored[0].id).setSelected(True)
    assert photos.detail.isEnabled() and photos.name.text() == "four-tunnel.jpg"
    french = photos.caption.editors[Language.FR]
    french.setFocus()
    french.setPlainText("Four tunnel : entrée des wagons")
    photos.caption.editors[Language.EN].setFocus()
    photos.caption.editors[Language.EN].setPlainText("Tunnel kiln: wagon entry")
    photos.in_report.setFocus()  # focus out commits
    assert ws.site_photo(stored[0].id).caption == model.BilingualText(
        "Four tunnel : entrée des wagons", "Tunnel kiln: wagon entry"
    )

    # "In the report", from the check box beside the caption and from the thumbnail's own
    photos.in_report.click()  # as a click on its box or label does
    assert ws.site_photo(stored[0].id).in_report
    photos.reload()
    photos.item_for(stored[1].id).setCheckState(Qt.CheckState.Checked)
    assert ws.report_photos(SITE)[1][0].id == stored[1].id
    qtbot.waitUntil(lambda: photos.count.text() == "In the report: 2 of 2")  # refreshed on the next turn

    # every step undoes, in order, in the file itself
    stack = window.session.undo_stack
    stack.undo()
    assert not ws.site_photo(stored[1].id).in_report
    stack.undo()
    assert not ws.site_photo(stored[0].id).in_report
    stack.undo()
    assert ws.site_photo(stored[0].id).caption.is_empty  # both languages in one merged step
    stack.undo()
    assert ws.site_photos(SITE) == []
    qtbot.waitUntil(lambda: photos.list.count() == 0)
    stack.redo()  # the photos come back with their ids and bytes
    assert [p.id for p in ws.site_photos(SITE)] == [p.id for p in stored]
    assert ws.site_photo_data(stored[1].id) == panel.read_bytes()

    path = ws.path
    window.close_workspace()
    with Workspace.open(path) as reopened:
        assert [p.filename for p in reopened.site_photos(SITE)] == ["four-tunnel.jpg", "armoire.png"]


def test_a_file_that_is_not_a_photo_is_refused_with_a_message_and_nothing_is_stored(
    window, photos, files, monkeypatch, qtbot
):
    kiln, _panel, notes = files
    pick(monkeypatch, notes)
    before = window.session.undo_stack.count()
    qtbot.mouseClick(photos.add_button, Qt.MouseButton.LeftButton)
    assert "“notes.pdf” is not a photo in JPEG or PNG format." in photos.message.text()
    assert window.session.workspace.site_photos(SITE) == []
    assert window.session.undo_stack.count() == before and photos.list.count() == 0
    # among good ones, only the refused file is left out, and named
    pick(monkeypatch, notes, kiln)
    qtbot.mouseClick(photos.add_button, Qt.MouseButton.LeftButton)
    assert [p.filename for p in window.session.workspace.site_photos(SITE)] == ["four-tunnel.jpg"]
    assert "notes.pdf" in photos.message.text()


def test_a_drop_of_image_files_adds_them(window, photos, files):
    kiln, panel, _notes = files
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(kiln)), QUrl.fromLocalFile(str(panel))])
    viewport = photos.list.viewport()
    point = QPointF(viewport.rect().center())
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    photos.list.dropEvent(drop)
    assert [p.filename for p in window.session.workspace.site_photos(SITE)] == ["four-tunnel.jpg", "armoire.png"]
    assert window.session.undo_stack.undoText() == "Add 2 photos"


def test_move_and_remove_are_undone(window, photos, files, monkeypatch, qtbot):
    kiln, panel, _notes = files
    ws = window.session.workspace
    pick(monkeypatch, kiln, panel)
    photos.add_dialog()
    first, second = ws.site_photos(SITE)
    photos.list.clearSelection()
    photos.item_for(second.id).setSelected(True)
    assert photos.earlier_button.isEnabled() and not photos.later_button.isEnabled()
    qtbot.mouseClick(photos.earlier_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in ws.site_photos(SITE)] == [second.id, first.id]
    photos.reload()
    assert [p.id for p in photos.photos()] == [second.id, first.id]
    photos.list.clearSelection()
    photos.item_for(first.id).setSelected(True)
    qtbot.mouseClick(photos.remove_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in ws.site_photos(SITE)] == [second.id]
    window.session.undo_stack.undo()
    assert ws.site_photo_data(first.id) == kiln.read_bytes()
    window.session.undo_stack.undo()
    assert [p.id for p in ws.site_photos(SITE)] == [first.id, second.id]


def test_the_box_follows_the_language(window, photos, files, monkeypatch):
    kiln, _panel, _notes = files
    pick(monkeypatch, kiln)
    photos.add_dialog()
    photo = window.session.workspace.site_photos(SITE)[0]
    window.session.workspace.update_site_photo(photo.id, caption=model.BilingualText("Four", "Kiln"))
    photos.reload()
    assert photos.item_for(photo.id).text() == "Kiln"
    window.languages.switch(Language.FR)
    QApplication.processEvents()
    assert photos.item_for(photo.id).text() == "Four"
    assert photos.title() != "" and photos.add_button.text() != ""


def test_a_read_only_workspace_shows_its_photos_and_changes_none(qtbot, settings, demo_file, tmp_path, monkeypatch):
    from workbench.app import build_window
    from workbench.ui.read_only import read_only_reason

    with Workspace.open(demo_file) as ws:
        photo = ws.add_site_photo(
            SITE, "four.png", image_bytes(40, 30, "PNG"), model.BilingualText("Four", "Kiln"), True
        )
    monkeypatch.setattr("workbench.storage.opening.is_writable", lambda path: False)
    win = build_window(settings, "en", data_dir=tmp_path / "data", synchronous=True)
    qtbot.addWidget(win)
    win.show()
    assert win.open_workspace(demo_file) and win.session.read_only
    win.show_node(("site", SITE))
    box = win.pages["SitePage"].photos
    item = box.item_for(photo.id)
    assert item.text() == "Kiln" and item.checkState() == Qt.CheckState.Checked
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    item.setSelected(True)
    assert box.caption.editors[Language.EN].isReadOnly() and box.caption.editors[Language.EN].toPlainText() == "Kiln"
    for button in (box.add_button, box.remove_button, box.earlier_button, box.later_button, box.in_report):
        assert not button.isEnabled() and button.toolTip() == read_only_reason()
    box.add_files([tmp_path / "any.png"])  # a drop: refused with the reason
    assert box.message.text() == read_only_reason()
    box.remove_selected()
    assert win.session.undo_stack.count() == 0
    win.close()


def test_a_caption_typed_then_another_photo_clicked_goes_to_the_first(window, photos, files, monkeypatch, qtbot):
    kiln, panel, _notes = files
    pick(monkeypatch, kiln, panel)
    photos.add_dialog()
    first, second = window.session.workspace.site_photos(SITE)
    photos.list.clearSelection()
    photos.item_for(first.id).setSelected(True)
    english = photos.caption.editors[Language.EN]
    english.setFocus()
    english.setPlainText("Tunnel kiln")
    rect = photos.list.visualItemRect(photos.item_for(second.id))
    qtbot.mouseClick(photos.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert photos.selected_ids() == [second.id]
    ws = window.session.workspace
    assert ws.site_photo(first.id).caption.en == "Tunnel kiln"
    assert ws.site_photo(second.id).caption.is_empty
    assert english.toPlainText() == ""  # the editor now shows the second photo's caption


def test_a_photo_is_made_upright_and_smaller_for_the_report_only(qapp):
    import struct

    from PySide6.QtGui import QImageIOHandler, QImageReader

    from workbench.ui.widgets.site_photos_print import print_ready

    small = image_bytes(800, 600, "JPG")
    assert print_ready(small) is small  # upright and narrow enough: the stored bytes themselves
    wide = image_bytes(4000, 3000, "JPG")
    ready = print_ready(wide)
    read = QImage.fromData(ready)
    assert (read.width(), read.height()) == (2000, 1500) and ready[:3] == b"\xff\xd8\xff"
    # a phone's portrait: stored landscape, its orientation in EXIF (6: turn 90° clockwise); made upright
    stored = image_bytes(3000, 2400, "JPG")
    tiff = b"MM\x00\x2a\x00\x00\x00\x08\x00\x01" + b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00" + bytes(4)
    exif = b"Exif\x00\x00" + tiff
    turned = stored[:2] + b"\xff\xe1" + struct.pack(">H", 2 + len(exif)) + exif + stored[2:]
    probe = QBuffer()
    probe.setData(QByteArray(turned))
    probe.open(QIODevice.OpenModeFlag.ReadOnly)
    assert QImageReader(probe).transformation() == QImageIOHandler.Transformation.TransformationRotate90
    upright = QImage.fromData(print_ready(turned))
    assert (upright.width(), upright.height()) == (2000, 2500)
    from workbench.ui.widgets.site_photos import thumbnail

    small_upright = thumbnail(turned)  # the strip shows it standing too, within its 160 × 120 frame
    assert (small_upright.width(), small_upright.height()) == (96, 120)
    png = image_bytes(2400, 1000, "PNG")
    assert print_ready(png)[:8] == b"\x89PNG\r\n\x1a\n" and QImage.fromData(print_ready(png)).width() == 2000
    assert print_ready(b"\xff\xd8\xff garbage") == b"\xff\xd8\xff garbage"
