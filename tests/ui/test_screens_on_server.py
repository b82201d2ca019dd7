"""Every screen shows the same program the same way on a shared database as on a file
(issue 12).

The sample program (25 pairs, meetings, check-ins, goals) is opened from its file in
one window and from a copy on a PostgreSQL database in another; each screen is shown
in both, and what the user can read there — every cell of every list and table, every
label, every button's text and whether it can be clicked — must be the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.database import open_database
from peerdesk.storage.copy import copy_program
from ui import operations
from ui.main_window import MainWindow
from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractListModel,
    QApplication,
    QLabel,
    QModelIndex,
    Qt,
    QTabWidget,
    QTreeView,
    QWidget,
)

Launcher = Callable[..., MainWindow]


def settle() -> None:
    operations.wait_idle(30)
    QApplication.processEvents()
    operations.wait_idle(30)


def model_text(view: QAbstractItemView) -> list[str]:
    """Every row of the view's model as shown (the tree's children too), header first."""
    model = view.model()
    if model is None:
        return []
    # A list model keeps columnCount to itself: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    lines = [
        " | ".join(
            str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
        )
    ]

    def rows(parent: QModelIndex, depth: int) -> None:
        for r in range(model.rowCount(parent)):
            cells = [str(model.index(r, c, parent).data() or "") for c in range(columns)]
            lines.append("  " * depth + " | ".join(cells))
            first = model.index(r, 0, parent)
            if tree and model.hasChildren(first):
                rows(first, depth + 1)

    tree = isinstance(view, QTreeView)  # other models keep hasChildren to themselves
    rows(QModelIndex(), 0)
    return lines


def what_is_seen(screen: QWidget) -> list[str]:
    """The texts the user can read on ``screen``, named by the widgets showing them."""
    seen: list[str] = []
    for label in screen.findChildren(QLabel):
        if label.isVisibleTo(screen) and label.text():
            seen.append(f"{label.objectName()}: {label.text()}")
    for button in screen.findChildren(QAbstractButton):
        if button.isVisibleTo(screen) and button.text():
            seen.append(f"{button.objectName()} [{button.isEnabled()}]: {button.text()}")
    for view in screen.findChildren(QAbstractItemView):
        if view.isVisibleTo(screen):
            seen.extend(f"{view.objectName()}: {line}" for line in model_text(view))
    return seen


@pytest.fixture
def sample_url(sample_copy: Path, pg_url: str) -> str:
    """The sample program copied onto a fresh shared database."""
    source, target = open_database(sample_copy), open_database(pg_url)
    try:
        copy_program(source, target)
    finally:
        source.close()
        target.close()
    return pg_url


def test_every_screen_reads_the_same_on_a_server_as_on_the_file(
    qtbot: QtBot, launch: Launcher, sample_copy: Path, sample_url: str
) -> None:
    on_file = launch(sample_copy)
    on_server = launch(sample_url)
    assert on_file.db is not None and on_server.db is not None
    assert not on_file.db.on_server and on_server.db.on_server
    for window in (on_file, on_server):
        window.resize(1280, 720)
    keys = ["overview", *(spec.key for spec in on_file.screen_specs)]
    assert keys == ["overview", *(spec.key for spec in on_server.screen_specs)]
    for key in keys:
        seen = []
        for window in (on_file, on_server):
            screen = window.show_screen(key)
            settle()
            seen.append(what_is_seen(screen))
            for tabs in screen.findChildren(QTabWidget):  # each tab's page too
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    settle()
                    seen[-1] += [f"{tabs.tabText(tab)}: {line}" for line in what_is_seen(screen)]
        file_view, server_view = seen
        assert len(file_view) > 3, f"the {key} screen shows nothing to compare"
        assert server_view == file_view, f"the {key} screen reads differently on the server"


EMAILS = {"Zoe Example": "zoe@example.org", "Yuki Example": "yuki@example.org"}


def test_a_second_window_sees_the_first_ones_changes(
    qtbot: QtBot, launch: Launcher, sample_url: str
) -> None:
    """Two coordinators on one shared database: what one adds, the other's screens show
    when they come back to them, and at once with Refresh (F5)."""
    from peerdesk import people
    from peerdesk.enums import Role
    from ui.qt import QKeySequence

    first, second = launch(sample_url), launch(sample_url)
    for window in (first, second):
        window.resize(1280, 720)

    def people_seen() -> str:
        screen = second.show_screen("people")
        settle()
        return "\n".join(what_is_seen(screen))

    assert "Zoe Example" not in people_seen()
    assert first.db is not None and first.program_id is not None

    def add(name: str) -> None:
        people.add_person(
            first.db,  # type: ignore[arg-type]
            first.program_id,  # type: ignore[arg-type]
            people.PersonData(
                full_name=name, email=f"{name.split()[0].lower()}@example.org", role=Role.MENTEE
            ),
        )

    add("Zoe Example")
    second.show_screen("overview")
    settle()
    assert "Zoe Example" in people_seen()  # read again as it came back into view

    add("Yuki Example")
    assert second.refresh_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    second.refresh_action.trigger()
    settle()
    shown = "\n".join(what_is_seen(second.show_screen("people")))
    assert "Yuki Example" in shown
