"""The summary's charts, drawn with reportlab graphics in the documents' colours and font.

Each function returns a :class:`~reportlab.graphics.shapes.Drawing` of the
width asked for, ready to go into a story as a flowable. A chart with nothing
to show says so in words instead of drawing empty axes.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from peerdesk.documents import fonts
from peerdesk.documents.layout import ACCENT, INK, MUTED, RULE, TINT
from peerdesk.evaluation.figures import MIN_N, percent

# From "strongly disagree" to "strongly agree": warm to the documents' blue, grey between.
LIKERT_COLOURS = (
    HexColor("#B5553C"),
    HexColor("#E3A58F"),
    HexColor("#D5DBE2"),
    HexColor("#8DB2D0"),
    ACCENT,
)
FUNNEL_COLOURS = (HexColor("#9DBBD6"), HexColor("#6F9BC2"), HexColor("#4A7FAE"), ACCENT)


def nice_step(top: float, steps: int = 4) -> float:
    """A round axis step (1, 2, 5 × 10ⁿ) giving about ``steps`` gridlines up to ``top``."""
    if top <= steps:
        return 1
    raw = top / steps
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the embedded one (reportlab's is Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR
    drawing.initialFontSize = 8
    return drawing


def _empty(width: float, height: float, text: str) -> Drawing:
    drawing = _drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=TINT, strokeColor=None))
    drawing.add(
        String(width / 2, height / 2 - 4, text, fontName=fonts.ITALIC, fontSize=9.5,
               fillColor=MUTED, textAnchor="middle")
    )  # fmt: skip
    return drawing


def column_chart(
    labels: Sequence[str],
    values: Sequence[float],
    width: float,
    height: float,
    *,
    empty_text: str,
    colour: Color = ACCENT,
    colours: Sequence[Color] | None = None,
    label_size: float = 7.5,
) -> Drawing:
    """Vertical bars with their values on top (meetings per month, satisfaction)."""
    fonts.register_fonts()
    if not values or not any(values):
        return _empty(width, height, empty_text)
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    lines = max(label.count("\n") + 1 for label in labels)
    bottom = 10 + lines * (label_size + 1.5)
    chart.x, chart.y = 26, bottom
    chart.width, chart.height = width - 34, height - bottom - 14
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = label_size
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickDown = 0
    top = max(values)
    step = nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (int(top / step) + 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "%d" if float(step).is_integer() else "%.1f"
    chart.valueAxis.strokeColor = None
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = TINT
    chart.valueAxis.gridStrokeWidth = 0.8
    chart.valueAxis.tickLeft = 0
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colour
    if colours:
        for index, fill in enumerate(colours):
            chart.bars[(0, index)].fillColor = fill
    chart.barWidth = 10
    chart.groupSpacing = 6 if len(values) > 8 else 14
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def funnel(stages: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Centred bars narrowing from "applied" to "completed", each with its count and share."""
    fonts.register_fonts()
    row, gap = 22.0, 6.0
    height = len(stages) * (row + gap)
    first = stages[0][1] if stages else 0
    if not first:
        return _empty(width, 60, "Nobody has applied yet.")
    drawing = _drawing(width, height)
    label_width = 70.0
    room = width - label_width - 90
    for index, (label, count) in enumerate(stages):
        y = height - (index + 1) * (row + gap) + gap / 2
        bar = max(room * count / first, 2.0)
        x = label_width + (room - bar) / 2
        drawing.add(Rect(x, y, bar, row, fillColor=FUNNEL_COLOURS[index % 4], strokeColor=None))
        drawing.add(
            String(0, y + row / 2 - 3.5, label, fontName=fonts.BOLD, fontSize=9, fillColor=INK)
        )
        share = "" if index == 0 or first < MIN_N else f"  ({percent(count, first)}%)"
        drawing.add(
            String(label_width + room + 10, y + row / 2 - 3.5, f"{count:,}{share}",
                   fontName=fonts.REGULAR, fontSize=9, fillColor=INK)
        )  # fmt: skip
    return drawing


def likert_bars(
    rows: Sequence[tuple[str, tuple[int, int, int, int, int]]],
    width: float,
    legend: Sequence[str],
    *,
    min_n: int = 1,
) -> Drawing:
    """One 100% bar per question, split strongly disagree … strongly agree; on the right the
    share agreeing with its n ("80% (n = 10)"), or "too few" below ``min_n`` answers."""
    fonts.register_fonts()
    rows = [r for r in rows if sum(r[1])]
    if not rows:
        return _empty(width, 50, "No agree–disagree answers yet.")
    row, gap, legend_height = 15.0, 7.0, 34.0
    label_width = min(
        max(stringWidth(label, fonts.REGULAR, 8.5) for label, _ in rows) + 8, width * 0.38
    )
    share_width = 92.0
    bar_width = width - label_width - share_width
    height = len(rows) * (row + gap) + legend_height
    drawing = _drawing(width, height)
    for index, (label, counts) in enumerate(rows):
        y = height - legend_height - (index + 1) * (row + gap) + gap
        total = sum(counts)
        shown = label
        while stringWidth(shown, fonts.REGULAR, 8.5) > label_width - 8 and len(shown) > 4:
            shown = shown[:-2] + "…"
        drawing.add(String(0, y + 4, shown, fontName=fonts.REGULAR, fontSize=8.5, fillColor=INK))
        x = label_width
        if total < min_n:  # too few answers: no split drawn that would read as a share
            drawing.add(Rect(x, y, bar_width, row, fillColor=None, strokeColor=RULE,
                             strokeWidth=0.6, strokeDashArray=[2, 2]))  # fmt: skip
        for colour, n in zip(LIKERT_COLOURS, counts, strict=True):
            if total < min_n:
                break
            part = bar_width * n / total
            if part > 0:
                drawing.add(Rect(x, y, part, row, fillColor=colour, strokeColor=None))
            x += part
        agreeing = percent(counts[3] + counts[4], total)
        share = f"{agreeing}% (n = {total})" if total >= min_n else f"too few (n = {total})"
        drawing.add(
            String(width, y + 4, share, fontName=fonts.BOLD, fontSize=8.5,
                   fillColor=ACCENT if total >= min_n else MUTED, textAnchor="end")
        )  # fmt: skip
    drawing.add(Line(label_width, height - legend_height + 2, width - share_width,
                     height - legend_height + 2, strokeColor=RULE, strokeWidth=0.5))  # fmt: skip
    x = label_width
    for colour, text in zip(LIKERT_COLOURS, legend, strict=True):
        drawing.add(Rect(x, height - 12, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(
            String(x + 11, height - 11, text, fontName=fonts.REGULAR, fontSize=7,
                   fillColor=MUTED)
        )  # fmt: skip
        x += stringWidth(text, fonts.REGULAR, 7) + 22
    drawing.add(
        String(width, height - legend_height + 6, "Agree or strongly agree", fontName=fonts.BOLD,
               fontSize=7, fillColor=MUTED, textAnchor="end")
    )  # fmt: skip
    return drawing
