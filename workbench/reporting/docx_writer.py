"""A thin layer over python-docx: headings, numbered tables and figures, a table of contents, safe writing.

Text from the workspace is always added as plain runs (never as fields or
markup). The document is written under a temporary name and renamed, so a
failed or cancelled export never leaves a broken file behind.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, message
from workbench.storage.files import write_bytes_atomically

Translate = Callable[[str], str]

# What the report uses: a restyled template keeps them (Word keeps built-in styles under their English names).
REQUIRED_STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "List Bullet", "Table Grid", "TOC Heading")


def _field(paragraph, instruction: str, placeholder: str = "") -> None:
    """A Word field (TOC, PAGE): begin, instruction, separate, placeholder text, end."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    run._r.append(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    paragraph.add_run(placeholder)
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)


def _open_template(path: Path):
    """A restyled template, or a message naming the file and the reason."""
    try:
        if not Path(path).is_file():
            raise FileNotFoundError(path)
        document = Document(str(path))
    except FileNotFoundError:
        reason = QT_TRANSLATE_NOOP("Report", "the file does not exist")
    except Exception:  # python-docx raises zip, XML and package errors alike for a file that is not a .docx
        reason = QT_TRANSLATE_NOOP("Report", "it is not a Word document (.docx)")
    else:
        missing = [name for name in REQUIRED_STYLES if name not in {s.name for s in document.styles}]
        if not missing:
            body = document.element.body
            for child in list(body):
                if child.tag != qn("w:sectPr"):  # the template's styles, headers and page set-up; not its text
                    body.remove(child)
            return document
        raise DomainError(
            message(
                "Report",
                QT_TRANSLATE_NOOP("Report", "The template {path} lacks the styles {styles}."),
                path=str(path),
                styles=", ".join(missing),
            )
        )
    raise DomainError(
        message(
            "Report",
            QT_TRANSLATE_NOOP("Report", "The template {path} cannot be used: {reason}."),
            path=str(path),
            reason=message("Report", reason),
        )
    )


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def plain_text(text: str) -> str:
    """Text as Word can hold it: characters XML 1.0 forbids (control codes from pasted or imported
    files) would make the document unreadable, so they are dropped."""
    return _NOT_XML.sub("", text)


