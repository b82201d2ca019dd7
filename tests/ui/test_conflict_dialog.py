"""A coordinator's save that another coordinator's came before: the conflict dialog
(issue 18.1), driven with the mouse and the keyboard.

The window edits Ana Ruiz on a shared database; sam, with a connection of their own
(a second :class:`Database` on the same server database), saves her record while the
form is open. Saving the form then shows both versions; the coordinator picks, field
by field, and what is stored is what they chose.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import db_rows
import pytest
from pytestqt.qtbot import QtBot

from peerdesk import people
from peerdesk.database import Database, open_database
from peerdesk.enums import Role, TagKind
from peerdesk.program import programs
from ui import operations
from ui.conflict_dialog import ConflictDialog
from ui.main_window import MainWindow
from ui.people.rows import Column
from ui.people.screen import PeopleScreen
from ui.qt import QApplication, QRadioButton, Qt

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]
POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def _program(db: Database) -> int:
    program_id = programs.create_program(db, programs.quick_settings("Spring 2026"))
    for name, email, department in (
        ("Ana Ruiz", "ana.ruiz@example.org", "Finance"),
        ("Bo Chen", "bo.chen@example.org", "IT"),
    ):
        people.add_person(
            db,
            program_id,
            people.PersonData(
                full_name=name,
                email=email,
                role=Role.MENTEE,
                department=department,
                location="Leeds",
                tags={TagKind.INTEREST: ["Chess"]},
            ),
        )
    return program_id


def _ana(db: Database) -> int:
    ((found,),) = db_rows.query(
        db,
        "SELECT a.id FROM participant a JOIN person p ON p.id = a.person_id WHERE p.full_name = ?",
        "Ana Ruiz",
    )
    return int(found)


def _open_ana(qtbot: QtBot, window: MainWindow) -> object:
    screen = window.show_screen("people")
    assert isinstance(screen, PeopleScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and not operations.busy())
    proxy = screen.proxy
    row = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, Column.NAME).data() == "Ana Ruiz"
    )
    screen.table.scrollTo(proxy.index(row, 0))
    rect = screen.table.visualRect(proxy.index(row, Column.NAME))
    qtbot.mouseClick(screen.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.edit_action), LEFT)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    dialog = screen.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit Ana Ruiz"
    return dialog


def _conflict(qtbot: QtBot, dialog: object) -> ConflictDialog:
    qtbot.waitUntil(
        lambda: (
            getattr(dialog, "conflict_dialog", None) is not None
            and dialog.conflict_dialog.isVisible()
        ),  # type: ignore[attr-defined]
        timeout=10000,
    )
    found = dialog.conflict_dialog  # type: ignore[attr-defined]
    assert isinstance(found, ConflictDialog)
    return found


def _stored(db: Database, participant_id: int) -> tuple[str, str, str, str]:
    data = people.get_person(db, participant_id)
    return data.department, data.location, data.phone, data.notes


@POPUP
def test_a_save_after_someone_elses_shows_both_and_merges_field_by_field(
    qtbot: QtBot, launch: Launcher, pg_url: str
) -> None:
    with open_database(pg_url) as setup:
        _program(setup)
    window = launch(pg_url)
    window.resize(1280, 800)
    dialog = _open_ana(qtbot, window)

    # sam saves Ana's record from another PeerDesk while the form is open.
    with open_database(pg_url) as sam:
        sam.actor = "sam"
        ana = _ana(sam)
        theirs = people.get_person(sam, ana)
        theirs.department, theirs.phone = "Audit", "0113 496 0000"
        people.update_person(sam, ana, theirs, expected_version=theirs.version)

    # Meanwhile, in the form: a department, a location and a note of one's own.
    dialog.department.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.department, "Tax")  # type: ignore[attr-defined]
    dialog.location.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.location, "York")  # type: ignore[attr-defined]
    dialog.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.notes, "Prefers mornings")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, LEFT)  # type: ignore[attr-defined]
    conflict = _conflict(qtbot, dialog)

    assert conflict.headline.text().startswith("Ana Ruiz's record was changed by sam at ")
    assert conflict.headline.text().endswith(" while you were editing.")
    assert conflict.differing == ["phone", "department", "location", "notes"]
    assert conflict.findChild(QRadioButton, "mine:phone") is not None
    assert conflict.findChild(QRadioButton, "mine:full_name") is None  # the same on both sides
    # Fields only sam changed start on theirs, fields typed here on mine.
    assert conflict.radio("phone", "theirs").isChecked()
    assert conflict.radio("department", "mine").isChecked()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert conflict.grab().save(str(SCREENSHOTS / "conflict_dialog.png"))

    # Keep sam's department (a click), and their location too (the keyboard: focus the
    # row's "theirs" and press space); keep the phone as sam saved it and the note typed.
    qtbot.mouseClick(conflict.radio("department", "theirs"), LEFT)
    conflict.radio("location", "theirs").setFocus()
    qtbot.keyClick(conflict.radio("location", "theirs"), Qt.Key.Key_Space)
    assert conflict.mine_chosen() == ["notes"]
    qtbot.mouseClick(conflict.copy_button, LEFT)
    copied = QApplication.clipboard().text()
    assert "Department: Tax" in copied and "Location: York" in copied
    with qtbot.waitSignal(dialog.saved, timeout=10000):  # type: ignore[attr-defined]
        qtbot.mouseClick(conflict.merge_button, LEFT)
    operations.wait_idle(15)
    qtbot.waitUntil(lambda: window.show_screen("people").dialog is None)  # saved and closed
    with open_database(pg_url) as check:
        assert _stored(check, ana) == ("Audit", "Leeds", "0113 496 0000", "Prefers mornings")
        # Undo takes back this save only: sam's version, as it was before it.
        window.undo_action.trigger()
        operations.wait_idle(15)
        assert _stored(check, ana) == ("Audit", "Leeds", "0113 496 0000", "")


@POPUP
def test_keeping_theirs_closes_the_form_and_saves_nothing(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    """On a file the other save is this window's own core call (one writer at a time)."""
    from peerdesk.database import create_database

    with create_database(db_path) as setup:
        _program(setup)
    window = launch(db_path)
    dialog = _open_ana(qtbot, window)
    assert window.db is not None
    ana = _ana(window.db)
    theirs = people.get_person(window.db, ana)
    theirs.location = "Hull"
    people.update_person(window.db, ana, theirs, expected_version=theirs.version)

    dialog.location.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.location, "York")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, LEFT)  # type: ignore[attr-defined]
    conflict = _conflict(qtbot, dialog)
    assert conflict.differing == ["location"]
    assert conflict.findChild(type(conflict.headline), "mine_value:location").text() == "York"
    qtbot.mouseClick(conflict.theirs_button, LEFT)
    qtbot.waitUntil(lambda: window.show_screen("people").dialog is None)
    operations.wait_idle(15)
    assert _stored(window.db, ana)[1] == "Hull"
    assert not window.undo_stack.canUndo()  # nothing was saved, so nothing to undo


