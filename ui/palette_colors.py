"""Colours that follow the system palette, light or dark (issue 20.6).

A screen says what a colour MEANS (a hue: the accent blue, green for active, red
for refused) and this module turns it into colours for the palette in use: a
tint of the hue over the palette's base for a background, the hue itself for a
line, and for text the hue moved towards the palette's text colour until it reads
at WCAG 2.x contrast 4.5:1 or more on the background it is drawn on. Meaning is
never carried by colour alone: the screens also say it in words, line styles,
italics or strike-through.
"""

from __future__ import annotations

from ui.qt import (
    QApplication,
    QColor,
    QEvent,
    QFrame,
    QLabel,
    QObject,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRectF,
    Qt,
    QWidget,
)

# What the colours mean, as hues (the light theme's look, as before).
ACCENT = QColor("#2F6690")
GOOD = QColor("#2E7D32")
BAD = QColor("#B3261E")
WARN = QColor("#8A5A00")
NEUTRAL = QColor("#6B7580")
VIOLET = QColor("#7B5EA7")
AMBER = QColor("#B26A00")

AA = 4.5  # WCAG 2.x, normal text
GOAL = AA + 0.4  # what colours are chosen for: a glyph's antialiased core reads a little less


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.x) of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG 2.x contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(one: QColor, other: QColor, amount: float) -> QColor:
    """``one`` moved ``amount`` (0 to 1) of the way towards ``other``; opaque."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * amount,
        one.greenF() + (other.greenF() - one.greenF()) * amount,
        one.blueF() + (other.blueF() - one.blueF()) * amount,
    )


def base(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Base)


def text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Text)


def is_dark(palette: QPalette) -> bool:
    return luminance(base(palette)) < luminance(text(palette))


def tint(palette: QPalette, hue: QColor, amount: float = 0.12) -> QColor:
    """A background with a hint of ``hue`` over the palette's base (stronger when dark,
    where a faint tint would not show)."""
    return mix(base(palette), hue, amount * (1.8 if is_dark(palette) else 1.0))


def line(palette: QPalette, hue: QColor) -> QColor:
    """A border or rule in ``hue``, lightened on a dark palette so it shows."""
    return mix(hue, text(palette), 0.35) if is_dark(palette) else hue


def ink(palette: QPalette, hue: QColor, background: QColor | None = None) -> QColor:
    """Text in ``hue`` that reads on ``background`` (default: the base) at 4.5:1 or more:
    the hue as it is when it does, else moved towards the palette's text colour (or, if
    that is no better, black or white) just enough."""
    back = base(palette) if background is None else background
    target = text(palette)
    if contrast(target, back) < AA:
        target = QColor("#000000") if luminance(back) > 0.18 else QColor("#FFFFFF")
    for step in range(21):
        candidate = mix(hue, target, step / 20)
        if contrast(candidate, back) >= GOAL:
            return candidate
    return target


def muted(palette: QPalette, background: QColor | None = None) -> QColor:
    """Secondary text: between the text colour and the background, still 4.5:1 or more."""
    back = base(palette) if background is None else background
    return ink(palette, mix(text(palette), back, 0.45), back)


def _grounds(palette: QPalette) -> list[QColor]:
    roles = QPalette.ColorRole
    return [palette.color(r) for r in (roles.Window, roles.Base, roles.AlternateBase)]


def _seen(colour: QColor, ground: QColor) -> QColor:
    """A colour that may be see-through (Qt's default placeholder text) as seen on ``ground``."""
    return mix(ground, colour, colour.alphaF())


def readable_placeholder(palette: QPalette) -> QPalette | None:
    """``palette`` with its PlaceholderText (the muted text of hints, notes and subtitles)
    made to read at 4.5:1 on the window, the base and the alternate base — None when it
    already does. The muted colour is the text colour moved towards the window's."""
    role = QPalette.ColorRole.PlaceholderText
    grounds = _grounds(palette)
    current = palette.color(QPalette.ColorGroup.Active, role)
    if all(contrast(_seen(current, g), g) >= AA for g in grounds):
        return None
    window = grounds[0]
    chosen = text(palette)
    for step in range(9, -1, -1):  # from 45% of the way to the window back to the text
        candidate = mix(text(palette), window, step * 0.05)
        if all(contrast(candidate, g) >= GOAL for g in grounds):
            chosen = candidate
            break
    fixed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        fixed.setColor(group, role, chosen)
    return fixed


class _Follower(QObject):
    """Keeps the application's placeholder text readable whenever its palette changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        app = self.parent()
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is app and app:
            _fix(app)
        return False


def _fix(app: QObject) -> None:
    if isinstance(app, QApplication):
        fixed = readable_placeholder(app.palette())
        if fixed is not None:
            app.setPalette(fixed)


def follow_palette(app: QApplication) -> None:
    """From now on (and at once) the application's muted text reads on its palette, light
    or dark, whatever the desktop theme gives (ui/app.py calls this at start)."""
    if app.findChild(_Follower, "palette_follower") is None:
        follower = _Follower(app)
        follower.setObjectName("palette_follower")
        app.installEventFilter(follower)
    _fix(app)


def stop_following(app: QApplication) -> None:
    follower = app.findChild(_Follower, "palette_follower")
    if follower is not None:
        app.removeEventFilter(follower)
        follower.deleteLater()


def paint_box(widget: QWidget, hue: QColor, *, dashed: bool = False, radius: float = 6) -> None:
    """A rounded box in a tint of ``hue`` over the palette's base, with a border in the hue:
    painted from the widget's palette each time, so it follows a light or dark theme. The
    text on it is the palette's own text colour (see :func:`on_box`)."""
    palette = widget.palette()
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    painter.setPen(QPen(line(palette, hue), 1, style))
    painter.setBrush(tint(palette, hue))
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.end()


def on_box(label: QWidget) -> None:
    """Text on a :func:`paint_box` box: the palette's text colour (made for its base)."""
    label.setForegroundRole(QPalette.ColorRole.Text)


class ToneFrame(QFrame):
    """A frame painted as a :func:`paint_box` box (the board's suggestions bar, its banner)."""

    def __init__(self, hue: QColor, parent: QWidget | None = None, *, dashed: bool = False) -> None:
        super().__init__(parent)
        self.hue = hue
        self.dashed = dashed

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_box(self, self.hue, dashed=self.dashed)
        super().paintEvent(event)


class ToneLabel(QLabel):
    """A label on a :func:`paint_box` box (a notice, a note by a card)."""

    def __init__(self, hue: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hue = hue
        on_box(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_box(self, self.hue)
        super().paintEvent(event)
