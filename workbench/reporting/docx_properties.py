"""Document properties: what File ▸ Info shows, what a search or a document system indexes, and the
language Word proofs the text in.

The template's own properties (its author, its title, the date it was made) never pass into a report:
they are cleared when it is opened.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.opc.rel import Relationships
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from lxml import etree

from workbench.domain.vocab import Language

LANGUAGE_TAGS = {Language.FR: "fr-FR", Language.EN: "en-GB"}
_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# Counts and titles that describe the template's pages, not the report's: Word recomputes them on saving
_STALE_APP: tuple[str, ...] = ("TotalTime", "Pages", "Words", "Characters", "Lines", "Paragraphs")
_STALE_APP += ("CharactersWithSpaces", "HeadingPairs", "TitlesOfParts")


def clear_properties(document: DocxDocument, now: dt.datetime | None = None) -> None:
    """Core properties as for a new document: no author, title or comment from the template; made now."""
    core = document.core_properties
    element = core._element
    for child in list(element):
        element.remove(child)
    now = now or dt.datetime.now(dt.UTC)
    core.created = core.modified = now.replace(tzinfo=None, microsecond=0)
    core.revision = 1


def set_properties(
    document: DocxDocument, title: str, subject: str, author: str, company: str, language: Language, keywords: str = ""
) -> None:
    core = document.core_properties
    core.title, core.subject, core.keywords = title, subject, keywords
    core.author = core.last_modified_by = author
    core.language = LANGUAGE_TAGS[language]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    core.created = core.modified = now
    core.revision = 1
    set_company(document, company)
    set_proofing_language(document, LANGUAGE_TAGS[language])


def _app_part(document: DocxDocument) -> Part:
    """docProps/app.xml, made when the template has none (python-docx has no API for it)."""
    package = document.part.package
    rels: Relationships = package.rels  # python-docx leaves the property unannotated
    for rel in rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            return rel.target_part
    blob = f'<Properties xmlns="{_APP}" xmlns:vt="{_VT}"/>'.encode()
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, blob, package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)
    return part


def set_company(document: DocxDocument, company: str) -> None:
    part = _app_part(document)
    root = etree.fromstring(part.blob)
    for name in (*_STALE_APP, "Company"):
        for stale in root.findall(f"{{{_APP}}}{name}"):
            root.remove(stale)
    etree.SubElement(root, f"{{{_APP}}}Company").text = company
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if isinstance(part, XmlPart):
        part._element = parse_xml(xml)
    else:
        part._blob = xml  # python-docx keeps a part it has no class for as bytes, and writes them back


def _child(parent: etree._Element, tag: str, first: bool = False) -> etree._Element:
    """``parent``'s ``tag`` child, added (first, or last) when it has none."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    return child


def set_proofing_language(document: DocxDocument, tag: str) -> None:
    """The document's default language (styles.xml docDefaults), and that of the styles that name one,
    so that Word checks the spelling in the report's language whatever the template was written in."""
    styles = document.styles.element
    run_defaults = _child(_child(_child(styles, "w:docDefaults", first=True), "w:rPrDefault", first=True), "w:rPr")
    _child(run_defaults, "w:lang").set(qn("w:val"), tag)
    for named in styles.iter(qn("w:lang")):
        if named.get(qn("w:val")):
            named.set(qn("w:val"), tag)
