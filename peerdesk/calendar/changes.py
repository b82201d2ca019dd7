"""What one calendar action changed, and putting it back (undo) or again (redo).

Every write in the calendar returns :class:`CalendarChanges`: the rows of each
meeting and series it touched, before and after. Undo restores the "before"
rows exactly — after checking that nothing else changed them since — and redo
the "after" rows; only a meeting's calendar SEQUENCE never goes back (its
LAST-MODIFIED becomes the time of the undo), so that calendars that imported a
file in between take the restored version. Rows are read and written with
SQLAlchemy Core in batches, so undoing a year of meetings for 300 pairs is as
quick as scheduling it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.enums import ParticipantStatus
from peerdesk.models import Meeting, MeetingSeries, Participant
from peerdesk.sqltypes import utcnow

if TYPE_CHECKING:
    from peerdesk.calendar.conflicts import Conflict
    from peerdesk.database import Database

Row = dict[str, Any]

MEETING_TABLE: Table = Meeting.__table__  # type: ignore[assignment]
SERIES_TABLE: Table = MeetingSeries.__table__  # type: ignore[assignment]
CHUNK = 500  # ids per IN (...) clause, well under SQLite's limit on variables
MEETINGS = "meetings"  # the kind of record for the front end's refresh
SEQUENCE = "sequence"  # a meeting's calendar revision: never goes back down
MODIFIED = "modified_at"  # when that revision was made (the event's LAST-MODIFIED)
VERSION = "version"  # the row version (peerdesk.conflicts): only goes up
REVISION = frozenset({SEQUENCE, MODIFIED, VERSION})


class ChangedSince(history.ChangedAfterYou):
    """Meetings changed by someone after the step to undo or redo: who, and when."""


@dataclass(frozen=True)
class CalendarChanges:
    """The meetings and series one action touched, before and after (None: absent)."""

    program_id: int
    action: str
    meetings_before: Mapping[int, Row | None]
    meetings_after: Mapping[int, Row | None]
    series_before: Mapping[int, Row | None] = field(default_factory=dict)
    series_after: Mapping[int, Row | None] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    skipped_pairs: tuple[int, ...] = ()  # pairs left out (they already had meetings)

    @property
    def created(self) -> list[int]:
        """Ids of meetings this action made."""
        return sorted(
            i
            for i, row in self.meetings_after.items()
            if self.meetings_before.get(i) is None and row is not None
        )

    @property
    def removed(self) -> list[int]:
        return sorted(i for i, row in self.meetings_after.items() if row is None)

    @property
    def updated(self) -> list[int]:
        return sorted(
            i
            for i, row in self.meetings_after.items()
            if row is not None and self.meetings_before.get(i) is not None
        )

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset({MEETINGS}) if (self.meetings_after or self.series_after) else frozenset()


def revise(meeting: Meeting, now: datetime | None = None) -> None:
    """Count a change that calendars must take — the meeting's time, length, place or
    (un)cancelling: its SEQUENCE goes up and its LAST-MODIFIED becomes now."""
    meeting.sequence = (meeting.sequence or 0) + 1
    meeting.modified_at = now or utcnow()


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def read_rows(session: Session, table: Table, ids: Iterable[int]) -> dict[int, Row]:
    """The current rows of ``table`` with these ids, as plain dicts (typed values)."""
    wanted = sorted(set(ids))
    found: dict[int, Row] = {}
    for part in chunks(wanted):
        for row in session.execute(select(table).where(table.c.id.in_(part))).mappings():
            found[row["id"]] = dict(row)
    return found


class Recorder:
    """Collects the before and after of every meeting and series an action touches."""

    def __init__(self, session: Session, program_id: int, action: str) -> None:
        self.session = session
        self.program_id = program_id
        self.action = action
        self.meetings_before: dict[int, Row | None] = {}
        self.series_before: dict[int, Row | None] = {}
        self.warnings: list[str] = []
        self.conflicts: list[Conflict] = []
        self.skipped_pairs: list[int] = []
        self.known_after: dict[int, Row] = {}

    def touch_meetings(self, ids: Iterable[int]) -> None:
        """Remember these meetings as they are now, before they change (or go)."""
        ids = list(ids)
        for i in ids:
            self.known_after.pop(i, None)
        new = [i for i in ids if i not in self.meetings_before]
        rows = read_rows(self.session, MEETING_TABLE, new)
        for i in new:
            self.meetings_before[i] = rows.get(i)

    def touch_series(self, ids: Iterable[int]) -> None:
        new = [i for i in ids if i not in self.series_before]
        rows = read_rows(self.session, SERIES_TABLE, new)
        for i in new:
            self.series_before[i] = rows.get(i)

    def created_meetings(self, ids: Iterable[int], rows: Iterable[Row] | None = None) -> None:
        """These meetings are new; ``rows``, if given, are them exactly as written.

        Knowing the written rows spares reading a bulk insert back; if anything
        changes them later in the same action, they are touched and read again.
        """
        for i in ids:
            self.meetings_before.setdefault(i, None)
        for row in rows or ():
            self.known_after[row["id"]] = row

    def created_series(self, ids: Iterable[int]) -> None:
        for i in ids:
            self.series_before.setdefault(i, None)

    def finish(self, **details: Any) -> CalendarChanges:
        self.session.flush()
        unknown = [i for i in self.meetings_before if i not in self.known_after]
        meetings_now = {**read_rows(self.session, MEETING_TABLE, unknown), **self.known_after}
        series_now = read_rows(self.session, SERIES_TABLE, self.series_before)
        meetings_after = {i: meetings_now.get(i) for i in self.meetings_before}
        series_after = {i: series_now.get(i) for i in self.series_before}
        history.record(
            self.session,
            "meeting",
            None,
            self.action,
            program_id=self.program_id,
            meetings=len(meetings_after),
            series=sorted(series_after),
            meeting_ids=sorted(meetings_after),
            **details,
        )
        return CalendarChanges(
            self.program_id,
            self.action,
            dict(self.meetings_before),
            meetings_after,
            dict(self.series_before),
            series_after,
            tuple(self.warnings),
            tuple(self.conflicts),
            tuple(self.skipped_pairs),
        )


class ActionRecorder:
    """What pairs' and circles' actions share in recording one user action:
    the people whose status it changes, and the meetings it changes (in the same
    transaction). A subclass adds its own rows and builds its own changes.
    """

    def __init__(self, session: Session, program_id: int, action: str) -> None:
        self.session = session
        self.program_id = program_id
        self.action = action
        self.status_before: dict[int, ParticipantStatus] = {}
        self.people: dict[int, Participant] = {}
        self.created: list[int] = []
        self._meetings: Recorder | None = None

    @property
    def meetings(self) -> Recorder:
        """Records the meetings this action changes, in the same transaction."""
        if self._meetings is None:
            self._meetings = Recorder(self.session, self.program_id, self.action)
        return self._meetings

    def _set_status(self, person: Participant, status: ParticipantStatus) -> None:
        self.people[person.id] = person
        self.status_before.setdefault(person.id, person.status)
        person.status = status

    def status_changes(
        self,
    ) -> tuple[dict[int, ParticipantStatus], dict[int, ParticipantStatus]]:
        """The statuses before and after of the people whose status really changed."""
        now = {i: p.status for i, p in self.people.items()}
        before = {i: s for i, s in self.status_before.items() if now.get(i) != s}
        return before, {i: now[i] for i in before}

    def meeting_changes(self, **details: Any) -> CalendarChanges | None:
        """The meetings' changes, if this action changed any."""
        if self._meetings is None or not self._meetings.meetings_before:
            return None
        return self._meetings.finish(**details)


