"""The matching board, the calendar and the dashboard read in a light and a dark palette
(issue 20.6): every text item drawn on them has a WCAG 2.x contrast of 4.5:1 or more against
the background it is drawn on.

The window is opened on the sample program; the application's palette is set to a light
and then to a dark one, as a desktop theme sets it, and each screen is grabbed to an image.
For each text item — a label, a table cell, and each piece a delegate paints on its own (a
card's name, subtitle, tags, badge and chips; a day's number and meeting lines; a mentee's
name and details) — the region it is drawn in is cut out of the image, its background is the
region's most common colour, and its text colour is the pixel that stands out most from it
(the core of a glyph's stroke). The contrast of the two is what a reader sees: black text on
dark grey would measure about 1.5:1 and fail. Screenshots of the three screens in both
palettes are saved under screenshots/palette/ for a person to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from evaluation_data import add_person
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from peerdesk.database import open_database
from peerdesk.enums import Role
from peerdesk.models import Program
from ui import operations
from ui import palette_colors as pc
from ui.calendar.month import IN_MONTH_ROLE, MEETINGS_ROLE, cell_layout
from ui.main_window import MainWindow
from ui.matching.cards import CARD_ROLE
from ui.matching.widgets import WARNING
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QColor,
    QFontMetrics,
    QImage,
    QLabel,
    QPalette,
    QPoint,
    QRect,
    QStyleFactory,
    QWidget,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "palette"
Launcher = Callable[..., MainWindow]
AA = 4.5


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A dark desktop theme's palette (the colours of a common dark theme)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2B2B2B"),
        (roles.WindowText, "#E6E6E6"),
        (roles.Base, "#1E1E1E"),
        (roles.AlternateBase, "#262626"),
        (roles.Text, "#E6E6E6"),
        (roles.PlaceholderText, "#9A9A9A"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#E6E6E6"),
        (roles.BrightText, "#FF6B6B"),
        (roles.Highlight, "#3D7BC7"),
        (roles.HighlightedText, "#FFFFFF"),
        (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#E6E6E6"),
        (roles.Light, "#4A4A4A"),
        (roles.Midlight, "#3E3E3E"),
        (roles.Mid, "#303030"),
        (roles.Dark, "#1A1A1A"),
        (roles.Shadow, "#000000"),
        (roles.Link, "#6FA8FF"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#8A8A8A"))
    return palette


PALETTES = {"light": light_palette, "dark": dark_palette}


# -- measuring -----------------------------------------------------------------------------


def pixels(image: QImage) -> np.ndarray:
    """The image as an array of (height, width, 3) sRGB bytes."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb.astype(float) / 255
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return c @ np.array([0.2126, 0.7152, 0.0722])


def text_contrast(image: np.ndarray, rect: QRect) -> float | None:
    """The contrast of the text drawn in ``rect`` against its background: the region's most
    common colour, and the pixel that stands out most from it (None: nothing drawn)."""
    height, width = image.shape[:2]
    top, left = max(rect.top(), 0), max(rect.left(), 0)
    bottom, right = min(rect.bottom() + 1, height), min(rect.right() + 1, width)
    if bottom - top < 3 or right - left < 3:
        return None
    region = image[top:bottom, left:right].reshape(-1, 3)
    colours, counts = np.unique(region, axis=0, return_counts=True)
    background = colours[counts.argmax()]
    lum = luminance(region)
    back = float(luminance(background[None, :])[0])
    ratios = (np.maximum(lum, back) + 0.05) / (np.minimum(lum, back) + 0.05)
    best = float(ratios.max())
    return None if best < 1.05 else best


