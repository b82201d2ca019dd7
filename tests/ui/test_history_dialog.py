"""Who did what, in the window (issue 18.3): the name asked on first connecting to a shared
database, and Program → History…, which shows who made each change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from peerdesk import people
from peerdesk.database import open_database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.program import programs
from tests.ui.test_shared_database import click, no_keyring, open_dialog, type_address
from ui import operations
from ui.history_dialog import HistoryDialog
from ui.main_window import MainWindow
from ui.qt import QApplication, QDialog, QLineEdit
from ui.server import identity

Launcher = Callable[..., MainWindow]
TRAINED = ParticipantStatus.TRAINED
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"  # git-ignored
SHOTS.mkdir(exist_ok=True)
__all__ = ["no_keyring"]  # a fixture these tests use


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryDialog:
    """Program → History…, as from the menu bar."""
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Program"
    )
    menu.aboutToShow.emit()  # what opening the menu does
    assert window.history_action.isEnabled()
    assert window.history_action in menu.actions()
    window.history_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.findChild(HistoryDialog), HistoryDialog))
    dialog = window.findChild(HistoryDialog)
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    wait_read(qtbot, dialog)
    return dialog


def wait_read(qtbot: QtBot, dialog: HistoryDialog) -> None:
    qtbot.waitUntil(lambda: dialog._op is None, timeout=20000)
    operations.wait_idle(20)
    QApplication.processEvents()


def test_the_history_names_who_made_each_change_and_filters_by_them(
    qtbot: QtBot, launch: Launcher, pg_url: str
) -> None:
    with open_database(pg_url) as sam, open_database(pg_url) as ana:
        sam.actor, ana.actor = "Sam Okafor", "Ana Ruiz"
        program_id = programs.create_program(sam, programs.quick_settings("Spring mentoring"))
        bo = people.add_person(
            ana, program_id, people.PersonData(full_name="Bo Chen", role=Role.MENTEE)
        )
        people.set_status(sam, [bo], ParticipantStatus.SCREENED)
        key = sam.key
    identity.remember(key, "Lee Park")  # chosen when this coordinator first connected
    window = launch(pg_url)
    assert window.db is not None and window.db.actor == "Lee Park"
    people.add_person(
        window.db, program_id, people.PersonData(full_name="Cy Diaz", role=Role.MENTOR)
    )

    dialog = open_history(qtbot, window)
    rows = dialog.rows()
    assert [(who, what) for _when, who, what in rows] == [
        ("Lee Park", "Added Cy Diaz"),
        ("Sam Okafor", "Set Bo Chen’s status to Screened"),
        ("Ana Ruiz", "Added Bo Chen"),
        ("Sam Okafor", "Created the program Spring mentoring"),
    ]
    assert all(when for when, _who, _what in rows)
    assert dialog.count.text() == "4 changes"
    assert dialog.you.text() == "Your changes are recorded as “Lee Park”."
    names = [dialog.who.itemText(i) for i in range(dialog.who.count())]
    assert names == ["Everyone", "Ana Ruiz", "Lee Park", "Sam Okafor"]
    dialog.resize(760, 360)
    QApplication.processEvents()
    dialog.grab().save(str(SHOTS / "history-dialog.png"))

    # A change made while it is open shows in it.
    from ui.people.commands import run_change

    run_change(window, "Set status", [bo], lambda db: people.set_status(db, [bo], TRAINED))
    qtbot.waitUntil(lambda: len(dialog.rows()) == 5, timeout=20000)
    assert dialog.rows()[0][1:] == ("Lee Park", "Set Bo Chen’s status to Trained")
    names = [dialog.who.itemText(i) for i in range(dialog.who.count())]

    dialog.who.setCurrentIndex(names.index("Sam Okafor"))
    wait_read(qtbot, dialog)
    assert [what for _when, who, what in dialog.rows() if who == "Sam Okafor"] == [
        "Set Bo Chen’s status to Screened",
        "Created the program Spring mentoring",
    ]
    assert len(dialog.rows()) == 2
    dialog.kind.setCurrentIndex(dialog.kind.findData("people"))
    wait_read(qtbot, dialog)
    assert [what for _when, _who, what in dialog.rows()] == ["Set Bo Chen’s status to Screened"]
    assert dialog.count.text() == "1 change"
    assert dialog.who.currentText() == "Sam Okafor"  # the choice stays as the list is read again


def test_the_name_asked_on_first_connecting_is_remembered_and_recorded(
    qtbot: QtBot, launch: Launcher, pg_url: str, no_keyring: None
) -> None:
    with open_database(pg_url) as server:
        program_id = programs.create_program(server, programs.quick_settings("Spring mentoring"))
        key, user = server.key, server.actor
    window = launch()
    dialog = open_dialog(qtbot, window, window.connect_action)
    type_address(qtbot, dialog, pg_url)
    name = dialog.findChild(QLineEdit, "actorName")
    assert isinstance(name, QLineEdit) and name.isVisible()
    assert name.text() == user  # starts as the user name on the server
    dialog.grab().save(str(SHOTS / "connect-dialog-name.png"))
    name.selectAll()
    qtbot.keyClicks(name, "Sam Okafor")
    with qtbot.waitSignal(window.program_shown, timeout=20000):
        click(qtbot, dialog, "connectButton")
    operations.wait_idle(20)
    assert window.findChild(QDialog, "connectDialog") is None
    assert identity.remembered(key) == "Sam Okafor"
    assert window.db is not None and window.db.actor == "Sam Okafor"
    people.add_person(
        window.db, program_id, people.PersonData(full_name="Bo Chen", role=Role.MENTEE)
    )
    assert open_history(qtbot, window).rows()[0][1] == "Sam Okafor"

    # Next time the form starts from the name chosen, not from the user name.
    window.close()
    again = launch()
    assert again.db is not None and again.db.actor == "Sam Okafor"  # reopened as last time
    dialog = open_dialog(qtbot, again, again.connect_action)
    dialog.fill(key)
    assert dialog.actor.text() == "Sam Okafor"
    dialog.user.setText("someone_else")
    assert dialog.actor.text() == "Sam Okafor"  # a name chosen no longer follows the user


def test_on_a_file_nobody_is_asked_and_the_login_name_is_recorded(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    import getpass

    path = tmp_path / "p.peerdesk"
    from peerdesk.database import create_database

    with create_database(path) as db:
        programs.create_program(db, programs.quick_settings("Spring mentoring"))
    window = launch(path)
    assert window.db is not None and window.db.actor == getpass.getuser()
    dialog = open_history(qtbot, window)
    assert dialog.rows()[0][1:] == (getpass.getuser(), "Created the program Spring mentoring")

    # Another file in the window: the list was that program's, so it closes.
    other = tmp_path / "other.peerdesk"
    with create_database(other) as db:
        programs.create_program(db, programs.quick_settings("Autumn"))
    with qtbot.waitSignal(window.program_shown, timeout=20000):
        window.open_file(other)
    qtbot.waitUntil(lambda: window.findChild(HistoryDialog) is None or not dialog.isVisible())


def test_undo_in_the_window_refuses_and_names_who_changed_the_record_after(
    qtbot: QtBot, launch: Launcher, pg_url: str
) -> None:
    from peerdesk import history
    from ui.people.commands import run_change
    from ui.qt import QMessageBox

    with open_database(pg_url) as server:
        program_id = programs.create_program(server, programs.quick_settings("Spring mentoring"))
        ana = people.add_person(
            server, program_id, people.PersonData(full_name="Ana Ruiz", role=Role.MENTEE)
        )
        key = server.key
    identity.remember(key, "Lee Park")
    window = launch(pg_url)
    op = run_change(
        window,
        "Set status",
        [ana],
        lambda db: people.set_status(db, [ana], ParticipantStatus.SCREENED),
    )
    assert op is not None
    operations.wait_idle(20)
    assert window.undo_stack.count() == 1
    with open_database(pg_url) as sam:
        sam.actor = "Sam Okafor"
        data = people.get_person(sam, ana)
        data.department = "Audit"
        people.update_person(sam, ana, data)
        with sam.reading() as session:
            found = history.last_change(session, "participant", ana)
    assert found is not None

    window.undo_action.trigger()
    operations.wait_idle(20)
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "userError")),
        timeout=20000,
    )
    box = next(b for b in window.findChildren(QMessageBox, "userError") if b.isVisible())
    assert box.text() == (
        f"Sam Okafor changed Ana Ruiz’s record at {found[1].astimezone():%H:%M}, after your "
        "change; undoing would overwrite it."
    )
    box.grab().save(str(SHOTS / "undo-refused.png"))
    with open_database(pg_url) as check:
        data = people.get_person(check, ana)
        assert (data.department, data.status) == ("Audit", ParticipantStatus.SCREENED)
