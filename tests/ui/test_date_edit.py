"""The shared date field: typing keeps what was typed, and a date is reported once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_people_screen import (
    activate,
    click_row,
    make_file,
    open_people,
    participant_of,
    person_data,
    query,
    records,
    settle,
    wait_dialog,
)

from ui.date_edit import DateEdit, parse_date
from ui.main_window import MainWindow
from ui.qt import QApplication, QDate, QLineEdit, QLocale, Qt, QVBoxLayout, QWidget

TODAY = date(2026, 12, 8)
ENGLISH_UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
ENGLISH_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15", date(2026, 12, 15)),
        ("15 Mar 2027", date(2027, 3, 15)),
        ("15 march 2027", date(2027, 3, 15)),
        ("15 mar", date(2026, 3, 15)),
        ("15/3/2027", date(2027, 3, 15)),
        ("15.03.27", date(2027, 3, 15)),
        ("2027-03-15", date(2027, 3, 15)),
        ("31 Feb 2027", None),
        ("32", None),
        ("xyz", None),
        ("", None),
    ],
)
def test_dates_are_read_as_people_type_them(typed: str, expected: date | None) -> None:
    assert parse_date(typed, TODAY, ENGLISH_UK) == expected


def test_the_order_of_day_and_month_follows_the_language() -> None:
    assert parse_date("3/4/2027", TODAY, ENGLISH_US) == date(2027, 3, 4)
    assert parse_date("3/4/2027", TODAY, ENGLISH_UK) == date(2027, 4, 3)
    # When only one reading is a date, it is taken whatever the language.
    assert parse_date("15/3/2027", TODAY, ENGLISH_US) == date(2027, 3, 15)
    assert parse_date("3/15/2027", TODAY, ENGLISH_UK) == date(2027, 3, 15)


PAGES: list[QWidget] = []  # kept alive while a test runs


@pytest.fixture(autouse=True)
def _forget_pages() -> Iterator[None]:
    yield
    PAGES.clear()


def field(qtbot: QtBot, start: date) -> tuple[DateEdit, QLineEdit, list[date]]:
    PAGES.clear()
    page = QWidget()
    PAGES.append(page)
    qtbot.addWidget(page)
    edit = DateEdit(QDate(start.year, start.month, start.day), page, name="when")
    other = QLineEdit(page)
    layout = QVBoxLayout(page)
    layout.addWidget(edit)
    layout.addWidget(other)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    reported: list[date] = []
    edit.dateChanged.connect(lambda d: reported.append(d.toPython()))
    return edit, other, reported


def test_typing_a_day_reports_that_day_once(qtbot: QtBot) -> None:
    edit, other, reported = field(qtbot, date(2026, 12, 8))
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Tab)  # Tab into the field selects the day
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "15")
    assert reported == []  # nothing half-typed ("1 Dec") is reported
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date().toPython() == date(2026, 12, 15)
    assert reported == [date(2026, 12, 15)]  # the month and year stayed


def test_typing_over_the_whole_date_replaces_it(qtbot: QtBot) -> None:
    edit, other, reported = field(qtbot, date(2026, 12, 8))
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "15/3/2027")
    other.setFocus()
    assert edit.date().toPython() == date(2027, 3, 15)
    assert reported == [date(2027, 3, 15)]


def test_a_day_the_month_lacks_is_refused_and_the_date_kept(qtbot: QtBot) -> None:
    edit, other, reported = field(qtbot, date(2027, 2, 10))
    refused: list[str] = []
    edit.typing_refused.connect(refused.append)
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "30")  # not "3 Feb", not "2 Mar": February has no 30th
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date().toPython() == date(2027, 2, 10)
    assert edit.text() == "10 Feb 2027"
    assert refused == ["30"] and reported == []
    other.setFocus()


def test_escape_puts_the_date_back(qtbot: QtBot) -> None:
    edit, other, reported = field(qtbot, date(2026, 12, 8))
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "1 Jan")
    assert edit.text() == "1 Jan"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    other.setFocus()
    assert edit.text() == "8 Dec 2026" and reported == []


def test_the_person_dialog_keeps_the_joined_date_typed(
    qtbot: QtBot, launch: Callable[..., MainWindow], db_path: Path
) -> None:
    """Typed over the whole date and saved with a click, the date is the one typed, and
    nothing else about the person changed."""
    make_file(db_path, 4)
    window, screen = open_people(qtbot, launch, db_path)
    name = person_data(1).full_name
    pid = participant_of(db_path, name)
    before = records(db_path, [pid])
    activate(qtbot, window)
    click_row(qtbot, screen, name)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, screen)
    joined = dialog.joined
    assert not joined.unset.isChecked()  # the person has a joined date
    edit = joined.edit
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "15/3/2026")
    assert edit.text() == "15/3/2026"  # what was typed stays as typed until it is done
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    after = records(db_path, [pid])
    joined_column = [
        row[0] for row in query(db_path, "SELECT joined_on FROM participant WHERE id = ?", (pid,))
    ]
    assert joined_column == ["2026-03-15"]
    assert after["person"] == before["person"] and after["tags"] == before["tags"]
    assert window.undo_stack.count() == 1
