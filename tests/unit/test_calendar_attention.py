"""Each attention rule: a case that raises it and one that does not."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from calendar_data import add_pairs, make_program, person_name

from peerdesk.calendar.attention import AttentionItem, AttentionKind, attention_items
from peerdesk.calendar.checkins import schedule_checkins
from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.series import schedule_meeting
from peerdesk.database import Database
from peerdesk.enums import CheckinCadence, MeetingStatus

LONDON = "Europe/London"
STARTED = date(2026, 1, 12)


def program(db: Database, **thresholds: object) -> int:
    """A program with every rule off but those asked for."""
    settings: dict[str, object] = {
        "checkin": CheckinCadence.NONE,
        "no_meeting_weeks": 0,
        "missed_in_row": 0,
    }
    settings.update(thresholds)
    return make_program(db, **settings)  # type: ignore[arg-type]


def meeting(db: Database, program_id: int, pair_id: int, day: date) -> int:
    result = schedule_meeting(
        db, program_id, pair_id, day=day, local_time=time(17, 30), length_minutes=60,
        timezone=LONDON,
    )  # fmt: skip
    return result.created[0]


def log(db: Database, meeting_id: int, status: MeetingStatus) -> None:
    log_meeting(db, meeting_id, status, now=datetime(2026, 12, 31, tzinfo=UTC))


def items(db: Database, program_id: int, today: date) -> list[AttentionItem]:
    return attention_items(db, program_id, today=today, now=datetime(2026, 12, 31, tzinfo=UTC))


def test_meetings_past_their_date_with_no_log(db: Database) -> None:
    program_id = program(db)
    quiet, logged = add_pairs(db, program_id, 2)
    late = [meeting(db, program_id, quiet, date(2026, 3, d)) for d in (3, 10)]
    meeting(db, program_id, quiet, date(2026, 3, 17))  # today: not late yet
    done = meeting(db, program_id, logged, date(2026, 3, 3))
    log(db, done, MeetingStatus.HELD)
    [item] = items(db, program_id, date(2026, 3, 17))
    assert (item.kind, item.pair_id, item.count, item.since) == (
        AttentionKind.UNLOGGED, quiet, 2, date(2026, 3, 3),
    )  # fmt: skip
    assert item.meeting_ids == tuple(late)
    assert item.describe() == (
        f"{person_name(0)} & {person_name(1)}: 2 meetings not logged, since 03 Mar 2026"
    )
    # Once logged, it is gone.
    for meeting_id in late:
        log(db, meeting_id, MeetingStatus.CANCELLED)
    assert items(db, program_id, date(2026, 3, 17)) == []


def test_no_held_meeting_for_n_weeks(db: Database) -> None:
    program_id = program(db, no_meeting_weeks=4)
    quiet, busy, new = add_pairs(db, program_id, 3)
    log(db, meeting(db, program_id, quiet, date(2026, 2, 3)), MeetingStatus.HELD)
    log(db, meeting(db, program_id, busy, date(2026, 2, 24)), MeetingStatus.HELD)
    # A pair that began only recently has had no time to meet yet.
    [late_start] = add_pairs(db, program_id, 1, started=date(2026, 2, 23), offset=40)
    today = date(2026, 3, 10)
    found = items(db, program_id, today)
    assert {i.kind for i in found} == {AttentionKind.NO_MEETING}
    by_pair = {i.pair_id: i for i in found}
    assert set(by_pair) == {quiet, new}  # not busy, not late_start
    assert by_pair[quiet].since == date(2026, 2, 3) and by_pair[quiet].weeks == 5
    assert by_pair[new].since == STARTED  # never met: counted from the start
    assert late_start not in by_pair


def test_cancellations_and_no_shows_in_a_row(db: Database) -> None:
    program_id = program(db, missed_in_row=2)
    missing, recovered = add_pairs(db, program_id, 2)
    for day, status in ((3, MeetingStatus.HELD), (10, MeetingStatus.CANCELLED),
                        (17, MeetingStatus.NO_SHOW)):  # fmt: skip
        log(db, meeting(db, program_id, missing, date(2026, 3, day)), status)
    for day, status in ((3, MeetingStatus.CANCELLED), (10, MeetingStatus.HELD),
                        (17, MeetingStatus.CANCELLED)):  # fmt: skip
        log(db, meeting(db, program_id, recovered, date(2026, 3, day)), status)
    [item] = items(db, program_id, date(2026, 3, 20))
    assert (item.kind, item.pair_id, item.count, item.since) == (
        AttentionKind.MISSED_IN_ROW, missing, 2, date(2026, 3, 10),
    )  # fmt: skip


def test_staff_checkins_overdue(db: Database) -> None:
    program_id = program(db, checkin=CheckinCadence.MONTHLY)
    [pair] = add_pairs(db, program_id, 1, started=STARTED)
    schedule_checkins(
        db, program_id, first_date=STARTED, last_date=date(2026, 3, 31), timezone=LONDON
    )
    from peerdesk.calendar.reads import meetings_between

    february = meetings_between(db, program_id, date(2026, 2, 12), date(2026, 2, 12))
    assert len(february) == 2  # the mentor and the mentee
    # Before the due date: nothing.
    assert items(db, program_id, date(2026, 2, 12)) == []
    # The day after, unlogged: both overdue.
    found = items(db, program_id, date(2026, 2, 13))
    assert {(i.kind, i.pair_id, i.role) for i in found} == {
        (AttentionKind.CHECKIN_OVERDUE, pair, "mentor"),
        (AttentionKind.CHECKIN_OVERDUE, pair, "mentee"),
    }
    assert {i.since for i in found} == {date(2026, 2, 12)}
    # The mentor's is held, the mentee's is not.
    mentor = next(m for m in february if m.checkin_name == person_name(0))
    log(db, mentor.id, MeetingStatus.HELD)
    [left] = items(db, program_id, date(2026, 2, 13))
    assert (left.person_name, left.role) == (person_name(1), "mentee")


def test_no_checkin_for_a_period_even_when_none_was_scheduled(db: Database) -> None:
    program_id = program(db, checkin=CheckinCadence.MONTHLY)
    add_pairs(db, program_id, 1, started=STARTED)
    # Due a month after the start (12 Feb), with a week's grace.
    assert items(db, program_id, date(2026, 2, 19)) == []
    found = items(db, program_id, date(2026, 2, 20))
    assert {i.kind for i in found} == {AttentionKind.CHECKIN_OVERDUE}
    assert {i.since for i in found} == {date(2026, 2, 12)}
    assert len(found) == 2


def test_rules_turned_off_say_nothing(db: Database) -> None:
    program_id = program(db)  # every threshold 0, no check-ins
    [pair] = add_pairs(db, program_id, 1)
    log(db, meeting(db, program_id, pair, date(2026, 3, 3)), MeetingStatus.CANCELLED)
    log(db, meeting(db, program_id, pair, date(2026, 3, 10)), MeetingStatus.NO_SHOW)
    assert items(db, program_id, date(2026, 9, 1)) == []
