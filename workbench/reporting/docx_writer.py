"""A thin layer over python-docx: headings, numbered tables and figures, a filled table of contents, safe writing.

Text from the workspace is always added as plain runs (never as fields or markup). The document is written
under a temporary name and renamed, so a failed or cancelled export never leaves a broken file behind.

A firm's template (.docx, .dotx) brings its styles, found by what they are whatever Word or LibreOffice
called them (docx_styles), its headers and footers, and the part of its body before a ``[[REPORT]]``
paragraph (docx_template). Tables use paragraph styles the template can restyle ("Table Text", "Table
Figure", "Table Heading"); the document adds them, and the TOC levels, when the template has none.

Who writes a report calls, besides the content methods: ``properties(...)`` and ``running_header(...)``
once, before ``save``; after converting the saved file to PDF, ``set_heading_pages(...)`` with the page of
each heading, then ``save`` again to have page numbers in the table of contents.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from lxml import etree

from workbench.domain.vocab import Language
from workbench.storage.files import write_bytes_atomically

from . import docx_toc
from .docx_fields import add_field
from .docx_properties import clear_properties, set_properties
from .docx_sections import number_pages, plain_cover, running_header
from .docx_styles import REQUIRED_STYLES, StyleResolver, font_size
from .docx_template import MARKER, open_template
from .typography import join_references, keep_sentence_together, keep_together, longest_word_width, text_width

__all__ = ["MARKER", "REQUIRED_STYLES", "ReportDocument", "keep_together", "plain_text"]

Translate = Callable[[str], str]


KEEP_TOGETHER_ROWS = 15  # a table of up to this many rows (besides its heading) is not split over two pages
TABLE_GAP = Pt(9)  # between a table and what follows it: a figure drawn right under a table overlapped it
EMU_PER_TWIP = 635
EMU_PER_POINT = 12700

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def plain_text(text: str) -> str:
    """Text as Word can hold it: characters XML 1.0 forbids (control codes from pasted or imported
    files) would make the document unreadable, so they are dropped."""
    return _NOT_XML.sub("", text)


_QUALIFIED: dict[str, str] = {}  # "tc" → "{http://…/wordprocessingml/2006/main}tc", computed once per name


def _w_name(name: str) -> str:
    qualified = _QUALIFIED.get(name)
    if qualified is None:
        qualified = _QUALIFIED[name] = qn(f"w:{name}")
    return qualified


def _w(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, _w_name(tag))
    for name, value in attributes.items():
        element.set(_w_name(name), value)
    return element


_SPECIAL_TEXT = re.compile("([\t\n\u2011])")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class ForeignText(str):
    """A text in another language than the report's — a name typed on site, which has no translation: set in
    italics and tagged with its own language (spelling checkers and screen readers follow the tag)."""

    language: str  # a Word language tag: "fr-FR", "en-GB"

    def __new__(cls, text: str, language: str) -> ForeignText:
        made = super().__new__(cls, text)
        made.language = language
        return made


def append_text(paragraph: etree._Element, text: str, language: str | None = None) -> None:
    """``text`` as one run at the end of a ``w:p``: tabs and line breaks as Word's own elements, and a
    non-breaking hyphen as ``<w:noBreakHyphen/>``, which Word draws in any font. ``language``: the text is
    in that language, not the report's (see :class:`ForeignText`)."""
    run = _w(paragraph, "r")
    if language:
        properties = _w(run, "rPr")
        _w(properties, "i")
        _w(properties, "lang", val=language)
    for piece in _SPECIAL_TEXT.split(text):
        if piece == "\t":
            _w(run, "tab")
        elif piece == "\n":
            _w(run, "br")
        elif piece == "\u2011":
            _w(run, "noBreakHyphen")
        elif piece:
            _w(run, "t").set(_XML_SPACE, "preserve")
            run[-1].text = piece


