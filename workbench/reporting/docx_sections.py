"""Headers and footers: page numbers where the template has none, a cover without one, a running header.

The template's headers and footers are the firm's: they are kept, and only filled where empty.
"""

from __future__ import annotations

from copy import deepcopy

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import _BaseHeaderFooter
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from lxml import etree

from .docx_fields import add_field, has_page_field

_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# What makes a header or footer not empty even without text: a logo, a shape, a field, a table
_CONTENT = tuple(qn(tag) for tag in ("w:drawing", "w:pict", "w:object", "w:fldChar", "w:fldSimple", "w:tbl"))
_FIRST_DRAWING_ID = 900_000  # above the ids python-docx gives the body's pictures


def is_empty(element: etree._Element) -> bool:
    """Nothing a reader would see: no text, no picture, no field."""
    if any((t.text or "").strip() for t in element.iter(qn("w:t"))):
        return False
    return not any(True for _ in element.iter(*_CONTENT))


def furniture(document: DocxDocument) -> list[XmlPart]:
    """Every header and footer part of the document, whichever section and page kind uses it."""
    return [rel.target_part for rel in document.part.rels.values() if rel.reltype in (RT.HEADER, RT.FOOTER)]


def number_pages(document: DocxDocument, footer_style: ParagraphStyle | None) -> None:
    """A centred PAGE field at the end of each footer, unless the template numbers its pages somewhere.

    A template whose footer has text but no number (a firm's address) used to lose page numbers: the
    number is now added below that text."""
    if any(has_page_field(part.element) for part in furniture(document)):
        return
    for index, section in enumerate(document.sections):
        footer = section.footer
        if index and footer.is_linked_to_previous:
            continue  # the previous section's footer shows here too: it has its number already
        paragraph = free_paragraph(footer, footer_style)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_field(paragraph, "PAGE", "1")


def free_paragraph(story: _BaseHeaderFooter, style: ParagraphStyle | None) -> Paragraph:
    """The story's only paragraph when it is empty, else a new one at its end."""
    paragraphs: list[Paragraph] = story.paragraphs  # python-docx leaves the property unannotated
    blocks = list(story._element)
    if len(paragraphs) == 1 and len(blocks) == 1 and is_empty(paragraphs[0]._p):
        paragraph = paragraphs[0]
    else:
        paragraph = story.add_paragraph()
    if style is not None:
        paragraph.style = style
    return paragraph


def plain_cover(document: DocxDocument) -> None:
    """The first page (the cover) shows no page number: "different first page", whose header and footer are
    the template's less the paragraphs that number pages (a logo stays on the cover). A template that
    designed its own first page keeps it."""
    section = document.sections[0]
    if section.different_first_page_header_footer:
        return
    section.different_first_page_header_footer = True
    copy_story(document, section.header, section.first_page_header)
    copy_story(document, section.footer, section.first_page_footer)


def copy_story(document: DocxDocument, source: _BaseHeaderFooter, target: _BaseHeaderFooter) -> None:
    """``target`` (a header or footer) made a copy of ``source`` without its page numbers; the pictures and
    links it refers to are related to the new part too."""
    target.is_linked_to_previous = False
    source_part, target_part = source.part, target.part
    element = target_part.element
    for child in list(element):
        element.remove(child)
    for block in source_part.element:
        if not has_page_field(block):
            element.append(deepcopy(block))
    if element.find(qn("w:p")) is None or element[-1].tag != qn("w:p"):
        element.append(OxmlElement("w:p"))  # a header or footer ends with a paragraph
    _relate(element, source_part, target_part)
    _renumber_drawings(document, element)


def _relate(element: etree._Element, source_part: XmlPart, target_part: XmlPart) -> None:
    for node in element.iter():
        for name, value in node.attrib.items():
            if name.startswith(_REL) and value in source_part.rels:
                rel = source_part.rels[value]
                target = rel.target_ref if rel.is_external else rel.target_part
                node.set(name, target_part.relate_to(target, rel.reltype, rel.is_external))


def _renumber_drawings(document: DocxDocument, element: etree._Element) -> None:
    """A drawing's id is unique in the document: the copies get new ones, above every id in use."""
    copies = list(element.iter(qn("wp:docPr")))
    if not copies:
        return
    in_use = [document.element, *(part.element for part in furniture(document))]
    ids = [int(d.get("id")) for root in in_use for d in root.iter(qn("wp:docPr")) if (d.get("id") or "").isdigit()]
    first = max([_FIRST_DRAWING_ID, *ids]) + 1
    for number, drawing in enumerate(copies, start=first):
        drawing.set("id", str(number))


def running_header(document: DocxDocument, style: ParagraphStyle | None) -> list[Paragraph]:
    """A paragraph in each header of the pages after the first that the template left empty, for the
    report's name; an empty list when the template fills its headers itself."""
    even_pages = document.settings.odd_and_even_pages_header_footer
    paragraphs: list[Paragraph] = []
    for index, section in enumerate(document.sections):
        for header in (section.header, section.even_page_header) if even_pages else (section.header,):
            if index and header.is_linked_to_previous:
                continue
            if is_empty(header._element):
                paragraphs.append(free_paragraph(header, style))
    return paragraphs
