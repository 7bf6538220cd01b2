"""Templates a firm brands: re-saved by LibreOffice, saved as .dotx, made by a French Word; a cover kept above
the [[REPORT]] marker; page numbers, the cover's lack of one and a running header; refusals that say what to do."""

from __future__ import annotations

import io
import os
import re
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from lxml import etree

from workbench.domain.messages import DomainError
from workbench.reporting.docx_fields import has_page_field
from workbench.reporting.docx_styles import StyleResolver
from workbench.reporting.docx_template import MARKER
from workbench.reporting.docx_writer import ReportDocument
from workbench.reporting.pdf import soffice
from workbench.reporting.template import build_report_template

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

# What French Word writes: built-in names in English (lower case for headings and caption), localised ids
FRENCH_IDS = {
    "Heading1": "Titre1",
    "Heading2": "Titre2",
    "Heading3": "Titre3",
    "Title": "Titre",
    "Subtitle": "Sous-titre",
    "Caption": "Lgende",
    "ListBullet": "Listepuces",
    "TableGrid": "Grilledutableau",
    "TOCHeading": "En-ttedetabledesmatires",
    "Header": "En-tte",
    "Footer": "Pieddepage",
}
FRENCH_NAMES = {"TOC Heading": "En-tête de table des matières"}  # a style Word added to the file, named in French

needs_libreoffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice is installed by .ci/run")


def report(template: Path | None) -> ReportDocument:
    """A small report on ``template``: cover, contents, headings of three levels, a table, a bullet."""
    doc = ReportDocument(template, "Tableau", "Figure")
    doc.title("Pré-diagnostic énergétique")
    doc.subtitle("Briqueterie Al Amal")
    doc.page_break()
    doc.table_of_contents("Sommaire")
    doc.page_break()
    doc.heading("Synthèse")
    doc.paragraph("Le site a consommé 12 345 kWh.")
    doc.heading("Électricité", 2)
    doc.table("Mesures", ["Mesure", "kWh"], [["Régler les brûleurs", "846 720"]], [False, True])
    doc.heading("Tarif", 3)
    doc.bullet("Une remarque")
    return doc


def saved(doc: ReportDocument, folder: Path, name: str = "r.docx"):
    return Document(str(doc.save(folder / name)))


def by_text(doc, text: str):
    return next(p for p in doc.paragraphs if p.text == text)


def resave_with_libreoffice(document: Path, out_dir: Path) -> Path:
    """``document`` opened and saved again by LibreOffice as Word 2007 XML, with a private profile."""
    home = out_dir / "home"
    home.mkdir(parents=True, exist_ok=True)
    command = [
        soffice(),
        "--headless",
        "--norestore",
        f"-env:UserInstallation={(out_dir / 'lo-profile').as_uri()}",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(out_dir / "out"),
        str(document),
    ]
    done = subprocess.run(command, env={**os.environ, "HOME": str(home)}, capture_output=True, text=True, timeout=120)
    saved_again = out_dir / "out" / document.name
    assert saved_again.exists(), done.stdout + done.stderr
    return saved_again


