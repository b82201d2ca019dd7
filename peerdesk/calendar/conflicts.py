"""A person in two meetings at once: found and described, never refused.

A mentor with two mentees, scheduled "all active pairs on Tuesdays at 17:30",
would be in two places at once. That is worth a warning, not a refusal: the
coordinator may mean it (a group session) or fix it by moving one meeting.

People are compared as persons, not participants, so a person in two programs
of the same file is caught too. Cancelled and no-show meetings hold no time;
staff check-ins are due dates rather than appointments and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from peerdesk.calendar import zones
from peerdesk.enums import MeetingKind, MeetingStatus
from peerdesk.models import Meeting, Pair, Participant, Person

BUSY = (MeetingStatus.SCHEDULED, MeetingStatus.HELD)
LONGEST_MEETING = timedelta(hours=12)
CHUNK = 500  # how far back a meeting can start and still overlap


@dataclass(frozen=True)
class Conflict:
    """``person`` would be in meetings ``first_id`` and ``second_id`` at once."""

    person_id: int
    person_name: str
    first_id: int
    second_id: int
    starts_at: datetime  # the later start of the two: when the overlap begins
    timezone: str

    def describe(self) -> str:
        when = zones.to_local(self.starts_at, self.timezone)
        return (
            f"{self.person_name} would be in two meetings at once on {when:%a %d %b %Y at %H:%M}."
        )


class Busy(NamedTuple):
    meeting_id: int
    person_id: int
    start: datetime
    end: datetime
    timezone: str


def _busy_query() -> tuple[Any, Any, Any]:
    mentor, mentee = aliased(Participant), aliased(Participant)
    query = (
        select(
            Meeting.id,
            Meeting.starts_at,
            Meeting.length_minutes,
            Meeting.timezone,
            mentor.person_id,
            mentee.person_id,
        )
        .join(Pair, Pair.id == Meeting.pair_id)
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .where(Meeting.kind == MeetingKind.PAIR, Meeting.status.in_(BUSY))
    )
    return query, mentor, mentee


def busy_times(
    session: Session,
    *,
    person_ids: set[int] | None,
    start: datetime | None,
    end: datetime | None,
) -> list[Busy]:
    query, mentor, mentee = _busy_query()
    if start is not None:
        query = query.where(Meeting.starts_at >= start - LONGEST_MEETING)
    if end is not None:
        query = query.where(Meeting.starts_at < end)
    if person_ids is not None:
        ids = sorted(person_ids)
        query = query.where(or_(mentor.person_id.in_(ids), mentee.person_id.in_(ids)))
    found: list[Busy] = []
    for meeting_id, starts_at, length, tz, mentor_person, mentee_person in session.execute(query):
        ends_at = starts_at + timedelta(minutes=length)
        found.append(Busy(meeting_id, mentor_person, starts_at, ends_at, tz))
        if mentee_person != mentor_person:
            found.append(Busy(meeting_id, mentee_person, starts_at, ends_at, tz))
    if person_ids is not None:
        found = [b for b in found if b.person_id in person_ids]
    return found


def _overlaps(busy: list[Busy], among: set[int] | None) -> list[tuple[Busy, Busy]]:
    """Overlapping meetings per person (a sweep over each person's sorted meetings)."""
    by_person: dict[int, list[Busy]] = defaultdict(list)
    for item in busy:
        by_person[item.person_id].append(item)
    found: list[tuple[Busy, Busy]] = []
    for items in by_person.values():
        items.sort(key=lambda b: (b.start, b.meeting_id))
        open_items: list[Busy] = []
        for item in items:
            open_items = [o for o in open_items if o.end > item.start]
            for other in open_items:
                if other.meeting_id == item.meeting_id:
                    continue
                if among is None or item.meeting_id in among or other.meeting_id in among:
                    found.append((other, item))
            open_items.append(item)
    return found


def _bounds(session: Session, among: set[int]) -> tuple[set[int], datetime, datetime] | None:
    """The people in these meetings and the time they span (to bound the search)."""
    query, _mentor, _mentee = _busy_query()
    people: set[int] = set()
    first: datetime | None = None
    last: datetime | None = None
    ids = sorted(among)
    for offset in range(0, len(ids), CHUNK):
        part = query.where(Meeting.id.in_(ids[offset : offset + CHUNK]))
        for _id, starts_at, length, _tz, mentor_person, mentee_person in session.execute(part):
            people.update((mentor_person, mentee_person))
            ends_at = starts_at + timedelta(minutes=length)
            first = starts_at if first is None or starts_at < first else first
            last = ends_at if last is None or ends_at > last else last
    if first is None or last is None:
        return None
    return people, first, last


def find_conflicts(session: Session, meeting_ids: Iterable[int] | None = None) -> list[Conflict]:
    """Everyone who would be in two meetings at once; with ``meeting_ids``, only
    the overlaps that involve one of those meetings."""
    among = None if meeting_ids is None else set(meeting_ids)
    if among is not None and not among:
        return []
    person_ids: set[int] | None = None
    start = end = None
    if among is not None:
        bounds = _bounds(session, among)
        if bounds is None:
            return []
        person_ids, start, end = bounds
    busy = busy_times(session, person_ids=person_ids, start=start, end=end)
    pairs = _overlaps(busy, among)
    names = _names(session, {later.person_id for _earlier, later in pairs})
    conflicts = [
        Conflict(
            person_id=later.person_id,
            person_name=names.get(later.person_id, ""),
            first_id=earlier.meeting_id,
            second_id=later.meeting_id,
            starts_at=later.start,
            timezone=later.timezone,
        )
        for earlier, later in pairs
    ]
    conflicts.sort(key=lambda c: (c.starts_at, c.person_name, c.first_id, c.second_id))
    return conflicts


def _names(session: Session, person_ids: set[int]) -> dict[int, str]:
    ids = sorted(person_ids)
    names: dict[int, str] = {}
    for offset in range(0, len(ids), CHUNK):
        part = ids[offset : offset + CHUNK]
        rows = session.execute(select(Person.id, Person.full_name).where(Person.id.in_(part)))
        names.update({pid: name for pid, name in rows})
    return names


def describe_conflicts(conflicts: Iterable[Conflict], limit: int = 5) -> list[str]:
    """One line per conflict, the first ``limit`` of them, then how many more."""
    items = list(conflicts)
    lines = [c.describe() for c in items[:limit]]
    if len(items) > limit:
        more = len(items) - limit
        lines.append(f"… and {more} more time{'' if more == 1 else 's'} like this.")
    return lines
