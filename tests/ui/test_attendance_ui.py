"""Attendance at a group session, marked as a coordinator marks it: from the keyboard.

A training of twelve mentors that completes the program's "Orientation training" step
is held this week. The dashboard lists it under *This week*; Enter opens its checklist,
where Space ticks who came, E and A mark the excused and the absent, and Save writes it
all as one undo step. The mentors who attended have the step with the session's date
and, their last required step done, show as ready on the People screen; the dashboard's
attendance card shows the rate; Edit → Undo takes all of it back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from elision import problems
from pytestqt.qtbot import QtBot

from peerdesk import people
from peerdesk.calendar import zones
from peerdesk.database import open_or_create
from peerdesk.enums import ParticipantStatus, Role, StepKind
from peerdesk.groups.sessions import Invite, SessionPlan, create_sessions
from peerdesk.models import ProgramStep
from peerdesk.program import programs
from peerdesk.program.settings import StepSetting
from ui import operations
from ui.calendar.attendance_dialog import AttendanceDialog, open_attendance
from ui.calendar.attendance_list import (
    ABSENT,
    ATTENDED,
    EXCUSED,
    INVITED,
    AttendanceModel,
    Column,
    Entry,
)
from ui.dashboard.screen import DashboardScreen
from ui.main_window import MainWindow
from ui.people.rows import Column as PeopleColumn
from ui.people.screen import PeopleScreen
from ui.qt import QApplication, QComboBox, QPoint, Qt, QWidget

Launcher = Callable[..., MainWindow]
LEFT = Qt.MouseButton.LeftButton
SHOTS = Path("/tmp/g2b")
MENTORS = [
    "Ana Rivera", "Bo Chen", "Cy Diaz", "Dee Okafor", "Eli Novak", "Fay Haddad",
    "Gus Silva", "Hana Kim", "Ivo Berg", "Jo Moreau", "Kai Rivera", "Lin Chen",
]  # fmt: skip

MENTEE = "Zoe Quinn"


def today() -> date:
    return zones.today_in()


def make_file(path: Path | str) -> dict[str, Any]:
    """Twelve screened mentors with their application done, and a mentee; a training today
    (from midnight, so it has been held) completes the mentors' last required step."""
    with open_or_create(path) as db:  # a new file, or a server database set up for PeerDesk
        settings = programs.quick_settings("Spring mentoring")
        settings.start_date, settings.end_date = today() - timedelta(days=60), None
        settings.steps = [
            StepSetting("Application", StepKind.SCREENING, True),
            StepSetting("Orientation training", StepKind.TRAINING, True, 1.5),
        ]
        program_id = programs.create_program(db, settings)
        with db.reading() as session:
            steps = {
                s.name: s.id
                for s in session.query(ProgramStep).filter_by(program_id=program_id).all()
            }
        ids = [
            people.add_person(
                db,
                program_id,
                people.PersonData(
                    full_name=name,
                    email=name.lower().replace(" ", ".") + "@example.org",
                    role=Role.MENTOR,
                    status=ParticipantStatus.SCREENED,
                ),
            )
            for name in MENTORS
        ]
        people.record_step(db, ids, steps["Application"], today() - timedelta(days=30))
        people.add_person(  # in the program, but the mentors' training does not invite her
            db,
            program_id,
            people.PersonData(full_name=MENTEE, email="zoe.quinn@example.org", role=Role.MENTEE),
        )
        training = create_sessions(
            db,
            program_id,
            SessionPlan(
                kind="training",
                title="Mentor training",
                day=today(),
                local_time=time(0, 0),
                length_minutes=90,
                place="Room 4",
                invite=Invite.MENTORS,
                completes_step_id=steps["Orientation training"],
            ),
        ).created[0]
    return {"program": program_id, "people": ids, "training": training, "steps": steps}


