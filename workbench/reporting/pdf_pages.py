"""On which page each heading of a report fell, read back from the PDF the office suite printed.

LibreOffice and Word both write the headings as the PDF's outline (bookmarks), in the document's order, each
pointing at its page: that is exact, whatever the fonts did to the layout. A PDF without an outline falls
back to finding each heading's text on the pages, in order, after the table of contents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypdf import PdfReader
    from pypdf.generic import Destination

    _Outline = Sequence["Destination | _Outline"]  # pypdf's outline: entries, and lists of the entries under one

_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    """Headings compared without their spacing or case: PDF text comes back with its own spaces."""
    return _SPACES.sub("", text).casefold()


def _outline(reader: PdfReader) -> Iterator[tuple[str, int]]:
    from pypdf.generic import Destination

    def walk(items: _Outline) -> Iterator[tuple[str, int]]:
        for item in items:
            if not isinstance(item, Destination):  # a list: the entries under the one before
                yield from walk(item)
                continue
            try:
                page = reader.get_destination_page_number(item)
            except Exception:  # a damaged entry: not a heading of ours
                continue
            # an entry without a page (external link) is not a heading of ours; pypdf gives every entry a title
            if page is not None and item.title is not None:
                yield item.title, page + 1

    try:
        yield from walk(reader.outline)
    except Exception:  # a damaged outline: the text search below still works
        return


def _by_outline(reader: PdfReader, headings: Sequence[tuple[int, str]]) -> list[int | None]:
    found: list[int | None] = []
    outline = list(_outline(reader))
    start = 0
    for _level, text in headings:
        key = _key(text)
        page = None
        for i in range(start, len(outline)):
            if _key(outline[i][0]) == key:
                page, start = outline[i][1], i + 1
                break
        found.append(page)
    return found


def _by_text(reader: PdfReader, headings: Sequence[tuple[int, str]], contents_page: int) -> list[int | None]:
    pages = [_key(page.extract_text() or "") for page in reader.pages]
    found: list[int | None] = []
    at = contents_page  # 0-based index of the first page after the table of contents' own
    for _level, text in headings:
        key = _key(text)
        page = None
        for i in range(at, len(pages)):
            if key and key in pages[i]:
                page, at = i + 1, i
                break
        found.append(page)
    return found


def heading_pages(pdf: Path, headings: Sequence[tuple[int, str]], contents_page: int = 2) -> list[int | None]:
    """The page (1 = the first page of the PDF, as the footers count) of each heading, in order; None where a
    heading cannot be found. ``contents_page``: the page the table of contents is printed on, whose entries
    must not be taken for the headings."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    pages = _by_outline(reader, headings)
    if sum(p is not None for p in pages) < len(headings) / 2:
        pages = _by_text(reader, headings, contents_page)
    return pages


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)