def rewrite_part(path: Path, part: str, change) -> None:
    """``change(xml bytes) -> bytes`` applied to one part of the package at ``path``."""
    with zipfile.ZipFile(path) as package:
        items = [(item, package.read(item.filename)) for item in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for item, content in items:
            package.writestr(item, change(content) if item.filename == part else content)


def as_dotx(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    rewrite_part(target, "[Content_Types].xml", lambda xml: xml.replace(DOCUMENT_TYPE.encode(), TEMPLATE_TYPE.encode()))
    return target


def french_word(source: Path, target: Path) -> Path:
    """``source`` with the style ids French Word gives built-in styles, and every reference to them."""
    target.write_bytes(source.read_bytes())

    def rename(xml: bytes) -> bytes:
        root = etree.fromstring(xml)
        for style in root.iter(f"{{{W}}}style"):
            style_id = style.get(f"{{{W}}}styleId")
            style.set(f"{{{W}}}styleId", FRENCH_IDS.get(style_id, style_id))
            name = style.find(f"{{{W}}}name")
            if name is not None and name.get(f"{{{W}}}val") in FRENCH_NAMES:
                name.set(f"{{{W}}}val", FRENCH_NAMES[name.get(f"{{{W}}}val")])
        for tag in ("basedOn", "next", "link", "pStyle", "rStyle", "tblStyle"):
            for ref in root.iter(f"{{{W}}}{tag}"):
                value = ref.get(f"{{{W}}}val")
                ref.set(f"{{{W}}}val", FRENCH_IDS.get(value, value))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    for part in ("word/styles.xml", "word/document.xml", "word/footer1.xml"):
        if part in zipfile.ZipFile(target).namelist():
            rewrite_part(target, part, rename)
    return target


def assert_headings_styled_as_the_template(out, template_doc) -> None:
    """Each heading's paragraph has the template's own style for its level (by id), which Word and
    python-docx know as Heading N."""
    resolver = StyleResolver(template_doc)
    for text, level in (("Synthèse", 1), ("Électricité", 2), ("Tarif", 3)):
        paragraph = by_text(out, text)
        assert paragraph.style.style_id == resolver.find(f"Heading {level}").style_id, text
        assert paragraph.style.name == f"Heading {level}", text
    assert by_text(out, "Sommaire").style.style_id == resolver.find("TOC Heading").style_id
    assert by_text(out, "Une remarque").style.style_id == resolver.find("List Bullet").style_id
    assert out.tables[0].style.style_id == resolver.find("Table Grid").style_id
    caption = next(p for p in out.paragraphs if p.text.startswith("Tableau 1"))
    assert caption.style.style_id == resolver.find("Caption").style_id


@pytest.fixture(scope="module")
def libreoffice_template(tmp_path_factory) -> Path:
    if soffice() is None:
        pytest.skip("LibreOffice is installed by .ci/run")
    folder = tmp_path_factory.mktemp("lo")
    return resave_with_libreoffice(build_report_template(folder / "mine.docx"), folder)


@needs_libreoffice
def test_a_template_saved_by_libreoffice_styles_the_headings(libreoffice_template, tmp_path):
    template = Document(str(libreoffice_template))
    # LibreOffice names headings "Heading 1", keeps its own Caption beside Word's "caption": python-docx
    # alone failed with KeyError: no style with name 'Heading 1'
    assert "heading 1" not in {s.element.name_val for s in template.styles}
    out = saved(report(libreoffice_template), tmp_path)
    assert_headings_styled_as_the_template(out, template)
    assert StyleResolver(template).find("Caption").element.name_val == "caption"  # Word's, restyled, not LO's


@needs_libreoffice
def test_the_site_report_exports_on_a_libreoffice_template(libreoffice_template, demo, tmp_path):
    from workbench.domain.vocab import Language
    from workbench.i18n.catalogue import translator_for
    from workbench.reporting.site_report import write_site_report

    site = next(s.id for s in demo.sites() if s.name == "Briqueterie Al Amal")
    target = write_site_report(
        demo, site, Language.FR, translator_for(Language.FR), tmp_path / "r.docx", template=libreoffice_template
    )
    out = Document(str(target))
    assert next(p.text for p in out.paragraphs if p.style.name == "Heading 1") == "Synthèse"
    assert len(out.tables) > 5 and MARKER not in "\n".join(p.text for p in out.paragraphs)


def test_a_dotx_template_is_opened_as_a_document(tmp_path):
    dotx = as_dotx(build_report_template(tmp_path / "mine.docx"), tmp_path / "mine.dotx")
    with pytest.raises(ValueError, match="not a Word file"):
        Document(str(dotx))  # what python-docx says of a .dotx by itself
    out = saved(report(dotx), tmp_path)
    assert_headings_styled_as_the_template(out, Document(str(tmp_path / "mine.docx")))
    with zipfile.ZipFile(tmp_path / "r.docx") as package:
        assert DOCUMENT_TYPE in package.read("[Content_Types].xml").decode()  # the report is a .docx


def test_a_macro_enabled_template_loses_its_macros(tmp_path):
    dotm = tmp_path / "mine.dotm"
    dotm.write_bytes(build_report_template(tmp_path / "mine.docx").read_bytes())
    macro_type = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
    vba = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
    bin_type = b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
    rewrite_part(
        dotm,
        "[Content_Types].xml",
        lambda xml: xml.replace(DOCUMENT_TYPE.encode(), macro_type.encode()).replace(b"</Types>", bin_type),
    )
    rewrite_part(
        dotm,
        "word/_rels/document.xml.rels",
        lambda xml: xml.replace(
            b"</Relationships>",
            f'<Relationship Id="rId99" Type="{vba}" Target="vbaProject.bin"/></Relationships>'.encode(),
        ),
    )
    with zipfile.ZipFile(dotm, "a") as package:
        package.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really a VBA project")
    saved(report(dotm), tmp_path)
    with zipfile.ZipFile(tmp_path / "r.docx") as package:
        assert "word/vbaProject.bin" not in package.namelist()
        assert b"vbaProject" not in package.read("word/_rels/document.xml.rels")


def test_a_template_with_french_word_style_ids_styles_the_headings(tmp_path):
    french = french_word(build_report_template(tmp_path / "mine.docx"), tmp_path / "français.docx")
    template = Document(str(french))
    assert template.styles.element.xpath('w:style[@w:styleId="Titre1"]/w:name/@w:val') == ["heading 1"]
    with pytest.raises(KeyError):
        Document(str(french)).add_paragraph(style="TOC Heading")  # by display name, as the writer did
    out = saved(report(french), tmp_path)
    assert_headings_styled_as_the_template(out, template)
    assert by_text(out, "Sommaire").style.style_id == "En-ttedetabledesmatires"


def test_the_marker_keeps_the_cover_before_it_and_drops_the_guide(tmp_path):
    template = build_report_template(tmp_path / "mine.docx")
    doc = Document(str(template))
    marker = next(p for p in doc.paragraphs if p.text == MARKER)
    cover = marker.insert_paragraph_before("Cabinet Énergie+ — rapport confidentiel")
    marker.insert_paragraph_before("Clause de non-responsabilité")  # a second page of the firm's
    cover.add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(template))
    out = saved(report(template), tmp_path)
    texts = [p.text for p in out.paragraphs]
    assert texts[:3] == [
        "Cabinet Énergie+ — rapport confidentiel",
        "Clause de non-responsabilité",
        "Pré-diagnostic énergétique",
    ]
    assert MARKER not in "\n".join(texts)
    assert not any("Modèle du rapport" in t or "The report starts" in t for t in texts)  # the guide below it


def test_without_a_marker_the_template_keeps_none_of_its_body(tmp_path):
    doc = Document()
    doc.add_paragraph("Texte d'exemple du modèle")
    doc.add_table(rows=1, cols=2)
    doc.save(str(tmp_path / "plain.docx"))
    out = saved(report(tmp_path / "plain.docx"), tmp_path)
    assert out.paragraphs[0].text == "Pré-diagnostic énergétique"
    assert "Texte d'exemple" not in "\n".join(p.text for p in out.paragraphs) and len(out.tables) == 1


def test_a_marker_that_ends_a_section_keeps_the_section_break(tmp_path):
    from docx.enum.section import WD_SECTION

    doc = Document()
    doc.add_paragraph("Page de garde")
    marker = doc.add_paragraph(MARKER)
    doc.add_section(WD_SECTION.NEW_PAGE)
    holder = doc.element.body.xpath("w:p[w:pPr/w:sectPr]")[-1]
    marker._p.get_or_add_pPr().append(holder.pPr.sectPr)  # the marker's paragraph ends the cover's section
    holder.getparent().remove(holder)
    doc.add_paragraph("Guide du modèle")
    doc.save(str(tmp_path / "sections.docx"))
    out = saved(report(tmp_path / "sections.docx"), tmp_path)
    assert [p.text for p in out.paragraphs][:3] == ["Page de garde", "", "Pré-diagnostic énergétique"]
    assert len(out.sections) == 2 and "Guide du modèle" not in [p.text for p in out.paragraphs]


def footer_template(tmp_path: Path, footer_text: str | None, page_in_header: bool = False) -> Path:
    """The shipped template with its footer replaced by ``footer_text`` (no page number)."""
    doc = Document(str(build_report_template(tmp_path / "base.docx")))
    footer = doc.sections[0].footer
    for paragraph in footer.paragraphs:
        paragraph._p.getparent().remove(paragraph._p)
    footer.add_paragraph(footer_text or "")
    if page_in_header:
        from workbench.reporting.docx_fields import add_field

        add_field(doc.sections[0].header.paragraphs[0], "PAGE", "1")
    doc.save(str(tmp_path / "footer.docx"))
    return tmp_path / "footer.docx"


def page_fields(story) -> int:
    return sum(1 for p in story.paragraphs if has_page_field(p._p))


def test_a_footer_with_text_but_no_page_number_gets_one_below_its_text(tmp_path):
    out = saved(report(footer_template(tmp_path, "Cabinet Énergie+ · 12 rue de Fès, Casablanca")), tmp_path)
    footer = out.sections[0].footer
    assert footer.paragraphs[0].text == "Cabinet Énergie+ · 12 rue de Fès, Casablanca"
    assert page_fields(footer) == 1 and has_page_field(footer.paragraphs[-1]._p)


def test_a_footer_with_a_page_number_gets_none_added(tmp_path):
    template = build_report_template(tmp_path / "mine.docx")
    assert page_fields(Document(str(template)).sections[0].footer) == 1
    out = saved(report(template), tmp_path)
    assert page_fields(out.sections[0].footer) == 1
    assert len(out.sections[0].footer.paragraphs) == 1


def test_a_page_number_in_the_header_is_enough(tmp_path):
    out = saved(report(footer_template(tmp_path, "Cabinet Énergie+", page_in_header=True)), tmp_path)
    assert page_fields(out.sections[0].footer) == 0 and page_fields(out.sections[0].header) == 1


def test_an_empty_footer_gets_the_page_number(tmp_path):
    out = saved(report(footer_template(tmp_path, None)), tmp_path)
    assert page_fields(out.sections[0].footer) == 1


def test_the_cover_shows_no_page_number(tmp_path):
    out = saved(report(footer_template(tmp_path, "Cabinet Énergie+")), tmp_path)
    section = out.sections[0]
    assert section.different_first_page_header_footer  # w:titlePg
    assert section.first_page_footer.paragraphs[0].text == "Cabinet Énergie+"  # the firm's text, not the number
    assert page_fields(section.first_page_footer) == 0 and page_fields(section.footer) == 1


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\x1f\x4e\x79" * 2 + b"\x00" + b"\x1f\x4e\x79" * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_a_logo_in_the_header_stays_on_the_cover(tmp_path):
    from docx.shared import Cm

    doc = Document(str(build_report_template(tmp_path / "base.docx")))
    doc.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(3))
    doc.save(str(tmp_path / "logo.docx"))
    out = saved(report(tmp_path / "logo.docx"), tmp_path)
    first = out.sections[0].first_page_header
    blip = first._element.xpath(".//a:blip/@r:embed")
    assert len(blip) == 1 and first.part.related_parts[blip[0]].blob == tiny_png()
    ids = [int(i) for story in (first, out.sections[0].header) for i in story._element.xpath(".//wp:docPr/@id")]
    assert len(ids) == len(set(ids)) == 2