def query(where: Path | str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the file with plain sqlite3 (a server with a SQLAlchemy engine of its own)."""
    if isinstance(where, str):
        from sqlalchemy import create_engine, text

        engine = create_engine(where)
        try:
            with engine.connect() as conn:
                names = {f"p{n}": value for n, value in enumerate(params)}
                for n in range(len(params)):
                    sql = sql.replace("?", f":p{n}", 1)
                return [tuple(row) for row in conn.execute(text(sql), names)]
        finally:
            engine.dispose()
    conn = sqlite3.connect(f"file:{where}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def marks(path: Path | str, session_id: int) -> dict[str, str]:
    return dict(
        query(
            path,
            "SELECT s.full_name, a.status FROM session_attendance a "
            "JOIN participant p ON p.id = a.participant_id JOIN person s ON s.id = p.person_id "
            "WHERE a.session_id = ?",
            (session_id,),
        )
    )


def training_done(path: Path | str, step_id: int) -> dict[str, str]:
    """Who has the training step recorded, and on what day."""
    return {
        name: str(day)  # a server gives a date, a file its ISO text
        for name, day in query(
            path,
            "SELECT s.full_name, r.completed_on FROM step_record r "
            "JOIN participant p ON p.id = r.participant_id JOIN person s ON s.id = p.person_id "
            "WHERE r.step_id = ? AND r.completed_on IS NOT NULL",
            (step_id,),
        )
    }


def settle() -> None:
    operations.wait_idle(20)
    QApplication.processEvents()
    operations.wait_idle(20)


def wait_dialog(qtbot: QtBot, where: QWidget) -> AttendanceDialog:
    def shown() -> AttendanceDialog | None:
        found = [d for d in where.findChildren(AttendanceDialog) if d.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=10000)
    dialog = shown()
    assert dialog is not None
    return dialog


def choose_sheet(
    qtbot: QtBot,
    window: MainWindow,
    session_id: int,
    sheet: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    readable: bool = True,
) -> AttendanceDialog:
    """Open the session's attendance, click Import sign-in sheet… and pick ``sheet`` in
    the file dialog; returns the checklist once a ``readable`` sheet's matches show."""
    open_attendance(window, session_id)
    dialog = wait_dialog(qtbot, window)
    monkeypatch.setattr(dialog, "ask_open_file", lambda title, start: sheet)
    if not readable:
        qtbot.mouseClick(dialog.import_button, LEFT)
        return dialog
    with qtbot.waitSignal(dialog.import_read, timeout=20000):
        qtbot.mouseClick(dialog.import_button, LEFT)
    return dialog


def wait_closed(qtbot: QtBot, where: QWidget) -> None:
    """The dialog saved and closed (and, opened with delete-on-close, went)."""
    qtbot.waitUntil(lambda: not [d for d in where.findChildren(AttendanceDialog) if d.isVisible()])


def undo(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()


@pytest.fixture
def program(db_path: Path) -> dict[str, Any]:
    return make_file(db_path)


@pytest.fixture(params=["file", "server"])
def where(request: pytest.FixtureRequest, db_path: Path) -> Path | str:
    """The program in a file, then on a shared PostgreSQL database."""
    return db_path if request.param == "file" else str(request.getfixturevalue("pg_url"))


def open_dashboard(
    qtbot: QtBot, launch: Launcher, path: Path
) -> tuple[MainWindow, DashboardScreen]:
    window = launch(path)
    window.resize(1280, 900)
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.sessions.data is not None, timeout=15000)
    settle()
    return window, screen


def test_marking_attendance_with_the_keyboard_from_this_weeks_list(
    qtbot: QtBot, launch: Launcher, where: Path | str
) -> None:
    program = make_file(where)
    window, screen = open_dashboard(qtbot, launch, where)
    section = screen.sessions
    # This week's list has the training, nobody marked yet; the card has no rate yet.
    table = section.table
    assert table.isVisible()
    row = [section.model.index(0, c).data() for c in range(section.model.columnCount())]
    assert row[1:] == ["Training", "Mentor training", "12 invited"]
    assert section.card.value.text() == "–"
    assert section.card.detail.text() == "1 session held, its attendance not marked yet"

    # Enter on the week's session opens its checklist.
    table.setFocus()
    table.setCurrentIndex(section.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, screen)
    assert dialog.heading.text() == "Training: Mentor training"
    assert "Room 4" in dialog.when.text()
    assert "Orientation training" in dialog.step_note.text()
    names = [e.name for e in dialog.model.entries]
    assert names == sorted(MENTORS)
    assert dialog.table.hasFocus()

    # Space on the first nine, moving down with the arrow; the tenth excused, the
    # last two absent (Shift+Down selects both).
    checklist = dialog.table
    for _n in range(9):
        qtbot.keyClick(checklist, Qt.Key.Key_Space)
        qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_E)
    qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(checklist, Qt.Key.Key_A)
    chosen = [e.status for e in dialog.model.entries]
    assert chosen == [ATTENDED] * 9 + [EXCUSED, ABSENT, ABSENT]
    assert dialog.counts.text() == (
        "12 invited · 9 attended · 1 excused · 2 absent · 12 changes to save"
    )
    # Space again on a ticked row unticks it; once more ticks it back.
    qtbot.keyClick(checklist, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert dialog.model.entries[0].status == INVITED
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert dialog.model.entries[0].status == ATTENDED

    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "attendance_dialog.png"))
    assert problems(dialog) == []  # no text cut off
    undo_steps = window.undo_stack.count()
    qtbot.keyClick(checklist, Qt.Key.Key_Return)  # Save, the default button
    settle()
    wait_closed(qtbot, screen)

    came = sorted(MENTORS)[:9]
    stored = marks(where, program["training"])
    assert stored == {
        **dict.fromkeys(came, "attended"),
        sorted(MENTORS)[9]: "excused",
        **dict.fromkeys(sorted(MENTORS)[10:], "absent"),
    }
    step = program["steps"]["Orientation training"]
    assert training_done(where, step) == dict.fromkeys(came, today().isoformat())
    assert window.undo_stack.count() == undo_steps + 1
    assert window.undo_stack.undoText() == "Mark attendance of 12 people"

    # The dashboard reads the rate again: 9 of the 12 marked attended.
    qtbot.waitUntil(lambda: section.card.value.text() == "75%", timeout=10000)
    assert section.card.detail.text() == "Training 75%\n9 of 12 marked attended"
    assert section.model.index(0, 3).data() == "12 invited · 9 attended"
    QApplication.processEvents()
    screen.grab().save(str(SHOTS / "dashboard.png"))
    assert problems(section) == []

    undo(qtbot, window)
    assert set(marks(where, program["training"]).values()) == {"invited"}
    assert training_done(where, step) == {}
    qtbot.waitUntil(lambda: section.card.value.text() == "–", timeout=10000)


