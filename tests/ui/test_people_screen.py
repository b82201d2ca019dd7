"""The People screen, driven as a coordinator drives it: search, filters, sort, add,
edit, undo, bulk changes, the checklist, erasing someone and exporting the view."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from peerdesk import people
from peerdesk.database import Database, create_database, open_database
from peerdesk.enums import (
    MeetingFormat,
    PairStatus,
    ParticipantStatus,
    ProgramTemplate,
    Role,
    TagKind,
)
from peerdesk.models import Pair
from peerdesk.program import programs
from ui import operations
from ui.main_window import MainWindow
from ui.people.model import PeopleFilter, PeopleModel, PeopleProxy
from ui.people.rows import Column, load_people
from ui.people.screen import PeopleScreen
from ui.qt import (
    QApplication,
    QDialog,
    QMessageBox,
    QPoint,
    Qt,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

Launcher = Callable[..., MainWindow]
# The offscreen platform says this when a completer's popup opens; it is not our warning.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

FIRST = [
    "Ana", "Bo", "Chidi", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
    "Kemi", "Luca", "Maya", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tariq",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno", "Carmen", "Dmitri",
    "Esther", "Felix", "Grace", "Hassan", "Ivy", "Jamal", "Keiko", "Liam", "Mei", "Noor",
]  # fmt: skip
LAST = [
    "Lima", "Chen", "Okafor", "Whitfield", "Kaya", "Rahimi", "Lindqvist", "Tanaka", "Moreau",
    "Becker", "Adeyemi", "Romano", "Patel", "Rao", "Ivanova", "Ortega", "Murphy", "Alvarez",
    "Nilsson", "Haddad", "Banerjee", "Novak", "Zhao", "Herrera", "Demir", "Fischer", "Diallo",
    "Costa", "Vidal", "Sokolov", "Abramson", "Wagner", "Osei", "Karimi", "Walsh", "Bennett",
    "Sato", "O'Brien", "Lin", "Saleh",
]  # fmt: skip
DEPARTMENTS = ["Finance", "IT", "Marketing", "Operations", "People & Culture", "Sales"]
INTERESTS = [
    "Leadership", "Public speaking", "Data analysis", "Career growth", "Project management",
    "Negotiation", "Writing", "Design thinking", "Work-life balance", "Python",
]  # fmt: skip
LANGUAGES = ["English", "Spanish", "French", "German", "Hindi", "Arabic"]


def person_data(n: int) -> people.PersonData:
    """Invented person number ``n``: names, departments and interests vary with n."""
    first, last = FIRST[n % len(FIRST)], LAST[(n * 7) % len(LAST)]
    mentor = n % 8 < 3
    return people.PersonData(
        full_name=f"{first} {last}",
        email=f"{first}.{last}{n}@example.org".lower().replace("'", ""),
        phone=f"0161 496 {n:04d}",
        pronouns=["she/her", "he/him", "they/them"][n % 3],
        role=Role.MENTOR if mentor else Role.MENTEE,
        status=ParticipantStatus.APPLIED,
        capacity=2 if mentor and n % 2 else None,
        department=DEPARTMENTS[n % len(DEPARTMENTS)] if n % 11 else "",
        cohort="Spring 2026",
        years_experience=float(8 + n % 15) if mentor else float(n % 4),
        location=["Leeds", "Manchester", "Remote"][n % 3],
        meeting_format=[MeetingFormat.IN_PERSON, MeetingFormat.VIDEO, MeetingFormat.EITHER][n % 3],
        joined_on=date(2026, 1, 5) + timedelta(days=n),
        notes=f"Private note {n}",
        tags={
            TagKind.INTEREST: [INTERESTS[n % 10], INTERESTS[(n * 3 + 1) % 10]],
            TagKind.SKILL: [INTERESTS[(n + 4) % 10]] if mentor else [],
            TagKind.GOAL: [] if mentor else [INTERESTS[(n + 2) % 10]],
            TagKind.LANGUAGE: ["English", LANGUAGES[n % len(LANGUAGES)]],
        },
    )


def fill_program(db: Database, program_id: int, count: int) -> list[int]:
    """``count`` people; the first third have finished their steps; some are paired."""
    ids = [people.add_person(db, program_id, person_data(n)) for n in range(count)]
    if not ids:
        return ids
    steps = [s.step_id for s in people.step_records(db, ids[0])]
    for n, pid in enumerate(ids):
        done = len(steps) if n % 3 == 0 else n % len(steps)
        for step_id in steps[:done]:
            people.record_step(db, [pid], step_id, date(2026, 2, 1) + timedelta(days=n))
    mentors = [pid for n, pid in enumerate(ids) if n % 8 < 3]
    mentees = [pid for n, pid in enumerate(ids) if n % 8 >= 3]
    matched: list[int] = []
    with db.transaction() as session:
        for k, (mentor, mentee) in enumerate(zip(mentors, mentees, strict=False)):
            if k % 2 == 0:
                active = k % 4 == 0
                session.add(
                    Pair(
                        program_id=program_id,
                        mentor_id=mentor,
                        mentee_id=mentee,
                        status=PairStatus.ACTIVE if active else PairStatus.PROPOSED,
                    )
                )
                matched += [mentor, mentee] if active else []
    if matched:
        people.set_status(db, matched, ParticipantStatus.MATCHED)
    if len(ids) > 4:
        people.set_readiness_override(db, ids[4], True, "Interview done at the previous school")
    return ids


def make_file(path: Path, count: int = 12) -> tuple[int, list[int]]:
    db = create_database(path)
    try:
        program_id = programs.create_program(
            db, programs.quick_settings("Spring Mentoring 2026", ProgramTemplate.WORKPLACE)
        )
        return program_id, fill_program(db, program_id, count)
    finally:
        db.close()


def query(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the file with plain sqlite3, beside the window's own connections."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def unversioned(path: Path, table: str) -> str:
    """The table's columns but its row version, which undo raises instead of putting back."""
    names = [row[1] for row in query(path, f"PRAGMA table_info({table})")]
    return ", ".join(name for name in names if name != "version")


