"""The shipped report templates (``resources/templates/site-report.docx``, ``cluster-synthesis.docx``): A4,
the styles the reports use (the table text styles and TOC levels included, so that a firm finds them to
restyle), a page-number footer, and the ``[[REPORT]]`` marker with a guide below it. Users copy one,
restyle it in Word, put their cover above the marker, and export with it.

Regenerate with ``python -m workbench.reporting.template``. The report's fixed texts are not in the
template: they come from the translation catalogues, so one template serves both languages. The guide is
in both languages at once, as the template is.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from .docx_fields import add_field
from .docx_styles import REQUIRED_STYLES, StyleResolver
from .docx_template import MARKER

INK = RGBColor(0x1F, 0x4E, 0x79)

# Below the marker, so dropped on export: it only tells whoever opens the file what it is for.
GUIDES = {
    "site-report": (
        "Modèle du rapport de pré-diagnostic énergétique d’un site.",
        "Template of a site's energy quick-scan report.",
    ),
    "cluster-synthesis": ("Modèle de la synthèse d’un cluster.", "Template of a cluster synthesis."),
}
HOW = (
    "Modifiez les styles (Accueil ▸ Styles\u202f: Titre, Titre 1, Titre 2, Légende, Grille du tableau, "
    "Table Text, Table Figure, Table Heading, TM 1…), l’en-tête, le pied de page et la mise en page, puis "
    "exportez avec ce fichier.",
    "Restyle its styles (Home ▸ Styles: Title, Heading 1, Heading 2, Caption, Table Grid, Table Text, "
    "Table Figure, Table Heading, TOC 1…), header, footer and page layout, then export with this file.",
)
MARKER_GUIDE = (
    f"Le rapport commence au paragraphe «\u202f{MARKER}\u202f» ci-dessus. Ce que vous placez avant lui (une page "
    "de garde à vos couleurs, un avertissement) figure au début de chaque rapport\u202f; ce paragraphe et le "
    "texte qui le suit, dont ce guide, sont ignorés. Sans ce paragraphe, tout le texte du modèle est ignoré.",
    f"The report starts at the “{MARKER}” paragraph above. What you put before it (a cover in your colours, "
    "a disclaimer) opens every report; that paragraph and the text after it, this guide included, are "
    "dropped. Without it, all the template's text is dropped.",
)


def build_report_template(target: Path, kind: str = "site-report") -> Path:
    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_field(footer, "PAGE", "1")
    styles = doc.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(10.5)
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        styles[name].font.color.rgb = INK
        styles[name].font.size = Pt(size)
    styles["Caption"].font.color.rgb = INK
    resolver = StyleResolver(doc)
    resolver.add_missing()  # Table Text, Table Figure, Table Heading, TOC 1–3, Running Header: to restyle
    assert not resolver.missing(REQUIRED_STYLES)
    doc.add_paragraph(MARKER)
    for title, how, marker in zip(GUIDES[kind], HOW, MARKER_GUIDE, strict=True):
        doc.add_paragraph(f"{title} {how}")
        doc.add_paragraph(marker)
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target


if __name__ == "__main__":
    from workbench.resources import REPORT_KINDS, report_template

    for kind in REPORT_KINDS:
        print(
            build_report_template(
                Path(sys.argv[1]) / f"{kind}.docx" if len(sys.argv) > 1 else report_template(kind), kind
            )
        )
