"""A pair's end ends its future, everywhere: the simulated term (clock set by the test),
then the ended pairs' later meetings read back from the database, the workbook
(openpyxl) and the calendar file (icalendar), and the rematched mentee's new meetings
checked for clashes."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from term_data import NOW, TODAY, Term, build_term

from peerdesk.calendar.ics import export_ics
from peerdesk.calendar.planning import ScheduleRequest, schedule_pairs
from peerdesk.calendar.series import BIWEEKLY
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairStatus
from peerdesk.exports.workbook import export_workbook
from peerdesk.matching.apply import confirm_pairs, propose_pair
from peerdesk.models import Meeting, Pair


@pytest.fixture
def term(db: Database) -> Term:
    return build_term(db)


def ended_pairs(db: Database, program_id: int) -> dict[int, date]:
    with db.reading() as session:
        return {
            p.id: p.ended_on
            for p in session.query(Pair).filter(
                Pair.program_id == program_id, Pair.status == PairStatus.ENDED
            )
            if p.ended_on is not None
        }


def after_end(db: Database, ended: dict[int, date]) -> list[Meeting]:
    with db.reading() as session:
        found = session.query(Meeting).filter(Meeting.pair_id.in_(list(ended))).all()
        session.expunge_all()
    return [m for m in found if m.starts_at.date() > ended[m.pair_id]]


def test_no_meeting_is_left_scheduled_after_a_pair_ends(
    db: Database, term: Term, tmp_path: Path
) -> None:
    ended = ended_pairs(db, term.program_id)
    assert set(ended) == {*term.completed, term.ended_early}
    later = after_end(db, ended)
    assert later, "the series ran past every end date"
    assert {m.status for m in later} == {MeetingStatus.CANCELLED}
    assert {m.cancel_reason for m in later} == {"pair_ended"}

    # The workbook says why, and calls none of them scheduled or not logged.
    workbook = export_workbook(db, term.program_id, tmp_path / "term.xlsx", today=TODAY)
    sheet = load_workbook(workbook)["Meetings"]
    header = [c.value for c in sheet[1]]
    id_col, status_col = header.index("Meeting id"), header.index("Status")
    shown = {row[id_col]: row[status_col] for row in sheet.iter_rows(min_row=2, values_only=True)}
    for meeting in later:
        assert shown[meeting.id] == "Cancelled: pair ended"

    # The calendar file people imported gets each of them back as CANCELLED, same UID,
    # a higher SEQUENCE: their calendars drop them instead of keeping a ghost.
    ics = export_ics(db, term.program_id, tmp_path / "term.ics", now=NOW)
    events = {str(e["UID"]): e for e in Calendar.from_ical(ics.path.read_bytes()).walk("VEVENT")}
    for meeting in later:
        event = events[meeting.uid]
        assert str(event["STATUS"]) == "CANCELLED"
        assert int(event["SEQUENCE"]) >= 1


def test_the_rematched_mentee_is_scheduled_without_a_clash(db: Database, term: Term) -> None:
    with db.reading() as session:
        old = session.get_one(Pair, term.ended_early)
        mentee = old.mentee_id
        busy_mentor = session.get_one(Pair, term.pairs[0]).mentor_id  # meets every Tuesday 17:30
    made = propose_pair(db, term.program_id, busy_mentor, mentee).created[0]
    confirm_pairs(db, [made], TODAY)
    request = ScheduleRequest(
        once=False, first_date=TODAY + timedelta(days=4), local_time=time(17, 30),
        length_minutes=60, cadence=BIWEEKLY, weekday=1, timezone="Europe/London",
        last_date=date(2026, 6, 30),
    )  # fmt: skip
    plan, _changes = schedule_pairs(db, term.program_id, request, pair_ids=[made])
    assert plan.meetings > 0
    with db.reading() as session:
        spans = sorted(
            (m.starts_at, m.starts_at + timedelta(minutes=m.length_minutes), m.pair_id)
            for m in session.query(Meeting).filter(
                Meeting.status == MeetingStatus.SCHEDULED,
                Meeting.pair_id.in_([made, term.pairs[0]]),
            )
            if m.starts_at > datetime(2026, 3, 21, tzinfo=UTC)
        )
    assert any(p == made for *_t, p in spans) and any(p == term.pairs[0] for *_t, p in spans)
    for (_s1, end1, _p1), (start2, _e2, _p2) in itertools.pairwise(spans):
        assert start2 >= end1, "the mentor is booked into two meetings at once"
