"""The match-length curve: a Kaplan–Meier step curve drawn for a printed page.

It must read on a black-and-white printer, so nothing depends on colour: the
curve is a solid black line, censored matches (still going) are small upright
ticks on it, the median is a dashed grey line down to the axis with its value
written beside it, and the coordinator's reference length a dotted line with
its words. Both axes are labelled (months; share of matches still going).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor, black
from reportlab.pdfbase.pdfmetrics import stringWidth

from peerdesk.documents import fonts
from peerdesk.documents.layout import INK, MUTED, TINT
from peerdesk.exports.charts import _drawing, nice_step

GRID = HexColor("#C8C8C8")  # a light grey that still prints
GUIDE = HexColor("#555555")  # the median's and the reference's lines: dark grey, dashed


def months_text(months: float) -> str:
    """``7.5 months``, ``1 month``; one decimal where it has one."""
    value = f"{months:.1f}".removesuffix(".0")
    return f"{value} month" if value == "1" else f"{value} months"


def _label(
    x: float,
    y: float,
    text: str,
    *,
    size: float = 7.5,
    colour: Color = MUTED,
    anchor: str = "start",
) -> String:
    return String(x, y, text, fontName=fonts.REGULAR, fontSize=size, fillColor=colour,
                  textAnchor=anchor)  # fmt: skip


def step_points(curve: Sequence[tuple[float, float]], end: float) -> list[tuple[float, float]]:
    """The corners of the step curve from (0, 1) to ``end``: level until each event time,
    then straight down to the new share (the survival function is right-continuous)."""
    points = [(0.0, 1.0)]
    level = 1.0
    for time, share in sorted(curve):
        if share == level:
            continue
        points += [(time, level), (time, share)]
        level = share
    points.append((max(end, points[-1][0]), level))
    return points


def match_length_chart(
    curve: Sequence[tuple[float, float]],
    censored: Sequence[tuple[float, float]],
    width: float,
    height: float,
    *,
    median: float | None,
    reference: float | None = None,
    reference_words: str = "",
    longest: float = 0.0,
) -> Drawing:
    """``curve``: (months, share still going) after each drop; ``censored``: (months, share)
    where a match still going was last seen; ``median`` and ``reference`` in months."""
    fonts.register_fonts()
    drawing = _drawing(width, height)
    left, bottom, right, top = 34.0, 30.0, 12.0, 10.0
    plot_w, plot_h = width - left - right, height - bottom - top
    times = [t for t, _ in curve] + [t for t, _ in censored] + [longest]
    if reference:
        times.append(reference)
    span = max(max(times), 1.0)
    step = nice_step(span, 6)
    x_max = step * (int(span / step) + 1)  # room beyond the last mark or reference

    def x(months: float) -> float:
        return left + plot_w * months / x_max

    def y(share: float) -> float:
        return bottom + plot_h * share

    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=TINT, strokeColor=None))
    for quarter in range(5):  # 0, 25, 50, 75, 100%
        share = quarter / 4
        drawing.add(Line(left, y(share), left + plot_w, y(share), strokeColor=GRID,
                         strokeWidth=0.8 if quarter == 2 else 0.4))  # fmt: skip
        drawing.add(_label(left - 4, y(share) - 2.5, str(quarter * 25), anchor="end"))
    months = 0.0
    while months <= x_max + 1e-9:
        drawing.add(Line(x(months), bottom, x(months), bottom - 3, strokeColor=black,
                         strokeWidth=0.5))  # fmt: skip
        drawing.add(_label(x(months), bottom - 11, f"{months:g}", anchor="middle"))
        months += step
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=black, strokeWidth=0.6))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=black, strokeWidth=0.6))
    drawing.add(
        _label(left + plot_w / 2, 2, "Months since the match began", size=8, colour=INK,
               anchor="middle")
    )  # fmt: skip
    axis = String(0, 0, "Matches still going (%)", fontName=fonts.REGULAR, fontSize=8,
                  fillColor=INK, textAnchor="middle")  # fmt: skip
    drawing.add(Group(axis, transform=(0, 1, -1, 0, 9, bottom + plot_h / 2)))  # turned upright

    if reference:
        drawing.add(Line(x(reference), bottom, x(reference), bottom + plot_h, strokeColor=GUIDE,
                         strokeWidth=0.9, strokeDashArray=[1, 2]))  # fmt: skip
        words = reference_words or f"Reference: {months_text(reference)}"
        anchor = "end" if x(reference) > left + plot_w * 0.6 else "start"
        nudge = -3 if anchor == "end" else 3
        drawing.add(_label(x(reference) + nudge, bottom + plot_h - 9, words, colour=INK,
                           anchor=anchor))  # fmt: skip
    points = step_points(curve, max([longest, *(t for t, _ in censored)]))
    drawing.add(
        PolyLine([v for t, s in points for v in (x(t), y(s))], strokeColor=black,
                 strokeWidth=1.6, strokeLineJoin=0)
    )  # fmt: skip
    for t, s in censored:
        drawing.add(Line(x(t), y(s) - 3.5, x(t), y(s) + 3.5, strokeColor=black, strokeWidth=0.9))
    if median is not None:
        drawing.add(Line(left, y(0.5), x(median), y(0.5), strokeColor=GUIDE, strokeWidth=0.9,
                         strokeDashArray=[4, 2]))  # fmt: skip
        drawing.add(Line(x(median), y(0.5), x(median), bottom, strokeColor=GUIDE,
                         strokeWidth=0.9, strokeDashArray=[4, 2]))  # fmt: skip
        words = f"Median {months_text(median)}"
        size = 8
        fits_right = x(median) + 4 + stringWidth(words, fonts.BOLD, size) < left + plot_w
        drawing.add(
            String(x(median) + (4 if fits_right else -4), bottom + 5, words, fontName=fonts.BOLD,
                   fontSize=size, fillColor=INK, textAnchor="start" if fits_right else "end")
        )  # fmt: skip
    return drawing


def legend(width: float, *, with_reference: bool, with_median: bool) -> Drawing:
    """The key under the curve: each line drawn as on the chart, with its words."""
    fonts.register_fonts()
    drawing = _drawing(width, 14)
    items: list[tuple[str, dict[str, object]]] = [
        ("Matches still going", {"strokeColor": black, "strokeWidth": 1.6}),
        ("| a match still active (censored)", {}),
    ]
    if with_median:
        items.append(("Median", {"strokeColor": GUIDE, "strokeWidth": 0.9,
                                 "strokeDashArray": [4, 2]}))  # fmt: skip
    if with_reference:
        items.append(("Reference", {"strokeColor": GUIDE, "strokeWidth": 0.9,
                                    "strokeDashArray": [1, 2]}))  # fmt: skip
    x = 0.0
    for words, line in items:
        if line:
            drawing.add(Line(x, 5, x + 18, 5, **line))
            x += 22
            text = words
        else:
            drawing.add(Line(x + 2, 1.5, x + 2, 8.5, strokeColor=black, strokeWidth=0.9))
            x += 7
            text = words.removeprefix("| ")
        drawing.add(_label(x, 2.5, text, size=7.5, colour=INK))
        x += stringWidth(text, fonts.REGULAR, 7.5) + 14
    return drawing
