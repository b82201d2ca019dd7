"""Who can be matched in a program, read once from the file into plain data and arrays.

Scoring and solving never touch the database: :func:`load_pool` reads the
program's people, tags, pair rules and pairs in a few queries, and
:func:`build_pool` turns them into per-side arrays (tag indicator matrices,
category codes, years) that :mod:`peerdesk.matching.scoring` combines with numpy.
Tests and benchmarks build pools from :class:`Member` records directly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.enums import (
    DepartmentRule,
    MatchObjective,
    MeetingFormat,
    PairRuleKind,
    PairStatus,
    ParticipantStatus,
    Role,
    TagKind,
)
from peerdesk.errors import NotFound
from peerdesk.matching.text_similarity import is_sentence
from peerdesk.models import (
    Pair,
    PairRule,
    Participant,
    ParticipantTag,
    Person,
    Program,
)

MUST_MATCH_WEIGHT = 10
MENTOR_ROLES = frozenset({Role.MENTOR, Role.BOTH, Role.PEER})
MENTEE_ROLES = frozenset({Role.MENTEE, Role.BOTH, Role.PEER})
# Statuses of people who have left the matching stage altogether: never offered, never listed.
GONE = frozenset({ParticipantStatus.COMPLETED, ParticipantStatus.WITHDRAWN})
# Pairs that hold a place: they are kept by every run and count against capacity.
HOLDING = frozenset({PairStatus.ACTIVE, PairStatus.PAUSED})
# Goals and skills may be sentences: those are compared word by word (free-text criterion).
WORDED = frozenset({TagKind.GOAL, TagKind.SKILL})


@dataclass(frozen=True)
class Member:
    """One participant as matching sees them."""

    participant_id: int
    name: str
    role: Role
    status: ParticipantStatus = ParticipantStatus.READY
    readiness_override: bool = False
    capacity: int | None = None
    department: str | None = None
    years_experience: float | None = None
    location: str | None = None
    meeting_format: MeetingFormat | None = None
    custom_fields: Mapping[str, Any] = field(default_factory=dict)
    tags: Mapping[TagKind, tuple[str, ...]] = field(default_factory=dict)

    def tag(self, kind: TagKind) -> tuple[str, ...]:
        return tuple(self.tags.get(kind, ()))

    @property
    def ready(self) -> bool:
        """Ready, matched already (for capacity left), or let through by the coordinator."""
        return self.readiness_override or self.status in (
            ParticipantStatus.READY,
            ParticipantStatus.MATCHED,
        )


@dataclass(frozen=True)
class Criterion:
    key: str
    weight: int

    @property
    def must_match(self) -> bool:
        return self.weight >= MUST_MATCH_WEIGHT


@dataclass(frozen=True)
class Settings:
    """The program settings that matching reads."""

    criteria: tuple[Criterion, ...]
    department_rule: DepartmentRule = DepartmentRule.IGNORE
    experience_gap_min: float = 2.0
    experience_gap_max: float = 15.0
    objective: MatchObjective = MatchObjective.BEST_SCORE
    default_capacity: int = 1
    reciprocal: bool = False

    def weight(self, key: str) -> int:
        return next((c.weight for c in self.criteria if c.key == key), 0)

    def has(self, key: str) -> bool:
        return any(c.key == key for c in self.criteria)


@dataclass(frozen=True)
class HeldPair:
    """A pair that every run keeps: active, paused or locked (or proposed, if asked)."""

    pair_id: int
    mentor_id: int
    mentee_id: int
    status: PairStatus
    locked: bool


@dataclass
class Side:
    """The members of one side as arrays, in ``members`` order."""

    members: list[Member]
    ids: NDArray[np.int64]
    tags: dict[TagKind, NDArray[np.float32]]  # members × vocabulary, 1.0 where held
    tag_counts: dict[TagKind, NDArray[np.float32]]
    department: NDArray[np.int32]  # code, -1 unknown
    location: NDArray[np.int32]
    meeting_format: NDArray[np.int8]  # 0 either/unknown, 1 in person, 2 video
    years: NDArray[np.float64]  # nan unknown
    custom: dict[str, NDArray[np.int32]]

    def __len__(self) -> int:
        return len(self.members)


@dataclass
class Pool:
    """Everything one matching run needs, with no database behind it."""

    program_id: int
    settings: Settings
    mentees: Side
    mentors: Side  # in reciprocal mode the same people as ``mentees``
    remaining: NDArray[np.int64]  # places left per mentor, after the held pairs
    capacity: NDArray[np.int64]  # each mentor's total places
    held: list[HeldPair]
    not_ready: list[Member]
    do_not_pair: frozenset[tuple[int, int]]  # (smaller id, larger id)
    prefer: frozenset[tuple[int, int]]  # (who asked, for whom)
    past: frozenset[tuple[int, int]]  # (mentor id, mentee id) of ended pairs
    vocabulary: dict[TagKind, list[str]]
    derived: dict[str, Any] = field(default_factory=dict)
    """Worked out on first use: the free-text index (see scoring.text_index); and the
    "corpus", everyone's tags in the program, which says how rare a written word is."""
    wishes: dict[int, tuple[int, ...]] = field(default_factory=dict)
    """Each person's preferred partners, first choice first (the ``prefer`` pairs, ranked)."""

    @property
    def reciprocal(self) -> bool:
        return self.settings.reciprocal