class Meter:
    """The contrast of every text item measured on one grabbed screen."""

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self.image = pixels(root.grab().toImage())
        self.found: list[tuple[float, str]] = []

    def measure(self, widget: QWidget, rect: QRect, what: str) -> None:
        origin = widget.mapTo(self.root, QPoint(0, 0))
        ratio = text_contrast(self.image, rect.translated(origin))
        assert ratio is not None, f"no text drawn for {what}"
        self.found.append((ratio, what))

    def labels(self) -> None:
        for label in self.root.findChildren(QLabel):
            if not visible_in(label, self.root) or not label.text().strip():
                continue
            inset = label.margin() + 1
            rect = label.contentsRect().adjusted(inset, inset, -inset, -inset)
            self.measure(label, rect, f"label {label.objectName() or label.text()[:30]!r}")

    def cells(self, view: QAbstractItemView, name: str, limit: int = 40) -> None:
        """Each visible cell of a table or list drawn by the standard delegate."""
        model = view.model()
        shown = 0
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                rect = view.visualRect(index)
                if not str(index.data() or "").strip() or not view.viewport().rect().contains(rect):
                    continue
                self.measure(
                    view.viewport(), rect.adjusted(3, 2, -3, -2), f"{name} {index.data()!r}"
                )
                shown += 1
                if shown >= limit:
                    return

    def lowest(self) -> tuple[float, str]:
        assert self.found, "nothing was measured"
        return min(self.found)


