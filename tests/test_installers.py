"""The installers' own tools, on hand-made inputs: the icon containers, the size breakdown, the report check."""

from __future__ import annotations

import importlib.util
import struct
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "installers" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_png(size: int) -> bytes:
    return PNG_SIGNATURE + bytes([size % 256]) * (size // 4)


def test_the_ico_lists_each_image_with_its_size_and_where_it_starts():
    icons = tool("icons")
    images = {16: fake_png(16), 256: fake_png(256)}
    data = icons.ico(images)
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, 2)
    for index, size in enumerate((16, 256)):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert width == height == (0 if size == 256 else size)  # 0 stands for 256 px
        assert (planes, bits, length) == (1, 32, len(images[size]))
        assert data[offset : offset + length] == images[size]


def test_the_icns_holds_each_size_under_its_type_and_says_its_length():
    icons = tool("icons")
    images = {size: fake_png(size) for size in icons.ICNS_TYPES}
    data = icons.icns(images)
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    position, seen = 8, {}
    while position < len(data):
        kind, length = data[position : position + 4], struct.unpack_from(">I", data, position + 4)[0]
        seen[kind] = data[position + 8 : position + length]
        position += length
    assert seen == {icons.ICNS_TYPES[size]: images[size] for size in icons.ICNS_TYPES}


def test_the_size_breakdown_counts_qt_libraries_and_plugins_apart():
    measure = tool("measure")
    assert measure.part_of(Path("_internal/PySide6/Qt/lib/libQt6Gui.so.6")) == "PySide6/Qt/lib/libQt6Gui.so.6"
    assert measure.part_of(Path("_internal/PySide6/Qt/plugins/platforms/libqxcb.so")) == (
        "PySide6/Qt/plugins/platforms"
    )
    assert measure.part_of(Path("_internal/numpy/_core/x.so")) == "numpy"
    assert measure.part_of(Path("workbench")) == "workbench"


def write_docx(path: Path, texts: list[str], pictures: int) -> None:
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("word/document.xml", f'<w:document xmlns:w="x"><w:body>{body}</w:body></w:document>')
        for i in range(pictures):
            docx.writestr(f"word/media/image{i}.png", PNG_SIGNATURE)


@pytest.mark.parametrize(
    ("texts", "pictures", "language", "passes"),
    [
        (["Synthèse", "Bilan énergétique et usages"], 7, "fr", True),
        (["Synthèse", "Bilan énergétique et usages"], 2, "fr", False),  # the charts are missing
        (["Executive summary", "Energy balance and end uses"], 7, "fr", False),  # written in English
        (["Synthèse"], 7, "fr", False),  # a section missing
    ],
)
def test_the_report_check_reads_language_headings_and_charts(tmp_path, texts, pictures, language, passes):
    check = tool("check_report")
    path = tmp_path / "report.docx"
    write_docx(path, texts, pictures)
    assert (check.main(["check_report", str(path), language]) == 0) is passes


def test_the_report_check_refuses_a_file_that_is_not_a_report(tmp_path, capsys):
    check = tool("check_report")
    path = tmp_path / "report.docx"
    path.write_bytes(b"not a zip")
    assert check.main(["check_report", str(path), "fr"]) == 1
    assert "not a readable report" in capsys.readouterr().err
