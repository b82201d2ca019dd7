"""The screens in the main window's navigation, built when first shown.

Each later feature adds one line to ``SCREENS`` and a widget class that takes
the main window. The class is imported and built only when the user first
opens its screen, so start-up pays for none of them.

A screen class follows :class:`Screen`: ``set_context`` is called whenever the
open file or the current program changes, and ``refresh`` whenever an action
changed records of the kinds it names (see :meth:`MainWindow.notify`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractItemView,
    QAction,
    QActionEvent,
    QCoreApplication,
    QEvent,
    QHeaderView,
    QLabel,
    QShowEvent,
    QSize,
    Qt,
    QTableView,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.qt import QMainWindow


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # translated with the "Screens" context
    icon: str
    module: str
    cls: str

    def translated_title(self) -> str:
        return QCoreApplication.translate("Screens", self.title)

    def build(self, window: QMainWindow) -> Screen:
        factory = getattr(importlib.import_module(self.module), self.cls)
        screen: Screen = factory(window)
        return screen


class Screen(QWidget):
    """What the main window expects of a screen (subclass it)."""

    _stale = False  # something changed while the screen was hidden

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        """The open file or the current program changed: reload everything."""

    def refresh(self, kinds: frozenset[str]) -> None:
        """Records of these kinds changed (e.g. {"people"}, {"pairs"}): reload if shown."""

    def reload(self) -> None:
        """Read what the screen shows again."""

    def editing(self) -> bool:
        """Whether the user has typed into the screen what is not saved yet and a reload
        could lose (others' changes wait for it: :mod:`ui.server.live`)."""
        return False

    def reload_when_shown(self) -> None:
        """Reload now if the screen is on show, else the next time it is shown.

        Hidden screens do not read the file after every change; they catch up
        when the user comes back to them.
        """
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()


def heading(text: str, parent: QWidget) -> QLabel:
    """A screen's title, in the same size and weight on every screen."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def keep_dots(action: QAction) -> None:
    """Keep the "…" of an action that opens a dialog on its tool button.

    A tool button shows the action's icon text, which Qt makes from its text without
    a trailing "…" ("Print group agreement…" became "Print group agreement"): the
    button says what its menu entry says. An action whose text loses the "…" later
    (Pause/Resume) goes back to Qt's own icon text.
    """
    text = action.text()
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if text.endswith("…"):
        if action.iconText() != words:
            action.setProperty("dotsKept", True)
            action.setIconText(words)
    elif action.property("dotsKept"):
        action.setProperty("dotsKept", False)
        action.setIconText("")


class ScreenToolBar(QToolBar):
    """A toolbar whose buttons that open a dialog end in "…", as their menu entries do."""

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        kinds = (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged)
        action = event.action()
        if event.type() in kinds and action is not None:
            keep_dots(action)


def toolbar(name: str, parent: QWidget) -> QToolBar:
    """A screen's toolbar: small icons with their words beside them."""
    bar = ScreenToolBar(parent)
    bar.setObjectName(name)
    bar.setIconSize(QSize(18, 18))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return bar


def record_table(
    name: str, model: QAbstractItemModel, parent: QWidget, *, many: bool = False
) -> QTableView:
    """A screen's table of records: whole rows selected (one, or ``many``), read only,
    sortable, striped, no grid, one line a row, no row numbers, left-aligned titles."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.setShowGrid(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(parent.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


# Kinds of records, for MainWindow.notify() and Screen.refresh().
PROGRAMS = "programs"
PEOPLE = "people"
PAIRS = "pairs"
MEETINGS = "meetings"
SURVEYS = "surveys"
#: Every kind: what "Refresh" and a screen shown again on a shared database reload.
ALL_KINDS = frozenset({PROGRAMS, PEOPLE, PAIRS, MEETINGS, SURVEYS})

SCREENS: list[ScreenSpec] = [
    ScreenSpec(
        "people",
        QT_TRANSLATE_NOOP("Screens", "People"),
        "people",
        "ui.people.screen",
        "PeopleScreen",
    ),
    ScreenSpec(
        "matching",
        QT_TRANSLATE_NOOP("Screens", "Matching"),
        "match",
        "ui.matching.board",
        "MatchingScreen",
    ),
    ScreenSpec(
        "pairs", QT_TRANSLATE_NOOP("Screens", "Pairs"), "pairs", "ui.pairs.screen", "PairsScreen"
    ),
    ScreenSpec(
        "calendar",
        QT_TRANSLATE_NOOP("Screens", "Calendar"),
        "calendar",
        "ui.calendar.screen",
        "CalendarScreen",
    ),
    ScreenSpec(
        "checkins",
        QT_TRANSLATE_NOOP("Screens", "Check-ins"),
        "checkin",
        "ui.checkins.screen",
        "CheckinsScreen",
    ),
    ScreenSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Screens", "Dashboard"),
        "dashboard",
        "ui.dashboard.screen",
        "DashboardScreen",
    ),
]
