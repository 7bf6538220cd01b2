"""A site photo made ready for a report, at report time only (the workspace keeps the photo as it was given).

The reporting layer knows no Qt: it inserts the bytes it is handed at a display size. Handed a phone's photo
as stored, a report would carry its 4 000 pixels (a heavy file for a picture 14 cm wide) and, where the camera
only recorded its orientation (EXIF), show it on its side in Word. Whoever builds a report with Qt at hand (the
export dialog, like the report's charts) passes each photo through :func:`print_ready` first.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImageIOHandler, QImageReader, QImageWriter

PRINT_WIDTH_PX = 2000  # 14 cm at 360 dpi: more than any printer shows of a photo that size


def print_ready(data: bytes, max_width: int = PRINT_WIDTH_PX) -> bytes:
    """``data`` itself when it is upright and at most ``max_width`` pixels wide; otherwise the photo turned
    upright and scaled down to ``max_width``, in its own format (JPEG at quality 90, PNG). Bytes that cannot be
    decoded are returned as they are (the report names such a photo)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    turned = reader.transformation() != QImageIOHandler.Transformation.TransformationNone
    if not size.isValid() or (size.width() <= max_width and not turned):
        return data
    fmt = bytes(reader.format().data()).decode() or "jpeg"
    reader.setAutoTransform(True)
    quarter = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    width = size.height() if quarter else size.width()  # the width once upright
    if width > max_width:  # the scaled size is the stored image's, before it is turned
        factor = max_width / width
        reader.setScaledSize(QSize(round(size.width() * factor), round(size.height() * factor)))
    image = reader.read()
    if image.isNull():
        return data
    out = QByteArray()
    target = QBuffer(out)
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(target, fmt.encode())
    if fmt in ("jpeg", "jpg"):
        writer.setQuality(90)
    if not writer.write(image):
        return data
    return bytes(out.data())
