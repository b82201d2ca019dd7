"""Saving suggestions and every pair operation of the board, one transaction each.

Each call checks the hard rules first (raising :class:`PairRefused` with the
reason in words) and returns :class:`Changes`: the touched pairs and people's
statuses before and after. The board refreshes what changed from it, and its
undo/redo calls :func:`undo` and :func:`redo` with it, which restore exactly
the rows as they were — after checking that nothing else changed them since.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.calendar import pair_meetings
from peerdesk.calendar.changes import ActionRecorder, CalendarChanges, restore_rows
from peerdesk.database import Database
from peerdesk.enums import PairOutcome, PairStatus, ParticipantStatus
from peerdesk.errors import NotFound, UserError
from peerdesk.matching.pool import GONE, load_pool
from peerdesk.matching.rules import OPEN, PairRefused, check_pair
from peerdesk.matching.suggest import Suggestions, pool_signature
from peerdesk.models import Pair, Participant, Program
from peerdesk.pairs.dates import check_end
from peerdesk.storage.retry import strict

PAIR_COLUMNS = (
    "id",
    "program_id",
    "mentor_id",
    "mentee_id",
    "status",
    "score",
    "reasons",
    "locked",
    "started_on",
    "ended_on",
    "outcome",
    "end_reason",
    "rematch_eligible",
    "agreement_signed_on",
    "notes",
)

Row = dict[str, Any]


class SuggestionsOutdated(UserError):
    template = (
        "The people or pairs of this program changed since these suggestions were made. "
        "Run Suggest matches again."
    )


class ChangedSince(history.ChangedAfterYou):
    """Pairs changed by someone after the step to undo or redo: who, and when."""


class EndReasonMissing(UserError):
    template = "Say why the pair is ending."


@dataclass(frozen=True)
class Changes:
    """What one action changed: each touched pair and person's status, before and after."""

    program_id: int
    action: str
    pairs_before: Mapping[int, Row | None]
    pairs_after: Mapping[int, Row | None]
    status_before: Mapping[int, ParticipantStatus] = field(default_factory=dict)
    status_after: Mapping[int, ParticipantStatus] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    created: tuple[int, ...] = ()  # pair ids (a removed pair's id may come back as a new one)
    removed: tuple[int, ...] = ()
    # The meetings the action cancelled, held or brought back (ending, pausing, resuming).
    meetings: CalendarChanges | None = None

    @property
    def updated(self) -> list[int]:
        return sorted(set(self.pairs_after) - set(self.created) - set(self.removed))

    @property
    def kinds(self) -> frozenset[str]:
        """Which kinds of record changed, for the views to refresh."""
        kinds = set()
        if self.pairs_after:
            kinds.add("pair")
        if self.status_after:
            kinds.add("participant")
        if self.meetings is not None:
            kinds |= self.meetings.kinds
        return frozenset(kinds)


def _row(pair: Pair) -> Row:
    return {name: getattr(pair, name) for name in PAIR_COLUMNS}


class _Recorder(ActionRecorder):
    """Collects the before and after of everything an action touches."""

    def __init__(self, session: Session, program_id: int, action: str) -> None:
        super().__init__(session, program_id, action)
        self.before: dict[int, Row | None] = {}
        self.touched: dict[int, Pair | None] = {}
        self.warnings: list[str] = []
        self.removed: list[int] = []

    def touch(self, pair: Pair) -> Pair:
        if pair.id not in self.before:
            self.before[pair.id] = _row(pair)
        self.touched[pair.id] = pair
        return pair

    def add(self, pair: Pair) -> Pair:
        self.session.add(pair)
        self.session.flush()
        self.before.setdefault(pair.id, None)
        self.touched[pair.id] = pair
        self.created.append(pair.id)
        return pair

    def delete(self, pair: Pair) -> None:
        self.touch(pair)
        self.touched[pair.id] = None
        self.removed.append(pair.id)
        self.session.delete(pair)

    def set_status(self, participant_id: int, status: ParticipantStatus) -> None:
        person = self.people.get(participant_id) or self.session.get(Participant, participant_id)
        if person is not None:
            self._set_status(person, status)

    def finish(self, **details: Any) -> Changes:
        self.session.flush()
        meetings = self.meeting_changes(pairs=sorted(self.touched))
        after = {i: (None if p is None else _row(p)) for i, p in self.touched.items()}
        check_places(self.session, self.program_id, places_taken(self.before, after))
        status_before, status_after = self.status_changes()
        history.record(
            self.session, "pair", None, self.action, program_id=self.program_id,
            pairs=sorted(after), **details,
        )  # fmt: skip
        return Changes(
            self.program_id,
            self.action,
            dict(self.before),
            after,
            status_before,
            status_after,
            tuple(self.warnings),
            tuple(self.created),
            tuple(self.removed),
            meetings,
        )


