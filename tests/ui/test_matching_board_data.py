"""The board's data, read by ``load_board`` on both backends: a local file and a server.

The board's screen tests drive a window on a file; these read the same data from
each backend with the ``db`` fixture and expect exactly the same board, so a read
that only SQLite understands (a boolean compared with 1, text dates) fails here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from matching_data import store_members

from peerdesk.database import Database
from peerdesk.enums import (
    MatchObjective,
    PairOutcome,
    PairStatus,
    ParticipantStatus,
    Role,
    TagKind,
)
from peerdesk.errors import NotFound
from peerdesk.matching.pool import Member
from peerdesk.models import Pair
from peerdesk.program import programs
from ui.matching.data import load_board

READY = ParticipantStatus.READY
APPLIED = ParticipantStatus.APPLIED


def member(pid: int, name: str, role: Role, **fields: Any) -> Member:
    tags = {
        TagKind.INTEREST: ("Budgeting", "Writing"),
        TagKind.SKILL: ("Public speaking",),
        TagKind.LANGUAGE: ("Español",),
        TagKind.GOAL: ("Find my feet",),
    }
    return Member(participant_id=pid, name=name, role=role, tags=tags, **fields)


PEOPLE = [
    member(1, "Ana Okafor", Role.MENTOR, capacity=1, department="Finance", years_experience=12.5),
    member(2, "Bo Lindqvist", Role.MENTOR, status=APPLIED),  # not ready, but has a pair
    member(3, "Cy Quinn", Role.MENTOR, status=ParticipantStatus.WITHDRAWN),
    member(4, "Dana Nakamura", Role.MENTEE),  # active with Ana
    member(5, "Eitan Petrov", Role.MENTEE),  # proposed with Bo
    member(6, "Fatima Reyes", Role.MENTEE),  # ended, to be matched again
    member(7, "Goran Sato", Role.MENTEE, status=APPLIED),  # not ready
    member(8, "Hana Moreau", Role.MENTEE, status=APPLIED, readiness_override=True),
    member(9, "Ivo Lindqvist", Role.MENTEE),  # completed a pair: not back for more
    member(10, "Jun Okafor", Role.MENTEE),  # ended early: back for more
]


def make_program(db: Database) -> tuple[int, dict[str, int], dict[str, int]]:
    """The program, its people (first name -> participant id) and its pairs."""
    settings = programs.quick_settings("Spring mentoring")
    settings.default_mentor_capacity = 3
    program_id = programs.create_program(db, settings)
    ids = store_members(db, program_id, PEOPLE)
    who = {m.name.split()[0]: ids[m.participant_id] for m in PEOPLE}
    rows = {
        "active": Pair(
            mentor_id=who["Ana"],
            mentee_id=who["Dana"],
            status=PairStatus.ACTIVE,
            score=7.25,
            locked=True,
            started_on=date(2026, 3, 2),
            reasons=[{"criterion": "interests", "points": 4}],
        ),
        "proposed": Pair(mentor_id=who["Bo"], mentee_id=who["Eitan"], score=None),
        "rematch": Pair(
            mentor_id=who["Ana"],
            mentee_id=who["Fatima"],
            status=PairStatus.ENDED,
            outcome=PairOutcome.COMPLETED,
            rematch_eligible=True,
        ),
        "completed": Pair(
            mentor_id=who["Bo"],
            mentee_id=who["Ivo"],
            status=PairStatus.ENDED,
            outcome=PairOutcome.COMPLETED,
        ),
        "early": Pair(
            mentor_id=who["Bo"],
            mentee_id=who["Jun"],
            status=PairStatus.ENDED,
            outcome=PairOutcome.ENDED_EARLY,
            rematch_eligible=False,
        ),
    }
    with db.transaction() as session:
        for pair in rows.values():
            pair.program_id = program_id
            session.add(pair)
        session.flush()
        pair_ids = {key: pair.id for key, pair in rows.items()}
    return program_id, who, pair_ids


def test_the_board_reads_the_same_from_a_file_and_a_server(db: Database) -> None:
    program_id, who, pair_ids = make_program(db)

    board = load_board(db, program_id)

    assert board.program_id == program_id
    assert board.reciprocal is False
    assert board.objective is MatchObjective.BEST_SCORE
    # Open pairs only, with their values as Python types whatever the backend.
    assert set(board.pairs) == {pair_ids["active"], pair_ids["proposed"]}
    active = board.pairs[pair_ids["active"]]
    assert (active.mentor_name, active.mentee_name) == ("Ana Okafor", "Dana Nakamura")
    assert active.status is PairStatus.ACTIVE
    assert active.score == 7.25 and isinstance(active.score, float)
    assert active.locked is True
    assert active.started_on == date(2026, 3, 2)
    assert '"interests"' in active.reasons_json
    proposed = board.pairs[pair_ids["proposed"]]
    assert (proposed.status, proposed.score, proposed.locked) == (PairStatus.PROPOSED, None, False)
    assert proposed.started_on is None

    # Mentors in name order: the withdrawn one is gone; Bo is not ready but has a pair.
    assert [(m.name, m.ready, m.capacity) for m in board.mentors] == [
        ("Ana Okafor", True, 1),
        ("Bo Lindqvist", False, 3),  # no capacity of his own: the program's default
    ]
    ana = board.mentors[0]
    assert (ana.department, ana.years) == ("Finance", 12.5)
    assert [p.pair_id for p in ana.pairs] == [pair_ids["active"]]
    assert ana.tags == ("Public speaking", "Budgeting", "Writing")
    assert "español" in ana.search and "finance" in ana.search

    # Unmatched mentees who are ready (or let through), in name order; who is back for more.
    assert [(m.name, m.rematch) for m in board.mentees] == [
        ("Fatima Reyes", True),
        ("Hana Moreau", False),
        ("Ivo Lindqvist", False),
        ("Jun Okafor", True),
    ]
    assert board.mentees[0].tags == ("Find my feet", "Budgeting", "Writing")
    assert board.mentees[0].participant_id == who["Fatima"]
    assert board.not_ready == 1  # Goran


def test_a_program_that_is_not_there(db: Database) -> None:
    with pytest.raises(NotFound):
        load_board(db, 999)
