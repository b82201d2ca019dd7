"""Keyboard: the platform's standard keys for New, Open, Find, Undo, Redo, Print and
Preferences, and no key that two actions share where both could fire (which makes Qt fire
neither). Every action and shortcut of the main window and of every screen is listed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_pairs_screen import program_file

from ui.main_window import MainWindow
from ui.qt import QAbstractButton, QAbstractItemView, QAction, QKeySequence, QObject, QShortcut, Qt

Launcher = Callable[..., MainWindow]
KEYS = QKeySequence.StandardKey
WINDOW = "window"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
__all__ = ["program_file"]  # the fixture: a program file with pairs
SHOWN_ONE_AT_A_TIME = ("people", "matching", "pairs", "calendar", "checkins", "dashboard")


@dataclass(frozen=True)
class Binding:
    key: str  # as Qt writes it: "Ctrl+Shift+Z"
    what: str  # the action's or shortcut's name, or its text
    scope: str  # "window", or the screen it works on


def _scope(window: MainWindow, obj: QObject | None) -> str | None:
    """The screen ``obj`` belongs to, "window" for the window's own, None if neither."""
    screens = {id(widget): key for key, widget in window.built_screens.items()}
    while obj is not None:
        if id(obj) in screens:
            return screens[id(obj)]
        if obj is window:
            return WINDOW
        obj = obj.parent()
    return None


def bindings(window: MainWindow) -> list[Binding]:
    found: list[Binding] = []
    for action in window.findChildren(QAction):
        if not action.shortcuts():
            continue
        scopes = {_scope(window, w) for w in action.associatedObjects()} - {None}
        if action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut:
            scopes = {WINDOW}
        what = action.objectName() or action.text().replace("&", "")
        for scope in scopes:
            for key in action.shortcuts():
                found.append(Binding(key.toString(), what, str(scope)))
    for button in window.findChildren(QAbstractButton):  # keys of their own, not mnemonics
        key = button.shortcut()
        scope = _scope(window, button)
        if key.isEmpty() or key == QKeySequence.mnemonic(button.text()) or scope is None:
            continue
        found.append(Binding(key.toString(), button.objectName() or button.text(), scope))
    for shortcut in window.findChildren(QShortcut):
        scope = _scope(window, shortcut.parent())
        if scope is None or not shortcut.isEnabled():
            continue
        what = f"shortcut of {type(shortcut.parent()).__name__}"
        sequences: list[QKeySequence] = shortcut.keys()
        found += [Binding(key.toString(), what, scope) for key in sequences]
    return found


def clashes(found: list[Binding]) -> list[tuple[Binding, Binding]]:
    """Two bindings of one key that can be live at once: the window's own with anything,
    two on one screen (screens are shown one at a time)."""
    by_key: dict[str, list[Binding]] = defaultdict(list)
    for binding in found:
        by_key[binding.key].append(binding)
    bad = []
    for same in by_key.values():
        for n, a in enumerate(same):
            for b in same[n + 1 :]:
                if a.what != b.what and (WINDOW in (a.scope, b.scope) or a.scope == b.scope):
                    bad.append((a, b))
    return bad


def standard(key: QKeySequence.StandardKey) -> str:
    return QKeySequence(key).toString()


def test_standard_keys_and_no_key_shared(launch: Launcher, program_file: Path) -> None:
    window = launch(program_file)
    for key in SHOWN_ONE_AT_A_TIME:  # every screen built, with its actions
        window.show_screen(key)
    found = bindings(window)
    listing = "\n".join(f"{b.key:18} {b.scope:10} {b.what}" for b in sorted(found, key=str))
    assert clashes(found) == [], listing

    def keys_of(what: str, scope: str = WINDOW) -> set[str]:
        return {b.key for b in found if b.what == what and b.scope == scope}

    assert standard(KEYS.New) in keys_of("newFile")
    assert standard(KEYS.Open) in keys_of("open")
    assert standard(KEYS.Undo) in keys_of("undo")
    assert set(map(QKeySequence.toString, QKeySequence.keyBindings(KEYS.Redo))) <= keys_of("redo")
    preferences = QKeySequence.keyBindings(KEYS.Preferences)
    settings = keys_of("programSettings")
    if preferences:
        assert preferences[0].toString() in settings
    else:  # Windows and Linux name no key for it: the one most programs there use
        assert settings == {"Ctrl+,"}
    assert standard(KEYS.Print) in {b.key for b in found if b.scope == "pairs"}
    for screen in ("people", "matching", "pairs", "checkins"):  # the screens with a search
        assert standard(KEYS.Find) in {b.key for b in found if b.scope == screen}, screen
    # The list is the window's real keys: a handful at least on the window and each screen.
    assert len({b.scope for b in found}) >= 4 and len(found) > 15, listing
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "shortcuts.txt").write_text(listing + "\n", encoding="utf-8")


def test_what_counts_as_a_clash() -> None:
    window_p, pairs_p, board_p = (Binding("Ctrl+P", w, s) for w, s in
                                  (("print", WINDOW), ("printAgreements", "pairs"),
                                   ("pair", "matching")))  # fmt: skip
    assert clashes([window_p, pairs_p]) == [(window_p, pairs_p)]  # the window's: everywhere
    assert clashes([pairs_p, board_p]) == []  # two screens, never shown together
    assert clashes([pairs_p, Binding("Ctrl+P", "find", "pairs")]) != []


def test_find_goes_to_the_search_of_the_tab_shown(
    qtbot: QtBot, launch: Launcher, program_file: Path
) -> None:
    window = launch(program_file)
    screen = window.show_screen("checkins")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for tab, name in ((0, "responses_search"), (1, "pairs_search")):
        screen.tabs.setCurrentIndex(tab)
        table = screen.tabs.currentWidget().findChild(QAbstractItemView)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda name=name: window.focusWidget().objectName() == name)
