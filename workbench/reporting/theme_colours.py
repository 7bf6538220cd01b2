"""The colours and fonts of a Word template's theme (``word/theme/theme1.xml`` in the .docx), so that the
report's charts can be drawn in the document's own typeface and text colours. Qt-free."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
THEME_PART = "word/theme/theme1.xml"
LARGEST_THEME = 2_000_000  # bytes: a theme is a few kB; anything larger is not read


@dataclass(frozen=True)
class TemplateTheme:
    colours: dict[str, str] = field(default_factory=dict)  # "dk1", "dk2", "accent1"… → "#1f497d"
    major_font: str | None = None  # headings
    minor_font: str | None = None  # body text (what Word's own charts use)

    @property
    def text(self) -> str | None:
        return self.colours.get("dk1")

    @property
    def accents(self) -> list[str]:
        return [self.colours[f"accent{i}"] for i in range(1, 7) if f"accent{i}" in self.colours]


def _colour(element: ET.Element) -> str | None:
    for child in element:
        if child.tag == f"{DRAWING}srgbClr":
            value = child.get("val", "")
        elif child.tag == f"{DRAWING}sysClr":
            value = child.get("lastClr", "")
        else:
            continue
        if len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value):
            return f"#{value.lower()}"
    return None


def _font(scheme: ET.Element | None, kind: str) -> str | None:
    latin = scheme.find(f"{DRAWING}{kind}/{DRAWING}latin") if scheme is not None else None
    typeface = latin.get("typeface", "").strip() if latin is not None else ""
    return typeface or None


def template_theme(template: Path) -> TemplateTheme | None:
    """The theme of the .docx (or .dotx) at ``template``; None when it has none or cannot be read."""
    try:
        with zipfile.ZipFile(template) as archive:
            info = archive.getinfo(THEME_PART)
            if info.file_size > LARGEST_THEME:
                return None
            root = ET.fromstring(archive.read(info))
    except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError):
        return None
    elements = root.find(f"{DRAWING}themeElements")
    if elements is None:
        return None
    colours: dict[str, str] = {}
    scheme = elements.find(f"{DRAWING}clrScheme")
    for slot in scheme if scheme is not None else ():
        colour = _colour(slot)
        if colour is not None:
            colours[slot.tag.removeprefix(DRAWING)] = colour
    fonts = elements.find(f"{DRAWING}fontScheme")
    return TemplateTheme(colours, _font(fonts, "majorFont"), _font(fonts, "minorFont"))
