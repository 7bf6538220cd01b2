"""Opening a firm's template: a Word document (.docx) or template (.dotx, .dotm), its styles, what of its body
is kept.

**The marker.** A paragraph of the template's body whose whole text is ``[[REPORT]]`` (on its own line, not
in a table, text box or content control) marks where the report starts. What comes before it, a branded
cover or a disclaimer page, is kept as it is; the marker and everything after it (a guide to the template)
are dropped. A template without the marker keeps none of its body. Its styles, headers, footers and page
set-up are always kept.

A template a user can choose is never a traceback: whatever is wrong with it, the export stops with a
:class:`DomainError` naming the file, what is wrong and what to do.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import NoReturn

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message

from .docx_styles import REQUIRED_STYLES, StyleResolver

MARKER = "[[REPORT]]"

_WORD_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# The main parts python-docx refuses ("not a Word file") and that are Word documents all the same
_OTHER_MAIN_PARTS = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
)
# What only a macro-enabled file may hold: Word refuses a .docx that relates any of it
_MACRO_PARTS = {
    f"http://schemas.microsoft.com/office/2006/relationships/{kind}"
    for kind in ("vbaProject", "keyMapCustomizations", "attachedToolbars")
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003, and Office's password-protected files


def open_template(path: Path) -> tuple[DocxDocument, StyleResolver]:
    """The template as a document with the report's styles, or a DomainError that says what to do."""
    path = Path(path)
    document = _read(path)
    resolver = StyleResolver(document)
    missing = resolver.missing(REQUIRED_STYLES)
    if missing:
        raise DomainError(
            message(
                "Report",
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The template {path} lacks the styles {styles}. Add them in Word (Home ▸ Styles), or start "
                    "again from a copy of the template shipped with the application.",
                ),
                path=str(path),
                styles=", ".join(missing),
            )
        )
    keep_before_marker(document)
    return document, resolver


def _read(path: Path) -> DocxDocument:
    if not path.is_file():
        _refuse(path, QT_TRANSLATE_NOOP("Report", "the file does not exist"))
    try:
        data = path.read_bytes()
    except OSError:
        _refuse(
            path,
            QT_TRANSLATE_NOOP("Report", "it cannot be read (close it in Word, or check that you may open it)"),
        )
    if data.startswith(_OLE_MAGIC):
        _refuse(
            path,
            QT_TRANSLATE_NOOP(
                "Report",
                "it is a Word 97–2003 document or is protected by a password; save it from Word as a .docx or "
                ".dotx without a password",
            ),
        )
    try:
        document = Document(io.BytesIO(as_word_document(data)))
    except Exception:  # python-docx raises zip, XML and package errors alike for a file that is not a .docx
        _refuse(path, QT_TRANSLATE_NOOP("Report", "it is not a Word document (.docx)"))
    _drop_macros(document)
    return document


def _refuse(path: Path, reason: str) -> NoReturn:
    raise DomainError(
        message(
            "Report",
            QT_TRANSLATE_NOOP("Report", "The template {path} cannot be used: {reason}."),
            path=str(path),
            reason=message("Report", reason),
        )
    )


def as_word_document(data: bytes) -> bytes:
    """A .dotx/.dotm/.docm package relabelled as a .docx, in memory; anything else as it is.

    Only the main part's content type differs: the parts, styles and relationships are a document's."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            types = package.read("[Content_Types].xml").decode("utf-8")
            if not any(kind in types for kind in _OTHER_MAIN_PARTS):
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as relabelled:
                for item in package.infolist():
                    content = package.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        for kind in _OTHER_MAIN_PARTS:
                            types = types.replace(kind, _WORD_DOCUMENT)
                        content = types.encode("utf-8")
                    relabelled.writestr(item, content)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, OSError):
        return data  # python-docx says what is wrong with it


def _drop_macros(document: DocxDocument) -> None:
    """A .docm/.dotm's macros and toolbars are not carried into the report (a .docx)."""
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype in _MACRO_PARTS:
            document.part.drop_rel(r_id)


def _text(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def keep_before_marker(document: DocxDocument) -> None:
    """The body before the marker kept, the marker and what follows dropped (all of it without a marker).

    A marker paragraph that ends a section keeps its section break, emptied: the report then starts in the
    next section, where the marker said."""
    body = document.element.body
    blocks = [child for child in body if child.tag != qn("w:sectPr")]
    at = next(
        (i for i, b in enumerate(blocks) if b.tag == qn("w:p") and _text(b).strip() == MARKER),
        None,
    )
    dropped = blocks if at is None else blocks[at + 1 :]
    if at is not None:
        marker = blocks[at]
        if marker.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None:
            dropped.insert(0, marker)
        else:
            for child in list(marker):
                if child.tag != qn("w:pPr"):
                    marker.remove(child)
    for block in dropped:
        body.remove(block)
    _drop_orphan_bookmarks(body)


def _drop_orphan_bookmarks(body: etree._Element) -> None:
    """A bookmark that started before the marker and ended after it would be half a bookmark."""
    starts = {b.get(qn("w:id")): b for b in body.iter(qn("w:bookmarkStart"))}
    ends = {b.get(qn("w:id")): b for b in body.iter(qn("w:bookmarkEnd"))}
    for key in starts.keys() ^ ends.keys():
        element = starts.get(key)
        if element is None:
            element = ends[key]
        element.getparent().remove(element)
