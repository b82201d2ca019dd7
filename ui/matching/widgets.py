"""Small pieces of the board: the message banner, the note by a card, the legend."""

from __future__ import annotations

from collections.abc import Callable

from ui import icons
from ui.labels import tr
from ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    QToolButton,
    QWidget,
)

INFO, WARNING, REFUSED, DONE = "info", "warning", "refused", "done"
COLORS = {  # background, border, text
    INFO: ("#EAF2FA", "#9BBBD6", "#1F3F5B"),
    WARNING: ("#FFF4DC", "#E0B458", "#5C3D00"),
    REFUSED: ("#FDECEA", "#E39A94", "#7A1A14"),
    DONE: ("#E6F3E9", "#8CC39A", "#1E4D2B"),
}
NOTE_MS = 9000


def _style(level: str) -> str:
    back, border, ink = COLORS.get(level, COLORS[INFO])
    return f"background:{back}; border:1px solid {border}; color:{ink}; border-radius:6px;"


class Banner(QFrame):
    """A message across the top of the board that stays until closed or replaced.

    A message about how things stand ("saved as proposed pairs") says so with
    :meth:`show_while`: the board asks :meth:`recheck` each time it has read the
    file again, and the message goes as soon as it is no longer true.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardBanner")
        self.level = INFO
        self.icon = QLabel()
        self.icon.setFixedSize(QSize(18, 18))
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setStyleSheet("border:none; background:transparent;")
        self.icon.setStyleSheet("border:none; background:transparent;")
        close = QToolButton()
        close.setObjectName("bannerClose")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        close.setStyleSheet("border:none; background:transparent; font-size:14pt;")
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
        self.setStyleSheet(f"#boardBanner {{{_style(level)}}}")
        name = {REFUSED: "warning", WARNING: "warning", DONE: "accept"}.get(level, "info")
        self.icon.setPixmap(icons.pixmap(name, 18))
        self.text.setText(text)
        self.show()


class DropNote(QLabel):
    """A short note next to the card the user just dropped on (refusal or warning)."""

    WIDTH = 300

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
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
        self.setStyleSheet(f"QLabel#dropNote {{{_style(level)} padding:2px;}}")
        self.setText(text)
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


def legend(parent: QWidget | None = None) -> QWidget:
    """What the chip styles mean, in a line above the cards."""
    box = QWidget(parent)
    box.setObjectName("chipLegend")
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    samples = [
        (tr("Active"), "background:#E3F1E6; border:1px solid #4C8C5A;"),
        (tr("Proposed"), "background:#FFFFFF; border:1px solid #2F6690;"),
        (tr("Suggested"), "background:#EAF2FA; border:1px dashed #2F6690; font-style:italic;"),
    ]
    for text, style in samples:
        label = QLabel(text)
        label.setStyleSheet(f"{style} border-radius:5px; padding:1px 6px; color:#1F2933;")
        row.addWidget(label)
    lock = QLabel()
    lock.setPixmap(icons.pixmap("lock", 14))
    row.addWidget(lock)
    row.addWidget(QLabel(tr("Locked")))
    return box
