"""The sample program: a ready, invented program to click through before using real data.

:func:`make_sample_file` builds it in a file of its own, through the same core
calls a coordinator's clicks make: the program is set up from the workplace
template, the shipped roster (``resources/sample/sample-roster.xlsx``) is
imported, screening and training are recorded, the matcher pairs people and
the pairs are confirmed about three months back, agreements are signed,
fortnightly meetings are scheduled and the past ones logged (a few cancelled
or missed, a few not logged, so the attention list has something to show),
staff check-ins are held, and people answer the pre-program and check-in
questions.

Dates are counted from ``today``, so the sample always looks current on the
day it is made. Everything else comes from a seeded random generator: two
builds on the same day give the same file (bar the calendar UIDs).

The file is built under a temporary name and renamed into place at the end,
so a cancelled or failed build never leaves a half-made sample behind.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import paths
from peerdesk.enums import (
    AnswerType,
    MeetingKind,
    MeetingStatus,
    PairStatus,
    ProgramTemplate,
    SurveyKind,
)
from peerdesk.progress import Progress

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.surveys.responses import AnswerValue

log = logging.getLogger(__name__)

SAMPLE_FILE_NAME = "Sample program.peerdesk"
SAMPLE_PROGRAM_NAME = "Sample — Riverside Staff Mentoring"
SAMPLE_ORGANIZATION = "Sample Organization"
SEED = 20250106
PAIR_START_DAYS_AGO = 91  # about three months
NOT_READY = ("Hamza Al-Sayed", "Mikael Virtanen", "Ingrid Bjørnstad")  # still in screening

# (weekday 0 = Monday, local time, place, link): the pairs are spread over these slots.
SLOTS: tuple[tuple[int, time, str, str], ...] = (
    (1, time(16, 30), "Staff café, level 2", ""),
    (2, time(12, 15), "", "https://meet.example.org/riverside-mentoring"),
    (3, time(15, 0), "Library meeting room", ""),
    (0, time(9, 30), "", "https://meet.example.org/riverside-mentoring"),
    (4, time(10, 0), "North clinic, room 4", ""),
)
TOPICS = (
    "Goals for the next three months",
    "Handling a difficult conversation",
    "Preparing for a presentation",
    "Work–life balance",
    "Next career step",
    "Learning a new system",
    "Feedback on a project plan",
    "Building a network across departments",
    "Time management",
    "Shadowing on a ward round",
)
NOTES = (
    "Good conversation; agreed a small task for next time.",
    "Went over last meeting's action points. Progress on both.",
    "Talked through an upcoming interview and practised answers.",
    "Shorter meeting; a busy week on both sides.",
    "Looked at the training catalogue together and picked a course.",
    "Mentee led the agenda this time. Very positive.",
    "Discussed how to ask for feedback from the team lead.",
    "",
    "",
)
CANCEL_NOTES = (
    "Cancelled: rota change.",
    "Cancelled: mentor on leave.",
    "Cancelled: unwell.",
)
CHECKIN_NOTES = (
    "Both say it is going well.",
    "Meeting regularly; no concerns.",
    "Would like ideas for topics; sent the topic list.",
    "Settling in well.",
)
CHECKIN_COMMENTS = (
    "Really useful so far.",
    "Hard to find time this month, but worth it.",
    "My mentor has introduced me to people in other teams.",
    "",
)
GOALS = (
    "Lead a team meeting with confidence",
    "Finish the advanced spreadsheet course",
    "Prepare for the senior role interview",
    "Build a network outside my department",
    "Present a project at the staff forum",
)


def sample_path() -> Path:
    """Where the sample program lives: beside the backups, away from the user's documents."""
    return paths.data_dir() / SAMPLE_FILE_NAME


def is_sample_file(path: Path | str | None) -> bool:
    if path is None:
        return False
    try:
        return Path(path).expanduser().resolve() == sample_path().resolve()
    except OSError:
        return False


def roster_path() -> Path:
    return paths.resources_dir() / "sample" / "sample-roster.xlsx"


def ensure_sample_file(*, today: date | None = None, progress: Progress | None = None) -> Path:
    """The sample file, built first if it is not there yet."""
    path = sample_path()
    if not path.exists():
        make_sample_file(path, today=today, progress=progress)
    return path


def make_sample_file(
    path: Path, *, today: date | None = None, progress: Progress | None = None
) -> int:
    """Build the sample program in a new file at ``path``; returns the program's id.

    Refuses an existing file (:class:`~peerdesk.errors.FileExists`). Cancelling
    ``progress`` raises :class:`~peerdesk.progress.Cancelled` and leaves nothing behind.
    """
    from peerdesk.calendar import zones
    from peerdesk.database import new_file

    today = today or zones.today_in()
    with new_file(path) as db:
        program_id = build_sample(db, today=today, progress=progress or Progress())
    log.info("sample program built")
    return program_id


