"""A pair's end ends its future: ending, completing or pausing a pair takes its meetings
off the calendar in the same action, undo puts them back, and calendar files say so."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import db_rows
import pytest
from calendar_data import add_pairs, make_program
from icalendar import Calendar

from peerdesk.calendar.ics import calendar_bytes
from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.series import SeriesPlan, schedule_series
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairOutcome
from peerdesk.matching.apply import end_pair, pause_pair, redo, resume_pair, undo
from peerdesk.matching.rules import PairRefused
from peerdesk.pairs.closing import close_cycle, close_pair, recent_misses

LONDON = "Europe/London"
# Fortnightly on Tuesdays from 3 March to 30 June 2026: 9 meetings per pair.
PLAN = SeriesPlan(
    cadence="2w",
    weekday=1,
    local_time=time(17, 30),
    length_minutes=60,
    first_date=date(2026, 3, 3),
    last_date=date(2026, 6, 30),
    timezone=LONDON,
)
ENDED_ON = date(2026, 4, 14)  # a meeting day: that day's meeting stays


def meetings(db: Database, pair_id: int) -> list[tuple[str, str, str | None, int, str]]:
    """(date, status, cancel reason, sequence, uid) of the pair's meetings, in order."""
    return [
        (row[0][:10], row[1], row[2], row[3], row[4])
        for row in db_rows.query(
            db,
            "SELECT starts_at, status, cancel_reason, sequence, uid FROM meeting "
            "WHERE pair_id = ? ORDER BY starts_at",
            pair_id,
        )
    ]


def without_sequence(rows: list[tuple[str, str, str | None, int, str]]) -> list[tuple[object, ...]]:
    return [(day, status, reason, uid) for day, status, reason, _seq, uid in rows]


def pair_status(db: Database, pair_id: int) -> str:
    [(status,)] = db_rows.query(db, "SELECT status FROM pair WHERE id = ?", pair_id)
    return str(status)


@pytest.fixture
def scheduled(db: Database) -> tuple[Database, int, list[int]]:
    program_id = make_program(db)
    pairs = add_pairs(db, program_id, 3)
    schedule_series(db, program_id, PLAN)
    return db, program_id, pairs


def test_ending_a_pair_cancels_its_meetings_after_the_end_and_undo_restores_them(
    scheduled: tuple,
) -> None:
    db, _program_id, pairs = scheduled
    before = meetings(db, pairs[0])
    assert len(before) == 9 and {m[1] for m in before} == {"scheduled"}
    changes = end_pair(db, pairs[0], reason="Moved away", rematch_eligible=True,
                       ended_on=ENDED_ON)  # fmt: skip
    after = meetings(db, pairs[0])
    kept = [m for m in after if m[0] <= ENDED_ON.isoformat()]
    gone = [m for m in after if m[0] > ENDED_ON.isoformat()]
    assert len(kept) == 4 and {m[1] for m in kept} == {"scheduled"}
    assert len(gone) == 5
    assert {(m[1], m[2], m[3]) for m in gone} == {("cancelled", "pair_ended", 1)}
    assert [m[4] for m in after] == [m[4] for m in before]  # the same UIDs
    assert meetings(db, pairs[1]) and {m[1] for m in meetings(db, pairs[1])} == {"scheduled"}
    assert changes.meetings is not None and len(changes.meetings.updated) == 5
    assert "meetings" in changes.kinds

    undo(db, changes)
    assert without_sequence(meetings(db, pairs[0])) == without_sequence(before)
    # Back on people's calendars as a newer version than the cancelled one.
    assert {m[3] for m in meetings(db, pairs[0]) if m[0] > ENDED_ON.isoformat()} == {2}
    assert pair_status(db, pairs[0]) == "active"
    redo(db, changes)
    assert without_sequence(meetings(db, pairs[0])) == without_sequence(after)
    assert {m[3] for m in meetings(db, pairs[0]) if m[0] > ENDED_ON.isoformat()} == {3}
    assert pair_status(db, pairs[0]) == "ended"


def test_the_next_calendar_file_carries_them_as_cancelled_with_a_higher_sequence(
    scheduled: tuple,
) -> None:
    db, program_id, pairs = scheduled
    old, _count = calendar_bytes(db, program_id, pair_id=pairs[0])
    old_events = {str(e["uid"]): e for e in Calendar.from_ical(old).walk("VEVENT")}
    assert {int(e["sequence"]) for e in old_events.values()} == {0}
    close_pair(db, pairs[0], outcome=PairOutcome.COMPLETED, reason="Goals reached",
               rematch_eligible=False, ended_on=ENDED_ON)  # fmt: skip
    new, count = calendar_bytes(db, program_id, pair_id=pairs[0])
    events = {str(e["uid"]): e for e in Calendar.from_ical(new).walk("VEVENT")}
    assert set(events) == set(old_events) and count == 9
    cancelled = [e for e in events.values() if str(e["status"]) == "CANCELLED"]
    assert len(cancelled) == 5
    for event in cancelled:
        assert int(event["sequence"]) > int(old_events[str(event["uid"])]["sequence"])
        assert event.decoded("dtstart").date() > ENDED_ON