def test_attending_the_training_makes_people_ready_and_undo_takes_it_back(
    qtbot: QtBot, launch: Launcher, db_path: Path, program: dict[str, Any]
) -> None:
    window = launch(db_path)
    window.resize(1280, 800)
    screen = window.show_screen("people")
    assert isinstance(screen, PeopleScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 13 and not operations.busy())

    def readiness(name: str) -> str:
        for row in range(screen.proxy.rowCount()):
            if screen.proxy.index(row, PeopleColumn.NAME).data() == name:
                return str(screen.proxy.index(row, PeopleColumn.READINESS).data())
        raise AssertionError(name)

    assert {readiness(n) for n in MENTORS} == {"Not ready: 1 step"}
    open_attendance(window, program["training"], parent=screen)
    dialog = wait_dialog(qtbot, screen)
    qtbot.mouseClick(dialog.everyone, LEFT)  # everyone came, but two
    assert {e.status for e in dialog.model.entries} == {ATTENDED}
    # Two did not come after all: found by name, then by e-mail (Ctrl+F, type, Enter).
    find = dialog.search
    for typed in ("dee", "ELI.NOVAK@"):
        qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert find.hasFocus()
        find.selectAll()
        qtbot.keyClicks(find, typed)
        assert dialog.proxy.rowCount() == 1
        qtbot.keyClick(find, Qt.Key.Key_Return)
        assert dialog.table.hasFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    # The rest absent: everyone not marked, not only those the search shows.
    qtbot.mouseClick(dialog.rest_absent, LEFT)
    missed = [e.name for e in dialog.model.entries if e.status == ABSENT]
    assert missed == [sorted(MENTORS)[3], sorted(MENTORS)[4]]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    settle()
    wait_closed(qtbot, screen)

    ready = [n for n in MENTORS if n not in missed]
    qtbot.waitUntil(lambda: all(readiness(n) == "Ready" for n in ready), timeout=10000)
    assert {readiness(n) for n in missed} == {"Not ready: 1 step"}
    statuses = dict(
        query(
            db_path,
            "SELECT s.full_name, p.status FROM participant p JOIN person s ON s.id = p.person_id",
        )
    )
    assert {statuses[n] for n in ready} == {"ready"}
    assert {statuses[n] for n in missed} == {"screened"}

    undo(qtbot, window)
    qtbot.waitUntil(lambda: {readiness(n) for n in MENTORS} == {"Not ready: 1 step"}, timeout=10000)
    after_undo = dict(
        query(db_path, "SELECT s.full_name, p.status FROM participant p JOIN person s "
              "ON s.id = p.person_id")
    )  # fmt: skip
    assert {after_undo[n] for n in MENTORS} == {"screened"}
    assert training_done(db_path, program["steps"]["Orientation training"]) == {}


