"""Reading what the measures need, in one snapshot, with aggregates in SQL.

Pairs and participants are read whole (a few thousand rows); meetings are not:
they are counted per pair in SQL, and only the meetings within a day of a
period's edge are read one by one, to place them on their local day (a meeting
at 23:30 on the 31st in New York belongs to the 31st, wherever it is stored).
Any zone is within 14 hours of UTC, so a meeting stored more than a day inside
the period lies inside it wherever it happened.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peerdesk.calendar.zones import zone
from peerdesk.enums import Cadence, CheckinCadence, PairStatus, Role
from peerdesk.errors import NotFound
from peerdesk.storage import QuickConnection

STARTED = (PairStatus.ACTIVE.value, PairStatus.PAUSED.value, PairStatus.ENDED.value)
HELD_PAIR = "kind = 'pair' AND status = 'held' AND cancel_reason IS NULL"


def day(value: str | date | datetime | None) -> date | None:
    if value.__class__ is str:
        return date.fromisoformat(value[:10])
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def local_day(starts_at: str, zone_name: str) -> date:
    moment = datetime.fromisoformat(starts_at)
    return moment.astimezone(zone(zone_name or "UTC")).date()


def _stamp(d: date) -> str:
    """Midnight UTC of ``d`` as stored (``2025-03-04T00:00:00+00:00``)."""
    return f"{d.isoformat()}T00:00:00+00:00"


@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    start: date | None
    end: date | None
    cadence: Cadence
    checkin_cadence: CheckinCadence
    planned_months: int | None
    reciprocal: bool
    created: date


@dataclass(frozen=True)
class PairRow:
    id: int
    mentor_id: int
    mentee_id: int
    status: str
    outcome: str | None
    started: date
    ended: date | None
    end_reason: str | None
    signed: date | None

    @property
    def people(self) -> tuple[int, int]:
        return self.mentor_id, self.mentee_id


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int
    role: Role
    status: str
    signed_up: date
    override: bool


@dataclass(frozen=True)
class ProgramRows:
    program: ProgramRow
    pairs: tuple[PairRow, ...]  # started pairs (active, paused or ended), by start then id
    participants: dict[int, ParticipantRow]


def read_program(conn: QuickConnection, program_id: int) -> ProgramRow:
    row = conn.execute(
        "SELECT id, name, start_date, end_date, meeting_cadence, checkin_cadence, "
        "planned_match_months, reciprocal, created_at FROM program WHERE id = ?",
        (program_id,),
    ).fetchone()
    if row is None:
        raise NotFound(what="That program")
    pid, name, start, end, cadence, checkin, planned, reciprocal, created = row
    return ProgramRow(
        int(pid), str(name), day(start), day(end), Cadence(cadence), CheckinCadence(checkin),
        None if planned is None else int(planned), bool(reciprocal), day(created) or date.min,
    )  # fmt: skip


def read_rows(conn: QuickConnection, program_id: int) -> ProgramRows:
    program = read_program(conn, program_id)
    pairs = tuple(
        PairRow(
            int(pid),
            int(mentor),
            int(mentee),
            str(status),
            outcome,
            started,
            day(ended),
            reason,
            day(signed),
        )
        for pid, mentor, mentee, status, outcome, start_text, ended, reason, signed in conn.execute(
            "SELECT id, mentor_id, mentee_id, status, outcome, started_on, ended_on, end_reason, "
            "agreement_signed_on FROM pair WHERE program_id = ? AND started_on IS NOT NULL "
            "AND status IN (?, ?, ?) ORDER BY started_on, id",
            (program_id, *STARTED),
        ).fetchall()
        if (started := day(start_text)) is not None
    )
    participants = {
        int(pid): ParticipantRow(
            int(pid),
            int(person),
            Role(role),
            str(status),
            day(joined) or day(created) or date.min,
            bool(override),
        )
        for pid, person, role, status, joined, created, override in conn.execute(
            "SELECT id, person_id, role, status, joined_on, created_at, readiness_override "
            "FROM participant WHERE program_id = ?",
            (program_id,),
        ).fetchall()
    }
    return ProgramRows(program, pairs, participants)


@dataclass(frozen=True)
class HeldMeetings:
    """Held pair meetings: each pair's first one (its local day), and how many each pair
    held on the local days of each window asked for."""

    first: dict[int, date]
    counts: list[Counter[int]]


def _inner(first: date, last: date) -> tuple[date, date] | None:
    """The stored-UTC range surely inside local days ``first``..``last`` (None: too short)."""
    inner_from, inner_to = first + timedelta(days=1), last
    return (inner_from, inner_to) if inner_from < inner_to else None


def held_meetings(
    conn: QuickConnection, program_id: int, windows: list[tuple[date, date]]
) -> HeldMeetings:
    """One pass over the program's held pair meetings for every window at once, then the
    few meetings within a day of a window's edges, placed on their local day."""
    inners = [_inner(first, last) if first <= last else None for first, last in windows]
    sums = "".join(
        ", sum(CASE WHEN starts_at >= ? AND starts_at < ? THEN 1 ELSE 0 END)" if inner else ", 0"
        for inner in inners
    )
    params: list[object] = []
    for inner in inners:
        if inner:
            params += [_stamp(inner[0]), _stamp(inner[1])]
    counts: list[Counter[int]] = [Counter() for _ in windows]
    found: dict[int, date] = {}
    mixed: list[int] = []
    for row in conn.execute(
        f"SELECT pair_id, min(starts_at), min(timezone), max(timezone){sums} FROM meeting "
        f"WHERE program_id = ? AND {HELD_PAIR} GROUP BY pair_id",
        (*params, program_id),
    ).fetchall():
        pair_id, first, low_zone, high_zone = int(row[0]), row[1], row[2], row[3]
        if low_zone == high_zone:
            found[pair_id] = local_day(first, low_zone)
        else:
            mixed.append(pair_id)
        for k, n in enumerate(row[4:]):
            if n:
                counts[k][pair_id] += int(n)
    for pair_id in mixed:  # meetings in several zones: read one by one
        found[pair_id] = min(
            local_day(starts_at, zone_name)
            for starts_at, zone_name in conn.execute(
                f"SELECT starts_at, timezone FROM meeting WHERE pair_id = ? AND {HELD_PAIR}",
                (pair_id,),
            ).fetchall()
        )
    for k, ((first_day, last_day), inner) in enumerate(zip(windows, inners, strict=True)):
        if last_day < first_day:
            continue
        edges = (
            [(first_day - timedelta(days=1), inner[0]), (inner[1], last_day + timedelta(days=2))]
            if inner
            else [(first_day - timedelta(days=1), last_day + timedelta(days=2))]
        )
        for low, high in edges:
            for pair_id, starts_at, zone_name in conn.execute(
                f"SELECT pair_id, starts_at, timezone FROM meeting WHERE program_id = ? "
                f"AND {HELD_PAIR} AND starts_at >= ? AND starts_at < ?",
                (program_id, _stamp(low), _stamp(high)),
            ).fetchall():
                if first_day <= local_day(starts_at, zone_name) <= last_day:
                    counts[k][int(pair_id)] += 1
    return HeldMeetings(found, counts)


