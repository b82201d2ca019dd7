"""The matching board, driven as a coordinator drives it: drags, keys, menus and dialogs.

Drops are real: a mouse press and moves on the source view start the drag, and
the drag's execution (``ui.matching.dnd.execute``, which offscreen Qt cannot
run) delivers ``QDragEnterEvent``, ``QDragMoveEvent`` and ``QDropEvent`` to the
target view's viewport. The database is read back with plain sqlite3.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from dnd_helpers import RIGHT, drag_and_drop
from matching_data import realistic_members, store_members
from pytestqt.qtbot import QtBot
from window_driver import WindowDriver

from peerdesk.database import create_database
from peerdesk.enums import Criterion as C
from peerdesk.enums import Role, TagKind
from peerdesk.matching.pool import Member
from peerdesk.program import programs
from peerdesk.program.settings import CriterionSetting
from ui import operations
from ui.main_window import MainWindow
from ui.matching import dnd
from ui.matching.board import MatchingScreen
from ui.matching.cards import PROPOSED, REPLACED, SUGGESTED, MentorModel
from ui.matching.mentee_list import MenteeModel, UnmatchedModel, WordFilter
from ui.qt import (
    QApplication,
    QDate,
    QMenu,
    QPoint,
    Qt,
    QWidget,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton

Launcher = Callable[..., MainWindow]


def person(pid: int, name: str, role: Role, interests: tuple[str, ...], **fields: Any) -> Member:
    tags = {TagKind.INTEREST: interests, TagKind.LANGUAGE: ("English",)}
    return Member(participant_id=pid, name=name, role=role, tags=tags, **fields)


PEOPLE = [
    person(1, "Ana Okafor", Role.MENTOR, ("Art", "Budgeting"), capacity=1),
    person(2, "Bo Lindqvist", Role.MENTOR, ("Art", "Writing"), capacity=2),
    person(3, "Chidi Moreau", Role.MENTEE, ("Art", "Budgeting")),
    person(4, "Dana Nakamura", Role.MENTEE, ("Writing",)),
    person(5, "Eitan Petrov", Role.MENTEE, ("Music",)),
]


def make_file(path: Path) -> dict[str, int]:
    """A program with two mentors and three mentees; Dana must not be paired with Ana."""
    db = create_database(path)
    try:
        settings = programs.quick_settings("Spring mentoring")
        settings.criteria = [
            CriterionSetting(C.INTERESTS, True, 8),
            CriterionSetting(C.LANGUAGE, True, 2),
        ]
        program_id = programs.create_program(db, settings)
        ids = store_members(db, program_id, PEOPLE, do_not_pair=[(4, 1)])
        return {m.name.split()[0]: ids[m.participant_id] for m in PEOPLE}
    finally:
        db.close()


def pair_rows(path: Path) -> list[tuple[Any, ...]]:
    """Every pair row but its timestamps, read beside the app's own connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT id, program_id, mentor_id, mentee_id, status, score, reasons, locked, "
            "started_on, ended_on, outcome, end_reason, rematch_eligible FROM pair ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def pairs(path: Path) -> list[tuple[int, int, str, int]]:
    """(mentor, mentee, status, locked) of every pair."""
    return [(r[2], r[3], r[4], r[7]) for r in pair_rows(path)]


