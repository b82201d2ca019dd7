"""Each attention rule: a case that raises it and one that does not."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from calendar_data import add_pairs, make_program, person_name

from peerdesk.calendar.attention import (
    AttentionItem,
    AttentionKind,
    attention_items,
    group_attention,
)
from peerdesk.calendar.checkins import schedule_checkins
from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.series import schedule_meeting
from peerdesk.database import Database
from peerdesk.enums import CheckinCadence, MeetingStatus
from peerdesk.models import Meeting

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


def test_the_list_puts_pairs_first_by_urgency_and_unlogged_meetings_by_day(db: Database) -> None:
    program_id = program(db, no_meeting_weeks=4, missed_in_row=3)
    quiet, missed, unlogged_a, unlogged_b = add_pairs(db, program_id, 4)
    log(db, meeting(db, program_id, quiet, date(2026, 2, 3)), MeetingStatus.HELD)
    for day in (2, 9, 16, 23):
        log(db, meeting(db, program_id, missed, date(2026, 2, day)), MeetingStatus.CANCELLED)
    late = [meeting(db, program_id, p, date(2026, 3, 3)) for p in (unlogged_a, unlogged_b)]
    later = meeting(db, program_id, unlogged_a, date(2026, 3, 5))
    today = date(2026, 3, 10)
    grouped = group_attention(items(db, program_id, today))
    # Missed in a row comes first; then the longest without a held meeting (the two pairs
    # that never logged one, since 12 Jan) before the one quiet since 3 Feb.
    assert [p.pair_id for p in grouped.pairs] == [missed, unlogged_a, unlogged_b, quiet]
    assert [p.items[0].weeks for p in grouped.pairs[1:]] == [8, 8, 5]
    assert grouped.pairs[0].items[0].kind == AttentionKind.MISSED_IN_ROW
    assert grouped.pairs[0].items[0].count == 4
    # Meetings nobody logged: a line per day, oldest first, not a line per pair.
    assert [(d.day, d.meeting_ids) for d in grouped.unlogged_days] == [
        (date(2026, 3, 3), tuple(late)),
        (date(2026, 3, 5), (later,)),
    ]
    assert grouped.unlogged_days[0].pair_ids == (unlogged_a, unlogged_b)
    assert grouped.unlogged_meetings == 3
    assert grouped.count == len(grouped.pairs) + 2
    # One reason at a time.
    assert [p.pair_id for p in grouped.only(AttentionKind.MISSED_IN_ROW).pairs] == [missed]
    assert grouped.only(AttentionKind.UNLOGGED).pairs == ()
    assert grouped.only(AttentionKind.UNLOGGED).unlogged_days == grouped.unlogged_days
    assert grouped.only(AttentionKind.NO_MEETING).unlogged_days == ()


def test_meetings_cancelled_by_a_pause_are_not_missed(db: Database) -> None:
    from peerdesk.matching.apply import pause_pair, resume_pair

    program_id = program(db, missed_in_row=2)
    [paired] = add_pairs(db, program_id, 1)
    log(db, meeting(db, program_id, paired, date(2026, 2, 24)), MeetingStatus.HELD)
    held_back = [meeting(db, program_id, paired, date(2026, 3, day)) for day in (3, 10, 17)]
    pause_pair(db, paired, paused_on=date(2026, 3, 1))
    resume_pair(db, paired, resumed_on=date(2026, 3, 20))
    with db.reading() as session:
        reasons = [session.get(Meeting, m).cancel_reason for m in held_back]  # type: ignore[union-attr]
    assert reasons == ["pair_paused"] * 3  # past the resume date: they stay cancelled
    # Three cancelled in a row, but by the pause, not by the pair: nothing was missed.
    assert [i.kind for i in items(db, program_id, date(2026, 3, 21))] == []
