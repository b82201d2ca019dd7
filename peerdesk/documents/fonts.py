"""The typeface every PeerDesk document is set in, shipped and embedded.

reportlab's built-in fonts cover only Latin-1: "Łukasz" or "Nguyễn" would
print with holes. Noto Sans (SIL Open Font License, licence beside the files
in ``resources/fonts``) covers every Latin-script language, and reportlab
embeds the glyphs used, so a PDF prints the same on any computer.
"""

from __future__ import annotations

import threading
from pathlib import Path

from peerdesk.paths import resources_dir

FAMILY = "PeerDeskSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
LICENCE = "OFL.txt"

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_path(name: str) -> Path:
    return fonts_dir() / FILES[name]


def register_fonts() -> str:
    """Register the family with reportlab (once per process); returns its name.

    After this, Paragraph markup ``<b>`` and ``<i>`` pick the bold and italic files.
    """
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name in FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        for bold, italic, name in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD_ITALIC),
        ):
            addMapping(FAMILY, bold, italic, name)
        _registered = True
        return FAMILY


def covers(text: str, name: str = REGULAR) -> bool:
    """Whether the font has a glyph for every character of ``text`` (spaces aside)."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(name)
    glyphs = font.face.charToGlyph
    return all(ord(c) in glyphs for c in text if not c.isspace())
