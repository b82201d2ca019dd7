"""The explanation panel: why a pair scores what it does, criterion by criterion."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from peerdesk.scores import score_text
from ui import palette_colors as pc
from ui.qt import (
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRectF,
    QScrollArea,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from peerdesk.matching.reasons import Explanation, Reason

GOOD, BAD = "good", "bad"  # the tones of peerdesk.matching.reasons, as stored in a pair
TONE_COLORS = {GOOD: pc.GOOD, BAD: pc.BAD}  # hues, made readable by ui.palette_colors
NEUTRAL_COLOR = pc.NEUTRAL


def explanation_from_json(score: float | None, reasons: str | list[Any]) -> Explanation:
    """A saved pair's explanation (``Pair.reasons`` as stored) back as an :class:`Explanation`."""
    from peerdesk.matching.reasons import Explanation, Reason

    rows = json.loads(reasons) if isinstance(reasons, str) else reasons
    found = []
    for row in rows or []:
        try:
            found.append(Reason(**row))
        except TypeError:
            continue  # a pair saved by a later version with more fields: show what we know
    return Explanation(score=float(score or 0.0), reasons=tuple(found))


class ScoreBar(QWidget):
    """How much of one criterion's share the pair earns (0 to 1)."""

    def __init__(self, value: float, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = max(0.0, min(1.0, value))
        self.color = TONE_COLORS.get(tone, NEUTRAL_COLOR)
        self.setMinimumWidth(60)
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(90, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        palette = self.palette()
        painter.setPen(QPen(pc.mix(pc.base(palette), pc.text(palette), 0.2), 1))
        painter.setBrush(pc.mix(pc.base(palette), pc.text(palette), 0.06))
        painter.drawRoundedRect(whole, 4, 4)
        if self.value > 0:
            filled = QRectF(whole)
            filled.setWidth(max(whole.height(), whole.width() * self.value))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pc.line(palette, self.color))
            painter.drawRoundedRect(filled, 4, 4)
        painter.end()


class ExplanationPanel(QScrollArea):
    """Shows the selected pair: score, top reasons and the breakdown by criterion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explanationPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(240)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.explanation: Explanation | None = None

        self.title = QLabel()
        self.title.setObjectName("explainTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("explainStatus")
        self.status.setWordWrap(True)
        self.score = QLabel()
        self.score.setObjectName("explainScore")
        self.score.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = QLabel()
        self.warnings.setObjectName("explainWarnings")
        self.warnings.setWordWrap(True)
        self.top_heading = self._heading(self.tr("Top reasons"))
        self.top = QLabel()
        self.top.setObjectName("explainTop")
        self.top.setWordWrap(True)
        self.top.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown_heading = self._heading(self.tr("Score by criterion"))
        self.breakdown = QVBoxLayout()
        self.breakdown.setSpacing(8)
        self.empty = QLabel(
            self.tr(
                "Click a pair on a mentor's card to see why it scores what it does.\n\n"
                "Drag a mentee onto a mentor to pair them, or select both and press "
                "Ctrl+P."
            )
        )
        self.empty.setObjectName("explainEmpty")
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, readable

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.score)
        layout.addWidget(self.warnings)
        layout.addSpacing(4)
        layout.addWidget(self.top_heading)
        layout.addWidget(self.top)
        layout.addSpacing(4)
        layout.addWidget(self.breakdown_heading)
        layout.addLayout(self.breakdown)
        layout.addStretch(1)
        self.setWidget(page)
        self.clear()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _details(self, shown: bool) -> None:
        for widget in (
            self.title,
            self.status,
            self.score,
            self.top_heading,
            self.top,
            self.breakdown_heading,
        ):
            widget.setVisible(shown)
        self.empty.setVisible(not shown)

    def clear(self) -> None:
        self.explanation = None
        self._clear_breakdown()
        self.warnings.clear()
        self.warnings.hide()
        self._details(False)

    def _clear_breakdown(self) -> None:
        _clear(self.breakdown)

    def show_pair(
        self,
        title: str,
        status: str,
        explanation: Explanation,
        warnings: tuple[str, ...] = (),
    ) -> None:
        self.explanation = explanation
        self._details(True)
        self.title.setText(title)
        self.status.setText(status)
        self.score.setText(
            self.tr("<span style='font-size:20pt; font-weight:600'>{score}</span> of 100").format(
                score=score_text(explanation.score)
            )
        )
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        self.warnings.setStyleSheet(f"color: {pc.ink(palette, pc.WARN, window).name()};")
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        top = explanation.top()
        tones = {r.text: r.tone for r in explanation.reasons}
        if top:
            items = []
            for text in top:
                hue = TONE_COLORS.get(tones.get(text, ""), NEUTRAL_COLOR)
                color = pc.ink(palette, hue, window).name()
                mark = "+" if tones.get(text) == GOOD else "−" if tones.get(text) == BAD else "·"
                items.append(
                    f"<div><span style='color:{color}; font-weight:700'>{mark}</span>&nbsp;"
                    f"{_escape(text)}</div>"
                )
            self.top.setText("".join(items))
        else:
            self.top.setText(self.tr("No criteria are weighed in this program."))
        self._clear_breakdown()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        for reason in explanation.reasons:
            self.breakdown.addLayout(self._criterion(reason, small))
        self.breakdown_heading.setVisible(bool(explanation.reasons))

    def _criterion(self, reason: Reason, small: QFont) -> QVBoxLayout:
        """One criterion: its name and points, a bar, and the words."""
        name = QLabel(reason.label)
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        points = QLabel(
            self.tr("{points} of {share}").format(
                points=score_text(reason.points), share=score_text(reason.points + reason.lost)
            )
        )
        points.setFont(small)
        points.setToolTip(self.tr("Weight {weight}").format(weight=reason.weight))
        text = QLabel(reason.text)
        text.setWordWrap(True)
        text.setFont(small)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(name, 1)
        head.addWidget(points)
        layout = QVBoxLayout()
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(ScoreBar(reason.value, reason.tone))
        layout.addWidget(text)
        return layout

    def texts(self) -> list[str]:
        """The reasons' words on show (tests, accessibility)."""
        if self.explanation is None:
            return []
        return [r.text for r in self.explanation.reasons]


def _clear(layout: QLayout) -> None:
    """Empty a layout, its sub-layouts and their widgets."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            _clear(inner)
            inner.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