FORMAT_CODE = {None: 0, MeetingFormat.EITHER: 0, MeetingFormat.IN_PERSON: 1, MeetingFormat.VIDEO: 2}


def _key(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(str(text).split()).casefold()
    return text or None


class _Codes:
    """Codes for category values shared by both sides (compared without case)."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}

    def code(self, value: Any) -> int:
        key = _key(None if value is None else str(value))
        if key is None:
            return -1
        return self.codes.setdefault(key, len(self.codes))


def _vocabulary(members: Iterable[Member]) -> dict[TagKind, list[str]]:
    seen: dict[TagKind, dict[str, str]] = {kind: {} for kind in TagKind}
    for member in members:
        for kind, values in member.tags.items():
            for value in values:
                seen[kind].setdefault(value.casefold(), value)
    # Goals are compared with skills, so the two share one vocabulary.
    topics = {**seen[TagKind.SKILL], **seen[TagKind.GOAL]}
    seen[TagKind.GOAL] = seen[TagKind.SKILL] = topics
    return {kind: sorted(values.values(), key=str.casefold) for kind, values in seen.items()}


def _side(
    members: list[Member],
    vocabulary: dict[TagKind, list[str]],
    codes: dict[str, _Codes],
    custom_keys: Sequence[str],
) -> Side:
    """Goals and skills written as sentences are left to the free-text criterion."""
    n = len(members)
    index = {kind: {v.casefold(): i for i, v in enumerate(vs)} for kind, vs in vocabulary.items()}
    tags: dict[TagKind, NDArray[np.float32]] = {}
    for kind in TagKind:
        matrix = np.zeros((n, len(vocabulary[kind])), dtype=np.float32)
        for row, member in enumerate(members):
            for value in member.tags.get(kind, ()):
                if kind in WORDED and is_sentence(value):
                    continue
                matrix[row, index[kind][value.casefold()]] = 1.0
        tags[kind] = matrix
    counts = {kind: m.sum(axis=1) for kind, m in tags.items()}
    return Side(
        members=members,
        ids=np.array([m.participant_id for m in members], dtype=np.int64),
        tags=tags,
        tag_counts=counts,
        department=np.array([codes["department"].code(m.department) for m in members], np.int32),
        location=np.array([codes["location"].code(m.location) for m in members], np.int32),
        meeting_format=np.array([FORMAT_CODE[m.meeting_format] for m in members], np.int8),
        years=np.array(
            [np.nan if m.years_experience is None else m.years_experience for m in members],
            dtype=np.float64,
        ),
        custom={
            key: np.array([codes[key].code(m.custom_fields.get(key)) for m in members], np.int32)
            for key in custom_keys
        },
    )


def custom_field(key: str) -> str | None:
    """The custom field a ``custom:<field>`` criterion compares, else None."""
    return key.split(":", 1)[1] if key.startswith("custom:") else None


def build_pool(
    settings: Settings,
    members: Iterable[Member],
    *,
    program_id: int = 0,
    held: Sequence[HeldPair] = (),
    do_not_pair: Iterable[tuple[int, int]] = (),
    prefer: Iterable[tuple[int, int]] = (),
    past: Iterable[tuple[int, int]] = (),
) -> Pool:
    """Sort a program's members into the people to match, in participant-id order.

    ``held`` pairs keep their mentee out of the pool and use their mentor's places;
    people who are not ready are set aside (listed as such); people who have
    completed or withdrawn are not considered at all.
    """
    everyone = sorted(members, key=lambda m: m.participant_id)
    used: dict[int, int] = defaultdict(int)
    held_mentees: set[int] = set()
    for pair in held:
        used[pair.mentor_id] += 1
        held_mentees.add(pair.mentee_id)
        if settings.reciprocal:
            held_mentees.add(pair.mentor_id)
    active = [m for m in everyone if m.status not in GONE]
    not_ready: list[Member] = []
    mentees: list[Member] = []
    mentors: list[Member] = []
    for member in active:
        if settings.reciprocal:
            if member.participant_id in held_mentees:
                continue
            (mentees if member.ready else not_ready).append(member)
            continue
        if member.role in MENTEE_ROLES and member.participant_id not in held_mentees:
            (mentees if member.ready else not_ready).append(member)
        if member.role in MENTOR_ROLES and member.ready:
            mentors.append(member)
    if settings.reciprocal:
        mentors = mentees
        capacity = np.ones(len(mentees), dtype=np.int64)
    else:
        capacity = np.array(
            [settings.default_capacity if m.capacity is None else m.capacity for m in mentors],
            dtype=np.int64,
        )
    remaining = np.maximum(
        capacity - np.array([used[m.participant_id] for m in mentors], dtype=np.int64), 0
    )
    wanted = list(prefer)  # in rank order: a person's first choice comes first
    pool_people = [*mentees, *mentors]
    vocabulary = _vocabulary(pool_people)
    custom_keys = [k for c in settings.criteria if (k := custom_field(c.key) or "")]
    codes = {name: _Codes() for name in ("department", "location", *custom_keys)}
    mentee_side = _side(mentees, vocabulary, codes, custom_keys)
    mentor_side = (
        mentee_side if settings.reciprocal else _side(mentors, vocabulary, codes, custom_keys)
    )
    return Pool(
        program_id=program_id,
        settings=settings,
        mentees=mentee_side,
        mentors=mentor_side,
        remaining=remaining,
        capacity=capacity,
        held=list(held),
        not_ready=not_ready,
        do_not_pair=frozenset((min(a, b), max(a, b)) for a, b in do_not_pair),
        prefer=frozenset(wanted),
        past=frozenset(past),
        vocabulary=vocabulary,
        wishes=ranked_wishes(wanted),
        derived={"corpus": [m.tags for m in active]},
    )


def ranked_wishes(prefer: Iterable[tuple[int, int]]) -> dict[int, tuple[int, ...]]:
    """(who asked, for whom) pairs, in rank order, as each asker's list, first choice first."""
    lists: dict[int, list[int]] = defaultdict(list)
    for asker, wanted in prefer:
        if wanted != asker and wanted not in lists[asker]:
            lists[asker].append(wanted)
    return {asker: tuple(targets) for asker, targets in lists.items()}


# -- Reading a program from the file ------------------------------------------------------


def program_settings(program: Program) -> Settings:
    return Settings(
        criteria=tuple(
            Criterion(c.key, c.weight) for c in program.criteria if c.enabled and c.weight > 0
        ),
        department_rule=program.department_rule,
        experience_gap_min=program.experience_gap_min,
        experience_gap_max=program.experience_gap_max,
        objective=program.matching_objective,
        default_capacity=program.default_mentor_capacity,
        reciprocal=program.reciprocal,
    )


def load_members(
    session: Session, program_id: int, ids: Collection[int] | None = None
) -> list[Member]:
    """The program's participants (or only ``ids``) as members, in id order."""
    tags: dict[int, dict[TagKind, list[str]]] = defaultdict(lambda: defaultdict(list))
    tag_query = (
        select(ParticipantTag.participant_id, ParticipantTag.kind, ParticipantTag.value)
        .join(Participant, Participant.id == ParticipantTag.participant_id)
        .where(Participant.program_id == program_id)
        .order_by(ParticipantTag.id)
    )
    query = (
        select(Participant, Person.full_name)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.program_id == program_id)
        .order_by(Participant.id)
    )
    if ids is not None:
        tag_query = tag_query.where(ParticipantTag.participant_id.in_(list(ids)))
        query = query.where(Participant.id.in_(list(ids)))
    for pid, kind, value in session.execute(tag_query):
        tags[pid][kind].append(value)
    return [
        Member(
            participant_id=p.id,
            name=name,
            role=p.role,
            status=p.status,
            readiness_override=p.readiness_override,
            capacity=p.capacity,
            department=p.department,
            years_experience=p.years_experience,
            location=p.location,
            meeting_format=p.meeting_format,
            custom_fields=dict(p.custom_fields or {}),
            tags={k: tuple(v) for k, v in tags.get(p.id, {}).items()},
        )
        for p, name in session.execute(query)
    ]


