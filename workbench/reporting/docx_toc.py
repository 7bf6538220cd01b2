"""A table of contents written by the writer, not left for Word to fill.

It is a real TOC field, so Word's "Update table" rebuilds it, but its result is already the entries: one
paragraph per heading (TOC 1–3 styles, a right tab with a dot leader), each a link to its heading's bookmark
with a PAGEREF field whose result is the heading's page when the caller knows it. Nothing asks to update
fields on opening, and LibreOffice prints the entries as they are.

The entries take the same lines with or without their numbers: the text wraps at a right indent that keeps
room for the number, which the tab puts beyond it. A second conversion to PDF after the page numbers are
filled in therefore gives the same pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from .docx_fields import field_begin, field_end, text_run

INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
LEVELS = 3
NUMBER_ROOM = 567  # twips (1 cm) kept right of each entry's text for its page number


@dataclass(frozen=True)
class Entry:
    level: int
    text: str
    bookmark: str
    page: int | None = None


def add_bookmark(paragraph: etree._Element, bookmark_id: int, name: str) -> None:
    """A bookmark around the whole paragraph: where a TOC entry's link and PAGEREF point."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    properties = paragraph.find(qn("w:pPr"))
    paragraph.insert(0 if properties is None else 1, start)
    paragraph.append(end)


def _properties(style_id: str | None, tab: int) -> etree._Element:
    properties = OxmlElement("w:pPr")
    if style_id:
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), style_id)
        properties.append(style)
    tabs = OxmlElement("w:tabs")
    stop = OxmlElement("w:tab")
    stop.set(qn("w:val"), "right")
    stop.set(qn("w:leader"), "dot")
    stop.set(qn("w:pos"), str(tab))
    tabs.append(stop)
    properties.append(tabs)
    indent = OxmlElement("w:ind")
    indent.set(qn("w:right"), str(NUMBER_ROOM))
    properties.append(indent)
    return properties


def _entry(entry: Entry, style_id: str | None, tab: int) -> etree._Element:
    paragraph = OxmlElement("w:p")
    paragraph.append(_properties(style_id, tab))
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), entry.bookmark)
    link.set(qn("w:history"), "1")
    link.append(text_run(entry.text))
    tab_run = OxmlElement("w:r")
    tab_run.append(OxmlElement("w:tab"))
    link.append(tab_run)
    for run in field_begin(f"PAGEREF {entry.bookmark} \\h"):
        link.append(run)
    link.append(text_run("" if entry.page is None else str(entry.page)))
    link.append(field_end())
    paragraph.append(link)
    return paragraph


def toc_paragraphs(entries: Sequence[Entry], style_ids: dict[int, str | None], tab: int) -> list[etree._Element]:
    """The TOC field's paragraphs: the field begins in the first entry and ends in the last; with no entry
    one empty paragraph holds the whole field. ``tab``: the right tab's position, in twips."""
    shown = [e for e in entries if e.level <= LEVELS]
    paragraphs = [_entry(e, style_ids.get(e.level), tab) for e in shown]
    if not paragraphs:
        empty = OxmlElement("w:p")
        empty.append(_properties(style_ids.get(1), tab))
        paragraphs = [empty]
    first, last = paragraphs[0], paragraphs[-1]
    for offset, run in enumerate(field_begin(INSTRUCTION)):
        first.insert(1 + offset, run)  # after the paragraph's properties
    last.append(field_end())
    return paragraphs