def _row_xml(
    values: Sequence[str],
    twips: Sequence[str],
    styles: Sequence[str | None],
    right: Sequence[bool],
    keep_with_next: bool,
    heading: bool = False,
    languages: Sequence[str | None] | None = None,
) -> etree._Element:
    """One row: never split over two pages; ``keep_with_next`` holds it on the page of the row below."""
    row = etree.Element(qn("w:tr"))
    properties = _w(row, "trPr")
    _w(properties, "cantSplit")
    if heading:
        _w(properties, "tblHeader", val="true")  # the heading row repeats on every page
    languages = languages or [None] * len(values)
    for text, width, style_id, align_right, language in zip(values, twips, styles, right, languages, strict=True):
        cell = _w(row, "tc")
        _w(_w(cell, "tcPr"), "tcW", w=width, type="dxa")
        paragraph = _w(cell, "p")
        paragraph_properties = _w(paragraph, "pPr")
        if style_id:
            _w(paragraph_properties, "pStyle", val=style_id)
        if keep_with_next:
            _w(paragraph_properties, "keepNext")
        if align_right:
            _w(paragraph_properties, "jc", val="right")
        append_text(paragraph, text, language)
    return row


def _keeps(rows: int) -> list[bool]:
    """Which body rows stay on the page of the next one: all but the last in a short table (kept whole);
    in a long one the first (two rows at least under the heading) and the last but one (never one row
    alone on the last page)."""
    if rows <= KEEP_TOGETHER_ROWS:
        return [i < rows - 1 for i in range(rows)]
    return [i in (0, rows - 2) for i in range(rows)]


