"""A new pair is offered its meetings; ending a pair asks how it ended with no answer given."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_matching_board import Board, board, pair_rows, propose

from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.series import schedule_meeting
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus
from ui.calendar.schedule_dialog import ScheduleDialog
from ui.checkins.dialogs import EndPairDialog as CloseDialog
from ui.qt import QPoint, Qt, QWidget

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path("/tmp/schedule_shots")
__all__ = ["board"]  # the board fixture, as test_matching_board makes it


def meetings_of(path: Path, pair_id: int) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(
            conn.execute(
                "SELECT starts_at, status FROM meeting WHERE pair_id = ? ORDER BY starts_at",
                (pair_id,),
            )
        )
    finally:
        conn.close()


def confirm_chidi(board: Board) -> int:
    propose(board, "Chidi", "Ana")
    board.click_chip("Chidi")
    board.press("confirm_action")
    board.qtbot.mouseClick(board.screen.dialog.ok, LEFT)
    board.settle()
    return int(pair_rows(board.path)[0][0])


def confirm_chidi_not_scheduled(board: Board) -> tuple[Database, int, int]:
    """Chidi and Ana confirmed, their meetings left for later: the open file, the program
    and the pair."""
    pair_id = confirm_chidi(board)
    board.qtbot.mouseClick(board.screen.dialog.findChild(QWidget, "offerLater"), LEFT)
    board.settle()
    db = board.window.db
    assert db is not None
    return db, int(pair_rows(board.path)[0][1]), pair_id


def test_confirming_a_pair_offers_its_meetings_clash_free(board: Board, qtbot: QtBot) -> None:
    pair_id = confirm_chidi(board)
    box = board.screen.dialog
    assert box is not None and box.objectName() == "offerScheduling" and box.isVisible()
    schedule = box.findChild(QWidget, "offerSchedule")
    assert box.defaultButton() is schedule  # the action, not "Not now", is the default
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / "offer_scheduling.png"))
    qtbot.mouseClick(schedule, LEFT)
    board.settle()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, ScheduleDialog) and w.isVisible()
            for w in board.window.findChildren(QWidget)
        )
    )
    dialog = next(w for w in board.window.findChildren(ScheduleDialog) if w.isVisible())
    assert dialog.one_pair.isChecked() and dialog.chosen_pair() == pair_id
    assert dialog.series.isChecked()  # on the program's cadence
    assert dialog.every.currentData() == "2w"
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "Nobody is in two meetings at once." in dialog.plan_text.text()
    dialog.grab().save(str(SHOTS / "schedule_new_pair.png"))
    assert meetings_of(board.path, pair_id) == []
    planned = dialog.plan.meetings
    qtbot.mouseClick(dialog.ok, LEFT)
    board.settle()
    qtbot.waitUntil(lambda: len(meetings_of(board.path, pair_id)) == planned)
    made = meetings_of(board.path, pair_id)
    assert planned > 20  # every two weeks for a year
    assert "Scheduled" in board.window.statusBar().currentMessage()
    assert {status for _start, status in made} == {"scheduled"}


def test_ending_suggests_ended_early_after_missed_meetings(board: Board, qtbot: QtBot) -> None:
    db, program_id, pair_id = confirm_chidi_not_scheduled(board)
    later = datetime.now(UTC)
    for days_ago in (21, 14, 7):
        meeting = schedule_meeting(
            db, program_id, pair_id, day=date.today() - timedelta(days=days_ago),
            local_time=time(12, 0), length_minutes=60,
        ).created[0]  # fmt: skip
        status = MeetingStatus.HELD if days_ago == 21 else MeetingStatus.NO_SHOW
        log_meeting(db, meeting, status, now=later)
    # A meeting to come: ending the pair takes it off the calendar.
    schedule_meeting(db, program_id, pair_id, day=date.today() + timedelta(days=7),
                     local_time=time(12, 0), length_minutes=60)  # fmt: skip

    board.click_chip("Chidi")
    board.press("end_action")
    dialog = board.screen.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.outcome_choice.hint.isVisible())
    assert "last 2 meetings were cancelled or missed" in dialog.outcome_choice.hint.text()
    assert not dialog.completed.isChecked() and not dialog.ended_early.isChecked()
    assert not dialog.ok.isEnabled()
    dialog.grab().save(str(SHOTS / "end_pair_board.png"))
    qtbot.mouseClick(dialog.ended_early, LEFT, pos=QPoint(8, dialog.ended_early.height() // 2))
    qtbot.keyClicks(dialog.reason, "Lost contact")
    qtbot.mouseClick(dialog.ok, LEFT)
    board.settle()
    assert pair_rows(board.path)[0][4] == "ended"
    statuses = [status for _start, status in meetings_of(board.path, pair_id)]
    assert statuses == ["held", "no_show", "no_show", "cancelled"]
    board.undo()
    statuses = [status for _start, status in meetings_of(board.path, pair_id)]
    assert statuses == ["held", "no_show", "no_show", "scheduled"]


def test_the_closing_dialog_has_no_default_outcome(qtbot: QtBot) -> None:
    dialog = CloseDialog("Ana Rivera", "Bo Chen")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.completed.isChecked() and not dialog.early.isChecked()
    assert not dialog.ok.isEnabled()
    assert dialog.reason.currentData() is None
    dialog.outcome.show_misses(3)
    assert dialog.outcome.hint.isVisible()
    assert "last 3 meetings" in dialog.outcome.hint.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "end_pair_checkins.png"))
    qtbot.mouseClick(dialog.completed, LEFT, pos=QPoint(8, dialog.completed.height() // 2))
    assert dialog.ok.isEnabled()
    assert dialog.reason.currentData() == "Goals reached"
    assert not dialog.rematch.isChecked()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_pausing_from_the_chip_menu_holds_the_meetings(board: Board, qtbot: QtBot) -> None:
    db, program_id, pair_id = confirm_chidi_not_scheduled(board)
    for days in (7, 21):
        schedule_meeting(db, program_id, pair_id, day=date.today() + timedelta(days=days),
                         local_time=time(12, 0), length_minutes=60)  # fmt: skip

    def menu_action(name: str) -> None:
        board.choose_in_chip_menu("Chidi", name)
        board.settle()

    menu_action("pausePair")
    assert pair_rows(board.path)[0][4] == "paused"
    assert [s for _start, s in meetings_of(board.path, pair_id)] == ["cancelled"] * 2
    menu_action("pausePair")  # now "Resume the pair"
    assert pair_rows(board.path)[0][4] == "active"
    assert [s for _start, s in meetings_of(board.path, pair_id)] == ["scheduled"] * 2
    board.undo()
    assert pair_rows(board.path)[0][4] == "paused"
    assert [s for _start, s in meetings_of(board.path, pair_id)] == ["cancelled"] * 2
