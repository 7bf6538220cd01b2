"""The site report's financial aid: the programmes of the site's country that may fund the work, each with
its source, from the shipped list or the auditor's own (:func:`workbench.resources.financial_aid_for`).

Nothing is written when the list is empty: a report never shows an empty section or a "none known"."""

from __future__ import annotations

from workbench.domain.financial_aid import AidCatalogue, AidProgramme, AidStatus
from workbench.domain.messages import QT_TRANSLATE_NOOP

from .docx_writer import ReportDocument
from .site_context import ReportContext
from .wording import Wording


def financial_aid_section(doc: ReportDocument, c: ReportContext, aid: AidCatalogue) -> None:
    """Heading, the caution that eligibility is the programme's to confirm, and a table of the programmes:
    name, what it funds and for whom, its source with the year; then the programmes' public pages. A text
    missing in the report's language is marked, never taken from the other language."""
    if not aid.entries:
        return
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Financial aid")), 1)
    doc.paragraph(
        c.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "The programmes below may fund part of the work or of its study. They are listed for "
                "information: eligibility, amounts and deadlines are to be confirmed with each programme "
                "before any commitment.",
            )
        )
    )
    doc.table(
        c.t(QT_TRANSLATE_NOOP("Report", "Financial aid programmes")),
        [
            c.t(QT_TRANSLATE_NOOP("Report", "Programme")),
            c.t(QT_TRANSLATE_NOOP("Report", "What it funds")),
            c.t(QT_TRANSLATE_NOOP("Report", "Source")),
        ],
        [[c.text(p.name), c.text(p.description), source_text(c, p)] for p in aid.entries],
        [False, False, False],
        weights=[2.6, 5.4, 3.4],
    )
    # The pages after the table, not in it: an address is one long word that would take a column's width.
    online = [p for p in aid.entries if p.url]
    if online:
        doc.paragraph(c.t(QT_TRANSLATE_NOOP("Report", "The programmes' public pages:")))
        for programme in online:
            doc.bullet(f"{c.text(programme.name)}{c.colon()}{programme.url}")


def source_text(c: Wording, programme: AidProgramme) -> str:
    """``Publication (2024)`` (the year once: not after a title that has it), then a status other than
    verified in words."""
    text = programme.source
    if programme.year is not None and str(programme.year) not in text:
        text = f"{text} ({programme.year})"
    if programme.status is not AidStatus.VERIFIED:
        text = f"{text} — {c.translate('Factors', programme.status_label) or programme.status_label}"
    return text
