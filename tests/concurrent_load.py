"""Several coordinators hammering one shared database at once, each in a process of its own.

:func:`run_load` starts ``workers`` processes (``spawn``: each imports PeerDesk and
opens its own :class:`~peerdesk.database.Database` on the URL, as a coordinator's
window would), or threads for a quick run. Each does ``actions`` random actions on one
program through the core's public functions — edit a person, pair a mentor and a mentee by hand,
confirm a proposed pair, end an active pair, log a meeting, record a check-in — and
tallies what became of each:

- *done*: saved;
- *refused*: a rule said no, in plain words — someone is already paired, a mentor has
  no place left, the pair was confirmed or ended by someone else first, the record
  changed since it was read (an edit conflict). That is the rule holding, not a loss;
- *busy*: collided with others every time it was run (:class:`StillBusyRecords`).

Anything else is a bug and ends the run. :func:`check` then proves that every rule
holds and that the history holds exactly one line per action done: nothing lost,
nothing doubled.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from typing import Any

from matching_data import store_members

from peerdesk import people
from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.series import new_uid
from peerdesk.conflicts import EditConflict
from peerdesk.database import Database, open_database
from peerdesk.enums import MeetingStatus, Role, SurveyKind, TagKind
from peerdesk.errors import NotFound, RuleBroken, StillBusyRecords, UserError
from peerdesk.matching import PairRefused, confirm_pairs, end_pair, propose_pair
from peerdesk.matching.pool import Member
from peerdesk.models import Meeting
from peerdesk.program import programs
from peerdesk.surveys import questions, responses

#: What each action writes to the history when it is done: (entity, action).
HISTORY = {
    "edit": ("participant", "update"),
    "pair": ("pair", "propose"),
    "confirm": ("pair", "confirm"),
    "end": ("pair", "end"),
    "log": ("meeting", "log_meetings"),
    "checkin": ("survey_response", "add"),
}
#: The pairs confirming and ending pick from, by status.
PENDING = {"confirm": "proposed", "end": "active"}
WEIGHTS = {"edit": 25, "pair": 15, "confirm": 15, "end": 10, "log": 20, "checkin": 15}
ART = {TagKind.INTEREST: ("Art",), TagKind.LANGUAGE: ("English",)}


@dataclass
class Tally:
    """What became of one process's actions, by kind."""

    done: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    busy: Counter[str] = field(default_factory=Counter)
    #: Each done edit's mark, which must be in the person's notes at the end.
    marks: list[tuple[int, str]] = field(default_factory=list)
    failure: str = ""

    def add(self, other: Tally) -> None:
        self.done.update(other.done)
        self.refused.update(other.refused)
        self.busy.update(other.busy)
        self.marks.extend(other.marks)
        self.failure = self.failure or other.failure

    @property
    def actions(self) -> int:
        return sum(self.done.values()) + sum(self.refused.values()) + sum(self.busy.values())


# -- The program they all work on -------------------------------------------------------


@dataclass(frozen=True)
class Size:
    """How big the program is: more rows make the server lock finer (index, not whole-table,
    reads), as in a real program, so fewer actions collide."""

    mentors: int = 16
    mentees: int = 48
    pairs: int = 10  # active from the start, each with meetings in the past to log
    meetings_each: int = 3


def make_program(url: str, size: Size = Size()) -> int:
    """A program with ready mentors (one or two places each) and mentees, some pairs
    already active with meetings in the past, and its check-in questions."""
    with open_database(url) as db:
        settings = programs.quick_settings("Load test")
        settings.default_mentor_capacity = 1
        program_id = programs.create_program(db, settings)
        questions.ensure_default_questions(db, program_id)
        members = [
            Member(n, f"Mentor {n}", Role.MENTOR, capacity=1 + n % 2, tags=ART)
            for n in range(size.mentors)
        ] + [
            Member(size.mentors + n, f"Mentee {n}", Role.MENTEE, tags=ART)
            for n in range(size.mentees)
        ]
        ids = store_members(db, program_id, members)
        past = date.today() - timedelta(days=60)
        first_pairs = confirm_pairs(
            db,
            [
                propose_pair(db, program_id, ids[n], ids[size.mentors + n]).created[0]
                for n in range(size.pairs)
            ],
            start_date=past,
        )
        with db.transaction() as session:
            session.add_all(
                Meeting(
                    uid=new_uid(),
                    program_id=program_id,
                    pair_id=pair_id,
                    timezone="UTC",
                    starts_at=datetime.combine(past + timedelta(weeks=week + 1), clock(10), UTC),
                    length_minutes=45,
                )
                for pair_id in sorted(first_pairs.pairs_after)
                for week in range(size.meetings_each)
            )
        db.store.refresh_statistics()  # as after any large change: the planner knows the rows
    return program_id


# -- One coordinator ----------------------------------------------------------------------


