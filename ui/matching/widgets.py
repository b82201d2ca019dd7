"""Small pieces of the board: the message banner, the note by a card, the legend."""

from __future__ import annotations

from collections.abc import Callable

from ui import icons
from ui import palette_colors as pc
from ui.labels import tr
from ui.matching.card_delegate import chip_colours
from ui.matching.cards import ACTIVE, PROPOSED, SUGGESTED
from ui.palette_colors import ToneFrame, ToneLabel, on_box
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QPainter,
    QPaintEvent,
    QPen,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QToolButton,
    QWidget,
)

INFO, WARNING, REFUSED, DONE = "info", "warning", "refused", "done"
HUES = {INFO: pc.ACCENT, WARNING: pc.AMBER, REFUSED: pc.BAD, DONE: pc.GOOD}
NOTE_MS = 9000


class Banner(ToneFrame):
    """A message across the top of the board that stays until closed or replaced.

    A message about how things stand ("saved as proposed pairs") says so with
    :meth:`show_while`: the board asks :meth:`recheck` each time it has read the
    file again, and the message goes as soon as it is no longer true.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(HUES[INFO], parent)
        self.setObjectName("boardBanner")
        self.level = INFO
        self.icon = QLabel()
        self.icon.setFixedSize(QSize(18, 18))
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        on_box(self.text)  # no style sheets here: they would not follow a palette change
        close = QToolButton()
        close.setObjectName("bannerClose")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        font = close.font()
        font.setPointSizeF(14)
        close.setFont(font)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.still_true: Callable[[], bool] | None = None
        self.waiting: tuple[str, str] | None = None  # shown at the next recheck, if true
        self.hide()

    def show_message(self, text: str, level: str = INFO) -> None:
        self.still_true, self.waiting = None, None
        self._show(text, level)

    def show_while(
        self, text: str, level: str, still_true: Callable[[], bool], *, wait: bool = False
    ) -> None:
        """Show ``text`` for as long as ``still_true()``; with ``wait``, from the next
        recheck on (when the board shows what the file holds now), and only if true then."""
        if wait:
            self.waiting = (text, level)
        else:
            self.waiting = None
            self._show(text, level)
        self.still_true = still_true

    def clear(self) -> None:
        self.still_true, self.waiting = None, None
        self.hide()

    def recheck(self) -> None:
        """The board shows the file as it is now: show or drop what depends on it."""
        if self.still_true is None:
            return
        if not self.still_true():
            self.still_true, self.waiting = None, None
            self.hide()
        elif self.waiting is not None:
            text, level = self.waiting
            self.waiting = None
            self._show(text, level)

    def _show(self, text: str, level: str) -> None:
        self.level = level
        self.hue = HUES.get(level, HUES[INFO])
        self.update()
        name = {REFUSED: "warning", WARNING: "warning", DONE: "accept"}.get(level, "info")
        self.icon.setPixmap(icons.pixmap(name, 18))
        self.text.setText(text)
        self.show()


class DropNote(ToneLabel):
    """A short note next to the card the user just dropped on (refusal or warning)."""

    WIDTH = 300

    def __init__(self, parent: QWidget) -> None:
        super().__init__(HUES[INFO], parent)
        self.setObjectName("dropNote")
        self.level = INFO
        self.setWordWrap(True)
        self.setMargin(8)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_near(self, text: str, level: str, near: QPoint) -> None:
        """Show ``text`` just below ``near`` (a point in the parent), kept inside the parent."""
        self.level = level
        self.hue = HUES.get(level, HUES[INFO])
        self.setText(text)
        self.update()
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else QRect(0, 0, 800, 600)
        width = min(self.WIDTH, max(160, area.width() - 16))
        self.setFixedWidth(width)
        self.adjustSize()
        x = min(max(8, near.x() - width // 2), max(8, area.width() - width - 8))
        y = near.y() + 14
        if y + self.height() > area.height() - 8:
            y = max(8, near.y() - self.height() - 14)
        self.move(x, y)
        self.show()
        self.raise_()
        self._timer.start(NOTE_MS)


class _Sample(QLabel):
    """A chip style shown in the legend, painted as the board paints that kind of chip."""

    def __init__(self, text: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.kind = kind
        self.setContentsMargins(6, 1, 6, 1)
        on_box(self)
        if kind == SUGGESTED:
            font = self.font()
            font.setItalic(True)
            self.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:
        fill, border, _ink, style = chip_colours(self.palette(), self.kind)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1, style))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.end()
        super().paintEvent(event)


def legend(parent: QWidget | None = None) -> QWidget:
    """What the chip styles mean, in a line above the cards."""
    box = QWidget(parent)
    box.setObjectName("chipLegend")
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for text, kind in (
        (tr("Active"), ACTIVE),
        (tr("Proposed"), PROPOSED),
        (tr("Suggested"), SUGGESTED),
    ):
        row.addWidget(_Sample(text, kind))
    lock = QLabel()
    lock.setPixmap(icons.pixmap("lock", 14))
    row.addWidget(lock)
    row.addWidget(QLabel(tr("Locked")))
    return box
