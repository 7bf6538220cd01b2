"""The photos annex of a site report: the photos the auditor chose on the site's page, in their order, each a
numbered figure with its caption in the report's language.

No Qt here: a photo goes in as it is stored, at a display size that lets two of them, with their captions,
share a page (Word scales the picture; its file keeps its own pixels).
"""

from __future__ import annotations

from docx.image.image import Image

from workbench.domain import model
from workbench.domain.messages import QT_TRANSLATE_NOOP

from .docx_writer import ReportDocument
from .site_context import ReportContext

# The box a photo is fitted into: the text's width on A4 less a margin, and half the text's height less a
# caption, so that two photos and their captions share a page whether they are landscape or portrait.
BOX_WIDTH_CM = 14.0
BOX_HEIGHT_CM = 10.0


def photos_annex(doc: ReportDocument, c: ReportContext, photos: list[tuple[model.SitePhoto, bytes]]) -> None:
    """A "Photos" heading (level 2, in the annexes) and each chosen photo with its caption; nothing at all when
    no photo is chosen. ``photos``: ``(photo, bytes)`` pairs, as ``Workspace.report_photos`` gives them."""
    chosen = sorted(
        ((photo, data) for photo, data in photos if photo.in_report), key=lambda pair: (pair[0].position, pair[0].id)
    )
    if not chosen:
        return
    doc.heading(c.t(QT_TRANSLATE_NOOP("Report", "Photos")), 2)
    for photo, data in chosen:
        width = display_width_cm(data)
        if width is None:  # stored as a JPEG or PNG, yet its header cannot be read: said, never a broken page
            doc.paragraph(
                c.t(QT_TRANSLATE_NOOP("Report", "The photo {file} cannot be read.")).format(file=photo.filename)
            )
            continue
        doc.figure(data, caption(c, photo), width)


def caption(c: ReportContext, photo: model.SitePhoto) -> str:
    """The caption in the report's language (a missing one marked, never the other language's), and the day
    the photo was taken when it is known."""
    text = c.text(photo.caption)
    if photo.taken is not None:
        text += f" ({c.fmt.date(photo.taken)})"
    return text


def display_width_cm(data: bytes) -> float | None:
    """The width that fits the photo in the box with its proportions kept; None when its size cannot be read."""
    try:
        image = Image.from_blob(data)
        width, height = image.px_width, image.px_height
    except Exception:  # python-docx raises several kinds for a damaged header (its own, struct, EOF)
        return None
    if width <= 0 or height <= 0:
        return None
    return min(BOX_WIDTH_CM, BOX_HEIGHT_CM * width / height)