def _without_revision(row: Row | None) -> Row | None:
    return None if row is None else {k: v for k, v in row.items() if k not in REVISION}


def _check(
    session: Session, table: Table, expected: Mapping[int, Row | None], *, redo: bool = False
) -> None:
    """Refuse if the rows changed since — all but their SEQUENCE (which only goes up)
    and its time — naming who changed them last."""
    current = read_rows(session, table, expected)
    changed = [
        row_id
        for row_id, row in expected.items()
        if _without_revision(current.get(row_id)) != _without_revision(row)
    ]
    if changed:
        records = [("meeting", i) for i in changed] if table is MEETING_TABLE else []
        raise ChangedSince.find(session, records, "these meetings", redo=redo, plural=True)


def _put(session: Session, table: Table, rows: Mapping[int, Row | None]) -> None:
    """Make the table hold these rows (None: no row), given the current rows."""
    current = read_rows(session, table, rows)
    updates = [
        _raise_version(_next_version(row, current[i]), current[i])
        for i, row in rows.items()
        if row and i in current
    ]
    inserts = [row for i, row in rows.items() if row is not None and i not in current]
    if updates:
        columns = [c.name for c in table.columns if c.name != "id"]
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(f"_{name}") for name in columns})
        )
        session.execute(
            statement,
            [{f"_{k}": v for k, v in row.items()} for row in updates],
        )
    if inserts:
        session.execute(insert(table), inserts)


