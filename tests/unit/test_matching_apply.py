"""Saving suggestions and the board's pair operations on a real program file."""

from __future__ import annotations

from datetime import date
from typing import Any

import db_rows
import pytest
from matching_data import store_members
from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.enums import Criterion as C
from peerdesk.enums import PairRuleKind, PairStatus, ParticipantStatus, Role, TagKind
from peerdesk.matching import (
    ChangedSince,
    PairRefused,
    SuggestionsOutdated,
    confirm_pairs,
    end_pair,
    lock_pair,
    move_pair,
    propose_pair,
    redo,
    save_suggestions,
    suggest,
    undo,
    unlock_pair,
    unpair,
)
from peerdesk.matching.pool import Member
from peerdesk.models import Pair, Participant
from peerdesk.program import programs
from peerdesk.program.settings import CriterionSetting

ART = {TagKind.INTEREST: ("Art",), TagKind.LANGUAGE: ("English",)}


def make_program(db: Database, *criteria: tuple[str, int], capacity: int = 1) -> int:
    settings = programs.quick_settings("Spring mentoring")
    settings.criteria = [CriterionSetting(k, True, w) for k, w in criteria] or [
        CriterionSetting(C.INTERESTS, True, 5),
        CriterionSetting(C.LANGUAGE, True, 5),
    ]
    settings.default_mentor_capacity = capacity
    return programs.create_program(db, settings)


def add(db: Database, program_id: int, *people: Member, **rules: Any) -> dict[str, int]:
    ids = store_members(db, program_id, people, **rules)
    return {m.name: ids[m.participant_id] for m in people}


def person(pid: int, name: str, role: Role, **fields: Any) -> Member:
    fields.setdefault("tags", ART)
    return Member(participant_id=pid, name=name, role=role, **fields)


def rows(db: Database, table: str) -> list[tuple[Any, ...]]:
    """The table's rows but their versions (undo and redo raise them, never take them back)."""
    return db_rows.table(db, table, leave_out=db_rows.VERSION)


def pairs(db: Database, program_id: int) -> list[tuple[str, int, int, bool]]:
    with db.reading() as session:
        found = session.scalars(select(Pair).where(Pair.program_id == program_id).order_by(Pair.id))
        return [(p.status.value, p.mentor_id, p.mentee_id, p.locked) for p in found]


def status(db: Database, participant_id: int) -> ParticipantStatus:
    with db.reading() as session:
        found = session.get(Participant, participant_id)
        assert found is not None
        return found.status


@pytest.fixture
def small(db: Database) -> tuple[Database, int, dict[str, int]]:
    program_id = make_program(db)
    ids = add(
        db,
        program_id,
        person(1, "Ana Okafor", Role.MENTOR),
        person(2, "Bo Lindqvist", Role.MENTOR, capacity=2),
        person(3, "Chidi Moreau", Role.MENTEE),
        person(4, "Dana Nakamura", Role.MENTEE),
        person(5, "Eitan Petrov", Role.MENTEE),
    )
    return db, program_id, ids


def test_suggestions_are_saved_as_proposed_pairs_with_score_and_reasons(small: Any) -> None:
    db, program_id, ids = small
    result = suggest(db, program_id)
    assert len(result.pairs) == 3
    changes = save_suggestions(db, result)
    assert len(changes.created) == 3 and changes.removed == ()
    assert changes.kinds == {"pair"}
    with db.reading() as session:
        saved = session.scalars(select(Pair).order_by(Pair.id)).all()
        assert [p.status for p in saved] == [PairStatus.PROPOSED] * 3
        assert all(p.score == 100.0 for p in saved)
        assert saved[0].reasons[0]["text"] == "Both interested in Art"
    assert status(db, ids["Chidi Moreau"]) == ParticipantStatus.READY


def test_confirmed_suggestions_are_active_from_the_start_date(small: Any) -> None:
    db, program_id, ids = small
    changes = save_suggestions(
        db, suggest(db, program_id), confirm=True, start_date=date(2026, 3, 2)
    )
    with db.reading() as session:
        saved = session.scalars(select(Pair)).all()
        assert {(p.status, p.started_on) for p in saved} == {(PairStatus.ACTIVE, date(2026, 3, 2))}
    assert all(status(db, i) == ParticipantStatus.MATCHED for i in ids.values())
    assert changes.kinds == {"pair", "participant"}


