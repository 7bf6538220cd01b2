"""The shipped report templates (``resources/templates/site-report.docx``, ``cluster-synthesis.docx``): A4,
the styles the reports use, a page-number footer. Users copy one, restyle it in Word, and export with it.

Regenerate with ``python -m workbench.reporting.template``. The report's fixed texts are not in the
template: they come from the translation catalogues, so one template serves both languages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from .docx_writer import REQUIRED_STYLES, _field

INK = RGBColor(0x1F, 0x4E, 0x79)

# The template's own body is dropped on export; it only tells whoever opens the file what it is for.
GUIDES = {
    "site-report": (
        "Modèle du rapport de bilan énergétique rapide d’un site.",
        "Template of a site's quick-scan report.",
    ),
    "cluster-synthesis": ("Modèle de la synthèse d’un cluster.", "Template of a cluster synthesis."),
}
HOW = (
    "Modifiez les styles (Accueil ▸ Styles : Titre, Titre 1, "
    "Titre 2, Légende, Grille du tableau…), l’en-tête, le pied de page et la mise en page, puis exportez avec "
    "ce fichier. Le texte de cette page est ignoré.",
    "Restyle its styles (Home ▸ Styles: Title, Heading 1, Heading 2, "
    "Caption, Table Grid…), header, footer and page layout, then export with this file. The text on this "
    "page is ignored.",
)


def build_report_template(target: Path, kind: str = "site-report") -> Path:
    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(footer, "PAGE", "1")
    styles = doc.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(10.5)
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        styles[name].font.color.rgb = INK
        styles[name].font.size = Pt(size)
    styles["Caption"].font.color.rgb = INK
    assert all(name in {s.name for s in styles} for name in REQUIRED_STYLES)
    for title, how in zip(GUIDES[kind], HOW, strict=True):
        doc.add_paragraph(f"{title} {how}")
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
