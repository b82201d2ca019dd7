"""Planning meetings for many pairs at once so that nobody is in two meetings at once.

"Every active pair on Tuesday at 17:00" puts a mentor of two mentees in two
meetings at once. A plan gives each pair its own slot instead: the chosen
day and time when both people are free, else back to back after it (17:00,
18:00, …) until the evening is over, else the next day, and so on through the
window. Where people stated their availability ("Tuesday afternoons") the
slot lies inside both people's windows when any such slot is free; a slot
outside them is used only when none inside is free, and the plan counts it.

Everyone's meetings count — all their pairs, in every program of the file,
and the meetings already on the calendar — compared as persons. A pair that
cannot be placed without a clash takes the slot with the fewest clashes, and
the plan says who is double-booked and how often ("Alex Baudry: 2 clashes").

:func:`plan_meetings` only reads; the coordinator sees the plan, then
:func:`save_plan` writes it as one transaction (one undo step). The same data
gives the same plan. Three hundred pairs are planned in a small fraction of a
second: each candidate slot is checked against per-person, per-day lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.calendar import availability, zones
from peerdesk.calendar.changes import SERIES_TABLE, CalendarChanges, Recorder
from peerdesk.calendar.conflicts import Conflict, busy_times, find_conflicts
from peerdesk.calendar.series import (
    BIWEEKLY,
    CADENCES,
    DEFAULT_SPAN,
    _check_length,
    _meeting_row,
    _pairs,
    _program,
    insert_meetings,
    insert_rows,
    occurrence_dates,
)
from peerdesk.database import Database
from peerdesk.enums import MeetingKind, MeetingStatus, TagKind
from peerdesk.errors import ValidationError
from peerdesk.models import Meeting, Pair, Participant, ParticipantTag, Person
from peerdesk.progress import Progress
from peerdesk.storage.retry import strict

DAY_END = time(21, 0)  # back-to-back meetings stop when the next would end after this
MAX_WINDOW_DAYS = 366


@dataclass(frozen=True)
class ScheduleRequest:
    """What the coordinator asks for: one meeting per pair in a window, or a series each.

    ``once``: one meeting per pair between ``first_date`` and ``last_date`` (None:
    on ``first_date``), preferably at ``local_time``. Otherwise a series per pair
    every ``cadence`` from ``first_date`` to ``last_date`` (None: the program's end,
    else a year), preferably on ``weekday`` (None: ``first_date``'s) at ``local_time``.
    """

    once: bool
    first_date: date
    local_time: time
    length_minutes: int
    last_date: date | None = None
    cadence: str = BIWEEKLY
    weekday: int | None = None
    place: str = ""
    link: str = ""
    skip_dates: tuple[date, ...] = ()
    timezone: str | None = None  # None: this computer's zone


@dataclass(frozen=True)
class PlannedPair:
    """Where one pair meets: on ``dates`` at ``local_time`` (a series: on ``weekday``)."""

    pair_id: int
    weekday: int
    local_time: time
    dates: tuple[date, ...]
    as_asked: bool  # on the asked day (or weekday) and time
    outside_availability: bool  # someone said when they are free, and this is not then
    clashes: int  # meetings of this pair that put someone in two places at once
    asked_not_free: bool = False  # someone said they are not free at the asked day and time


@dataclass(frozen=True)
class PersonClashes:
    person_id: int
    name: str
    clashes: int

    def describe(self) -> str:
        return f"{self.name}: {self.clashes} clash{'' if self.clashes == 1 else 'es'}"


@dataclass(frozen=True)
class SchedulePlan:
    """The meetings a request would make, before anything is saved."""

    program_id: int
    request: ScheduleRequest  # with its time zone and last date filled in
    pairs: tuple[PlannedPair, ...]
    skipped_pairs: tuple[int, ...] = ()  # left out: they already have meetings then
    clashes: tuple[PersonClashes, ...] = ()  # per person, most first
    names: dict[int, str] = field(default_factory=dict, compare=False)  # pair id → title

    @property
    def meetings(self) -> int:
        return sum(len(p.dates) for p in self.pairs)

    @property
    def moved(self) -> int:
        """Pairs placed away from the asked day or time, to keep people free."""
        return sum(1 for p in self.pairs if not p.as_asked)

    @property
    def moved_to_fit(self) -> int:
        """Of those moved, the pairs moved to when both said they are free (someone is not
        free at the asked day and time)."""
        return sum(
            1
            for p in self.pairs
            if not p.as_asked and p.asked_not_free and not p.outside_availability
        )

    @property
    def moved_for_clashes(self) -> int:
        """Of those moved, the pairs who could have met as asked but for someone's other
        meeting."""
        return sum(1 for p in self.pairs if not p.as_asked and not p.asked_not_free)

    @property
    def outside_availability(self) -> int:
        return sum(1 for p in self.pairs if p.outside_availability)

    @property
    def clash_count(self) -> int:
        return sum(p.clashes for p in self.pairs)

    def describe(self) -> list[str]:
        """The plan in a few plain lines, for the command line."""
        pairs = len(self.pairs)
        lines = [
            f"{self.meetings} meeting{'' if self.meetings == 1 else 's'} for {pairs} "
            f"pair{'' if pairs == 1 else 's'}."
        ]
        if self.moved_to_fit:
            n = self.moved_to_fit
            lines.append(
                f"{n} pair{'' if n == 1 else 's'} placed when both people said they are free, "
                "not at the asked time."
            )
        if self.moved_for_clashes:
            n = self.moved_for_clashes
            lines.append(
                f"{n} pair{'' if n == 1 else 's'} placed at another time "
                "so that nobody is in two meetings at once."
            )
        if self.outside_availability:
            n = self.outside_availability
            lines.append(
                f"{n} pair{'' if n == 1 else 's'} could not be placed within both people's "
                "stated availability."
            )
        if self.skipped_pairs:
            n = len(self.skipped_pairs)
            lines.append(
                f"Left out {n} pair{'' if n == 1 else 's'} that already had meetings scheduled."
            )
        if self.clashes:
            lines.append("Unavoidable clashes: " + "; ".join(c.describe() for c in self.clashes))
        else:
            lines.append("Nobody is in two meetings at once.")
        return lines


class _Busy:
    """Each person's busy times, by UTC day, as (start, end) pairs."""

    def __init__(self) -> None:
        self.by_person: dict[int, dict[date, list[tuple[datetime, datetime]]]] = defaultdict(
            lambda: defaultdict(list)
        )

    def add(self, person_id: int, start: datetime, end: datetime) -> None:
        self.by_person[person_id][start.date()].append((start, end))

    def ends_on(self, person_id: int, day: date, tz: str) -> list[time]:
        """When the person's meetings on ``day`` (on the wall clocks of ``tz``) end."""
        days = self.by_person.get(person_id)
        if not days:
            return []
        found = []
        for key in (day - timedelta(days=1), day, day + timedelta(days=1)):
            for _start, end in days.get(key, ()):
                local = zones.to_local(end, tz)
                if local.date() == day:
                    found.append(local.time().replace(second=0, microsecond=0))
        return found

    def clashes(self, person_id: int, start: datetime, end: datetime) -> bool:
        days = self.by_person.get(person_id)
        if not days:
            return False
        day = start.date()
        for key in (day - timedelta(days=1), day, day + timedelta(days=1)):
            for other_start, other_end in days.get(key, ()):
                if other_start < end and start < other_end:
                    return True
        return False


@dataclass
class _PairInfo:
    pair_id: int
    started_on: date | None
    mentor_person: int
    mentee_person: int
    mentor_free: tuple[availability.Window, ...] | None
    mentee_free: tuple[availability.Window, ...] | None

    @property
    def people(self) -> tuple[int, ...]:
        if self.mentor_person == self.mentee_person:
            return (self.mentor_person,)
        return (self.mentor_person, self.mentee_person)

    def misfits(self, weekday: int, at: time, minutes: int) -> int:
        """How many of the two said when they are free and this is not then."""
        return sum(
            0 if availability.fits(free, weekday, at, minutes) else 1
            for free in (self.mentor_free, self.mentee_free)
        )


def _resolve(request: ScheduleRequest, program_end: date | None) -> ScheduleRequest:
    problems: dict[str, str] = {}
    _check_length(request.length_minutes, problems)
    tz = request.timezone or zones.local_zone_name()
    if not zones.is_zone(tz):
        problems["timezone"] = f"“{tz}” is not a time zone this computer knows."
    if request.once:
        last = request.last_date or request.first_date
    else:
        last = request.last_date or program_end or request.first_date + DEFAULT_SPAN
        if request.cadence not in CADENCES:
            problems["cadence"] = f"“{request.cadence}” is not one of {', '.join(CADENCES)}."
        if request.weekday is not None and not 0 <= request.weekday <= 6:
            problems["weekday"] = "Choose a day of the week."
    if last < request.first_date:
        problems["last_date"] = "The last date is before the first date."
    elif request.once and (last - request.first_date).days > MAX_WINDOW_DAYS:
        problems["last_date"] = "Choose a window of at most a year."
    if problems:
        raise ValidationError(problems)
    weekday = request.first_date.weekday() if request.weekday is None else request.weekday
    return replace(
        request,
        last_date=last,
        timezone=tz,
        weekday=weekday,
        skip_dates=tuple(sorted(set(request.skip_dates))),
    )


def _pairs_with_meetings(
    session: Session, pair_ids: list[int], start: datetime, end: datetime | None
) -> set[int]:
    query = select(Meeting.pair_id).where(
        Meeting.pair_id.in_(pair_ids),
        Meeting.kind == MeetingKind.PAIR,
        Meeting.status == MeetingStatus.SCHEDULED,
        Meeting.starts_at >= start,
    )
    if end is not None:
        query = query.where(Meeting.starts_at < end)
    return {pair_id for (pair_id,) in session.execute(query.distinct()) if pair_id is not None}


def _infos(session: Session, pairs: list[Pair]) -> tuple[list[_PairInfo], dict[int, str]]:
    participant_ids = sorted({p.mentor_id for p in pairs} | {p.mentee_id for p in pairs})
    persons: dict[int, tuple[int, str]] = {}
    tags: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(participant_ids), 500):
        part = participant_ids[start : start + 500]
        for pid, person_id, name in session.execute(
            select(Participant.id, Participant.person_id, Person.full_name)
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.id.in_(part))
        ):
            persons[pid] = (person_id, name)
        for pid, value in session.execute(
            select(ParticipantTag.participant_id, ParticipantTag.value).where(
                ParticipantTag.participant_id.in_(part),
                ParticipantTag.kind == TagKind.AVAILABILITY,
            )
        ):
            tags[pid].append(value)
    free = {pid: availability.windows(values) for pid, values in tags.items()}
    names = {person_id: name for person_id, name in persons.values()}
    infos = [
        _PairInfo(
            pair.id,
            pair.started_on,
            persons[pair.mentor_id][0],
            persons[pair.mentee_id][0],
            free.get(pair.mentor_id),
            free.get(pair.mentee_id),
        )
        for pair in pairs
    ]
    return infos, names