def load_corpus(session: Session, program_id: int) -> list[dict[TagKind, tuple[str, ...]]]:
    """Everyone's written goals, skills and languages (the pool's corpus; see Pool.derived)."""
    found: dict[int, dict[TagKind, list[str]]] = defaultdict(lambda: defaultdict(list))
    rows = session.execute(
        select(ParticipantTag.participant_id, ParticipantTag.kind, ParticipantTag.value)
        .join(Participant, Participant.id == ParticipantTag.participant_id)
        .where(
            Participant.program_id == program_id,
            Participant.status.not_in(GONE),
            ParticipantTag.kind.in_((TagKind.GOAL, TagKind.SKILL, TagKind.LANGUAGE)),
        )
        .order_by(ParticipantTag.participant_id, ParticipantTag.id)
    )
    for pid, kind, value in rows:
        found[pid][kind].append(value)
    return [{k: tuple(v) for k, v in tags.items()} for tags in found.values()]


def load_pool(
    session: Session, program_id: int, *, keep_proposed: bool = False, next_round: bool = False
) -> Pool:
    """Read a program's matching pool.

    Active, paused and locked pairs are kept; unlocked proposed pairs are earlier
    suggestions that a new run may replace, unless ``keep_proposed``.
    ``next_round`` (rotation rounds, see :func:`.apply.save_suggestions`): nobody is
    kept and every pair of the program so far, whatever its status, is a past pair.
    """
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(what="That program")
    held: list[HeldPair] = []
    past: list[tuple[int, int]] = []
    pairs = session.execute(
        select(Pair.id, Pair.mentor_id, Pair.mentee_id, Pair.status, Pair.locked)
        .where(Pair.program_id == program_id)
        .order_by(Pair.id)
    )
    for pair_id, mentor_id, mentee_id, status, locked in pairs:
        if next_round or status == PairStatus.ENDED:
            past.append((mentor_id, mentee_id))
        elif status in HOLDING or locked or keep_proposed:
            held.append(HeldPair(pair_id, mentor_id, mentee_id, status, locked))
    rules = session.execute(
        select(PairRule.participant_a_id, PairRule.participant_b_id, PairRule.kind)
        .where(PairRule.program_id == program_id)
        .order_by(PairRule.id)  # a person's wishes were saved first choice first
    )
    do_not_pair: list[tuple[int, int]] = []
    prefer: list[tuple[int, int]] = []
    for a, b, kind in rules:
        (do_not_pair if kind == PairRuleKind.DO_NOT_PAIR else prefer).append((a, b))
    return build_pool(
        program_settings(program),
        load_members(session, program_id),
        program_id=program_id,
        held=held,
        do_not_pair=do_not_pair,
        prefer=prefer,
        past=past,
    )


