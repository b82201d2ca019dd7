"""What the board shows, read on the worker: mentors and their pairs, unmatched mentees.

Reads are plain, portable SQL on the quick connection, in one snapshot (a few
thousand rows read in milliseconds, on a file or a server, without building ORM
objects). :class:`Eligibility` comes from the engine's own pool
and score grid, so "hardest to match" and the drop hints use the same hard
rules as the engine. :class:`Preview` is a suggestion run shown on the board
before the coordinator accepts it; :func:`rebase` keeps it valid after the
coordinator changes the board by hand.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from peerdesk.enums import (
    MatchObjective,
    PairOutcome,
    PairStatus,
    ParticipantStatus,
    Role,
    TagKind,
)

if TYPE_CHECKING:
    # The engine (numpy, scipy, SQLAlchemy) loads on the worker, with the first read:
    # opening the screen does not wait for it.
    import numpy as np
    from numpy.typing import NDArray

    from peerdesk.database import Database
    from peerdesk.matching.suggest import SuggestedPair, Suggestions
    from peerdesk.progress import Progress

GONE = (ParticipantStatus.COMPLETED.value, ParticipantStatus.WITHDRAWN.value)
READY = (ParticipantStatus.READY.value, ParticipantStatus.MATCHED.value)
OPEN = (PairStatus.PROPOSED.value, PairStatus.ACTIVE.value, PairStatus.PAUSED.value)
MENTOR_ROLES = (Role.MENTOR.value, Role.BOTH.value, Role.PEER.value)
MENTEE_ROLES = (Role.MENTEE.value, Role.BOTH.value, Role.PEER.value)
KEY_TAGS = 4


@dataclass(frozen=True)
class PairInfo:
    """An open pair as the board shows it (a chip on its mentor's card)."""

    pair_id: int
    mentor_id: int
    mentee_id: int
    mentee_name: str
    mentor_name: str
    score: float | None
    status: PairStatus
    locked: bool
    started_on: date | None
    reasons_json: str  # parsed only when the pair is explained


@dataclass(frozen=True)
class MentorInfo:
    participant_id: int
    name: str
    department: str
    years: float | None
    tags: tuple[str, ...]
    capacity: int
    ready: bool
    pairs: tuple[PairInfo, ...]
    search: str = ""  # name, department and every tag (languages too), case-folded


@dataclass(frozen=True)
class MenteeInfo:
    participant_id: int
    name: str
    department: str
    tags: tuple[str, ...]
    search: str  # name, department and every tag (languages too), case-folded
    rematch: bool = False  # a pair of theirs ended and they are to be matched again


@dataclass(frozen=True)
class BoardData:
    program_id: int
    reciprocal: bool
    objective: MatchObjective
    mentors: list[MentorInfo]
    mentees: list[MenteeInfo]  # unmatched and ready, in name order
    not_ready: int  # mentees without a pair who are not ready for matching
    pairs: dict[int, PairInfo] = field(default_factory=dict)


def _key_tags(tags: dict[str, list[str]], kinds: Iterable[TagKind]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for kind in kinds:
        for value in tags.get(kind.value, ()):
            seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


def _search_text(name: str, department: str | None, tags: dict[str, list[str]]) -> str:
    """What a search box matches: the name, the department and every tag of every kind,
    as the People screen's search does."""
    words = [name, department or ""]
    words.extend(value for values in tags.values() for value in values)
    return " ".join(words).casefold()


def load_board(db: Database, program_id: int) -> BoardData:
    """Everything the board shows for a program (runs on the worker)."""
    with db.quick() as conn:
        conn.begin()  # one consistent state: another window may be changing the program
        program = conn.execute(
            "SELECT default_mentor_capacity, reciprocal, matching_objective "
            "FROM program WHERE id = ?",
            (program_id,),
        ).fetchone()
        if program is None:
            from peerdesk.errors import NotFound

            raise NotFound(what="That program")
        default_capacity, reciprocal, objective = int(program[0]), bool(program[1]), program[2]
        people = conn.execute(
            "SELECT pa.id, pe.full_name, pa.role, pa.status, pa.readiness_override, "
            "pa.capacity, pa.department, pa.years_experience "
            "FROM participant pa JOIN person pe ON pe.id = pa.person_id "
            "WHERE pa.program_id = ? ORDER BY pa.id",
            (program_id,),
        ).fetchall()
        tags: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for pid, kind, value in conn.execute(
            "SELECT t.participant_id, t.kind, t.value FROM participant_tag t "
            "JOIN participant pa ON pa.id = t.participant_id "
            "WHERE pa.program_id = ? ORDER BY t.id",
            (program_id,),
        ):
            tags[pid][kind].append(value)
        marks = ",".join("?" * len(OPEN))
        pair_rows = conn.execute(
            "SELECT id, mentor_id, mentee_id, status, score, locked, started_on, reasons "
            f"FROM pair WHERE program_id = ? AND status IN ({marks}) ORDER BY id",
            (program_id, *OPEN),
        ).fetchall()
        back_for_more = {
            row[0]
            for row in conn.execute(
                "SELECT mentee_id FROM pair WHERE program_id = ? AND status = ? "
                "AND (rematch_eligible OR outcome = ?)",
                (program_id, PairStatus.ENDED.value, PairOutcome.ENDED_EARLY.value),
            )
        }

    names = {row[0]: row[1] for row in people}
    by_mentor: dict[int, list[PairInfo]] = defaultdict(list)
    paired_mentees: set[int] = set()
    paired_any: set[int] = set()
    pairs: dict[int, PairInfo] = {}
    for pair_id, mentor_id, mentee_id, status, score, locked, started, reasons in pair_rows:
        info = PairInfo(
            pair_id=pair_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            mentee_name=names.get(mentee_id, ""),
            mentor_name=names.get(mentor_id, ""),
            score=None if score is None else float(score),
            status=PairStatus(status),
            locked=bool(locked),
            started_on=date.fromisoformat(started) if started else None,
            reasons_json=reasons or "[]",
        )
        pairs[pair_id] = info
        by_mentor[mentor_id].append(info)
        paired_mentees.add(mentee_id)
        paired_any.update((mentee_id, mentor_id))

    mentors: list[MentorInfo] = []
    mentees: list[MenteeInfo] = []
    not_ready = 0
    for pid, name, role, status, override, capacity, department, years in people:
        if status in GONE:
            continue
        ready = bool(override) or status in READY
        own = tags.get(pid, {})
        taken = paired_any if reciprocal else paired_mentees
        if role in MENTEE_ROLES and pid not in taken:
            if ready:
                shown = _key_tags(own, (TagKind.GOAL, TagKind.INTEREST))
                mentees.append(
                    MenteeInfo(
                        pid,
                        name,
                        department or "",
                        shown,
                        _search_text(name, department, own),
                        rematch=pid in back_for_more,
                    )
                )
            else:
                not_ready += 1
        if role in MENTOR_ROLES and (ready or by_mentor.get(pid)):
            if reciprocal and pid in paired_mentees:
                continue  # a peer already paired as the "mentee" side has no place to offer
            mentors.append(
                MentorInfo(
                    participant_id=pid,
                    name=name,
                    department=department or "",
                    years=years,
                    tags=_key_tags(own, (TagKind.SKILL, TagKind.INTEREST))[:KEY_TAGS],
                    capacity=1
                    if reciprocal
                    else (default_capacity if capacity is None else int(capacity)),
                    ready=ready,
                    pairs=tuple(by_mentor.get(pid, ())),
                    search=_search_text(name, department, own),
                )
            )
    mentees.sort(key=lambda m: (m.name.casefold(), m.participant_id))
    mentors.sort(key=lambda m: (m.name.casefold(), m.participant_id))
    return BoardData(
        program_id=program_id,
        reciprocal=reciprocal,
        objective=MatchObjective(objective),
        mentors=mentors,
        mentees=mentees,
        not_ready=not_ready,
        pairs=pairs,
    )


# -- Who may be paired with whom ------------------------------------------------------------


@dataclass(frozen=True)
class Eligibility:
    """Which mentor each mentee may have under the hard rules (places aside)."""

    mentee_ids: NDArray[np.int64]
    mentor_ids: NDArray[np.int64]
    allowed: NDArray[np.bool_]  # mentees × mentors

    @cached_property
    def _rows(self) -> dict[int, int]:
        return {int(v): i for i, v in enumerate(self.mentee_ids.tolist())}

    @cached_property
    def _cols(self) -> dict[int, int]:
        return {int(v): i for i, v in enumerate(self.mentor_ids.tolist())}

    def unknown(self, mentee_ids: Iterable[int], mentor_ids: Iterable[int]) -> frozenset[int]:
        """The people of these that the grid does not cover (not in the engine's pool)."""
        rows, cols = self._rows, self._cols
        return frozenset(i for i in mentee_ids if i not in rows) | frozenset(
            i for i in mentor_ids if i not in cols
        )

    def allows(self, mentee_id: int, mentor_id: int) -> bool | None:
        """Whether the rules allow the pair; None if either person is not known here."""
        row, col = self._rows.get(mentee_id), self._cols.get(mentor_id)
        if row is None or col is None:
            return None
        return bool(self.allowed[row, col])

    def counts(self, mentee_ids: list[int], with_room: Iterable[int]) -> dict[int, tuple[int, int]]:
        """Per mentee: how many mentors with a free place, and in all, the rules allow."""
        import numpy as np

        rows = self._rows
        known = [i for i in mentee_ids if i in rows]
        if not known:
            return {}
        index = np.asarray([rows[i] for i in known], dtype=np.intp)
        allowed = self.allowed[index]
        totals = allowed.sum(axis=1)
        cols = np.asarray([self._cols[i] for i in with_room if i in self._cols], dtype=np.intp)
        free = allowed[:, cols].sum(axis=1) if len(cols) else np.zeros(len(known), np.int64)
        return {
            i: (int(f), int(t))
            for i, f, t in zip(known, free.tolist(), totals.tolist(), strict=True)
        }


def load_eligibility(
    db: Database, program_id: int, progress: Progress | None = None
) -> Eligibility:
    """The engine's allowed-pairs grid for the program (runs on the worker; cancellable)."""
    from peerdesk.matching.grid import score_grid
    from peerdesk.matching.pool import load_pool

    with db.reading() as session:
        pool = load_pool(session, program_id)
    grid = score_grid(pool, progress)
    allowed = grid.allowed | grid.allowed.T if pool.reciprocal else grid.allowed
    return Eligibility(pool.mentees.ids.copy(), pool.mentors.ids.copy(), allowed)


# -- Suggestions on show ----------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    """A suggestion run on the board, not saved yet.

    ``keep_proposed`` says how it was made: False (the engine's default) means
    unlocked proposed pairs are replaced when it is accepted.
    """

    suggestions: Suggestions
    keep_proposed: bool = False

    @property
    def pairs(self) -> list[SuggestedPair]:
        return self.suggestions.pairs

    @cached_property
    def by_mentee(self) -> dict[int, SuggestedPair]:
        return {p.mentee_id: p for p in self.suggestions.pairs}

    @cached_property
    def by_mentor(self) -> dict[int, list[SuggestedPair]]:
        found: dict[int, list[SuggestedPair]] = defaultdict(list)
        for pair in self.suggestions.pairs:
            found[pair.mentor_id].append(pair)
        return dict(found)

    def without(self, mentee_ids: Iterable[int]) -> Preview:
        """The preview less the suggestions for these mentees (rejected)."""
        gone = set(mentee_ids)
        kept = [p for p in self.suggestions.pairs if p.mentee_id not in gone]
        return dataclasses.replace(
            self,
            suggestions=dataclasses.replace(self.suggestions, pairs=kept, blocking_pairs=None),
        )

    @property
    def total_score(self) -> float:
        return self.suggestions.total_score


def rebase(db: Database, preview: Preview | None, accepted: Iterable[int] = ()) -> Preview | None:
    """The preview after the board changed: still-possible suggestions, on the program as it is now.

    Suggestions for ``accepted`` mentees (saved just now) leave the preview; so do
    those whose mentee now has a pair or whose mentor has no place left (the
    lower scores go first). The rest is re-signed against the pool with every
    proposed pair kept, so accepting it later adds pairs and replaces none.
    """
    if preview is None:
        return None
    from peerdesk.matching.pool import load_pool
    from peerdesk.matching.suggest import pool_signature

    with db.reading() as session:
        pool = load_pool(session, preview.suggestions.program_id, keep_proposed=True)
    open_mentees = {int(i) for i in pool.mentees.ids.tolist()}
    room = {
        int(i): int(r)
        for i, r in zip(pool.mentors.ids.tolist(), pool.remaining.tolist(), strict=True)
    }
    done = set(accepted)
    keep: set[int] = set()
    for pair in sorted(preview.pairs, key=lambda p: (-p.score, p.mentee_id)):
        if pair.mentee_id in done or pair.mentee_id not in open_mentees:
            continue
        if room.get(pair.mentor_id, 0) <= 0:
            continue
        room[pair.mentor_id] -= 1
        keep.add(pair.mentee_id)
    pairs = [p for p in preview.pairs if p.mentee_id in keep]
    if not pairs:
        return None
    suggestions = dataclasses.replace(
        preview.suggestions, pairs=pairs, signature=pool_signature(pool), blocking_pairs=None
    )
    return Preview(suggestions, keep_proposed=True)
