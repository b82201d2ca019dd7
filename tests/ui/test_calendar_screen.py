"""The Calendar screen, driven as a coordinator drives it: drags, dialogs, keys.

Drops are real: a mouse press and moves on the month grid (or the agenda)
start the drag, and the drag's execution (``ui.calendar.dnd.execute``, which
offscreen Qt cannot run) delivers ``QDragEnterEvent``, ``QDragMoveEvent`` and
``QDropEvent`` to the month view's viewport. The file is read back with sqlite3.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from calendar_data import add_pairs, make_program, person_name
from dnd_helpers import DOWN, deliver_drop, drag_and_drop
from evaluation_data import answer
from icalendar import Calendar
from pytestqt.qtbot import QtBot
from window_driver import WindowDriver

from peerdesk import paths
from peerdesk.calendar import zones
from peerdesk.calendar.attention import PairAttention, UnloggedDay
from peerdesk.calendar.checkins import schedule_checkins
from peerdesk.calendar.meeting_log import LogEntry, log_meetings
from peerdesk.calendar.reads import meetings_between
from peerdesk.calendar.series import SeriesPlan, schedule_meeting, schedule_series
from peerdesk.conflicts import EditConflict
from peerdesk.database import create_database
from peerdesk.enums import MeetingStatus, SurveyKind
from peerdesk.models import Pair
from peerdesk.surveys.questions import ensure_default_questions
from ui import operations
from ui.calendar import dnd
from ui.calendar.export_dialog import ExportDialog
from ui.calendar.log_meetings import LogMeetingsDialog, LogModel
from ui.calendar.meeting_dialog import MeetingDialog
from ui.calendar.schedule_dialog import ScheduleDialog
from ui.calendar.screen import CalendarScreen
from ui.main_window import MainWindow
from ui.qt import (
    QApplication,
    QDrag,
    QMessageBox,
    QPoint,
    Qt,
    QWidget,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]


def today() -> date:
    return zones.today_in()


def make_file(path: Path) -> dict[str, Any]:
    """Three pairs: one met two days ago (not logged), one meets in three days, one today."""
    tz = zones.local_zone_name()
    with create_database(path) as db:
        program_id = make_program(
            db, start=today() - timedelta(days=90), end=today() + timedelta(days=90)
        )
        pairs = add_pairs(db, program_id, 3, started=today() - timedelta(days=10))
        past = schedule_meeting(
            db, program_id, pairs[0], day=today() - timedelta(days=2), local_time=time(10, 0),
            length_minutes=60, timezone=tz,
        ).created[0]  # fmt: skip
        future = schedule_meeting(
            db, program_id, pairs[1], day=today() + timedelta(days=3), local_time=time(17, 30),
            length_minutes=45, timezone=tz, place="Room 4",
        ).created[0]  # fmt: skip
        early = schedule_meeting(
            db, program_id, pairs[2], day=today(), local_time=time(0, 0), length_minutes=5,
            timezone=tz,
        ).created[0]  # fmt: skip
    return {"program": program_id, "pairs": pairs, "past": past, "future": future, "today": early}


def meeting_row(path: Path, meeting_id: int) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
        return dict(row) if row else {}
    finally:
        conn.close()


def count_meetings(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM meeting").fetchone()[0])
    finally:
        conn.close()


def local_day(row: dict[str, Any]) -> date:
    return zones.local_date(datetime.fromisoformat(row["starts_at"]), row["timezone"])


class Desk(WindowDriver):
    """The window on the calendar, and what a user does there."""

    screen: CalendarScreen

    def __init__(self, qtbot: QtBot, window: MainWindow, path: Path, ids: dict[str, Any]) -> None:
        super().__init__(qtbot, window, path, ids, "calendar", CalendarScreen)

    def press(self, action_name: str) -> None:
        button = self.screen.toolbar.widgetForAction(getattr(self.screen, action_name))
        assert button is not None and button.isEnabled()
        self.qtbot.mouseClick(button, LEFT)
        self.settle()

    def dialog(self, kind: type[QWidget]) -> Any:
        self.qtbot.waitUntil(
            lambda: isinstance(self.screen.dialog, kind) and self.screen.dialog.isVisible()
        )
        return self.screen.dialog

    def drag(
        self,
        monkeypatch: pytest.MonkeyPatch,
        source: QWidget,
        start: QPoint,
        target: QWidget,
        end: QPoint,
    ) -> None:
        """Press on ``start`` in ``source``, move until the drag starts, drop at ``end``."""
        drag_and_drop(monkeypatch, dnd, source, start, target, end, DOWN)
        self.settle()


@pytest.fixture
def desk(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "calendar.peerdesk"
    ids = make_file(path)
    window = launch(path)
    window.resize(1400, 860)
    yield Desk(qtbot, window, path, ids)
    operations.wait_idle(20)


def other_day(screen: CalendarScreen, day: date) -> date:
    """A day next to ``day`` that the grid shows, and not today."""
    days = screen.month_model.days
    for candidate in (day + timedelta(days=1), day - timedelta(days=1), day + timedelta(days=2)):
        if candidate in days and candidate != today():
            return candidate
    raise AssertionError("no neighbouring day on the grid")


# -- dragging ----------------------------------------------------------------------------


def test_dragging_a_meeting_to_another_day_moves_it_undoably(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = desk.screen
    meeting_id = desk.ids["future"]
    before = meeting_row(desk.path, meeting_id)
    day = local_day(before)
    screen.show_day(day)
    desk.settle()
    start = screen.month_view.line_point(meeting_id)
    assert start is not None, "the meeting is not shown on its day"
    target = other_day(screen, day)
    viewport = screen.month_view.viewport()
    desk.drag(monkeypatch, viewport, start, viewport, screen.month_view.day_point(target))

    after = meeting_row(desk.path, meeting_id)
    assert local_day(after) == target
    moved_local = zones.to_local(datetime.fromisoformat(after["starts_at"]), after["timezone"])
    assert moved_local.time() == time(17, 30)  # same time, another day
    assert after["uid"] == before["uid"]
    # The grid shows it on the new day, and the agenda of that day lists it.
    assert meeting_id in [m.id for m in screen.month_model.meetings_on(target)]
    assert meeting_id not in [m.id for m in screen.month_model.meetings_on(day)]
    assert meeting_id in [r.id for r in screen.agenda_model.rows]

    desk.undo()
    assert meeting_row(desk.path, meeting_id)["starts_at"] == before["starts_at"]
    assert meeting_id in [m.id for m in screen.month_model.meetings_on(day)]
    desk.redo()
    assert local_day(meeting_row(desk.path, meeting_id)) == target


def test_dragging_from_the_agenda_and_a_refused_drop(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = desk.screen
    meeting_id = desk.ids["future"]
    day = local_day(meeting_row(desk.path, meeting_id))
    screen.show_day(day)
    desk.settle()
    rect = screen.agenda.rect_of(meeting_id)
    assert rect is not None
    target = other_day(screen, day)
    desk.drag(
        monkeypatch,
        screen.agenda.viewport(),
        rect.center(),
        screen.month_view.viewport(),
        screen.month_view.day_point(target),
    )
    assert local_day(meeting_row(desk.path, meeting_id)) == target

    # A drag from another program is refused: nothing changes, and no undo step is left.
    steps = desk.window.undo_stack.count()
    drag = QDrag(screen.month_view)
    drag.setMimeData(dnd.meeting_mime(desk.ids["program"] + 99, meeting_id, "x"))
    done = deliver_drop(
        screen.month_view.viewport(), screen.month_view.day_point(day), drag,
        Qt.DropAction.MoveAction,
    )  # fmt: skip
    desk.settle()
    assert done == Qt.DropAction.IgnoreAction
    assert local_day(meeting_row(desk.path, meeting_id)) == target
    assert desk.window.undo_stack.count() == steps


# -- logging ---------------------------------------------------------------------------------


def test_logging_a_meeting_through_the_dialog(desk: Desk) -> None:
    screen = desk.screen
    meeting_id = desk.ids["past"]
    day = local_day(meeting_row(desk.path, meeting_id))
    screen.show_day(day)
    desk.settle()
    point = screen.month_view.line_point(meeting_id)
    assert point is not None
    desk.qtbot.mouseDClick(screen.month_view.viewport(), LEFT, pos=point)
    dialog: MeetingDialog = desk.dialog(MeetingDialog)
    assert person_name(0) in dialog.heading.text()
    desk.qtbot.mouseClick(dialog.status_buttons[MeetingStatus.HELD], LEFT)
    assert dialog.minutes.isEnabled()
    dialog.minutes.selectAll()
    desk.qtbot.keyClicks(dialog.minutes, "75")
    desk.qtbot.keyClicks(dialog.topics, "Budgeting, next steps")
    desk.qtbot.keyClicks(dialog.notes, "Went well.")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    desk.qtbot.mouseClick(save, LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    row = meeting_row(desk.path, meeting_id)
    assert (row["status"], row["actual_minutes"], row["topics"], row["notes"]) == (
        "held", 75, "Budgeting, next steps", "Went well.",
    )  # fmt: skip
    assert row["logged_at"] is not None
    # It no longer needs attention (it was the only unlogged meeting of its pair).
    unlogged = [m for d in screen.attention.full.unlogged_days for m in d.meeting_ids]
    assert meeting_id not in unlogged
    desk.undo()
    assert meeting_row(desk.path, meeting_id)["status"] == "scheduled"


def test_a_meeting_still_to_come_cannot_be_logged_as_held(desk: Desk) -> None:
    screen = desk.screen
    meeting_id = desk.ids["future"]
    day = local_day(meeting_row(desk.path, meeting_id))
    screen.show_day(day)
    desk.settle()
    rect = screen.agenda.rect_of(meeting_id)
    screen.agenda.setFocus()
    desk.qtbot.mouseClick(screen.agenda.viewport(), LEFT, pos=rect.center())
    desk.qtbot.keyClick(screen.agenda, Qt.Key.Key_Return)
    dialog: MeetingDialog = desk.dialog(MeetingDialog)
    desk.qtbot.mouseClick(dialog.status_buttons[MeetingStatus.HELD], LEFT)
    desk.qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    desk.settle()
    assert desk.screen.dialog is dialog and dialog.isVisible()
    assert "has not started yet" in dialog.error.text() and dialog.error.isVisible()
    assert meeting_row(desk.path, meeting_id)["status"] == "scheduled"
    # Cancelled ahead of time is fine.
    desk.qtbot.mouseClick(dialog.status_buttons[MeetingStatus.CANCELLED], LEFT)
    desk.qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    desk.settle()
    assert meeting_row(desk.path, meeting_id)["status"] == "cancelled"


def test_changing_a_meetings_place_from_the_dialog(desk: Desk) -> None:
    screen = desk.screen
    meeting_id = desk.ids["future"]
    screen.show_day(local_day(meeting_row(desk.path, meeting_id)))
    desk.settle()
    screen.open_meeting(meeting_id)
    dialog: MeetingDialog = desk.dialog(MeetingDialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.place.selectAll()
    desk.qtbot.keyClicks(dialog.place, "Library")
    desk.qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    desk.settle()
    assert meeting_row(desk.path, meeting_id)["place"] == "Library"


def test_a_meeting_changed_while_its_dialog_is_open_is_merged_not_overwritten(
    desk: Desk,
) -> None:
    """Another save of the meeting lands while the dialog is open (issue 18.1): saving
    shows both versions; the merge keeps their place and this dialog's log."""
    from peerdesk.calendar.meeting_log import log_meeting
    from peerdesk.calendar.series import MeetingEdit, edit_meeting
    from ui.conflict_dialog import ConflictDialog

    screen, db = desk.screen, desk.window.db
    assert db is not None
    meeting_id = desk.ids["past"]
    screen.show_day(local_day(meeting_row(desk.path, meeting_id)))
    desk.settle()
    screen.open_meeting(meeting_id)
    dialog: MeetingDialog = desk.dialog(MeetingDialog)
    version = meeting_row(desk.path, meeting_id)["version"]
    edit_meeting(db, meeting_id, MeetingEdit(place="Room 4"), expected_version=(version,))

    desk.qtbot.mouseClick(dialog.status_buttons[MeetingStatus.CANCELLED], LEFT)
    desk.qtbot.keyClicks(dialog.notes, "Mentee was ill.")
    dialog.tabs.setCurrentIndex(1)
    dialog.place.selectAll()
    desk.qtbot.keyClicks(dialog.place, "Library")
    desk.qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    desk.qtbot.waitUntil(
        lambda: (
            isinstance(getattr(dialog, "conflict_dialog", None), ConflictDialog)
            and dialog.conflict_dialog.isVisible()
        )
    )
    conflict = dialog.conflict_dialog
    assert conflict.headline.text().startswith("This meeting was changed by ")
    assert conflict.differing == ["place", "status", "notes"]
    assert meeting_row(desk.path, meeting_id)["place"] == "Room 4"  # nothing of this save
    desk.qtbot.mouseClick(conflict.radio("place", "theirs"), LEFT)
    desk.qtbot.mouseClick(conflict.merge_button, LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    row = meeting_row(desk.path, meeting_id)
    assert (row["place"], row["status"], row["notes"]) == ("Room 4", "cancelled", "Mentee was ill.")
    with pytest.raises(EditConflict):  # a form still on the first version is refused
        log_meeting(db, meeting_id, MeetingStatus.HELD, expected_version=(version,))


def test_log_meetings_lists_every_unlogged_day_up_to_today(desk: Desk) -> None:
    desk.press("log_action")
    dialog: LogMeetingsDialog = desk.dialog(LogMeetingsDialog)
    # Two days ago (not logged) and today's, oldest first; logged ones are not offered.
    assert dialog.dates() == (today() - timedelta(days=2), today())
    assert [e.row.id for e in dialog.model.entries] == [desk.ids["past"], desk.ids["today"]]
    assert dialog.heading.text() == "2 meetings not logged yet"
    desk.qtbot.mouseClick(dialog.all_held, LEFT)
    desk.qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    assert meeting_row(desk.path, desk.ids["past"])["status"] == "held"
    row = meeting_row(desk.path, desk.ids["today"])
    assert (row["status"], row["actual_minutes"]) == ("held", 5)
    assert desk.screen.attention.full.unlogged_days == ()
    desk.undo()  # one action, one undo step
    assert meeting_row(desk.path, desk.ids["past"])["status"] == "scheduled"
    assert meeting_row(desk.path, desk.ids["today"])["status"] == "scheduled"


def test_log_a_past_day_from_its_attention_line(desk: Desk) -> None:
    screen = desk.screen
    past_day = today() - timedelta(days=2)
    days = screen.attention.full.unlogged_days
    assert [d.day for d in days] == [past_day]  # today's can wait until the day is over
    line = next(w for w in screen.attention.day_lines if w.day.day == past_day)
    assert "1 meeting not logged yet" in line.label.text()
    desk.qtbot.mouseClick(line.button, LEFT)
    desk.settle()
    dialog: LogMeetingsDialog = desk.dialog(LogMeetingsDialog)
    assert dialog.dates() == (past_day, past_day)
    assert [e.row.id for e in dialog.model.entries] == [desk.ids["past"]]
    assert dialog.table.isColumnHidden(0)  # one day: no date column
    desk.qtbot.mouseClick(dialog.all_held, LEFT)
    desk.qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    assert meeting_row(desk.path, desk.ids["past"])["status"] == "held"
    assert meeting_row(desk.path, desk.ids["today"])["status"] == "scheduled"
    desk.qtbot.waitUntil(lambda: screen.attention.full.count == 0)
    assert screen.attention.empty.isVisible()


def test_logging_a_period_all_held_with_exceptions_from_the_keyboard(desk: Desk) -> None:
    desk.press("log_action")
    dialog: LogMeetingsDialog = desk.dialog(LogMeetingsDialog)
    table = dialog.table
    desk.qtbot.keyClick(table, Qt.Key.Key_A)  # all held
    assert [e.status for e in dialog.model.entries] == [MeetingStatus.HELD] * 2
    table.setFocus()
    table.selectRow(1)
    desk.qtbot.keyClick(table, Qt.Key.Key_N)  # the exception: a no-show
    assert [e.status for e in dialog.model.entries] == [MeetingStatus.HELD, MeetingStatus.NO_SHOW]
    table.selectRow(0)
    desk.qtbot.keyClick(table, Qt.Key.Key_U)  # and one left for later
    desk.qtbot.keyClick(table, Qt.Key.Key_Return)  # Save, the default button
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    assert meeting_row(desk.path, desk.ids["past"])["status"] == "scheduled"
    assert meeting_row(desk.path, desk.ids["today"])["status"] == "no_show"


def test_the_log_dialog_reads_another_period_and_keeps_choices(desk: Desk) -> None:
    desk.press("log_action")
    dialog: LogMeetingsDialog = desk.dialog(LogMeetingsDialog)
    dialog.model.mark([0], MeetingStatus.CANCELLED)
    dialog.last.setDate(dialog.first.date())  # only the oldest day
    desk.settle()
    desk.qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.entries[0].status == MeetingStatus.CANCELLED
    dialog.first.setDate(dialog.first.date().addDays(-30))
    dialog.last.setDate(dialog.first.date().addDays(1))
    desk.settle()
    desk.qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert dialog.empty.isVisible() and not dialog.all_held.isEnabled()


# -- scheduling and exporting ------------------------------------------------------------


def test_scheduling_a_series_for_one_pair(desk: Desk) -> None:
    screen = desk.screen
    before = count_meetings(desk.path)
    desk.press("schedule_action")
    dialog: ScheduleDialog = desk.dialog(ScheduleDialog)
    desk.qtbot.mouseClick(dialog.one_pair, LEFT)
    dialog.pair.setCurrentIndex(dialog.pair.findData(desk.ids["pairs"][1]))
    dialog.every.setCurrentIndex(dialog.every.findData("1w"))
    dialog.first.setDate(dialog.first.date().addDays(1))
    dialog.last.setDate(dialog.first.date().addDays(27))
    dialog.place.setText("Room 9")
    desk.qtbot.mouseClick(dialog.skip_date, LEFT)
    dialog.skip_date.setDate(dialog.first.date().addDays(7))
    desk.qtbot.mouseClick(dialog.add_skip, LEFT)
    assert dialog.skips.count() == 1
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    assert count_meetings(desk.path) == before + 3  # four weeks, one skipped
    assert "Scheduled 3 meetings" in screen.notice.text()
    desk.undo()
    assert count_meetings(desk.path) == before


def test_scheduling_refuses_an_end_before_the_start(desk: Desk) -> None:
    desk.press("schedule_action")
    dialog: ScheduleDialog = desk.dialog(ScheduleDialog)
    dialog.last.setDate(dialog.first.date().addDays(-3))
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    assert desk.screen.dialog is dialog and dialog.isVisible()
    assert dialog.error.text() == "The last date is before the first date."


def test_exporting_the_program_calendar(desk: Desk, tmp_path: Path) -> None:
    desk.press("export_action")
    dialog: ExportDialog = desk.dialog(ExportDialog)
    out = tmp_path / "program.ics"
    dialog.path.clear()
    desk.qtbot.keyClicks(dialog.path, str(out))
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 3
    assert "Saved 3 meetings" in desk.screen.notice.text()

    # Again: the existing file is replaced only after the user says so.
    out.write_text("keep me", encoding="utf-8")
    desk.press("export_action")
    dialog = desk.dialog(ExportDialog)
    dialog.path.setText(str(out))
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    desk.qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    desk.settle()
    assert out.read_text(encoding="utf-8") == "keep me"
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    desk.qtbot.mouseClick(replace, LEFT)
    desk.settle()
    assert len(list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == 3


def test_the_suggested_documents_folder_is_made_but_a_typed_missing_one_is_refused(
    desk: Desk, tmp_path: Path
) -> None:
    """The dialog suggests the Documents folder, which a program on a shared database
    leaves unmade: exporting there makes it. A missing folder the user typed is refused."""
    documents = paths.documents_dir()
    assert not documents.exists()
    desk.press("export_action")
    dialog: ExportDialog = desk.dialog(ExportDialog)
    typed = tmp_path / "not here" / "program.ics"
    dialog.path.setText(str(typed))
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    assert dialog.isVisible() and not typed.parent.exists()
    assert (
        dialog.error.text()
        == f"The folder “{typed.parent}” does not exist. Choose a folder that does."
    )
    dialog.path.setText(str(documents / "program.ics"))
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    assert (
        len(list(Calendar.from_ical((documents / "program.ics").read_bytes()).walk("VEVENT"))) == 3
    )


# -- attention and filters --------------------------------------------------------------------


def test_attention_count_on_the_navigation(desk: Desk) -> None:
    screen = desk.screen
    window = desk.window
    found = screen.attention.full
    # Nothing but unlogged meetings here: a line per day, none per pair.
    assert found.pairs == () and len(found.unlogged_days) == 1
    row = 1 + [s.key for s in window.screen_specs].index("calendar")
    assert window.nav.item(row).text() == f"Calendar ({found.count})"
    assert screen.attention.heading.text() == f"Needs attention ({found.count})"
    assert screen.attention.model.rowCount() == found.count == 1


def attention_file(path: Path) -> dict[str, Any]:
    """Four pairs: three misses in a row, five quiet weeks, a low rating, and one
    with a fortnight of meetings nobody logged."""
    tz = zones.local_zone_name()
    start = today() - timedelta(days=70)
    with create_database(path) as db:
        program_id = make_program(db, start=start, end=today() + timedelta(days=90))
        missed, quiet, unhappy, busy = add_pairs(db, program_id, 4, started=start)

        def meet(pair: int, days_ago: int, status: MeetingStatus | None) -> int:
            made = schedule_meeting(
                db, program_id, pair, day=today() - timedelta(days=days_ago),
                local_time=time(9, 0), length_minutes=60, timezone=tz,
            ).created[0]  # fmt: skip
            if status is not None:
                log_meetings(db, [LogEntry(made, status)])
            return made

        for ago in (40, 30, 20, 10):
            meet(missed, ago + 1, MeetingStatus.HELD if ago == 40 else MeetingStatus.CANCELLED)
        meet(quiet, 36, MeetingStatus.HELD)
        meet(unhappy, 3, MeetingStatus.HELD)
        for ago in (12, 12, 5):
            meet(busy, ago, None)
            meet(unhappy if ago == 5 else busy, ago, None)
        ensure_default_questions(db, program_id)
        with db.reading() as session:
            mentee = session.get(Pair, unhappy).mentee_id  # type: ignore[union-attr]
        answer(
            db, program_id, mentee, SurveyKind.CHECKIN, {"Satisfaction": 1},
            datetime.now(UTC) - timedelta(days=2),
        )  # fmt: skip
    return {"program": program_id, "pairs": (missed, quiet, unhappy, busy)}


def test_the_attention_list_puts_the_pair_in_trouble_first(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "attention.peerdesk"
    ids = attention_file(path)
    window = launch(path)
    window.resize(1280, 720)
    desk = Desk(qtbot, window, path, ids)
    panel = desk.screen.attention
    missed, quiet, unhappy, _busy = ids["pairs"]
    entries = panel.model.entries
    assert isinstance(entries[0], PairAttention) and entries[0].pair_id == missed
    assert "3 cancelled or missed in a row" in panel.model.text(0)
    pair_rows = [e.pair_id for e in entries if isinstance(e, PairAttention)]
    assert pair_rows.index(missed) < pair_rows.index(quiet) < pair_rows.index(unhappy)
    assert "rated satisfaction 1 of 5" in panel.model.text(pair_rows.index(unhappy))
    # Unlogged meetings: one line per day, after every pair, oldest first.
    days = [e for e in entries if isinstance(e, UnloggedDay)]
    assert [d.day for d in days] == [today() - timedelta(days=12), today() - timedelta(days=5)]
    assert [d.count for d in days] == [4, 2]
    assert entries[-len(days) :] == days
    assert len(panel.day_lines) == 2 and all(w.button.isVisible() for w in panel.day_lines)
    # A day's words are its widget's, not also painted underneath by the list.
    rows = [n for n, e in enumerate(entries) if isinstance(e, UnloggedDay)]
    assert all(panel.model.index(n).data(Qt.ItemDataRole.DisplayRole) == "" for n in rows)
    assert "4 meetings not logged yet" in panel.day_lines[0].label.text()

    # One reason only.
    panel.reason.setCurrentIndex(panel.reason.findData("missed_in_row"))
    assert [e.pair_id for e in panel.model.entries if isinstance(e, PairAttention)] == [missed]
    panel.reason.setCurrentIndex(panel.reason.findData("unlogged"))
    assert all(isinstance(e, UnloggedDay) for e in panel.model.entries)
    assert panel.model.rowCount() == 2
    assert panel.heading.text() == f"Needs attention ({panel.full.count})"
    panel.reason.setCurrentIndex(0)

    # Opening the first entry opens its pair.
    rect = panel.item_rect(0)
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), LEFT, pos=rect.center())
    desk.settle()
    pairs_screen = window.built_screens.get("pairs")
    assert window.screens.currentWidget() is pairs_screen
    SCREENSHOTS.mkdir(exist_ok=True)
    window.show_screen("calendar")
    desk.settle()
    panel.list.scrollToBottom()
    assert panel.grab().save(str(SCREENSHOTS / "calendar-attention-grouped.png"))


def test_filters_by_pair_and_person(desk: Desk) -> None:
    screen = desk.screen
    everyone = {r.pair_id for r in screen.filtered()}
    assert everyone == set(desk.ids["pairs"])
    screen.pair_filter.setCurrentIndex(screen.pair_filter.findData(desk.ids["pairs"][1]))
    assert {r.pair_id for r in screen.filtered()} == {desk.ids["pairs"][1]}
    total = sum(len(screen.month_model.meetings_on(d)) for d in screen.month_model.days)
    assert total == len(screen.filtered())
    screen.pair_filter.setCurrentIndex(0)
    combo = screen.person_filter
    combo.setCurrentIndex(combo.findText(person_name(5)))
    assert {r.pair_id for r in screen.filtered()} == {desk.ids["pairs"][2]}


def test_models_pass_the_model_tester(desk: Desk, qtmodeltester: Any) -> None:
    screen = desk.screen
    screen.show_day(today())
    desk.settle()
    qtmodeltester.check(screen.month_model)
    qtmodeltester.check(screen.agenda_model)
    qtmodeltester.check(screen.attention.model)
    rows = [r for d in screen.month_model.days for r in screen.month_model.meetings_on(d)]
    qtmodeltester.check(LogModel(rows))


# -- a busy month ------------------------------------------------------------------------------


def busy_file(path: Path, pairs: int = 60) -> None:
    """A program in full swing: series on every weekday, logs, gaps and check-ins."""
    now = today()
    with create_database(path) as db:
        program_id = make_program(
            db, "Riverside mentoring", start=now - timedelta(days=90),
            end=now + timedelta(days=200),
        )  # fmt: skip
        ids = add_pairs(db, program_id, pairs, started=now - timedelta(days=75))
        for n, pair in enumerate(ids):
            plan = SeriesPlan(
                cadence="1w" if n % 3 == 0 else "2w",
                weekday=n % 5,
                local_time=time(9 + (n * 7) % 9, 30 if n % 2 else 0),
                length_minutes=60,
                first_date=now - timedelta(days=70 - (n % 2) * 7),
                place=f"Room {n % 6 + 1}",
            )
            schedule_series(db, program_id, plan, pair_ids=[pair])
        schedule_checkins(db, program_id, first_date=now - timedelta(days=75))
        rng = random.Random(3)
        entries = []
        past = meetings_between(db, program_id, now - timedelta(days=90), now - timedelta(days=1))
        for row in past:
            if row.pair_id in ids[:3] and row.local_date > now - timedelta(days=20):
                continue  # not logged yet
            x = rng.random()
            status = (
                MeetingStatus.HELD if x < 0.82
                else MeetingStatus.CANCELLED if x < 0.92
                else MeetingStatus.NO_SHOW
            )  # fmt: skip
            if row.pair_id == ids[5] and row.local_date > now - timedelta(days=30):
                status = MeetingStatus.CANCELLED
            if row.pair_id == ids[7] and row.local_date > now - timedelta(days=40):
                status = MeetingStatus.CANCELLED
            entries.append(LogEntry(row.id, status))
        log_meetings(db, entries, now=datetime.now(UTC))


def test_screenshots_of_a_busy_month_and_the_attention_panel(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "busy.peerdesk"
    busy_file(path)
    window = launch(path)
    window.resize(1440, 900)
    screen = window.show_screen("calendar")
    assert isinstance(screen, CalendarScreen)
    operations.wait_idle(20)
    qtbot.waitUntil(lambda: screen.context is not None and bool(screen.rows))
    QApplication.processEvents()
    busiest = max(screen.month_model.days, key=lambda d: len(screen.month_model.meetings_on(d)))
    assert len(screen.month_model.meetings_on(busiest)) > 5
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "calendar-month.png"))
    screen.week_button.click()
    screen.side.setSizes([260, 560])
    QApplication.processEvents()
    assert screen.attention.model.rowCount() >= 3
    assert screen.attention.grab().save(str(SCREENSHOTS / "calendar-attention.png"))
    assert window.grab().save(str(SCREENSHOTS / "calendar-week.png"))
