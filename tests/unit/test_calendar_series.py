"""Scheduling series and one-off meetings, moving and editing them, undo and redo."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db_rows
import psycopg
import pytest
from calendar_data import add_pairs, make_program
from sqlalchemy import event, select

from peerdesk.calendar import changes as calendar_changes
from peerdesk.calendar import zones
from peerdesk.calendar.changes import CalendarChanges
from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.series import (
    MeetingEdit,
    NoActivePairs,
    PairEnded,
    Scope,
    SeriesPlan,
    delete_meeting,
    edit_meeting,
    move_meeting,
    occurrence_dates,
    parse_weekday,
    schedule_meeting,
    schedule_series,
)
from peerdesk.database import Database, open_database
from peerdesk.enums import MeetingStatus, PairStatus
from peerdesk.errors import ConnectionLost, ValidationError
from peerdesk.models import ChangeRecord, Meeting, MeetingSeries, Pair

TUE = 1
LONDON = "Europe/London"


def plan(**changes: object) -> SeriesPlan:
    base = SeriesPlan(
        cadence="2w",
        weekday=TUE,
        local_time=time(17, 30),
        length_minutes=60,
        first_date=date(2026, 3, 3),
        last_date=date(2026, 4, 28),
        timezone=LONDON,
    )
    return SeriesPlan(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def meetings_of(db: Database, pair_id: int | None = None) -> list[Meeting]:
    with db.reading() as session:
        query = select(Meeting).order_by(Meeting.starts_at, Meeting.id)
        if pair_id is not None:
            query = query.where(Meeting.pair_id == pair_id)
        found = list(session.scalars(query))
        session.expunge_all()  # keep the loaded values after the read ends
        return found


def local_days(meetings: list[Meeting]) -> list[date]:
    return [zones.local_date(m.starts_at, m.timezone) for m in meetings]


REVISION = ("sequence", "modified_at", "version")


def dump(db: Database) -> list[tuple[object, ...]]:
    """Every meeting and series row, but a meeting's calendar SEQUENCE (it only goes up),
    LAST-MODIFIED (the time it last went up) and row version (it only goes up too)."""
    names = db_rows.columns(db, "meeting")
    meetings = [
        tuple(v for name, v in zip(names, row, strict=True) if name not in REVISION)
        for row in db_rows.table(db, "meeting")
    ]
    return meetings + db_rows.table(db, "meeting_series")


# -- dates of a series -----------------------------------------------------------------------


def test_every_two_weeks_from_the_first_matching_weekday() -> None:
    # 1 March 2026 is a Sunday: the first Tuesday on or after it is the 3rd.
    days = occurrence_dates("2w", TUE, date(2026, 3, 1), date(2026, 4, 27))
    assert days == [date(2026, 3, 3), date(2026, 3, 17), date(2026, 3, 31), date(2026, 4, 14)]
    assert all(d.weekday() == TUE for d in days)


def test_weekly_and_four_weekly() -> None:
    weekly = occurrence_dates("1w", 3, date(2026, 1, 1), date(2026, 1, 31))
    assert weekly == [date(2026, 1, d) for d in (1, 8, 15, 22, 29)]
    four = occurrence_dates("4w", 3, date(2026, 1, 1), date(2026, 3, 31))
    assert four == [date(2026, 1, 1), date(2026, 1, 29), date(2026, 2, 26), date(2026, 3, 26)]


def test_monthly_keeps_the_ordinal_weekday_and_a_fifth_becomes_the_last() -> None:
    second = occurrence_dates("month", TUE, date(2026, 1, 13), date(2026, 4, 30))
    assert second == [date(2026, 1, 13), date(2026, 2, 10), date(2026, 3, 10), date(2026, 4, 14)]
    # 30 June 2026 is the fifth Tuesday; months without one meet on their last Tuesday.
    fifth = occurrence_dates("month", TUE, date(2026, 6, 30), date(2026, 9, 30))
    assert fifth == [date(2026, 6, 30), date(2026, 7, 28), date(2026, 8, 25), date(2026, 9, 29)]


def test_skip_dates_are_left_out() -> None:
    days = occurrence_dates(
        "1w", TUE, date(2026, 3, 3), date(2026, 3, 31), [date(2026, 3, 10), date(2026, 3, 24)]
    )
    assert days == [date(2026, 3, 3), date(2026, 3, 17), date(2026, 3, 31)]


def test_weekday_names() -> None:
    assert parse_weekday("tue") == 1
    assert parse_weekday("Tuesday") == 1
    assert parse_weekday("7") == 6
    with pytest.raises(ValidationError):
        parse_weekday("someday")


# -- scheduling --------------------------------------------------------------------------------


def test_a_series_for_one_pair_with_skip_dates(db: Database) -> None:
    program_id = make_program(db)
    pair, other = add_pairs(db, program_id, 2)
    result = schedule_series(
        db, program_id, plan(skip_dates=(date(2026, 3, 17),), place="Room 4"), pair_ids=[pair]
    )
    mine = meetings_of(db, pair)
    assert local_days(mine) == [
        date(2026, 3, 3),
        date(2026, 3, 31),
        date(2026, 4, 14),
        date(2026, 4, 28),
    ]
    assert meetings_of(db, other) == []
    assert sorted(result.created) == sorted(m.id for m in mine)
    assert {m.place for m in mine} == {"Room 4"}
    assert all(m.status == MeetingStatus.SCHEDULED and not m.moved for m in mine)
    assert len({m.uid for m in mine}) == len(mine)
    with db.reading() as session:
        [series] = session.scalars(select(MeetingSeries)).all()
        session.expunge_all()
        assert series.skip_dates == ["2026-03-17"]
        assert series.timezone == LONDON
        actions = session.scalars(select(ChangeRecord.action)).all()
    assert "schedule_series" in actions


def test_the_last_date_defaults_to_the_programs_end(db: Database) -> None:
    program_id = make_program(db, end=date(2026, 3, 31))
    [pair] = add_pairs(db, program_id, 1)
    schedule_series(db, program_id, plan(last_date=None, cadence="1w"), pair_ids=[pair])
    assert local_days(meetings_of(db))[-1] == date(2026, 3, 31)


def test_every_active_pair_and_again_only_the_new_ones(db: Database) -> None:
    program_id = make_program(db)
    first = add_pairs(db, program_id, 3)
    with db.transaction() as session:
        ended = session.get(Pair, first[2])
        assert ended is not None
        ended.status = PairStatus.ENDED
    result = schedule_series(db, program_id, plan())
    assert {m.pair_id for m in meetings_of(db)} == set(first[:2])
    assert len(result.created) == 2 * 5
    new = add_pairs(db, program_id, 1, offset=100)
    again = schedule_series(db, program_id, plan())
    assert again.skipped_pairs == tuple(first[:2])
    assert {m.pair_id for m in meetings_of(db) if m.id in again.created} == set(new)
    assert any("Left out 2 pairs" in w for w in again.warnings)


def test_no_active_pairs_is_a_clear_error(db: Database) -> None:
    program_id = make_program(db)
    with pytest.raises(NoActivePairs):
        schedule_series(db, program_id, plan())


def test_an_ended_pair_cannot_be_scheduled(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    with db.transaction() as session:
        row = session.get(Pair, pair)
        assert row is not None
        row.status = PairStatus.ENDED
    with pytest.raises(PairEnded):
        schedule_series(db, program_id, plan(), pair_ids=[pair])


def test_invalid_plans_name_each_problem_and_save_nothing(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    with pytest.raises(ValidationError) as caught:
        schedule_series(
            db,
            program_id,
            plan(last_date=date(2026, 1, 1), length_minutes=0, cadence="3d"),
            pair_ids=[pair],
        )
    assert set(caught.value.problems) == {"last_date", "length", "cadence"}
    assert meetings_of(db) == []


def test_one_off_meeting(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    result = schedule_meeting(
        db,
        program_id,
        pair,
        day=date(2026, 5, 6),
        local_time=time(12, 15),
        length_minutes=45,
        link="https://meet.example.org/abc",
        timezone=LONDON,
    )
    [meeting] = meetings_of(db)
    assert result.created == [meeting.id]
    assert meeting.series_id is None
    assert meeting.starts_at == datetime(2026, 5, 6, 11, 15, tzinfo=UTC)  # BST is UTC+1
    assert meeting.length_minutes == 45
    assert meeting.link == "https://meet.example.org/abc"


# -- daylight saving -------------------------------------------------------------------------


@pytest.mark.parametrize("zone_name", ["Europe/London", "America/New_York"])
def test_local_time_stays_put_across_daylight_saving(db: Database, zone_name: str) -> None:
    """17:30 in the winter, 17:30 in the summer, 17:30 in November again."""
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    schedule_series(
        db,
        program_id,
        plan(
            cadence="1w",
            first_date=date(2026, 2, 24),
            last_date=date(2026, 11, 30),
            timezone=zone_name,
        ),
        pair_ids=[pair],
    )
    meetings = meetings_of(db)
    zone = ZoneInfo(zone_name)
    local_times = {m.starts_at.astimezone(zone).time() for m in meetings}
    assert local_times == {time(17, 30)}
    offsets = {m.starts_at.astimezone(zone).utcoffset() for m in meetings}
    assert len(offsets) == 2  # both sides of both changes, at the same wall-clock time
    march = [m for m in meetings if m.starts_at.astimezone(zone).month == 3]
    november = [m for m in meetings if m.starts_at.astimezone(zone).month == 11]
    assert march and november
    utc_hours = {m.starts_at.astimezone(UTC).hour for m in meetings}
    assert len(utc_hours) == 2  # so the UTC time does move, as it must


def test_zone_names_come_from_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert zones.system_zone_name() == "America/New_York"
    monkeypatch.setenv("TZ", ":Europe/London")
    assert zones.system_zone_name() == "Europe/London"
    monkeypatch.setenv("TZ", "/usr/share/zoneinfo/Asia/Tokyo")
    assert zones.system_zone_name() == "Asia/Tokyo"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert zones.is_zone(zones.system_zone_name())  # the system's own, or UTC
    assert zones.zone("Not/AZone") == ZoneInfo("UTC")


def test_a_time_skipped_by_the_spring_change_lands_just_after_it() -> None:
    # Clocks in London go from 01:00 to 02:00 on 29 March 2026: 01:30 does not exist.
    instant = zones.to_utc(date(2026, 3, 29), time(1, 30), LONDON)
    assert instant == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert zones.to_local(instant, LONDON).time() == time(2, 30)


# -- moving and editing ----------------------------------------------------------------------


def test_moving_one_meeting_does_not_move_the_series(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    schedule_series(db, program_id, plan(), pair_ids=[pair])
    before = meetings_of(db)
    second = before[1]
    result = move_meeting(db, second.id, day=date(2026, 3, 19))
    after = meetings_of(db)
    moved = next(m for m in after if m.id == second.id)
    assert moved.moved
    assert moved.uid == second.uid
    assert moved.occurrence_date == date(2026, 3, 17)
    assert zones.to_local(moved.starts_at, LONDON).replace(tzinfo=None) == datetime(
        2026, 3, 19, 17, 30
    )
    others = [(m.id, m.starts_at) for m in after if m.id != second.id]
    assert others == [(m.id, m.starts_at) for m in before if m.id != second.id]
    assert result.updated == [second.id]
    # Back to its own date and time: no longer marked as moved.
    move_meeting(db, second.id, day=date(2026, 3, 17))
    assert not next(m for m in meetings_of(db) if m.id == second.id).moved


def test_this_and_all_following(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    schedule_series(db, program_id, plan(last_date=date(2026, 4, 30)), pair_ids=[pair])
    first, second, third, fourth, fifth = meetings_of(db)
    log_meeting(
        db, fifth.id, MeetingStatus.CANCELLED, now=datetime(2026, 3, 1, tzinfo=UTC)
    )  # cancelled ahead of time: keeps its date
    result = edit_meeting(
        db,
        third.id,
        MeetingEdit(day=date(2026, 4, 1), local_time=time(9, 0), place="Library"),
        scope=Scope.FOLLOWING,
    )
    after = {m.id: m for m in meetings_of(db)}
    # Earlier meetings are untouched.
    assert after[first.id].starts_at == first.starts_at and after[first.id].place == ""
    assert after[second.id].starts_at == second.starts_at
    # This and the following now meet on Wednesdays at 09:00 in the library, with the same UIDs.
    for meeting, day in ((third, date(2026, 4, 1)), (fourth, date(2026, 4, 15))):
        changed = after[meeting.id]
        assert changed.uid == meeting.uid
        local = zones.to_local(changed.starts_at, LONDON)
        assert (local.date(), local.time()) == (day, time(9, 0))
        assert changed.place == "Library" and not changed.moved
    assert after[fifth.id].starts_at == fifth.starts_at  # logged: kept where it was
    assert after[fifth.id].place == "Library" and after[fifth.id].moved
    with db.reading() as session:
        old, new = session.scalars(select(MeetingSeries).order_by(MeetingSeries.id)).all()
        session.expunge_all()
    assert old.last_date == date(2026, 3, 30)
    assert (new.first_date, new.weekday, new.local_time) == (date(2026, 4, 1), 2, "09:00")
    assert new.last_date == date(2026, 4, 30)
    assert after[third.id].series_id == new.id and after[first.id].series_id == old.id
    assert set(result.updated) >= {third.id, fourth.id}


def test_all_following_from_the_first_meeting_changes_the_series_itself(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    schedule_series(db, program_id, plan(), pair_ids=[pair])
    first = meetings_of(db)[0]
    edit_meeting(
        db, first.id, MeetingEdit(local_time=time(18, 0), length_minutes=45), scope=Scope.FOLLOWING
    )
    meetings = meetings_of(db)
    assert {zones.to_local(m.starts_at, LONDON).time() for m in meetings} == {time(18, 0)}
    assert {m.length_minutes for m in meetings} == {45}
    with db.reading() as session:
        [series] = session.scalars(select(MeetingSeries)).all()
        session.expunge_all()
    assert (series.local_time, series.length_minutes) == ("18:00", 45)


def test_changing_only_this_meeting(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    schedule_series(db, program_id, plan(), pair_ids=[pair])
    first, second, *rest = meetings_of(db)
    edit_meeting(db, second.id, MeetingEdit(place="Café", length_minutes=30), scope=Scope.THIS)
    after = {m.id: m for m in meetings_of(db)}
    assert (after[second.id].place, after[second.id].length_minutes) == ("Café", 30)
    assert not after[second.id].moved  # same date and time
    assert all(after[m.id].place == "" for m in [first, *rest])


def test_deleting_one_then_the_rest(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    schedule_series(db, program_id, plan(), pair_ids=[pair])
    first, second, third, _fourth, fifth = meetings_of(db)
    delete_meeting(db, second.id, scope=Scope.THIS)
    with db.reading() as session:
        [series] = session.scalars(select(MeetingSeries)).all()
        session.expunge_all()
    assert series.skip_dates == ["2026-03-17"]
    log_meeting(db, fifth.id, MeetingStatus.CANCELLED, now=datetime(2026, 3, 1, tzinfo=UTC))
    delete_meeting(db, third.id, scope=Scope.FOLLOWING)
    left = meetings_of(db)
    assert [m.id for m in left] == [first.id, fifth.id]  # the logged one stays, as a one-off
    assert left[1].series_id is None


# -- undo and redo ---------------------------------------------------------------------------


def test_undo_and_redo_put_back_exactly(db: Database) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 3)
    empty = dump(db)
    scheduled = schedule_series(db, program_id, plan())
    full = dump(db)
    calendar_changes.undo(db, scheduled)
    assert dump(db) == empty
    calendar_changes.redo(db, scheduled)
    assert dump(db) == full
    meeting = meetings_of(db)[2]
    moved = move_meeting(db, meeting.id, day=date(2026, 3, 20))
    edited = edit_meeting(db, meeting.id, MeetingEdit(local_time=time(8, 0)), scope=Scope.FOLLOWING)
    calendar_changes.undo(db, edited)
    calendar_changes.undo(db, moved)
    assert dump(db) == full
    # Put back as it was, as a newer version for calendars that imported the moved one.
    assert next(m for m in meetings_of(db) if m.id == meeting.id).sequence > 2


def test_undo_refuses_when_something_changed_since(db: Database) -> None:
    program_id = make_program(db)
    [pair] = add_pairs(db, program_id, 1)
    schedule_series(db, program_id, plan(), pair_ids=[pair])
    meeting = meetings_of(db)[0]
    moved = move_meeting(db, meeting.id, day=date(2026, 3, 5))
    edit_meeting(db, meeting.id, MeetingEdit(place="Elsewhere"))
    with pytest.raises(calendar_changes.ChangedSince):
        calendar_changes.undo(db, moved)
    assert next(m for m in meetings_of(db) if m.id == meeting.id).place == "Elsewhere"


def test_a_year_for_many_pairs_is_bulk_written(db: Database) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 20)
    result = schedule_series(
        db, program_id, plan(first_date=date(2026, 1, 6), last_date=date(2026, 12, 29))
    )
    assert len(result.created) == 20 * 26
    days = {zones.local_date(m.starts_at, LONDON) for m in meetings_of(db)}
    assert min(days) == date(2026, 1, 6) and max(days) == date(2026, 12, 22)
    assert all(
        b - a == timedelta(days=14) for a, b in zip(sorted(days), sorted(days)[1:], strict=False)
    )


def test_another_window_scheduling_at_the_same_moment_gets_its_own_ids(pg_url: str) -> None:
    """On a shared database another window can commit meetings while a schedule is being
    written: both land, each with its own ids, and each one's undo knows only its own."""
    with open_database(pg_url) as db, open_database(pg_url) as other:
        program_id = make_program(db)
        pairs = add_pairs(db, program_id, 3)
        meanwhile: list[CalendarChanges] = []

        def other_window_schedules(_c: object, _cur: object, statement: str, *_: object) -> None:
            if statement.startswith("INSERT INTO meeting (") and not meanwhile:
                day, at = date(2026, 3, 5), time(12, 0)
                made = schedule_meeting(
                    other, program_id, pairs[0], day=day, local_time=at, length_minutes=30
                )
                meanwhile.append(made)

        event.listen(db.engine, "after_cursor_execute", other_window_schedules)
        try:
            scheduled = schedule_series(db, program_id, plan())
        finally:
            event.remove(db.engine, "after_cursor_execute", other_window_schedules)
        [theirs] = meanwhile
        mine = set(scheduled.meetings_after)
        assert len(mine) == 15 and set(theirs.meetings_after).isdisjoint(mine)
        assert {m.id for m in meetings_of(db)} == mine | set(theirs.meetings_after)
        calendar_changes.undo(db, scheduled)
        assert {m.id for m in meetings_of(db)} == set(theirs.meetings_after)


def test_a_connection_dropped_while_scheduling_saves_none_of_it(pg_url: str) -> None:
    """The server drops the connection after the meetings went in, before the commit: the
    schedule says so in plain words, nothing of it is kept, and scheduling again works."""
    with open_database(pg_url) as db:
        program_id = make_program(db)
        add_pairs(db, program_id, 3)
        before = dump(db)
        dropped: list[bool] = []

        def network_drops(_c: object, _cur: object, statement: str, *_: object) -> None:
            if statement.startswith("INSERT INTO meeting (") and not dropped:
                dropped.append(True)
                with psycopg.connect(pg_url, autocommit=True) as admin:
                    admin.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )

        event.listen(db.engine, "after_cursor_execute", network_drops)
        try:
            with pytest.raises(ConnectionLost):
                schedule_series(db, program_id, plan())
        finally:
            event.remove(db.engine, "after_cursor_execute", network_drops)
        assert dropped
        with open_database(pg_url) as again:  # reconnecting, as the message says
            assert dump(again) == before
        assert len(schedule_series(db, program_id, plan()).meetings_after) == 15