def test_the_checklist_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = AttendanceModel(
        [
            Entry(1, "Ana Rivera", "mentor", INVITED, INVITED),
            Entry(2, "Bo Chen", "mentee", ATTENDED, ATTENDED),
            Entry(3, "Cy Diaz", "peer", EXCUSED, ABSENT),
        ]
    )
    qtmodeltester.check(model)
    model.toggle([0, 1])  # not all ticked: both ticked
    assert [e.status for e in model.entries] == [ATTENDED, ATTENDED, ABSENT]
    model.toggle([0, 1])  # all ticked: both unticked
    assert [e.status for e in model.entries] == [INVITED, INVITED, ABSENT]
    assert model.changed() == {2: INVITED, 3: ABSENT}


def test_a_sign_in_sheet_shows_who_it_found_before_ticking_them(
    qtbot: QtBot,
    launch: Launcher,
    db_path: Path,
    program: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sheet = tmp_path / "signed in.csv"
    signed = ["Ana Rivera", "bo chen", "CY DÍAZ", "", "Hana Kim"]
    lines = ["Name,Email,Signature"]
    lines += [f'"{name}",,signed' for name in signed if name]
    lines += [",GUS.SILVA@example.org ,signed", "Zoe Quinn,,signed", "Nobody Here,,signed"]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")

    window = launch(db_path)
    dialog = choose_sheet(qtbot, window, program["training"], sheet, monkeypatch)
    panel = dialog.panel
    assert panel.isVisible()
    assert panel.summary.text() == "\n".join(
        [
            "“signed in.csv”: 7 rows with a name or e-mail.",
            "5 invited people found.",
            "2 rows not matched, left out:",
            "  Row 7: “Zoe Quinn” was not invited to this session.",
            "  Row 8: “Nobody Here” is not anyone in this program.",
        ]
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "attendance_signin.png"))
    # Nothing is ticked until the coordinator agrees.
    assert {e.status for e in dialog.model.entries} == {INVITED}
    assert panel.apply.text() == "&Tick 5 people"
    assert panel.apply.hasFocus()  # Enter ticks them
    qtbot.keyClick(panel.apply, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert dialog.table.hasFocus()
    ticked = sorted(e.name for e in dialog.model.entries if e.status == ATTENDED)
    assert ticked == ["Ana Rivera", "Bo Chen", "Cy Diaz", "Gus Silva", "Hana Kim"]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    settle()
    wait_closed(qtbot, window)
    stored = marks(db_path, program["training"])
    assert sorted(n for n, s in stored.items() if s == "attended") == ticked
    assert window.undo_stack.undoText() == "Mark attendance of 5 people"


def test_a_sheet_without_names_says_so_and_changes_nothing(
    qtbot: QtBot,
    launch: Launcher,
    db_path: Path,
    program: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import Workbook

    sheet = tmp_path / "totals.xlsx"
    book = Workbook()
    book.active.append(["Team", "Hours"])
    book.active.append(["Finance", 3])
    book.save(sheet)

    window = launch(db_path)
    dialog = choose_sheet(qtbot, window, program["training"], sheet, monkeypatch, readable=False)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert "has no column titled Name, First name, Last name or Email" in dialog.error.text()
    assert not dialog.panel.isVisible()
    assert dialog.import_button.isEnabled()
    assert {e.status for e in dialog.model.entries} == {INVITED}
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), LEFT)
    settle()
    assert set(marks(db_path, program["training"]).values()) == {"invited"}


