"""The summary's look: type styles, numbered pages, tables and how numbers are written."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from peerdesk.documents import fonts, layout
from peerdesk.documents.layout import ACCENT, MUTED, RULE, TINT
from peerdesk.evaluation.figures import Share, rounded


@dataclass(frozen=True)
class Styles:
    org: Any
    kicker: Any
    title: Any
    subtitle: Any
    note: Any
    h1: Any
    h2: Any
    body: Any
    small: Any
    bullet: Any
    tile_number: Any
    tile_label: Any
    cell: Any
    cell_bold: Any
    head: Any
    head_right: Any


def styles() -> Styles:
    s = layout.style
    head = s("sum_head", 8, bold=True, color=MUTED, leading=10)
    return Styles(
        org=s("sum_org", 9, bold=True, color=MUTED, leading=12),
        kicker=s("sum_kicker", 11, bold=True, color=ACCENT, leading=14, after=4),
        title=s("sum_title", 28, bold=True, leading=33, after=6),
        subtitle=s("sum_subtitle", 12.5, color=ACCENT, leading=17, after=4),
        note=s("sum_note", 9.5, color=MUTED, leading=13.5),
        h1=s("sum_h1", 17, bold=True, leading=21, before=16, after=8),
        h2=s("sum_h2", 11.5, bold=True, color=ACCENT, leading=15, before=10, after=4),
        body=s("sum_body", 9.5, leading=13.8, after=5),
        small=s("sum_small", 8, color=MUTED, leading=11, before=2, after=2),
        bullet=ParagraphStyle(
            "sum_bullet_hang",
            parent=s("sum_bullet", 9.5, leading=13.8, after=3),
            leftIndent=11,
            bulletIndent=1,
        ),
        tile_number=s("sum_tile_n", 21, bold=True, color=ACCENT, leading=25, centred=True),
        tile_label=s("sum_tile_l", 8.5, color=MUTED, leading=11, centred=True),
        cell=s("sum_cell", 8.5, leading=11),
        cell_bold=s("sum_cell_b", 8.5, bold=True, leading=11),
        head=head,
        head_right=ParagraphStyle("sum_head_r", parent=head, alignment=TA_RIGHT),
    )


def number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def percent(share: Share) -> str:
    """``75%``; ``–`` when the share rests on too few to show (its n is said beside it)."""
    return "–" if share.percent is None else f"{share.percent}%"


def one_decimal(value: float | Decimal | None) -> str:
    """An average to one decimal, by the one rounding rule (``–`` when there is none)."""
    if value is None:
        return "–"
    return f"{rounded(value):.1f}"


def signed(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:+.1f}".replace("-", "−")


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds pages back so each footer can say "Page 2 of 5"; the cover has no footer."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", fonts.REGULAR)
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            if number > 1:
                self._footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, page: int, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        y = layout.FOOTER_Y
        self.line(layout.MARGIN_SIDE, y + 11, width - layout.MARGIN_SIDE, y + 11)
        self.setFillColor(MUTED)
        self.setFont(fonts.REGULAR, 8)
        self.drawString(layout.MARGIN_SIDE, y, self.footer_text)
        self.drawRightString(width - layout.MARGIN_SIDE, y, f"Page {page} of {total}")
        self.restoreState()


def table(rows: list[list[Any]], widths: list[float], *, numeric_from: int = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, TINT]),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
