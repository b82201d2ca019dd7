"""Planning meetings for many pairs without double-booking anyone, then saving the plan."""

from __future__ import annotations

import time as clock
from collections import Counter
from datetime import date, time, timedelta

import pytest
from calendar_data import add_pairs, make_program
from sqlalchemy import func, select

from peerdesk.calendar import changes as calendar_changes
from peerdesk.calendar import zones
from peerdesk.calendar.availability import parse, windows
from peerdesk.calendar.conflicts import find_conflicts
from peerdesk.calendar.planning import ScheduleRequest, plan_meetings, save_plan, schedule_pairs
from peerdesk.calendar.series import schedule_meeting
from peerdesk.database import Database
from peerdesk.enums import TagKind
from peerdesk.errors import ValidationError
from peerdesk.models import ChangeRecord, Meeting, MeetingSeries, Pair, ParticipantTag

LONDON = "Europe/London"
TUESDAY = date(2026, 3, 3)


def groups_of_two_and_three(count: int) -> dict[int, int]:
    """Pair n's mentor: mentors of two and of three mentees, alternately."""
    mentor_of: dict[int, int] = {}
    n, size = 0, 2
    while n < count:
        for extra in range(1, size):
            if n + extra < count:
                mentor_of[n + extra] = n
        n += size
        size = 5 - size
    return mentor_of


def once(**changes: object) -> ScheduleRequest:
    base = ScheduleRequest(
        once=True,
        first_date=TUESDAY,
        last_date=TUESDAY + timedelta(days=6),
        local_time=time(17, 0),
        length_minutes=60,
        timezone=LONDON,
    )
    return ScheduleRequest(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def series(**changes: object) -> ScheduleRequest:
    return once(once=False, cadence="2w", weekday=1, last_date=date(2026, 6, 30), **changes)


@pytest.fixture
def program(db: Database) -> tuple[Database, int, list[int]]:
    program_id = make_program(db)
    pairs = add_pairs(db, program_id, 82, mentor_of=groups_of_two_and_three(82))
    return db, program_id, pairs


def all_meetings(db: Database) -> list[Meeting]:
    with db.reading() as session:
        found = list(session.scalars(select(Meeting).order_by(Meeting.id)))
        session.expunge_all()
        return found


def double_booked(db: Database) -> list[object]:
    with db.reading() as session:
        return list(find_conflicts(session))


def add_tag(db: Database, pair_id: int, role: str, value: str) -> None:
    with db.transaction() as session:
        pair = session.get(Pair, pair_id)
        assert pair is not None
        participant = pair.mentor_id if role == "mentor" else pair.mentee_id
        session.add(
            ParticipantTag(participant_id=participant, kind=TagKind.AVAILABILITY, value=value)
        )


def test_one_meeting_each_for_82_pairs_with_nobody_double_booked(program: tuple) -> None:
    db, program_id, pairs = program
    plan = plan_meetings(db, program_id, once())
    assert plan.meetings == 82 and len(plan.pairs) == 82
    assert plan.clashes == () and plan.clash_count == 0
    assert plan.moved > 0  # each mentor's second and third mentee come after the first
    assert db and not all_meetings(db)  # planning saved nothing

    changes = save_plan(db, plan)
    meetings = all_meetings(db)
    assert len(meetings) == 82 == len(changes.created)
    assert Counter(m.pair_id for m in meetings) == Counter(pairs)
    assert double_booked(db) == []
    days = {zones.local_date(m.starts_at, LONDON) for m in meetings}
    assert min(days) >= TUESDAY and max(days) <= TUESDAY + timedelta(days=6)
    # A mentor of three meets them back to back on the asked day: 17:00, 18:00, 19:00.
    first_group = [pairs[2], pairs[3], pairs[4]]
    starts = sorted(
        zones.to_local(m.starts_at, LONDON) for m in meetings if m.pair_id in first_group
    )
    assert [s.strftime("%a %H:%M") for s in starts] == ["Tue 17:00", "Tue 18:00", "Tue 19:00"]


def test_the_same_data_gives_the_same_plan(program: tuple) -> None:
    db, program_id, _pairs = program
    assert plan_meetings(db, program_id, once()) == plan_meetings(db, program_id, once())


def test_a_series_for_every_active_pair_is_clash_free(program: tuple) -> None:
    db, program_id, pairs = program
    plan = plan_meetings(db, program_id, series())
    assert plan.clashes == ()
    save_plan(db, plan)
    meetings = all_meetings(db)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(MeetingSeries)) == 82
    assert len(meetings) == plan.meetings == 82 * len(plan.pairs[0].dates)
    assert double_booked(db) == []
    # Series keep their own weekday and time; a mentor's pairs are staggered.
    with db.reading() as session:
        slots = {
            (s.weekday, s.local_time)
            for s in session.scalars(
                select(MeetingSeries).where(MeetingSeries.pair_id.in_(pairs[2:5]))
            )
        }
    assert len(slots) == 3


