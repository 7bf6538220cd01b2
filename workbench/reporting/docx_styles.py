"""The styles a report uses, found in a template by what they are rather than by what they are called.

Word shows a style under a localised name but stores a built-in one under its English internal name
("heading 1", "caption", "Title"), with a style id that French Word localises ("Titre1", "Lgende"). LibreOffice
writes "Heading 1" with a capital, keeps its own "Caption" beside Word's "caption", and names Word's TOC
Heading "ContentsHeading". python-docx looks styles up by display name only, so a template re-saved by
either failed with ``KeyError: no style with name 'Heading 1'``. :class:`StyleResolver` looks, in this
order, for Word's internal name exactly, the same name in any case, the English or French style id, then
a localised display name; and it adds the styles that a template may lack without harm (the table text
styles, the TOC levels) so that an old template keeps working.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

PARAGRAPH, TABLE = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.TABLE


@dataclass(frozen=True)
class StyleSpec:
    """One style the writer applies: ``key`` is the English name the code asks for; ``internal`` Word's
    name for it in styles.xml (its built-in identity); ``ids`` and ``names`` what Word in French and
    LibreOffice write instead."""

    key: str
    kind: WD_STYLE_TYPE
    internal: str
    ids: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


SPECS = {
    spec.key: spec
    for spec in (
        StyleSpec("Normal", PARAGRAPH, "Normal", ("Normal", "Standard"), ("Standard",)),
        StyleSpec("Title", PARAGRAPH, "Title", ("Title", "Titre"), ("Titre",)),
        StyleSpec("Subtitle", PARAGRAPH, "Subtitle", ("Subtitle", "Sous-titre"), ("Sous-titre",)),
        StyleSpec("Heading 1", PARAGRAPH, "heading 1", ("Heading1", "Titre1"), ("Titre 1",)),
        StyleSpec("Heading 2", PARAGRAPH, "heading 2", ("Heading2", "Titre2"), ("Titre 2",)),
        StyleSpec("Heading 3", PARAGRAPH, "heading 3", ("Heading3", "Titre3"), ("Titre 3",)),
        StyleSpec("Caption", PARAGRAPH, "caption", ("Caption", "Lgende", "Legende"), ("Légende",)),
        StyleSpec("List Bullet", PARAGRAPH, "List Bullet", ("ListBullet", "Listepuces"), ("Liste à puces",)),
        StyleSpec("Quote", PARAGRAPH, "Quote", ("Quote", "Citation"), ("Citation",)),
        StyleSpec("Header", PARAGRAPH, "header", ("Header", "En-tte", "Entete"), ("En-tête",)),
        StyleSpec("Footer", PARAGRAPH, "footer", ("Footer", "Pieddepage"), ("Pied de page",)),
        StyleSpec("Table Grid", TABLE, "Table Grid", ("TableGrid", "Grilledutableau"), ("Grille du tableau",)),
        StyleSpec(
            "TOC Heading",
            PARAGRAPH,
            "TOC Heading",
            ("TOCHeading", "ContentsHeading", "En-ttedetabledesmatires"),
            ("En-tête de table des matières", "Contents Heading"),
        ),
        StyleSpec("TOC 1", PARAGRAPH, "toc 1", ("TOC1", "TM1", "Contents1"), ("TM 1", "Contents 1")),
        StyleSpec("TOC 2", PARAGRAPH, "toc 2", ("TOC2", "TM2", "Contents2"), ("TM 2", "Contents 2")),
        StyleSpec("TOC 3", PARAGRAPH, "toc 3", ("TOC3", "TM3", "Contents3"), ("TM 3", "Contents 3")),
        # The report's own styles: a template may restyle them, and gets them when it has none
        StyleSpec("Table Text", PARAGRAPH, "Table Text", ("TableText", "TableContents"), ("Texte de tableau",)),
        StyleSpec("Table Figure", PARAGRAPH, "Table Figure", ("TableFigure",), ("Chiffre de tableau",)),
        StyleSpec("Table Heading", PARAGRAPH, "Table Heading", ("TableHeading",), ("En-tête de tableau",)),
        StyleSpec("Running Header", PARAGRAPH, "Running Header", ("RunningHeader",), ("En-tête courant",)),
    )
}

# What a report cannot do without: a template lacking one of them is refused, by name. The others are added.
REQUIRED_STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "List Bullet", "Table Grid", "TOC Heading")

TABLE_TEXT_SIZE = Pt(9)
TOC_STEP = Cm(0.5)  # the indent of each TOC level under the one above


def _folded(name: str) -> str:
    """A name compared without case, accents, spaces or punctuation: "Légende" ~ "legende" ~ "LEGENDE"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return re.sub(r"[\W_]+", "", "".join(c for c in decomposed if not unicodedata.combining(c)))