class _Worker:
    def __init__(self, db: Database, program_id: int, name: str, seed: int) -> None:
        self.db = db
        self.program_id = program_id
        self.name = name
        self.random = random.Random(seed)
        self.tally = Tally()
        self.question = self._ids(
            "SELECT id FROM survey_question WHERE program_id = ? AND kind = ?"
            " ORDER BY position, id",
            (program_id, SurveyKind.CHECKIN.value),
        )[0]

    def _ids(self, sql: str, params: tuple[Any, ...] = ()) -> list[int]:
        with self.db.quick() as conn:
            return [int(row[0]) for row in conn.execute(sql, params).fetchall()]

    def _participants(self, role: str | None = None) -> list[int]:
        sql = "SELECT id FROM participant WHERE program_id = ?"
        params: tuple[Any, ...] = (self.program_id,)
        if role is not None:
            sql, params = sql + " AND role = ?", (*params, role)
        return self._ids(sql + " ORDER BY id", params)

    def _pairs(self, status: str) -> list[int]:
        return self._ids(
            "SELECT id FROM pair WHERE program_id = ? AND status = ? ORDER BY id",
            (self.program_id, status),
        )

    def act(self, number: int) -> None:
        kinds = list(WEIGHTS)
        kind = self.random.choices(kinds, weights=[WEIGHTS[k] for k in kinds])[0]
        pair_ids = self._pairs(PENDING[kind]) if kind in PENDING else []
        if kind in PENDING and not pair_ids:
            kind = "pair"  # nothing to confirm or end just now: pair someone instead
        try:
            if kind in PENDING:
                # Another coordinator may confirm or end it first: then it is refused.
                getattr(self, kind)(self.random.choice(pair_ids))
            else:
                getattr(self, kind)(number)
        except StillBusyRecords:
            self.tally.busy[kind] += 1
        except (PairRefused, EditConflict, RuleBroken, NotFound):
            self.tally.refused[kind] += 1
        else:
            self.tally.done[kind] += 1

    def edit(self, number: int) -> None:
        participant_id = self.random.choice(self._participants())
        data = people.get_person(self.db, participant_id)
        mark = f"[{self.name}:{number}]"
        data.notes += mark
        people.update_person(self.db, participant_id, data, expected_version=data.version)
        self.tally.marks.append((participant_id, mark))

    def pair(self, _number: int) -> None:
        mentor = self.random.choice(self._participants(Role.MENTOR.value))
        mentee = self.random.choice(self._participants(Role.MENTEE.value))
        propose_pair(self.db, self.program_id, mentor, mentee)

    def confirm(self, pair_id: int) -> None:
        confirm_pairs(self.db, [pair_id])

    def end(self, pair_id: int) -> None:
        end_pair(self.db, pair_id, reason="Load test", rematch_eligible=True)

    def log(self, number: int) -> None:
        meetings = self._ids(
            "SELECT id FROM meeting WHERE program_id = ? ORDER BY id", (self.program_id,)
        )
        status = self.random.choice([MeetingStatus.HELD, MeetingStatus.CANCELLED])
        log_meeting(self.db, self.random.choice(meetings), status, notes=f"{self.name}:{number}")

    def checkin(self, _number: int) -> None:
        data = responses.ResponseData(
            participant_id=self.random.choice(self._participants()),
            kind=SurveyKind.CHECKIN,
            responded_at=datetime.now(UTC),
            answers={self.question: self.random.randint(1, 5)},
        )
        responses.record_response(self.db, self.program_id, data)


def work(url: str, program_id: int, name: str, seed: int, actions: int, start: Any) -> Tally:
    """One coordinator's ``actions`` random actions, begun when every process is ready."""
    with open_database(url) as db:
        worker = _Worker(db, program_id, name, seed)
        start.wait(timeout=300)
        try:
            for number in range(actions):
                worker.act(number)
        except UserError as exc:  # a plain refusal the load does not expect: a finding
            worker.tally.failure = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
        except Exception:
            worker.tally.failure = traceback.format_exc()
    return worker.tally


def _process(
    url: str, program_id: int, name: str, seed: int, actions: int, start: Any, results: Any
) -> None:
    results.put(work(url, program_id, name, seed, actions, start))


@dataclass
class LoadResult:
    tally: Tally
    seconds: float
    workers: int

    @property
    def per_second(self) -> float:
        return self.tally.actions / self.seconds


