"""Ending a pair on the board with an end date before its start: the dialog says so next
to the date and stays open, and nothing is saved until the date makes sense."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_matching_board import Board, board, pair_rows
from test_pair_endings import confirm_chidi_not_scheduled

from peerdesk.documents.wording import long_date
from ui.qt import QPoint, Qt

LEFT = Qt.MouseButton.LeftButton
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
__all__ = ["board"]  # the board fixture, as test_matching_board makes it


def type_date(qtbot: QtBot, board: Board, day: date) -> None:
    field = board.screen.dialog.ended_on
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, f"{day.day} {day:%b} {day.year}")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # typing is finished when the field is left


def test_an_end_before_the_start_is_refused_in_the_dialog(board: Board, qtbot: QtBot) -> None:
    _db, _program, _pair = confirm_chidi_not_scheduled(board)  # starts today
    board.click_chip("Chidi")
    board.press("end_action")
    dialog = board.screen.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.completed, LEFT, pos=QPoint(8, dialog.completed.height() // 2))
    qtbot.keyClicks(dialog.reason, "Goals reached")
    yesterday = date.today() - timedelta(days=1)
    type_date(qtbot, board, yesterday)
    assert dialog.ended_date() == yesterday
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.isVisible()
    assert dialog.date_error.isVisible()
    assert dialog.date_error.text() == (
        f"The pair started on {long_date(date.today())}: it cannot end before that."
    )
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "end-pair-date-refused.png"))
    board.settle()
    assert pair_rows(board.path)[0][4] == "active"

    type_date(qtbot, board, date.today())
    assert not dialog.date_error.isVisible()  # a new date clears the message
    qtbot.mouseClick(dialog.ok, LEFT)
    board.settle()
    assert pair_rows(board.path)[0][4] == "ended"
