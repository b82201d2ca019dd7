"""Readiness in bulk on the People screen: several steps, one date, one undoable change.

The dialog starts from the steps the selected people have not all done, says
how many of them already have each, records everything in one transaction and
says what happened ("3 steps recorded for 120 people; all 120 are now ready…").
Edit → Undo takes the whole of it back. The last test repeats what once closed
the window with a native crash: marking steps for 120 selected people, then
clicking one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_people_screen import (
    CTRL,
    LEFT,
    activate,
    click_row,
    make_file,
    open_people,
    participant_of,
    person_data,
    query,
    records,
    row_of,
    settle,
    shown_names,
    wait_closed,
    wait_dialog,
)

from ui.main_window import MainWindow
from ui.people.bulk import StepsDialog
from ui.people.rows import Column
from ui.people.screen import PeopleScreen
from ui.qt import QApplication, Qt

Launcher = Callable[..., MainWindow]
STEPS = ["Application", "Manager approval", "Mentoring orientation"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def open_steps_dialog(qtbot: QtBot, screen: PeopleScreen) -> StepsDialog:
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.step_action), LEFT)
    dialog = wait_dialog(qtbot, screen)
    assert isinstance(dialog, StepsDialog)
    return dialog


def box_order(dialog: StepsDialog) -> list[tuple[str, bool, str]]:
    """The steps as the dialog lists them: name, ticked, and the count beside it."""
    return [
        (dialog.boxes[p.step_id].text(), dialog.boxes[p.step_id].isChecked(),
         dialog.counts[p.step_id].text())
        for p in dialog.progress
    ]  # fmt: skip


def step_dates(path: Path, ids: list[int]) -> dict[tuple[int, str], str]:
    marks = ",".join("?" * len(ids))
    return {
        (pid, name): done
        for pid, name, done in query(
            path,
            "SELECT r.participant_id, s.name, r.completed_on FROM step_record r "
            f"JOIN program_step s ON s.id = r.step_id WHERE r.participant_id IN ({marks}) "
            "AND r.completed_on IS NOT NULL",
            tuple(ids),
        )
    }


def test_several_steps_in_one_dialog_recorded_and_undone_as_one(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 12)
    window, screen = open_people(qtbot, launch, db_path)
    # Person 1 has Application; 2 has Application and Manager approval; 5 has two; 7 has one.
    chosen = [person_data(n).full_name for n in (1, 2, 5, 7)]
    ids = [participant_of(db_path, name) for name in chosen]
    everyone = [participant_of(db_path, person_data(n).full_name) for n in range(12)]
    before = records(db_path, everyone)
    earlier = step_dates(db_path, ids)
    click_row(qtbot, screen, chosen[0])
    for name in chosen[1:]:
        click_row(qtbot, screen, name, CTRL)
    undo_steps = window.undo_stack.count()

    dialog = open_steps_dialog(qtbot, screen)
    assert dialog.intro.text() == "Tick the screening and training steps 4 people finished."
    # Everyone has the application: it comes last, unticked; the others are ticked.
    assert box_order(dialog) == [
        ("Manager approval", True, "2 of 4 done"),
        ("Mentoring orientation", True, "none of them yet"),
        ("Application", False, "all 4 done"),
    ]
    assert dialog.ok_button.text() == "Record 2 steps"
    assert dialog.when.date().toPython() == date.today()
    assert dialog.kept.isVisible()
    # The date is typed, as a coordinator types it: over the whole date.
    dialog.when.setFocus()
    dialog.when.lineEdit().selectAll()
    qtbot.keyClicks(dialog.when, "3 Mar 2026")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    wait_closed(qtbot, screen)

    dates = step_dates(db_path, ids)
    for pid in ids:
        assert dates[(pid, "Mentoring orientation")] == "2026-03-03"
        assert dates[(pid, "Application")] == earlier[(pid, "Application")]  # kept
        # Those who already had the approval keep its first date.
        assert dates[(pid, "Manager approval")] == earlier.get(
            (pid, "Manager approval"), "2026-03-03"
        )
    statuses = dict(query(db_path, "SELECT id, status FROM participant"))
    # Those before "ready" move on to it; person 7, in an active pair, stays matched.
    assert [statuses[pid] for pid in ids] == ["ready", "ready", "ready", "matched"]
    assert window.undo_stack.count() == undo_steps + 1  # one change, undone as one
    assert window.undo_stack.undoText() == "Mark 2 steps done for 4 people"
    expected = (
        "2 steps recorded for 4 people (2 were already recorded and keep their first date); "
        "all 4 are now ready for matching."
    )
    assert screen.notice.isVisible()
    assert screen.notice.text() == f"{expected} Edit → Undo takes it back."
    assert window.statusBar().currentMessage() == expected
    qtbot.waitUntil(
        lambda: all(
            screen.proxy.index(row_of(screen, name), Column.READINESS).data() == "Ready"
            for name in chosen
        )
    )
    after = records(db_path, everyone)

    activate(qtbot, window)
    window.undo_action.trigger()
    settle()
    assert records(db_path, everyone) == before
    assert not screen.notice.isVisible()
    window.redo_action.trigger()
    settle()
    assert records(db_path, everyone) == after


def test_the_dialog_works_from_the_keyboard(qtbot: QtBot, launch: Launcher, db_path: Path) -> None:
    make_file(db_path, 9)
    window, screen = open_people(qtbot, launch, db_path)
    chosen = [person_data(n).full_name for n in (1, 7)]  # the application only
    ids = [participant_of(db_path, name) for name in chosen]
    click_row(qtbot, screen, chosen[0])
    click_row(qtbot, screen, chosen[1], CTRL)
    dialog = open_steps_dialog(qtbot, screen)
    first = dialog.boxes[dialog.progress[0].step_id]
    qtbot.waitUntil(lambda: first.hasFocus())
    assert first.text() == "Manager approval"
    qtbot.keyClick(first, Qt.Key.Key_Space)  # untick the approval
    assert dialog.ok_button.text() == "Record 1 step"
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = dialog.boxes[dialog.progress[1].step_id]
    assert second.hasFocus() and second.text() == "Mentoring orientation"
    qtbot.keyClick(second, Qt.Key.Key_Space)  # nothing ticked: nothing to record
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the application
    assert QApplication.focusWidget() is dialog.when
    qtbot.keyClicks(dialog.when, "12")  # the day is selected: only the day changes
    qtbot.keyClick(dialog.when, Qt.Key.Key_Return)
    settle()
    wait_closed(qtbot, screen)
    today = date.today()
    dates = step_dates(db_path, ids)
    assert {k: v for k, v in dates.items() if k[1] == "Mentoring orientation"} == {
        (pid, "Mentoring orientation"): today.replace(day=12).isoformat() for pid in ids
    }
    assert not any(k[1] == "Manager approval" for k in dates)
    assert window.undo_stack.undoText() == "Mark “Mentoring orientation” done for 2 people"
    assert screen.notice.text().startswith(
        "1 step recorded for 2 people; none of them is ready for matching yet."
    )


def click_nth(qtbot: QtBot, screen: PeopleScreen, row: int) -> int:
    """Click the table's row ``row`` (names repeat among 120 people); its participant id."""
    index = screen.proxy.index(row, Column.NAME)
    screen.table.scrollTo(index)
    qtbot.mouseClick(screen.table.viewport(), LEFT, pos=screen.table.visualRect(index).center())
    return screen.proxy.participant_id(row)