def run_load(
    url: str, program_id: int, workers: int, actions: int, *, seed: int = 1, processes: bool = True
) -> LoadResult:
    """``workers`` coordinators doing ``actions`` actions each, started together: each in
    a process of its own (``spawn``), or — where starting processes costs more than the
    load itself, in the normal test run — each in a thread with its own database
    connections (the server sees the same: that many sessions at once)."""
    context: Any = multiprocessing.get_context("spawn") if processes else threading
    make_queue = context.Queue if processes else queue.Queue
    start = context.Barrier(workers + 1)
    results = make_queue()
    starters = [
        (context.Process if processes else context.Thread)(
            target=_process,
            args=(url, program_id, f"w{n}", seed * 1000 + n, actions, start, results),
            name=f"coordinator-{n}",
        )
        for n in range(workers)
    ]
    for starter in starters:
        starter.start()
    start.wait(timeout=300)  # every coordinator has opened the database
    began = time.perf_counter()
    total = Tally()
    for _ in starters:
        total.add(results.get(timeout=1200))
    seconds = time.perf_counter() - began
    for starter in starters:
        starter.join(timeout=60)
    return LoadResult(total, seconds, workers)


# -- Afterwards ----------------------------------------------------------------------------

BROKEN_RULES = {
    "a mentee in two active or paused pairs": (
        "SELECT mentee_id FROM pair WHERE status IN ('active', 'paused')"
        " GROUP BY mentee_id HAVING count(*) > 1"
    ),
    "a mentor with more active or paused pairs than places": (
        "SELECT m.id FROM participant m JOIN program p ON p.id = m.program_id"
        " WHERE (SELECT count(*) FROM pair WHERE mentor_id = m.id"
        " AND status IN ('active', 'paused')) > coalesce(m.capacity, p.default_mentor_capacity)"
    ),
    "a mentee in two open pairs (proposed, active or paused)": (
        "SELECT mentee_id FROM pair WHERE status IN ('proposed', 'active', 'paused')"
        " GROUP BY mentee_id HAVING count(*) > 1"
    ),
    "someone in an active pair who is not marked matched": (
        "SELECT pa.id FROM pair pa JOIN participant m ON m.id IN (pa.mentor_id, pa.mentee_id)"
        " WHERE pa.status = 'active' AND m.status <> 'matched'"
    ),
    "a pair whose mentor or mentee is gone": (
        "SELECT pa.id FROM pair pa LEFT JOIN participant a ON a.id = pa.mentor_id"
        " LEFT JOIN participant b ON b.id = pa.mentee_id WHERE a.id IS NULL OR b.id IS NULL"
    ),
    "a meeting whose pair is gone": (
        "SELECT m.id FROM meeting m LEFT JOIN pair pa ON pa.id = m.pair_id"
        " WHERE m.pair_id IS NOT NULL AND pa.id IS NULL"
    ),
    "a check-in whose person is gone": (
        "SELECT r.id FROM survey_response r LEFT JOIN participant m ON m.id = r.participant_id"
        " WHERE m.id IS NULL"
    ),
    "an answer whose check-in is gone": (
        "SELECT a.id FROM survey_answer a LEFT JOIN survey_response r ON r.id = a.response_id"
        " WHERE r.id IS NULL"
    ),
    "a participant whose person is gone": (
        "SELECT m.id FROM participant m LEFT JOIN person p ON p.id = m.person_id WHERE p.id IS NULL"
    ),
}


def history_mark(db: Database) -> int:
    """The newest history line now; :func:`check` counts the lines after it."""
    with db.quick() as conn:
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM change_record").fetchone()[0])


def check(db: Database, result: LoadResult, since: int) -> list[str]:
    """What is wrong after the load (empty: nothing): a rule broken, a row orphaned, a
    history line missing or doubled, an edit lost."""
    problems = [result.tally.failure] if result.tally.failure else []
    with db.quick() as conn:
        for rule, sql in BROKEN_RULES.items():
            found = conn.execute(sql).fetchall()
            if found:
                problems.append(f"{rule}: {found[:5]}")
        written = Counter(
            {
                (entity, action): int(n)
                for entity, action, n in conn.execute(
                    "SELECT entity, action, count(*) FROM change_record WHERE id > ?"
                    " GROUP BY entity, action",
                    (since,),
                )
            }
        )
        notes = dict(conn.execute("SELECT id, notes FROM participant").fetchall())
    expected = Counter({HISTORY[kind]: n for kind, n in result.tally.done.items()})
    if written != expected:
        problems.append(f"history lines {dict(written)} != actions done {dict(expected)}")
    lost = [
        mark for participant_id, mark in result.tally.marks if mark not in notes[participant_id]
    ]
    if lost:
        problems.append(f"{len(lost)} saved edits lost, e.g. {lost[:3]}")
    return problems


def report(result: LoadResult) -> str:
    tally = result.tally
    done, refused, busy = (sum(c.values()) for c in (tally.done, tally.refused, tally.busy))
    return (
        f"{result.workers} coordinators, {tally.actions} actions in {result.seconds:.1f} s: "
        f"{result.per_second:.1f} actions/s ({done / result.seconds:.1f} saved/s); "
        f"done {done} {dict(tally.done)}, refused by a rule {refused} {dict(tally.refused)}, "
        f"still busy after retries {busy} {dict(tally.busy)}"
    )
