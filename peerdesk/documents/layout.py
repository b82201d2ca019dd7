"""What every printed document shares: paper, colours, type styles and safe text.

reportlab's ``Paragraph`` reads its text as markup, so a name such as
"Ana <Lupe> Díaz & Co" would vanish or break the page; :func:`markup` is the
one way user text gets into a paragraph.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame

from peerdesk.documents import fonts
from peerdesk.errors import UserError

INK = HexColor("#1C2430")
MUTED = HexColor("#5B6675")
ACCENT = HexColor("#2F6690")
RULE = HexColor("#B9C6D3")
TINT = HexColor("#F2F6FA")

MARGIN_SIDE = 24 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 19 * mm
FOOTER_Y = 10 * mm

CREATOR = "PeerDesk"

# What the PDFs carry for people who read them with assistive technology (issue 20.6):
# every document sets its title, author, subject and language (the catalog's /Lang, given
# to reportlab's Canvas or BaseDocTemplate as ``lang``), and asks viewers to show its title
# rather than its file name (/ViewerPreferences /DisplayDocTitle); all text is real text in embedded
# TrueType fonts (fonts.py, with ToUnicode maps, so it can be searched, copied and read
# aloud) and no text is drawn as a picture — the only picture is the organization's logo.
# They are NOT tagged: open-source reportlab (5.x) writes no structure tree (no
# /StructTreeRoot, no /MarkInfo, no marked-content ids on text); tagging is a feature of
# ReportLab's commercial tools. Screen readers therefore read the text in drawing order,
# which the layouts keep in reading order (top to bottom, left to right).


def main_language(codes: Iterable[str]) -> str:
    """The language most of a batch's documents are in (a PDF has one /Lang)."""
    counts = Counter(codes)
    return counts.most_common(1)[0][0] if counts else "en"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        width, height = A4 if self is Paper.A4 else LETTER
        return float(width), float(height)


# Where Letter paper is the norm; everywhere else uses A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR"})


def default_paper() -> Paper:
    """Letter where the locale says so (e.g. ``en_US``), otherwise A4."""
    for name in ("LC_PAPER", "LC_ALL", "LANG"):
        value = os.environ.get(name, "")
        match = re.match(r"[a-z]{2,3}_([A-Z]{2})", value)
        if match:
            return Paper.LETTER if match.group(1) in LETTER_TERRITORIES else Paper.A4
    return Paper.A4


class LogoUnreadable(UserError):
    template = (
        "The logo “{path}” could not be used: it is missing or not a PNG or JPEG picture. "
        "Choose another picture, or print without a logo."
    )


def load_logo(path: Path | None) -> ImageReader | None:
    """The logo once for a whole batch (reportlab embeds it once, too)."""
    if path is None:
        return None
    try:
        reader = ImageReader(str(path))
        reader.getSize()
    except Exception as exc:  # PIL raises a zoo of types for a bad picture
        raise LogoUnreadable(path=str(path)) from exc
    return reader


def markup(text: str) -> str:
    """User text as paragraph markup: ``<``, ``>`` and ``&`` print as typed; lines kept."""
    return escape(text).replace("\t", " ").replace("\n", "<br/>")


# Where a long email address or double name may break, best first: an address
# breaks after its "@" if that is enough, else also after dots, and so on.
BREAKS = ("@", "@.", "@.-_/+")


def _pieces(word: str, after: str) -> list[str]:
    """A word cut just after each character of ``after`` ("ana.diaz@" "example.org")."""
    marks = re.escape(after)
    return [p for p in re.findall(rf"[^{marks}]*[{marks}]*", word) if p]


def _broken(word: str, font: str, size: float, width: float) -> list[str]:
    """A word too long for a line as lines, broken at the best places that make it fit."""

    def fits(piece: str) -> bool:
        return float(stringWidth(piece, font, size)) <= width

    for after in BREAKS:
        pieces = _pieces(word, after)
        if all(fits(p) for p in pieces) or after == BREAKS[-1]:
            break
    lines = [""]
    for piece in pieces:
        if lines[-1] and not fits(lines[-1] + piece):
            lines.append("")
        lines[-1] += piece
    return lines


def fit_text(
    text: str, font: str, size: float, width: float, *, smallest: float
) -> tuple[str, float]:
    """``text`` as markup that fits ``width``, and the type size it fits at.

    The size goes down in half points (to ``smallest``) until every word fits on a
    line; a word that still does not fit (a long email address) is broken after its
    "@" (or a dot, or a hyphen), never in the middle of a name part.
    """
    words = text.split()
    while size > smallest and any(stringWidth(w, font, size) > width for w in words):
        size -= 0.5
    out = [
        escape(word)
        if stringWidth(word, font, size) <= width
        else "<br/>".join(escape(line) for line in _broken(word, font, size, width))
        for word in words
    ]
    return " ".join(out), size


def blocks(text: str) -> Iterator[tuple[str, str]]:
    """A term's text as ("para" | "bullet", markup) blocks.

    A blank line starts a new paragraph; a line starting with "- ", "* " or "• "
    is a bullet point; other line breaks are kept as typed.
    """
    para: list[str] = []

    def flush() -> Iterator[tuple[str, str]]:
        if para:
            yield "para", markup("\n".join(para))
            para.clear()

    for raw in text.strip().split("\n"):
        line = raw.rstrip()
        stripped = line.lstrip()
        if not stripped:
            yield from flush()
        elif stripped[:2] in ("- ", "* ", "• "):
            yield from flush()
            yield "bullet", markup(stripped[2:].strip())
        else:
            para.append(stripped)
    yield from flush()


def body_frame(doc: BaseDocTemplate) -> Frame:
    """The frame of a page's body: the whole space inside ``doc``'s margins, unpadded."""
    return Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip


def style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    color: Color = INK,
    leading: float | None = None,
    before: float = 0,
    after: float = 0,
    centred: bool = False,
    keep: bool = False,
) -> ParagraphStyle:
    family = fonts.register_fonts()
    font = {
        (False, False): fonts.REGULAR,
        (True, False): fonts.BOLD,
        (False, True): fonts.ITALIC,
        (True, True): fonts.BOLD_ITALIC,
    }[(bold, italic)]
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading if leading is not None else size * 1.4,
        textColor=color,
        spaceBefore=before,
        spaceAfter=after,
        alignment=TA_CENTER if centred else TA_LEFT,
        keepWithNext=int(keep),
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=family,
        bulletFontSize=size,
        bulletIndent=2,
        leftIndent=0,
    )