class ReportDocument:
    def __init__(self, template: Path | None, table_word: str, figure_word: str) -> None:
        if template:
            self.doc, self.styles = open_template(template)
        else:
            self.doc = Document()
            self.styles = StyleResolver(self.doc)
            self._a4_page()
        self._page_set_up()
        self.table_word, self.figure_word = table_word, figure_word
        self.tables = 0
        self.figures = 0
        self.headings: list[tuple[int, str]] = []  # (level, text), in the order of the document
        self._bookmarks: list[str] = []
        self._pages: list[int | None] = []
        self._toc: list[etree._Element] = []  # the TOC field's paragraphs, rewritten on each save
        self._toc_tab = 0
        self._running: list[Paragraph] | None = None
        self._after_table = False
        self._bookmark_ids = self._bookmark_numbers()
        self.styles.add_missing()
        clear_properties(self.doc)
        number_pages(self.doc, self.styles.find("Footer"))
        plain_cover(self.doc)
        self._no_update_on_open()

    def _a4_page(self) -> None:
        """python-docx's own template is US Letter; the clusters print on A4."""
        for section in self.doc.sections:
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2.2)
            section.top_margin = section.bottom_margin = Cm(2.0)

    def _page_set_up(self) -> None:
        """A section that states no page size or margins (some generators write none) gets A4's: the
        tables and figures are laid out from them."""
        self.doc.element.body.get_or_add_sectPr()
        for section in self.doc.sections:
            if None in (section.page_width, section.page_height):
                section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            if None in (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin):
                section.left_margin = section.right_margin = Cm(2.2)
                section.top_margin = section.bottom_margin = Cm(2.0)

    def _text_width(self) -> int:
        section = self.doc.sections[-1]
        width, left, right = section.page_width, section.left_margin, section.right_margin
        if width is None or left is None or right is None:  # never: _page_set_up gave every section them
            raise ValueError("a section without a page size or margins")
        return width - left - right

    def _no_update_on_open(self) -> None:
        """The table of contents is written filled: Word must not ask to update the fields on opening
        (a dialog a client takes for a warning), nor change the pages of a checked document."""
        settings = self.doc.settings.element
        for update in settings.findall(qn("w:updateFields")):
            settings.remove(update)

    def _bookmark_numbers(self) -> Iterator[int]:
        """Bookmark ids after those of the template's kept cover: an id is unique in a document."""
        kept = list(self.doc.element.body.iter(qn("w:bookmarkStart")))
        used = [int(b.get(qn("w:id"))) for b in kept if (b.get(qn("w:id")) or "").isdigit()]
        names = {b.get(qn("w:name")) for b in kept}
        number = max(used, default=0)
        while True:
            number += 1
            if f"_Toc{number:09d}" not in names:
                yield number

    # --- metadata and page furniture ------------------------------------------------------------------

    def properties(
        self, title: str, subject: str, author: str, company: str, language: Language, keywords: str = ""
    ) -> None:
        """Title, subject, author, company, dates and language in File ▸ Info, and the proofing language
        of the text."""
        set_properties(
            self.doc,
            plain_text(title),
            plain_text(subject),
            plain_text(author),
            plain_text(company),
            language,
            plain_text(keywords),
        )

    def running_header(self, text: str) -> None:
        """``text`` in the header of the pages after the first, where the template left the header empty.
        A second call replaces the first's text."""
        if self._running is None:
            self._running = running_header(self.doc, self.styles.style("Running Header"))
        for paragraph in self._running:
            for run in paragraph._p.findall(qn("w:r")):
                paragraph._p.remove(run)
            append_text(paragraph._p, plain_text(text))

    # --- content -----------------------------------------------------------------------------------

    def _paragraph(self, text: str, style: str | None = None) -> Paragraph:
        """A paragraph of the style the writer calls ``style`` (Normal when the template has none)."""
        p = self.doc.element.body.add_p()
        found = self.styles.style(style) if style else None
        if found is not None:
            p.style = found.style_id
        if text:
            append_text(p, plain_text(text))
        paragraph = Paragraph(p, self.doc._body)
        self._space_after_table(paragraph, found)
        return paragraph

    def _space_after_table(self, paragraph: Paragraph, style: ParagraphStyle | None) -> None:
        """What follows a table starts a little below it, unless its style already keeps more space."""
        if not self._after_table:
            return
        self._after_table = False
        while style is not None and style.paragraph_format.space_before is None:
            style = style.base_style
        if style is None or style.paragraph_format.space_before < TABLE_GAP:
            paragraph.paragraph_format.space_before = TABLE_GAP

    def title(self, text: str) -> None:
        self._paragraph(text, "Title")

    def subtitle(self, text: str) -> None:
        self._paragraph(text, "Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        """A heading, bookmarked so that its table-of-contents entry links to it."""
        paragraph = self._paragraph(text, f"Heading {level}")
        name = f"_Toc{next(self._bookmark_ids):09d}"
        docx_toc.add_bookmark(paragraph._p, int(name[4:]), name)
        self.headings.append((level, plain_text(text)))
        self._bookmarks.append(name)
        self._pages.append(None)

    def paragraph(self, text: str, style: str | None = None) -> None:
        self._paragraph(keep_sentence_together(text), style)

    def bullet(self, text: str) -> None:
        self._paragraph(keep_sentence_together(text), "List Bullet")

    def page_break(self) -> None:
        self._after_table = False
        self.doc.add_page_break()  # type: ignore[no-untyped-call]  # python-docx leaves it unannotated

    def table_of_contents(self, title: str, placeholder: str = "") -> None:
        """The contents, filled on saving from the headings the document received by then.

        ``placeholder`` is no longer shown (kept for the callers): the table is written filled, and the
        pages appear once :meth:`set_heading_pages` gives them."""
        self._paragraph(title, "TOC Heading")
        anchor = self.doc.element.body.add_p()
        self._toc = [anchor]
        self._toc_tab = int(self._text_width() / EMU_PER_TWIP)
        self._write_toc()

    @property
    def heading_pages(self) -> list[int | None]:
        """The pages last given by :meth:`set_heading_pages` (None each until then)."""
        return list(self._pages)

    def set_heading_pages(self, pages: Sequence[int | None]) -> None:
        """The page of each heading, in the order of :attr:`headings` (None: unknown, no number shown), as
        a PDF of the saved document gives them; the next save writes them in the table of contents."""
        pages = list(pages)
        if len(pages) != len(self.headings):
            raise ValueError(f"{len(pages)} pages given for {len(self.headings)} headings")
        self._pages = pages

    def _write_toc(self) -> None:
        if not self._toc:
            return
        entries = [
            docx_toc.Entry(level, text, bookmark, page)
            for (level, text), bookmark, page in zip(self.headings, self._bookmarks, self._pages, strict=True)
        ]
        levels = range(1, docx_toc.LEVELS + 1)
        style_ids = {level: getattr(self.styles.style(f"TOC {level}"), "style_id", None) for level in levels}
        fresh = docx_toc.toc_paragraphs(entries, style_ids, self._toc_tab)
        for paragraph in fresh:
            self._toc[0].addprevious(paragraph)
        for paragraph in self._toc:
            paragraph.getparent().remove(paragraph)
        self._toc = fresh

    def caption(self, word: str, number: int, text: str, above: bool) -> None:
        """A numbered caption; one above its table stays on the table's page."""
        paragraph = self._paragraph("", "Caption")
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = above
        append_text(paragraph._p, f"{word} ")
        add_field(paragraph, f"SEQ {word} \\* ARABIC", str(number))
        append_text(paragraph._p, f" — {plain_text(text)}")

    def table(
        self,
        caption: str,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: Sequence[bool] | None = None,
        weights: Sequence[float] | None = None,
    ) -> None:
        """``weights``: the share of each text column in the width left by the figures, where what the columns
        hold would mislead (a column of paragraphs beside columns of a few words).

        Figures are kept whole (:func:`keep_together`), reference numbers keep their hyphens; rows never
        split, the heading row repeats, a short table is kept on one page."""
        self.tables += 1
        self.caption(self.table_word, self.tables, caption, above=True)
        numeric = list(numeric or [False] * len(header))
        languages = [[getattr(value, "language", None) for value in values] for values in rows]
        rows = [
            [keep_together(text) if numeric[i] else join_references(text) for i, text in enumerate(map(_text, values))]
            for values in rows
        ]
        header = [plain_text(text) for text in header]
        widths = self._column_widths(header, rows, numeric, weights)
        table = self.doc.add_table(rows=0, cols=len(header))
        table.style = self.styles.find("Table Grid")
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        # Word reads the cells' widths, LibreOffice the table grid: both are set
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        # Rows are built as XML directly: python-docx's cell proxies made tables 2× slower than the rest
        # of the report. lxml escapes the text, so nothing in a value can become markup or a field.
        twips = [str(int(w / EMU_PER_TWIP)) for w in widths]
        text_id, figure_id, heading_id = (
            self.styles.added(k).style_id for k in ("Table Text", "Table Figure", "Table Heading")
        )
        body_styles = [figure_id if n else text_id for n in numeric]
        table._tbl.append(_row_xml(header, twips, [heading_id] * len(header), numeric, True, heading=True))
        for values, keep, tags in zip(rows, _keeps(len(rows)), languages, strict=True):
            table._tbl.append(_row_xml(values, twips, body_styles, [False] * len(values), keep, languages=tags))
        self._after_table = True

    def _cell_padding(self) -> float:
        """The left and right margins of a cell in points, as the table style sets them (Word's default
        0.19 cm each otherwise), with a point to spare for rounding."""
        style = self.styles.find("Table Grid")
        margins = style.element.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}") if style is not None else None
        total = 0.0
        for side, other in (("left", "start"), ("right", "end")):
            value = None
            if margins is not None:
                value = margins.find(qn(f"w:{side}"))
                value = value if value is not None else margins.find(qn(f"w:{other}"))
            width = value.get(qn("w:w")) if value is not None else None
            total += int(width) / 20 if width and width.isdigit() else 5.4
        return total + 2.0

    def _column_widths(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: Sequence[bool],
        weights: Sequence[float] | None = None,
    ) -> list[int]:
        """Column widths (EMU) from what the columns hold: no word is ever cut when the page allows, a figure
        column is as wide as its widest value, and text columns share the rest by what they hold (or by
        ``weights``)."""
        size = font_size(self.styles, "Table Text")
        bold_size = font_size(self.styles, "Table Heading")
        columns = []
        for i, title in enumerate(header):
            values = [row[i] for row in rows]
            heading_word = longest_word_width(title, bold_size, bold=True)
            wholes = [text_width(v, size) for v in values] or [0.0]
            if numeric[i]:  # a figure is one word: it is never wrapped
                columns.append(Column(heading_word, max(wholes), max(wholes), 0.0))
            else:
                word = max((longest_word_width(v, size) for v in values), default=0.0)
                heading = text_width(title, bold_size, bold=True)
                columns.append(
                    Column(heading_word, word, max(heading_word, word, heading, *wholes), sum(wholes) / len(wholes))
                )
        total = self._text_width() / EMU_PER_POINT
        points = share_widths(columns, numeric, total, self._cell_padding(), weights)
        return [int(Emu(round(p * EMU_PER_POINT))) for p in points]

    def figure(self, png: bytes, caption: str, width_cm: float = 15.5) -> None:
        """A centred picture, never wider than the text, its caption below it and on its page."""
        self.figures += 1
        paragraph = self._paragraph("")
        width = min(Cm(width_cm), self._text_width())
        paragraph.add_run().add_picture(io.BytesIO(png), width=width)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True  # the caption below stays with its figure
        self.caption(self.figure_word, self.figures, caption, above=False)

    def landscape(self) -> None:
        self._after_table = False
        section = self.doc.add_section()
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        section.different_first_page_header_footer = False  # only the cover goes without a number

    def save(self, target: Path, mode: int | None = None) -> Path:
        """Built in memory, then written next to the target under a temporary name and renamed: never half a
        document, nothing left behind when the disk is full, and no wider permissions than ``mode``.

        May be called again after :meth:`set_heading_pages`: the table of contents is rewritten each time."""
        self._write_toc()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return write_bytes_atomically(Path(target), buffer.getvalue(), mode)


