"""What the documents need to know about a program's pairs, and the signed date.

Reads are plain, portable SQL on the quick connection (like
:mod:`peerdesk.program.reads`): a batch of 500 agreements needs five queries,
not five hundred. The two writes here,
:func:`mark_signed` and :func:`mark_printed`, go through the ORM in one
transaction each, with the change recorded in the history.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from peerdesk import history
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairOutcome, PairStatus, Role, TagKind
from peerdesk.errors import NotFound, UserError
from peerdesk.pairs.fields import Recorded, set_on_pairs
from peerdesk.program.reads import load_settings
from peerdesk.program.settings import ProgramSettings
from peerdesk.storage import QuickConnection


class SignedInFuture(UserError):
    template = "An agreement can't be signed on a date that hasn't come yet ({date})."


class NoPairsChosen(UserError):
    template = "{what}"


@dataclass(frozen=True)
class Party:
    """One side of a pair, as printed: a participant's name and contacts."""

    participant_id: int
    name: str
    email: str
    phone: str
    role: Role

    @property
    def first_name(self) -> str:
        return first_name(self.name)


@dataclass(frozen=True)
class PairInfo:
    id: int
    status: PairStatus
    score: float | None
    locked: bool
    started_on: date | None
    ended_on: date | None
    outcome: PairOutcome | None
    agreement_signed_on: date | None
    mentor: Party
    mentee: Party
    goals: tuple[str, ...] = ()
    printed_at: datetime | None = None  # when its agreement was last printed or saved
    document_language: str | None = None  # its documents' language; None: the program's

    @property
    def completed(self) -> bool:
        return self.status == PairStatus.ENDED and self.outcome == PairOutcome.COMPLETED


@dataclass(frozen=True)
class FirstMeeting:
    """A pair's next scheduled meeting, for the introduction."""

    starts_at: datetime  # aware
    timezone: str
    length_minutes: int
    place: str
    link: str


def clean(text: str | None) -> str:
    """User text made safe to lay out: composed accents (NFC), no stray control characters."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c if c in "\n\t" or unicodedata.category(c)[0] != "C" else " " for c in text)


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else name


def _date(raw: str | None) -> date | None:
    return date.fromisoformat(raw) if raw else None


def _moment(raw: str | None) -> datetime | None:
    if not raw:
        return None
    parsed = datetime.fromisoformat(raw)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


_PAIR_SQL = """
SELECT p.id, p.status, p.score, p.locked, p.started_on, p.ended_on, p.outcome,
       p.agreement_signed_on,
       a.id, pa.full_name, pa.email, pa.phone, a.role,
       b.id, pb.full_name, pb.email, pb.phone, b.role, p.agreement_printed_at,
       p.document_language
FROM pair p
JOIN participant a ON a.id = p.mentor_id JOIN person pa ON pa.id = a.person_id
JOIN participant b ON b.id = p.mentee_id JOIN person pb ON pb.id = b.person_id
WHERE p.program_id = ?
"""


def _pair(row: Sequence[Any], goals: tuple[str, ...] = ()) -> PairInfo:
    (pid, status, score, locked, started, ended, outcome, signed) = row[:8]
    mentor = Party(
        int(row[8]),
        clean(row[9]),
        clean(row[10]),
        clean(row[11]),
        Role(row[12]),
    )
    mentee = Party(
        int(row[13]),
        clean(row[14]),
        clean(row[15]),
        clean(row[16]),
        Role(row[17]),
    )
    return PairInfo(
        id=int(pid),
        status=PairStatus(status),
        score=None if score is None else float(score),
        locked=bool(locked),
        started_on=_date(started),
        ended_on=_date(ended),
        outcome=PairOutcome(outcome) if outcome else None,
        agreement_signed_on=_date(signed),
        mentor=mentor,
        mentee=mentee,
        goals=goals,
        printed_at=_moment(row[18]),
        document_language=row[19] or None,
    )


def list_pairs(db: Database, program_id: int) -> list[PairInfo]:
    """Every pair of the program (without goals), newest first — the Pairs screen's rows."""
    with db.quick() as conn:
        rows = conn.execute(_PAIR_SQL + " ORDER BY p.id DESC", (program_id,)).fetchall()
    return [_pair(row) for row in rows]