def test_the_attendance_column_has_a_drop_down_and_a_refused_save_says_why(
    qtbot: QtBot, launch: Launcher, db_path: Path, program: dict[str, Any]
) -> None:
    from peerdesk.groups.sessions import cancel_session

    window = launch(db_path)
    open_attendance(window, program["training"])
    dialog = wait_dialog(qtbot, window)
    table = dialog.table
    # F2 on the Attendance column opens the choice of four; Down twice is "Absent".
    table.setCurrentIndex(dialog.proxy.index(1, Column.STATUS))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox, "attendance_editor")
    assert editor is not None
    assert [editor.itemText(n) for n in range(editor.count())] == [
        "Attended", "Excused", "Absent", "Not marked",
    ]  # fmt: skip
    editor.setCurrentIndex(editor.findData(ABSENT))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the editor closes once the loop runs
    qtbot.waitUntil(lambda: dialog.model.entries[1].status == ABSENT)
    # A click in the tick's cell of the third row ticks it; another click unticks it.
    cell = table.visualRect(dialog.proxy.index(2, Column.ATTENDED))
    box = QPoint(cell.left() + 8, cell.center().y())  # on the box itself
    qtbot.mouseClick(table.viewport(), LEFT, pos=box)
    assert dialog.model.entries[2].status == ATTENDED
    qtbot.mouseClick(table.viewport(), LEFT, pos=cell.center())  # beside it
    assert dialog.model.entries[2].status == INVITED
    # The session is cancelled meanwhile (from the calendar, on the worker as the app
    # does): ticking someone as attended is then refused.
    db = window.db
    assert db is not None
    operations.Op(
        lambda state: cancel_session(db, program["training"]), success=lambda _changes: None
    ).run()
    settle()
    table.setCurrentIndex(dialog.proxy.index(0, Column.NAME))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    undo_steps = window.undo_stack.count()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    settle()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("This session was cancelled, so nobody can attend it.")
    assert dialog.buttons.isEnabled()
    assert set(marks(db_path, program["training"]).values()) == {"invited"}
    assert window.undo_stack.count() == undo_steps


def test_this_weeks_list_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, db_path: Path, program: dict[str, Any]
) -> None:
    from peerdesk.database import open_database
    from ui.dashboard.sessions import WeekModel, load_sessions

    with open_database(db_path) as db:
        data = load_sessions(db, program["program"], today())
    model = WeekModel()
    model.set_rows(data.week, today())
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_the_calendar_opens_a_sessions_attendance_on_a_double_click(
    qtbot: QtBot, launch: Launcher, db_path: Path, program: dict[str, Any]
) -> None:
    from ui.calendar.screen import CalendarScreen

    window = launch(db_path)
    window.resize(1280, 800)
    screen = window.show_screen("calendar")
    assert isinstance(screen, CalendarScreen)
    settle()
    screen.show_day(today())
    settle()
    point = screen.month_view.line_point(program["training"], session=True)
    assert point is not None
    qtbot.mouseDClick(screen.month_view.viewport(), LEFT, pos=point)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, AttendanceDialog), timeout=10000)
    dialog = screen.dialog
    assert isinstance(dialog, AttendanceDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.heading.text() == "Training: Mentor training"
    checklist = dialog.table
    qtbot.keyClick(checklist, Qt.Key.Key_Space)  # the first on the list came
    qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_A)  # the second did not
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    settle()
    qtbot.waitUntil(lambda: screen.dialog is None)
    first, second = sorted(MENTORS)[:2]
    stored = marks(db_path, program["training"])
    assert (stored[first], stored[second]) == ("attended", "absent")
    assert sorted(stored.values()).count("invited") == 10


