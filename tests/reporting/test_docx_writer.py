"""The document layer read back: a filled table of contents, document properties, tables that read well,
figures and units kept together."""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile

import pytest
from docx import Document
from docx.shared import Pt
from lxml import etree

from workbench.domain.vocab import Language
from workbench.reporting.docx_styles import StyleResolver, font_size
from workbench.reporting.docx_writer import KEEP_TOGETHER_ROWS, TABLE_GAP, ReportDocument
from workbench.reporting.template import build_report_template
from workbench.reporting.typography import (
    NARROW_NBSP,
    NB_HYPHEN,
    NBSP,
    keep_together,
    longest_word_width,
    text_width,
    words,
)

from .test_templates import needs_libreoffice, report, saved

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADINGS = [(1, "Synthèse"), (2, "Électricité"), (3, "Tarif")]

# The measures table of the site report, as the demo's brickworks has it
MEASURES_HEADER = [
    "Mesure",
    "kWh économisés par an",
    "Économie annuelle (MAD)",
    "Investissement (MAD)",
    "Temps de retour (ans)",
    "t CO2 évitées",
]
MEASURES = [
    ["Régler la combustion des brûleurs", "846 720", "362 925", "60 000", "0,2", "236,2"],
    ["Compenser l'énergie réactive", "0", "112 343", "63 000", "0,6", "0,0"],
    ["Isoler la voûte du four tunnel", "1 008 000", "432 053", "650 000", "1,5", "281,2"],
    ["Récupérer la chaleur du four pour le séchage", "3 024 000", "1 296 159", "2 880 000", "2,2", "843,7"],
    ["Remplacer l'éclairage par des luminaires LED", "132 215", "122 973", "576 400", "4,7", "72,3"],
]


@pytest.fixture
def template(tmp_path):
    return build_report_template(tmp_path / "mine.docx")


def toc_paragraphs(doc) -> list:
    return [p for p in doc.paragraphs if p.style.name.startswith("toc ")]


def instructions(paragraph) -> list[str]:
    return [(t.text or "").strip() for t in paragraph._p.iter(f"{W}instrText")]


# --- table of contents ---------------------------------------------------------------------------------------


def test_the_contents_list_the_headings_in_order_inside_a_real_toc_field(template, tmp_path):
    doc = report(template)
    assert doc.headings == HEADINGS
    out = saved(doc, tmp_path)
    entries = toc_paragraphs(out)
    assert [(int(p.style.name[-1]), p.text.split("\t")[0]) for p in entries] == HEADINGS
    # one field around them all: Word's "Update table" still rebuilds it
    assert instructions(entries[0])[0] == 'TOC \\o "1-3" \\h \\z \\u'
    assert entries[0]._p.xpath("./w:r/w:fldChar/@w:fldCharType")[0] == "begin"
    assert entries[-1]._p.xpath("./w:r/w:fldChar/@w:fldCharType")[-1] == "end"
    # each entry links to its heading's bookmark, and its page is a PAGEREF to the same
    for entry, (_, text) in zip(entries, HEADINGS, strict=True):
        anchor = entry._p.xpath("./w:hyperlink/@w:anchor")[0]
        heading = next(p for p in out.paragraphs if p.text == text)
        assert heading._p.xpath("./w:bookmarkStart/@w:name") == [anchor]
        assert f"PAGEREF {anchor} \\h" in instructions(entry)
        tab = entry._p.xpath("./w:pPr/w:tabs/w:tab")[0]
        assert (tab.get(f"{W}val"), tab.get(f"{W}leader")) == ("right", "dot")
    # nothing asks Word to update fields on opening, nothing tells the reader to
    assert out.settings.element.find(f"{W}updateFields") is None
    assert "Update" not in "\n".join(p.text for p in out.paragraphs)


