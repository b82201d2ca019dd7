"""A seeded random walk through the real main window, run as a child process.

``tests/ui/test_random_walk.py`` starts this file as ``PYTHONPATH=. python
tests/ui/random_walk.py --seed N --actions N --folder DIR``; a native crash then
kills only this process, and faulthandler leaves its Python stack on stderr for the test to
show. Every action is written to ``DIR/trail.txt`` before it is made, so the
last lines of the trail say what the walk was doing when it died.

The walk plays a coordinator on a realistic program (120 people, some of them
paired): clicking, Ctrl- and Shift-clicking rows, selecting everyone, marking
readiness steps and statuses for many people at once, ticking a step in the
checklist, typing in the search box and choosing filters while the table is
being read again, sorting, undo and redo, opening and closing dialogs and
switching screens, importing a Google Forms sheet of sign-ups through the
import wizard — without always waiting for the work it started to finish,
as a quick user does not.

The sequence of actions is fixed by the seed: each action draws the same
number of random values whatever state the window is in, and an action that
does not fit the state (a bulk change with nobody selected) does nothing. The
worker thread's timing still varies from run to run, which is what shakes out
races; ``--seed`` and the trail replay the same walk.

Exit codes: 0 the walk finished with no Python error and no Qt warning; 3 it
finished but something went wrong on the way (printed); a crash ends it with
the signal (negative return code).
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import os
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtTest import QTest

from peerdesk import logs
from ui import crash, operations
from ui.collector import UiThreadCollector
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractItemView,
    QAccessible,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QPoint,
    QProgressDialog,
    Qt,
    QtMsgType,
    QWizard,
    qInstallMessageHandler,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# Messages of the offscreen platform, not of PeerDesk (as in pyproject's qt_log_ignore).
IGNORED_QT = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
SEARCH_WORDS = [
    "a", "an", "ana", "li", "lima", "chen", "o", "ok", "lead", "leadership", "python",
    "it", "finance", "mar", "@", "example", "ro", "z", "qu", "e", "sp", "spanish",
]  # fmt: skip
LEFT = Qt.MouseButton.LeftButton
SCREEN_KEYS = ["overview", "people", "matching", "pairs", "calendar", "checkins", "dashboard"]


class Walk:
    """The window, the random source and the trail; one method per kind of action."""

    def __init__(self, window: Any, rng: random.Random, trail: TextIO, roster: Path) -> None:
        self.app = QApplication.instance()
        self.window = window
        self.roster = roster
        self.rng = rng
        self.trail = trail
        self.done = 0
        self.kinds: Counter[str] = Counter()  # what the walk did, by kind (for the test)
        self._kind = ""
        self.actions: list[tuple[int, Callable[[list[float]], None]]] = [
            (14, self.click_row),
            (3, self.select_all),
            (4, self.select_range),
            (5, self.bulk_step),
            (2, self.bulk_status),
            (4, self.tick_checklist),
            (7, self.type_search),
            (3, self.erase_search),
            (3, self.choose_filter),
            (2, self.sort),
            (5, self.undo),
            (3, self.redo),
            (2, self.edit_person),
            (1, self.context_menu),
            (1, self.import_roster),
            (3, self.switch_screen),
            (3, self.other_screen_click),
            (1, self.other_screen_type),
            (2, self.collect_garbage),
            (4, self.wait_idle),
        ]
        self._weights = [w for w, _ in self.actions]
        self._on_people = {
            self.click_row, self.select_all, self.select_range, self.bulk_step,
            self.bulk_status, self.tick_checklist, self.type_search, self.choose_filter,
            self.sort, self.edit_person, self.context_menu,
        }  # fmt: skip

    # -- bookkeeping ------------------------------------------------------------

    def note(self, text: str) -> None:
        """Say what is about to be done (the trail is flushed: it outlives a crash)."""
        self.trail.write(f"{self.done} {text}\n")
        self.trail.flush()
        self.kinds[self._kind] += 1

    def people(self) -> Any:
        return self.window.built_screens.get("people")

    def on_people(self) -> Any:
        """The People screen, if it is the one shown; None otherwise."""
        screen = self.people()
        if screen is not None and screen.isVisible() and screen.body.currentWidget() is not None:
            return screen
        return None

    def step(self) -> None:
        """One action: the open dialog is answered first, as a user must."""

        draws = [self.rng.random() for _ in range(4)]
        action = self.rng.choices(self.actions, weights=self._weights)[0][1]
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            self._kind = "answer_dialog"
            self.answer(modal, draws)
        elif action in self._on_people and self.on_people() is None:
            self._kind = "switch_screen"
            self.switch_screen([0.0, 0.0, 0.0, 0.0])  # back to People, where this happens
        else:
            self._kind = action.__name__
            action(draws)
        self.done += 1
        self.pause(draws[3])

    def pause(self, draw: float) -> None:
        """Let the event loop run a little: none, a few events, or a few milliseconds."""

        if draw < 0.3:
            return
        if draw < 0.7:
            self.app.processEvents()
        else:
            QTest.qWait(int(draw * 20))

    # -- dialogs --------------------------------------------------------------------

    def answer(self, dialog: Any, draws: list[float]) -> None:
        """Fill in an open dialog a little at random, then OK or Cancel it."""

        name = dialog.objectName() or type(dialog).__name__
        if isinstance(dialog, QProgressDialog):
            self.note(f"wait for progress {name}")
            QTest.qWait(20)
            return
        if isinstance(dialog, QWizard) and draws[0] < 0.95:
            self.next_page(dialog)
            return
        combos = [c for c in dialog.findChildren(QComboBox) if c.isVisible() and c.count()]
        if combos and draws[0] < 0.5:
            combo = combos[int(draws[1] * len(combos))]
            index = int(draws[2] * combo.count())
            self.note(f"dialog {name}: choose {combo.objectName()} #{index}")
            combo.setCurrentIndex(index)
            return
        boxes = [b for b in dialog.findChildren(QCheckBox) if b.isVisible() and b.isEnabled()]
        if boxes and draws[0] < 0.7:
            box = boxes[int(draws[1] * len(boxes))]
            self.note(f"dialog {name}: click {box.objectName()}")
            box.click()
            return
        if draws[2] < 0.75:
            buttons = dialog.findChildren(QDialogButtonBox)
            for bar in buttons:
                for button in bar.buttons():
                    role = bar.buttonRole(button)
                    accepting = QDialogButtonBox.ButtonRole.AcceptRole
                    if role == accepting and button.isVisible() and button.isEnabled():
                        self.note(f"dialog {name}: {button.text()}")
                        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                        return
        self.note(f"dialog {name}: Escape")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def next_page(self, wizard: Any) -> None:
        """Next, or Finish on the last page; when neither is ready yet, wait a little."""
        buttons = QWizard.WizardButton
        for which in (buttons.NextButton, buttons.CommitButton, buttons.FinishButton):
            button = wizard.button(which)
            if button is not None and button.isVisible() and button.isEnabled():
                self.note(f"wizard {wizard.objectName()}: {button.text()}")
                QTest.mouseClick(button, LEFT)
                return
        self.note(f"wizard {wizard.objectName()}: wait")
        QTest.qWait(20)

    def import_roster(self, draws: list[float]) -> None:
        """File → Import roster… with a Google Forms sheet of 120 sign-ups (some already in)."""
        if self.window.import_wizard is not None or not self.window.import_action.isEnabled():
            return
        self.note("import the roster")
        self.window.import_roster(self.roster)

    # -- the People screen --------------------------------------------------------------

    def _row_point(self, screen: Any, draw: float) -> Any:
        rows = screen.proxy.rowCount()
        if rows == 0:
            return None
        row = min(int(draw * rows), rows - 1)
        index = screen.proxy.index(row, int(draw * 7) % 4)
        screen.table.scrollTo(index)
        rect = screen.table.visualRect(index)
        return row, rect.center()

    def click_row(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None:
            return
        found = self._row_point(screen, draws[0])
        if found is None:
            return
        modifiers = Qt.KeyboardModifier
        modifier = (
            modifiers.NoModifier
            if draws[1] < 0.7
            else (modifiers.ControlModifier if draws[1] < 0.85 else modifiers.ShiftModifier)
        )
        self.note(f"click row {found[0]} {modifier.name}")
        QTest.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, modifier, found[1])

    def select_all(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None:
            return
        self.note("Ctrl+A in the table")
        screen.table.setFocus()
        QTest.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    def select_range(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None:
            return
        first = self._row_point(screen, draws[0])
        if first is None:
            return
        self.note(f"click row {first[0]}")
        viewport = screen.table.viewport()
        QTest.mouseClick(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first[1]
        )
        last = self._row_point(screen, draws[1])
        if last is None:
            return
        self.note(f"shift-click row {last[0]}")
        QTest.mouseClick(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, last[1]
        )

    def _toolbar(self, screen: Any, action: Any, draws: list[float]) -> None:

        if not action.isEnabled():
            return
        button = screen.toolbar.widgetForAction(action)
        self.note(f"toolbar {action.objectName()}")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def bulk_step(self, draws: list[float]) -> None:
        screen = self.on_people()
        if screen is not None:
            self._toolbar(screen, screen.step_action, draws)

    def bulk_status(self, draws: list[float]) -> None:
        screen = self.on_people()
        if screen is not None:
            self._toolbar(screen, screen.status_action, draws)

    def tick_checklist(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None:
            return
        lines = [line for line in screen.checklist.lines if line.isVisible()]
        if not lines:
            return
        line = lines[int(draws[0] * len(lines))]
        self.note(f"tick checklist step {line.step_id}")
        QTest.mouseClick(
            line.done, Qt.MouseButton.LeftButton, pos=QPoint(8, line.done.height() // 2)
        )

    def type_search(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None:
            return
        word = SEARCH_WORDS[int(draws[0] * len(SEARCH_WORDS))]
        self.note(f"type {word!r} in the search box")
        screen.search.setFocus()
        QTest.keyClicks(screen.search, word)

    def erase_search(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None or not screen.search.text():
            return
        if draws[0] < 0.5:
            self.note("clear the search box")
            screen.search.selectAll()
        else:
            self.note("backspace in the search box")
        screen.search.setFocus()
        QTest.keyClick(screen.search, Qt.Key.Key_Backspace)

    def choose_filter(self, draws: list[float]) -> None:
        screen = self.on_people()
        if screen is None:
            return
        if draws[0] < 0.15:
            if screen.clear_filters.isVisible():
                self.note("clear filters")
                screen.clear_filters.click()
            return
        combos = screen.filters.combos()
        combo = combos[int(draws[1] * len(combos))]
        # Mostly back to "all", else a choice: filters that empty the table are rare.
        index = 0 if draws[2] < 0.4 else int(draws[2] * combo.count())
        self.note(f"filter {combo.objectName()} #{index}")
        combo.setCurrentIndex(min(index, combo.count() - 1))

    def sort(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None:
            return
        header = screen.table.horizontalHeader()
        visible = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        section = visible[int(draws[0] * len(visible))]
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        if x <= 0 or x >= header.width():
            return
        self.note(f"sort by column {section}")

        QTest.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    def edit_person(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None:
            return
        found = self._row_point(screen, draws[0])
        if found is None:
            return
        self.note(f"double-click row {found[0]}")
        QTest.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=found[1])

    def context_menu(self, draws: list[float]) -> None:

        screen = self.on_people()
        if screen is None:
            return
        found = self._row_point(screen, draws[0])
        if found is None:
            return
        self.note(f"context menu on row {found[0]}, then Escape")
        screen.table.customContextMenuRequested.emit(found[1])
        self.app.processEvents()
        for menu in screen.findChildren(QMenu):
            if menu.isVisible():
                QTest.keyClick(menu, Qt.Key.Key_Escape)

    # -- the window -------------------------------------------------------------------

    def undo(self, draws: list[float]) -> None:

        if not self.window.undo_action.isEnabled():
            return
        self.note(f"Ctrl+Z ({self.window.undo_stack.index()})")
        self.window.activateWindow()
        QTest.keyClick(self.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    def redo(self, draws: list[float]) -> None:

        if not self.window.redo_action.isEnabled():
            return
        self.note(f"Ctrl+Shift+Z ({self.window.undo_stack.index()})")
        self.window.activateWindow()
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(self.window, Qt.Key.Key_Z, modifiers)

    def switch_screen(self, draws: list[float]) -> None:

        # People most of the time: it is where this walk's actions are.
        key = "people" if draws[0] < 0.5 else SCREEN_KEYS[int(draws[1] * len(SCREEN_KEYS))]
        keys = ["overview"] + [spec.key for spec in self.window.screen_specs]
        if key not in keys:
            return
        nav = self.window.nav
        item = nav.item(keys.index(key))
        rect = nav.visualItemRect(item)
        self.note(f"screen {key}")
        QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def _current_screen(self) -> Any:
        return self.window.screens.currentWidget()

    def other_screen_click(self, draws: list[float]) -> None:
        """Click a row of a table or list on whichever screen is shown."""

        screen = self._current_screen()
        if screen is None or screen is self.people():
            return
        views = [
            v
            for v in screen.findChildren(QAbstractItemView)
            if v.isVisible() and v.model() is not None and v.model().rowCount() > 0
        ]
        if not views:
            return
        view = views[int(draws[0] * len(views))]
        model = view.model()
        row = min(int(draws[1] * model.rowCount()), model.rowCount() - 1)
        index = model.index(row, 0)
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        rect = view.visualRect(index)
        if rect.isEmpty():
            return
        self.note(f"click {view.objectName() or type(view).__name__} row {row}")
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def other_screen_type(self, draws: list[float]) -> None:
        """Type in a search box on whichever screen is shown."""

        screen = self._current_screen()
        if screen is None or screen is self.people():
            return
        edits = [
            e
            for e in screen.findChildren(QLineEdit)
            if e.isVisible() and e.isEnabled() and not e.isReadOnly()
        ]
        if not edits:
            return
        edit = edits[int(draws[0] * len(edits))]
        if draws[1] < 0.3:
            self.note(f"clear {edit.objectName()}")
            edit.clear()
            return
        word = SEARCH_WORDS[int(draws[2] * len(SEARCH_WORDS))]
        self.note(f"type {word!r} in {edit.objectName()}")
        QTest.keyClicks(edit, word)

    def collect_garbage(self, draws: list[float]) -> None:
        self.note("gc.collect()")
        gc.collect()

    def wait_idle(self, draws: list[float]) -> None:

        self.note("wait until idle")
        operations.wait_idle(60)
        self.app.processEvents()


def build_file(path: Path, count: int) -> None:
    """The program the walk runs on: ``count`` people, a third ready, some paired."""
    from test_people_screen import make_file

    make_file(path, count)


def move_to_server(path: Path, url: str) -> str:
    """The walk's program copied onto the shared database at ``url``; returns ``url``."""
    from peerdesk.database import open_database
    from peerdesk.storage.copy import copy_program

    source, target = open_database(path), open_database(url)
    try:
        copy_program(source, target)
    finally:
        source.close()
        target.close()
    return url


