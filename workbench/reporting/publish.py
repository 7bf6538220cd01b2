"""Putting a finished report where the user asked: a Word file, with its contents' page numbers when an office
suite can compute them, or a PDF.

The table of contents is written from the headings, so its entries are always there; its page numbers come
from a PDF of the document itself (the office suite lays the pages out, we cannot): the document is printed
once, the page of each heading read back, the numbers written in, and — for a PDF — printed again. Numbers
take no more room than their absence (see docx_toc), so the second print has the same pages; it is checked,
and one more round is made if a template's layout moved them anyway.
"""

from __future__ import annotations

import enum
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message, message
from workbench.storage.files import write_bytes_atomically

from .docx_writer import ReportDocument
from .pdf import TIMEOUT_S, PdfConverter, find_converter, no_converter
from .pdf_pages import heading_pages

ROUNDS = 3  # prints of a PDF at most: the pages, then the numbers in, then a check


class OutputFormat(enum.Enum):
    DOCX = ".docx"
    PDF = ".pdf"


def output_format(target: Path) -> OutputFormat:
    """The format a target's name asks for; refused if neither."""
    suffix = target.suffix.lower()
    for kind in OutputFormat:
        if suffix == kind.value:
            return kind
    raise DomainError(
        message(
            "Pdf",
            QT_TRANSLATE_NOOP("Pdf", "“{file}”: a report is written as .docx (Word) or .pdf; give one of these names."),
            file=target.name,
        )
    )


@dataclass(frozen=True)
class Publishing:
    """How a report leaves the writer. ``converter`` None: found when a PDF or page numbers need one.
    ``page_numbers``: compute the contents' page numbers of a Word file too (one print, a few seconds)."""

    converter: PdfConverter | None = None
    page_numbers: bool = False
    timeout: float = TIMEOUT_S
    notice: Callable[[Message], None] | None = None  # told when a Word file goes out without page numbers


def _unnumbered() -> Message:
    return message(
        "Pdf",
        QT_TRANSLATE_NOOP(
            "Pdf",
            "The table of contents has its entries but no page numbers: these are counted by LibreOffice or "
            "Microsoft Word, and neither was found.",
        ),
    )


def _numbered(
    doc: ReportDocument, converter: PdfConverter, folder: Path, stem: str, timeout: float, printed: bool
) -> Path:
    """Prints ``doc`` and writes the page of each heading in its contents; with ``printed`` (a PDF is the
    output), prints it again until the numbers match the pages they point to. The last print's PDF."""
    source = folder / f"{stem}.docx"
    doc.save(source)
    pdf = converter.convert(source, folder / "pdf", timeout)
    for _round in range(ROUNDS - 1):
        pages = heading_pages(pdf, doc.headings)
        if pages == doc.heading_pages:
            break
        doc.set_heading_pages(pages)
        if not printed:
            break
        doc.save(source)
        pdf = converter.convert(source, folder / "pdf", timeout)
    return pdf


def publish(doc: ReportDocument, target: Path, mode: int | None = None, publishing: Publishing | None = None) -> Path:
    """Writes ``doc`` to ``target`` (.docx or .pdf), whole or not at all."""
    publishing = publishing or Publishing()
    kind = output_format(target)
    if kind is OutputFormat.DOCX and not publishing.page_numbers:
        return doc.save(target, mode)
    converter = publishing.converter or find_converter()
    if converter is None:
        if kind is OutputFormat.PDF:
            raise no_converter()
        if publishing.notice:
            publishing.notice(_unnumbered())
        return doc.save(target, mode)
    with tempfile.TemporaryDirectory(prefix="eaw-report-") as folder:
        try:
            pdf = _numbered(
                doc, converter, Path(folder), target.stem or "report", publishing.timeout, kind is OutputFormat.PDF
            )
        except DomainError as error:
            if kind is OutputFormat.PDF:
                raise
            if publishing.notice:
                publishing.notice(error.message)
            return doc.save(target, mode)
        if kind is OutputFormat.PDF:
            return write_bytes_atomically(target, pdf.read_bytes(), mode)
    return doc.save(target, mode)