def _grid(first: time, minutes: int) -> list[time]:
    """The asked time, then back to back after it until the day is over."""
    found = [first]
    begin = first.hour * 60 + first.minute + minutes
    while begin + minutes <= DAY_END.hour * 60 + DAY_END.minute:
        found.append(time(begin // 60, begin % 60))
        begin += minutes
    return found


class _Planner:
    def __init__(self, request: ScheduleRequest, busy: _Busy, now: datetime) -> None:
        self.request = request
        self.busy = busy
        self.now = now
        self.tz = request.timezone or zones.local_zone_name()
        self.length = timedelta(minutes=request.length_minutes)
        self.grid = _grid(request.local_time, request.length_minutes)
        self._utc: dict[tuple[date, time], datetime] = {}
        self._dates: dict[tuple[int, date], tuple[date, ...]] = {}

    def start(self, day: date, at: time) -> datetime:
        key = (day, at)
        found = self._utc.get(key)
        if found is None:
            found = self._utc[key] = zones.to_utc(day, at, self.tz)
        return found

    def _days(self, earliest: date) -> list[tuple[int, tuple[date, ...]]]:
        """(weekday, dates) choices in the order they are preferred."""
        r = self.request
        assert r.last_date is not None and r.weekday is not None
        weekend_ok = r.weekday >= 5 if not r.once else r.first_date.weekday() >= 5
        if r.once:
            start = max(r.first_date, earliest) if earliest <= r.last_date else r.first_date
            span = (r.last_date - start).days + 1
            days = [start + timedelta(days=n) for n in range(span)]
            days = [d for d in days if d not in r.skip_dates] or days
            days.sort(key=lambda d: (d.weekday() >= 5 and not weekend_ok, d))
            return [(d.weekday(), (d,)) for d in days]
        start = max(r.first_date, earliest) if earliest <= r.last_date else r.first_date
        order = [(r.weekday + n) % 7 for n in range(7)]
        order.sort(key=lambda w: w >= 5 and not weekend_ok)
        choices = []
        for weekday in order:
            key = (weekday, start)
            dates = self._dates.get(key)
            if dates is None:
                dates = self._dates[key] = tuple(
                    occurrence_dates(r.cadence, weekday, start, r.last_date, r.skip_dates)
                )
            if dates:
                choices.append((weekday, dates))
        return choices

    def _candidates(self, info: _PairInfo) -> list[tuple[int, int, time, tuple[date, ...]]]:
        """(misfits, order, time, dates), best first."""
        minutes = self.request.length_minutes
        found = []
        order = 0
        for weekday, dates in self._days(info.started_on or self.request.first_date):
            times = list(self.grid)
            for free in (info.mentor_free, info.mentee_free):
                times.extend(
                    t for t in availability.starts_within(free, weekday, minutes) if t not in times
                )
            if self.request.once:  # right after a meeting the person already has that day
                times.extend(
                    t
                    for person in info.people
                    for t in self.busy.ends_on(person, dates[0], self.tz)
                    if t not in times and self._fits_day(t)
                )
            asked = self.request.local_time
            times.sort(key=lambda t: (t < asked, t))
            for at in times:
                found.append((info.misfits(weekday, at, minutes), order, at, dates))
                order += 1
        found.sort(key=lambda c: (self._gone(c[2], c[3]), c[0], c[1]))
        return found

    def _fits_day(self, at: time) -> bool:
        begin = at.hour * 60 + at.minute
        return begin + self.request.length_minutes <= DAY_END.hour * 60 + DAY_END.minute

    def _gone(self, at: time, dates: tuple[date, ...]) -> bool:
        """A single meeting already past (today at 17:00, planned at 18:00) comes last."""
        return self.request.once and self.start(dates[0], at) < self.now

    def _clashes(self, people: tuple[int, ...], at: time, dates: tuple[date, ...]) -> int:
        count = 0
        for day in dates:
            start = self.start(day, at)
            end = start + self.length
            count += sum(1 for p in people if self.busy.clashes(p, start, end))
        return count

    def place(self, info: _PairInfo) -> tuple[PlannedPair, dict[int, int]]:
        r = self.request
        candidates = self._candidates(info)
        best: tuple[int, tuple[int, int, time, tuple[date, ...]]] | None = None
        for candidate in candidates:
            clashes = self._clashes(info.people, candidate[2], candidate[3])
            if clashes == 0:
                best = (0, candidate)
                break
            if best is None or clashes < best[0]:
                best = (clashes, candidate)
        assert best is not None
        clashes, (misfits, _order, at, dates) = best
        per_person: dict[int, int] = defaultdict(int)
        for day in dates:
            start = self.start(day, at)
            end = start + self.length
            for person in info.people:
                if clashes and self.busy.clashes(person, start, end):
                    per_person[person] += 1
            for person in info.people:
                self.busy.add(person, start, end)
        asked_day = dates[0] == r.first_date if r.once else dates[0].weekday() == r.weekday
        asked_weekday = r.first_date.weekday() if r.once or r.weekday is None else r.weekday
        planned = PlannedPair(
            pair_id=info.pair_id,
            weekday=dates[0].weekday(),
            local_time=at,
            dates=dates,
            as_asked=asked_day and at == r.local_time,
            outside_availability=misfits > 0,
            clashes=clashes,
            asked_not_free=info.misfits(asked_weekday, r.local_time, r.length_minutes) > 0,
        )
        return planned, per_person


def _order(infos: list[_PairInfo]) -> list[_PairInfo]:
    """Busiest people first, each mentor's pairs together, the same order every time."""
    load: dict[int, int] = defaultdict(int)
    for info in infos:
        for person in info.people:
            load[person] += 1
    return sorted(
        infos,
        key=lambda i: (
            -max(load[p] for p in i.people),
            i.mentor_free is None and i.mentee_free is None,
            i.mentor_person,
            i.pair_id,
        ),
    )


def plan_meetings(
    db: Database,
    program_id: int,
    request: ScheduleRequest,
    *,
    pair_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> SchedulePlan:
    """Plan ``request`` for ``pair_ids`` (None: every active pair); nothing is saved.

    One meeting each (``once``) is placed at a time still to come (after ``now``)
    wherever the window has one.

    For every active pair, pairs that already have a meeting scheduled in the
    window (a series: from the first date on) are left out, so planning again
    after confirming new pairs plans just those.
    """
    with db.reading() as session:
        program = _program(session, program_id)
        request = _resolve(request, program.end_date)
        assert request.last_date is not None and request.timezone is not None
        tz = request.timezone
        pairs = _pairs(session, program_id, pair_ids)
        skipped: list[int] = []
        window_start = zones.to_utc(request.first_date, time(0, 0), tz)
        window_end = zones.to_utc(request.last_date + timedelta(days=1), time(0, 0), tz)
        if pair_ids is None:
            taken = _pairs_with_meetings(
                session, [p.id for p in pairs], window_start, window_end if request.once else None
            )
            skipped = sorted(taken)
            pairs = [p for p in pairs if p.id not in taken]
        infos, names = _infos(session, pairs)
        people = {person for info in infos for person in info.people}
        busy = _Busy()
        margin = timedelta(days=2)
        for item in busy_times(
            session, person_ids=people, start=window_start - margin, end=window_end + margin
        ):
            busy.add(item.person_id, item.start, item.end)
        titles = {
            info.pair_id: f"{names[info.mentor_person]} & {names[info.mentee_person]}"
            for info in infos
        }
    planner = _Planner(request, busy, now or datetime.now(UTC))
    placed: list[PlannedPair] = []
    per_person: dict[int, int] = defaultdict(int)
    ordered = _order(infos)
    for index, info in enumerate(ordered):
        if progress is not None and index % 50 == 0:
            progress.check()
            progress.set_progress(index, len(ordered), "Planning meetings…")
        planned, clashes = planner.place(info)
        placed.append(planned)
        for person, count in clashes.items():
            per_person[person] += count
    placed.sort(key=lambda p: p.pair_id)
    clashes_list = sorted(
        (PersonClashes(p, names.get(p, ""), count) for p, count in per_person.items()),
        key=lambda c: (-c.clashes, c.name, c.person_id),
    )
    return SchedulePlan(
        program_id, request, tuple(placed), tuple(skipped), tuple(clashes_list), titles
    )


def clash_lines(conflicts: Sequence[Conflict], limit: int = 8) -> list[str]:
    """Conflicts grouped per person ("Alex Baudry: 2 clashes"), most first."""
    later: dict[tuple[int, str], set[int]] = defaultdict(set)
    for conflict in conflicts:  # three at once are two clashes: the second and the third
        later[(conflict.person_id, conflict.person_name)].add(conflict.second_id)
    counts = {who: len(ids) for who, ids in later.items()}
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][1], item[0][0]))
    lines = [PersonClashes(pid, name, n).describe() for (pid, name), n in ordered[:limit]]
    if len(ordered) > limit:
        lines.append(f"… and {len(ordered) - limit} more people.")
    if lines:
        lines.insert(0, "Some people would be in two meetings at once:")
    return lines


