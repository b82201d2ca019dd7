"""Reading a PDF back page by page: its text, and how far down each page the content goes."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from peerdesk.documents import layout


def page_texts(data: bytes | Path) -> list[str]:
    """Each page's text, whitespace normalised (pypdf reads some spaces as tabs)."""
    reader = pypdf.PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _text_heights(page: pypdf.PageObject) -> list[float]:
    """The height on the page of every piece of text."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_rest: object) -> None:
        if text.strip():
            found.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    return found


def page_fill(data: bytes) -> list[float]:
    """How full each page is: from the top of the text area down to its lowest line of text
    (chart labels included), as a share of the text area's height; the footer is left out."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    fills: list[float] = []
    footer = layout.FOOTER_Y + 14  # the footer line and its text
    for page in reader.pages:
        height = float(page.mediabox.height)
        top = height - layout.MARGIN_TOP
        bottom = layout.MARGIN_BOTTOM
        lows = [y for y in _text_heights(page) if footer < y <= height]
        lowest = min(lows) if lows else top
        fills.append(max(0.0, min(1.0, (top - lowest) / (top - bottom))))
    return fills


def sparse_pages(data: bytes, section_titles: tuple[str, ...]) -> list[tuple[int, float]]:
    """Pages (1-based) less than a third full that do not end a section: the next page does
    not begin with a section's title, and the page is not the last one."""
    texts = page_texts(data)
    fills = page_fill(data)
    sparse: list[tuple[int, float]] = []
    for index, fill in enumerate(fills):
        last = index == len(fills) - 1
        ends_section = last or index == 0 or texts[index + 1].startswith(section_titles)
        if fill < 1 / 3 and not ends_section:
            sparse.append((index + 1, round(fill, 2)))
    return sparse
