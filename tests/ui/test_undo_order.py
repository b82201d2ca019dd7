"""Ctrl+Z pressed while a change is still being saved takes back that change, not the one before.

Found by the random walk (tests/ui/test_random_walk.py): undo pressed between a
change and its landing undid the command before it, and its restore, run on
the worker after the change, wrote rows over the change's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_people_screen import (
    click_row,
    make_file,
    open_people,
    participant_of,
    person_data,
    query,
    settle,
)

from peerdesk import people
from ui import operations
from ui.main_window import MainWindow
from ui.people.screen import PeopleScreen
from ui.qt import QKeySequence, QMessageBox, QPoint, Qt

Launcher = Callable[..., MainWindow]
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def steps_done(path: Path, participant_id: int) -> list[str]:
    return [
        name
        for (name,) in query(
            path,
            "SELECT s.name FROM step_record r JOIN program_step s ON s.id = r.step_id "
            "WHERE r.participant_id = ? ORDER BY s.name",
            (participant_id,),
        )
    ]


def tick(qtbot: QtBot, screen: PeopleScreen, name: str, step: str) -> None:
    """Select ``name`` and tick ``step`` in the checklist, without waiting for the save."""
    pid = participant_of_screen(screen, name)
    click_row(qtbot, screen, name)
    panel = screen.checklist
    qtbot.waitUntil(lambda: panel.data is not None and panel.data.participant_id == pid)
    line = next(line for line in panel.lines if line.done.text() == step)
    assert not line.done.isChecked()
    qtbot.mouseClick(line.done, LEFT, pos=QPoint(8, line.done.height() // 2))


def participant_of_screen(screen: PeopleScreen, name: str) -> int:
    row = next(r for r in screen.model.rows() if r.name == name)
    return row.participant_id


def test_undo_pressed_while_a_change_is_saved_takes_back_that_change(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 6)
    window, screen = open_people(qtbot, launch, db_path)
    first, second = person_data(1).full_name, person_data(2).full_name
    first_id, second_id = participant_of(db_path, first), participant_of(db_path, second)
    first_before = steps_done(db_path, first_id)
    second_before = steps_done(db_path, second_id)
    assert "Mentoring orientation" not in first_before + second_before

    tick(qtbot, screen, first, "Mentoring orientation")  # change A, saved
    settle()
    tick(qtbot, screen, second, "Mentoring orientation")  # change B, on its way
    assert operations.undelivered()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)  # at once: before B has landed
    settle()  # B lands, then the undo runs

    assert steps_done(db_path, second_id) == second_before  # B taken back
    assert "Mentoring orientation" in steps_done(db_path, first_id)  # A kept
    assert window.undo_stack.count() == 2 and window.undo_stack.index() == 1
    window.redo_action.trigger()
    settle()
    assert "Mentoring orientation" in steps_done(db_path, second_id)


def test_a_change_whose_dialog_is_closed_while_it_saves_is_still_undoable(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    """Escape pressed while "Set status" saves: the change lands, shows, and Ctrl+Z takes it back.

    (The change's undo step was pushed by the dialog's own callback, which an
    operation skips once its dialog is gone; found by the random walk.)
    """
    make_file(db_path, 6)
    window, screen = open_people(qtbot, launch, db_path)
    name = person_data(1).full_name
    pid = participant_of(db_path, name)
    [(status_before,)] = query(db_path, "SELECT status FROM participant WHERE id = ?", (pid,))
    click_row(qtbot, screen, name)
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.status_action), LEFT)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    dialog = screen.dialog
    dialog.status.setCurrentIndex(dialog.status.findText("Withdrawn"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert operations.undelivered()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # before the change has landed
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle()

    assert query(db_path, "SELECT status FROM participant WHERE id = ?", (pid,)) == [("withdrawn",)]
    assert window.undo_stack.undoText() == f"Set the status of {name} to Withdrawn"
    row = next(r for r in screen.model.rows() if r.participant_id == pid)
    assert row.status.value == "withdrawn"  # the table was told
    window.undo_action.trigger()
    settle()
    assert query(db_path, "SELECT status FROM participant WHERE id = ?", (pid,)) == [
        (status_before,)
    ]


def test_redo_keys_are_given_once_each(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Linux desktops the platform's redo key is Ctrl+Shift+Z itself; given twice, the
    key is "ambiguous" and does nothing (a Qt warning under Xvfb, found by the random walk)."""
    gnome = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    monkeypatch.setattr(QKeySequence, "keyBindings", lambda _key: gnome)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.redo_action.shortcuts() == gnome


def test_an_undo_the_file_refuses_says_why_and_ends_the_history(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    """A refused undo leaves nothing half-done, and no older step to run over what is there.

    (It used to leave the stack moved past the step while the file was not: the
    random walk's soak then hit a UNIQUE constraint undoing further back.)
    """
    make_file(db_path, 6)
    window, screen = open_people(qtbot, launch, db_path)
    first, second = person_data(1).full_name, person_data(2).full_name
    tick(qtbot, screen, first, "Mentoring orientation")
    settle()
    tick(qtbot, screen, second, "Mentoring orientation")
    settle()
    assert window.undo_stack.count() == 2
    [(person_id,)] = query(
        db_path,
        "SELECT person_id FROM participant WHERE id = ?",
        (participant_of(db_path, second),),
    )
    assert window.db is not None
    people.erase_person(window.db, person_id)  # erased since: the undo may not bring it back

    window.undo_action.trigger()
    settle()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "erased since" in box.text()
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert "Mentoring orientation" in steps_done(db_path, participant_of(db_path, first))
    box.close()