def pair_pool(
    settings: Settings,
    members: Sequence[Member],
    *,
    program_id: int = 0,
    do_not_pair: Iterable[tuple[int, int]] = (),
    prefer: Iterable[tuple[int, int]] = (),
    past: Iterable[tuple[int, int]] = (),
    corpus: Sequence[Mapping[TagKind, Sequence[str]]] | None = None,
) -> Pool:
    """A pool with ``members`` on both sides, ready or not, to score chosen pairs.

    The board uses it to check and explain a pair the coordinator makes by hand;
    ``corpus``, everyone's tags in the program, makes written words weigh as in a run.
    """
    custom_keys = [k for c in settings.criteria if (k := custom_field(c.key) or "")]
    codes = {name: _Codes() for name in ("department", "location", *custom_keys)}
    ordered = list(members)
    vocabulary = _vocabulary(ordered)
    side = _side(ordered, vocabulary, codes, custom_keys)
    count = len(ordered)
    return Pool(
        program_id=program_id,
        settings=settings,
        mentees=side,
        mentors=side,
        remaining=np.zeros(count, dtype=np.int64),
        capacity=np.zeros(count, dtype=np.int64),
        held=[],
        not_ready=[],
        do_not_pair=frozenset((min(a, b), max(a, b)) for a, b in do_not_pair),
        prefer=frozenset(prefer),
        past=frozenset(past),
        vocabulary=vocabulary,
        derived={} if corpus is None else {"corpus": list(corpus)},
    )