def records(path: Path, participant_ids: list[int]) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row about these participants (and their people), exactly (but versions)."""
    marks = ",".join("?" * len(participant_ids))
    ids = tuple(participant_ids)
    return {
        "participant": query(
            path,
            f"SELECT {unversioned(path, 'participant')} FROM participant WHERE id IN ({marks})",
            ids,
        ),
        "person": query(
            path,
            f"SELECT {unversioned(path, 'person')} FROM person WHERE id IN "
            f"(SELECT person_id FROM participant WHERE id IN ({marks}))",
            ids,
        ),
        "tags": query(
            path,
            f"SELECT * FROM participant_tag WHERE participant_id IN ({marks}) ORDER BY id",
            ids,
        ),
        "steps": query(
            path,
            f"SELECT * FROM step_record WHERE participant_id IN ({marks}) ORDER BY id",
            ids,
        ),
    }


def open_people(qtbot: QtBot, launch: Launcher, path: Path) -> tuple[MainWindow, PeopleScreen]:
    window = launch(path)
    window.resize(1280, 800)
    screen = window.show_screen("people")
    assert isinstance(screen, PeopleScreen)
    expected = query(path, "SELECT count(*) FROM participant")[0][0]
    qtbot.waitUntil(lambda: screen.model.rowCount() == expected and not operations.busy())
    return window, screen


def shown_names(screen: PeopleScreen) -> list[str]:
    return [screen.proxy.index(r, Column.NAME).data() for r in range(screen.proxy.rowCount())]


def settle() -> None:
    operations.wait_idle(15)


def row_of(screen: PeopleScreen, name: str) -> int:
    return shown_names(screen).index(name)


def click_row(qtbot: QtBot, screen: PeopleScreen, name: str, modifier: Any = None) -> None:
    table = screen.table
    row = row_of(screen, name)
    table.scrollTo(screen.proxy.index(row, 0))
    rect = table.visualRect(screen.proxy.index(row, Column.NAME))
    if modifier is None:
        qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    else:
        qtbot.mouseClick(table.viewport(), LEFT, modifier, rect.center())


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Give the window the focus back after a dialog, as the window manager would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def wait_closed(qtbot: QtBot, screen: PeopleScreen) -> None:
    qtbot.waitUntil(lambda: screen.dialog is None)


def wait_dialog(qtbot: QtBot, screen: PeopleScreen) -> Any:
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    return screen.dialog


def boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()]


def wait_box(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: len(boxes(window, name)) == 1, timeout=10000)
    return boxes(window, name)[0]


def click_box_button(qtbot: QtBot, box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, LEFT)


def participant_of(path: Path, name: str) -> int:
    rows = query(
        path,
        "SELECT p.id FROM participant p JOIN person s ON s.id = p.person_id WHERE s.full_name = ?",
        (name,),
    )
    assert len(rows) == 1, f"{name}: {rows}"
    return int(rows[0][0])


# --- the model --------------------------------------------------------------------------


def test_the_model_and_its_filter_pass_the_model_tester(qtmodeltester: Any, db_path: Path) -> None:
    program_id, _ids = make_file(db_path, 12)
    db = open_database(db_path)
    try:
        data = load_people(db, program_id)
    finally:
        db.close()
    model = PeopleModel()
    model.set_rows(data.rows)
    qtmodeltester.check(model)
    proxy = PeopleProxy(model)
    proxy.set_filter(PeopleFilter(text="a", role=Role.MENTEE))
    proxy.sort(Column.DEPARTMENT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()
    # Every row the filter lets through is a mentee with an "a" in their name, email or tags.
    for row in proxy.visible_rows():
        assert row.role is Role.MENTEE and "a" in row.search


# --- search, filters, sort --------------------------------------------------------------


def test_search_narrows_the_rows_as_you_type(qtbot: QtBot, launch: Launcher, db_path: Path) -> None:
    make_file(db_path, 40)
    _window, screen = open_people(qtbot, launch, db_path)
    assert screen.proxy.rowCount() == 40
    assert screen.count.text() == "40 people"

    qtbot.keyClicks(screen.search, "lin")
    with_lin = shown_names(screen)
    assert 0 < len(with_lin) < 40 and all("lin" in n.lower() for n in with_lin)
    qtbot.keyClick(screen.search, Qt.Key.Key_Backspace)  # "li": every "English" speaker again
    assert screen.proxy.rowCount() == 40
    qtbot.keyClicks(screen.search, "ma")  # "lima"
    assert shown_names(screen) == ["Ana Lima"]
    assert screen.count.text() == "1 of 40 people shown"

    # By email, by tag (case ignored), and two words that must both match.
    screen.search.clear()
    qtbot.keyClicks(screen.search, person_data(9).email.upper()[:-4])
    assert shown_names(screen) == [person_data(9).full_name]
    screen.search.clear()
    qtbot.keyClicks(screen.search, "PYTHON")
    pythonistas = [
        p for p in map(person_data, range(40)) if any("Python" in t for t in p.tags.values())
    ]
    expected = sorted((p.full_name for p in pythonistas), key=str.casefold)
    assert shown_names(screen) == expected
    screen.search.clear()
    qtbot.keyClicks(screen.search, "python leeds")  # leeds is not searched: nobody
    assert shown_names(screen) == []
    screen.search.clear()
    assert screen.proxy.rowCount() == 40


def test_each_filter_narrows_the_table(qtbot: QtBot, launch: Launcher, db_path: Path) -> None:
    make_file(db_path, 24)
    _window, screen = open_people(qtbot, launch, db_path)
    everyone = {row.participant_id: row for row in screen.model.rows()}

    def shown_ids() -> set[int]:
        return {screen.proxy.participant_id(r) for r in range(screen.proxy.rowCount())}

    # Role: typing in a closed combo picks the matching entry, as a user would.
    screen.role_filter.setFocus()
    qtbot.keyClicks(screen.role_filter, "Mentor")
    assert screen.role_filter.currentText() == "Mentor"
    mentors = {pid for pid, r in everyone.items() if r.role is Role.MENTOR}
    assert shown_ids() == mentors and 0 < len(mentors) < 24
    assert screen.clear_filters.isVisible()
    qtbot.mouseClick(screen.clear_filters, LEFT)
    assert len(shown_ids()) == 24

    # Status: everyone whose steps are all done moved on to "ready".
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("Ready"))
    ready_status = {pid for pid, r in everyone.items() if r.status is ParticipantStatus.READY}
    assert shown_ids() == ready_status and ready_status
    screen.status_filter.setCurrentIndex(0)

    # Readiness, including the one allowed by override.
    screen.readiness_filter.setCurrentIndex(screen.readiness_filter.findText("Ready (override)"))
    assert [screen.model.person_by_id(p).name for p in shown_ids()] == [person_data(4).full_name]  # type: ignore[union-attr]
    screen.readiness_filter.setCurrentIndex(screen.readiness_filter.findText("Not ready"))
    not_ready = shown_ids()
    assert not_ready and all(everyone[p].missing for p in not_ready)
    screen.readiness_filter.setCurrentIndex(0)

    # Department, and the people without one.
    departments = [
        screen.department_filter.itemText(i) for i in range(screen.department_filter.count())
    ]
    assert departments == [
        "All departments",
        *sorted(DEPARTMENTS, key=str.casefold),
        "(No department)",
    ]
    screen.department_filter.setCurrentIndex(screen.department_filter.findText("IT"))
    assert shown_ids() == {pid for pid, r in everyone.items() if r.department == "IT"}
    screen.department_filter.setCurrentIndex(screen.department_filter.findText("(No department)"))
    assert shown_ids() == {pid for pid, r in everyone.items() if not r.department}

    # Filters combine with the search.
    screen.department_filter.setCurrentIndex(screen.department_filter.findText("Finance"))
    qtbot.keyClicks(screen.search, "leadership")
    assert shown_ids() == {
        pid
        for pid, r in everyone.items()
        if r.department == "Finance" and "Leadership" in r.interests
    }


def test_clicking_a_header_sorts_and_again_reverses(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 20)
    _window, screen = open_people(qtbot, launch, db_path)
    names = shown_names(screen)
    assert names == sorted(names, key=str.casefold)
    header = screen.table.horizontalHeader()

    def click_header(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))

    def departments() -> list[str]:
        return [r.department for r in screen.proxy.visible_rows()]

    click_header(Column.DEPARTMENT)
    filled = [d for d in departments() if d]
    assert filled == sorted(filled, key=str.casefold)
    assert departments()[-len([d for d in departments() if not d]) :] == [""] * 2  # blanks last
    click_header(Column.DEPARTMENT)
    assert [d for d in departments() if d] == sorted(filled, key=str.casefold, reverse=True)

    # Sorting keeps the search's rows, and the selection stays on the same person.
    qtbot.keyClicks(screen.search, "a")
    click_row(qtbot, screen, shown_names(screen)[0])
    chosen = screen.selected_ids()
    click_header(Column.NAME)
    assert screen.selected_ids() == chosen
    shown = shown_names(screen)
    assert shown == sorted(shown, key=str.casefold) and all(
        "a" in r.search for r in screen.proxy.visible_rows()
    )


# --- adding and editing -----------------------------------------------------------------


@POPUP
def test_add_a_person_through_the_dialog_then_undo_and_redo(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 6)
    window, screen = open_people(qtbot, launch, db_path)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL)  # Ctrl+N: a person here, not a file
    dialog = wait_dialog(qtbot, screen)
    assert dialog.windowTitle() == "Add a person"
    qtbot.keyClicks(dialog.full_name, "Priya Raman")
    qtbot.keyClicks(dialog.email, "priya.raman@example.org")
    qtbot.keyClicks(dialog.phone, "0113 496 0000")
    qtbot.keyClicks(dialog.pronouns, "she/her")
    dialog.role.setCurrentIndex(dialog.role.findText("Mentor"))
    qtbot.keyClicks(dialog.department, "Research")
    qtbot.keyClicks(dialog.cohort, "Autumn 2026")
    dialog.years.setValue(11)
    dialog.capacity.setValue(3)
    dialog.tabs.setCurrentIndex(1)
    interests = dialog.tag_edits[TagKind.INTEREST]
    qtbot.keyClicks(interests, "Public speaking, negot")
    # The tag being typed is completed from the values already in the file.
    completer = interests.completions
    assert completer.popup().isVisible()
    assert completer.currentCompletion() == "Negotiation"
    completer.activated.emit("Negotiation")
    assert interests.text() == "Public speaking, Negotiation, "
    qtbot.keyClicks(dialog.tag_edits[TagKind.LANGUAGE], "English; Tamil")
    dialog.tabs.setCurrentIndex(2)
    qtbot.keyClicks(dialog.notes, "Met at the spring fair.")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    wait_closed(qtbot, screen)  # closed (and gone) once saved
    assert paths_unchanged(window, db_path)

    rows = query(
        db_path,
        "SELECT s.full_name, s.email, s.phone, s.pronouns, p.role, p.department, p.cohort, "
        "p.years_experience, p.capacity, p.notes FROM participant p "
        "JOIN person s ON s.id = p.person_id WHERE s.full_name = 'Priya Raman'",
    )
    assert rows == [
        (
            "Priya Raman",
            "priya.raman@example.org",
            "0113 496 0000",
            "she/her",
            "mentor",
            "Research",
            "Autumn 2026",
            11.0,
            3,
            "Met at the spring fair.",
        )
    ]
    pid = participant_of(db_path, "Priya Raman")
    tags = query(
        db_path,
        "SELECT kind, value FROM participant_tag WHERE participant_id = ? ORDER BY id",
        (pid,),
    )
    assert tags == [
        ("interest", "Public speaking"),
        ("interest", "Negotiation"),
        ("language", "English"),
        ("language", "Tamil"),
    ]
    qtbot.waitUntil(lambda: "Priya Raman" in shown_names(screen))
    qtbot.waitUntil(lambda: screen.selected_ids() == [pid])
    after = records(db_path, [pid])

    # Undo takes the person out again; redo brings them back, same ids and all.
    activate(qtbot, window)
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
    settle()
    assert query(db_path, "SELECT count(*) FROM person WHERE full_name = 'Priya Raman'") == [(0,)]
    assert records(db_path, [pid]) == {"participant": [], "person": [], "tags": [], "steps": []}
    qtbot.waitUntil(lambda: "Priya Raman" not in shown_names(screen))
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL | SHIFT)
    settle()
    assert records(db_path, [pid]) == after
    qtbot.waitUntil(lambda: "Priya Raman" in shown_names(screen))


def paths_unchanged(window: MainWindow, path: Path) -> bool:
    """Ctrl+N on the People screen did not make a new file."""
    return window.db is not None and window.db.path == path.resolve()


def test_an_invalid_email_shows_under_the_field_and_saves_nothing(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 4)
    _window, screen = open_people(qtbot, launch, db_path)
    before = query(db_path, "SELECT * FROM person ORDER BY id")
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.add_action), LEFT)
    dialog = wait_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.full_name, "Bo Chen")
    qtbot.keyClicks(dialog.email, "bo.chen(at)example.org")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    error = dialog.errors["email"]
    assert error.isVisible()
    assert error.text() == "'bo.chen(at)example.org' is not an email address."
    assert dialog.isVisible()
    assert query(db_path, "SELECT * FROM person ORDER BY id") == before

    # The message goes as soon as the address is right; a name is required too.
    dialog.email.clear()
    assert not error.isVisible()
    dialog.full_name.clear()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.errors["full_name"].text() == "Give the person's name."
    assert query(db_path, "SELECT * FROM person ORDER BY id") == before

    # An email someone in the program already has: the save says so, under the field.
    qtbot.keyClicks(dialog.full_name, "Second Ana")
    qtbot.keyClicks(dialog.email, person_data(0).email.upper())
    qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    assert error.text() == "Someone in this program already has this email."
    assert dialog.isVisible()
    assert query(db_path, "SELECT * FROM person ORDER BY id") == before
    dialog.reject()


@POPUP
def test_edit_a_person_then_undo_and_redo_restore_exactly(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 8)
    _window, screen = open_people(qtbot, launch, db_path)
    name = person_data(1).full_name
    pid = participant_of(db_path, name)
    before = records(db_path, [pid])
    click_row(qtbot, screen, name)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, screen)
    assert dialog.windowTitle() == f"Edit {name}"
    assert dialog.email.text() == person_data(1).email
    dialog.full_name.selectAll()
    qtbot.keyClicks(dialog.full_name, "Bo Chen-Lindqvist")
    dialog.department.selectAll()
    qtbot.keyClicks(dialog.department, "Legal")
    dialog.status.setCurrentIndex(dialog.status.findText("Screened"))
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.tag_edits[TagKind.INTEREST], ", Mentoring others")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    assert query(
        db_path,
        "SELECT s.full_name, p.department, p.status FROM participant p "
        "JOIN person s ON s.id = p.person_id WHERE p.id = ?",
        (pid,),
    ) == [("Bo Chen-Lindqvist", "Legal", "screened")]
    assert ("interest", "Mentoring others") in query(
        db_path, "SELECT kind, value FROM participant_tag WHERE participant_id = ?", (pid,)
    )
    qtbot.waitUntil(lambda: "Bo Chen-Lindqvist" in shown_names(screen))
    after = records(db_path, [pid])

    window = screen.window_
    window.undo_action.trigger()
    settle()
    assert records(db_path, [pid]) == before
    qtbot.waitUntil(lambda: name in shown_names(screen))
    window.redo_action.trigger()
    settle()
    assert records(db_path, [pid]) == after
    window.undo_action.trigger()
    settle()
    assert records(db_path, [pid]) == before


# --- bulk actions -------------------------------------------------------------------------


def test_bulk_status_change_and_its_undo_and_redo(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 10)
    window, screen = open_people(qtbot, launch, db_path)
    names = [person_data(n).full_name for n in (1, 2, 5)]
    ids = [participant_of(db_path, n) for n in names]
    everyone = [participant_of(db_path, person_data(n).full_name) for n in range(10)]
    before = records(db_path, everyone)
    click_row(qtbot, screen, names[0])
    for name in names[1:]:
        click_row(qtbot, screen, name, CTRL)
    assert sorted(screen.selected_ids()) == sorted(ids)
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.status_action), LEFT)
    dialog = wait_dialog(qtbot, screen)
    assert dialog.intro.text() == "Give 3 people the same status."
    dialog.status.setCurrentIndex(dialog.status.findText("Withdrawn"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    wait_closed(qtbot, screen)  # closed (and gone) once saved
    statuses = dict(query(db_path, "SELECT id, status FROM participant"))
    assert all(statuses[pid] == "withdrawn" for pid in ids)
    assert sum(1 for s in statuses.values() if s == "withdrawn") == 3
    after = records(db_path, everyone)
    assert window.undo_stack.undoText() == "Set the status of 3 people to Withdrawn"
    qtbot.waitUntil(lambda: sorted(screen.selected_ids()) == sorted(ids))

    window.undo_action.trigger()
    settle()
    assert records(db_path, everyone) == before
    window.redo_action.trigger()
    settle()
    assert records(db_path, everyone) == after


# --- checklist and readiness ----------------------------------------------------------------


def test_ticking_the_last_step_makes_someone_ready(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 6)
    window, screen = open_people(qtbot, launch, db_path)
    name = person_data(2).full_name  # two of three steps done
    pid = participant_of(db_path, name)
    click_row(qtbot, screen, name)
    panel = screen.checklist
    qtbot.waitUntil(lambda: panel.data is not None and panel.data.participant_id == pid)
    assert panel.readiness.text() == (
        "Not ready for matching yet. Still to do: Mentoring orientation."
    )
    column = screen.proxy.index(row_of(screen, name), Column.READINESS)
    assert column.data() == "Not ready: 1 step"
    line = next(line for line in panel.lines if line.done.text() == "Mentoring orientation")
    assert not line.done.isChecked() and not line.when.isVisible()
    qtbot.mouseClick(line.done, LEFT, pos=QPoint(8, line.done.height() // 2))
    settle()
    assert query(
        db_path,
        "SELECT r.completed_on, p.status FROM step_record r "
        "JOIN program_step s ON s.id = r.step_id JOIN participant p ON p.id = r.participant_id "
        "WHERE r.participant_id = ? AND s.name = 'Mentoring orientation'",
        (pid,),
    ) == [(date.today().isoformat(), "ready")]
    qtbot.waitUntil(lambda: panel.readiness.text().startswith("Ready for matching"))
    qtbot.waitUntil(
        lambda: screen.proxy.index(row_of(screen, name), Column.READINESS).data() == "Ready"
    )
    # Unticking is a change like any other: undo puts the tick back where it was.
    window.undo_action.trigger()
    settle()
    qtbot.waitUntil(lambda: panel.readiness.text().startswith("Not ready"))
    assert query(
        db_path,
        "SELECT count(*) FROM step_record r JOIN program_step s ON s.id = r.step_id "
        "WHERE r.participant_id = ? AND s.name = 'Mentoring orientation'",
        (pid,),
    ) == [(0,)]


def test_an_override_needs_a_reason_and_is_recorded(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 6)
    _window, screen = open_people(qtbot, launch, db_path)
    name = person_data(1).full_name
    pid = participant_of(db_path, name)
    click_row(qtbot, screen, name)
    panel = screen.checklist
    qtbot.waitUntil(lambda: panel.data is not None and panel.data.participant_id == pid)
    assert panel.override_button.isVisible()
    qtbot.mouseClick(panel.override_button, LEFT)
    qtbot.waitUntil(lambda: bool(panel.findChildren(QDialog, "override_dialog")))
    dialog = panel.findChildren(QDialog, "override_dialog")[0]
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Say why this person may be matched before finishing their steps."
    assert dialog.isVisible()
    assert query(db_path, "SELECT readiness_override FROM participant WHERE id = ?", (pid,)) == [
        (0,)
    ]
    qtbot.keyClicks(dialog.reason, "References checked by phone; paperwork follows.")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    qtbot.waitUntil(lambda: not panel.findChildren(QDialog, "override_dialog"))
    stored = query(
        db_path,
        "SELECT readiness_override, readiness_override_reason, readiness_override_at "
        "FROM participant WHERE id = ?",
        (pid,),
    )
    assert stored[0][:2] == (1, "References checked by phone; paperwork follows.")
    assert stored[0][2] is not None
    assert query(
        db_path,
        "SELECT action FROM change_record WHERE entity = 'participant' AND entity_id = ? "
        "ORDER BY id DESC LIMIT 1",
        (pid,),
    ) == [("readiness_override",)]
    qtbot.waitUntil(lambda: "by override" in panel.readiness.text())
    assert "References checked by phone" in panel.readiness.text()
    qtbot.waitUntil(
        lambda: (
            screen.proxy.index(row_of(screen, name), Column.READINESS).data() == "Ready (override)"
        )
    )
    qtbot.mouseClick(panel.remove_override_button, LEFT)
    settle()
    assert query(
        db_path,
        "SELECT readiness_override, readiness_override_reason FROM participant WHERE id = ?",
        (pid,),
    ) == [(0, None)]


# --- erasing ---------------------------------------------------------------------------------


def test_erase_asks_naming_what_goes_and_declining_changes_nothing(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 6)
    window, screen = open_people(qtbot, launch, db_path)
    name = person_data(0).full_name
    before = {t: query(db_path, f"SELECT * FROM {t}") for t in ("person", "participant")}
    click_row(qtbot, screen, name)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    box = wait_box(qtbot, window, "erase_confirm")
    assert box.text() == f"Erase {name} from this file?"
    details = box.informativeText()
    assert f"{name}'s name, email, phone, pronouns, gender and notes" in details
    assert "Spring Mentoring 2026" in details
    assert "Backups made before now still hold their data until they rotate out" in details
    click_box_button(qtbot, box, QMessageBox.ButtonRole.RejectRole)
    settle()
    assert {t: query(db_path, f"SELECT * FROM {t}") for t in ("person", "participant")} == before
    assert name in shown_names(screen)


def test_erase_removes_the_persons_data_from_the_file(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 6)
    window, screen = open_people(qtbot, launch, db_path)
    data = person_data(3)
    pid = participant_of(db_path, data.full_name)
    assert window.undo_stack.count() == 0
    click_row(qtbot, screen, data.full_name)
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.erase_action), LEFT)
    box = wait_box(qtbot, window, "erase_confirm")
    click_box_button(qtbot, box, QMessageBox.ButtonRole.AcceptRole)
    settle()
    qtbot.waitUntil(lambda: data.full_name not in shown_names(screen))
    assert "Erased person" in shown_names(screen)
    assert query(
        db_path,
        "SELECT s.full_name, s.email, s.phone, s.notes, p.notes, p.department "
        "FROM participant p JOIN person s ON s.id = p.person_id WHERE p.id = ?",
        (pid,),
    ) == [("Erased person", None, None, "", "", None)]
    tags = query(db_path, "SELECT count(*) FROM participant_tag WHERE participant_id = ?", (pid,))
    assert tags == [(0,)]
    window.close_file()
    raw = db_path.read_bytes()
    for secret in (data.full_name, data.email, data.notes):
        assert secret.encode() not in raw, f"{secret!r} is still in the file"


# --- export ------------------------------------------------------------------------------------


def test_export_writes_the_view_as_shown(
    qtbot: QtBot, launch: Launcher, db_path: Path, tmp_path: Path
) -> None:
    make_file(db_path, 20)
    db = open_database(db_path)
    try:  # text a spreadsheet would run as a formula must come out as text
        pid = people.list_participants(db, 1, search=person_data(0).email)[0].participant_id
        edited = people.get_person(db, pid)
        edited.department = '=HYPERLINK("http://example.org")'
        people.update_person(db, pid, edited)
    finally:
        db.close()
    _window, screen = open_people(qtbot, launch, db_path)
    screen.set_column_shown(Column.YEARS, True)
    screen.set_column_shown(Column.JOINED, True)
    screen.role_filter.setCurrentIndex(screen.role_filter.findText("Mentor"))
    screen.table.sortByColumn(Column.YEARS, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "exports" / "mentors.xlsx"
    target.parent.mkdir()
    with qtbot.waitSignal(screen.exported, timeout=15000):
        screen.export(target)
    settle()

    book = load_workbook(target)
    sheet = book.active
    assert sheet.title == "People"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{chr(ord('A') + 8)}{screen.proxy.rowCount() + 1}"
    header = [c.value for c in sheet[1]]
    assert header == [
        "Name", "Role", "Status", "Readiness", "Department", "Matched with", "Interests",
        "Years of experience", "Joined",
    ]  # fmt: skip
    assert all(c.font.b for c in sheet[1]) and sheet["A1"].fill.fgColor.rgb.endswith("2F6690")
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    shown = screen.proxy.visible_rows()
    assert [r[0] for r in rows] == [r.name for r in shown]
    assert {r[1] for r in rows} == {"Mentor"}
    years = [r[7] for r in rows]
    assert all(isinstance(y, int | float) for y in years) and years == sorted(years, reverse=True)
    assert {row[7].data_type for row in sheet.iter_rows(min_row=2)} == {"n"}
    assert [r[8].date() for r in rows] == [r.joined_on for r in shown]
    formula_row = next(
        row for row in sheet.iter_rows(min_row=2) if row[0].value == person_data(0).full_name
    )
    assert formula_row[4].value == '=HYPERLINK("http://example.org")'
    assert formula_row[4].data_type == "s"  # text, not a formula
    assert [p.name for p in target.parent.iterdir()] == ["mentors.xlsx"]  # no temp file left


def test_export_asks_before_replacing_and_says_when_the_file_is_locked(
    qtbot: QtBot, launch: Launcher, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_file(db_path, 5)
    window, screen = open_people(qtbot, launch, db_path)
    target = tmp_path / "people.xlsx"
    target.write_bytes(b"an older export")
    screen.export(target)
    box = wait_box(qtbot, window, "export_replace")
    assert "“people.xlsx” already exists" in box.text()
    click_box_button(qtbot, box, QMessageBox.ButtonRole.RejectRole)
    settle()
    assert target.read_bytes() == b"an older export"

    # Excel holds the file: replacing it is refused, and the user is told what to do.
    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    screen.export(target)
    click_box_button(
        qtbot, wait_box(qtbot, window, "export_replace"), QMessageBox.ButtonRole.AcceptRole
    )
    error = wait_box(qtbot, window, "userError")
    assert "is open in another program (Excel, perhaps), so it cannot be replaced" in error.text()
    assert target.read_bytes() == b"an older export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []
    error.close()
    monkeypatch.undo()

    screen.export(target)
    with qtbot.waitSignal(screen.exported, timeout=15000):
        click_box_button(
            qtbot, wait_box(qtbot, window, "export_replace"), QMessageBox.ButtonRole.AcceptRole
        )
    assert load_workbook(target).active.max_row == 6


# --- columns and keys ----------------------------------------------------------------------------


def test_the_columns_are_remembered_in_a_new_window(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 5)
    window, screen = open_people(qtbot, launch, db_path)
    header = screen.table.horizontalHeader()
    header.moveSection(header.visualIndex(Column.DEPARTMENT), 1)
    header.resizeSection(Column.NAME, 233)
    screen.set_column_shown(Column.INTERESTS, False)
    screen.set_column_shown(Column.EMAIL, True)
    screen.table.sortByColumn(Column.STATUS, Qt.SortOrder.DescendingOrder)
    window.close()

    again, screen2 = open_people(qtbot, launch, db_path)
    header2 = screen2.table.horizontalHeader()
    assert header2.visualIndex(Column.DEPARTMENT) == 1
    assert header2.sectionSize(Column.NAME) == 233
    assert header2.isSectionHidden(Column.INTERESTS)
    assert not header2.isSectionHidden(Column.EMAIL)
    assert header2.sortIndicatorSection() == Column.STATUS
    assert header2.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    statuses = [r.status for r in screen2.proxy.visible_rows()]
    order = list(ParticipantStatus)
    assert [order.index(s) for s in statuses] == sorted(
        (order.index(s) for s in statuses), reverse=True
    )
    again.close()


def test_keys_search_edit_and_erase(qtbot: QtBot, launch: Launcher, db_path: Path) -> None:
    make_file(db_path, 5)
    window, screen = open_people(qtbot, launch, db_path)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, CTRL)
    assert screen.search.hasFocus()
    qtbot.keyClicks(screen.search, person_data(2).full_name)
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)  # down into the table, first row selected
    assert screen.table.hasFocus() and len(screen.selected_ids()) == 1
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, screen)
    assert dialog.full_name.text() == person_data(2).full_name
    dialog.reject()
    wait_closed(qtbot, screen)
    activate(qtbot, window)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    box = wait_box(qtbot, window, "erase_confirm")
    click_box_button(qtbot, box, QMessageBox.ButtonRole.RejectRole)


def test_the_program_without_people_invites_to_add_them(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    make_file(db_path, 0)
    _window, screen = open_people(qtbot, launch, db_path)
    assert screen.body.currentWidget() is screen.empty
    assert "Nobody has joined this program yet." in screen.empty_text.text()
    assert not screen.export_action.isEnabled()
    qtbot.mouseClick(screen.empty_add, LEFT)
    dialog = wait_dialog(qtbot, screen)
    qtbot.keyClicks(dialog.full_name, "First Person")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    settle()
    qtbot.waitUntil(lambda: screen.body.currentWidget() is screen.splitter)
    assert shown_names(screen) == ["First Person"]


# --- screenshots --------------------------------------------------------------------------------


def test_screenshots(qtbot: QtBot, launch: Launcher, db_path: Path) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    make_file(db_path, 40)
    window, screen = open_people(qtbot, launch, db_path)
    click_row(qtbot, screen, person_data(2).full_name)
    qtbot.waitUntil(lambda: screen.checklist.data is not None)
    QApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / "people-screen.png"))

    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, screen)
    QApplication.processEvents()
    assert dialog.grab().save(str(SCREENSHOTS / "people-dialog.png"))
    dialog.tabs.setCurrentIndex(1)
    assert dialog.grab().save(str(SCREENSHOTS / "people-dialog-tags.png"))
    dialog.tabs.setCurrentIndex(2)
    assert dialog.grab().save(str(SCREENSHOTS / "people-dialog-notes.png"))
    dialog.reject()
    wait_closed(qtbot, screen)
    activate(qtbot, window)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    box = wait_box(qtbot, window, "erase_confirm")
    assert box.grab().save(str(SCREENSHOTS / "people-erase.png"))
    click_box_button(qtbot, box, QMessageBox.ButtonRole.RejectRole)

    activate(qtbot, window)
    qtbot.mouseClick(screen.checklist.override_button, LEFT)
    qtbot.waitUntil(lambda: bool(screen.checklist.findChildren(QDialog, "override_dialog")))
    override = screen.checklist.findChildren(QDialog, "override_dialog")[0]
    qtbot.mouseClick(override.ok_button, LEFT)  # no reason given: the inline message shows
    assert override.grab().save(str(SCREENSHOTS / "people-override.png"))
    override.reject()

    click_row(qtbot, screen, person_data(5).full_name, CTRL)
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.step_action), LEFT)
    bulk = wait_dialog(qtbot, screen)
    assert bulk.grab().save(str(SCREENSHOTS / "people-bulk-step.png"))
    bulk.reject()
    wait_closed(qtbot, screen)

    screen.search.setText("lead")
    qtbot.waitUntil(lambda: screen.checklist.data is None)  # the selection was filtered out
    QApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / "people-search.png"))
