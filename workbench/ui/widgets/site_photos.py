"""The photos of a site on its page: thumbnails in a strip, a caption in French and English, the choice of
those that go to the report, their order. Every edit is one undo step, committed at once.

Opening a site with many photos stays quick: the list is read without the images, each thumbnail is decoded
at its small size (QImageReader.setScaledSize: a JPEG is decoded at 1/8 scale) on a worker thread, one image
at a time, and kept by its checksum for the next time the site is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSize, Qt, QThreadPool, QTimer
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import model
from workbench.domain.kinds import EntityKind
from workbench.domain.messages import DomainError
from workbench.domain.vocab import Language
from workbench.i18n.language import LanguageManager
from workbench.ui.commands.photos import AddSitePhotos, RemoveSitePhotos, ReorderSitePhotos, edit_site_photo
from workbench.ui.read_only import EditLock, read_only_reason
from workbench.ui.session import WorkspaceSession
from workbench.ui.widgets.bilingual_editor import BilingualEditor
from workbench.ui.widgets.site_photos_list import (
    THUMBNAIL,
    DecodeThumbnail,
    PhotoList,
    ThumbnailCarrier,
    placeholder,
    thumbnail,
)

CTX = "SitePhotos"
ID_ROLE = Qt.ItemDataRole.UserRole
SHA_ROLE = Qt.ItemDataRole.UserRole + 1


class SitePhotosBox(QGroupBox):
    """The "Photos" group of the site page."""

    def __init__(self, session: WorkspaceSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.languages = session, languages
        self.site_id: int | None = None
        self._photos: dict[int, model.SitePhoto] = {}
        self._shown: int | None = None  # the photo whose caption and choice the editors show
        self._icons: dict[str, QIcon] = {}  # sha256 -> thumbnail, kept across sites and refreshes
        self._unreadable: set[str] = set()
        self._queue: list[int] = []
        self._in_flight: str | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one image at a time: the window keeps its cores
        self._decoded = ThumbnailCarrier()
        self._decoded.done.connect(self._thumbnail_ready)
        self._placeholder = placeholder(self.palette().color(self.palette().ColorRole.Midlight))

        self.list = PhotoList()
        self.list.files_dropped.connect(self.add_files)
        self.list.delete_pressed.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.list.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.earlier_button = QPushButton()
        self.later_button = QPushButton()
        self.add_button.clicked.connect(self.add_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        self.earlier_button.clicked.connect(lambda: self.move_selected(-1))
        self.later_button.clicked.connect(lambda: self.move_selected(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.earlier_button, self.later_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count = QLabel()
        buttons.addWidget(self.count)

        self.detail = QWidget()
        detail = QHBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        self.caption_label = QLabel()
        self.caption = BilingualEditor()
        self.caption.setMaximumHeight(96)
        self.caption.committed.connect(self._commit_caption)
        side = QVBoxLayout()
        self.name = QLabel()
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.in_report = QCheckBox()
        self.in_report.setObjectName("photo_in_report")
        self.in_report.clicked.connect(self._commit_in_report)
        side.addWidget(self.name)
        side.addWidget(self.in_report)
        side.addStretch(1)
        captions = QVBoxLayout()
        captions.addWidget(self.caption_label)
        captions.addWidget(self.caption)
        detail.addLayout(captions, 3)
        detail.addLayout(side, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d64545;")
        self.message.setObjectName("photo_message")

        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        session.changed.connect(self._on_changes)
        languages.language_changed.connect(self._language_changed)
        self._lock: EditLock | None = None
        if session.read_only:
            self._lock = EditLock(self)
            self._lock.add(self.add_button, self.remove_button, self.earlier_button, self.later_button)
            self._lock.add(self.in_report)
            self.caption.lock_edits()
        self.retranslate()
        self._show_selected()

    # --- what is shown ------------------------------------------------------------------------------

    @property
    def synchronous(self) -> bool:
        """Thumbnails decoded inline (the window's tests), else on the worker thread."""
        return bool(getattr(self.window(), "synchronous", False))

    def set_site(self, site_id: int) -> None:
        if site_id != self.site_id:
            self.site_id = site_id
            self.message.clear()
            self.list.clearSelection()
        self.reload()

    def photos(self) -> list[model.SitePhoto]:
        """The photos in the list's order."""
        return [self._photos[self.list.item(i).data(ID_ROLE)] for i in range(self.list.count())]

    def item_for(self, ident: int) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == ident:
                return self.list.item(i)
        return None

    def selected_ids(self) -> list[int]:
        return [item.data(ID_ROLE) for item in self.list.selectedItems()]

    def reload(self) -> None:
        self._reload_timer.stop()
        if self.site_id is None:
            return
        try:
            photos = self.session.workspace.site_photos(self.site_id)
        except DomainError:  # the workspace closed under a late refresh
            return
        selected = set(self.selected_ids())
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self._photos = {model.stored_id(p): p for p in photos}
        checkable = Qt.ItemFlag.NoItemFlags if self.session.read_only else Qt.ItemFlag.ItemIsUserCheckable
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for photo in photos:
                item = QListWidgetItem(self._item_text(photo))
                item.setData(ID_ROLE, photo.id)
                item.setData(SHA_ROLE, photo.sha256)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | checkable)
                item.setCheckState(Qt.CheckState.Checked if photo.in_report else Qt.CheckState.Unchecked)
                item.setToolTip(self._tooltip(photo))
                item.setIcon(self._icons.get(photo.sha256, self._placeholder))
                self.list.addItem(item)
                if photo.id in selected:
                    item.setSelected(True)
                if photo.id == current:
                    self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self.list.blockSignals(False)
        self._show_selected()
        self._update_count()
        self._queue = [
            model.stored_id(p) for p in photos if p.sha256 not in self._icons and p.sha256 not in self._unreadable
        ]
        self._pump()

    def _item_text(self, photo: model.SitePhoto) -> str:
        return photo.caption.text(self.languages.language) or photo.filename

    def _tooltip(self, photo: model.SitePhoto) -> str:
        lines = [photo.filename]
        for language in Language:
            text = photo.caption.text(language)
            if text:
                lines.append(f"{language.value.upper()} — {text}")
        lines.append(
            QCoreApplication.translate("SitePhotos", "{type}, {size} MB").format(
                type=photo.media_type.name, size=self.languages.formatter.number(photo.size / 1024 / 1024, 1)
            )
        )
        if photo.sha256 in self._unreadable:
            lines.append(QCoreApplication.translate("SitePhotos", "This image cannot be read."))
        return "\n".join(lines)

    def _update_count(self) -> None:
        photos = list(self._photos.values())
        chosen = sum(p.in_report for p in photos)
        self.count.setText(
            QCoreApplication.translate("SitePhotos", "In the report: {chosen} of {total}").format(
                chosen=chosen, total=len(photos)
            )
            if photos
            else ""
        )

    def _show_selected(self) -> None:
        ids = self.selected_ids()
        photo = self._photos.get(ids[0]) if len(ids) == 1 else None
        self._shown = photo.id if photo else None
        self.detail.setEnabled(photo is not None)
        self.caption.set_text(photo.caption if photo else model.BilingualText())
        self.in_report.setChecked(bool(photo and photo.in_report))
        self.name.setText(photo.filename if photo else "")
        writable = not self.session.read_only
        self.remove_button.setEnabled(writable and bool(ids))
        position = self.list.row(self.list.selectedItems()[0]) if len(ids) == 1 else -1
        self.earlier_button.setEnabled(writable and position > 0)
        self.later_button.setEnabled(writable and 0 <= position < self.list.count() - 1)

    # --- thumbnails -----------------------------------------------------------------------------------

    def _pump(self) -> None:
        """Start the next thumbnail, one at a time: its bytes are read here (the file is this thread's),
        decoded on the worker thread, or here when the window runs its work inline."""
        if self._in_flight is not None:
            return
        while self._queue:
            ident = self._queue.pop(0)
            photo = self._photos.get(ident)
            if photo is None or photo.sha256 in self._icons:
                continue
            try:
                data = self.session.workspace.site_photo_data(ident)
            except DomainError:  # gone in the meantime (an undo), or the workspace closed
                continue
            if self.synchronous:
                self._thumbnail_ready(photo.sha256, thumbnail(data, self._box()))
                continue
            self._in_flight = photo.sha256
            self._pool.start(DecodeThumbnail(photo.sha256, data, self._box(), self._decoded))
            return

    def _box(self) -> QSize:
        ratio = max(1.0, self.devicePixelRatioF())
        return QSize(round(THUMBNAIL.width() * ratio), round(THUMBNAIL.height() * ratio))

    def _thumbnail_ready(self, sha256: str, image: QImage) -> None:
        if self._in_flight == sha256:
            self._in_flight = None
        if image.isNull():
            self._unreadable.add(sha256)
            icon = None
        else:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(max(1.0, self.devicePixelRatioF()))
            icon = self._icons[sha256] = QIcon(pixmap)
        self.list.blockSignals(True)
        try:
            for i in range(self.list.count()):
                item = self.list.item(i)
                if item.data(SHA_ROLE) == sha256:
                    if icon is not None:
                        item.setIcon(icon)
                    item.setToolTip(self._tooltip(self._photos[item.data(ID_ROLE)]))
        finally:
            self.list.blockSignals(False)
        if not self.synchronous:
            QTimer.singleShot(0, self._pump)

    def thumbnails_done(self) -> bool:
        """Every photo shown has its thumbnail (or is known to be unreadable)."""
        return all(p.sha256 in self._icons or p.sha256 in self._unreadable for p in self._photos.values())

    # --- edits ----------------------------------------------------------------------------------------

    def add_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("SitePhotos", "Add photos of the site"),
            "",
            QCoreApplication.translate("SitePhotos", "Photos (*.jpg *.jpeg *.png);;All files (*)"),
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> list[model.SitePhoto]:
        """Store the photos among ``paths`` in one undo step; each file refused is named in the message."""
        if self.site_id is None:
            return []
        if self.session.read_only:
            self.message.setText(read_only_reason())
            return []
        files: list[tuple[str, bytes]] = []
        refusals: list[str] = []
        for path in paths:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                refusals.append(
                    QCoreApplication.translate("Pages", "Cannot read {path}: {reason}.").format(
                        path=path, reason=exc.strerror or str(exc)
                    )
                )
                continue
            try:
                model.check_photo(Path(path).name, data)
            except DomainError as exc:
                refusals.append(self.languages.render(exc.message))
                continue
            files.append((Path(path).name, data))
        self.message.setText("\n".join(refusals))
        if not files:
            return []
        command = AddSitePhotos(self.session, self.site_id, files)
        self.session.undo_stack.push(command)
        self.reload()
        self.list.clearSelection()
        for photo in command.photos:
            item = self.item_for(model.stored_id(photo))
            if item is not None:
                item.setSelected(True)
                self.list.scrollToItem(item)
        return command.photos

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.session.read_only:
            return
        self.session.undo_stack.push(RemoveSitePhotos(self.session, ids))

    def move_selected(self, step: int) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.site_id is None or self.session.read_only:
            return
        order = [model.stored_id(p) for p in self.photos()]
        i = order.index(ids[0])
        j = i + step
        if not 0 <= j < len(order):
            return
        new = list(order)
        new[i], new[j] = new[j], new[i]
        self.session.undo_stack.push(ReorderSitePhotos(self.session, self.site_id, order, new))

    def _commit_caption(self, text: model.BilingualText) -> None:
        if self._shown is not None and self._shown in self._photos and not self.session.read_only:
            self._edit(self._shown, caption=text)

    def _commit_in_report(self, checked: bool) -> None:
        if self._shown is not None and not self.session.read_only:
            self._edit(self._shown, in_report=bool(checked))

    def _item_changed(self, item: QListWidgetItem) -> None:
        photo = self._photos.get(item.data(ID_ROLE))
        checked = item.checkState() == Qt.CheckState.Checked
        if photo is not None and checked != photo.in_report and not self.session.read_only:
            self._edit(model.stored_id(photo), in_report=checked)

    def _edit(self, ident: int, **values) -> None:
        try:
            edit_site_photo(self.session, ident, **values)
        except DomainError as exc:
            self.message.setText(self.languages.render(exc.message))

    # --- following the workspace and the language --------------------------------------------------

    def _on_changes(self, changes) -> None:
        if self.site_id is not None and any(c.entity == EntityKind.SITE_PHOTO for c in changes):
            self._reload_timer.start()

    def _language_changed(self, _language: str) -> None:
        if self.site_id is not None:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._lock is not None:
                self._lock.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("SitePhotos", "Photos"))
        self.add_button.setText(QCoreApplication.translate("SitePhotos", "Add photos…"))
        self.remove_button.setText(QCoreApplication.translate("SitePhotos", "Remove"))
        self.earlier_button.setText(QCoreApplication.translate("SitePhotos", "◀ Move left"))
        self.later_button.setText(QCoreApplication.translate("SitePhotos", "Move right ▶"))
        self.caption_label.setText(QCoreApplication.translate("SitePhotos", "Caption of the selected photo"))
        self.in_report.setText(QCoreApplication.translate("SitePhotos", "In the report"))
        self.list.setToolTip(
            QCoreApplication.translate(
                "SitePhotos", "Tick the photos that go to the report's annex. Drop JPEG or PNG files here to add them."
            )
        )
        self._update_count()