def visible_in(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisibleTo(root) or widget.width() < 4 or widget.height() < 4:
        return False
    top_left = widget.mapTo(root, QPoint(0, 0))
    return root.rect().contains(QRect(top_left, widget.size()).center())


# -- the screens --------------------------------------------------------------------------


def idle() -> None:
    for _ in range(3):
        operations.wait_idle(20)
        QApplication.processEvents()


def measure_board(screen: Any) -> Meter:
    if not screen.suggestions_bar.isVisible():  # suggested chips and the suggestions bar
        screen.suggest()
        idle()
    screen.banner.show_message("Nobody is left to pair with this mentor.", WARNING)
    idle()
    meter = Meter(screen)
    meter.labels()
    cards, delegate = screen.cards, screen.cards.itemDelegate()
    measured = 0
    for row in range(cards.model().rowCount()):
        index = cards.model().index(row, 0)
        card = index.data(CARD_ROLE)
        rect = cards.visualRect(index)
        if not cards.viewport().rect().contains(rect):
            continue
        geo = delegate.layout(rect, card, cards.font())
        port = cards.viewport()
        meter.measure(port, geo.name, f"card name {row}")
        if delegate.view.subtitle(card):
            meter.measure(port, geo.sub, f"card subtitle {row}")
        if card.mentor.tags:
            meter.measure(
                port, geo.tags if delegate.view.subtitle(card) else geo.sub, f"tags {row}"
            )
        meter.measure(port, geo.badge.adjusted(4, 4, -4, -4), f"badge {row}")
        for chip_rect, chip in geo.chips:
            meter.measure(port, chip_rect.adjusted(6, 3, -6, -3), f"chip {chip.mentee_name!r}")
        for free in geo.free:
            meter.measure(port, free.adjusted(6, 3, -6, -3), f"free place {row}")
        measured += 1
    assert measured >= 3
    mentees = screen.mentee_view
    line = QFontMetrics(mentees.font()).height()
    for row in range(min(mentees.model().rowCount(), 8)):
        rect = mentees.visualRect(mentees.model().index(row, 0))
        if not mentees.viewport().rect().contains(rect):
            continue
        inner = rect.adjusted(8, 4, -8 - 50, -4)  # the count's pill is on the right
        meter.measure(
            mentees.viewport(),
            QRect(inner.left(), inner.top(), inner.width(), line),
            f"mentee {row}",
        )
        meter.measure(
            mentees.viewport(),
            QRect(inner.left(), inner.top() + line + 2, inner.width(), line),
            f"mentee detail {row}",
        )
        pill = QRect(rect.right() - 8 - 44, rect.top() + 4, 44, rect.height() - 8)
        meter.measure(mentees.viewport(), pill, f"mentee's count of mentors {row}")
        measured += 1
    assert measured >= 6 + 3, "the mentees were not all on the board"
    return meter


def measure_calendar(screen: Any) -> Meter:
    meter = Meter(screen)
    meter.labels()
    view = screen.month_view
    model = view.model()
    metrics = QFontMetrics(view.font())
    lines = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect = view.visualRect(index)
            meetings = index.data(MEETINGS_ROLE) or []
            geo = cell_layout(rect, metrics, len(meetings))
            day = geo.header.adjusted(1, 0, -geo.header.width() // 2, 0)
            where = "in month" if index.data(IN_MONTH_ROLE) else "other month"
            meter.measure(view.viewport(), day, f"day {index.data()} ({where})")
            for line in geo.lines:
                meter.measure(
                    view.viewport(), line.adjusted(6, 0, 0, 0), f"meeting on {index.data()}"
                )
                lines += 1
            if geo.more is not None:
                meter.measure(view.viewport(), geo.more, f"more on {index.data()}")
    assert lines >= 5
    meter.cells(screen.agenda, "agenda")
    return meter


def measure_dashboard(screen: Any) -> Meter:
    meter = Meter(screen)
    meter.labels()
    for chart in (screen.per_month,):
        strip = QFontMetrics(chart.font()).height() * 2
        meter.measure(
            chart, QRect(4, chart.height() - strip - 4, chart.width() - 8, strip), "chart labels"
        )
    return meter


SCREENS = {"matching": measure_board, "calendar": measure_calendar, "dashboard": measure_dashboard}


def add_mentees(path: Path) -> None:
    """Three mentees ready for matching, so the board lists some and suggests pairs."""
    with open_database(path) as db:
        with db.transaction() as session:
            program_id = session.scalars(select(Program.id)).one()
        for n, department in enumerate(("Nursing", "Finance", "Facilities"), start=900):
            add_person(db, program_id, n, Role.MENTEE, department=department)


@pytest.fixture
def window(launch: Launcher, sample_copy: Path) -> Iterator[MainWindow]:
    add_mentees(sample_copy)
    window = launch(sample_copy)
    window.resize(1400, 1250)  # the dashboard's charts in view too
    idle()
    original = QApplication.palette()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    pc.follow_palette(app)  # as ui/app.py does when the app starts
    yield window
    pc.stop_following(app)
    QApplication.setPalette(original)


def test_the_board_calendar_and_dashboard_read_in_light_and_dark_palettes(
    qtbot: QtBot, window: MainWindow
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    lowest: dict[str, float] = {}
    failures: list[str] = []
    for theme, make in PALETTES.items():
        QApplication.setPalette(make())
        idle()
        assert pc.is_dark(window.palette()) == (theme == "dark")
        for key, measure in SCREENS.items():
            screen = window.show_screen(key)
            idle()
            qtbot.wait(20)
            screen.grab().save(str(SCREENSHOTS / f"{key}-{theme}.png"))
            meter = measure(screen)
            ratio, _what = meter.lowest()
            lowest[f"{key}/{theme}"] = round(ratio, 2)
            failures += [f"{key}/{theme}: {w} {r:.2f}:1" for r, w in meter.found if r < AA]
    print("lowest contrast per screen:", lowest)
    assert not failures, "\n".join(failures)


def test_the_meter_fails_black_text_on_dark_grey(qtbot: QtBot) -> None:
    """The measure itself: black on dark grey is found unreadable, dark on white readable."""
    label = QLabel("Riverside Mentoring")
    qtbot.addWidget(label)
    label.resize(200, 30)
    for back, ink, readable in (("#333333", "#000000", False), ("#FFFFFF", "#1F2933", True)):
        label.setStyleSheet(f"background:{back}; color:{ink};")
        meter = Meter(label)
        meter.measure(label, label.rect().adjusted(2, 2, -2, -2), "sample")
        assert (meter.lowest()[0] >= AA) is readable
