"""A coordinator's hands in the real main window, for the end-to-end walks.

:class:`User` clicks, types and presses keys in the window as a coordinator does,
counting each action under the step being walked and keeping a screenshot when
asked; :func:`start_window` opens a fresh install on a file or a server's URL, and
:func:`set_up_and_import` makes a program from the welcome screen and imports the
first-program sign-up sheet (tests/first_program_roster.py) into it. The walks'
``location`` and ``shots`` fixtures are in this folder's conftest.py.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from first_program_roster import SignUp
from pytestqt.qtbot import QtBot

from peerdesk.database import Database
from tests.ui.elision import problems
from ui import operations
from ui.importer.wizard import ImportWizard, PageId
from ui.main_window import MainWindow
from ui.qt import QApplication, QContextMenuEvent, QFileDialog, QPoint, Qt, QWidget, QWizard

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
IMPORT = QWizard.WizardButton.CommitButton


class User:
    """The coordinator's hands: each method is one user action, counted under the step
    being walked; ``shot`` keeps a screenshot of the window when asked to."""

    def __init__(self, qtbot: QtBot, window: MainWindow, shots: Path | None) -> None:
        self.qtbot = qtbot
        self.window = window
        self.shots = shots
        self.step = ""
        self.actions: Counter[str] = Counter()
        self._shot_number = 0
        self.cut: dict[str, list[str]] = {}

    def count(self) -> None:
        self.actions[self.step] += 1

    def click(self, widget: QWidget, pos: QPoint | None = None, modifier: Any = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} is not available"
        self.count()
        if modifier is None:
            self.qtbot.mouseClick(widget, LEFT, pos=pos or widget.rect().center())
        else:
            self.qtbot.mouseClick(widget, LEFT, modifier, pos or widget.rect().center())

    def type(self, widget: QWidget, text: str) -> None:
        self.count()
        self.qtbot.keyClicks(widget, text)

    def key(self, widget: QWidget, key: Qt.Key, modifier: Any = None) -> None:
        self.count()
        if modifier is None:
            self.qtbot.keyClick(widget, key)
        else:
            self.qtbot.keyClick(widget, key, modifier)

    def double_click(self, widget: QWidget, pos: QPoint) -> None:
        self.count()
        self.qtbot.mouseDClick(widget, LEFT, pos=pos)

    def right_click(self, widget: QWidget, pos: QPoint) -> None:
        """A right-click's context menu request at ``pos`` (as the platform sends it)."""
        self.count()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
        QApplication.sendEvent(widget, event)

    def file_name(self) -> None:
        """A file name typed (or the suggestion taken) in a native file dialog."""
        self.count()

    def open_screen(self, key: str) -> QWidget:
        """Click the screen's entry in the navigation list."""
        nav = self.window.nav
        row = 1 + [spec.key for spec in self.window.screen_specs].index(key)
        self.click(nav.viewport(), nav.visualItemRect(nav.item(row)).center())
        settle()
        self.qtbot.waitUntil(lambda: key in self.window.built_screens)
        screen = self.window.built_screens[key]
        self.qtbot.waitUntil(lambda: self.window.screens.currentWidget() is screen)
        settle()
        return screen

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        """Look at the window (or ``widget``) now: any text cut off in it is kept in
        :attr:`cut` under ``name``; with a screenshot folder, the picture is saved."""
        QApplication.processEvents()
        seen = problems(widget or self.window)
        if seen:
            self.cut[name] = seen
        if self.shots is None:
            return
        self._shot_number += 1
        (widget or self.window).grab().save(str(self.shots / f"{self._shot_number:02d}-{name}.png"))


def settle() -> None:
    operations.wait_idle(30)
    QApplication.processEvents()
    operations.wait_idle(30)


def shown(kind: type, name: str | None = None) -> list[Any]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name)
    ]


def start_window(qtbot: QtBot, location: str | None) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15000):
        window.start(location)
        window.show()
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: not window.auto_backup_pending, timeout=15000)
    settle()
    return window


def set_up_and_import(user: User, roster: SignUp, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot, window = user.qtbot, user.window
    assert window.pages.currentWidget() is window.welcome
    user.shot("welcome")

    user.step = "set up the program"
    chosen: list[str] = []

    def choose_roster(*_args: object, **_kwargs: object) -> tuple[str, str]:
        user.file_name()  # the roster's name typed in the file dialog
        chosen.append(str(roster.path))
        return str(roster.path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose_roster)
    user.click(window.welcome.import_button)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    assert isinstance(wizard, QWizard)
    user.type(wizard.basics.name, "Mentoring 2027")  # type: ignore[attr-defined]
    user.shot("program-wizard", wizard)
    user.click(wizard.button(FINISH))
    user.step = "import the roster"  # the file dialog comes at once: its name counts here
    qtbot.waitUntil(lambda: window.import_wizard is not None, timeout=20000)
    assert chosen == [str(roster.path)]
    importer = window.import_wizard
    assert isinstance(importer, ImportWizard)
    qtbot.waitUntil(importer.isVisible)
    settle()
    pages = 0
    while importer.currentId() != PageId.PREVIEW:
        user.shot(f"import-page-{importer.currentId()}", importer)
        user.click(importer.button(NEXT))
        settle()
        pages += 1
        assert pages < 8, "the import wizard never reached its preview"
    qtbot.waitUntil(lambda: importer.preview is not None and not importer.preview_pending)
    settle()
    user.shot("import-preview", importer)
    assert importer.preview_page.counts.text().startswith("120 new, 0 updates, 2 duplicates")
    user.click(importer.button(IMPORT))
    qtbot.waitUntil(lambda: importer.currentId() == PageId.SUMMARY, timeout=30000)
    settle()
    user.shot("import-summary", importer)
    user.click(importer.button(FINISH))
    qtbot.waitUntil(lambda: window.import_wizard is None)
    settle()
    user.shot("after-import")


def program_db(window: MainWindow) -> Database:
    assert window.db is not None
    return window.db


def board_button(screen: Any, action_name: str) -> QWidget:
    action = getattr(screen, action_name)
    button = screen.toolbar.widgetForAction(action)
    if button is None:  # the suggestions bar's buttons
        button = screen.findChild(QWidget, action.objectName() + "Button")
    assert button is not None
    return button