def _pair(session: Session, pair_id: int) -> Pair:
    pair = session.get(Pair, pair_id)
    if pair is None:
        raise NotFound(what="That pair")
    return pair


def _has_open_pairs(session: Session, participant_id: int, as_mentor: bool) -> bool:
    column = Pair.mentor_id if as_mentor else Pair.mentee_id
    found = session.scalar(
        select(Pair.id).where(column == participant_id, Pair.status.in_(OPEN)).limit(1)
    )
    return found is not None


# -- The rules two coordinators at once could break ----------------------------------------

ACTIVE = (PairStatus.ACTIVE, PairStatus.PAUSED)


def places_taken(
    before: Mapping[int, Row | None], after: Mapping[int, Row | None]
) -> list[tuple[int, int]]:
    """(mentor id, mentee id) of each pair that is active or paused after a change and
    was not before (or was, between other people)."""
    taken = []
    for pair_id, row in after.items():
        if row is None or row["status"] not in ACTIVE:
            continue
        people = (row["mentor_id"], row["mentee_id"])
        old = before.get(pair_id)
        if (
            old is None
            or old["status"] not in ACTIVE
            or (old["mentor_id"], old["mentee_id"]) != people
        ):
            taken.append(people)
    return taken


def check_places(
    session: Session,
    program_id: int,
    taken: Sequence[tuple[int, int]],
    statuses: Sequence[PairStatus] = ACTIVE,
) -> None:
    """Refuse (:class:`PairRefused`) a change that leaves a mentee in two active pairs, a
    peer of a reciprocal program with two partners, or a mentor with more active pairs
    than places; ``taken`` as :func:`places_taken` gives it. ``statuses`` are the pairs
    that count (a proposed pair holds its places too, see :func:`propose_pair`).

    Counted inside the action's own transaction, after its changes: an action run
    :func:`~peerdesk.storage.retry.strict` sees every other coordinator's committed pairs
    and, on a shared database, is run again if one arrives while it runs. The board's
    checks before an action (:func:`~peerdesk.matching.rules.check_pair`) say the same in
    advance; this is the last word, also for confirming, resuming and undoing, which
    do not go through them. (A unique index keeps the mentee rule too, migration
    0013_invariants.)
    """
    if not taken:
        return
    session.flush()
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(what="That program")

    def active_pairs(who: ColumnElement[bool]) -> int:
        found = session.scalar(
            select(func.count()).select_from(Pair).where(who, Pair.status.in_(statuses))
        )
        return int(found or 0)

    words = "an active pair" if set(statuses) == set(ACTIVE) else "a pair"

    for mentor_id, mentee_id in taken:
        for person_id in (mentee_id, mentor_id) if program.reciprocal else (mentee_id,):
            side = Pair.mentee_id == person_id
            if program.reciprocal:
                side = or_(side, Pair.mentor_id == person_id)
            if active_pairs(side) > 1:
                raise PairRefused("paired", f"{_name(session, person_id)} is already in {words}.")
        if program.reciprocal:
            continue
        mentor = session.get(Participant, mentor_id)
        if mentor is None:
            raise NotFound(what="That mentor")
        places = program.default_mentor_capacity if mentor.capacity is None else mentor.capacity
        if active_pairs(Pair.mentor_id == mentor_id) > places:
            raise PairRefused(
                "capacity",
                f"{mentor.person.full_name} has no place left "
                f"({places} {'mentee' if places == 1 else 'mentees'} at most).",
            )