def _w(parent, tag: str, **attributes: str):
    element = etree.SubElement(parent, qn(f"w:{tag}"))
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _row_xml(values: Sequence[str], twips: Sequence[str], right: Sequence[bool], bold=False, repeat=False):
    row = OxmlElement("w:tr")
    if repeat:
        _w(_w(row, "trPr"), "tblHeader", val="true")  # the header row repeats on every page
    for text, width, align_right in zip(values, twips, right, strict=True):
        cell = _w(row, "tc")
        _w(_w(cell, "tcPr"), "tcW", w=width, type="dxa")
        paragraph = _w(cell, "p")
        if align_right:
            _w(_w(paragraph, "pPr"), "jc", val="right")
        run = _w(paragraph, "r")
        properties = _w(run, "rPr")
        if bold:
            _w(properties, "b")
        _w(properties, "sz", val="18")  # 9 pt
        t = _w(run, "t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
    return row


class ReportDocument:
    def __init__(self, template: Path | None, table_word: str, figure_word: str) -> None:
        self.doc = _open_template(template) if template else Document()
        if template is None:
            self._a4_page()
        self.table_word, self.figure_word = table_word, figure_word
        self.tables = 0
        self.figures = 0
        self._page_numbers()
        self._update_fields_on_open()

    def _a4_page(self) -> None:
        """python-docx's own template is US Letter; the clusters print on A4."""
        for section in self.doc.sections:
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2.2)
            section.top_margin = section.bottom_margin = Cm(2.0)

    def _text_width(self):
        section = self.doc.sections[-1]
        return section.page_width - section.left_margin - section.right_margin

    def _page_numbers(self) -> None:
        for section in self.doc.sections:
            footer = section.footer
            text = "".join(p.text for p in footer.paragraphs)
            if "PAGE" in "".join(r._r.xml for p in footer.paragraphs for r in p.runs) or text.strip():
                continue
            paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _field(paragraph, "PAGE", "1")

    def _update_fields_on_open(self) -> None:
        """Ask Word to refresh the table of contents and page numbers when the file is opened."""
        settings = self.doc.settings.element
        update = settings.find(qn("w:updateFields"))
        if update is None:
            update = OxmlElement("w:updateFields")
            settings.append(update)
        update.set(qn("w:val"), "true")

    # --- content -----------------------------------------------------------------------------------

    def title(self, text: str) -> None:
        self.doc.add_paragraph(plain_text(text), style="Title")

    def subtitle(self, text: str) -> None:
        self.doc.add_paragraph(plain_text(text), style="Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(plain_text(text), level)

    def paragraph(self, text: str, style: str | None = None) -> None:
        self.doc.add_paragraph(plain_text(text), style=style)

    def bullet(self, text: str) -> None:
        self.doc.add_paragraph(plain_text(text), style="List Bullet")

    def page_break(self) -> None:
        self.doc.add_page_break()

    def table_of_contents(self, title: str, placeholder: str) -> None:
        """Word fills the table when the file is opened (updateFields); until then it shows ``placeholder``."""
        self.doc.add_paragraph(title, style="TOC Heading")
        _field(self.doc.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u', placeholder)

    def caption(self, word: str, number: int, text: str, above: bool) -> None:
        """A numbered caption; one above its table stays on the table's page."""
        paragraph = self.doc.add_paragraph(style="Caption")
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = above
        paragraph.add_run(f"{word} ")
        _field(paragraph, f"SEQ {word} \\* ARABIC", str(number))
        paragraph.add_run(f" — {plain_text(text)}")

    def table(
        self,
        caption: str,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: Sequence[bool] | None = None,
        weights: Sequence[float] | None = None,
    ) -> None:
        """``weights``: the share of each text column in the width left by the figures, where what the columns
        hold would mislead (a column of paragraphs beside columns of a few words)."""
        self.tables += 1
        self.caption(self.table_word, self.tables, caption, above=True)
        numeric = list(numeric or [False] * len(header))
        rows = [[plain_text(str(value)) for value in values] for values in rows]
        header = [plain_text(text) for text in header]
        widths = self._column_widths(header, rows, numeric, weights)
        table = self.doc.add_table(rows=0, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        # Word reads the cells' widths, LibreOffice the table grid: both are set
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        # Rows are built as XML directly: python-docx's cell proxies made tables 2× slower than the rest
        # of the report. lxml escapes the text, so nothing in a value can become markup or a field.
        twips = [str(int(w / 635)) for w in widths]  # EMU → twentieths of a point
        table._tbl.append(_row_xml(header, twips, [False] * len(header), bold=True, repeat=True))
        for values in rows:
            table._tbl.append(_row_xml(values, twips, numeric))

    def _column_widths(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: Sequence[bool],
        weights: Sequence[float] | None = None,
    ) -> list[int]:
        """Figures never wrap: a numeric column gets the width of its longest value (or header word);
        text columns share what is left in proportion to what they hold."""
        char, padding = Cm(0.24), Cm(0.5)  # 9 pt text in a serif fallback, cell margins

        def chars(column: int, whole_values: bool) -> int:
            longest_word = max((len(word) for word in header[column].split()), default=1)
            values = [str(row[column]) for row in rows]
            longest_value = max((len(v) if whole_values else min(len(v), 30) for v in values), default=1)
            return max(longest_word, longest_value, 3)

        needs = [chars(i, numeric[i]) * char + padding for i in range(len(header))]
        if weights is not None:
            # the caller's shares, never narrower than the column's longest word: Word would cut it in two
            def longest_word(column: int) -> int:
                texts = [header[column], *(str(row[column]) for row in rows)]
                return max((len(word) for text in texts for word in text.split()), default=1)

            needs = [
                need if numeric[i] else max(weights[i] * Cm(1), longest_word(i) * Cm(0.2) + padding)
                for i, need in enumerate(needs)
            ]
        total = self._text_width()
        fixed = sum(n for n, is_number in zip(needs, numeric, strict=True) if is_number)
        flexible = sum(n for n, is_number in zip(needs, numeric, strict=True) if not is_number)
        if not flexible or fixed >= total * 0.85:
            return [int(total * n / sum(needs)) for n in needs]
        share = (total - fixed) / flexible
        return [int(n if is_number else n * share) for n, is_number in zip(needs, numeric, strict=True)]

    def figure(self, png: bytes, caption: str, width_cm: float = 15.5) -> None:
        self.figures += 1
        self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
        picture = self.doc.paragraphs[-1]
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True  # the caption below stays with its figure
        self.caption(self.figure_word, self.figures, caption, above=False)

    def landscape(self) -> None:
        section = self.doc.add_section()
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width

    def save(self, target: Path, mode: int | None = None) -> Path:
        """Built in memory, then written next to the target under a temporary name and renamed: never half a
        document, nothing left behind when the disk is full, and no wider permissions than ``mode``."""
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return write_bytes_atomically(Path(target), buffer.getvalue(), mode)