def _text(value: object) -> str:
    return plain_text(str(value))


class Column(NamedTuple):
    """What a column needs, in points of text: its heading's longest word, its values' longest word (a figure
    is one word), its widest value on one line, and how much text a row holds on average (what text
    columns share the width by)."""

    heading_word: float
    value_word: float
    high: float
    content: float


# Widths are measured in DejaVu Sans, as LibreOffice prints without Calibri; Calibri, the shipped template's
# font, is about 15 % narrower. A table too wide for the first is laid out for the second, headings first:
# a heading word cut in a LibreOffice preview is the least harm, a cut figure the worst.
_NARROWER_FONT = 0.85
_SCALES = ((1.0, 1.0), (_NARROWER_FONT, 1.0), (_NARROWER_FONT, _NARROWER_FONT))


def share_widths(
    columns: Sequence[Column],
    numeric: Sequence[bool],
    total: float,
    padding: float,
    weights: Sequence[float] | None = None,
) -> list[float]:
    """Widths in points that add up to ``total``: each column at least its longest word, a figure column its
    widest value where the page allows, the text columns the rest in proportion to what they hold (or to
    ``weights``), none wider than its widest value unless every column has all it can use."""
    for headings, values in _SCALES:
        lows = [max(c.heading_word * headings, c.value_word * values) + padding for c in columns]
        if sum(lows) <= total:
            # a figure column needs no more than its low: its heading wraps at its words
            highs = [
                low if is_number else max(low, c.high * values + padding)
                for low, c, is_number in zip(lows, columns, numeric, strict=True)
            ]
            shares = list(weights) if weights is not None else [c.content for c in columns]
            return _lay_out(lows, highs, numeric, total, shares)
    return [total * low / sum(lows) for low in lows]  # the page is too narrow for the words: the least harm