class StyleResolver:
    """The document's styles by what the writer calls them; built once, as looking up a style by walking
    styles.xml for each paragraph would cost more than writing the paragraph."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self._found: dict[str, ParagraphStyle | None] = {}
        self._styles: list[tuple[ParagraphStyle, object, str, str, str, str]] | None = None

    def find(self, key: str) -> ParagraphStyle | None:
        """The style the writer calls ``key``, or None when the document has nothing that is it."""
        if key not in self._found:
            self._found[key] = self._search(SPECS.get(key) or StyleSpec(key, PARAGRAPH, key, (key.replace(" ", ""),)))
        return self._found[key]

    def missing(self, keys: Iterable[str] = REQUIRED_STYLES) -> list[str]:
        return [key for key in keys if self.find(key) is None]

    def _index(self) -> list[tuple[ParagraphStyle, object, str, str, str, str]]:
        """Each style with its kind, name, id and their folded forms, read once: python-docx reads an
        attribute by walking the XML each time, which made a lookup cost 6 ms on a LibreOffice template.

        Paragraph and table styles only (python-docx's table style is a paragraph style): the kinds the
        writer applies, so a character or list style never matched a spec."""
        if self._styles is None:
            self._styles = []
            for style in self.document.styles:
                if not isinstance(style, ParagraphStyle):
                    continue
                name, style_id = style.element.name_val or "", style.style_id or ""
                self._styles.append((style, style.type, name, style_id, _folded(name), _folded(style_id)))
        return self._styles

    def _search(self, spec: StyleSpec) -> ParagraphStyle | None:
        candidates = [entry for entry in self._index() if entry[1] == spec.kind]
        names = {_folded(n) for n in (spec.key, *spec.names)}
        ids = {_folded(i) for i in spec.ids}
        internal = spec.internal.casefold()
        tests = (
            lambda e: e[2] == spec.internal,  # Word's own name: the built-in itself
            lambda e: e[2].casefold() == internal,
            lambda e: e[3] in spec.ids,
            lambda e: e[4] in names,
            lambda e: e[5] in ids,
        )
        for test in tests:
            for entry in candidates:
                if test(entry):
                    return entry[0]
        return None

    def style(self, key: str) -> ParagraphStyle | None:
        """The style, added first if it is one the report may add (see :meth:`add_missing`)."""
        found = self.find(key)
        if found is None and key in _BUILDERS:
            found = self._found[key] = _BUILDERS[key](self)
        return found

    def added(self, key: str) -> ParagraphStyle:
        """One of the styles the report adds to a template that lacks it (see :meth:`style`): always there."""
        found = self.style(key)
        if found is None:
            raise KeyError(f"{key!r} is not a style the report adds")
        return found

    def add_missing(self) -> None:
        """The optional styles a template lacks, added now so that a user restyling the exported report
        in Word finds them listed."""
        for key in _BUILDERS:
            self.style(key)

    # --- styles added to a template that has none ----------------------------------------------------

    def _add(self, key: str, base: str, kind: WD_STYLE_TYPE = PARAGRAPH) -> ParagraphStyle:
        spec = SPECS[key]
        style: ParagraphStyle  # a paragraph or table style: python-docx leaves add_style unannotated
        try:
            style = self.document.styles.add_style(spec.internal, kind, builtin=spec.internal.islower())
        except ValueError:  # the name is taken by a style of another kind (a character "Table Text")
            style = self.document.styles.add_style(f"{spec.internal} (report)", kind)
        wanted = spec.ids[0]
        existing = {s.style_id for s in self.document.styles if s.element is not style.element}
        style.style_id = wanted if wanted not in existing else f"{wanted}Report"
        style.base_style = self.find(base)
        self._styles = None  # the index holds the styles as they were: read again with this one
        return style

    def _table_text(self, key: str) -> ParagraphStyle:
        """Normal at 9 pt, a point above and below the text: a cell is not a page of text, but its text must
        not touch its borders."""
        style = self._add(key, "Normal")
        style.font.size = TABLE_TEXT_SIZE
        paragraph = style.paragraph_format
        paragraph.space_before = paragraph.space_after = Pt(1)
        paragraph.line_spacing = 1.0
        return style

    def _table_figure(self) -> ParagraphStyle:
        style = self._table_text("Table Figure")
        style.base_style = self.style("Table Text")
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return style

    def _table_heading(self) -> ParagraphStyle:
        style = self._table_text("Table Heading")
        style.base_style = self.style("Table Text")
        style.font.bold = True
        style.paragraph_format.keep_with_next = True  # a heading row never ends a page
        return style

    def _toc(self, level: int) -> ParagraphStyle:
        """Word's built-in "toc N" (Word uses it when it updates the table): Normal, indented by level."""
        style = self._add(f"TOC {level}", "Normal")
        style.next_paragraph_style = self.find("Normal")
        paragraph = style.paragraph_format
        paragraph.space_after = Pt(3)
        paragraph.left_indent = TOC_STEP * (level - 1)
        _set_ui_priority(style, 39)
        return style

    def _heading_3(self) -> ParagraphStyle:
        style = self._add("Heading 3", "Heading 2")
        style.next_paragraph_style = self.find("Normal")
        style.paragraph_format.keep_with_next = True
        _set_outline_level(style, 2)
        return style

    def _running_header(self) -> ParagraphStyle:
        """Small and grey, right-aligned: it names the report without competing with the page."""
        style = self._add("Running Header", "Header" if self.find("Header") else "Normal")
        style.font.size = Pt(8.5)
        style.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        style.paragraph_format.space_after = Pt(0)
        return style


def _set_ui_priority(style: ParagraphStyle, priority: int) -> None:
    style.priority = priority
    style.unhide_when_used = True


def _set_outline_level(style: ParagraphStyle, level: int) -> None:
    p_pr = style.element.get_or_add_pPr()
    outline = p_pr.find(qn("w:outlineLvl"))
    if outline is None:
        outline = OxmlElement("w:outlineLvl")
        p_pr.append(outline)
    outline.set(qn("w:val"), str(level))


_BUILDERS: dict[str, Callable[[StyleResolver], ParagraphStyle]] = {
    "Heading 3": StyleResolver._heading_3,
    "TOC 1": lambda r: r._toc(1),
    "TOC 2": lambda r: r._toc(2),
    "TOC 3": lambda r: r._toc(3),
    "Table Text": lambda r: r._table_text("Table Text"),
    "Table Figure": StyleResolver._table_figure,
    "Table Heading": StyleResolver._table_heading,
    "Running Header": StyleResolver._running_header,
}


def font_size(resolver: StyleResolver, key: str, default: float = 9.0) -> float:
    """The size in points a paragraph of style ``key`` prints at: its own, or the first of its bases',
    or the document default."""
    style = resolver.find(key)
    seen: set[int] = set()
    while style is not None and id(style) not in seen:
        seen.add(id(style))
        if style.font.size is not None:
            return float(style.font.size.pt)  # a Length's points (python-docx leaves ``font`` unannotated)
        style = style.base_style
    size = resolver.document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "//" + qn("w:sz"))
    if size is not None and size.get(qn("w:val"), "").isdigit():
        return int(size.get(qn("w:val"))) / 2
    return default