def test_heading_pages_fill_the_numbers_and_keep_the_toc_length(template, tmp_path):
    doc = report(template)
    before = saved(doc, tmp_path, "before.docx")
    assert [p.text for p in toc_paragraphs(before)] == ["Synthèse\t", "Électricité\t", "Tarif\t"]
    doc.set_heading_pages([3, 3, None])
    after = saved(doc, tmp_path, "after.docx")
    assert [p.text for p in toc_paragraphs(after)] == ["Synthèse\t3", "Électricité\t3", "Tarif\t"]
    assert len(after.paragraphs) == len(before.paragraphs)
    doc.set_heading_pages([3, 4, 4])  # a second save rewrites the table, it does not add one
    again = saved(doc, tmp_path, "again.docx")
    assert [p.text for p in toc_paragraphs(again)] == ["Synthèse\t3", "Électricité\t4", "Tarif\t4"]
    assert len(again.paragraphs) == len(before.paragraphs)
    with pytest.raises(ValueError, match="2 pages given for 3 headings"):
        doc.set_heading_pages([1, 2])


def test_headings_below_level_three_are_bookmarked_but_not_listed(template, tmp_path):
    doc = report(template)
    doc.heading("Détail", 4)
    out = saved(doc, tmp_path)
    assert [p.text.split("\t")[0] for p in toc_paragraphs(out)] == ["Synthèse", "Électricité", "Tarif"]
    assert doc.headings[-1] == (4, "Détail")


def test_a_contents_without_headings_is_an_empty_field(template, tmp_path):
    doc = ReportDocument(template, "Table", "Figure")
    doc.table_of_contents("Contents", "Update this table of contents: right-click it, then Update Field (F9).")
    out = saved(doc, tmp_path)
    field = out.paragraphs[1]
    assert instructions(field) == ['TOC \\o "1-3" \\h \\z \\u'] and field.text == ""


@needs_libreoffice
def test_libreoffice_prints_the_entries_and_the_pages_given(template, tmp_path):
    from workbench.reporting.pdf import docx_to_pdf

    doc = report(template)
    doc.set_heading_pages([3, 3, 3])
    pdf = docx_to_pdf(doc.save(tmp_path / "r.docx"), tmp_path / "pdf")
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0] == "Sommaire" and lines[1].startswith("Synthèse") and lines[1].endswith("3")
    assert lines[3].startswith("Tarif")


# --- properties ----------------------------------------------------------------------------------------------


def test_properties_read_back_with_python_docx(template, tmp_path):
    # the template's own author and title never reach a report
    base = Document(str(template))
    base.core_properties.author = "Stagiaire du cabinet"
    base.core_properties.comments = "brouillon"
    base.save(str(template))
    doc = report(template)
    start = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    doc.properties(
        "Pré-diagnostic énergétique — Briqueterie Al Amal",
        "Bilan énergétique rapide",
        "Équipe Tweed / cluster",
        "Cluster EEMC",
        Language.FR,
        keywords="énergie; audit",
    )
    out = saved(doc, tmp_path)
    core = out.core_properties
    assert core.title == "Pré-diagnostic énergétique — Briqueterie Al Amal"
    assert (core.subject, core.author, core.last_modified_by) == (
        "Bilan énergétique rapide",
        "Équipe Tweed / cluster",
        "Équipe Tweed / cluster",
    )
    assert (core.language, core.keywords, core.revision, core.comments) == ("fr-FR", "énergie; audit", 1, "")
    for stamp in (core.created, core.modified):
        assert abs(stamp.replace(tzinfo=None) - start) < dt.timedelta(minutes=1)
    with zipfile.ZipFile(tmp_path / "r.docx") as package:
        app = etree.fromstring(package.read("docProps/app.xml"))
        styles = package.read("word/styles.xml").decode()
    company = app.find("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Company")
    assert company.text == "Cluster EEMC"
    # spell-checking in the report's language
    defaults = etree.fromstring(styles.encode()).find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert defaults.get(f"{W}val") == "fr-FR"


def test_an_english_report_is_proofed_in_british_english_and_a_missing_app_part_is_made(tmp_path):
    doc = ReportDocument(None, "Table", "Figure")
    package = doc.doc.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/extended-properties"):
            del package.rels[r_id]
    doc.properties("Quick energy scan", "Site report", "Auditor", "Firm", Language.EN)
    doc.save(tmp_path / "r.docx")
    with zipfile.ZipFile(tmp_path / "r.docx") as package:
        assert b"<Company>Firm</Company>" in package.read("docProps/app.xml")
        assert b'w:val="en-GB"' in package.read("word/styles.xml")
    assert Document(str(tmp_path / "r.docx")).core_properties.author == "Auditor"