def _next_version(row: Row, current: Row) -> Row:
    """``row`` as it goes back in: a meeting that changes gets a higher SEQUENCE than it has
    now, and now as its LAST-MODIFIED, so a calendar that imported the undone version
    takes this one (say, a meeting cancelled with its pair, brought back by undo)."""
    if SEQUENCE not in row:
        return row
    if _without_revision(row) == _without_revision(current):
        return {**row, SEQUENCE: current[SEQUENCE], MODIFIED: current[MODIFIED]}
    sequence = max(row[SEQUENCE] or 0, current[SEQUENCE] or 0) + 1
    return {**row, SEQUENCE: sequence, MODIFIED: utcnow()}


def _raise_version(row: Row, current: Row) -> Row:
    """``row`` as it goes back in over ``current``: if it changes anything, its version
    goes up from the current one (never back down), so a form open on it sees the change."""
    if VERSION not in current:
        return row
    same = _without_revision(row) == _without_revision(current)
    return {**row, VERSION: current[VERSION] + (0 if same else 1)}


def _delete(session: Session, table: Table, ids: Sequence[int]) -> None:
    for part in chunks(sorted(ids)):
        session.execute(delete(table).where(table.c.id.in_(part)))


def restore_rows(
    session: Session,
    meetings: Mapping[int, Row | None],
    expect_meetings: Mapping[int, Row | None],
    series: Mapping[int, Row | None],
    expect_series: Mapping[int, Row | None],
    *,
    redo: bool = False,
) -> None:
    """Make the rows ``meetings`` and ``series``, if they are still ``expect_…``, in
    ``session`` (the caller's transaction: a pair's undo restores its meetings with it);
    ``redo`` words the refusal for a redo."""
    _check(session, MEETING_TABLE, expect_meetings, redo=redo)
    _check(session, SERIES_TABLE, expect_series, redo=redo)
    # Meetings go before their series, and series come back before their meetings.
    _delete(session, MEETING_TABLE, [i for i, row in meetings.items() if row is None])
    _delete(session, SERIES_TABLE, [i for i, row in series.items() if row is None])
    _put(session, SERIES_TABLE, {i: r for i, r in series.items() if r is not None})
    _put(session, MEETING_TABLE, {i: r for i, r in meetings.items() if r is not None})


def _restore(
    db: Database,
    changes: CalendarChanges,
    meetings: Mapping[int, Row | None],
    expect_meetings: Mapping[int, Row | None],
    series: Mapping[int, Row | None],
    expect_series: Mapping[int, Row | None],
    action: str,
) -> None:
    with db.transaction() as session:
        restore_rows(
            session, meetings, expect_meetings, series, expect_series, redo=action == "redo"
        )
        history.record(
            session,
            "meeting",
            None,
            action,
            program_id=changes.program_id,
            of=changes.action,
            meetings=len(meetings),
            series=sorted(series),
            meeting_ids=sorted(meetings),
        )


def undo(db: Database, changes: CalendarChanges) -> None:
    """Put back exactly what ``changes`` changed, if nothing else changed it since."""
    _restore(
        db,
        changes,
        changes.meetings_before,
        changes.meetings_after,
        changes.series_before,
        changes.series_after,
        "undo",
    )


def redo(db: Database, changes: CalendarChanges) -> None:
    """Do ``changes`` again after :func:`undo`."""
    _restore(
        db,
        changes,
        changes.meetings_after,
        changes.meetings_before,
        changes.series_after,
        changes.series_before,
        "redo",
    )