def test_closing_the_cycle_cancels_every_pairs_future(scheduled: tuple) -> None:
    db, program_id, pairs = scheduled
    changes = close_cycle(db, program_id, ended_on=ENDED_ON)
    for pair_id in pairs:
        assert [m[1] for m in meetings(db, pair_id)] == ["scheduled"] * 4 + ["cancelled"] * 5
    undo(db, changes)
    for pair_id in pairs:
        assert {m[1] for m in meetings(db, pair_id)} == {"scheduled"}


def test_pausing_holds_the_meetings_and_resuming_brings_back_those_to_come(
    scheduled: tuple,
) -> None:
    db, _program_id, pairs = scheduled
    before = meetings(db, pairs[0])
    paused = pause_pair(db, pairs[0], paused_on=date(2026, 3, 30))
    assert pair_status(db, pairs[0]) == "paused"
    held = [m for m in meetings(db, pairs[0]) if m[1] == "cancelled"]
    assert len(held) == 7 and {m[2] for m in held} == {"pair_paused"}
    assert {m[3] for m in held} == {1}

    resumed = resume_pair(db, pairs[0], resumed_on=date(2026, 5, 1))
    after = meetings(db, pairs[0])
    assert pair_status(db, pairs[0]) == "active"
    # Held meetings of April passed during the pause and stay cancelled; May's come back.
    assert [(m[0], m[1]) for m in after if m[0] < "2026-05-01"] == [
        (m[0], "scheduled" if m[0] < "2026-03-30" else "cancelled")
        for m in before
        if m[0] < "2026-05-01"
    ]
    back = [m for m in after if m[0] >= "2026-05-01"]
    assert len(back) == 4 and {(m[1], m[2], m[3]) for m in back} == {("scheduled", None, 2)}

    undo(db, resumed)
    assert pair_status(db, pairs[0]) == "paused"
    assert {m[1] for m in meetings(db, pairs[0]) if m[0] >= "2026-03-30"} == {"cancelled"}
    undo(db, paused)
    assert without_sequence(meetings(db, pairs[0])) == without_sequence(before)


def test_pause_and_resume_refuse_the_wrong_state(scheduled: tuple) -> None:
    db, _program_id, pairs = scheduled
    with pytest.raises(PairRefused):
        resume_pair(db, pairs[0])
    pause_pair(db, pairs[0])
    with pytest.raises(PairRefused):
        pause_pair(db, pairs[0])


def test_recent_misses_counts_cancelled_and_no_shows_in_a_row(scheduled: tuple) -> None:
    db, _program_id, pairs = scheduled
    ids = [int(row[0]) for row in _ids(db, pairs[0])]
    later = datetime(2026, 5, 1, tzinfo=UTC)
    assert recent_misses(db, pairs[0], now=later) == 0
    log_meeting(db, ids[0], MeetingStatus.HELD, now=later)
    log_meeting(db, ids[1], MeetingStatus.NO_SHOW, now=later)
    log_meeting(db, ids[2], MeetingStatus.CANCELLED, now=later)
    # ids[3] not logged: passed over, not counted as missed.
    log_meeting(db, ids[4], MeetingStatus.NO_SHOW, now=later)
    assert recent_misses(db, pairs[0], now=later) == 3


def _ids(db: Database, pair_id: int) -> list[tuple[int]]:
    return db_rows.query(db, "SELECT id FROM meeting WHERE pair_id = ? ORDER BY starts_at", pair_id)


def test_a_meeting_cancelled_by_hand_is_exported_with_a_higher_sequence(
    scheduled: tuple,
) -> None:
    db, program_id, pairs = scheduled
    first = int(_ids(db, pairs[0])[0][0])
    log_meeting(db, first, MeetingStatus.CANCELLED, now=datetime(2026, 3, 1, tzinfo=UTC))
    data, _count = calendar_bytes(db, program_id, pair_id=pairs[0])
    [event] = [
        e for e in Calendar.from_ical(data).walk("VEVENT") if str(e["status"]) == "CANCELLED"
    ]
    assert int(event["sequence"]) == 1
    assert meetings(db, pairs[0])[0][2] is None  # cancelled by hand: no reason of PeerDesk's