def test_without_properties_the_report_says_nothing_of_python_docx(tmp_path):
    out = saved(ReportDocument(None, "Table", "Figure"), tmp_path)
    core = out.core_properties
    assert core.author == "" and core.last_modified_by == "" and core.created.year >= 2024


# --- tables --------------------------------------------------------------------------------------------------


def table_doc(template, rows: int):
    doc = ReportDocument(template, "Tableau", "Figure")
    doc.table("Consommation", ["Mois", "kWh"], [[f"{m:02d}/2019", f"{m * 1000}"] for m in range(rows)], [False, True])
    doc.paragraph("Après le tableau")
    return doc


def keeps(row) -> list[bool]:
    return [p._p.pPr.find(f"{W}keepNext") is not None for p in (c.paragraphs[0] for c in row.cells)]


def test_every_row_stays_whole_and_a_short_table_on_one_page(template, tmp_path):
    out = saved(table_doc(template, 12), tmp_path)
    table = out.tables[0]
    assert all(row._tr.trPr.find(f"{W}cantSplit") is not None for row in table.rows)
    assert "w:tblHeader" in table.rows[0]._tr.xml
    assert [all(keeps(row)) for row in table.rows] == [True] * 12 + [False]  # all but the last row
    caption = out.paragraphs[0]
    assert caption.text.startswith("Tableau 1 — ") and caption.paragraph_format.keep_with_next


def test_a_long_table_keeps_its_caption_heading_and_first_rows_together(template, tmp_path):
    rows = KEEP_TOGETHER_ROWS + 10
    out = saved(table_doc(template, rows), tmp_path)
    table = out.tables[0]
    kept = [all(keeps(row)) for row in table.rows]
    # caption → heading row → first row → second row; and the last two rows together
    assert kept[:3] == [True, True, False] and kept[-2:] == [True, False] and sum(kept) == 3
    assert out.paragraphs[0].paragraph_format.keep_with_next


def test_table_text_uses_named_styles_not_direct_formatting(template, tmp_path):
    out = saved(table_doc(template, 2), tmp_path)
    table = out.tables[0]
    assert [c.paragraphs[0].style.name for c in table.rows[0].cells] == ["Table Heading", "Table Heading"]
    assert [c.paragraphs[0].style.name for c in table.rows[1].cells] == ["Table Text", "Table Figure"]
    assert not table._tbl.xpath(".//w:rPr")  # no size or bold on any run
    assert out.styles["Table Heading"].font.bold


def test_what_follows_a_table_starts_below_it(template, tmp_path):
    out = saved(table_doc(template, 2), tmp_path)
    after = next(p for p in out.paragraphs if p.text == "Après le tableau")
    assert after.paragraph_format.space_before == TABLE_GAP
    doc = ReportDocument(template, "Tableau", "Figure")
    doc.table("T", ["a"], [["b"]])
    doc.heading("Suite")  # a heading keeps its own, larger space
    out = saved(doc, tmp_path, "h.docx")
    assert next(p for p in out.paragraphs if p.text == "Suite").paragraph_format.space_before is None


def test_figures_and_invoice_numbers_in_cells_never_break(template, tmp_path):
    doc = ReportDocument(template, "Tableau", "Figure")
    doc.table(
        "Factures",
        ["Facture", "Quantité"],
        [["MT201902-04016", "12 345 kWh"], ["Jean-Pierre", "11,8 t CO2"]],
        [False, True],
    )
    out = saved(doc, tmp_path)
    cells = [[c.text for c in row.cells] for row in out.tables[0].rows[1:]]
    # python-docx reads Word's non-breaking hyphen back as "-": the invoice number is the same text
    assert cells == [["MT201902-04016", f"12{NARROW_NBSP}345{NBSP}kWh"], ["Jean-Pierre", f"11,8{NBSP}t{NBSP}CO2"]]
    first = out.tables[0].rows[1].cells[0].paragraphs[0]._p
    assert first.xpath(".//w:noBreakHyphen") and not out.tables[0].rows[2].cells[0]._tc.xpath(".//w:noBreakHyphen")


def measures_widths(template, header=MEASURES_HEADER, rows=MEASURES):
    doc = ReportDocument(template, "Tableau", "Figure")
    numeric = [False] + [True] * (len(header) - 1)
    rows = [[keep_together(v) if n else v for v, n in zip(r, numeric, strict=True)] for r in rows]
    return doc, [w / 12700 for w in doc._column_widths(header, rows, numeric)], rows, numeric