def _name(session: Session, participant_id: int) -> str:
    person = session.get(Participant, participant_id)
    return person.person.full_name if person is not None else "Someone"


# -- Saving suggestions -------------------------------------------------------------------


ROUND_DONE = "Round finished: next round"  # the end reason of a rotation round's pairs


@strict
def save_suggestions(
    db: Database,
    suggestions: Suggestions,
    *,
    only: Iterable[tuple[int, int]] | None = None,
    confirm: bool = False,
    start_date: date | None = None,
    keep_proposed: bool = False,
) -> Changes:
    """Save suggested pairs as proposed pairs (``confirm``: as active, from ``start_date``).

    Unlocked proposed pairs from before are replaced, as the suggestions were
    made without them (unless they were made with ``keep_proposed``). ``only``
    keeps just those (mentor id, mentee id) pairs. Refuses, changing nothing, if
    the pool changed since the suggestions were made.

    A next round (``suggestions.next_round``) first closes the round before, in
    the same transaction: its active and paused pairs end as completed (everyone
    may be paired again) and its proposed pairs, locked or not, are taken back.
    """
    wanted = None if only is None else set(only)
    rotate = suggestions.next_round
    with db.transaction() as session:
        pool = load_pool(
            session, suggestions.program_id, keep_proposed=keep_proposed, next_round=rotate
        )
        if pool_signature(pool) != suggestions.signature:
            raise SuggestionsOutdated()
        rec = _Recorder(session, suggestions.program_id, "save_suggestions")
        if rotate:
            open_pairs = session.scalars(
                select(Pair.id)
                .where(
                    Pair.program_id == suggestions.program_id,
                    Pair.status.in_((PairStatus.ACTIVE, PairStatus.PAUSED)),
                )
                .order_by(Pair.id)
            ).all()
            for pair_id in open_pairs:
                _end(session, rec, Ending(pair_id, ROUND_DONE, True, PairOutcome.COMPLETED))
            for pair in session.scalars(
                select(Pair)
                .where(
                    Pair.program_id == suggestions.program_id,
                    Pair.status == PairStatus.PROPOSED,
                )
                .order_by(Pair.id)
            ):
                rec.delete(pair)
        elif not keep_proposed:
            stale = session.scalars(
                select(Pair)
                .where(
                    Pair.program_id == suggestions.program_id,
                    Pair.status == PairStatus.PROPOSED,
                    Pair.locked.is_(False),
                )
                .order_by(Pair.id)
            )
            for pair in stale:
                rec.delete(pair)
        session.flush()
        status = PairStatus.ACTIVE if confirm else PairStatus.PROPOSED
        started = (start_date or date.today()) if confirm else None
        for suggestion in suggestions.pairs:
            if wanted is not None and (suggestion.mentor_id, suggestion.mentee_id) not in wanted:
                continue
            rec.add(
                Pair(
                    program_id=suggestions.program_id,
                    mentor_id=suggestion.mentor_id,
                    mentee_id=suggestion.mentee_id,
                    status=status,
                    score=suggestion.score,
                    reasons=suggestion.explanation.to_json(),
                    started_on=started,
                )
            )
            if confirm:
                rec.set_status(suggestion.mentor_id, ParticipantStatus.MATCHED)
                rec.set_status(suggestion.mentee_id, ParticipantStatus.MATCHED)
        return rec.finish(confirmed=confirm)


# -- Pair operations for the board --------------------------------------------------------


