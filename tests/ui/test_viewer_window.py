"""A viewer's window is read-only (issue 18, part 4).

A board member opens the shared database as a viewer: the window learns the role,
hides everything that changes records (the window's actions and every screen's),
accepts no drop, and says "Read-only (viewer)" in the status bar; exporting stays.
Should a change reach the server anyway (a double-click opens a person's form), the
refusal is shown in plain words and nothing is changed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.database import open_database
from peerdesk.program.sample import SAMPLE_PROGRAM_NAME
from peerdesk.storage import roles
from peerdesk.storage.copy import copy_program
from ui import operations
from ui.main_window import MainWindow
from ui.qt import (
    QAction,
    QApplication,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    Qt,
    QTextEdit,
    QWidget,
)
from ui.server.roles import SCREEN_CHANGES, SCREEN_DISABLED, WINDOW_CHANGES, changing_controls

Launcher = Callable[..., MainWindow]
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def settle() -> None:
    operations.wait_idle(30)
    QApplication.processEvents()
    operations.wait_idle(30)


@pytest.fixture
def viewer_url(sample_copy: Path, pg_url: str, pg_cluster: Any) -> str:
    """The sample program on a shared database, opened as a viewer given it."""
    with open_database(sample_copy) as source, open_database(pg_url) as target:
        copy_program(source, target)
        name = f"board_{int(time.time() * 1000) % 10_000_000}"
        pg_cluster.sql(f'CREATE ROLE "{name}" LOGIN')
        roles.add_user(target, name, roles.Access.VIEWER, [SAMPLE_PROGRAM_NAME])
    return pg_url.replace("peerdesk@", f"{name}@", 1)


def _at(screen: object, path: str) -> Any:
    """The control at ``path`` ("form.save_button") on ``screen`` (a submenu's entry for a
    submenu); a renamed one fails here."""
    for part in path.split("."):
        screen = getattr(screen, part)
    return screen.menuAction() if isinstance(screen, QMenu) else screen


def _shown(control: QAction | QWidget) -> bool:
    """Not hidden (a widget on a screen not in front counts as shown if not hidden)."""
    return control.isVisible() if isinstance(control, QAction) else not control.isHidden()


def _user_error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "userError" and w.isVisible()
    ]


def test_a_viewers_window_is_read_only(
    qtbot: QtBot, launch: Launcher, viewer_url: str, sample_copy: Path
) -> None:
    window = launch(viewer_url)
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.role_guard.role is roles.Access.VIEWER, timeout=10000)
    assert window.role_guard.mark.isVisible()
    assert window.role_guard.mark.text() == "Read-only (viewer)"
    for name in WINDOW_CHANGES:
        assert not getattr(window, name).isVisible(), name
    assert not window.new_program_action.isVisible()  # adding a program: administrators'
    assert window.welcome.create_button.isHidden() and window.welcome.import_button.isHidden()
    assert not window.acceptDrops()  # no roster dropped on the window
    # Every screen, as it is first shown: what changes records is hidden, exports stay.
    for key in ["overview", *(spec.key for spec in window.screen_specs)]:
        screen = window.show_screen(key)
        settle()
        for path in SCREEN_CHANGES[key]:
            assert not _at(screen, path).isVisible(), f"{key}: {path}"
        for path in SCREEN_DISABLED.get(key, ()):
            assert not _at(screen, path).isEnabled(), f"{key}: {path}"
        if key in ("matching", "pairs"):
            SHOTS.mkdir(exist_ok=True)
            window.grab().save(str(SHOTS / f"viewer_{key}.png"))
        # Nothing takes a drop (a pair, a meeting); a text field may take dropped text.
        dropping = [w for w in screen.findChildren(QWidget) if w.acceptDrops()]
        assert [
            w
            for w in dropping
            if not isinstance(w, TEXT_FIELDS) and not isinstance(w.parent(), TEXT_FIELDS)
        ] == [], key
    people = window.show_screen("people")
    assert people.export_action.isVisible() and people.export_action.isEnabled()
    dashboard = window.show_screen("dashboard")
    settle()
    assert dashboard.export_button.isVisibleTo(dashboard)
    assert not any(_shown(c) for c in changing_controls(window))

    # A double-click still opens a person's form; saving it is refused in plain words.
    people = window.show_screen("people")
    settle()
    table = people.table
    index = table.model().index(0, 0)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: people.checklist.lines != [])  # the steps show, greyed
    assert not people.checklist.lines[0].done.isEnabled()
    settle()
    qtbot.wait(200)  # the panel lays its lines out
    SHOTS.mkdir(exist_ok=True)
    shot = SHOTS / "viewer_window.png"
    window.grab().save(str(shot))
    assert shot.stat().st_size > 10_000
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: people.dialog is not None and people.dialog.isVisible())
    dialog = people.dialog
    qtbot.keyClicks(dialog.notes, "A viewer's note")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_user_error_boxes()) == 1, timeout=10000)
    box = _user_error_boxes()[0]
    assert "Your role (viewer) lets you read and export, not change records." in box.text()
    assert "Ask an administrator (peerdesk)" in box.text()
    box.grab().save(str(SHOTS / "viewer_refused.png"))
    box.accept()
    with open_database(viewer_url) as db, db.quick() as conn:
        assert (
            conn.execute("SELECT count(*) FROM person WHERE notes LIKE '%viewer%'").fetchone()[0]
            == 0
        )

    # The same window on a program file of one's own is editable again.
    with qtbot.waitSignal(window.file_opened, timeout=15000):
        window.open_file(sample_copy)
    settle()
    assert window.role_guard.role is roles.Access.COORDINATOR
    assert not window.role_guard.mark.isVisible()
    assert all(_shown(c) for c in changing_controls(window))
    assert window.new_program_action.isVisible() and not window.welcome.create_button.isHidden()
    assert window.show_screen("people").add_action.isVisible() and window.acceptDrops()


def test_a_coordinator_sees_their_programs_and_an_editable_window(
    qtbot: QtBot, launch: Launcher, pg_url: str, pg_cluster: Any
) -> None:
    from fixtures_rosters import make_program
    from model_data import build_program

    with open_database(pg_url) as target:
        build_program(target, "Someone else's")
        own = make_program(target, "Evening cohort")
        name = f"coord_{int(time.time() * 1000) % 10_000_000}"
        pg_cluster.sql(f'CREATE ROLE "{name}" LOGIN')
        roles.add_user(target, name, roles.Access.COORDINATOR, [str(own)])
    window = launch(pg_url.replace("peerdesk@", f"{name}@", 1))
    qtbot.waitUntil(lambda: window.role_guard.role is roles.Access.COORDINATOR, timeout=10000)
    assert [p.name for p in window.programs] == ["Evening cohort"]  # the other is not theirs
    assert not window.role_guard.mark.isVisible()
    assert window.settings_action.isVisible() and window.import_action.isVisible()
    # Adding a program is an administrator's: not offered to a coordinator.
    assert not window.new_program_action.isVisible() and window.welcome.create_button.isHidden()
