"""Wish columns in a roster: names and emails become ranked pair rules, unknown ones are said."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from wishes_data import HEADERS, ROWS, roster

from peerdesk.database import Database
from peerdesk.enums import MatchObjective, PairRuleKind
from peerdesk.matching.suggest import suggest
from peerdesk.models import PairRule, Participant, Person
from peerdesk.program import programs
from peerdesk.roster.commit import run_import
from peerdesk.roster.mapping import Field, suggest_mapping
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.undo import undo_last_import


def rules(db: Database) -> list[tuple[str, str, PairRuleKind]]:
    with db.reading() as session:
        names = dict(
            session.execute(
                select(Participant.id, Person.full_name).join(
                    Person, Person.id == Participant.person_id
                )
            ).all()
        )
        found = session.execute(
            select(PairRule.participant_a_id, PairRule.participant_b_id, PairRule.kind).order_by(
                PairRule.id
            )
        )
        return [(names[a], names[b], kind) for a, b, kind in found]


def test_the_wish_columns_are_proposed_from_their_headers() -> None:
    fields = [t.field for t in suggest_mapping(HEADERS)]
    assert fields[-2:] == [Field.PREFERRED, Field.AVOID]
    more = ["Who would you like to be paired with?", "Anyone you would rather not be paired with?"]
    assert [t.field for t in suggest_mapping(more)] == [Field.PREFERRED, Field.AVOID]


def test_wishes_become_ranked_rules_and_unknown_names_are_listed(
    db: Database, tmp_path: Path
) -> None:
    settings = programs.quick_settings("Spring mentoring")
    settings.default_mentor_capacity = 1
    program_id = programs.create_program(db, settings)
    summary = run_import(db, program_id, RosterImport.open(roster(tmp_path), db))
    assert len(summary.added) == 5
    # Emails match without case, names without case or accents; first choice first.
    assert rules(db) == [
        ("Ana Lima", "Dee Reyes", PairRuleKind.PREFER),
        ("Ana Lima", "Sam Okafor", PairRuleKind.PREFER),
        ("Ana Lima", "Léa Martin", PairRuleKind.DO_NOT_PAIR),
        ("Bo Chen", "Dee Reyes", PairRuleKind.PREFER),
    ]
    bo = next(line for line in summary.added if line.name == "Bo Chen")
    assert "“Samuel Smiht”" in bo.reason and "not anyone in this program" in bo.reason
    assert [n for n in summary.notes if "Smiht" in n] == [
        "Row 6 (Bo Chen): “Samuel Smiht”, named as someone to be paired with, is not anyone "
        "in this program or in this file. Left out."
    ]
    # The ranks reach the matching: both asked for Dee first; Dee takes one, and the
    # other, whose second choice is no one known, gets a mentor by score.
    result = suggest(db, program_id, objective=MatchObjective.STABLE)
    made = dict((p.mentee_name, p.mentor_name) for p in result.pairs)
    assert made["Ana Lima"] == "Dee Reyes"  # Dee took the first to ask (equal scores)
    assert made["Bo Chen"] in ("Sam Okafor", "Léa Martin")
    assert result.blocking_pairs == 0
    # Undo takes the rules back with the people.
    undo_last_import(db, program_id)
    assert rules(db) == []


def test_a_dry_run_lists_unknown_names_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    program_id = programs.create_program(db, programs.quick_settings("Spring mentoring"))
    ambiguous = [
        *ROWS,
        ["2026-01-05 10:05", "Dee Reyes", "dee.r@example.org", "Mentor", "", "", "", ""],
    ]
    summary = run_import(
        db, program_id, RosterImport.open(roster(tmp_path, ambiguous), db), dry_run=True
    )
    reasons = " ".join(line.reason for line in summary.added)
    assert "“dee reyes”" in reasons and "more than one person" in reasons
    assert rules(db) == []


def test_a_second_import_replaces_a_persons_wishes_in_their_new_order(
    db: Database, tmp_path: Path
) -> None:
    program_id = programs.create_program(db, programs.quick_settings("Spring mentoring"))
    run_import(db, program_id, RosterImport.open(roster(tmp_path), db))
    again = [row[:] for row in ROWS]
    again[3][6] = "Sam Okafor; Dee Reyes"
    again[3][7] = ""
    (tmp_path / "second").mkdir()
    run_import(db, program_id, RosterImport.open(roster(tmp_path / "second", again), db))
    assert rules(db) == [
        ("Ana Lima", "Léa Martin", PairRuleKind.DO_NOT_PAIR),  # no answer: kept
        ("Ana Lima", "Sam Okafor", PairRuleKind.PREFER),
        ("Ana Lima", "Dee Reyes", PairRuleKind.PREFER),
        ("Bo Chen", "Dee Reyes", PairRuleKind.PREFER),
    ]
    undo_last_import(db, program_id)
    assert [r for r in rules(db) if r[0] == "Ana Lima"] == [
        ("Ana Lima", "Dee Reyes", PairRuleKind.PREFER),
        ("Ana Lima", "Sam Okafor", PairRuleKind.PREFER),
        ("Ana Lima", "Léa Martin", PairRuleKind.DO_NOT_PAIR),
    ]