def test_program_settings_saved_after_someone_elses_keep_mine(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    """The settings dialog closes on OK; the save's refusal comes back to the window, which
    shows both versions; keep mine saves the form's values over the other save."""
    from form_helpers import child, replace_text

    from peerdesk.database import create_database
    from ui.qt import QDialogButtonBox, QLineEdit

    with create_database(db_path) as setup:
        program_id = _program(setup)
    window = launch(db_path)
    window.edit_program_settings()
    settings = window.settings_dialog
    assert settings is not None
    assert window.db is not None
    theirs = programs.load_settings(window.db, program_id)
    theirs.organization_name = "Riverside Clinic"
    programs.update_program(window.db, program_id, theirs, expected_version=theirs.version)

    replace_text(qtbot, child(settings, QLineEdit, "organization_name"), "Riverside Trust")
    ok = settings.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(
        lambda: (
            getattr(window, "settings_conflict", None) is not None
            and window.settings_conflict.isVisible()
        ),
        timeout=10000,
    )
    conflict = window.settings_conflict
    assert conflict.headline.text().startswith("The settings of Spring 2026 were changed by ")
    assert conflict.differing == ["organization_name"]
    qtbot.mouseClick(conflict.mine_button, LEFT)
    operations.wait_idle(15)
    stored = programs.load_settings(window.db, program_id)
    assert stored.organization_name == "Riverside Trust"
    assert stored.version == (3,)


@POPUP
def test_a_second_change_while_choosing_shows_the_dialog_again(
    qtbot: QtBot, launch: Launcher, db_path: Path
) -> None:
    """Keep mine saves against the version the dialog showed; when yet another save came
    in meanwhile, the dialog opens again with the newest values, and nothing is lost."""
    from peerdesk.database import create_database

    with create_database(db_path) as setup:
        _program(setup)
    window = launch(db_path)
    dialog = _open_ana(qtbot, window)
    assert window.db is not None
    ana = _ana(window.db)

    def someone_sets(location: str) -> None:
        assert window.db is not None
        theirs = people.get_person(window.db, ana)
        theirs.location = location
        people.update_person(window.db, ana, theirs, expected_version=theirs.version)

    someone_sets("Hull")
    dialog.location.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.location, "York")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, LEFT)  # type: ignore[attr-defined]
    first = _conflict(qtbot, dialog)
    assert first.findChild(type(first.headline), "theirs_value:location").text() == "Hull"
    someone_sets("Wakefield")  # while the coordinator reads the first dialog
    qtbot.mouseClick(first.mine_button, LEFT)
    qtbot.waitUntil(
        lambda: (
            dialog.conflict_dialog is not first  # type: ignore[attr-defined]
            and dialog.conflict_dialog.isVisible()
        ),  # type: ignore[attr-defined]
        timeout=10000,
    )
    second = dialog.conflict_dialog  # type: ignore[attr-defined]
    assert second.findChild(type(second.headline), "theirs_value:location").text() == "Wakefield"
    assert second.findChild(type(second.headline), "mine_value:location").text() == "York"
    qtbot.mouseClick(second.mine_button, LEFT)
    qtbot.waitUntil(lambda: window.show_screen("people").dialog is None, timeout=10000)
    operations.wait_idle(15)
    assert _stored(window.db, ana)[1] == "York"
