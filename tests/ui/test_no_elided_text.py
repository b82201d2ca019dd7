"""No text cut off at 1280×720: every screen of a program under way, and its main dialogs.

The window is opened at the size of a small laptop's screen with the sample
program (people, pairs, meetings, check-ins), each screen is shown in turn — with
a row selected where a screen shows more for it — and every label, button,
drop-down, search box, table or tree header, and every table cell cut short
(:mod:`elision`) is measured against its room. A screenshot of each is saved
for a person to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from elision import problems, settle
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.program import programs
from ui import operations
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QItemSelectionModel,
    QLineEdit,
    QWidget,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "1280x720"
Launcher = Callable[..., MainWindow]
SIZE = (1280, 720)


def idle() -> None:
    for _ in range(2):
        operations.wait_idle(20)
        settle()


def open_small(launch: Launcher, path: Path) -> MainWindow:
    """The main window on ``path``, at the size of a small laptop's screen."""
    window = launch(path)
    window.resize(*SIZE)
    idle()
    return window


def new_program_pages(qtbot: QtBot, window: MainWindow) -> Iterator[Any]:
    """The new-program wizard (the program named "Autumn Buddies") at each of its pages in
    turn, once idle; after the last it is closed without making the program."""
    window.new_program()
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard: Any = window.wizard
    wizard.findChild(QLineEdit, "name").setText("Autumn Buddies")
    seen: set[int] = set()
    while wizard.currentId() not in seen and wizard.currentId() != -1:
        seen.add(wizard.currentId())
        idle()
        yield wizard
        wizard.next()
    wizard.reject()
    idle()


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def select_first_row(table: QAbstractItemView) -> None:
    """Select the first row alone, whatever keys an earlier test left held down
    (``selectRow`` follows the keyboard's modifiers: a stuck Ctrl would toggle it)."""
    table.setFocus()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(table.model().index(0, 0), flags)
    idle()


def open_person_dialog(qtbot: QtBot, window: MainWindow) -> tuple[Any, Any]:
    """The People screen, and the edit dialog of its first row, open."""
    people: Any = window.show_screen("people")
    idle()
    # On a busy machine the list may still be loading: a row must be there to select.
    qtbot.waitUntil(lambda: people.table.model().rowCount() > 0, timeout=15000)
    select_first_row(people.table)
    assert people.current_id() == people.proxy.participant_id(0), "the first row is not selected"
    people.edit_selected()
    qtbot.waitUntil(lambda: people.dialog is not None and people.dialog.isVisible(), timeout=15000)
    return people, people.dialog


def busiest_day(screen: Any) -> Any:
    """A day of the calendar with the most meetings, to show them in the agenda."""
    days: dict[Any, int] = {}
    for row in screen.rows:
        days[row.local_date] = days.get(row.local_date, 0) + 1
    return max(days, key=lambda day: (days[day], day))


def walk(qtbot: QtBot, window: MainWindow) -> dict[str, list[str]]:
    """Show each screen (and its states worth seeing); what is cut off, by view."""
    found: dict[str, list[str]] = {}

    def check(name: str, widget: QWidget) -> None:
        idle()
        qtbot.wait(30)
        QApplication.processEvents()
        shot(widget, name)
        cut = problems(widget)
        if cut:
            found[name] = cut

    for key in ["overview", *[spec.key for spec in window.screen_specs]]:
        screen: Any = window.show_screen(key)
        idle()
        check(key, window)
        if key == "people":
            select_first_row(screen.table)
            qtbot.waitUntil(lambda s=screen: s.checklist.data is not None, timeout=10000)
            check("people-selected", window)
        elif key == "pairs":
            select_first_row(screen.table)
            check("pairs-selected", window)
        elif key == "calendar":
            qtbot.waitUntil(lambda s=screen: bool(s.rows), timeout=10000)
            screen.show_day(busiest_day(screen))
            check("calendar-day", window)
            screen.week_button.click()
            check("calendar-week", window)
    return found


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{key}: {line}" for key, lines in found.items() for line in lines)


def test_every_screen_at_1280_by_720(qtbot: QtBot, launch: Launcher, sample_copy: Path) -> None:
    window = open_small(launch, sample_copy)
    assert (window.width(), window.height()) == SIZE
    found = walk(qtbot, window)
    assert not found, f"Text cut off at 1280×720:\n{report(found)}"


def test_a_new_program_at_1280_by_720(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    """What a coordinator sees first: the empty screens of a program just made."""
    path = tmp_path / "new.peerdesk"
    with create_database(path) as db:
        programs.create_program(db, programs.quick_settings("Autumn Buddies"))
    window = open_small(launch, path)
    found: dict[str, list[str]] = {}
    for key in ["overview", *[spec.key for spec in window.screen_specs]]:
        window.show_screen(key)
        idle()
        QApplication.processEvents()
        shot(window, f"new-{key}")
        cut = problems(window)
        if cut:
            found[key] = cut
    assert not found, f"Text cut off at 1280×720:\n{report(found)}"


def test_the_main_dialogs_at_1280_by_720(qtbot: QtBot, launch: Launcher, sample_copy: Path) -> None:
    window = open_small(launch, sample_copy)
    found: dict[str, list[str]] = {}

    def check(name: str, dialog: QDialog) -> None:
        idle()
        QApplication.processEvents()
        shot(dialog, name)
        cut = problems(dialog)
        if cut:
            found[name] = cut
        dialog.reject()
        idle()

    people, dialog = open_person_dialog(qtbot, window)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        idle()
        cut = problems(dialog)
        if cut:
            found[f"person-dialog-tab-{tab}"] = cut
    check("person-dialog", dialog)
    qtbot.waitUntil(lambda: people.dialog is None)
    people.table.selectAll()
    idle()
    people.mark_step()
    qtbot.waitUntil(lambda: people.dialog is not None and people.dialog.isVisible())
    check("steps-dialog", people.dialog)
    qtbot.waitUntil(lambda: people.dialog is None)

    window.edit_program_settings()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    settings: Any = window.settings_dialog
    tabs = getattr(settings, "tabs", None)
    if tabs is not None:
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            idle()
            cut = problems(settings)
            if cut:
                found[f"settings-tab-{tab}"] = cut
    check("settings-dialog", settings)

    for wizard in new_program_pages(qtbot, window):
        cut = problems(wizard)
        if cut:
            found[f"wizard-page-{wizard.currentId()}"] = cut
        shot(wizard, f"wizard-page-{wizard.currentId()}")

    calendar: Any = window.show_screen("calendar")
    idle()
    calendar.open_schedule()
    qtbot.waitUntil(lambda: calendar.dialog is not None and calendar.dialog.isVisible())
    check("schedule-dialog", calendar.dialog)
    for name, open_dialog in (
        ("session-dialog", calendar.open_new_session),
        ("session-kinds-dialog", calendar.open_kinds),
    ):
        qtbot.waitUntil(lambda: calendar.dialog is None)
        open_dialog()
        qtbot.waitUntil(lambda: calendar.dialog is not None and calendar.dialog.isVisible())
        check(name, calendar.dialog)
    assert not found, f"Text cut off in dialogs:\n{report(found)}"
