"""The shared date field: typing keeps what was typed, and a date is reported once."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from ui.date_edit import DateEdit, parse_date
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


PAGES: list[QWidget] = []  # kept alive while a test runs


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
