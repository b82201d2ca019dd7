"""The dashboard's card: a number with its title and a line of detail.

A card that opens something (its screen, or the list behind its number) shows a
pointing hand, takes the keyboard focus with Tab, and opens on a click or on Enter
or Space; its accessible name reads the title, number and detail together.
"""

from __future__ import annotations

from ui import palette_colors as pc
from ui.qt import (
    QEvent,
    QFocusEvent,
    QFrame,
    QKeyEvent,
    QLabel,
    QMouseEvent,
    QPalette,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class Card(QFrame):
    """A number with its title and a line of detail; clicking opens its screen, if any."""

    clicked = Signal()

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        self._colour()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setMinimumHeight(104)
        self.target = ""

    def _colour(self) -> None:
        """The number in the accent and the detail muted, both readable on the card's base
        in the palette in use (light or dark)."""
        palette = self.palette()
        self.value.setStyleSheet(f"color: {pc.ink(palette, pc.ACCENT).name()};")
        self.detail.setStyleSheet(f"color: {pc.muted(palette).name()};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "detail"):
            self._colour()  # (not while __init__ is still making the labels)
        super().changeEvent(event)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.title.text()}: {value}")
        self.setAccessibleDescription(detail)

    def link(self, target: str, tip: str) -> None:
        self.target = target
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.target:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self.target and event.key() in keys:
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setLineWidth(2)
        self.setForegroundRole(QPalette.ColorRole.Highlight)
        self.setFrameShape(QFrame.Shape.Box)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setLineWidth(1)
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        super().focusOutEvent(event)
