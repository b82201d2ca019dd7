"""After Confirm pairs: Enter confirms (the action is the default, in every confirmation
of the app), the board's banner says how things stand now, and a pair's score reads the
same on the board, in its explanation and in the Pairs list."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from test_matching_board import SCREENSHOTS, Board, board, pair_rows, propose

from ui import messages
from ui.matching.cards import chip_text
from ui.pairs.dialogs import SignedDateDialog
from ui.pairs.model import Column
from ui.qt import QMessageBox, QPushButton, Qt, QWidget
from ui.screens import PAIRS

__all__ = ["board"]


def press_enter(qtbot: QtBot, widget: QWidget) -> None:
    """Enter where the keyboard is (the dialog's first field), as a user presses it."""
    qtbot.keyClick(widget.focusWidget() or widget, Qt.Key.Key_Return)


def close_offer(board: Board) -> None:
    """Answer "Not now" to scheduling meetings for the pairs just confirmed, if offered."""
    for box in board.window.findChildren(QMessageBox):
        if box.objectName() == "offerScheduling" and box.isVisible():
            box.reject()
    board.settle()


def test_enter_confirms_and_the_banner_follows_the_pairs(board: Board, qtbot: QtBot) -> None:
    screen = board.screen
    board.press("suggest_action")
    board.press("accept_all_action")
    assert screen.banner.isVisible()
    assert "saved as proposed pairs" in screen.banner.text.text()

    board.press("confirm_action")
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    press_enter(qtbot, dialog)  # the action, not Cancel, is the default
    board.settle()
    assert {r[4] for r in pair_rows(board.path)} == {"active"}
    close_offer(board)
    text = screen.banner.text.text()
    assert screen.banner.isVisible()
    assert "3 pairs are confirmed and active from" in text and "proposed" not in text
    SCREENSHOTS.mkdir(exist_ok=True)
    board.window.grab().save(str(SCREENSHOTS / "board-confirmed.png"))

    board.undo()  # proposed again: the banner says nothing that is no longer true
    assert {r[4] for r in pair_rows(board.path)} == {"proposed"}
    assert not screen.banner.isVisible()


def test_one_score_everywhere(board: Board, qtbot: QtBot) -> None:
    propose(board, "Chidi", "Ana")
    [row] = pair_rows(board.path)
    with sqlite3.connect(board.path) as conn:  # a score on the half: 42.5 reads 43
        conn.execute("UPDATE pair SET score = 42.5 WHERE id = ?", (row[0],))
    board.window.notify({PAIRS})
    board.settle()
    [chip] = [c for card in board.screen.mentor_model.cards for c in card.chips]
    assert chip.score == 42.5
    assert "score 43" in chip_text(chip)
    board.click_chip("Chidi")
    assert ">43</span> of 100" in board.screen.explain.score.text()
    pairs_screen = board.window.show_screen("pairs")
    qtbot.waitUntil(lambda: pairs_screen.model.rowCount() == 1, timeout=10000)
    assert pairs_screen.proxy.index(0, Column.SCORE).data() == "43"


# -- confirmations across the app ------------------------------------------------------


def default_text(widget: QWidget) -> str:
    return next(b.text() for b in widget.findChildren(QPushButton) if b.isDefault())


@pytest.mark.parametrize("undoable", [True, False])
def test_a_confirmation_carries_out_its_action_on_enter(qtbot: QtBot, undoable: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[bool] = []
    box = messages.confirm(
        parent, "Replace files?", "“a.pdf” already exists.", "Replace",
        lambda: done.append(True), cannot_be_undone=not undoable,
    )  # fmt: skip
    qtbot.waitUntil(box.isVisible)
    # Enter replaces; only a loss nothing can bring back keeps Cancel as the default.
    assert default_text(box) == ("Replace" if undoable else "Cancel")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert done == ([True] if undoable else [])


def dialog_defaults() -> dict[str, Callable[[], QWidget]]:
    from ui.matching.dialogs import ConfirmPairsDialog

    return {
        "Confirm": lambda: ConfirmPairsDialog(2, False),
        "Mark signed": lambda: SignedDateDialog(["José Núñez and Zoë Müller"]),
    }


@pytest.mark.parametrize("action", ["Confirm", "Mark signed"])
def test_small_dialogs_make_their_action_the_default(qtbot: QtBot, action: str) -> None:
    dialog = dialog_defaults()[action]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert default_text(dialog) == action
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press_enter(qtbot, dialog)