def build_sample(db: Database, *, today: date, progress: Progress | None = None) -> int:
    """Build the sample program in the open program ``db`` (a file or a server database),
    beside whatever it holds; returns the program's id. The same ``today`` gives the same
    program, people, pairs and logs on either backend."""
    return _Builder(db, today, progress or Progress()).build()


class _Builder:
    """One step after another, each a core call (one transaction each)."""

    STEPS = 10

    def __init__(self, db: Database, today: date, progress: Progress) -> None:
        import random

        from peerdesk.calendar import zones

        self.db = db
        self.today = today
        self.progress = progress
        self.random = random.Random(SEED)
        self.zone = zones.local_zone_name()
        self.pair_start = today - timedelta(days=PAIR_START_DAYS_AGO)
        self.program_id = 0
        self.done = 0

    def step(self, text: str) -> None:
        self.progress.check()
        self.progress.set_progress(self.done, self.STEPS, text)
        self.done += 1

    def build(self) -> int:
        self.step("Setting up the program")
        self.program_id = self.create_program()
        self.step("Importing the roster")
        self.import_roster()
        self.step("Recording screening and training")
        self.record_steps()
        self.step("Matching mentors and mentees")
        pairs = self.match()
        self.step("Signing agreements")
        self.sign_agreements(pairs)
        self.step("Scheduling meetings")
        self.schedule(pairs)
        self.step("Logging meetings")
        self.log_meetings(pairs)
        self.step("Holding staff check-ins")
        self.hold_checkins()
        self.step("Recording answers and goals")
        self.answer_surveys(pairs)
        self.add_goals(pairs)
        self.progress.set_progress(self.STEPS, self.STEPS, "Done")
        return self.program_id

    # -- the steps ----------------------------------------------------------------------

    def create_program(self) -> int:
        from peerdesk.program import programs

        settings = programs.quick_settings(SAMPLE_PROGRAM_NAME, ProgramTemplate.WORKPLACE)
        start = self.pair_start - timedelta(days=21)
        settings = replace(
            settings,
            organization_name=SAMPLE_ORGANIZATION,
            purpose=(
                "Sample data: an invented staff mentoring program at an invented hospital, "
                "to try PeerDesk with. Nothing here is real."
            ),
            goals=(
                "Every new starter has a mentor within their first month.\n"
                "Nine in ten pairs meet at least once a month.\n"
                "Staff feel more confident in their role after six months."
            ),
            start_date=start,
            end_date=start + timedelta(days=273),
            coordinator_name="Robin Sample",
            coordinator_email="coordinator@example.org",
            coordinator_phone="555-0100",
        )
        return programs.create_program(self.db, settings)

    def import_roster(self) -> None:
        from peerdesk.roster.commit import run_import
        from peerdesk.roster.plan import RosterImport

        plan = RosterImport.open(roster_path(), self.db)
        summary = run_import(self.db, self.program_id, plan)
        if summary.rejected:
            raise RuntimeError(f"the sample roster has {len(summary.rejected)} rejected rows")

    def participants(self) -> list[tuple[int, str]]:
        from sqlalchemy import select

        from peerdesk.models import Participant, Person

        with self.db.reading() as session:
            rows = session.execute(
                select(Participant.id, Person.full_name)
                .join(Person, Person.id == Participant.person_id)
                .where(Participant.program_id == self.program_id)
                .order_by(Participant.id)
            ).all()
        return [(pid, name) for pid, name in rows]

    def record_steps(self) -> None:
        from sqlalchemy import select

        from peerdesk.models import ProgramStep
        from peerdesk.people import record_step

        with self.db.reading() as session:
            steps = session.scalars(
                select(ProgramStep)
                .where(ProgramStep.program_id == self.program_id)
                .order_by(ProgramStep.position)
            ).all()
            step_rows = [(s.id, s.hours) for s in steps]
        people = self.participants()
        ready = [pid for pid, name in people if name not in NOT_READY]
        started = [pid for pid, name in people if name in NOT_READY[:2]]
        for position, (step_id, hours) in enumerate(step_rows):
            # Each step a week or two after the one before, a few dates per step.
            base = self.pair_start - timedelta(days=35 - 10 * position)
            who = ready + (started if position == 0 else [])
            by_day: dict[date, list[int]] = defaultdict(list)
            for pid in who:
                by_day[base + timedelta(days=self.random.randrange(0, 6))].append(pid)
            for day in sorted(by_day):
                record_step(self.db, by_day[day], step_id, day, hours=hours)

    def match(self) -> list[tuple[int, int, int]]:
        """Confirmed pairs as (pair id, mentor id, mentee id), in id order."""
        from sqlalchemy import select

        from peerdesk.matching import save_suggestions, suggest
        from peerdesk.models import Pair

        suggestions = suggest(self.db, self.program_id)
        save_suggestions(self.db, suggestions, confirm=True, start_date=self.pair_start)
        with self.db.reading() as session:
            rows = session.execute(
                select(Pair.id, Pair.mentor_id, Pair.mentee_id)
                .where(Pair.program_id == self.program_id, Pair.status == PairStatus.ACTIVE)
                .order_by(Pair.id)
            ).all()
        return [(pid, mentor, mentee) for pid, mentor, mentee in rows]

    def sign_agreements(self, pairs: list[tuple[int, int, int]]) -> None:
        from peerdesk.documents.pairs import mark_signed_many

        signed: dict[int, date | None] = {}
        for pair_id, _mentor, _mentee in pairs:
            if self.random.random() < 0.8:
                day = self.pair_start + timedelta(days=self.random.randrange(0, 15))
                signed[pair_id] = min(day, self.today)
        if signed:
            mark_signed_many(self.db, signed, today=self.today)

    def schedule(self, pairs: list[tuple[int, int, int]]) -> None:
        from peerdesk.calendar.series import BIWEEKLY, SeriesPlan, first_on_weekday, schedule_series

        by_slot: dict[int, list[int]] = defaultdict(list)
        for index, (pair_id, _mentor, _mentee) in enumerate(pairs):
            by_slot[index % len(SLOTS)].append(pair_id)
        for slot, pair_ids in sorted(by_slot.items()):
            weekday, at, place, link = SLOTS[slot]
            first = first_on_weekday(self.pair_start + timedelta(days=3), weekday)
            plan = SeriesPlan(
                cadence=BIWEEKLY,
                weekday=weekday,
                local_time=at,
                length_minutes=60,
                first_date=first,
                place=place,
                link=link,
                timezone=self.zone,
            )
            schedule_series(self.db, self.program_id, plan, pair_ids=pair_ids)

    def past_meetings(self, kind: MeetingKind) -> dict[int, list[int]]:
        """Meetings before today, by pair (pair meetings) or participant (check-ins)."""
        from peerdesk.calendar.reads import meetings_between

        rows = meetings_between(
            self.db, self.program_id, self.pair_start - timedelta(days=7), self.today
        )
        found: dict[int, list[int]] = defaultdict(list)
        for row in sorted(rows, key=lambda r: (r.starts_at, r.id)):
            if row.kind != kind or row.local_date >= self.today:
                continue
            key = row.pair_id if kind == MeetingKind.PAIR else row.participant_id
            if key is not None:
                found[key].append(row.id)
        return found

    def now(self) -> datetime:
        """The moment the logs are written: the start of ``today``, on this computer's clock."""
        from peerdesk.calendar import zones

        return zones.to_utc(self.today, time(0, 0), self.zone)

    def log_meetings(self, pairs: list[tuple[int, int, int]]) -> None:
        from peerdesk.calendar.meeting_log import LogEntry, log_meetings

        past = self.past_meetings(MeetingKind.PAIR)
        order = [pair_id for pair_id, _m, _e in pairs]
        # A few pairs with a story the attention list picks up.
        missed_pair = order[2] if len(order) > 2 else None
        unlogged_pair = order[5] if len(order) > 5 else None
        entries: list[LogEntry] = []
        for pair_id in order:
            meetings = past.get(pair_id, [])
            for position, meeting_id in enumerate(meetings):
                from_end = len(meetings) - position
                if pair_id == unlogged_pair and from_end <= 2:
                    continue  # the last two are not logged yet
                if pair_id == missed_pair and from_end <= 2:
                    status = MeetingStatus.CANCELLED if from_end == 2 else MeetingStatus.NO_SHOW
                    note = CANCEL_NOTES[0] if from_end == 2 else "Mentee did not come."
                    entries.append(LogEntry(meeting_id, status, None, note))
                    continue
                chance = self.random.random()
                if chance < 0.07 and from_end > 1:
                    entries.append(
                        LogEntry(
                            meeting_id,
                            MeetingStatus.CANCELLED,
                            None,
                            self.random.choice(CANCEL_NOTES),
                        )
                    )
                elif chance < 0.09 and from_end > 1:
                    entries.append(LogEntry(meeting_id, MeetingStatus.NO_SHOW))
                else:
                    minutes = self.random.choice((40, 45, 50, 55, 60, 60, 60, 65, 70, 75, 90))
                    topics = ", ".join(self.random.sample(TOPICS, self.random.randrange(1, 3)))
                    entries.append(
                        LogEntry(
                            meeting_id,
                            MeetingStatus.HELD,
                            minutes,
                            self.random.choice(NOTES),
                            topics,
                        )
                    )
        if entries:
            log_meetings(self.db, entries, now=self.now())

    def hold_checkins(self) -> None:
        from peerdesk.calendar.checkins import schedule_checkins
        from peerdesk.calendar.meeting_log import LogEntry, log_meetings

        schedule_checkins(
            self.db,
            self.program_id,
            first_date=self.pair_start,
            local_time=time(9, 0),
            timezone=self.zone,
        )
        past = self.past_meetings(MeetingKind.STAFF_CHECKIN)
        people = sorted(past)
        # Two people whose latest check-in has not happened (or not been logged) yet.
        overdue = set(people[3:4] + people[17:18])
        entries: list[LogEntry] = []
        for participant_id in people:
            meetings = past[participant_id]
            for position, meeting_id in enumerate(meetings):
                if participant_id in overdue and position == len(meetings) - 1:
                    continue
                minutes = self.random.choice((10, 15, 15, 20))
                note = self.random.choice(CHECKIN_NOTES)
                entries.append(LogEntry(meeting_id, MeetingStatus.HELD, minutes, note))
        if entries:
            log_meetings(self.db, entries, now=self.now())

    def answer_surveys(self, pairs: list[tuple[int, int, int]]) -> None:
        """Most people answer the pre-program questions before they start, and the
        check-in questions a month and two months in; one pair is not happy."""
        from peerdesk.surveys.questions import ensure_default_questions, list_questions

        ensure_default_questions(self.db, self.program_id)
        pre = list_questions(self.db, self.program_id, SurveyKind.PRE, active_only=True)
        checkin = list_questions(self.db, self.program_id, SurveyKind.CHECKIN, active_only=True)
        unhappy = pairs[2][0] if len(pairs) > 2 else None
        for pair_id, mentor, mentee in pairs:
            for participant_id in (mentor, mentee):
                if self.random.random() < 0.9:
                    day = self.pair_start - timedelta(days=self.random.randrange(2, 10))
                    answers: dict[int, AnswerValue] = {
                        q.id: self.random.choice((2, 2, 3, 3, 3, 4)) for q in pre
                    }
                    self.respond(participant_id, pair_id, SurveyKind.PRE, day, answers)
                for month in (1, 2):
                    day = self.pair_start + timedelta(days=30 * month + self.random.randrange(5))
                    if day >= self.today or self.random.random() < 0.15:
                        continue
                    low = pair_id == unhappy and month == 2
                    answers = {}
                    for q in checkin:
                        if q.answer_type == AnswerType.LIKERT:
                            answers[q.id] = self.random.choice((1, 2) if low else (3, 4, 4, 5, 5))
                        elif q.answer_type == AnswerType.NUMBER:
                            answers[q.id] = 0 if low else self.random.choice((1, 2, 2))
                        elif q.answer_type == AnswerType.TEXT:
                            comment = self.random.choice(CHECKIN_COMMENTS)
                            if comment:
                                answers[q.id] = comment
                    self.respond(participant_id, pair_id, SurveyKind.CHECKIN, day, answers)

    def respond(
        self,
        participant_id: int,
        pair_id: int,
        kind: SurveyKind,
        day: date,
        answers: dict[int, AnswerValue],
    ) -> None:
        from peerdesk.calendar import zones
        from peerdesk.surveys.responses import ResponseData, record_response

        at = time(self.random.randrange(8, 18), self.random.randrange(60))
        moment = zones.to_utc(day, at, self.zone)
        data = ResponseData(participant_id, kind, moment, answers, pair_id)
        record_response(self.db, self.program_id, data)

    def add_goals(self, pairs: list[tuple[int, int, int]]) -> None:
        from peerdesk.pairs.goals import add_goal

        for index, (pair_id, _mentor, _mentee) in enumerate(pairs):
            if index % 3 == 2:
                continue
            target = self.pair_start + timedelta(days=self.random.choice((120, 150, 180)))
            add_goal(
                self.db,
                pair_id,
                GOALS[index % len(GOALS)],
                target_date=target,
                progress=self.random.choice((10, 25, 40, 50, 60)),
            )
