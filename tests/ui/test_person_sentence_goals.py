"""A goal imported as the person's own sentence survives editing the person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fixtures_rosters import make_program
from pytestqt.qtbot import QtBot
from test_people_screen import (
    LEFT,
    activate,
    click_row,
    open_people,
    participant_of,
    query,
    settle,
    wait_dialog,
)

from peerdesk.database import create_database
from peerdesk.enums import TagKind
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport
from ui.main_window import MainWindow
from ui.qt import Qt

Launcher = Callable[..., MainWindow]
GOAL = "Speak up in meetings, and lead a project end to end"


def test_a_sentence_goal_with_a_comma_stays_whole(
    qtbot: QtBot, launch: Launcher, db_path: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "form.csv"
    roster.write_text(
        "Full name,Email,I want to join as,What are your goals?\n"
        f'Ana Lima,ana@example.org,Mentee,"{GOAL}\n- Grow my network"\n',
        encoding="utf-8",
    )
    db = create_database(db_path)
    try:
        run_import(db, make_program(db), RosterImport.open(roster, db))
    finally:
        db.close()
    pid = participant_of(db_path, "Ana Lima")
    goals_sql = (
        "SELECT value FROM participant_tag WHERE participant_id = ? AND kind = 'goal' ORDER BY id"
    )
    assert query(db_path, goals_sql, (pid,)) == [(GOAL,), ("Grow my network",)]

    window, screen = open_people(qtbot, launch, db_path)
    activate(qtbot, window)
    click_row(qtbot, screen, "Ana Lima")
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, screen)
    dialog.tabs.setCurrentIndex(1)
    goals = dialog.tag_edits[TagKind.GOAL]
    assert goals.text() == f"{GOAL}, Grow my network"
    goals.end(False)
    qtbot.keyClicks(goals, ", Budgeting, basics")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    assert sorted(query(db_path, goals_sql, (pid,))) == sorted(
        [(GOAL,), ("Grow my network",), ("Budgeting",), ("basics",)]
    )