@strict
def save_plan(db: Database, plan: SchedulePlan) -> CalendarChanges:
    """Write the planned meetings (and series) in one transaction, for one undo step.

    Anyone the saved meetings put in two places at once — the plan's unavoidable
    clashes, or a meeting added elsewhere since the plan was made — is named in the
    warnings, grouped per person.
    """
    request = plan.request
    assert request.timezone is not None and request.last_date is not None
    tz = request.timezone
    place, link = request.place.strip(), request.link.strip()
    with db.transaction() as session:
        _program(session, plan.program_id)
        _pairs(session, plan.program_id, [p.pair_id for p in plan.pairs])  # still schedulable
        rec = Recorder(
            session, plan.program_id, "schedule_once" if request.once else "schedule_series"
        )
        rec.skipped_pairs.extend(plan.skipped_pairs)
        if not plan.pairs:
            return rec.finish(pairs=0)
        series_ids: list[int | None]
        if request.once:
            series_ids = [None] * len(plan.pairs)
        else:
            series_rows = [
                {
                    "pair_id": planned.pair_id,
                    "cadence": request.cadence,
                    "weekday": planned.weekday,
                    "local_time": planned.local_time.strftime("%H:%M"),
                    "timezone": tz,
                    "length_minutes": request.length_minutes,
                    "place": place,
                    "link": link,
                    "first_date": planned.dates[0],
                    "last_date": request.last_date,
                    "skip_dates": [d.isoformat() for d in request.skip_dates],
                }
                for planned in plan.pairs
            ]
            made = insert_rows(session, SERIES_TABLE, series_rows)
            rec.created_series(made)
            series_ids = list(made)
        rows = [
            _meeting_row(
                program_id=plan.program_id,
                pair_id=planned.pair_id,
                series_id=series_id,
                starts_at=zones.to_utc(day, planned.local_time, tz),
                tz=tz,
                length=request.length_minutes,
                place=place,
                link=link,
                occurrence=None if request.once else day,
            )
            for planned, series_id in zip(plan.pairs, series_ids, strict=True)
            for day in planned.dates
        ]
        created = insert_meetings(session, rows, rec)
        conflicts = find_conflicts(session, created)
        rec.conflicts.extend(conflicts)
        rec.warnings.extend(clash_lines(conflicts))
        return rec.finish(pairs=len(plan.pairs), once=request.once)


def schedule_pairs(
    db: Database,
    program_id: int,
    request: ScheduleRequest,
    *,
    pair_ids: Iterable[int] | None = None,
) -> tuple[SchedulePlan, CalendarChanges]:
    """Plan and save at once (the command line, and scripts)."""
    plan = plan_meetings(db, program_id, request, pair_ids=pair_ids)
    return plan, save_plan(db, plan)