def statuses(path: Path) -> dict[int, str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT id, status FROM participant").fetchall())
    finally:
        conn.close()


class Board(WindowDriver):
    """The window and its matching screen, with the steps a user takes."""

    screen: MatchingScreen

    def __init__(self, qtbot: QtBot, window: MainWindow, path: Path, ids: dict[str, int]):
        super().__init__(qtbot, window, path, ids, "matching", MatchingScreen)

    # -- where things are ---------------------------------------------------------

    def mentee_point(self, name: str) -> QPoint:
        view = self.screen.mentee_view
        assert view.select_mentee(self.ids[name]), f"{name} is not in the list"
        return view.visualRect(view.currentIndex()).center()

    def card_point(self, name: str) -> QPoint:
        rect = self.screen.cards.card_rect(self.ids[name])
        assert rect.isValid(), f"no card for {name}"
        return rect.center()

    def chip_of(self, mentee: str) -> tuple[dnd.ChipKey, QPoint]:
        for card in self.screen.mentor_model.cards:
            for chip in card.chips:
                if chip.mentee_id == self.ids[mentee]:
                    self.screen.cards.select_mentor(card.mentor.participant_id)
                    rect = self.screen.cards.chip_rect(chip.key)
                    return chip.key, rect.center()
        raise AssertionError(f"no chip for {mentee}")

    def chips(self) -> dict[str, tuple[str, str, bool, float | None]]:
        """Each chip on show: mentee's first name -> (mentor's first name, kind, locked, score)."""
        found = {}
        for card in self.screen.mentor_model.cards:
            for chip in card.chips:
                found[chip.mentee_name.split()[0]] = (
                    card.mentor.name.split()[0],
                    chip.kind,
                    chip.locked,
                    chip.score,
                )
        return found

    def listed(self) -> list[str]:
        model = self.screen.mentee_view.model()
        return [str(model.index(r, 0).data()).split()[0] for r in range(model.rowCount())]

    # -- doing things -------------------------------------------------------------

    def drag(
        self,
        monkeypatch: pytest.MonkeyPatch,
        source: QWidget,
        start: QPoint,
        target: QWidget,
        end: QPoint,
    ) -> None:
        """Press on ``start`` in ``source``, move until the drag starts, drop at ``end``."""
        drag_and_drop(monkeypatch, dnd, source, start, target, end, RIGHT)
        self.settle()

    def drop_on_mentor(self, monkeypatch: pytest.MonkeyPatch, mentee: str, mentor: str) -> None:
        """Drag ``mentee`` from the list onto ``mentor``'s card."""
        self.drag(
            monkeypatch,
            self.screen.mentee_view.viewport(),
            self.mentee_point(mentee),
            self.screen.cards.viewport(),
            self.card_point(mentor),
        )

    def move_chip(self, monkeypatch: pytest.MonkeyPatch, chip: QPoint, mentor: str) -> None:
        """Drag the chip at ``chip`` onto ``mentor``'s card."""
        cards = self.screen.cards.viewport()
        self.drag(monkeypatch, cards, chip, cards, self.card_point(mentor))

    def click_chip(
        self, mentee: str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        _key, point = self.chip_of(mentee)
        self.qtbot.mouseClick(self.screen.cards.viewport(), LEFT, modifiers, point)

    def choose_in_chip_menu(self, mentee: str, action_name: str) -> QMenu:
        """Open the menu of ``mentee``'s chip from the keyboard (Shift+F10) and click its
        action ``action_name``; the menu."""
        cards = self.screen.cards
        _key, point = self.chip_of(mentee)
        self.qtbot.mouseClick(cards.viewport(), LEFT, pos=point)
        cards.setFocus()
        self.qtbot.keyClick(cards, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        menu = self.screen.menu
        assert menu is not None and menu.isVisible()
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        self.qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
        return menu

    def undo(self) -> None:
        """Ctrl+Z, as the user presses it once the window is theirs again: one step back."""
        steps = self.window.undo_stack.index()
        super().undo()
        assert self.window.undo_stack.index() == steps - 1

    def press(self, action_name: str) -> None:
        button = self.screen.toolbar.widgetForAction(getattr(self.screen, action_name))
        if button is None:  # the suggestions bar's buttons
            button = self.screen.findChild(
                QWidget, getattr(self.screen, action_name).objectName() + "Button"
            )
        assert button is not None and button.isEnabled(), f"{action_name} is not available"
        self.qtbot.mouseClick(button, LEFT)
        self.settle()


@pytest.fixture
def board(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> Iterator[Board]:
    path = tmp_path / "board.peerdesk"
    ids = make_file(path)
    window = launch(path)
    window.resize(1300, 800)
    yield Board(qtbot, window, path, ids)
    operations.wait_idle(20)


# -- Dragging ---------------------------------------------------------------------------------


def test_dropping_a_mentee_on_a_mentor_makes_a_proposed_pair(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = board.screen
    assert sorted(board.listed()) == ["Chidi", "Dana", "Eitan"]
    board.drop_on_mentor(monkeypatch, "Chidi", "Ana")
    assert pairs(board.path) == [(board.ids["Ana"], board.ids["Chidi"], "proposed", 0)]
    score = pair_rows(board.path)[0][5]
    assert score is not None and score > 50
    mentor, kind, locked, shown = board.chips()["Chidi"]
    assert (mentor, kind, locked) == ("Ana", PROPOSED, False)
    assert shown == pytest.approx(score)
    assert "Chidi" not in board.listed()
    # The new pair is selected and explained.
    assert screen.explain.isVisible()
    assert "Chidi Moreau with Ana Okafor" in screen.explain.title.text()
    assert any("Art" in text for text in screen.explain.texts())
    assert board.window.undo_stack.count() == 1


def test_a_drop_that_breaks_a_hard_rule_changes_nothing_and_says_why(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = board.screen
    before = pair_rows(board.path)
    board.drop_on_mentor(monkeypatch, "Dana", "Ana")
    assert pair_rows(board.path) == before
    assert screen.note.isVisible()
    assert "must not be paired" in screen.note.text()
    assert "Dana Nakamura" in screen.note.text()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert board.window.grab().save(str(SCREENSHOTS / "board-refused-drop.png"))
    assert board.window.undo_stack.count() == 0
    assert "Dana" in board.listed()


def test_a_full_mentor_refuses_another_mentee(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = board.screen
    board.drop_on_mentor(monkeypatch, "Chidi", "Ana")
    before = pair_rows(board.path)
    board.drop_on_mentor(monkeypatch, "Eitan", "Ana")
    assert pair_rows(board.path) == before
    assert "already has 1 of 1 mentee" in screen.note.text()
    assert board.window.undo_stack.count() == 1


def test_a_low_score_is_allowed_with_the_warning_shown(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = board.screen
    board.drop_on_mentor(monkeypatch, "Eitan", "Bo")
    assert pairs(board.path) == [(board.ids["Bo"], board.ids["Eitan"], "proposed", 0)]
    assert screen.note.isVisible()
    assert "low score" in screen.note.text()
    assert "low score" in screen.explain.warnings.text()
    settle_layout(board.qtbot, screen.explain.widget())
    SCREENSHOTS.mkdir(exist_ok=True)
    assert board.window.grab().save(str(SCREENSHOTS / "board-low-score.png"))


def test_moving_a_chip_to_another_mentor_and_back_to_the_list(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = board.screen
    board.drop_on_mentor(monkeypatch, "Chidi", "Ana")
    pair_id = pair_rows(board.path)[0][0]
    _key, chip = board.chip_of("Chidi")
    board.move_chip(monkeypatch, chip, "Bo")
    assert pairs(board.path) == [(board.ids["Bo"], board.ids["Chidi"], "proposed", 0)]
    assert pair_rows(board.path)[0][0] == pair_id
    assert board.chips()["Chidi"][0] == "Bo"

    _key, chip = board.chip_of("Chidi")
    list_point = screen.mentee_view.viewport().rect().center()
    board.drag(
        monkeypatch, screen.cards.viewport(), chip, screen.mentee_view.viewport(), list_point
    )
    assert pairs(board.path) == []
    assert "Chidi" in board.listed()
    assert "Chidi" not in board.chips()
    assert board.window.undo_stack.count() == 3


def test_undo_and_redo_put_back_exactly_the_pair_rows(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = pair_rows(board.path)
    board.drop_on_mentor(monkeypatch, "Chidi", "Ana")
    proposed = pair_rows(board.path)
    _key, chip = board.chip_of("Chidi")
    board.move_chip(monkeypatch, chip, "Bo")
    moved = pair_rows(board.path)
    assert moved != proposed

    board.undo()
    assert pair_rows(board.path) == proposed
    assert board.chips()["Chidi"][0] == "Ana"
    board.undo()
    assert pair_rows(board.path) == empty
    assert "Chidi" in board.listed()
    board.redo()
    assert pair_rows(board.path) == proposed
    board.redo()
    assert pair_rows(board.path) == moved
    assert board.chips()["Chidi"][0] == "Bo"


# -- Suggestions ----------------------------------------------------------------------------------


def test_suggest_then_accept_all_is_one_undo_step(board: Board) -> None:
    screen = board.screen
    board.press("suggest_action")
    assert screen.preview is not None
    assert pairs(board.path) == []  # nothing is saved until accepted
    shown = board.chips()
    assert {kind for _m, kind, _l, _s in shown.values()} == {SUGGESTED}
    assert len(shown) == 3  # Ana takes one, Bo two
    assert board.listed() == []
    assert screen.suggestions_bar.isVisible()

    board.press("accept_all_action")
    saved = pairs(board.path)
    assert len(saved) == 3
    assert {status for _a, _b, status, _l in saved} == {"proposed"}
    assert screen.preview is None
    assert {kind for _m, kind, _l, _s in board.chips().values()} == {PROPOSED}
    steps = board.window.undo_stack.count()

    board.undo()
    assert pairs(board.path) == []
    assert board.window.undo_stack.index() == steps - 1
    # Back to reviewing the same suggestions, still unsaved.
    assert screen.preview is not None and len(screen.preview.pairs) == 3
    board.redo()
    assert pairs(board.path) == saved


def test_accept_selected_and_reject_suggestions(board: Board) -> None:
    screen = board.screen
    board.press("suggest_action")
    board.click_chip("Chidi")
    assert screen.explain.title.text().startswith("Chidi Moreau with")
    assert "Suggested" in screen.explain.status.text()
    board.press("accept_selected_action")
    saved = pairs(board.path)
    assert [(b, s) for _a, b, s, _l in saved] == [(board.ids["Chidi"], "proposed")]
    assert board.chips()["Chidi"][1] == PROPOSED
    assert screen.preview is not None and len(screen.preview.pairs) == 2

    board.click_chip("Dana")
    board.press("reject_action")
    assert "Dana" in board.listed()
    assert "Dana" not in board.chips()
    board.undo()
    assert board.chips()["Dana"][1] == SUGGESTED
    assert pairs(board.path) == saved

    board.press("accept_all_action")
    assert len(pairs(board.path)) == 3


def add_mentee(board: Board, pid: int, name: str, interests: tuple[str, ...]) -> None:
    """Someone joins the program (as the People screen would add them), and the window hears."""
    window = board.window
    assert window.db is not None and window.program_id is not None
    ids = store_members(window.db, window.program_id, [person(pid, name, Role.MENTEE, interests)])
    board.ids[name.split()[0]] = ids[pid]
    window.notify({"people"})
    board.settle()


def test_suggestions_replace_unlocked_proposed_pairs_when_accepted(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = board.screen
    propose(board, "Chidi", "Bo")  # by hand, not the best: Ana shares both of Chidi's interests
    board.press("suggest_action")
    chidi = [
        (card.mentor.name.split()[0], chip.kind)
        for card in screen.mentor_model.cards
        for chip in card.chips
        if chip.mentee_id == board.ids["Chidi"]
    ]
    assert sorted(chidi) == [("Ana", SUGGESTED), ("Bo", REPLACED)]  # the hand-made pair struck out
    bo = screen.mentor_model.card(screen.mentor_model.row_of(board.ids["Bo"]) or 0)
    assert bo.used == 2
    assert "struck out" in screen.suggestions_text.text()
    board.press("accept_all_action")
    assert sorted(pairs(board.path)) == sorted(
        [
            (board.ids["Ana"], board.ids["Chidi"], "proposed", 0),
            (board.ids["Bo"], board.ids["Dana"], "proposed", 0),
            (board.ids["Bo"], board.ids["Eitan"], "proposed", 0),
        ]
    )
    board.undo()
    assert pairs(board.path) == [(board.ids["Bo"], board.ids["Chidi"], "proposed", 0)]


def test_changing_the_board_by_hand_keeps_the_other_suggestions(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = board.screen
    board.press("suggest_action")
    assert {n: k for n, (_m, k, _l, _s) in board.chips().items()} == {
        "Chidi": SUGGESTED,
        "Dana": SUGGESTED,
        "Eitan": SUGGESTED,
    }
    # Reject Dana's suggestion by dragging it back to the list, then pair her by hand.
    _key, chip = board.chip_of("Dana")
    list_point = screen.mentee_view.viewport().rect().center()
    board.drag(
        monkeypatch, screen.cards.viewport(), chip, screen.mentee_view.viewport(), list_point
    )
    assert board.listed() == ["Dana"]
    assert pairs(board.path) == []
    board.drop_on_mentor(monkeypatch, "Dana", "Bo")
    assert pairs(board.path) == [(board.ids["Bo"], board.ids["Dana"], "proposed", 0)]
    assert screen.preview is not None and len(screen.preview.pairs) == 2
    board.press("accept_all_action")
    assert len(pairs(board.path)) == 3  # the pair made by hand stays
    # Each step undoes on its own, suggestions on show included.
    board.undo()
    assert pairs(board.path) == [(board.ids["Bo"], board.ids["Dana"], "proposed", 0)]
    assert screen.preview is not None and len(screen.preview.pairs) == 2
    board.undo()
    assert pairs(board.path) == []
    assert board.listed() == ["Dana"]
    board.undo()
    assert screen.preview is not None and len(screen.preview.pairs) == 3
    assert board.listed() == []
    board.press("accept_all_action")
    assert len(pairs(board.path)) == 3


def test_suggest_lists_who_is_left_unmatched_and_why(board: Board) -> None:
    screen = board.screen
    add_mentee(board, 9, "Fatima Quinn", ("Art",))  # four mentees for three places
    board.press("suggest_action")
    assert screen.unmatched_view.isVisible()
    rows = screen.unmatched_model.rows
    assert len(rows) == 1
    assert "taken by these suggestions" in rows[0].text
    assert "(1)" in screen.unmatched_heading.text()
    assert screen.banner.isVisible() and "left unmatched" in screen.banner.text.text()
    # The reason also shows on the mentee's row in the list.
    model = screen.mentee_model
    row = model.row_of(rows[0].participant_id)
    assert row is not None
    assert rows[0].text in model.index(row).data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_suggesting_for_the_most_people_matched(board: Board, qtbot: QtBot) -> None:
    from peerdesk.enums import MatchObjective

    screen = board.screen
    menu = screen.objective_menu
    most = screen.objective_actions[MatchObjective.MOST_MATCHED]
    menu.popup(screen.mapToGlobal(screen.rect().center()))
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(most).center())
    assert most.isChecked()
    board.press("suggest_action")
    assert screen.preview is not None
    assert screen.preview.suggestions.objective == MatchObjective.MOST_MATCHED


def test_cancelling_suggest_changes_nothing(board: Board) -> None:
    screen = board.screen
    screen.suggest()
    assert screen.suggest_op is not None
    screen.suggest_op.cancel()
    board.settle()
    assert screen.preview is None
    assert "stopped" in (screen.banner.text.text() + screen.note.text())


# -- The keyboard path ----------------------------------------------------------------------------


def test_pairing_with_the_keyboard(board: Board) -> None:
    screen, qtbot = board.screen, board.qtbot
    screen.sort_box.setCurrentIndex(screen.sort_box.findData("name"))
    screen.mentee_view.setFocus()
    qtbot.keyClick(screen.mentee_view, Qt.Key.Key_Home)
    qtbot.keyClick(screen.mentee_view, Qt.Key.Key_Space)
    assert screen.mentee_view.current_mentee() == board.ids["Chidi"]
    screen.cards.setFocus()
    qtbot.keyClick(screen.cards, Qt.Key.Key_Home)
    assert screen.cards.current_mentor() == board.ids["Ana"]
    qtbot.keyClick(screen.cards, Qt.Key.Key_Right)
    assert screen.cards.current_mentor() == board.ids["Bo"]
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    board.settle()
    assert pairs(board.path) == [(board.ids["Bo"], board.ids["Chidi"], "proposed", 0)]

    # Enter pairs as well, and the new pair is selected; Space walks the current card's
    # pairs (then none), and Delete takes the selected one back.
    screen.mentee_view.setFocus()
    qtbot.keyClick(screen.mentee_view, Qt.Key.Key_Home)
    qtbot.keyClick(screen.mentee_view, Qt.Key.Key_Space)
    assert screen.mentee_view.current_mentee() == board.ids["Dana"]
    qtbot.keyClick(screen.mentee_view, Qt.Key.Key_Return)
    board.settle()
    assert (board.ids["Bo"], board.ids["Dana"], "proposed", 0) in pairs(board.path)
    assert [c.mentee_name for c in screen.selected()] == ["Dana Nakamura"]
    screen.cards.setFocus()
    walked = []
    for _ in range(3):
        qtbot.keyClick(screen.cards, Qt.Key.Key_Space)
        walked.append([c.mentee_name.split()[0] for c in screen.selected()])
    assert walked == [[], ["Chidi"], ["Dana"]]
    assert "Dana Nakamura with Bo Lindqvist" in screen.explain.title.text()
    qtbot.keyClick(screen.cards, Qt.Key.Key_Delete)
    board.settle()
    assert pairs(board.path) == [(board.ids["Bo"], board.ids["Chidi"], "proposed", 0)]


def test_moving_with_the_keyboard(board: Board) -> None:
    screen, qtbot = board.screen, board.qtbot
    board.mentee_point("Chidi")
    screen.cards.select_mentor(board.ids["Ana"])
    board.press("pair_action")
    board.click_chip("Chidi")
    screen.cards.setFocus()
    qtbot.keyClick(screen.cards, Qt.Key.Key_Right)
    assert screen.cards.current_mentor() == board.ids["Bo"]
    qtbot.keyClick(screen, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    board.settle()
    assert pairs(board.path) == [(board.ids["Bo"], board.ids["Chidi"], "proposed", 0)]


# -- Lock, confirm, end ---------------------------------------------------------------------------


def clear_selection(board: Board, mentor: str) -> None:
    """Click a card's name: no pair is selected any more."""
    rect = board.screen.cards.card_rect(board.ids[mentor])
    board.qtbot.mouseClick(board.screen.cards.viewport(), LEFT, pos=rect.topLeft() + QPoint(30, 16))
    assert board.screen.selected() == []


def decline_scheduling(board: Board) -> None:
    """Confirming offers to schedule the new pairs' meetings: "Not now"."""
    board.settle()
    box = board.screen.dialog
    assert box is not None and box.objectName() == "offerScheduling" and box.isVisible()
    board.qtbot.mouseClick(box.findChild(QWidget, "offerLater"), LEFT)
    board.settle()


def propose(board: Board, mentee: str, mentor: str) -> None:
    board.mentee_point(mentee)
    board.screen.cards.select_mentor(board.ids[mentor])
    board.press("pair_action")


def test_locking_a_pair_keeps_it_through_suggestions(board: Board) -> None:
    screen = board.screen
    propose(board, "Eitan", "Ana")
    board.click_chip("Eitan")
    board.press("lock_action")
    assert pairs(board.path) == [(board.ids["Ana"], board.ids["Eitan"], "proposed", 1)]
    assert board.chips()["Eitan"][2] is True
    assert screen.lock_action.text() == "Unlock"
    assert "Locked" in screen.explain.status.text()

    board.press("suggest_action")
    assert board.chips()["Eitan"][:3] == ("Ana", PROPOSED, True)
    assert screen.preview is not None
    assert board.ids["Eitan"] not in screen.preview.by_mentee
    board.press("discard_action")
    assert screen.preview is None

    board.click_chip("Eitan")
    board.press("lock_action")
    assert pairs(board.path) == [(board.ids["Ana"], board.ids["Eitan"], "proposed", 0)]
    board.undo()
    assert pairs(board.path)[0][3] == 1


def test_confirming_pairs_from_a_start_date(board: Board, qtbot: QtBot) -> None:
    screen = board.screen
    propose(board, "Chidi", "Ana")
    propose(board, "Dana", "Bo")
    clear_selection(board, "Bo")
    board.press("confirm_action")
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert "all 2 proposed pairs" in dialog.findChild(QWidget, "confirmText").text()
    dialog.start.setDate(QDate(2025, 9, 1))
    qtbot.mouseClick(dialog.ok, LEFT)
    decline_scheduling(board)
    rows = pair_rows(board.path)
    assert [(r[4], r[8]) for r in rows] == [("active", "2025-09-01")] * 2
    people = statuses(board.path)
    assert {people[board.ids[n]] for n in ("Ana", "Bo", "Chidi", "Dana")} == {"matched"}
    assert {kind for _m, kind, _l, _s in board.chips().values()} == {"active"}
    board.click_chip("Chidi")
    assert "Active since" in screen.explain.status.text()
    board.undo()
    assert {r[4] for r in pair_rows(board.path)} == {"proposed"}
    assert statuses(board.path)[board.ids["Chidi"]] == "ready"


def test_confirm_uses_today_unless_changed(board: Board, qtbot: QtBot) -> None:
    propose(board, "Chidi", "Ana")
    board.click_chip("Chidi")
    board.press("confirm_action")
    dialog = board.screen.dialog
    assert "selected pair" in dialog.findChild(QWidget, "confirmText").text()
    qtbot.mouseClick(dialog.ok, LEFT)
    decline_scheduling(board)
    assert pair_rows(board.path)[0][8] == date.today().isoformat()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_ending_a_pair_from_its_chip_menu(board: Board, qtbot: QtBot) -> None:
    screen = board.screen
    propose(board, "Chidi", "Ana")
    board.click_chip("Chidi")
    board.press("confirm_action")
    qtbot.mouseClick(screen.dialog.ok, LEFT)
    decline_scheduling(board)

    key, _point = board.chip_of("Chidi")
    menu = board.choose_in_chip_menu("Chidi", "endPair")
    assert not menu.isVisible()
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # no answer is given for the coordinator
    assert not dialog.completed.isChecked() and not dialog.ended_early.isChecked()
    qtbot.mouseClick(dialog.ended_early, LEFT, pos=QPoint(8, dialog.ended_early.height() // 2))
    assert dialog.ok.isEnabled() and dialog.rematch.isChecked()
    qtbot.mouseClick(dialog.ok, LEFT)  # no reason yet: refused inline
    assert dialog.isVisible() and dialog.reason_error.isVisible()
    qtbot.keyClicks(dialog.reason, "Moved to another city")
    qtbot.mouseClick(dialog.ok, LEFT)
    board.settle()
    row = pair_rows(board.path)[0]
    assert row[4] == "ended" and row[11] == "Moved to another city" and row[12] == 1
    assert row[10] == "ended_early"
    assert "Chidi" in board.listed()
    assert "Chidi" not in board.chips()
    assert statuses(board.path)[board.ids["Chidi"]] == "ready"
    board.undo()
    assert pair_rows(board.path)[0][4] == "active"
    assert key in [c.key for card in screen.mentor_model.cards for c in card.chips]


def test_active_pairs_cannot_be_dragged_away(
    board: Board, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    screen = board.screen
    propose(board, "Chidi", "Ana")
    board.click_chip("Chidi")
    board.press("confirm_action")
    qtbot.mouseClick(screen.dialog.ok, LEFT)
    decline_scheduling(board)
    before = pair_rows(board.path)
    _key, chip = board.chip_of("Chidi")
    board.move_chip(monkeypatch, chip, "Bo")
    assert pair_rows(board.path) == before
    assert "End it first" in screen.note.text()


# -- Search, sorting, refresh ----------------------------------------------------------------------


def test_searching_and_sorting_the_mentees(board: Board, qtbot: QtBot) -> None:
    screen = board.screen
    qtbot.keyClicks(screen.mentee_search, "writ")
    assert board.listed() == ["Dana"]
    screen.mentee_search.clear()
    assert len(board.listed()) == 3
    # Hardest first: Dana may not have Ana (do-not-pair), so she has the fewest mentors.
    screen.sort_box.setCurrentIndex(screen.sort_box.findData("hardest"))
    assert board.listed()[0] == "Dana"
    assert screen.mentee_model.counts[board.ids["Dana"]] == (1, 1)
    assert screen.mentee_model.counts[board.ids["Chidi"]] == (2, 2)
    qtbot.keyClicks(screen.mentor_search, "writing")
    assert screen.cards.model().rowCount() == 1


def test_the_board_follows_changes_made_elsewhere(board: Board) -> None:
    add_mentee(board, 9, "Fatima Quinn", ("Art",))
    assert "Fatima" in board.listed()
    assert board.screen.mentee_model.counts.get(board.ids["Fatima"]) == (2, 2)


def test_models_pass_the_model_tester(board: Board, qtmodeltester: Any) -> None:
    screen = board.screen
    board.press("suggest_action")
    for model in (
        screen.mentee_model,
        screen.mentee_filter,
        screen.mentor_model,
        screen.mentor_filter,
    ):
        qtmodeltester.check(model)
    screen.unmatched_model.set_rows([])
    qtmodeltester.check(screen.unmatched_model)
    assert isinstance(screen.mentee_model, MenteeModel)
    assert isinstance(screen.mentee_filter, WordFilter)
    assert isinstance(screen.mentor_model, MentorModel)
    assert isinstance(screen.unmatched_model, UnmatchedModel)


# -- Screenshots -----------------------------------------------------------------------------


def settle_layout(qtbot: QtBot, page: QWidget) -> None:
    """Let the event loop lay out a page that just changed: same size three checks running."""
    seen: list[tuple[int, int, int]] = []

    def settled() -> bool:
        seen.append((page.width(), page.height(), page.heightForWidth(page.width())))
        last = seen[-3:]
        return len(last) == 3 and len(set(last)) == 1 and last[0][1] >= last[0][2]

    qtbot.waitUntil(settled)


def big_file(path: Path, mentees: int, mentors: int) -> None:
    db = create_database(path)
    try:
        program_id = programs.create_program(db, programs.quick_settings("Spring mentoring"))
        members, prefer, do_not_pair = realistic_members(mentees, mentors, capacity=2)
        store_members(db, program_id, members, prefer, do_not_pair)
    finally:
        db.close()


@pytest.mark.parametrize(("mentors", "mentees"), [(10, 24), (200, 420)])
def test_screenshots_of_the_board(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, mentors: int, mentees: int
) -> None:
    path = tmp_path / "big.peerdesk"
    big_file(path, mentees, mentors)
    window = launch(path)
    window.resize(1400, 880)
    screen = window.show_screen("matching")
    assert isinstance(screen, MatchingScreen)
    operations.wait_idle(30)
    assert screen.mentor_model.rowCount() == mentors
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"board-{mentors}.png"))
    screen.suggest()
    operations.wait_idle(60)
    assert screen.preview is not None
    first = screen.mentor_model.cards[0].chips[0]
    screen.chip_clicked(first.key, False)
    settle_layout(qtbot, screen.explain.widget())
    assert window.grab().save(str(SCREENSHOTS / f"board-{mentors}-suggested.png"))
    screen.accept_all()
    operations.wait_idle(60)
    screen.cards.verticalScrollBar().setValue(screen.cards.verticalScrollBar().maximum() // 2)
    QApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / f"board-{mentors}-accepted.png"))
    # Every kind of chip at once: active, locked, proposed, and new suggestions that
    # would replace unlocked proposed pairs.
    screen.cards.verticalScrollBar().setValue(0)
    cards = screen.mentor_model.cards
    screen.confirm([c.key[1] for c in cards[0].chips + cards[1].chips], date(2025, 9, 1))
    operations.wait_idle(60)
    screen.select_chips([screen.mentor_model.cards[2].chips[0].key])
    screen.toggle_lock()
    operations.wait_idle(60)
    screen.suggest()
    operations.wait_idle(60)
    settle_layout(qtbot, screen.explain.widget())
    assert window.grab().save(str(SCREENSHOTS / f"board-{mentors}-mixed.png"))


# -- Rematching: who is full, one more place, who comes back ------------------------------


def capacity_of(path: Path, participant_id: int) -> int | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT capacity FROM participant WHERE id = ?", (participant_id,))
        return row.fetchone()[0]
    finally:
        conn.close()


def test_full_mentors_are_named_and_one_click_allows_one_more(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = board.screen
    # Bo takes Chidi and Eitan, locked; Dana may not have Ana: every mentor for her is full.
    for mentee in ("Chidi", "Eitan"):
        propose(board, mentee, "Bo")
        board.click_chip(mentee)
        board.press("lock_action")
    board.press("suggest_action")
    [left] = screen.unmatched_model.rows
    assert left.participant_id == board.ids["Dana"]
    assert "Every eligible mentor is full: Bo Lindqvist (2 of 2)" in left.text
    assert screen.preview is None  # nothing could be suggested
    # Selecting her says who is full, with their load, and offers one more place.
    board.mentee_point("Dana")
    board.settle()
    room = screen.room
    assert room.isVisible()
    assert "Bo Lindqvist (2 of 2)" in room.label.text()
    [button] = room.buttons
    assert button.text() == "Allow Bo Lindqvist one more (2 → 3)"
    steps = board.window.undo_stack.count()
    board.qtbot.mouseClick(button, LEFT)
    board.settle()
    assert capacity_of(board.path, board.ids["Bo"]) == 3
    assert board.window.undo_stack.count() == steps + 1
    board.qtbot.waitUntil(lambda: not screen.room.isVisible())  # Bo has room now
    board.drop_on_mentor(monkeypatch, "Dana", "Bo")
    assert (board.ids["Bo"], board.ids["Dana"], "proposed", 0) in pairs(board.path)
    assert screen.unmatched_model.rows == []  # she is paired: no longer "left unmatched"
    assert not screen.unmatched_view.isVisible()
    board.undo()  # the pair
    board.undo()  # the place
    assert capacity_of(board.path, board.ids["Bo"]) == 2


def test_mentor_search_reads_languages_and_says_when_nothing_matches(board: Board) -> None:
    screen = board.screen
    board.qtbot.keyClicks(screen.mentor_search, "english")
    assert screen.mentor_filter.rowCount() == 2  # a language, not a name
    assert not screen.empty_cards.isVisible()
    screen.mentor_search.clear()
    board.qtbot.keyClicks(screen.mentor_search, "writing")
    assert screen.mentor_filter.rowCount() == 1
    screen.mentor_search.clear()
    board.qtbot.keyClicks(screen.mentor_search, "Spanish")
    assert screen.mentor_filter.rowCount() == 0
    assert screen.empty_cards.isVisible()
    assert "No mentor matches “Spanish”" in screen.empty_cards.text()
    screen.mentor_search.clear()
    assert not screen.empty_cards.isVisible()


def test_a_mentee_whose_pair_ended_comes_first_marked_rematch(board: Board, qtbot: QtBot) -> None:
    from peerdesk.matching.apply import confirm_pairs, end_pair

    screen = board.screen
    propose(board, "Eitan", "Bo")
    window = board.window
    assert window.db is not None
    pair_id = pair_rows(board.path)[0][0]
    confirm_pairs(window.db, [pair_id])
    end_pair(window.db, pair_id, reason="Schedules did not fit", rematch_eligible=True)
    window.notify({"pairs", "people"})
    board.settle()
    qtbot.waitUntil(lambda: "Eitan" in board.listed())
    for sort in range(screen.sort_box.count()):
        screen.sort_box.setCurrentIndex(sort)
        assert board.listed()[0] == "Eitan"
    model = screen.mentee_model
    detail = model.index(model.row_of(board.ids["Eitan"]) or 0).data(Qt.ItemDataRole.UserRole + 4)
    assert detail.startswith("Rematch")


def test_capacity_steps_from_the_program_default(qtbot: QtBot) -> None:
    from ui.people.capacity_box import CapacityBox

    box = CapacityBox(2)
    qtbot.addWidget(box)
    box.setValue(-1)
    assert box.text() == "Program default (2)"
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 3
    box.setValue(-1)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == 1
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 2