@needs_libreoffice
def test_page_one_has_no_number_and_page_two_has_its_own(tmp_path):
    from workbench.reporting.pdf import docx_to_pdf

    doc = report(build_report_template(tmp_path / "mine.docx"))
    pdf = docx_to_pdf(doc.save(tmp_path / "r.docx"), tmp_path / "pdf")

    def page(number: int) -> list[str]:
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"], capture_output=True, text=True
        )
        return [line.strip() for line in text.stdout.splitlines() if line.strip()]

    assert "1" not in page(1) and page(2)[-1] == "2"


def test_the_running_header_goes_where_the_template_header_is_empty(tmp_path):
    doc = report(build_report_template(tmp_path / "mine.docx"))
    doc.running_header("Pré-diagnostic énergétique — Briqueterie Al Amal")
    doc.running_header("Pré-diagnostic énergétique — Briqueterie Al Amal (v2)")  # the second call replaces
    out = saved(doc, tmp_path)
    header = out.sections[0].header
    assert [p.text for p in header.paragraphs] == ["Pré-diagnostic énergétique — Briqueterie Al Amal (v2)"]
    assert header.paragraphs[0].style.name == "Running Header"
    assert not "".join(p.text for p in out.sections[0].first_page_header.paragraphs)  # not on the cover


