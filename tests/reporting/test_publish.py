"""A report leaves as Word or PDF: the contents' page numbers counted by the office suite, nothing half-written."""

from __future__ import annotations

import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfWriter

from workbench.domain.messages import DomainError
from workbench.reporting.docx_writer import ReportDocument
from workbench.reporting.pdf import ConverterKind, PdfConverter, find_converter
from workbench.reporting.pdf_pages import heading_pages
from workbench.reporting.publish import OutputFormat, Publishing, output_format, publish

from .test_templates import needs_libreoffice


def long_report() -> ReportDocument:
    """Cover, contents, then headings on pages 3, 3, 5 and 6 (page breaks put them there)."""
    doc = ReportDocument(None, "Tableau", "Figure")
    doc.title("Pré-diagnostic énergétique")
    doc.page_break()
    doc.table_of_contents("Sommaire")
    doc.page_break()
    doc.heading("Synthèse")
    doc.heading("Principaux constats", 2)
    doc.paragraph("Le site a consommé 12 345 kWh.")
    doc.page_break()
    doc.paragraph("Une page sans titre.")
    doc.page_break()
    doc.heading("Analyse des factures")
    doc.page_break()
    doc.heading("Annexes")
    return doc


def pdf_text(pdf: Path, page: int) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, text=True
    ).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


def toc_entries(docx: Path) -> list[str]:
    return [p.text for p in Document(str(docx)).paragraphs if re.fullmatch(r"toc \d", p.style.name.lower())]


class FakeOffice:
    """A converter that 'prints' a PDF whose outline puts the headings where the test says, and counts prints."""

    name = "Fake Office"

    def __init__(self, pages_by_round: list[list[int]], headings: list[str]) -> None:
        self.pages_by_round, self.headings, self.prints = pages_by_round, headings, 0

    def convert(self, document: Path, out_dir: Path, timeout: float = 1) -> Path:
        pages = self.pages_by_round[min(self.prints, len(self.pages_by_round) - 1)]
        self.prints += 1
        writer = PdfWriter()
        for _ in range(max(pages)):
            writer.add_blank_page(595, 842)
        for title, page in zip(self.headings, pages, strict=True):
            writer.add_outline_item(title=title, page_number=page - 1)
        out_dir.mkdir(parents=True, exist_ok=True)
        pdf = out_dir / f"{document.stem}.pdf"
        with pdf.open("wb") as f:
            writer.write(f)
        return pdf


HEADINGS = ["Synthèse", "Principaux constats", "Analyse des factures", "Annexes"]


def test_the_format_is_the_target_names_and_any_other_is_refused():
    assert output_format(Path("r.PDF")) is OutputFormat.PDF and output_format(Path("r.docx")) is OutputFormat.DOCX
    with pytest.raises(DomainError) as refused:
        output_format(Path("rapport.odt"))
    assert str(refused.value) == "“rapport.odt”: a report is written as .docx (Word) or .pdf; give one of these names."


def test_pages_are_read_from_the_outline_in_order_even_when_a_title_repeats(tmp_path):
    office = FakeOffice([[3, 3, 5, 7, 8]], ["Synthèse", "Principaux constats", "Électricité", "Gaz", "Électricité"])
    pdf = office.convert(tmp_path / "x.docx", tmp_path)
    headings = [
        (1, "Synthèse"),
        (2, "Principaux  constats"),
        (2, "Électricité"),
        (2, "Gaz"),
        (2, "Électricité"),
        (1, "?"),
    ]
    assert heading_pages(pdf, headings) == [3, 3, 5, 7, 8, None]


def test_a_word_file_gets_the_page_numbers_of_one_print(tmp_path):
    office = FakeOffice([[3, 3, 5, 6]], HEADINGS)
    target = publish(long_report(), tmp_path / "r.docx", publishing=Publishing(office, page_numbers=True))
    assert office.prints == 1
    assert toc_entries(target) == ["Synthèse\t3", "Principaux constats\t3", "Analyse des factures\t5", "Annexes\t6"]


def test_a_pdf_is_printed_again_until_its_numbers_match_its_pages(tmp_path):
    # the second print moved a heading (a template whose contents grew): a third print settles it
    office = FakeOffice([[3, 3, 5, 6], [3, 3, 5, 7], [3, 3, 5, 7]], HEADINGS)
    target = publish(long_report(), tmp_path / "r.pdf", publishing=Publishing(office))
    assert office.prints == 3 and target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]  # no Word file or temporary left beside it


def test_without_an_office_suite_a_pdf_is_refused_and_a_word_file_goes_without_numbers(tmp_path, monkeypatch):
    monkeypatch.setattr("workbench.reporting.publish.find_converter", lambda: None)
    with pytest.raises(DomainError) as refused:
        publish(long_report(), tmp_path / "r.pdf")
    assert "LibreOffice" in str(refused.value) and "Microsoft Word" in str(refused.value)
    assert not list(tmp_path.iterdir())
    told = []
    target = publish(long_report(), tmp_path / "r.docx", publishing=Publishing(page_numbers=True, notice=told.append))
    assert toc_entries(target) == ["Synthèse\t", "Principaux constats\t", "Analyse des factures\t", "Annexes\t"]
    assert [m.source for m in told] == [
        "The table of contents has its entries but no page numbers: these are counted by LibreOffice or "
        "Microsoft Word, and neither was found."
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="shell scripts")
def test_a_failing_or_hanging_converter_is_named_and_leaves_nothing(tmp_path):
    failing = tmp_path / "bin" / "soffice"
    failing.parent.mkdir()
    failing.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    failing.chmod(failing.stat().st_mode | stat.S_IEXEC)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError) as refused:
        publish(
            long_report(), out / "r.pdf", publishing=Publishing(PdfConverter(ConverterKind.LIBREOFFICE, str(failing)))
        )
    assert str(refused.value).startswith("LibreOffice could not turn r.docx into a PDF (Error: source file could not")
    assert not list(out.iterdir())
    told = []
    converter = PdfConverter(ConverterKind.LIBREOFFICE, str(failing))
    publish(long_report(), out / "r.docx", publishing=Publishing(converter, page_numbers=True, notice=told.append))
    assert [p.name for p in out.iterdir()] == ["r.docx"] and len(told) == 1  # the Word file, and why no numbers

    hanging = tmp_path / "bin" / "slow"
    hanging.write_text("#!/bin/sh\nexec sleep 30\n")
    hanging.chmod(hanging.stat().st_mode | stat.S_IEXEC)
    with pytest.raises(DomainError) as stopped:
        slow = PdfConverter(ConverterKind.LIBREOFFICE, str(hanging))
        publish(long_report(), out / "late.pdf", publishing=Publishing(slow, timeout=1))
    assert "did not finish the PDF of late.docx within 1 s and was stopped" in str(stopped.value)
    assert not (out / "late.pdf").exists()


@needs_libreoffice
def test_libreoffice_prints_a_pdf_whose_contents_give_each_headings_page(tmp_path):
    converter = find_converter()
    assert converter is not None and converter.kind is ConverterKind.LIBREOFFICE
    pdf = publish(long_report(), tmp_path / "rapport.pdf", mode=0o600, publishing=Publishing(converter))
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    contents = pdf_text(pdf, 2)
    assert contents[0] == "Sommaire"
    numbers = {line.rstrip("0123456789. ").strip(): int(line.split(".")[-1]) for line in contents[1:-1]}
    assert numbers == {"Synthèse": 3, "Principaux constats": 3, "Analyse des factures": 5, "Annexes": 6}
    for title, page in numbers.items():
        assert title in pdf_text(pdf, page)  # each number is where its heading is printed
