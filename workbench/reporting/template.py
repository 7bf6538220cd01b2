"""The shipped report template (``resources/templates/site-report.docx``): A4, the styles the report uses,
a page-number footer. Users copy it, restyle it in Word, and export with their copy.

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
GUIDE = (
    "Modèle du rapport de bilan énergétique rapide. Modifiez les styles (Accueil ▸ Styles : Titre, Titre 1, "
    "Titre 2, Légende, Grille du tableau…), l’en-tête, le pied de page et la mise en page, puis exportez avec "
    "ce fichier. Le texte de cette page est ignoré.",
    "Template of the quick-scan report. Restyle its styles (Home ▸ Styles: Title, Heading 1, Heading 2, "
    "Caption, Table Grid…), header, footer and page layout, then export with this file. The text on this "
    "page is ignored.",
)


def build_site_template(target: Path) -> Path:
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
    for text in GUIDE:
        doc.add_paragraph(text)
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target


if __name__ == "__main__":
    from workbench.resources import site_report_template

    print(build_site_template(Path(sys.argv[1]) if len(sys.argv) > 1 else site_report_template()))