def test_a_template_header_is_left_as_the_firm_made_it(tmp_path):
    base = Document(str(build_report_template(tmp_path / "base.docx")))
    base.sections[0].header.paragraphs[0].text = "Cabinet Énergie+"
    base.save(str(tmp_path / "header.docx"))
    doc = report(tmp_path / "header.docx")
    doc.running_header("Pré-diagnostic énergétique")
    out = saved(doc, tmp_path)
    assert [p.text for p in out.sections[0].header.paragraphs] == ["Cabinet Énergie+"]
    assert [p.text for p in out.sections[0].first_page_header.paragraphs] == ["Cabinet Énergie+"]


def test_a_template_missing_required_styles_is_refused_by_name(tmp_path):
    template = build_report_template(tmp_path / "mine.docx")

    def drop(xml: bytes) -> bytes:
        root = etree.fromstring(xml)
        for style_id in ("ListBullet", "Caption"):
            for style in root.xpath(f'w:style[@w:styleId="{style_id}"]', namespaces={"w": W}):
                root.remove(style)
        return etree.tostring(root)

    rewrite_part(template, "word/styles.xml", drop)
    with pytest.raises(DomainError) as error:
        ReportDocument(template, "Table", "Figure")
    text = error.value.render()
    assert str(template) in text and "Caption" in text and "List Bullet" in text
    assert "Home ▸ Styles" in text  # and what to do about it