def test_120_selected_then_one_clicked(qtbot: QtBot, launch: Launcher, db_path: Path) -> None:
    """The sequence that once closed the window: bulk steps for 120, then one person."""
    make_file(db_path, 120)
    window, screen = open_people(qtbot, launch, db_path)
    for attempt in range(3):
        screen.table.setFocus()
        qtbot.keyClick(screen.table, Qt.Key.Key_A, CTRL)
        qtbot.waitUntil(lambda: len(screen.selected_ids()) == 120)
        qtbot.waitUntil(lambda: screen.checklist.title.text() == "120 people selected")
        dialog = open_steps_dialog(qtbot, screen)
        for box in dialog.boxes.values():
            box.setChecked(True)
        assert dialog.ok_button.text() == "Record 3 steps"
        qtbot.mouseClick(dialog.ok_button, LEFT)
        # No waiting for the table to be read again: the click comes at once, as a user's would.
        wait_closed(qtbot, screen)
        pid = click_nth(qtbot, screen, 7 + attempt * 31)
        settle()
        QApplication.processEvents()
        qtbot.waitUntil(
            lambda pid=pid: (
                screen.checklist.data is not None and screen.checklist.data.participant_id == pid
            )
        )
        assert [line.done.isChecked() for line in screen.checklist.lines] == [True] * 3
        assert screen.notice.text().startswith(
            "3 steps recorded for 120 people" if attempt == 0 else "3 steps recorded"
        )
        assert query(db_path, "SELECT count(*) FROM participant WHERE status IN "
                     "('applied', 'screened', 'trained')") == [(0,)]  # fmt: skip
        # Undo with one person selected, click another, and do it all again.
        activate(qtbot, window)
        window.undo_action.trigger()
        click_nth(qtbot, screen, 60 + attempt)
        settle()
        QApplication.processEvents()
        qtbot.waitUntil(lambda: len(shown_names(screen)) == 120)
    assert window.isVisible()


def test_screenshot_of_the_dialog(qtbot: QtBot, launch: Launcher, db_path: Path) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    make_file(db_path, 40)
    _window, screen = open_people(qtbot, launch, db_path)
    click_row(qtbot, screen, person_data(1).full_name)
    for n in (2, 4, 5, 7, 8):
        click_row(qtbot, screen, person_data(n).full_name, CTRL)
    dialog = open_steps_dialog(qtbot, screen)
    QApplication.processEvents()
    assert dialog.grab().save(str(SCREENSHOTS / "people-bulk-steps.png"))
    dialog.reject()
    wait_closed(qtbot, screen)
