"""Small charts painted with QPainter: bars with their values, and the funnel.

No chart library: a bar chart of twelve months or five answers is a few
rectangles and labels, drawn in the palette's colours so it follows the
system's light or dark theme. A chart with nothing to show says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from peerdesk.evaluation.figures import MIN_N, percent
from ui import palette_colors as pc
from ui.qt import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QWidget,
)

ACCENT = pc.ACCENT
# Strongly disagree … strongly agree, as in the PDF summary.
LIKERT = (QColor("#B5553C"), QColor("#E3A58F"), QColor("#C9D1DA"), QColor("#8DB2D0"), ACCENT)
FUNNEL = (QColor("#9DBBD6"), QColor("#6F9BC2"), QColor("#4A7FAE"), ACCENT)


class BarChart(QWidget):
    """Vertical bars, a value over each and a label under it."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.colours: Sequence[QColor] | None = None
        self.empty_text = empty_text
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        colours: Sequence[QColor] | None = None,
    ) -> None:
        self.labels, self.values, self.colours = list(labels), list(values), colours
        self.setToolTip("\n".join(f"{k}: {v:g}" for k, v in zip(labels, values, strict=True)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 190)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)  # what the chart is drawn on
        text = pc.ink(palette, pc.text(palette), window)
        muted = pc.muted(palette, window)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        metrics = QFontMetrics(self.font())
        if not self.values or not any(self.values):
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        line = metrics.height()
        lines = max(label.count("\n") + 1 for label in self.labels)
        bottom = rect.bottom() - lines * line - 4
        top = rect.top() + line + 4
        count = len(self.values)
        slot = rect.width() / count
        bar = min(slot * 0.62, 46.0)
        highest = max(self.values)
        painter.setPen(muted)
        painter.drawLine(int(rect.left()), int(bottom), int(rect.right()), int(bottom))
        bold = self.font()
        bold.setBold(True)
        for n, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            x = rect.left() + n * slot + (slot - bar) / 2
            height = (bottom - top) * (value / highest) if highest else 0
            colour = self.colours[n % len(self.colours)] if self.colours else ACCENT
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pc.line(palette, colour))  # lighter on a dark palette
            painter.drawRect(QRectF(x, bottom - height, bar, height))
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(
                QRectF(x - 10, bottom - height - line - 2, bar + 20, line),
                Qt.AlignmentFlag.AlignCenter,
                f"{value:g}",
            )
            painter.setFont(self.font())
            painter.setPen(muted)
            painter.drawText(
                QRectF(rect.left() + n * slot, bottom + 3, slot, lines * line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        painter.end()


class FunnelChart(QWidget):
    """Applied → ready → matched → completed: centred bars narrowing, with counts."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stages: list[tuple[str, int]] = []
        self.empty_text = empty_text
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_stages(self, stages: Sequence[tuple[str, int]]) -> None:
        self.stages = list(stages)
        self.setToolTip("\n".join(f"{label}: {count}" for label, count in stages))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)  # what the chart is drawn on
        text = pc.ink(palette, pc.text(palette), window)
        muted = pc.muted(palette, window)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        first = self.stages[0][1] if self.stages else 0
        if not first:
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(label) for label, _ in self.stages) + 12
        count_width = metrics.horizontalAdvance("00,000 (100%)") + 8
        room = rect.width() - label_width - count_width - 12
        row = rect.height() / len(self.stages)
        bar_height = min(row * 0.72, 30.0)
        for n, (label, count) in enumerate(self.stages):
            y = rect.top() + n * row + (row - bar_height) / 2
            width = max(room * count / first, 2.0)
            x = rect.left() + label_width + (room - width) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pc.line(palette, FUNNEL[n % len(FUNNEL)]))
            painter.drawRect(QRectF(x, y, width, bar_height))
            painter.setPen(text)
            painter.drawText(
                QRectF(rect.left(), y, label_width, bar_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            share = "" if n == 0 or first < MIN_N else f" ({percent(count, first)}%)"
            painter.drawText(
                QRectF(rect.right() - count_width, y, count_width, bar_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{count:,}{share}",
            )
        painter.end()
