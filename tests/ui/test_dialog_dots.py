"""Buttons and menu entries that open a dialog end in "…", on the toolbars too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from evaluation_data import make_program
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from ui import operations
from ui.main_window import MainWindow
from ui.pairs.screen import PairsScreen
from ui.people.screen import PeopleScreen

Launcher = Callable[..., MainWindow]


def test_toolbar_buttons_that_open_a_dialog_keep_their_dots(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "Dots.peerdesk"
    with create_database(path) as db:
        make_program(db, "Dots")
    window = launch(path)
    people = window.show_screen("people")
    assert isinstance(people, PeopleScreen)
    operations.wait_idle(20)
    button = people.toolbar.widgetForAction(people.add_action)
    assert button is not None and button.text() == "Add person…"
    assert people.empty_add.text() == "Add a person…"
    pairs = window.show_screen("pairs")
    assert isinstance(pairs, PairsScreen)
    operations.wait_idle(20)
    assert pairs.print_button.text() == "Print agreements…"
    assert pairs.toolbar.widgetForAction(pairs.schedule_action).text() == "Schedule…"
