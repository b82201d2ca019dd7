"""Invented matching pools for the matching tests and benchmark.

``realistic_members`` makes people the way real programs have them: a few
popular interests and skills that many share and many want (tag popularity
falls off like Zipf's law), a handful of well-known mentors that many mentees
name as a preference, most people speaking the organization's language,
weekday evenings more popular than Sunday mornings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from peerdesk.database import Database, create_database
from peerdesk.enums import MeetingFormat, PairRuleKind, ParticipantStatus, Role, TagKind
from peerdesk.matching.pool import Member
from peerdesk.models import PairRule, Participant, ParticipantTag, Person
from peerdesk.program import programs

INTERESTS = [
    "Leadership", "Budgeting", "Public speaking", "Writing", "Data analysis", "Design",
    "Career change", "Negotiation", "Project management", "Coaching", "Wellbeing",
    "Fundraising", "Marketing", "Policy", "Research", "Teaching", "Volunteering",
    "Technology", "Community organizing", "Grant writing", "Hiring", "Conflict resolution",
    "Time management", "Networking", "Strategy", "Finance", "Customer service", "Law",
    "Health", "Languages", "Parenting", "Entrepreneurship", "Sales", "Operations",
    "Mentoring", "Accessibility", "Sustainability", "Art", "Music", "Sports",
]  # fmt: skip
SLOTS = [
    f"{day} {part}"
    for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    for part in ("morning", "lunch", "evening")
]
LANGUAGES = ["English", "Spanish", "French", "Polish", "Arabic", "Vietnamese"]
CITIES = ["Leeds", "York", "Bradford", "Harrogate", "Wakefield", "Halifax"]
DEPARTMENTS = [f"Department {c}" for c in "ABCDEFGHIJKL"]
FIRST = ["Ana", "Bo", "Chidi", "Dana", "Eitan", "Fatima", "Goran", "Hana", "Ivo", "Jun"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Nakamura", "Petrov", "Quinn", "Reyes", "Sato"]


def _zipf(count: int, exponent: float = 1.1) -> np.ndarray:
    weights = 1.0 / np.arange(1, count + 1) ** exponent
    return weights / weights.sum()


def _pick(
    rng: np.random.Generator, values: Sequence[str], p: np.ndarray, k: int
) -> tuple[str, ...]:
    chosen = rng.choice(len(values), size=min(k, len(values)), replace=False, p=p)
    return tuple(values[i] for i in sorted(chosen))


def realistic_members(
    mentees: int, mentors: int, *, capacity: int = 2, seed: int = 7, first_id: int = 1
) -> tuple[list[Member], list[tuple[int, int]], list[tuple[int, int]]]:
    """People, (mentee, mentor) preferences and do-not-pair rules of an invented program."""
    rng = np.random.default_rng(seed)
    tag_p = _zipf(len(INTERESTS))
    slot_p = np.array([3.0 if "evening" in s else 1.0 for s in SLOTS])
    slot_p[-3:] = 0.3  # Sundays
    slot_p /= slot_p.sum()
    city_p = _zipf(len(CITIES), 0.8)
    dept_p = _zipf(len(DEPARTMENTS), 0.7)
    members: list[Member] = []
    formats = [MeetingFormat.EITHER, MeetingFormat.VIDEO, MeetingFormat.IN_PERSON]
    for index in range(mentees + mentors):
        is_mentor = index >= mentees
        languages = ["English"] if rng.random() < 0.93 else []
        if rng.random() < 0.2:
            languages.append(LANGUAGES[1 + rng.integers(len(LANGUAGES) - 1)])
        tags = {
            TagKind.INTEREST: _pick(rng, INTERESTS, tag_p, int(rng.integers(2, 6))),
            TagKind.AVAILABILITY: _pick(rng, SLOTS, slot_p, int(rng.integers(2, 5))),
            TagKind.LANGUAGE: tuple(languages),
        }
        if is_mentor:
            tags[TagKind.SKILL] = _pick(rng, INTERESTS, tag_p, int(rng.integers(3, 7)))
        else:
            tags[TagKind.GOAL] = _pick(rng, INTERESTS, tag_p, int(rng.integers(1, 4)))
        members.append(
            Member(
                participant_id=first_id + index,
                name=f"{FIRST[index % len(FIRST)]} {LAST[index % len(LAST)]} {index}",
                role=Role.MENTOR if is_mentor else Role.MENTEE,
                status=ParticipantStatus.READY,
                capacity=capacity if is_mentor else None,
                department=DEPARTMENTS[rng.choice(len(DEPARTMENTS), p=dept_p)],
                years_experience=float(rng.integers(5, 31) if is_mentor else rng.integers(0, 11)),
                location=CITIES[rng.choice(len(CITIES), p=city_p)],
                meeting_format=formats[rng.choice(3, p=[0.5, 0.3, 0.2])],
                tags=tags,
            )
        )
    mentor_ids = [m.participant_id for m in members[mentees:]]
    famous = mentor_ids[: max(1, len(mentor_ids) // 50)]
    prefer = []
    for mentee in members[:mentees]:
        if famous and rng.random() < 0.15:
            prefer.append((mentee.participant_id, famous[int(rng.integers(len(famous)))]))
    do_not_pair = []
    for mentee in members[:mentees]:
        if mentor_ids and rng.random() < 0.01:
            do_not_pair.append(
                (mentee.participant_id, mentor_ids[int(rng.integers(len(mentor_ids)))])
            )
    return members, prefer, do_not_pair


def store_members(
    db: Database,
    program_id: int,
    members: Sequence[Member],
    prefer: Sequence[tuple[int, int]] = (),
    do_not_pair: Sequence[tuple[int, int]] = (),
) -> dict[int, int]:
    """Write invented members into a program; returns member id -> participant id."""
    now = datetime.now(UTC)
    ids: dict[int, int] = {}
    with db.transaction() as session:
        participants = []
        for member in members:
            slug = member.name.lower().replace(" ", ".")
            person = Person(
                full_name=member.name,
                email=f"{slug}@example.org",
                email_key=f"{slug}@example.org",
                created_at=now,
                updated_at=now,
            )
            participant = Participant(
                program_id=program_id,
                person=person,
                role=member.role,
                status=member.status,
                readiness_override=member.readiness_override,
                capacity=member.capacity,
                department=member.department,
                years_experience=member.years_experience,
                location=member.location,
                meeting_format=member.meeting_format,
                custom_fields=dict(member.custom_fields),
                tags=[
                    ParticipantTag(kind=kind, value=value)
                    for kind, values in member.tags.items()
                    for value in values
                ],
            )
            session.add(participant)
            participants.append((member.participant_id, participant))
        session.flush()
        ids = {member_id: p.id for member_id, p in participants}
        for kind, rules in ((PairRuleKind.PREFER, prefer), (PairRuleKind.DO_NOT_PAIR, do_not_pair)):
            for a, b in rules:
                session.add(
                    PairRule(
                        program_id=program_id,
                        participant_a_id=ids[a],
                        participant_b_id=ids[b],
                        kind=kind,
                    )
                )
    return ids


def spring_mentoring_file(path: Path, change: Callable[[list[Member]], None] | None = None) -> Path:
    """A program file with “Spring mentoring”: 40 invented mentees and 15 mentors (two
    places each), as ``change`` leaves them."""
    with create_database(path) as db:
        program_id = programs.create_program(db, programs.quick_settings("Spring mentoring"))
        members, prefer, do_not_pair = realistic_members(40, 15, capacity=2, seed=4)
        if change is not None:
            change(members)
        store_members(db, program_id, members, prefer, do_not_pair)
    return path