def _lay_out(
    lows: Sequence[float], highs: Sequence[float], numeric: Sequence[bool], total: float, shares: Sequence[float]
) -> list[float]:
    texts = [i for i, is_number in enumerate(numeric) if not is_number]
    numbers = [i for i, is_number in enumerate(numeric) if is_number]
    widths = list(lows)
    # the figures first: a wrapped figure misleads, a wrapped sentence does not
    spare = total - sum(lows)
    wanted = sum(highs[i] - lows[i] for i in numbers)
    for i in numbers:
        widths[i] += (highs[i] - lows[i]) * min(1.0, spare / wanted) if wanted else 0.0
    room = total - sum(widths[i] for i in numbers)
    if not texts:
        return [w * total / sum(widths) for w in widths]
    if sum(highs[i] for i in texts) <= room:
        # every text fits on one line: the text columns share what is left in proportion to their widest
        base = sum(highs[i] for i in texts)
        for i in texts:
            widths[i] = highs[i] + (room - base) * highs[i] / base
        return widths
    filled = _fill(room, {i: lows[i] for i in texts}, {i: highs[i] for i in texts}, {i: shares[i] for i in texts})
    for i, width in filled.items():
        widths[i] = width
    return widths


def _fill(room: float, lows: dict[int, float], highs: dict[int, float], shares: dict[int, float]) -> dict[int, float]:
    """``room`` shared in proportion to ``shares``, each between its low and its high: a column that would
    get less than its low gets its low, one that would get more than its high gets its high, and the others
    share what remains the same way (rows of about as many lines in every text column)."""
    widths: dict[int, float] = {}
    free = list(lows)
    while free:
        left = room - sum(widths.values())
        weight = sum(max(shares[i], 0.0) for i in free)
        offer = {i: left * (max(shares[i], 0.0) / weight if weight else 1 / len(free)) for i in free}
        clamped = {i: lows[i] for i in free if offer[i] < lows[i]} or {i: highs[i] for i in free if offer[i] > highs[i]}
        if not clamped:
            widths.update(offer)
            break
        widths.update(clamped)
        free = [i for i in free if i not in clamped]
    left = room - sum(widths.values())
    if left > 0:  # every column reached its widest: the rest goes by the same shares, the table spans the page
        weight = sum(max(shares[i], 0.0) for i in widths)
        for i in widths:
            widths[i] += left * (max(shares[i], 0.0) / weight if weight else 1 / len(widths))
    return widths
