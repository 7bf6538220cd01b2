"""The strip of a site's photo thumbnails, and how a thumbnail is made: decoded at its small size
(QImageReader.setScaledSize; a JPEG is decoded at a fraction of its size), upright, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageIOHandler, QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QStyle, QWidget

THUMBNAIL = QSize(160, 120)


def thumbnail(data: bytes, box: QSize = THUMBNAIL) -> QImage:
    """The image scaled into ``box``, decoded at that size (a null image when it cannot be read). The photo's
    own orientation (EXIF) is applied: a portrait taken on a phone stands upright."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and not size.isEmpty():
        fit = QSize(box.height(), box.width()) if _quarter_turn(reader) else box
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _quarter_turn(reader: QImageReader) -> bool:
    return bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)


class ThumbnailCarrier(QObject):
    """Carries a thumbnail from the worker thread to the GUI thread (queued: it lives in the GUI thread)."""

    done = Signal(str, QImage)


class DecodeThumbnail(QRunnable):
    def __init__(self, sha256: str, data: bytes, box: QSize, decoded: ThumbnailCarrier) -> None:
        super().__init__()
        self.sha256, self.data, self.box, self.decoded = sha256, data, box, decoded

    def run(self) -> None:
        self.decoded.done.emit(self.sha256, thumbnail(self.data, self.box))


class PhotoList(QListWidget):
    """The strip of thumbnails: image files dropped on it are added, Del removes the selection."""

    files_dropped = Signal(list)  # list[Path]
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("site_photo_list")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)  # one row, scrolled sideways: the page stays short with 30 photos
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(THUMBNAIL)
        # room for the check box beside the picture: a landscape thumbnail fills its width
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        self.setGridSize(QSize(THUMBNAIL.width() + indicator + 36, THUMBNAIL.height() + 40))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.gridSize().height() + self.horizontalScrollBar().sizeHint().height() + frame + 8)

    @staticmethod
    def _paths(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = self._paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def placeholder(colour: QColor) -> QIcon:
    """The frame a thumbnail takes while it is decoded, so that the strip does not jump when it comes."""
    pixmap = QPixmap(THUMBNAIL)
    pixmap.fill(colour)
    return QIcon(pixmap)
