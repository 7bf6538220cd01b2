"""The application icon at every size the installers ask for, drawn from ``resources/icons/workbench.svg``
by Qt's SVG renderer: PNGs (Linux's hicolor theme), a Windows ``.ico`` and a macOS ``.icns``.

Both containers hold PNG images (Windows Vista and later, macOS 10.7 and later read them), so no imaging
library is needed: the two formats are a small header and a table of the images.

    python installers/icons.py OUTPUT_FOLDER
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "workbench.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 takes a str; its stubs say bytes
        raise RuntimeError(f"could not draw the {size} px icon")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image (0 stands for 256 px), then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for size, kind in ICNS_TYPES.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(out: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - the renderer needs an application
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    images = {size: png(renderer, size) for size in PNG_SIZES}
    for size, data in images.items():
        (out / f"workbench-{size}.png").write_bytes(data)
    (out / "workbench.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (out / "workbench.icns").write_bytes(icns(images))
    (out / "workbench.svg").write_bytes(SOURCE.read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