def test_no_word_of_a_measures_table_is_broken_and_figures_get_just_their_width(template):
    doc, widths, rows, numeric = measures_widths(template)
    size = font_size(doc.styles, "Table Text")
    bold = font_size(doc.styles, "Table Heading")
    padding = doc._cell_padding()
    assert sum(widths) == pytest.approx(doc._text_width() / 12700, abs=1)
    for i, width in enumerate(widths):
        cells = [r[i] for r in rows]
        need = max([longest_word_width(MEASURES_HEADER[i], bold, True), *(longest_word_width(c, size) for c in cells)])
        assert width >= need + padding - 0.01, (MEASURES_HEADER[i], width, need)
        if numeric[i]:
            # a figure column: its widest value or heading word, no more
            assert width == pytest.approx(need + padding, abs=0.5), MEASURES_HEADER[i]
    # the measure names get the rest: wider than any figure column, two lines at most
    assert widths[0] == max(widths)
    assert 2 * (widths[0] - padding) >= max(text_width(r[0], size) for r in rows)


def test_an_english_measures_table_breaks_no_word_either(template):
    header = [
        "Measure",
        "kWh saved per year",
        "Saved per year (MAD)",
        "Investment (MAD)",
        "Payback (years)",
        "t CO2 avoided",
    ]
    rows = [["Tune the burners' combustion", "846,720", "362,925", "60,000", "0.2", "236.2"]] * 3
    doc, widths, rows, _ = measures_widths(template, header, rows)
    padding, size = doc._cell_padding(), font_size(doc.styles, "Table Text")
    for i, width in enumerate(widths):
        assert width >= max(longest_word_width(r[i], size) for r in rows) + padding - 0.01


def test_text_columns_share_the_width_by_what_they_hold():
    from workbench.reporting.docx_writer import Column, share_widths

    columns = [Column(30, 40, 600, 300), Column(30, 40, 100, 60), Column(40, 50, 50, 0)]
    widths = share_widths(columns, [False, False, True], 400, 10)
    assert sum(widths) == pytest.approx(400)
    assert widths[2] == pytest.approx(60)  # the figure: its widest value and padding
    assert widths[0] > 2 * widths[1] and widths[1] >= 50  # the long text gets most, the short its longest word
    # the caller's weights, but never below a column's longest word
    weighted = share_widths(columns, [False, False, True], 400, 10, weights=[0, 10, 0])
    assert weighted[0] == pytest.approx(50) and weighted[1] == pytest.approx(290)


def test_a_table_too_wide_for_wide_letters_is_laid_out_for_calibri_headings_first():
    from workbench.reporting.docx_writer import Column, share_widths

    # headings' words do not fit in DejaVu widths, values do: values keep their full width
    columns = [Column(100, 40, 200, 100), Column(100, 60, 60, 0)]
    widths = share_widths(columns, [False, True], 190, 10)
    assert widths[1] >= 70 and sum(widths) == pytest.approx(190)


