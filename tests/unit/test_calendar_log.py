"""Logging meetings and staff check-ins: held, cancelled, no-show; check-ins on the cadence."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from calendar_data import add_pairs, make_program
from sqlalchemy import func, select

from peerdesk.calendar.checkins import NoCheckins, add_months, checkin_dates, schedule_checkins
from peerdesk.calendar.meeting_log import LogEntry, NotYetHappened, log_meeting, log_meetings
from peerdesk.calendar.reads import get_meeting, meetings_between, todays_meetings
from peerdesk.calendar.series import SeriesPlan, schedule_series
from peerdesk.database import Database
from peerdesk.enums import CheckinCadence, MeetingKind, MeetingStatus
from peerdesk.errors import ValidationError
from peerdesk.models import ChangeRecord, Meeting

LONDON = "Europe/London"
AFTER = datetime(2026, 6, 1, tzinfo=UTC)  # "now", once every meeting below is over


def series(db: Database, program_id: int, pair_ids: list[int] | None = None) -> list[int]:
    plan = SeriesPlan(
        cadence="2w",
        weekday=1,
        local_time=time(17, 30),
        length_minutes=60,
        first_date=date(2026, 3, 3),
        last_date=date(2026, 4, 28),
        timezone=LONDON,
    )
    return schedule_series(db, program_id, plan, pair_ids=pair_ids).created


def test_held_with_actual_length_notes_and_topics(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    first, second, *_ = series(db, program_id, [pair])
    log_meeting(
        db, first, MeetingStatus.HELD, actual_minutes=75, notes=" Went well. ",
        topics="Budgeting, next steps", now=AFTER,
    )  # fmt: skip
    row = get_meeting(db, first)
    assert (row.status, row.actual_minutes, row.notes, row.topics) == (
        MeetingStatus.HELD, 75, "Went well.", "Budgeting, next steps",
    )  # fmt: skip
    # Held without a length: as planned.
    log_meeting(db, second, MeetingStatus.HELD, now=AFTER)
    assert get_meeting(db, second).actual_minutes == 60
    with db.reading() as session:
        assert (
            session.scalar(select(func.count()).where(ChangeRecord.action == "log_meetings")) == 2
        )
        logged_at = session.scalar(select(Meeting.logged_at).where(Meeting.id == second))
    assert logged_at == AFTER


def test_cancelled_ahead_of_time_but_not_held_before_it_starts(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    first, *_ = series(db, program_id, [pair])
    before = datetime(2026, 3, 2, tzinfo=UTC)
    with pytest.raises(NotYetHappened):
        log_meeting(db, first, MeetingStatus.HELD, now=before)
    with pytest.raises(NotYetHappened):
        log_meeting(db, first, MeetingStatus.NO_SHOW, now=before)
    log_meeting(db, first, MeetingStatus.CANCELLED, actual_minutes=None, now=before)
    row = get_meeting(db, first)
    assert row.status == MeetingStatus.CANCELLED and row.actual_minutes is None
    # Logging it as scheduled again clears the log.
    log_meeting(db, first, MeetingStatus.SCHEDULED, now=before)
    assert not get_meeting(db, first).logged


def test_many_at_once_is_all_or_nothing(db: Database) -> None:
    program_id = make_program(db)
    pairs = add_pairs(db, program_id, 3)
    series(db, program_id)
    today = meetings_between(db, program_id, date(2026, 3, 3), date(2026, 3, 3))
    assert len(today) == 3
    assert [m.id for m in todays_meetings(db, program_id, date(2026, 3, 3))] == [
        m.id for m in today
    ]
    entries = [LogEntry(m.id, MeetingStatus.HELD) for m in today]
    bad = [*entries[:2], LogEntry(today[2].id, MeetingStatus.HELD, actual_minutes=-5)]
    with pytest.raises(ValidationError) as caught:
        log_meetings(db, bad, now=AFTER)
    assert "actual_minutes" in caught.value.problems
    assert not any(get_meeting(db, m.id).logged for m in today)
    result = log_meetings(
        db, [*entries[:2], LogEntry(today[2].id, MeetingStatus.NO_SHOW)], now=AFTER
    )
    assert sorted(result.updated) == sorted(m.id for m in today)
    statuses = {get_meeting(db, m.id).pair_id: get_meeting(db, m.id).status for m in today}
    assert statuses == {
        pairs[0]: MeetingStatus.HELD,
        pairs[1]: MeetingStatus.HELD,
        pairs[2]: MeetingStatus.NO_SHOW,
    }


# -- staff check-ins -------------------------------------------------------------------------


def test_checkin_dates_follow_the_cadence() -> None:
    start = date(2026, 1, 31)
    assert add_months(start, 1) == date(2026, 2, 28)
    monthly = checkin_dates(CheckinCadence.MONTHLY, start, date(2026, 1, 1), date(2026, 5, 31))
    assert monthly == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    biweekly = checkin_dates(CheckinCadence.BIWEEKLY, date(2026, 1, 5), date(2026, 2, 1),
                             date(2026, 3, 2))  # fmt: skip
    assert biweekly == [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 2)]
    quarterly = checkin_dates(CheckinCadence.QUARTERLY, start, start, date(2026, 12, 31))
    assert quarterly == [date(2026, 4, 30), date(2026, 7, 31), date(2026, 10, 31)]
    assert checkin_dates(CheckinCadence.NONE, start, start, date(2026, 12, 31)) == []


def test_checkins_per_person_of_active_pairs_loggable_like_meetings(db: Database) -> None:
    program_id = make_program(db, checkin=CheckinCadence.MONTHLY)
    # Two pairs sharing a mentor: three people, each checked in with once a month.
    pairs = add_pairs(db, program_id, 2, started=date(2026, 1, 12), mentor_of={1: 0})
    result = schedule_checkins(
        db, program_id, first_date=date(2026, 1, 1), last_date=date(2026, 4, 30), timezone=LONDON
    )
    rows = meetings_between(db, program_id, date(2026, 1, 1), date(2026, 4, 30))
    assert len(rows) == len(result.created) == 3 * 3  # 12 Feb, 12 Mar, 12 Apr
    assert {r.kind for r in rows} == {MeetingKind.STAFF_CHECKIN}
    assert {r.local_date for r in rows} == {date(2026, 2, 12), date(2026, 3, 12), date(2026, 4, 12)}
    assert {r.local_start.time() for r in rows} == {time(9, 0)}
    assert {r.pair_id for r in rows} <= set(pairs)
    assert len({r.participant_id for r in rows}) == 3
    assert rows[0].title.startswith("Check-in: ")
    # Again: nothing new (the dates are taken).
    again = schedule_checkins(
        db, program_id, first_date=date(2026, 1, 1), last_date=date(2026, 4, 30), timezone=LONDON
    )
    assert again.created == []
    log_meeting(db, rows[0].id, MeetingStatus.HELD, notes="Called; all fine.", now=AFTER)
    assert get_meeting(db, rows[0].id).status == MeetingStatus.HELD


def test_no_checkins_when_the_program_has_none(db: Database) -> None:
    program_id = make_program(db, checkin=CheckinCadence.NONE)
    add_pairs(db, program_id, 1)
    with pytest.raises(NoCheckins):
        schedule_checkins(db, program_id, first_date=date(2026, 1, 1))
