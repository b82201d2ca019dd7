"""Rotation rounds: each next round pairs people with someone new, on a real program file."""

from __future__ import annotations

from fixtures_rosters import make_program
from matching_data import realistic_members, store_members
from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.enums import PairOutcome, PairStatus, Role
from peerdesk.matching import save_suggestions, suggest, undo
from peerdesk.matching.pool import Member
from peerdesk.models import Pair


def all_pairs(db: Database, program_id: int) -> list[tuple[PairStatus, frozenset[int]]]:
    with db.reading() as session:
        found = session.scalars(select(Pair).where(Pair.program_id == program_id).order_by(Pair.id))
        return [(p.status, frozenset((p.mentor_id, p.mentee_id))) for p in found]


def test_five_rounds_of_a_40_person_peer_pool_never_repeat_a_pair(db: Database) -> None:
    program_id = make_program(db, "Peer circles", reciprocal=True)
    members, _prefer, _dnp = realistic_members(40, 0, seed=5)
    store_members(db, program_id, [Member(**{**m.__dict__, "role": Role.PEER}) for m in members])
    rounds: list[set[frozenset[int]]] = []
    for _ in range(5):
        result = suggest(db, program_id, next_round=True)
        assert result.next_round and len(result.pairs) >= 15  # a few are not ready
        save_suggestions(db, result, confirm=True)
        rounds.append({frozenset((p.mentor_id, p.mentee_id)) for p in result.pairs})
    every = [pair for one in rounds for pair in one]
    assert len(every) == len(set(every))  # nobody met anyone twice
    stored = all_pairs(db, program_id)
    active = {pair for status, pair in stored if status == PairStatus.ACTIVE}
    assert active == rounds[-1]  # only the last round is running
    assert sum(status == PairStatus.ENDED for status, _ in stored) == len(every) - len(active)
    with db.reading() as session:
        ended = session.scalars(select(Pair).where(Pair.status == PairStatus.ENDED)).all()
        assert {p.outcome for p in ended} == {PairOutcome.COMPLETED}


def test_rounds_run_out_and_a_round_can_be_undone(db: Database) -> None:
    program_id = make_program(db, "Speed mentoring")
    people = [Member(participant_id=i, name=f"Mentee {i}", role=Role.MENTEE) for i in (1, 2)] + [
        Member(participant_id=i, name=f"Mentor {i}", role=Role.MENTOR, capacity=1) for i in (3, 4)
    ]
    store_members(db, program_id, people)
    first = suggest(db, program_id, next_round=True)
    save_suggestions(db, first, confirm=True)
    before = all_pairs(db, program_id)
    second = suggest(db, program_id, next_round=True)
    assert len(second.pairs) == 2
    assert not {frozenset((p.mentor_id, p.mentee_id)) for p in first.pairs} & {
        frozenset((p.mentor_id, p.mentee_id)) for p in second.pairs
    }
    changes = save_suggestions(db, second, confirm=True)
    third = suggest(db, program_id, next_round=True)
    assert third.pairs == []  # everyone has met every partner they can
    assert {u.participant_id for u in third.unmatched} >= {p.mentee_id for p in second.pairs}
    undo(db, changes)  # one action: the round before is back as it was
    assert all_pairs(db, program_id) == before
