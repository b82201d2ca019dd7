"""Prefer… and Avoid… on the matching board, and suggesting in "Honour preferences (stable)".

Right-clicks are real context-menu events on the views; the dialog is driven by
its search box, lists and buttons; the rules are read back with plain sqlite3.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from test_matching_board import (
    LEFT,
    Board,
    board,  # noqa: F401  (the board fixture, used below)
)

from peerdesk.enums import MatchObjective
from ui.matching.wishes import WishesDialog
from ui.qt import QApplication, QContextMenuEvent, QDialogButtonBox, QListWidget, QPoint

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"  # git-ignored
SHOTS.mkdir(exist_ok=True)


@pytest.fixture
def shown(board: Board) -> Board:  # noqa: F811
    """The board of the matching tests: two mentors, three mentees, Dana never with Ana."""
    return board


def rules(path: Path) -> list[tuple[int, int, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT participant_a_id, participant_b_id, kind FROM pair_rule ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def right_click(driver: Board, view: object, point: QPoint) -> None:
    viewport = view.viewport()  # type: ignore[attr-defined]
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    driver.settle()


def choose(driver: Board, qtbot: QtBot, object_name: str) -> WishesDialog:
    menu = driver.screen.menu
    assert menu is not None and menu.isVisible()
    action = next(a for a in menu.actions() if a.objectName() == object_name)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
    dialog = driver.screen.dialog
    assert isinstance(dialog, WishesDialog) and dialog.isVisible()
    return dialog


def pick(qtbot: QtBot, dialog: WishesDialog, name: str) -> None:
    """Type part of the name in the search box, click it in the list, press Add."""
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, name.split()[0])
    row = next(
        r
        for r in range(dialog.available.count())
        if not dialog.available.item(r).isHidden() and dialog.available.item(r).text() == name
    )
    click_row(qtbot, dialog.available, row)
    qtbot.mouseClick(dialog.add, LEFT)


def click_row(qtbot: QtBot, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def save(driver: Board, qtbot: QtBot, dialog: WishesDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), LEFT)
    driver.settle()


def suggest_in(driver: Board, qtbot: QtBot, objective: MatchObjective) -> dict[str, str]:
    screen = driver.screen
    menu = screen.objective_menu
    action = screen.objective_actions[objective]
    menu.popup(screen.mapToGlobal(screen.rect().center()))
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
    driver.press("suggest_action")
    assert screen.preview is not None
    return {mentee: mentor for mentee, (mentor, _k, _l, _s) in driver.chips().items()}


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_ranked_shortlist_from_the_mentee_list_is_saved_and_undone(
    shown: Board, qtbot: QtBot
) -> None:
    ids = shown.ids
    right_click(shown, shown.screen.mentee_view, shown.mentee_point("Chidi"))
    dialog = choose(shown, qtbot, "preferAction")
    assert [dialog.available.item(r).text() for r in range(dialog.available.count())] == [
        "Ana Okafor",
        "Bo Lindqvist",
    ]  # only mentors: Chidi is a mentee
    pick(qtbot, dialog, "Bo Lindqvist")
    pick(qtbot, dialog, "Ana Okafor")
    click_row(qtbot, dialog.chosen, 1)
    qtbot.mouseClick(dialog.up, LEFT)  # Ana becomes the first choice
    assert dialog.chosen_ids() == [ids["Ana"], ids["Bo"]]
    dialog.grab().save(str(SHOTS / "prefer_dialog.png"))
    save(shown, qtbot, dialog)
    wished = [
        (ids["Chidi"], ids["Ana"], "prefer"),
        (ids["Chidi"], ids["Bo"], "prefer"),
    ]
    assert [r for r in rules(shown.path) if r[2] == "prefer"] == wished

    shown.undo()
    assert [r for r in rules(shown.path) if r[2] == "prefer"] == []
    shown.redo()
    assert [r for r in rules(shown.path) if r[2] == "prefer"] == wished


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_stable_mode_honours_a_mutual_first_choice_and_avoid_forbids_a_pair(
    shown: Board, qtbot: QtBot
) -> None:
    ids = shown.ids
    # Eitan (music) and Ana (art, budgeting) share nothing, but ask for each other.
    right_click(shown, shown.screen.mentee_view, shown.mentee_point("Eitan"))
    dialog = choose(shown, qtbot, "preferAction")
    pick(qtbot, dialog, "Ana Okafor")
    save(shown, qtbot, dialog)
    right_click(shown, shown.screen.cards, shown.card_point("Ana"))
    dialog = choose(shown, qtbot, "preferAction")
    assert "Eitan Petrov" in [
        dialog.available.item(r).text() for r in range(dialog.available.count())
    ]
    pick(qtbot, dialog, "Eitan Petrov")
    save(shown, qtbot, dialog)
    # Dana (writing) fits Bo (writing) best; she asks never to be paired with him.
    right_click(shown, shown.screen.mentee_view, shown.mentee_point("Dana"))
    dialog = choose(shown, qtbot, "avoidAction")
    assert dialog.up.isHidden()  # an avoid list has no ranks
    pick(qtbot, dialog, "Bo Lindqvist")
    save(shown, qtbot, dialog)
    assert (ids["Dana"], ids["Bo"], "do_not_pair") in rules(shown.path)
    # Neither mentor can take Dana now (Ana was ruled out already): the list says so.
    assert shown.screen.mentee_model.counts[ids["Dana"]][0] == 0

    best = suggest_in(shown, qtbot, MatchObjective.BEST_SCORE)
    assert best.get("Eitan") != "Ana"  # the best total leaves Ana to Chidi
    assert best.get("Dana") != "Bo"
    text = shown.screen.suggestions_text.text()
    assert "Blocking pairs: 1" in text

    stable = suggest_in(shown, qtbot, MatchObjective.STABLE)
    assert stable["Eitan"] == "Ana"
    assert stable.get("Dana") != "Bo"
    assert "Blocking pairs: 0" in shown.screen.suggestions_text.text()
    shown.window.grab().save(str(SHOTS / "board_stable.png"))


def test_the_wizard_saves_honour_preferences_as_the_programs_aim(qtbot: QtBot, db: Any) -> None:
    from form_helpers import child
    from test_wizard import NEXT, finish, go_to, open_wizard, press, save_on_finish, tick

    from peerdesk.program.programs import load_settings
    from ui.qt import QAbstractButton, QLineEdit
    from ui.wizard.wizard import PageId

    wizard = open_wizard(qtbot)
    created = save_on_finish(wizard, db)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Wished pairs")
    press(qtbot, wizard, NEXT)
    go_to(qtbot, wizard, PageId.MATCHING)
    stable = child(wizard, QAbstractButton, "objective_stable")
    assert "Honour preferences (stable)" in stable.text().replace("&", "")
    tick(qtbot, stable)
    finish(qtbot, wizard)
    assert load_settings(db, created[0]).matching_objective == MatchObjective.STABLE


def test_a_peer_program_cannot_aim_for_honour_preferences(qtbot: QtBot) -> None:
    from form_helpers import child, error_text
    from test_wizard import FINISH, NEXT, go_to, open_wizard, press, tick

    from ui.qt import QAbstractButton, QLineEdit
    from ui.wizard.wizard import PageId

    wizard = open_wizard(qtbot)
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "Peer circles")
    press(qtbot, wizard, NEXT)
    go_to(qtbot, wizard, PageId.PEOPLE)
    tick(qtbot, child(wizard, QAbstractButton, "reciprocal"))
    go_to(qtbot, wizard, PageId.MATCHING)
    tick(qtbot, child(wizard, QAbstractButton, "objective_stable"))
    qtbot.mouseClick(wizard.button(FINISH), LEFT)
    assert wizard.isVisible() and wizard.currentId() == PageId.MATCHING
    assert "peers who mentor each other" in error_text(wizard, "matching_objective")
    tick(qtbot, child(wizard, QAbstractButton, "objective_best_score"))
    assert error_text(wizard, "matching_objective") == ""


def test_a_peer_board_does_not_offer_honour_preferences(
    qtbot: QtBot, launch: Any, tmp_path: Path
) -> None:
    from matching_data import store_members

    from peerdesk.database import create_database
    from peerdesk.enums import Role
    from peerdesk.matching.pool import Member
    from peerdesk.program import programs

    path = tmp_path / "peers.peerdesk"
    with create_database(path) as db:
        settings = programs.quick_settings("Peer circles")
        settings.reciprocal = True
        program_id = programs.create_program(db, settings)
        peers = [Member(i, f"Peer {i}", Role.PEER) for i in range(1, 5)]
        ids = store_members(db, program_id, peers)
    window = launch(path)
    driver = Board(qtbot, window, path, {m.name: ids[m.participant_id] for m in peers})
    driver.settle()
    actions = driver.screen.objective_actions
    assert not actions[MatchObjective.STABLE].isEnabled()
    assert actions[MatchObjective.BEST_SCORE].isEnabled()
