"""Practice checks: is the program run the way effective-practice standards say?

A short checklist computed from the data, following the stages of the Elements of
Effective Practice for Mentoring (recruitment, screening, training, matching and
initiating, monitoring and support, closure), in our own words. Each check has a
number, a plain sentence, *pass* or *attention*, and the pairs or people behind
it (those that need attention). A check with nothing to look at says so and is
neither passed nor failed. For the period's matches:

- **mentor places** (recruitment): the mentors who had signed up by the period's
  observed end, and not withdrawn, offer a place (their capacity, else the
  program's default) for every mentee who had signed up by then and not withdrawn;
  those needing attention are the mentees not in a match. A reciprocal program,
  where everyone mentors, has nothing to check;
- **screening / training**: everyone matched in the period had completed the
  program's required screening (training) steps on or before the day their match
  started (a person matched twice is judged at their first match in the period);
  a step recorded by attending a group session (a training that completes it) counts
  like one ticked by hand, and the sentence says how many people finished that way;
- **agreements**: every match active during the period has a signed agreement,
  signed on or before the period's observed end;
- **staff contacts**: for each match, every check-in due on the program's check-in
  cadence (one period after the match began, then each period) had a held staff
  check-in with the mentor or the mentee, or about the pair, after the previous due
  date's week of grace (or the match's start) and within a week after it, so that
  one check-in answers one due date; due dates whose week of grace is not over are
  judged only if met;
- **closure reason / closing survey**: every match that ended in the period has a
  reason recorded, and a closing survey from one of its two people (one about that
  pair, or one about no pair in particular);
- **pre and post surveys**: of the matches that completed in the period, at least
  ``survey_share`` % have a mentee (in a reciprocal program: either person) who
  answered both a pre-program and a post-program survey.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import numpy as np
import numpy.typing as npt

from peerdesk.calendar.checkins import checkin_dates
from peerdesk.documents.wording import long_date
from peerdesk.enums import (
    CheckinCadence,
    PairOutcome,
    ParticipantStatus,
    Role,
    StepKind,
    SurveyKind,
)
from peerdesk.evaluation.measures_base import PERCENT, Period, share
from peerdesk.evaluation.measures_data import (
    PairRow,
    ProgramRows,
    closing_pairs,
    day,
    staff_contacts,
    survey_kinds,
)
from peerdesk.storage import QuickConnection

MENTORS = (Role.MENTOR, Role.BOTH)
SURVEY_SHARE = 80  # % of completed matches with pre and post surveys
GRACE = timedelta(days=7)


class Stage(StrEnum):
    RECRUITMENT = "recruitment"
    SCREENING = "screening"
    TRAINING = "training"
    MATCHING = "matching"
    MONITORING = "monitoring"
    CLOSURE = "closure"

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]


STAGE_LABELS = {
    Stage.RECRUITMENT: "Recruitment",
    Stage.SCREENING: "Screening",
    Stage.TRAINING: "Training",
    Stage.MATCHING: "Matching and initiating",
    Stage.MONITORING: "Monitoring and support",
    Stage.CLOSURE: "Closure",
}

PASS, ATTENTION, NOTHING = "pass", "attention", "nothing to check"


@dataclass(frozen=True)
class PracticeCheck:
    """One line of the checklist; the ids are of those needing attention."""

    key: str
    stage: Stage
    name: str
    value: float | None  # the share that meets it, in %
    unit: str
    n: int
    sentence: str
    passed: bool | None  # None: nothing to check
    period: Period
    pair_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    target: float = 100.0
    note: str = ""
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return NOTHING if self.passed is None else PASS if self.passed else ATTENTION

    @property
    def ids(self) -> tuple[int, ...]:
        return self.pair_ids or self.participant_ids


def _not(n: int, verb: str = "do") -> str:
    """``; 1 does not.`` / ``; 3 do not.`` (""  when none)."""
    if not n:
        return "."
    return f"; {n} {'does' if n == 1 and verb == 'do' else verb} not."


def _of(part: int, n: int, noun: str, plural: str | None = None) -> str:
    return f"{part} of {n} {noun if n == 1 else plural or noun + 'es'}"


def _check(
    key: str,
    stage: Stage,
    name: str,
    period: Period,
    ok: int,
    n: int,
    sentence: str,
    *,
    pair_ids: tuple[int, ...] = (),
    participant_ids: tuple[int, ...] = (),
    target: float = 100.0,
    nothing: str = "",
    of: str = "matches",
) -> PracticeCheck:
    if n == 0:
        return PracticeCheck(
            key, stage, name, None, PERCENT, 0, nothing, None, period, target=target
        )
    value, note = share(ok, n, of)
    passed = ok == n if target >= 100 else ok * 100 >= target * n
    return PracticeCheck(
        key, stage, name, value, PERCENT, n, sentence, passed, period,
        pair_ids, participant_ids, target, note,
    )  # fmt: skip


def _every_match(
    key: str,
    stage: Stage,
    name: str,
    period: Period,
    n: int,
    missing: list[int],
    have: str,
    *,
    nothing: str,
) -> PracticeCheck:
    """A check that every one of ``n`` matches has something: ``missing``, the ids of those
    that do not; ``have`` words the rest ("active in the period have a signed agreement on
    file"); ``nothing``, the sentence when there is no match to check."""
    ok = n - len(missing)
    return _check(
        key, stage, name, period, ok, n, f"{_of(ok, n, 'match')} {have}" + _not(len(missing)),
        pair_ids=tuple(sorted(missing)), nothing=nothing,
    )  # fmt: skip


@dataclass(frozen=True)
class _Steps:
    """The program's required steps of one kind, and each person's progress on them:
    (how many are done, the day the last was done), and how many of them attending a
    group session recorded."""

    names: tuple[str, ...]
    done: dict[int, tuple[int, date | None]]
    by_session: dict[int, int] = field(default_factory=dict)


def _required_steps(conn: QuickConnection, program_id: int) -> dict[StepKind, _Steps]:
    names: dict[StepKind, list[str]] = defaultdict(list)
    for name, kind in conn.execute(
        "SELECT name, kind FROM program_step WHERE program_id = ? AND required = ? "
        "ORDER BY position, id",
        (program_id, True),
    ).fetchall():
        names[StepKind(kind)].append(str(name))
    done: dict[StepKind, dict[int, tuple[int, date | None]]] = defaultdict(dict)
    for participant_id, kind, count, latest in conn.execute(
        "SELECT r.participant_id, s.kind, count(r.completed_on), max(r.completed_on) "
        "FROM step_record r JOIN program_step s ON s.id = r.step_id "
        "WHERE s.program_id = ? AND s.required = ? GROUP BY r.participant_id, s.kind",
        (program_id, True),
    ).fetchall():
        done[StepKind(kind)][int(participant_id)] = (int(count), day(latest))
    by_session: dict[StepKind, dict[int, int]] = defaultdict(dict)
    for participant_id, kind, count in conn.execute(
        "SELECT r.participant_id, s.kind, count(DISTINCT r.id) "
        "FROM step_record r JOIN program_step s ON s.id = r.step_id "
        "JOIN session_attendance a ON a.step_record_id = r.id "
        "WHERE s.program_id = ? AND s.required = ? AND r.completed_on IS NOT NULL "
        "GROUP BY r.participant_id, s.kind",
        (program_id, True),
    ).fetchall():
        by_session[StepKind(kind)][int(participant_id)] = int(count)
    return {kind: _Steps(tuple(names[kind]), done[kind], by_session[kind]) for kind in StepKind}


def _steps_check(
    rows: ProgramRows,
    period: Period,
    last: date,
    kind: StepKind,
    stage: Stage,
    steps: _Steps,
) -> PracticeCheck:
    words = "screening" if kind == StepKind.SCREENING else "training"
    matched: dict[int, date] = {}
    for pair in rows.pairs:
        if period.start <= pair.started <= last:
            for person in pair.people:
                matched.setdefault(person, pair.started)
    name = f"Required {words} done before matching"
    if not steps.names:
        return PracticeCheck(
            f"{words}_before_match", stage, name, None, PERCENT, len(matched),
            f"The program requires no {words} steps.", None, period,
        )  # fmt: skip
    missing = []
    for person, matched_on in matched.items():
        count, latest = steps.done.get(person, (0, None))
        if count < len(steps.names) or latest is None or latest > matched_on:
            missing.append(person)
    missing.sort()
    overridden = sum(1 for p in missing if p in rows.participants and rows.participants[p].override)
    n, ok = len(matched), len(matched) - len(missing)
    attended = sum(1 for p in matched if p not in missing and steps.by_session.get(p))
    step_names = ", ".join(steps.names)
    sentence = (
        f"{_of(ok, n, 'person', 'people')} matched in the period had finished the required "
        f"{words} ({step_names}) by the day their match started"
    )
    if attended:
        sentence += f", {attended} of them by attending a group session"
    if missing:
        sentence += f"; {len(missing)} had not"
        if overridden:
            sentence += f" ({overridden} matched with an override)"
    found = _check(
        f"{words}_before_match", stage, name, period, ok, n, sentence + ".",
        participant_ids=tuple(missing), nothing="Nobody was matched in this period.",
        of="people",
    )  # fmt: skip
    return replace(found, extra={"by_session": attended}) if n else found


def _mentor_places(
    conn: QuickConnection, rows: ProgramRows, period: Period, last: date
) -> PracticeCheck:
    name = "Mentor places for every mentee"
    if rows.program.reciprocal:
        return PracticeCheck(
            "mentor_places", Stage.RECRUITMENT, name, None, PERCENT, 0,
            "In a reciprocal program everyone mentors: there are no mentor places to count.",
            None, period,
        )  # fmt: skip
    default = conn.execute(
        "SELECT default_mentor_capacity FROM program WHERE id = ?", (rows.program.id,)
    ).fetchone()[0]
    capacity = {
        int(pid): int(default if places is None else places)
        for pid, places in conn.execute(
            "SELECT id, capacity FROM participant WHERE program_id = ?", (rows.program.id,)
        ).fetchall()
    }
    signed_up = [
        p for p in rows.participants.values()
        if p.signed_up <= last and p.status != ParticipantStatus.WITHDRAWN.value
    ]  # fmt: skip
    places = sum(capacity.get(p.id, 0) for p in signed_up if p.role in MENTORS)
    mentees = [p.id for p in signed_up if p.role == Role.MENTEE]
    in_a_match = {pair.mentee_id for pair in rows.pairs if pair.started <= last}
    waiting = sorted(m for m in mentees if m not in in_a_match)
    n = len(mentees)
    ok = min(places, n)
    sentence = (
        f"Mentors who signed up by {long_date(last)} offer {places} "
        f"place{'' if places == 1 else 's'} for {n} mentee{'' if n == 1 else 's'}"
    )
    if places < n:
        sentence += f"; {n - places} {'has' if n - places == 1 else 'have'} no place"
    sentence += f" ({len(waiting)} not matched yet)." if waiting else "."
    return _check(
        "mentor_places", Stage.RECRUITMENT, name, period, ok, n, sentence,
        participant_ids=tuple(waiting) if places < n else (),
        nothing="No mentee had signed up by the end of this period.", of="mentees",
    )  # fmt: skip


def _agreements(active: list[PairRow], period: Period, last: date) -> PracticeCheck:
    unsigned = [p.id for p in active if p.signed is None or p.signed > last]
    return _every_match(
        "agreements", Stage.MATCHING, "Signed agreement for every match", period,
        len(active), unsigned, "active in the period have a signed agreement on file",
        nothing="No match was active in this period.",
    )  # fmt: skip


@cache
def _windows(
    cadence: CheckinCadence, started: date, stop: date, first: date
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The windows a match's check-ins must fall in, for due dates from ``first`` on:
    (first day, last day) as ordinals. A due date's window runs from the day after the
    previous one's week of grace (or the match's start) to a week after it. Many matches
    share their start and end, so these are computed once for each."""
    dues = checkin_dates(cadence, started, started, stop)
    since = ([started] + [due + GRACE + timedelta(days=1) for due in dues])[: len(dues)]
    kept = [(s.toordinal(), (d + GRACE).toordinal()) for s, d in zip(since, dues, strict=True)
            if d >= first]  # fmt: skip
    return (
        np.array([k[0] for k in kept], dtype=np.int64),
        np.array([k[1] for k in kept], dtype=np.int64),
    )


SPAN = 1 << 22  # more days than any ordinal: pair index * SPAN + day is one sortable key


def _staff_contacts(
    conn: QuickConnection, rows: ProgramRows, active: list[PairRow], period: Period, last: date
) -> PracticeCheck:
    cadence = rows.program.checkin_cadence
    name = "Staff contacts on the program's cadence"
    if cadence == CheckinCadence.NONE:
        return PracticeCheck(
            "staff_contacts", Stage.MONITORING, name, None, PERCENT, 0,
            "The program has no staff check-in cadence set.", None, period,
        )  # fmt: skip
    # Every held check-in as (match index, day): one about a match, or with one of its
    # two people, counts for that match.
    index = {pair.id: i for i, pair in enumerate(active)}
    of_person: dict[int, list[int]] = defaultdict(list)
    for i, pair in enumerate(active):
        for person in pair.people:
            of_person[person].append(i)
    keys: list[int] = []
    for contact in staff_contacts(conn, rows.program.id):
        matches = (
            set(of_person.get(contact.participant_id, ())) if contact.participant_id else set()
        )
        if contact.pair_id in index:
            matches.add(index[contact.pair_id])
        keys.extend(i * SPAN + contact.day.toordinal() for i in matches)
    contacts = np.sort(np.array(keys, dtype=np.int64))
    # The windows of all matches that share a start and an end, at once.
    alike: dict[tuple[date, date], list[int]] = defaultdict(list)
    for i, pair in enumerate(active):
        alike[pair.started, min(pair.ended, last) if pair.ended is not None else last].append(i)
    owner, low, high = [], [], []
    for (started, stop), members in alike.items():
        since, until = _windows(cadence, started, stop, period.start)
        if since.size:
            base = np.array(members, dtype=np.int64)[:, None] * SPAN
            owner.append(np.repeat(np.array(members, dtype=np.int64), since.size))
            low.append((base + since).ravel())
            high.append((base + until).ravel())
    overdue: list[int] = []
    judged = 0
    if owner:
        who = np.concatenate(owner)
        upper = np.concatenate(high)
        met = np.searchsorted(contacts, upper, "right") > np.searchsorted(
            contacts, np.concatenate(low), "left"
        )
        over = (upper - who * SPAN) <= last.toordinal()  # the week of grace is over
        counted = np.bincount(who, weights=met | over, minlength=len(active)) > 0
        late = np.bincount(who, weights=~met & over, minlength=len(active)) > 0
        judged = int(counted.sum())
        overdue = [active[i].id for i in np.flatnonzero(late & counted)]
    ok = judged - len(overdue)
    return _check(
        "staff_contacts", Stage.MONITORING, name, period, ok, judged,
        f"{_of(ok, judged, 'match')} had every staff check-in due on the "
        f"{cadence.value} cadence"
        + (f"; {len(overdue)} {'is' if len(overdue) == 1 else 'are'} overdue." if overdue else "."),
        pair_ids=tuple(sorted(overdue)),
        nothing="No staff check-in was due for this period's matches.",
    )  # fmt: skip


def checks_from(
    conn: QuickConnection,
    rows: ProgramRows,
    period: Period,
    today: date,
    survey_share: int = SURVEY_SHARE,
) -> tuple[PracticeCheck, ...]:
    """The checklist for ``period``, from rows already read in the caller's snapshot."""
    last = period.observed_end(today)
    active = [
        p for p in rows.pairs
        if last >= period.start and p.started <= last
        and (p.ended is None or p.ended >= period.start)
    ]  # fmt: skip
    closed = [p for p in active if p.ended is not None and period.start <= p.ended <= last]
    no_reason = [p.id for p in closed if not (p.end_reason or "").strip()]
    closing_for, closing_people = closing_pairs(conn, rows.program.id)
    no_survey = [
        p.id
        for p in closed
        if p.id not in closing_for and not any(x in closing_people for x in p.people)
    ]
    kinds = survey_kinds(conn, rows.program.id)
    both = {SurveyKind.PRE.value, SurveyKind.POST.value}
    completed = [p for p in closed if p.outcome == PairOutcome.COMPLETED.value]
    lacking = [
        p.id
        for p in completed
        if not any(
            both <= kinds.get(person, set())
            for person in (p.people if rows.program.reciprocal else (p.mentee_id,))
        )
    ]
    n_closed = len(closed)
    required = _required_steps(conn, rows.program.id)
    with_surveys = len(completed) - len(lacking)
    return (
        _mentor_places(conn, rows, period, last),
        _steps_check(rows, period, last, StepKind.SCREENING, Stage.SCREENING,
                     required[StepKind.SCREENING]),
        _steps_check(rows, period, last, StepKind.TRAINING, Stage.TRAINING,
                     required[StepKind.TRAINING]),
        _agreements(active, period, last),
        _staff_contacts(conn, rows, active, period, last),
        _every_match(
            "closure_reason", Stage.CLOSURE, "A reason for every closed match", period,
            n_closed, no_reason, "that ended in the period have a reason recorded",
            nothing="No match ended in this period.",
        ),
        _every_match(
            "closing_survey", Stage.CLOSURE, "A closing survey for every closed match", period,
            n_closed, no_survey,
            "that ended in the period have a closing survey from the mentor or the mentee",
            nothing="No match ended in this period.",
        ),
        _check(
            "pre_post_surveys", Stage.CLOSURE,
            f"Pre and post surveys for at least {survey_share} % of completed matches", period,
            with_surveys, len(completed),
            f"{_of(with_surveys, len(completed), 'match')} completed in the period have both a "
            f"pre-program and a post-program survey (the aim: {survey_share} %).",
            pair_ids=tuple(sorted(lacking)), target=float(survey_share),
            nothing="No match completed in this period.",
        ),
    )  # fmt: skip