def load_pairs(
    db: Database,
    program_id: int,
    pair_ids: Iterable[int] | None = None,
    statuses: Iterable[PairStatus] = (PairStatus.ACTIVE,),
) -> list[PairInfo]:
    """The chosen pairs with their goals, in the order asked (or by id).

    A pair's goals are its own (the Goal rows agreed on together); a pair that has
    none yet gets the goals its mentee gave when signing up, as they wrote them.
    ``pair_ids`` None means every pair of the program with one of ``statuses``.
    A pair id that is not in this program raises :class:`NotFound`.
    """
    wanted = None if pair_ids is None else list(dict.fromkeys(pair_ids))
    with db.quick() as conn:
        conn.begin()  # the pairs and their goals as one state
        if wanted is None:
            marks = ",".join("?" * len(tuple(statuses)))
            rows = conn.execute(
                _PAIR_SQL + f" AND p.status IN ({marks}) ORDER BY p.id",
                (program_id, *(s.value for s in statuses)),
            ).fetchall()
        else:
            rows = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows += conn.execute(
                    _PAIR_SQL + f" AND p.id IN ({','.join('?' * len(chunk))})",
                    (program_id, *chunk),
                ).fetchall()
            found = {int(r[0]) for r in rows}
            missing = [i for i in wanted if i not in found]
            if missing:
                raise NotFound(what=f"Pair {missing[0]} of this program")
            order = {pid: n for n, pid in enumerate(wanted)}
            rows.sort(key=lambda r: order[int(r[0])])
        goals = _texts(
            conn,
            "SELECT g.pair_id, g.text FROM goal g JOIN pair p ON p.id = g.pair_id "
            "WHERE p.program_id = ? ORDER BY g.pair_id, g.id",
            (program_id,),
        )
        stated = _texts(
            conn,
            "SELECT p.id, t.value FROM pair p JOIN participant_tag t ON t.participant_id = "
            "p.mentee_id WHERE p.program_id = ? AND t.kind = ? ORDER BY p.id, t.id",
            (program_id, TagKind.GOAL.value),
        )
    return [_pair(row, tuple(goals[row[0]] or stated[row[0]])) for row in rows]


def _texts(conn: QuickConnection, sql: str, args: tuple[Any, ...]) -> defaultdict[int, list[str]]:
    """(pair id, text) rows as each pair's non-blank texts, cleaned for printing."""
    found: defaultdict[int, list[str]] = defaultdict(list)
    for pair_id, text in conn.execute(sql, args):
        if text and text.strip():
            found[int(pair_id)].append(clean(text).strip())
    return found


@dataclass(frozen=True)
class AgreementFilter:
    """Which of the chosen pairs get their agreement: all, or only those not signed yet,
    or only those never printed or saved before ("new since the last print")."""

    unsigned: bool = False
    new: bool = False

    def keeps(self, pair: PairInfo) -> bool:
        if self.unsigned and pair.agreement_signed_on is not None:
            return False
        return not (self.new and pair.printed_at is not None)

    def choose(self, pairs: Iterable[PairInfo]) -> list[PairInfo]:
        return [pair for pair in pairs if self.keeps(pair)]

    def why_none(self) -> str:
        """Why the filter left nothing to print, in words for the user."""
        if self.unsigned and self.new:
            return "every chosen pair has signed its agreement or had it printed before."
        if self.unsigned:
            return "every chosen pair has signed its agreement already."
        return "every chosen pair's agreement was printed or saved before."


def load_program(db: Database, program_id: int) -> ProgramSettings:
    """The program's settings with every text cleaned for printing."""
    settings = load_settings(db, program_id)
    for name, value in vars(settings).items():
        if isinstance(value, str):
            setattr(settings, name, clean(value))
    return settings


