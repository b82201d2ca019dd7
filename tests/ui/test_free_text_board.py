"""On the board, a suggested pair's breakdown quotes what the two people wrote in common."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from free_text_form import write_form
from pytestqt.qtbot import QtBot
from test_matching_board import SCREENSHOTS, Board, settle_layout

from peerdesk import people
from peerdesk.database import create_database
from peerdesk.enums import ParticipantStatus
from peerdesk.program import programs
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport
from ui.main_window import MainWindow
from ui.qt import QLabel

Launcher = Callable[..., MainWindow]


def test_a_suggested_pair_quotes_their_shared_words(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    form = tmp_path / "Sign-up form (Responses).csv"
    write_form(form, seed=2)
    path = tmp_path / "Volunteers.peerdesk"
    db = create_database(path)
    try:
        program_id = programs.create_program(db, programs.quick_settings("Volunteers 2027"))
        run_import(db, program_id, RosterImport.open(form, db))
        rows = people.list_participants(db, program_id)
        people.set_status(db, [r.participant_id for r in rows], ParticipantStatus.READY)
        ids = {r.full_name: r.participant_id for r in rows}
    finally:
        db.close()
    window = launch(path)
    window.resize(1300, 800)
    board = Board(qtbot, window, path, ids)
    board.press("suggest_action")
    assert board.screen.preview is not None

    board.click_chip("Mentee 02")  # planted: a salary negotiation goal and skill
    panel = board.screen.explain
    settle_layout(qtbot, panel.widget())
    quoted = (
        "Both mention Salary negotiation (mentee: 'Negotiating the salary for my next "
        "role'; mentor: 'Salary negotiation')"
    )
    assert quoted in panel.texts()
    # Shown whole, wrapped within the panel rather than cut off at its edge.
    label = next(w for w in panel.findChildren(QLabel) if w.text() == quoted)
    assert label.isVisible() and label.wordWrap()
    assert label.geometry().right() <= label.parentWidget().contentsRect().right()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "board-free-text-reason.png"))