def held_per_pair(conn: QuickConnection, program_id: int, first: date, last: date) -> Counter[int]:
    """Held pair meetings on each pair's local days ``first``..``last`` (both included)."""
    return held_meetings(conn, program_id, [(first, last)]).counts[0]


def first_held(conn: QuickConnection, program_id: int) -> dict[int, date]:
    """Each pair's first held meeting, on its local day."""
    return held_meetings(conn, program_id, []).first


@dataclass(frozen=True)
class StaffContact:
    pair_id: int | None
    participant_id: int | None
    day: date


def staff_contacts(conn: QuickConnection, program_id: int) -> list[StaffContact]:
    """Held staff check-ins, on their local day."""
    return [
        StaffContact(
            None if pair_id is None else int(pair_id),
            None if participant_id is None else int(participant_id),
            local_day(starts_at, zone_name),
        )
        for pair_id, participant_id, starts_at, zone_name in conn.execute(
            "SELECT pair_id, participant_id, starts_at, timezone FROM meeting "
            "WHERE program_id = ? AND kind = 'staff_checkin' AND status = 'held'",
            (program_id,),
        ).fetchall()
    ]


def survey_kinds(conn: QuickConnection, program_id: int) -> dict[int, set[str]]:
    """The kinds of survey each participant answered (pre, check-in, post, closing)."""
    found: dict[int, set[str]] = {}
    for participant_id, kind in conn.execute(
        "SELECT DISTINCT participant_id, kind FROM survey_response WHERE program_id = ?",
        (program_id,),
    ).fetchall():
        found.setdefault(int(participant_id), set()).add(str(kind))
    return found


def closing_pairs(conn: QuickConnection, program_id: int) -> tuple[set[int], set[int]]:
    """Closing surveys: the pairs they name, and the participants who answered one that
    names no pair (it stands for each of their pairs)."""
    pairs: set[int] = set()
    people: set[int] = set()
    for participant_id, pair_id in conn.execute(
        "SELECT DISTINCT participant_id, pair_id FROM survey_response "
        "WHERE program_id = ? AND kind = 'closing'",
        (program_id,),
    ).fetchall():
        if pair_id is None:
            people.add(int(participant_id))
        else:
            pairs.add(int(pair_id))
    return pairs, people