@strict
def propose_pair(db: Database, program_id: int, mentor_id: int, mentee_id: int) -> Changes:
    """Pair two people by hand (a proposed pair), if the hard rules allow it.

    The rules and the score are read first, as the board shows them; then the
    places (one pair per mentee, the mentor's number) are counted again in the
    transaction that writes the pair, so that two coordinators pairing at once
    cannot both take the last place — and so that this transaction reads only those
    few rows, and seldom collides with others' work on the rest of the program.
    """
    with db.reading() as session:
        check = check_pair(session, program_id, mentor_id, mentee_id)
    with db.transaction() as session:
        if session.get(Program, program_id) is None:  # deleted meanwhile
            raise NotFound(what="That program")
        rec = _Recorder(session, program_id, "propose")
        rec.add(
            Pair(
                program_id=program_id,
                mentor_id=mentor_id,
                mentee_id=mentee_id,
                status=PairStatus.PROPOSED,
                score=check.score,
                reasons=check.explanation.to_json(),
            )
        )
        rec.warnings.extend(check.warnings)
        check_places(session, program_id, [(mentor_id, mentee_id)], OPEN)
        return rec.finish()


def _movable(pair: Pair) -> None:
    if pair.locked:
        raise PairRefused("locked", "This pair is locked. Unlock it first.")
    if pair.status != PairStatus.PROPOSED:
        raise PairRefused(
            "state", "This pair has started. End it first, then pair the mentee again."
        )


@strict
def move_pair(db: Database, pair_id: int, mentor_id: int) -> Changes:
    """Give a proposed pair's mentee another mentor."""
    with db.transaction() as session:
        pair = _pair(session, pair_id)
        _movable(pair)
        check = check_pair(
            session, pair.program_id, mentor_id, pair.mentee_id, ignore_pair_id=pair.id
        )
        rec = _Recorder(session, pair.program_id, "move")
        rec.touch(pair)
        pair.mentor_id = mentor_id
        pair.score = check.score
        pair.reasons = check.explanation.to_json()
        rec.warnings.extend(check.warnings)
        return rec.finish()


@strict
def unpair(db: Database, pair_id: int) -> Changes:
    """Take back a proposed pair: the mentee returns to the unmatched list."""
    with db.transaction() as session:
        pair = _pair(session, pair_id)
        _movable(pair)
        rec = _Recorder(session, pair.program_id, "unpair")
        rec.delete(pair)
        return rec.finish()


@strict
def lock_pair(db: Database, pair_id: int, locked: bool = True) -> Changes:
    """Lock a pair so that suggestions keep it (or unlock it)."""
    with db.transaction() as session:
        pair = _pair(session, pair_id)
        if pair.status == PairStatus.ENDED:
            raise PairRefused("state", "This pair has ended.")
        rec = _Recorder(session, pair.program_id, "lock" if locked else "unlock")
        rec.touch(pair)
        pair.locked = locked
        return rec.finish()


def unlock_pair(db: Database, pair_id: int) -> Changes:
    return lock_pair(db, pair_id, locked=False)


@strict
def confirm_pairs(db: Database, pair_ids: Iterable[int], start_date: date | None = None) -> Changes:
    """Turn proposed pairs into active ones starting on ``start_date`` (default today)."""
    ids = sorted(set(pair_ids))
    with db.transaction() as session:
        pairs = [_pair(session, i) for i in ids]
        if not pairs:
            raise NotFound(what="That pair")
        program_id = pairs[0].program_id
        rec = _Recorder(session, program_id, "confirm")
        for pair in pairs:
            if pair.status != PairStatus.PROPOSED:
                raise PairRefused("state", "Only proposed pairs can be confirmed.")
            for person in (pair.mentor, pair.mentee):
                if person.status in GONE:
                    raise PairRefused(
                        "not_ready",
                        f"{person.person.full_name} has {person.status.value} "
                        "and is no longer matched.",
                    )
            rec.touch(pair)
            pair.status = PairStatus.ACTIVE
            pair.started_on = start_date or date.today()
            rec.set_status(pair.mentor_id, ParticipantStatus.MATCHED)
            rec.set_status(pair.mentee_id, ParticipantStatus.MATCHED)
        return rec.finish()


