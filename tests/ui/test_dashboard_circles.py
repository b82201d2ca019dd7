"""The Dashboard of a program that matches in circles: its next steps and cards add up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from evaluation_data import add_pair, add_person, make_program
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.enums import Role
from peerdesk.groups.circles import create_circle, sign_agreement
from ui import operations
from ui.dashboard.screen import DashboardScreen
from ui.main_window import MainWindow

Launcher = Callable[..., MainWindow]


def test_confirmed_circles_tick_the_match_step_and_show_beside_the_pairs(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "Circles.peerdesk"
    with create_database(path) as db:
        program_id = make_program(db, "Circle Mentoring")
        mentors = [add_person(db, program_id, n, Role.MENTOR) for n in range(2)]
        mentees = [add_person(db, program_id, n, Role.MENTEE) for n in range(2, 8)]
        first = create_circle(db, program_id, "Monday circle", [mentors[0]], mentees[:3])
        create_circle(db, program_id, "Thursday circle", [mentors[1]], mentees[3:])
    window = launch(path)
    window.resize(1280, 900)
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=15000)
    operations.wait_idle(15)

    rows = screen.step_rows
    assert screen.steps_box.isVisible()  # the agreements are not signed yet
    assert rows["match"].done
    assert rows["match"].text.text() == "Mentors and mentees matched (2 circles)"
    assert not rows["agreements"].done
    assert rows["agreements"].text.text() == "Print the agreements and mark them signed (0 of 2)"
    assert rows["schedule"].text.text() == "Schedule the first meetings (0 of 2 circles)"
    assert screen.cards["matched"].value.text() == "100%"
    assert screen.cards["active"].value.text() == "0"
    circles = screen.cards["circles"]
    assert circles.isVisible() and circles.title.text() == "Active circles"
    assert circles.value.text() == "2"
    assert circles.detail.text() == "0 paused, 0 ended"
    screen.grab().save("/tmp/g6/dashboard-circles.png")

    assert window.db is not None
    [circle_id] = first.circle_ids
    sign_agreement(window.db, circle_id, date(2025, 3, 10))
    screen.data = None
    screen.reload()
    qtbot.waitUntil(
        lambda: (
            rows["agreements"].text.text() == "Print the agreements and mark them signed (1 of 2)"
        ),
        timeout=15000,
    )


def test_a_program_without_circles_has_no_circles_card(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "Pairs.peerdesk"
    with create_database(path) as db:
        make_program(db, "Pair Mentoring")
    window = launch(path)
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=15000)
    assert screen.cards["circles"].isHidden()
    assert screen.step_rows["match"].text.text() == (
        "Match mentors and mentees, and confirm the pairs or circles"
    )


def test_the_agreements_step_opens_the_circles_tab_when_the_program_matches_only_in_circles(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    from ui.pairs.screen import PairsScreen
    from ui.program_overview import ProgramOverview
    from ui.qt import Qt

    path = tmp_path / "Circles only.peerdesk"
    with create_database(path) as db:
        program_id = make_program(db, "Circle Mentoring")
        mentor = add_person(db, program_id, 0, Role.MENTOR)
        mentees = [add_person(db, program_id, n, Role.MENTEE) for n in range(1, 4)]
        create_circle(db, program_id, "Monday circle", [mentor], mentees)
    window = launch(path)
    pairs = window.show_screen("pairs")
    assert isinstance(pairs, PairsScreen)
    assert pairs.tabs.currentWidget() is not pairs.circles  # the Pairs tab comes first
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=15000)
    operations.wait_idle(15)
    assert screen.step_rows["match"].text.text() == "Mentors and mentees matched (1 circle)"
    button = screen.step_rows["agreements"].button
    assert button.isVisible() and button.text() == "Open Circles"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is pairs
    assert pairs.tabs.currentWidget() is pairs.circles

    # The Overview's checklist leads to the same tab.
    pairs.tabs.setCurrentIndex(0)
    overview = window.show_screen("overview")
    assert isinstance(overview, ProgramOverview)
    row = overview.next_steps.rows["agreements"]
    qtbot.waitUntil(lambda: row.button.text() == "Open Circles", timeout=15000)
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is pairs
    assert pairs.tabs.currentWidget() is pairs.circles

    # With a pair beside the circle, the agreements are the Pairs tab's again.
    assert window.db is not None
    other = add_person(window.db, program_id, 4, Role.MENTOR)
    add_pair(window.db, program_id, other, add_person(window.db, program_id, 5, Role.MENTEE))
    pairs.tabs.setCurrentWidget(pairs.circles)
    window.show_screen("dashboard")
    screen.data = None
    screen.reload()
    qtbot.waitUntil(lambda: button.text() == "Open Pairs", timeout=15000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is pairs
    assert pairs.tabs.currentWidget() is not pairs.circles