def test_a_new_run_replaces_proposed_pairs_but_keeps_locked_and_active_ones(small: Any) -> None:
    db, program_id, _ids = small
    save_suggestions(db, suggest(db, program_id))
    first = pairs(db, program_id)
    with db.reading() as session:
        locked_id, active_id = session.scalars(select(Pair.id).order_by(Pair.id)).all()[:2]
    lock_pair(db, locked_id)
    confirm_pairs(db, [active_id])
    again = suggest(db, program_id)
    assert {k.pair_id for k in again.kept} == {locked_id, active_id}
    assert len(again.pairs) == 1
    kept_mentees = {first[0][2], first[1][2]}
    assert again.pairs[0].mentee_id not in kept_mentees
    changes = save_suggestions(db, again)
    assert len(changes.removed) == 1 and len(changes.created) == 1
    assert [p for p in pairs(db, program_id) if p[0] == "active" or p[3]] == [
        ("proposed", first[0][1], first[0][2], True),
        ("active", first[1][1], first[1][2], False),
    ]


def test_saving_refuses_suggestions_made_before_the_pool_changed(small: Any) -> None:
    db, program_id, ids = small
    result = suggest(db, program_id)
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    lock_pair(db, pairs_ids(db)[0])
    before = rows(db, "pair")
    with pytest.raises(SuggestionsOutdated):
        save_suggestions(db, result)
    assert rows(db, "pair") == before


def pairs_ids(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(Pair.id).order_by(Pair.id)))


def refused(db: Database, program_id: int, mentor: int, mentee: int) -> PairRefused:
    before = rows(db, "pair")
    with pytest.raises(PairRefused) as caught:
        propose_pair(db, program_id, mentor, mentee)
    assert rows(db, "pair") == before
    return caught.value


def test_a_full_mentor_refuses_another_mentee(small: Any) -> None:
    db, program_id, ids = small
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    error = refused(db, program_id, ids["Ana Okafor"], ids["Dana Nakamura"])
    assert error.rule == "capacity"
    assert error.message == "Ana Okafor already has 1 of 1 mentee."


def test_a_mentee_has_one_mentor(small: Any) -> None:
    db, program_id, ids = small
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    error = refused(db, program_id, ids["Bo Lindqvist"], ids["Chidi Moreau"])
    assert error.message == "Chidi Moreau is already paired with Ana Okafor."