def test_both_peoples_stated_availability_is_honoured(program: tuple) -> None:
    db, program_id, pairs = program
    add_tag(db, pairs[0], "mentor", "Thursday afternoons")
    add_tag(db, pairs[0], "mentor", "Monday mornings")
    add_tag(db, pairs[0], "mentee", "Thu 14:00-16:00")
    plan = plan_meetings(db, program_id, once())
    [planned] = [p for p in plan.pairs if p.pair_id == pairs[0]]
    assert planned.dates == (date(2026, 3, 5),)  # the Thursday of the window
    assert planned.local_time in (time(14, 0), time(15, 0))
    assert not planned.outside_availability
    assert not planned.as_asked and planned.asked_not_free
    # The plan says why they moved (this pair and the mentor's other one): to when both
    # are free, not to avoid a clash.
    assert plan.moved_to_fit == 2
    assert "2 pairs placed when both people said they are free, not at the asked time." in (
        plan.describe()
    )
    # The mentor's other pair is not put in the same hour.
    [other] = [p for p in plan.pairs if p.pair_id == pairs[1]]
    assert (other.dates, other.local_time) != (planned.dates, planned.local_time)


def test_availability_that_cannot_be_met_is_counted_not_refused(program: tuple) -> None:
    db, program_id, pairs = program
    add_tag(db, pairs[0], "mentee", "Saturday mornings")
    plan = plan_meetings(db, program_id, once(last_date=TUESDAY + timedelta(days=2)))
    assert plan.outside_availability == 1
    assert any("stated availability" in line for line in plan.describe())


def test_unavoidable_clashes_are_grouped_per_person(db: Database) -> None:
    program_id = make_program(db)
    pairs = add_pairs(db, program_id, 4, mentor_of={1: 0, 2: 0})  # one mentor of three
    # One evening, one slot left: the mentor's three pairs cannot all fit.
    plan = plan_meetings(db, program_id, once(last_date=TUESDAY, local_time=time(20, 0)))
    assert plan.clash_count == 2
    [who] = plan.clashes
    with db.reading() as session:
        pair = session.get(Pair, pairs[0])
        assert pair is not None
        name = pair.mentor.person.full_name
    assert who.describe() == f"{name}: 2 clashes"
    changes = save_plan(db, plan)
    assert f"{name}: 2 clashes" in changes.warnings


def test_meetings_already_on_the_calendar_are_kept_free(db: Database) -> None:
    program_id = make_program(db)
    first, second = add_pairs(db, program_id, 2, mentor_of={1: 0})
    schedule_meeting(db, program_id, first, day=TUESDAY, local_time=time(17, 30),
                     length_minutes=60, timezone=LONDON)  # fmt: skip
    plan = plan_meetings(db, program_id, once(), pair_ids=[second])
    [planned] = plan.pairs
    assert (planned.dates, planned.local_time) == ((TUESDAY,), time(18, 30))  # right after it
    assert not planned.as_asked


def test_only_the_selected_pairs_are_planned(program: tuple) -> None:
    db, program_id, pairs = program
    chosen = [pairs[5], pairs[40], pairs[81]]
    plan, _changes = schedule_pairs(db, program_id, once(), pair_ids=chosen)
    assert sorted(p.pair_id for p in plan.pairs) == sorted(chosen)
    assert sorted({m.pair_id for m in all_meetings(db)}) == sorted(chosen)
    # Every active pair next: the three that have their meeting are left out.
    again = plan_meetings(db, program_id, once())
    assert sorted(again.skipped_pairs) == sorted(chosen) and len(again.pairs) == 79


def test_the_plan_is_saved_as_one_transaction_and_undone_as_one(program: tuple) -> None:
    db, program_id, _pairs = program
    with db.reading() as session:
        before = session.scalar(select(func.count()).select_from(ChangeRecord))
    changes = save_plan(db, plan_meetings(db, program_id, series()))
    with db.reading() as session:
        records = session.scalar(select(func.count()).select_from(ChangeRecord))
    assert records == before + 1
    calendar_changes.undo(db, changes)
    assert all_meetings(db) == []
    calendar_changes.redo(db, changes)
    assert len(all_meetings(db)) == len(changes.created)


def test_bad_requests_are_refused_in_words(program: tuple) -> None:
    db, program_id, _pairs = program
    with pytest.raises(ValidationError) as caught:
        plan_meetings(db, program_id, once(last_date=TUESDAY - timedelta(days=1)))
    assert "before the first date" in caught.value.message
    with pytest.raises(ValidationError):
        plan_meetings(db, program_id, once(length_minutes=1))


def test_300_pairs_are_planned_well_under_a_second(db: Database) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 300, mentor_of=groups_of_two_and_three(300))
    for request in (series(), once()):
        started = clock.perf_counter()
        plan = plan_meetings(db, program_id, request)
        took = clock.perf_counter() - started
        print(f"planned {plan.meetings} meetings for 300 pairs in {took:.3f} s")
        assert plan.clashes == ()
        assert took < 1.0


def test_availability_words() -> None:
    assert [(w.weekday, w.start, w.end) for w in parse("Tuesday afternoons")] == [(1, 720, 1020)]
    assert [w.weekday for w in parse("Mon-Fri evenings")] == [0, 1, 2, 3, 4]
    assert [(w.start, w.end) for w in parse("Wed 5-7pm")] == [(1020, 1140)]
    assert parse("monthly") == [] and windows(["whenever suits"]) is None


def test_one_meeting_each_is_not_placed_in_the_past(db: Database) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 2)
    # 17:30 on the first day: 17:00 has gone by, so the pairs meet at 18:00 that evening.
    evening = zones.to_utc(TUESDAY, time(17, 30), LONDON)
    plan = plan_meetings(db, program_id, once(), now=evening)
    assert {(p.dates, p.local_time) for p in plan.pairs} == {((TUESDAY,), time(18, 0))}