def build_roster(path: Path, count: int) -> Path:
    """A Google Forms response sheet: ``count`` sign-ups, every third one already in the file."""
    import openpyxl
    from fixtures_rosters import GOOGLE_HEADERS
    from test_people_screen import person_data

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Form Responses 1"
    sheet.append(GOOGLE_HEADERS)
    for n in range(count):
        known = person_data(n) if n % 3 == 0 else None
        name = known.full_name if known else f"Sign-up {n:03d}"
        email = known.email if known else f"sign-up.{n}@example.org"
        role = "Mentor" if n % 4 == 0 else "Mentee"
        sheet.append(
            [datetime(2026, 1, 10, 9, n % 60), email, name, role, "Leadership, Writing",
             "Public speaking", "English", n % 20, "Video call", ""]
        )  # fmt: skip
    workbook.save(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--people", type=int, default=120)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument(
        "--server",
        metavar="URL",
        help="walk on this empty shared database (set up for PeerDesk), the program copied there",
    )
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long (0: never)")
    parser.add_argument("--accessible", action="store_true", help="accessibility on")
    parser.add_argument(
        "--slow-machine",
        action="store_true",
        help="busy cursor and progress dialogs at once, as on a slow computer",
    )
    args = parser.parse_args(argv)

    faulthandler.enable(sys.stderr, all_threads=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PEERDESK_HOME"] = str(args.folder / "home")
    logs.setup_logging()  # operations refused, files opened: ids only, as the app logs them
    sys.path[:0] = [str(HERE), str(ROOT / "tests")]  # the tests' data helpers
    path = args.folder / "walk.peerdesk"
    build_file(path, args.people)
    location: Path | str = path if args.server is None else move_to_server(path, args.server)
    roster = build_roster(args.folder / "sign-ups.xlsx", args.people)

    app = QApplication([sys.argv[0]])
    collector = UiThreadCollector(app)  # as the app does (ui.app)
    if args.slow_machine:
        # Every operation then shows its busy cursor and its (window-modal) progress dialog,
        # which a slow computer shows for the same work: those paths are walked too.
        operations.BUSY_CURSOR_MS, operations.PROGRESS_DIALOG_MS = 1, 2
    if args.accessible:
        # As with a screen reader (or any assistive tool) running: widgets keep accessible
        # interfaces of their items, told of every model change.
        QAccessible.setActive(True)
    trail = (args.folder / "trail.txt").open("w", encoding="utf-8")
    errors: list[str] = []
    warnings: list[str] = []

    def python_error(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        errors.append(text)
        trail.write(f"PYTHON ERROR\n{text}")
        trail.flush()

    def qt_message(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not any(m in message for m in IGNORED_QT):
            warnings.append(message)
            trail.write(f"QT {kind.name}: {message}\n")
            trail.flush()

    # The walk records errors itself, rather than opening the crash dialog.
    sys.excepthook = python_error
    crash.handle = python_error  # errors of operations come here (ui.crash.report)
    qInstallMessageHandler(qt_message)

    window = MainWindow()
    window.resize(1280, 720)
    window.start(location)
    window.show()
    operations.wait_idle(60)
    while window.auto_backup_pending:
        app.processEvents()
    if window.db is None or window.db.on_server != (args.server is not None):
        print(f"the walk's program did not open: {location}", file=sys.stderr)
        return 3
    window.show_screen("people")
    operations.wait_idle(60)

    walk = Walk(window, random.Random(args.seed), trail, roster)
    started = time.monotonic()
    for _ in range(args.actions):
        walk.step()
        if args.seconds and time.monotonic() - started > args.seconds:
            break
    walk.note("end of the walk: wait until idle, then close")
    operations.wait_idle(60)
    app.processEvents()
    window.close()
    operations.shutdown()
    collector.stop()
    elapsed = time.monotonic() - started
    print(f"WALK DONE seed={args.seed} actions={walk.done} seconds={elapsed:.1f}", flush=True)
    print("WALK KINDS " + " ".join(f"{k}={n}" for k, n in sorted(walk.kinds.items())), flush=True)
    if errors or warnings:
        for text in errors:
            print(text, file=sys.stderr)
        for text in warnings:
            print(f"Qt warning: {text}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