@needs_libreoffice
def test_libreoffice_breaks_no_word_of_the_measures_table(template, tmp_path):
    from workbench.reporting.pdf import docx_to_pdf

    doc = ReportDocument(template, "Tableau", "Figure")
    doc.table("Mesures par temps de retour", MEASURES_HEADER, MEASURES, [False] + [True] * 5)
    pdf = docx_to_pdf(doc.save(tmp_path / "m.docx"), tmp_path / "pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    printed = {w.replace(NARROW_NBSP, " ") for line in text.splitlines() for w in line.split()}
    for row in MEASURES:
        for word in row[0].split():
            assert word in printed, word  # every word of the names whole, none cut in two
    for heading in MEASURES_HEADER:
        for word in words(heading):
            assert word in printed, word


# --- figures, sections, text ---------------------------------------------------------------------------------


def test_a_figure_is_never_wider_than_the_text(tmp_path):
    from docx.shared import Cm

    from .test_templates import tiny_png

    doc = ReportDocument(None, "Table", "Figure")
    section = doc.doc.sections[0]
    section.left_margin = section.right_margin = Cm(4)  # 13 cm of text
    doc.figure(tiny_png(), "Énergie finale mensuelle")
    out = saved(doc, tmp_path)
    assert out.inline_shapes[0].width <= doc._text_width()
    caption = out.paragraphs[1]
    assert caption.text == "Figure 1 — Énergie finale mensuelle" and out.paragraphs[0].paragraph_format.keep_with_next


def test_a_landscape_section_numbers_its_first_page(template, tmp_path):
    doc = report(template)
    doc.landscape()
    doc.paragraph("Annexe large")
    out = saved(doc, tmp_path)
    assert out.sections[0].different_first_page_header_footer
    assert not out.sections[-1].different_first_page_header_footer
    assert out.sections[-1].page_width > out.sections[-1].page_height


def test_text_keeps_tabs_line_breaks_and_no_break_hyphens(template, tmp_path):
    doc = ReportDocument(template, "Table", "Figure")
    doc.paragraph(f"a\tb\nc MT2019{NB_HYPHEN}01")
    out = saved(doc, tmp_path)
    paragraph = out.paragraphs[0]
    assert paragraph.text == "a\tb\nc MT2019-01"
    assert paragraph._p.xpath(".//w:tab") and paragraph._p.xpath(".//w:br") and paragraph._p.xpath(".//w:noBreakHyphen")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("12 345 kWh", f"12{NARROW_NBSP}345{NBSP}kWh"),
        ("11,8 t CO2", f"11,8{NBSP}t{NBSP}CO2"),
        ("0,4 an", f"0,4{NBSP}an"),
        ("MT201902-04016", f"MT201902{NB_HYPHEN}04016"),
        ("0,547 kg CO2/kWh", f"0,547{NBSP}kg{NBSP}CO2/kWh"),
        ("95 % des 1 008 000 kWh/an", f"95{NBSP}% des 1{NARROW_NBSP}008{NARROW_NBSP}000{NBSP}kWh/an"),
        ("3 postes de 8 h", f"3 postes de 8{NBSP}h"),  # "3 postes": a figure and a word, free to break
        ("Jean-Pierre, auto-consommation", "Jean-Pierre, auto-consommation"),
        (f"12{NARROW_NBSP}345{NBSP}kWh", f"12{NARROW_NBSP}345{NBSP}kWh"),  # as the formatter writes it
        ("saves 1,008,000 kWh in 2019", f"saves 1,008,000{NBSP}kWh in 2019"),
    ],
)
def test_keep_together(typed, kept):
    assert keep_together(typed) == kept


def test_keep_together_is_exported_for_the_report_writers():
    from workbench.reporting import docx_writer

    assert docx_writer.keep_together is keep_together and "keep_together" in docx_writer.__all__


def test_widths_count_no_break_spaces_as_joining():
    assert words(f"Entretien{NARROW_NBSP}: heures par an") == [f"Entretien{NARROW_NBSP}:", "heures", "par", "an"]
    assert text_width("Investissement", 9, bold=True) > text_width("Investissement", 9)
    assert text_width("é", 10) == text_width("e", 10)


def test_the_resolver_adds_nothing_twice(template):
    doc = Document(str(template))
    resolver = StyleResolver(doc)
    count = len(doc.styles)
    resolver.add_missing()
    assert len(doc.styles) == count  # the shipped template has them all already
    assert resolver.style("Table Text").font.size == Pt(9)


def test_sentences_keep_figures_standards_and_numbers_on_one_line():
    from workbench.reporting.typography import keep_sentence_together

    said = keep_sentence_together(
        "au sens de la norme EN 16247, arrêté n° 2451.14, 3 mois sur 12, facture MT201812-02014, à 4 % réel"
    )
    assert "EN\u00a016247" in said and "n°\u00a02451.14" in said and "3\u00a0mois" in said
    assert "MT201812\u201102014" in said and "4\u00a0%" in said
    assert "sens de la norme" in said  # the other spaces of the sentence still break
    doc = ReportDocument(None, "Tableau", "Figure")
    doc.paragraph("Puissance souscrite dépassée 3 mois sur 12.")
    doc.bullet("Voir la norme ISO 50002.")
    texts = [p.text for p in doc.doc.paragraphs]
    assert "3\u00a0mois" in texts[-2] and "ISO\u00a050002" in texts[-1]