def test_an_old_template_gets_the_table_and_contents_styles(tmp_path):
    Document().save(str(tmp_path / "old.docx"))  # python-docx's own: no Table Text, no TOC 1–3
    assert StyleResolver(Document(str(tmp_path / "old.docx"))).find("Table Text") is None
    out = saved(report(tmp_path / "old.docx"), tmp_path)
    cells = out.tables[0].rows[1].cells
    assert [c.paragraphs[0].style.name for c in cells] == ["Table Text", "Table Figure"]
    assert out.styles["Table Text"].font.size.pt == 9
    assert by_text(out, "Synthèse\t").style.name == "toc 1"  # Word's built-in TOC 1


def test_a_file_from_word_97_or_with_a_password_is_refused_with_what_to_do(tmp_path):
    template = tmp_path / "ancien.doc"
    template.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(DomainError) as error:
        ReportDocument(template, "Table", "Figure")
    assert re.fullmatch(
        rf"The template {re.escape(str(template))} cannot be used: it is a Word 97–2003 document or is protected "
        r"by a password; save it from Word as a \.docx or \.dotx without a password\.",
        error.value.render(),
    )


@pytest.mark.parametrize("kind", ["site-report", "cluster-synthesis"])
def test_the_shipped_templates_carry_the_marker_and_the_styles_to_restyle(kind):
    from workbench.resources import report_template

    doc = Document(str(report_template(kind)))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == MARKER and any("[[REPORT]]" in t and "avant lui" in t for t in texts[1:])
    assert any("The report starts" in t for t in texts)
    resolver = StyleResolver(doc)
    for key in ("Table Text", "Table Figure", "Table Heading", "TOC 1", "TOC 2", "TOC 3", "Running Header"):
        assert resolver.find(key) is not None, key
    assert resolver.find("Table Text").style_id == "TableText"


def test_a_template_without_page_set_up_gets_a4(tmp_path):
    doc = Document()
    body = doc.element.body
    body.remove(body.sectPr)  # some generators write no section properties at all
    doc.save(str(tmp_path / "bare.docx"))
    out = saved(report(tmp_path / "bare.docx"), tmp_path)
    assert round(out.sections[0].page_height.cm, 1) == 29.7 and out.tables
