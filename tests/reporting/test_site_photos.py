"""The photos annex of a site report, written to a real .docx and read back with python-docx: the chosen
photos as they were stored, in their order, each a figure kept with its caption in the report's language."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from docx.shared import Cm

from workbench.analysis.programme import load_accounts
from workbench.domain import model
from workbench.domain.vocab import Language
from workbench.i18n.catalogue import translator_for
from workbench.reporting.site_context import ReportContext
from workbench.reporting.site_photos import BOX_HEIGHT_CM, BOX_WIDTH_CM, display_width_cm, photos_annex
from workbench.resources import report_template
from workbench.storage.workspace import Workspace

# The annex's own texts in French, as the catalogue will hold them once merged (i18n/workbench_fr.ts).
FRENCH = {"Photos": "Photos", "The photo {file} cannot be read.": "La photo {file} est illisible."}
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"


def translator(language: Language):
    catalogue = translator_for(language)
    if language is Language.EN:
        return catalogue
    return lambda context, source: (
        FRENCH[source] if context == "Report" and source in FRENCH else catalogue(context, source)
    )


def image(qapp, width: int, height: int, fmt: str, colour: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert picture.save(buffer, fmt)
    return bytes(data)


@pytest.fixture(scope="module")
def opened(demo_path):
    with Workspace.open(demo_path) as ws:
        site = ws.sites()[0]
        yield ws, site, load_accounts(ws, {site.id})[site.id]


@pytest.fixture
def photos(qapp):
    landscape = image(qapp, 1600, 1200, "JPG", "#b5562f")
    portrait = image(qapp, 300, 400, "PNG", "#2f6cb5")
    left_out = image(qapp, 64, 64, "PNG", "#000000")
    return [
        (
            model.SitePhoto(
                site_id=1,
                filename="armoire.png",
                media_type=model.PhotoType.PNG,
                caption=model.BilingualText("Armoire électrique : TGBT", ""),
                position=1,
                in_report=True,
                id=2,
            ),
            portrait,
        ),
        (
            model.SitePhoto(
                site_id=1,
                filename="four.jpg",
                media_type=model.PhotoType.JPEG,
                caption=model.BilingualText("Four tunnel", "Tunnel kiln"),
                position=0,
                in_report=True,
                taken=dt.date(2024, 3, 5),
                id=1,
            ),
            landscape,
        ),
        (model.SitePhoto(site_id=1, filename="x.png", media_type=model.PhotoType.PNG, position=2, id=3), left_out),
    ]


def write(opened, language: Language, photos, target):
    ws, site, account = opened
    c = ReportContext(language, translator(language), workspace=ws, site=site, account=account)
    doc = c.new_document(report_template("site-report"))
    doc.heading("Annexes", 1)
    photos_annex(doc, c, photos)
    doc.heading("After", 1)
    doc.save(target)
    return Document(str(target))


def pictures(doc) -> list[tuple[bytes, int, int]]:
    """Each picture's stored bytes and its displayed size (EMU), in the order of the document."""
    found = []
    for shape in doc.inline_shapes:
        rel = shape._inline.find(f".//{PIC}").find(f".//{BLIP}").get(EMBED)
        found.append((doc.part.related_parts[rel].blob, shape.width, shape.height))
    return found


def captions(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == "Caption"]


def test_the_chosen_photos_in_their_order_with_their_captions_in_english(opened, photos, tmp_path):
    doc = write(opened, Language.EN, photos, tmp_path / "en.docx")
    assert [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")] == [
        ("Heading 1", "Annexes"),
        ("Heading 2", "Photos"),
        ("Heading 1", "After"),
    ]
    found = pictures(doc)
    # the photo as it was stored, byte for byte; the one not chosen is not there
    assert [blob for blob, _w, _h in found] == [photos[1][1], photos[0][1]]
    assert captions(doc) == [
        "Figure 1 — Tunnel kiln (05/03/2024)",
        "Figure 2 — [text missing in this language]",  # marked, never the French one
    ]
    (_, w1, h1), (_, w2, h2) = found
    # each fitted into the box with its proportions kept (4:3 landscape, 3:4 portrait)
    for w, h, ratio in ((w1, h1, 4 / 3), (w2, h2, 3 / 4)):
        assert w <= Cm(BOX_WIDTH_CM) + 1 and h <= Cm(BOX_HEIGHT_CM) + 1
        assert abs(w / h - ratio) < 0.01
    assert abs(h1 - Cm(BOX_HEIGHT_CM)) < Cm(0.05) and abs(h2 - Cm(BOX_HEIGHT_CM)) < Cm(0.05)
    # a wide panorama takes the box's width
    assert display_width_cm(image(None, 3000, 1000, "JPG", "#808080")) == BOX_WIDTH_CM
    # two photos and their captions fit on one A4 page, and each picture stays with its caption
    assert h1 + h2 < Cm(29.7 - 4.0 - 4.0)
    for paragraph in doc.paragraphs:
        if paragraph._p.findall(f".//{PIC}"):
            assert paragraph.paragraph_format.keep_with_next


def test_french_captions_keep_french_spacing(opened, photos, tmp_path):
    doc = write(opened, Language.FR, photos, tmp_path / "fr.docx")
    assert captions(doc) == ["Figure 1 — Four tunnel (05/03/2024)", "Figure 2 — Armoire électrique\u202f: TGBT"]
    assert any(p.text == "Photos" and p.style.name == "Heading 2" for p in doc.paragraphs)


def test_nothing_when_no_photo_is_chosen(opened, photos, tmp_path):
    doc = write(opened, Language.EN, [photos[2]], tmp_path / "none.docx")
    assert [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")] == ["Annexes", "After"]
    assert not doc.inline_shapes
    doc = write(opened, Language.EN, [], tmp_path / "empty.docx")
    assert not doc.inline_shapes


def test_a_photo_whose_header_cannot_be_read_is_named_not_inserted(opened, photos, tmp_path):
    broken = (model.SitePhoto(site_id=1, filename="cassée.jpg", in_report=True, id=9), b"\xff\xd8\xff\xe0garbage")
    doc = write(opened, Language.EN, [photos[1], broken], tmp_path / "broken.docx")
    assert len(doc.inline_shapes) == 1
    assert any(p.text == "The photo cassée.jpg cannot be read." for p in doc.paragraphs)