def test_do_not_pair_is_refused(db: Database) -> None:
    program_id = make_program(db)
    ids = add(
        db,
        program_id,
        person(1, "Ana Okafor", Role.MENTOR),
        person(2, "Chidi Moreau", Role.MENTEE),
        do_not_pair=[(2, 1)],
    )
    error = refused(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    assert error.message == "Chidi Moreau and Ana Okafor must not be paired (a do-not-pair rule)."
    assert suggest(db, program_id).pairs == []


def test_nobody_mentors_themselves_but_both_serves_two_people(db: Database) -> None:
    program_id = make_program(db, capacity=1)
    ids = add(
        db,
        program_id,
        person(1, "Ana Okafor", Role.BOTH),
        person(2, "Bo Lindqvist", Role.MENTOR),
        person(3, "Chidi Moreau", Role.MENTEE),
    )
    error = refused(db, program_id, ids["Ana Okafor"], ids["Ana Okafor"])
    assert error.rule == "self"
    result = suggest(db, program_id)
    got = {(p.mentor_name, p.mentee_name) for p in result.pairs}
    assert len(got) == 2 and all(a != b for a, b in got)
    assert "Ana Okafor" in {a for a, _ in got} and "Ana Okafor" in {b for _, b in got}


def test_people_not_ready_are_left_out_unless_overridden(db: Database) -> None:
    program_id = make_program(db)
    ids = add(
        db,
        program_id,
        person(1, "Ana Okafor", Role.MENTOR),
        person(2, "Chidi Moreau", Role.MENTEE, status=ParticipantStatus.SCREENED),
        person(
            3,
            "Dana Nakamura",
            Role.MENTEE,
            status=ParticipantStatus.TRAINED,
            readiness_override=True,
        ),
    )
    error = refused(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    assert error.rule == "not_ready"
    assert "not ready for matching yet (status: screened)" in error.message
    result = suggest(db, program_id)
    assert [p.mentee_name for p in result.pairs] == ["Dana Nakamura"]
    assert [(u.name, u.why.value) for u in result.unmatched] == [("Chidi Moreau", "not_ready")]


def test_a_pair_without_a_shared_language_is_refused(db: Database) -> None:
    program_id = make_program(db)
    ids = add(
        db,
        program_id,
        person(1, "Ana Okafor", Role.MENTOR, tags={TagKind.LANGUAGE: ("Polish",)}),
        person(2, "Chidi Moreau", Role.MENTEE, tags={TagKind.LANGUAGE: ("Arabic",)}),
    )
    error = refused(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    assert error.message == "Chidi Moreau and Ana Okafor have no language in common."


def test_a_must_match_criterion_is_refused_with_the_reason(db: Database) -> None:
    program_id = make_program(db, (C.AVAILABILITY, 10), (C.INTERESTS, 4))
    ids = add(
        db,
        program_id,
        person(1, "Ana Okafor", Role.MENTOR, tags={TagKind.AVAILABILITY: ("Mon evening",)}),
        person(2, "Chidi Moreau", Role.MENTEE, tags={TagKind.AVAILABILITY: ("Sat lunch",)}),
    )
    error = refused(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    assert error.rule == "must:availability"
    assert error.message == (
        "This program requires a match on availability, and Chidi Moreau and Ana Okafor "
        "don't (no shared availability)."
    )


def test_a_low_score_is_allowed_with_a_warning_and_a_past_pair_is_flagged(db: Database) -> None:
    program_id = make_program(db, (C.INTERESTS, 5))
    ids = add(
        db,
        program_id,
        person(1, "Ana Okafor", Role.MENTOR, tags={TagKind.INTEREST: ("Law",)}),
        person(2, "Chidi Moreau", Role.MENTEE, tags={TagKind.INTEREST: ("Art",)}),
    )
    changes = propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    assert changes.warnings == ("A low score: 0 of 100.",)
    confirm_pairs(db, changes.created)
    end_pair(db, changes.created[0], reason="Moved away", rematch_eligible=True)
    again = propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    assert again.warnings == (
        "Chidi Moreau and Ana Okafor were paired before.",
        "A low score: 0 of 100.",
    )


def test_moving_a_proposed_pair_and_refusals_for_locked_and_active_ones(small: Any) -> None:
    db, program_id, ids = small
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    (pair_id,) = pairs_ids(db)
    changes = move_pair(db, pair_id, ids["Bo Lindqvist"])
    assert changes.updated == [pair_id] and changes.created == ()
    assert pairs(db, program_id) == [("proposed", ids["Bo Lindqvist"], ids["Chidi Moreau"], False)]
    lock_pair(db, pair_id)
    with pytest.raises(PairRefused, match="locked"):
        move_pair(db, pair_id, ids["Ana Okafor"])
    with pytest.raises(PairRefused, match="locked"):
        unpair(db, pair_id)
    unlock_pair(db, pair_id)
    confirm_pairs(db, [pair_id], date(2026, 4, 1))
    with pytest.raises(PairRefused, match="End it first"):
        move_pair(db, pair_id, ids["Ana Okafor"])


def test_moving_onto_a_full_mentor_is_refused(small: Any) -> None:
    db, program_id, ids = small
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    propose_pair(db, program_id, ids["Bo Lindqvist"], ids["Dana Nakamura"])
    moving = pairs_ids(db)[1]
    with pytest.raises(PairRefused, match="already has 1 of 1"):
        move_pair(db, moving, ids["Ana Okafor"])
    # Moving a pair to the mentor it already has counts its own place once.
    move_pair(db, moving, ids["Bo Lindqvist"])


def test_unpair_returns_the_mentee_to_the_pool(small: Any) -> None:
    db, program_id, ids = small
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    changes = unpair(db, pairs_ids(db)[0])
    assert len(changes.removed) == 1
    assert pairs(db, program_id) == []


def test_ending_a_pair_keeps_its_history_and_the_rematch_avoids_it(small: Any) -> None:
    db, program_id, ids = small
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    (pair_id,) = pairs_ids(db)
    confirm_pairs(db, [pair_id], date(2026, 1, 5))
    assert status(db, ids["Chidi Moreau"]) == ParticipantStatus.MATCHED
    changes = end_pair(db, pair_id, reason="Schedules clashed", rematch_eligible=True)
    assert changes.kinds == {"pair", "participant"}
    with db.reading() as session:
        ended = session.get(Pair, pair_id)
        assert ended is not None
        assert (ended.status, ended.end_reason, ended.rematch_eligible) == (
            PairStatus.ENDED,
            "Schedules clashed",
            True,
        )
    assert status(db, ids["Chidi Moreau"]) == ParticipantStatus.READY
    assert status(db, ids["Ana Okafor"]) == ParticipantStatus.READY
    again = suggest(db, program_id)
    chidi = [p for p in again.pairs if p.mentee_name == "Chidi Moreau"]
    assert [p.mentor_name for p in chidi] == ["Bo Lindqvist"]


def test_a_pair_ended_without_rematch_takes_the_mentee_out(small: Any) -> None:
    db, program_id, ids = small
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    (pair_id,) = pairs_ids(db)
    confirm_pairs(db, [pair_id])
    end_pair(db, pair_id, reason="Goals reached", rematch_eligible=False)
    assert status(db, ids["Chidi Moreau"]) == ParticipantStatus.COMPLETED
    again = suggest(db, program_id)
    everyone = {p.mentee_name for p in again.pairs} | {u.name for u in again.unmatched}
    assert "Chidi Moreau" not in everyone


def test_undo_and_redo_restore_exactly(small: Any) -> None:
    db, program_id, ids = small
    propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    before = rows(db, "pair"), rows(db, "participant")
    changes = save_suggestions(db, suggest(db, program_id), confirm=True)
    after = rows(db, "pair"), rows(db, "participant")
    assert after != before
    undo(db, changes)
    assert strip(rows(db, "pair")) == strip(before[0])
    assert strip(rows(db, "participant")) == strip(before[1])
    redo(db, changes)
    assert strip(rows(db, "pair")) == strip(after[0])
    assert strip(rows(db, "participant")) == strip(after[1])


def strip(table: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows without their last-changed time, which undo sets anew."""
    return [
        tuple(v for v in row if not (isinstance(v, str) and v[:2] == "20" and "T" in v))
        for row in table
    ]


def test_undo_refuses_when_something_else_changed_the_pair(small: Any) -> None:
    db, program_id, ids = small
    changes = propose_pair(db, program_id, ids["Ana Okafor"], ids["Chidi Moreau"])
    lock_pair(db, changes.created[0])
    before = rows(db, "pair")
    with pytest.raises(ChangedSince):
        undo(db, changes)
    assert rows(db, "pair") == before


def test_preference_rule_kind_is_read(db: Database) -> None:
    program_id = make_program(db, (C.PREFERENCES, 5))
    ids = add(
        db,
        program_id,
        person(1, "Ana Okafor", Role.MENTOR),
        person(2, "Bo Lindqvist", Role.MENTOR),
        person(3, "Chidi Moreau", Role.MENTEE),
        prefer=[(3, 2)],
    )
    result = suggest(db, program_id)
    assert [(p.mentor_name, p.score) for p in result.pairs] == [("Bo Lindqvist", 100.0)]
    assert result.pairs[0].top_reasons == ["The mentee asked for this mentor"]
    assert PairRuleKind.PREFER.value == "prefer" and ids


def test_saving_refuses_suggestions_made_before_a_new_do_not_pair_rule(small: Any) -> None:
    from peerdesk.models import PairRule

    db, program_id, _ids = small
    result = suggest(db, program_id)
    first = result.pairs[0]
    with db.transaction() as session:
        session.add(
            PairRule(
                program_id=program_id,
                participant_a_id=first.mentor_id,
                participant_b_id=first.mentee_id,
                kind=PairRuleKind.DO_NOT_PAIR,
            )
        )
    with pytest.raises(SuggestionsOutdated):
        save_suggestions(db, result)
    assert pairs(db, program_id) == []