@dataclass(frozen=True)
class Ending:
    """How one pair ends, for :func:`end_pairs`."""

    pair_id: int
    reason: str
    rematch_eligible: bool
    outcome: PairOutcome = PairOutcome.ENDED_EARLY
    ended_on: date | None = None


def _end(session: Session, rec: _Recorder, ending: Ending) -> None:
    pair = _pair(session, ending.pair_id)
    if pair.program_id != rec.program_id:
        raise NotFound(what="That pair")
    if pair.status not in (PairStatus.ACTIVE, PairStatus.PAUSED):
        raise PairRefused(
            "state",
            "Only an active or paused pair can be ended; take back a proposed pair instead.",
        )
    ended_on = ending.ended_on or date.today()
    names = f"{_name(session, pair.mentee_id)} and {_name(session, pair.mentor_id)}"
    check_end(names, pair.started_on, ended_on)
    rec.touch(pair)
    pair.status = PairStatus.ENDED
    pair.locked = False
    pair.outcome = ending.outcome
    pair.end_reason = ending.reason.strip()
    pair.rematch_eligible = ending.rematch_eligible
    pair.ended_on = ended_on
    session.flush()
    pair_meetings.cancel_after(session, rec.meetings, [pair.id], pair.ended_on)
    rec.set_status(
        pair.mentee_id,
        ParticipantStatus.READY if ending.rematch_eligible else ParticipantStatus.COMPLETED,
    )
    mentor = session.get(Participant, pair.mentor_id)
    if (
        mentor is not None
        and mentor.status == ParticipantStatus.MATCHED
        and not _has_open_pairs(session, mentor.id, as_mentor=True)
    ):
        rec.set_status(mentor.id, ParticipantStatus.READY)


@strict
def end_pair(
    db: Database,
    pair_id: int,
    *,
    reason: str,
    rematch_eligible: bool,
    outcome: PairOutcome = PairOutcome.ENDED_EARLY,
    ended_on: date | None = None,
) -> Changes:
    """End an active or paused pair; the history stays, its meetings after the end go.

    Its meetings still scheduled after ``ended_on`` are cancelled in the same
    transaction (see :mod:`peerdesk.calendar.pair_meetings`); undo brings them back.

    A mentee who may be rematched goes back to "ready" (and to the unmatched
    list); otherwise they are done ("completed"). A mentor left with no pair goes
    back to "ready".
    """
    if not reason.strip():
        raise EndReasonMissing()
    with db.transaction() as session:
        program_id = _pair(session, pair_id).program_id
        rec = _Recorder(session, program_id, "end")
        _end(session, rec, Ending(pair_id, reason, rematch_eligible, outcome, ended_on))
        return rec.finish(rematch_eligible=rematch_eligible)


@strict
def end_pairs(db: Database, endings: Sequence[Ending], *, action: str = "end_many") -> Changes:
    """End several pairs in one transaction (closing a cycle): all of them, or none.

    Each pair ends as :func:`end_pair` would end it; :func:`undo` takes them all back.
    """
    if not endings:
        raise NotFound(what="An active pair")
    if any(not e.reason.strip() for e in endings):
        raise EndReasonMissing()
    with db.transaction() as session:
        program_id = _pair(session, endings[0].pair_id).program_id
        rec = _Recorder(session, program_id, action)
        for ending in endings:
            _end(session, rec, ending)
        return rec.finish(count=len(endings))


@strict
def pause_pair(db: Database, pair_id: int, *, paused_on: date | None = None) -> Changes:
    """Pause an active pair from ``paused_on`` (default today): its meetings from then are held.

    Held meetings are cancelled on people's calendars and come back when the
    pair resumes (:func:`resume_pair`); the mentor's place stays taken.
    """
    day = paused_on or date.today()
    with db.transaction() as session:
        pair = _pair(session, pair_id)
        if pair.status != PairStatus.ACTIVE:
            raise PairRefused("state", "Only an active pair can be paused.")
        rec = _Recorder(session, pair.program_id, "pause")
        rec.touch(pair)
        pair.status = PairStatus.PAUSED
        session.flush()
        held = pair_meetings.hold_from(session, rec.meetings, pair.id, day)
        return rec.finish(paused_on=day.isoformat(), held=len(held))


