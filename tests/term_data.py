"""A term of a program, simulated with the clock set by the test.

Twelve pairs from 12 January 2026, each with a fortnightly series (Tuesdays 17:30,
London); meetings up to ``TODAY`` logged held, cancelled or no-show, some left
unlogged; one pair with three misses in a row; three pairs completed in March and
one ended early; satisfaction answers whose average and hours need the rounding
rule (a mentor with 195 minutes: 3.25 hours, shown 3.3 everywhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from calendar_data import add_pairs, make_program
from evaluation_data import answer

from peerdesk.calendar.meeting_log import LogEntry, log_meetings
from peerdesk.calendar.series import BIWEEKLY, SeriesPlan, schedule_series
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairOutcome, SurveyKind
from peerdesk.models import Meeting, Pair, Program
from peerdesk.pairs.closing import close_pair
from peerdesk.surveys.questions import ensure_default_questions

TODAY = date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
GOALS = (
    "Nine in ten pairs meet at least once a month.\n"
    "- Build a culture of learning across departments.\n"
    "80% of pairs complete the program."
)
PAIRS = 12
SATISFACTION = [5, 4, 4, 3, 4, 5, 2]  # mean 27/7 = 3.857…: 3.9


@dataclass
class Term:
    program_id: int
    pairs: list[int]
    completed: list[int] = field(default_factory=list)
    ended_early: int = 0
    unlogged: int = 0  # past meetings left unlogged (not those after a pair's end)
    three_misses: int = 0  # the pair whose last three meetings were missed
    rounding_pair: int = 0  # its mentor's meetings add up to 195 minutes


def _past(db: Database, pair_id: int) -> list[int]:
    with db.reading() as session:
        return [
            m.id
            for m in session.query(Meeting)
            .filter(Meeting.pair_id == pair_id, Meeting.starts_at < NOW)
            .order_by(Meeting.starts_at)
        ]


def build_term(db: Database) -> Term:
    program_id = make_program(db, "Spring term", start=date(2026, 1, 5), end=date(2026, 6, 30))
    with db.transaction() as session:
        program = session.get(Program, program_id)
        assert program is not None
        program.goals = GOALS
    pairs = add_pairs(db, program_id, PAIRS)
    term = Term(program_id, pairs)
    plan = SeriesPlan(
        cadence=BIWEEKLY, weekday=1, local_time=time(17, 30), length_minutes=60,
        first_date=date(2026, 1, 13), timezone="Europe/London",
    )  # fmt: skip
    schedule_series(db, program_id, plan)
    entries: list[LogEntry] = []
    for index, pair_id in enumerate(pairs):
        past = _past(db, pair_id)  # 13 and 27 Jan, 10 and 24 Feb, 10 Mar
        for n, meeting_id in enumerate(past):
            if index == 8 and n >= 3:
                continue  # after the pair ended early (20 Feb): never going to happen
            if index == 0 and n >= len(past) - 3:
                status = MeetingStatus.NO_SHOW if n % 2 else MeetingStatus.CANCELLED
            elif index in (1, 2) and n >= len(past) - 2:
                term.unlogged += 1
                continue  # the last two not logged yet
            elif index == 3 and n >= len(past) - 4:
                term.unlogged += 1
                continue  # nothing logged since February
            elif n == 4 and index % 3 == 0:
                status = MeetingStatus.CANCELLED
            elif n == 5 and index % 4 == 1:
                status = MeetingStatus.NO_SHOW
            else:
                status = MeetingStatus.HELD
            minutes = None
            if index == 5 and status == MeetingStatus.HELD:
                minutes = 75 if n == 0 else 30  # 75 + 4 × 30 = 195 minutes: 3.25 hours
            entries.append(LogEntry(meeting_id, status, minutes))
    log_meetings(db, entries, now=NOW)
    term.three_misses = pairs[0]
    term.rounding_pair = pairs[5]
    for pair_id in pairs[5:8]:
        close_pair(db, pair_id, outcome=PairOutcome.COMPLETED, reason="Goals reached",
                   rematch_eligible=False, ended_on=date(2026, 3, 18))  # fmt: skip
        term.completed.append(pair_id)
    close_pair(db, pairs[8], outcome=PairOutcome.ENDED_EARLY, reason="Moved away",
               rematch_eligible=True, ended_on=date(2026, 2, 20))  # fmt: skip
    term.ended_early = pairs[8]
    ensure_default_questions(db, program_id)
    with db.reading() as session:
        mentees = [
            session.get_one(Pair, pair_id).mentee_id for pair_id in pairs[: len(SATISFACTION)]
        ]
    for mentee, value in zip(mentees, SATISFACTION, strict=True):
        answer(db, program_id, mentee, SurveyKind.CHECKIN, {"Satisfaction": value},
               datetime(2026, 3, 2, 9, tzinfo=UTC))  # fmt: skip
    return term
