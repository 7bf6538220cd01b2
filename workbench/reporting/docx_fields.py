"""Word fields (PAGE, SEQ, TOC, PAGEREF) as runs, and the instructions of the fields a part already holds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _fld_char(kind: str) -> etree._Element:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def field_begin(instruction: str) -> list[etree._Element]:
    """The runs that open a field up to its result: begin, instruction, separate."""
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(XML_SPACE, "preserve")
    instr.text = f" {instruction.strip()} "
    instr_run.append(instr)
    return [_fld_char("begin"), instr_run, _fld_char("separate")]


def field_end() -> etree._Element:
    return _fld_char("end")


def text_run(text: str, style_id: str | None = None) -> etree._Element:
    run = OxmlElement("w:r")
    if style_id:
        properties = OxmlElement("w:rPr")
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), style_id)
        properties.append(style)
        run.append(properties)
    t = OxmlElement("w:t")
    t.set(XML_SPACE, "preserve")
    t.text = text
    run.append(t)
    return run


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "") -> None:
    """A whole field at the end of a python-docx paragraph, showing ``placeholder`` until Word updates it
    (PAGE and SEQ are computed by Word and LibreOffice as they lay the page out)."""
    element = paragraph._p
    for run in field_begin(instruction):
        element.append(run)
    element.append(text_run(placeholder))
    element.append(field_end())


def instructions(element: etree._Element) -> Iterator[str]:
    """The instruction of every field under ``element``, complex (begin…separate, possibly in several runs)
    or simple (w:fldSimple)."""
    pending: list[str] | None = None
    for node in element.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:fldSimple")):
        if node.tag == qn("w:fldSimple"):
            yield node.get(qn("w:instr"), "")
        elif node.tag == qn("w:instrText"):
            if pending is not None:
                pending.append(node.text or "")
        elif node.get(qn("w:fldCharType")) == "begin":
            pending = []
        elif pending is not None:  # separate or end: the instruction is complete
            yield "".join(pending)
            pending = None


_PAGE = re.compile(r"^\s*PAGE\b", re.IGNORECASE)  # \b: not PAGEREF, PAGES


def has_page_field(element: etree._Element) -> bool:
    """A PAGE field (not NUMPAGES, PAGEREF or SECTIONPAGES) anywhere under ``element``."""
    return any(_PAGE.match(instruction) for instruction in instructions(element))