@strict
def resume_pair(db: Database, pair_id: int, *, resumed_on: date | None = None) -> Changes:
    """Make a paused pair active again; its held meetings from ``resumed_on`` on come back."""
    day = resumed_on or date.today()
    with db.transaction() as session:
        pair = _pair(session, pair_id)
        if pair.status != PairStatus.PAUSED:
            raise PairRefused("state", "Only a paused pair can be resumed.")
        rec = _Recorder(session, pair.program_id, "resume")
        rec.touch(pair)
        pair.status = PairStatus.ACTIVE
        session.flush()
        back = pair_meetings.restore_held(session, rec.meetings, pair.id, day)
        return rec.finish(resumed_on=day.isoformat(), restored=len(back))


# -- Undo and redo --------------------------------------------------------------------------


def _same(current: Row | None, expected: Row | None) -> bool:
    return current == expected


@strict
def _restore(
    db: Database,
    changes: Changes,
    rows: Mapping[int, Row | None],
    expect: Mapping[int, Row | None],
    statuses: Mapping[int, ParticipantStatus],
    expect_statuses: Mapping[int, ParticipantStatus],
    action: str,
    *,
    redo: bool = False,
) -> None:
    with db.transaction() as session:
        meetings = changes.meetings
        if meetings is not None:  # the pair's meetings go back with it, or not at all
            if redo:
                restore_rows(
                    session,
                    meetings.meetings_after,
                    meetings.meetings_before,
                    meetings.series_after,
                    meetings.series_before,
                    redo=True,
                )
            else:
                restore_rows(
                    session,
                    meetings.meetings_before,
                    meetings.meetings_after,
                    meetings.series_before,
                    meetings.series_after,
                )
        for pair_id, expected in expect.items():
            pair = session.get(Pair, pair_id)
            if not _same(None if pair is None else _row(pair), expected):
                raise ChangedSince.find(session, [("pair", pair_id)], redo=redo)
        for participant_id, expected_status in expect_statuses.items():
            person = session.get(Participant, participant_id)
            if person is None or person.status != expected_status:
                raise ChangedSince.find(session, [("participant", participant_id)], redo=redo)
        # Deletions first, so that a restored pair never meets the one it replaced.
        for pair_id, row in rows.items():
            if row is None:
                pair = session.get(Pair, pair_id)
                if pair is not None:
                    session.delete(pair)
        session.flush()
        for pair_id, row in rows.items():
            if row is None:
                continue
            pair = session.get(Pair, pair_id)
            if pair is None:
                pair = Pair(id=pair_id)
                session.add(pair)
            for name, value in row.items():
                setattr(pair, name, value)
        for participant_id, status in statuses.items():
            person = session.get(Participant, participant_id)
            if person is not None:
                person.status = status
        check_places(session, changes.program_id, places_taken(expect, rows))
        history.record(
            session, "pair", None, action, program_id=changes.program_id,
            of=changes.action, pairs=sorted(rows),
        )  # fmt: skip


def undo(db: Database, changes: Changes) -> None:
    """Put back exactly what ``changes`` changed, if nothing else changed it since."""
    _restore(
        db,
        changes,
        changes.pairs_before,
        changes.pairs_after,
        changes.status_before,
        changes.status_after,
        "undo",
    )


def redo(db: Database, changes: Changes) -> None:
    """Do ``changes`` again after :func:`undo`."""
    _restore(
        db,
        changes,
        changes.pairs_after,
        changes.pairs_before,
        changes.status_after,
        changes.status_before,
        "redo",
        redo=True,
    )