def first_meetings(
    db: Database, pair_ids: Iterable[int], now: datetime | None = None
) -> dict[int, FirstMeeting]:
    """Each pair's next scheduled meeting from ``now`` on (pairs with none are left out)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    ids = list(pair_ids)
    found: dict[int, FirstMeeting] = {}
    if not ids:
        return found
    with db.quick() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = conn.execute(
                "SELECT pair_id, starts_at, timezone, length_minutes, place, link FROM meeting "
                f"WHERE pair_id IN ({','.join('?' * len(chunk))}) AND kind = 'pair' "
                "AND status = ? AND starts_at >= ? ORDER BY starts_at, id",
                (*chunk, MeetingStatus.SCHEDULED.value, moment),
            ).fetchall()
            for pair_id, starts, zone, length, place, link in rows:
                if int(pair_id) in found:
                    continue
                parsed = datetime.fromisoformat(starts)
                if parsed.tzinfo is None:
                    parsed = parsed.replace(tzinfo=UTC)
                found[int(pair_id)] = FirstMeeting(
                    parsed, zone or "UTC", int(length), clean(place), clean(link)
                )
    return found


@dataclass(frozen=True)
class MeetingTotals:
    meetings: int
    minutes: int


def held_minutes(db: Database, pair_ids: Iterable[int]) -> dict[int, MeetingTotals]:
    """Held meetings per pair and their length: actual minutes, else the planned length."""
    ids = list(pair_ids)
    totals: dict[int, MeetingTotals] = {}
    with db.quick() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for pair_id, count, minutes in conn.execute(
                "SELECT pair_id, count(*), sum(coalesce(actual_minutes, length_minutes)) "
                f"FROM meeting WHERE pair_id IN ({','.join('?' * len(chunk))}) "
                "AND kind = 'pair' AND status = ? GROUP BY pair_id",
                (*chunk, MeetingStatus.HELD.value),
            ):
                totals[int(pair_id)] = MeetingTotals(int(count), int(minutes or 0))
    return totals


# -- the signed date ----------------------------------------------------------------------


def mark_signed_many(
    db: Database,
    on_dates: Mapping[int, date | None],
    *,
    today: date | None = None,
    expected: Mapping[int, date | None] | None = None,
    redo: bool = False,
) -> dict[int, date | None]:
    """Set each pair's agreement signed date (None: not signed) in one transaction.

    Returns the dates as they were, so that undo is the same call with them. Undo and
    redo give ``expected``, the dates their step left: if someone changed one since,
    nothing is written and :class:`~peerdesk.history.ChangedAfterYou` names who and when.
    """
    latest = today or date.today()
    for on_date in on_dates.values():
        if on_date is not None and on_date > latest:
            raise SignedInFuture(date=on_date.isoformat())
    return set_on_pairs(db, "agreement_signed_on", on_dates, _signed, expected=expected, redo=redo)


def _signed(on_date: date | None, previous: date | None) -> Recorded:
    """How the history records a pair's signed date set to ``on_date``."""
    details = {
        "on": on_date.isoformat() if on_date else None,
        "before": previous.isoformat() if previous else None,
    }
    return ("agreement_signed" if on_date else "agreement_unsigned", details)


def mark_signed(db: Database, pair_id: int, on_date: date | None) -> date | None:
    """Record that the pair signed its agreement on ``on_date`` (None clears it).

    One transaction, recorded in the history; returns the date it had before.
    """
    return mark_signed_many(db, {pair_id: on_date})[pair_id]


# -- printed -----------------------------------------------------------------------------


def mark_printed(
    db: Database, pair_ids: Iterable[int], *, at: datetime | None = None
) -> dict[int, datetime | None]:
    """Record that these pairs' agreements were printed or saved, in one transaction
    with the history; returns when each was printed before (None: never).

    A viewer of a shared database prints and saves agreements too, but may not change
    records (:mod:`peerdesk.storage.roles`): for them nothing is recorded (returns {})."""
    from sqlalchemy import select

    from peerdesk.models import Pair
    from peerdesk.storage.roles import RoleRefused

    moment = (at or datetime.now(UTC)).replace(microsecond=0)
    ids = list(dict.fromkeys(pair_ids))
    before: dict[int, datetime | None] = {}
    try:
        with db.transaction() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for pair in session.scalars(select(Pair).where(Pair.id.in_(chunk))):
                    before[pair.id] = pair.agreement_printed_at
                    pair.agreement_printed_at = moment
                    history.record(
                        session,
                        "pair",
                        pair.id,
                        "agreement_printed",
                        program_id=pair.program_id,
                        at=moment.isoformat(),
                    )
            missing = [i for i in ids if i not in before]
            if missing:
                raise NotFound(what=f"Pair {missing[0]}")
    except RoleRefused:
        return {}
    return before