def test_before_a_session_begins_only_apologies_can_be_marked(
    qtbot: QtBot, launch: Launcher, db_path: Path, program: dict[str, Any]
) -> None:
    with open_or_create(db_path) as db:
        workshop = create_sessions(
            db,
            program["program"],
            SessionPlan(
                kind="workshop",
                title="Listening well",
                day=today() + timedelta(days=8),
                local_time=time(17, 0),
                invite=Invite.MENTORS,
            ),
        ).created[0]
    window = launch(db_path)
    open_attendance(window, workshop)
    dialog = wait_dialog(qtbot, window)
    assert "has not begun yet" in dialog.hint.text()
    assert not dialog.everyone.isEnabled() and not dialog.rest_absent.isEnabled()
    assert not dialog.import_button.isEnabled()
    checklist = dialog.table
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    qtbot.keyClick(checklist, Qt.Key.Key_A)
    assert dialog.model.entries[0].status == INVITED
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("The session has not begun yet (")
    qtbot.keyClick(checklist, Qt.Key.Key_E)  # Ana sent her apologies
    assert dialog.model.entries[0].status == EXCUSED
    assert not dialog.error.isVisible()
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    settle()
    wait_closed(qtbot, window)
    stored = marks(db_path, workshop)
    assert stored[sorted(MENTORS)[0]] == "excused"
    assert sorted(stored.values()).count("invited") == 11


def test_a_cancelled_session_can_have_no_one_attend(
    qtbot: QtBot, launch: Launcher, db_path: Path, program: dict[str, Any]
) -> None:
    from peerdesk.groups.sessions import cancel_session

    with open_or_create(db_path) as db:
        cancel_session(db, program["training"])
    window = launch(db_path)
    open_attendance(window, program["training"])
    dialog = wait_dialog(qtbot, window)
    assert dialog.when.text().endswith("· cancelled")
    assert not dialog.everyone.isEnabled() and not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.model.entries[0].status == INVITED
    assert dialog.error.text() == (
        "This session was cancelled, so nobody can attend it. Restore it on the Calendar first."
    )
    qtbot.mouseClick(dialog.rest_absent, LEFT)  # who was told it was off: absent, if need be
    assert {e.status for e in dialog.model.entries} == {ABSENT}
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), LEFT)
    settle()
    assert set(marks(db_path, program["training"]).values()) == {"invited"}


def test_another_coordinators_dashboard_shows_the_attendance_marked(
    qtbot: QtBot, launch: Launcher, pg_url: str
) -> None:
    """Two coordinators on one shared database: attendance one marks reaches the other's
    open dashboard (its change notices), with no Refresh."""
    program = make_file(pg_url)
    marking, watching = launch(pg_url), launch(pg_url)
    screen = watching.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.sessions.data is not None, timeout=15000)
    settle()
    assert screen.sessions.card.value.text() == "–"

    open_attendance(marking, program["training"])
    dialog = wait_dialog(qtbot, marking)
    qtbot.mouseClick(dialog.everyone, LEFT)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    settle()
    wait_closed(qtbot, marking)
    qtbot.waitUntil(lambda: screen.sessions.card.value.text() == "100%", timeout=15000)
    assert screen.sessions.model.index(0, 3).data() == "12 invited · 12 attended"
