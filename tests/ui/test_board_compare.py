"""Compare modes… and Next round on the matching board, driven through the Suggest menu.

The menu is clicked where its items are; the dialog's table row and buttons are
clicked; the audit workbook is read back with openpyxl and the pairs with sqlite3.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from test_matching_board import (
    LEFT,
    Board,
    board,  # noqa: F401  (the board fixture, used below)
    pairs,
)

from peerdesk.enums import MatchObjective
from ui.matching.compare import CompareDialog
from ui.qt import QAction

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"  # git-ignored
SHOTS.mkdir(exist_ok=True)


def choose(board: Board, qtbot: QtBot, action: QAction) -> None:  # noqa: F811
    screen = board.screen
    menu = screen.objective_menu
    menu.popup(screen.mapToGlobal(screen.rect().center()))
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
    board.settle()


def open_compare(board: Board, qtbot: QtBot) -> CompareDialog:  # noqa: F811
    choose(board, qtbot, board.screen.compare_action)
    qtbot.waitUntil(lambda: getattr(board.screen, "compare_dialog", None) is not None)
    dialog = board.screen.compare_dialog
    assert dialog is not None
    return dialog


def click_row(qtbot: QtBot, dialog: CompareDialog, mode: str) -> None:
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(mode))
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_compare_shows_every_mode_and_shows_the_chosen_ones_pairs(
    board: Board,  # noqa: F811
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    before = pairs(board.path)
    dialog = open_compare(board, qtbot)
    table = dialog.table
    modes = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert len(modes) == 4 and any(m.startswith("Fairest") for m in modes)
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Mode",
        "Matched",
        "Total",
    ]
    fair = next(r for r in dialog.results if r.objective == MatchObjective.FAIREST)
    best = next(r for r in dialog.results if r.objective == MatchObjective.BEST_SCORE)
    assert fair.audit is not None and best.audit is not None
    assert fair.audit.lowest is not None and best.audit.lowest is not None
    assert fair.audit.lowest >= best.audit.lowest
    click_row(qtbot, dialog, "Fairest")
    assert dialog.selected() is fair
    assert "Lowest tenth" in dialog.detail.text()
    dialog.grab().save(str(SHOTS / "compare.png"))

    out = tmp_path / "audit.xlsx"
    monkeypatch.setattr(dialog, "ask_save_file", lambda: out)
    qtbot.mouseClick(dialog.export_button, LEFT)
    board.settle()
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book["Modes"].iter_rows(values_only=True))
    assert len(rows) == 5 and rows[0][0] == "Mode"
    assert {r[0] for r in rows[1:]} == set(modes)
    assert pairs(board.path) == before  # comparing and exporting save no pair

    qtbot.mouseClick(dialog.use_button, LEFT)
    board.settle()
    preview = board.screen.preview
    assert preview is not None and preview.suggestions is fair
    text = board.screen.suggestions_text.text()
    assert "Lowest" in text and "poor-match line" in text
    board.screen.grab().save(str(SHOTS / "board_fairest.png"))
    assert pairs(board.path) == before  # nothing saved until accepted

    # The suggestions on show export their own audit from the suggestions bar.
    shown = tmp_path / "shown.xlsx"
    monkeypatch.setattr(board.screen, "ask_audit_file", lambda: shown)
    board.press("audit_action")
    rows = list(openpyxl.load_workbook(shown, read_only=True)["Modes"].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0].startswith("Fairest")
    assert rows[1][3] == fair.audit.lowest


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_next_round_pairs_everyone_with_someone_new(board: Board, qtbot: QtBot) -> None:  # noqa: F811
    board.press("suggest_action")
    board.press("accept_all_action")
    first = {(mentor, mentee) for mentor, mentee, _s, _l in pairs(board.path)}
    assert first
    choose(board, qtbot, board.screen.next_round_action)
    preview = board.screen.preview
    assert preview is not None and preview.suggestions.next_round
    assert "Next round" in board.screen.suggestions_text.text()
    suggested = {(p.mentor_id, p.mentee_id) for p in preview.suggestions.pairs}
    assert suggested and not suggested & first
    board.press("accept_all_action")
    now = {(mentor, mentee) for mentor, mentee, _s, _l in pairs(board.path)}
    assert now == suggested  # the round before's proposed pairs were taken back
    # Edit > Undo (offscreen Qt leaves the closed menu as the active window, so the
    # Ctrl+Z shortcut would not reach the main window).
    board.window.undo_action.trigger()
    board.settle()
    assert {(mentor, mentee) for mentor, mentee, _s, _l in pairs(board.path)} == first
