"""Calendar files that update: every change of a meeting's time, place or status raises its
SEQUENCE and sets LAST-MODIFIED, and the file says which zone its times are in — read back
with the icalendar library, as a calendar that follows RFC 5545 reads it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from calendar_data import add_pairs, make_program
from icalendar import Calendar, Event
from test_migrations import empty_peerdesk_file, fill_file

from peerdesk import migrate
from peerdesk.calendar import changes as calendar_changes
from peerdesk.calendar.ics import export_ics
from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.reads import meetings_between
from peerdesk.calendar.series import (
    MeetingEdit,
    SeriesPlan,
    edit_meeting,
    move_meeting,
    schedule_series,
)
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairOutcome
from peerdesk.pairs.closing import close_pair
from peerdesk.storage import sqlite as sqlite_store

PARIS = "Europe/Paris"
PLAN = SeriesPlan(
    cadence="2w",
    weekday=1,
    local_time=time(17, 30),
    length_minutes=60,
    first_date=date(2026, 3, 3),
    last_date=date(2026, 6, 30),
    timezone=PARIS,
    place="Room 4",
)


def export(db: Database, program_id: int, path: Path) -> tuple[Calendar, dict[str, Event]]:
    export_ics(db, program_id, path, overwrite=True)
    calendar = Calendar.from_ical(path.read_bytes())
    return calendar, {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def modified(event: Event) -> datetime:
    value: datetime = event.decoded("last-modified")
    return value


def between(earlier: datetime, event: Event) -> bool:
    """LAST-MODIFIED is the time of the change just made (to the second)."""
    return earlier.replace(microsecond=0) <= modified(event) <= datetime.now(UTC)


def test_moved_edited_cancelled_and_brought_back_meetings_update_calendars(
    db: Database, tmp_path: Path
) -> None:
    program_id = make_program(db)
    pairs = add_pairs(db, program_id, 2)
    schedule_series(db, program_id, PLAN)
    out = tmp_path / "calendar.ics"
    calendar, first = export(db, program_id, out)

    # The file describes Paris time: times on its wall clock, and a VTIMEZONE for it.
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == PARIS
    assert str(calendar["x-wr-timezone"]) == PARIS
    raw = out.read_bytes()
    assert b"DTSTART;TZID=Europe/Paris:20260303T173000\r\n" in raw
    # 17:30 in Paris on both sides of the change to summer time (29 March 2026).
    starts = sorted({e.decoded("dtstart") for e in first.values()})
    assert starts[0] == datetime(2026, 3, 3, 16, 30, tzinfo=UTC)  # CET, UTC+1
    assert starts[2] == datetime(2026, 3, 31, 15, 30, tzinfo=UTC)  # CEST, UTC+2
    assert {s.astimezone(ZoneInfo(PARIS)).time() for s in starts} == {time(17, 30)}
    assert {int(e["sequence"]) for e in first.values()} == {0}
    assert all("last-modified" in e for e in first.values())

    # Moved (as the calendar screen's drag and drop does): same UID, higher SEQUENCE, new time.
    meeting = meetings_between(db, program_id, date(2026, 3, 3), date(2026, 3, 3))[0]
    moment = datetime.now(UTC)
    move_meeting(db, meeting.id, day=date(2026, 3, 5), local_time=time(9, 15))
    _calendar, second = export(db, program_id, out)
    assert set(second) == set(first)  # nothing doubled: every event keeps its UID
    moved = second[meeting.uid]
    assert int(moved["sequence"]) > int(first[meeting.uid]["sequence"])
    assert moved.decoded("dtstart") == datetime(2026, 3, 5, 9, 15, tzinfo=ZoneInfo(PARIS))
    assert moved.decoded("dtend") - moved.decoded("dtstart") == timedelta(hours=1)
    assert between(moment, moved)
    untouched = [uid for uid in first if uid != meeting.uid]
    assert all(second[uid]["sequence"] == first[uid]["sequence"] for uid in untouched)
    assert all(modified(second[uid]) == modified(first[uid]) for uid in untouched)

    # Its place changed: higher again.
    edit_meeting(db, meeting.id, MeetingEdit(place="Library, room 2"))
    _calendar, third = export(db, program_id, out)
    assert str(third[meeting.uid]["location"]) == "Library, room 2"
    assert int(third[meeting.uid]["sequence"]) > int(moved["sequence"])

    # Cancelled: STATUS:CANCELLED with a higher SEQUENCE again.
    moment = datetime.now(UTC)
    cancel = log_meeting(db, meeting.id, MeetingStatus.CANCELLED, now=moment)
    _calendar, fourth = export(db, program_id, out)
    cancelled = fourth[meeting.uid]
    assert str(cancelled["status"]) == "CANCELLED"
    assert int(cancelled["sequence"]) > int(third[meeting.uid]["sequence"])
    assert modified(cancelled) == moment.replace(microsecond=0)

    # Undoing the cancel brings it back — a change too, so higher once more.
    moment = datetime.now(UTC)
    calendar_changes.undo(db, cancel)
    _calendar, fifth = export(db, program_id, out)
    assert str(fifth[meeting.uid]["status"]) == "CONFIRMED"
    assert int(fifth[meeting.uid]["sequence"]) > int(cancelled["sequence"])
    assert between(moment, fifth[meeting.uid])

    # Logging a meeting as held changes nothing a calendar shows: no new revision.
    held = meetings_between(db, program_id, date(2026, 3, 17), date(2026, 3, 17))[0]
    log_meeting(db, held.id, MeetingStatus.HELD, now=datetime(2026, 3, 18, tzinfo=UTC))
    _calendar, sixth = export(db, program_id, out)
    assert sixth[held.uid]["sequence"] == fifth[held.uid]["sequence"]

    # The pair ends: its later meetings are cancelled, each with a higher SEQUENCE.
    moment = datetime.now(UTC)
    close_pair(db, pairs[1], outcome=PairOutcome.COMPLETED, reason="Goals reached",
               rematch_eligible=False, ended_on=date(2026, 5, 1))  # fmt: skip
    _calendar, seventh = export(db, program_id, out)
    ended = [
        e for e in seventh.values()
        if str(e["status"]) == "CANCELLED" and e.decoded("dtstart").date() > date(2026, 5, 1)
    ]  # fmt: skip
    assert len(ended) == 4
    for event in ended:
        assert int(event["sequence"]) > int(sixth[str(event["uid"])]["sequence"])
        assert between(moment, event)


def test_existing_meetings_get_a_last_modified_time(tmp_path: Path) -> None:
    """Migration 0015: a logged meeting's last change is its logging; any other, the upgrade."""
    path = empty_peerdesk_file(tmp_path / "old.peerdesk")
    sqlite_store.upgrade(path, "0008_identity")
    fill_file(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meeting SET logged_at = NULL WHERE id > 20")
    conn.close()
    before = datetime.now(UTC).replace(microsecond=0)
    sqlite_store.upgrade(path, migrate.HEAD)  # through 0015
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, logged_at, modified_at FROM meeting ORDER BY id").fetchall()
    conn.close()
    assert len(rows) == 40
    for meeting_id, logged_at, modified_at in rows:
        if meeting_id <= 20:
            assert modified_at == logged_at
        else:
            assert before <= datetime.fromisoformat(modified_at) <= datetime.now(UTC)
