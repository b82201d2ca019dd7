"""Free-text similarity: what a mentee wrote they want against what a mentor offers."""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from free_text_form import write_form

from peerdesk import people
from peerdesk.database import Database, create_database, open_database
from peerdesk.enums import Criterion as C
from peerdesk.enums import ParticipantStatus, Role, TagKind
from peerdesk.matching import suggest
from peerdesk.matching.grid import score_grid as fast_grid
from peerdesk.matching.pool import Criterion, Member, Settings, build_pool, pair_pool
from peerdesk.matching.reasons import explain
from peerdesk.matching.rules import check_pair
from peerdesk.matching.scoring import score_grid, score_pairs
from peerdesk.matching.text_similarity import (
    build_index,
    detect_language,
    language,
    shared_words,
)
from peerdesk.program import programs
from peerdesk.program import reads as program_reads
from peerdesk.program.settings import default_criteria
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport

TEXT_ONLY = (Criterion(C.FREE_TEXT, 5),)


def _similarity(want: str, offer: str, *others: str) -> float:
    """Cosine of one want against one offer, in a pool that also holds ``others`` offers."""
    mentees = [{TagKind.GOAL: (want,)}]
    mentors = [{TagKind.SKILL: (offer,)}, *({TagKind.SKILL: (o,)} for o in others)]
    index = build_index(mentees, mentors, reciprocal=False)
    return float(index.cosine_block(np.array([0]), np.array([0]))[0, 0])


def test_word_forms_synonyms_and_common_words() -> None:
    # budgeting/budgets, presenting/presentations: one stem each.
    assert _similarity("I want to get better at budgeting", "Grant budgets") > 0.3
    assert _similarity("Presenting to a board", "Presentations") > 0.3
    # CV and résumé, public speaking and presenting: the built-in synonyms.
    assert _similarity("Help with my CV", "Résumé reviews") > 0.3
    assert _similarity("Public speaking", "I coach people presenting at conferences") > 0.3
    # The words every answer uses ("I want to learn", "happy to help") relate nothing.
    assert _similarity("I want to learn and improve", "Happy to help others learn") == 0
    # Nothing in common, nothing scored.
    assert _similarity("Budgeting", "Photography") == 0


def test_a_word_everyone_writes_counts_for_less_than_a_rare_one() -> None:
    crowd = ["Marketing strategy"] * 20
    common = _similarity("Marketing and sales", "Marketing", *crowd)
    rare = _similarity("Marketing and sales", "Sales", *crowd)
    assert 0 < common < rare


def test_language_from_the_words_or_the_languages_spoken() -> None:
    assert detect_language(["Quiero mejorar mis presentaciones en el trabajo"]) == "spanish"
    assert detect_language(["Je voudrais apprendre la gestion de projet"]) == "french"
    assert detect_language(["Ich möchte besser präsentieren und die Zeit planen"]) == "german"
    assert detect_language(["Presupuestos"], spoken=["Español"]) == "spanish"
    assert detect_language(["Presupuestos"]) == "english"  # no evidence: the default
    spanish = language("spanish")
    wants = [t.key for t in spanish.terms("Hacer presupuestos y hablar en público")]
    offers = [t.key for t in spanish.terms("Presupuesto; oratoria")]
    assert wants == offers


def test_french_and_german_word_forms_and_synonyms() -> None:
    french = language("french")
    wants = {t.key for t in french.terms("Améliorer mes présentations et mon CV")}
    offers = {t.key for t in french.terms("Je peux aider à présenter ; curriculum vitae")}
    assert wants <= offers
    german = language("german")
    wants = {t.key for t in german.terms("Besser präsentieren und meinen Lebenslauf verbessern")}
    offers = {t.key for t in german.terms("Präsentationen, Bewerbungsunterlagen und CV")}
    assert wants <= offers
    assert detect_language(["Améliorer mes présentations et mon CV"]) == "french"
    assert detect_language(["Präsentationen, Bewerbungsunterlagen und CV"]) == "german"


def test_the_shared_words_as_each_person_wrote_them() -> None:
    found = shared_words(
        ["I want to get better at budgeting for grant applications"],
        "english",
        ["grant budgets", "nonprofit finance"],
        "english",
    )
    assert found is not None
    assert found.words == ("grant budgets",)
    assert found.quote_mine == "I want to get better at budgeting for grant applications"
    assert found.quote_theirs == "grant budgets"


def test_the_reason_quotes_both_people() -> None:
    mentee = Member(
        1, "Ana", Role.MENTEE, tags={TagKind.GOAL: ("Budgeting for grant applications",)}
    )
    mentor = Member(2, "Sam", Role.MENTOR, tags={TagKind.SKILL: ("grant budgets",)})
    other = Member(3, "Kai", Role.MENTOR, tags={TagKind.SKILL: ("Photography",)})
    pool = build_pool(Settings(criteria=TEXT_ONLY), [mentee, mentor, other])
    good, none = explain(pool, np.array([0, 0]), np.array([0, 1]))
    assert good.reasons[0].text == (
        "Both mention grant budgets (mentee: 'Budgeting for grant applications'; "
        "mentor: 'grant budgets')"
    )
    assert good.score > 0
    assert none.reasons[0].text == "Nothing in common in what they wrote"
    assert none.score == 0


def test_peers_compare_both_ways_and_the_grid_agrees_with_single_pairs() -> None:
    members = [
        Member(
            1,
            "A",
            Role.PEER,
            tags={TagKind.GOAL: ("Salary negotiation",), TagKind.SKILL: ("Python",)},
        ),
        Member(
            2,
            "B",
            Role.PEER,
            tags={TagKind.GOAL: ("Python scripts",), TagKind.SKILL: ("Negotiating",)},
        ),
        Member(3, "C", Role.PEER, tags={TagKind.GOAL: ("Gardening",)}),
    ]
    settings = Settings(criteria=TEXT_ONLY, reciprocal=True)
    pool = pair_pool(settings, members)
    block = score_pairs(pool, np.array([0, 1, 0]), np.array([1, 0, 2]))
    a_b, b_a, a_c = block.points.tolist()
    assert a_b == b_a > 0 and a_c == 0
    (reason,) = explain(pool, np.array([0]), np.array([1]))[0].reasons
    assert reason.text.startswith("Both mention ")


def _pool_with_sentences(count: int, seed: int) -> list[Member]:
    rng = random.Random(seed)
    topics = [
        "budgeting",
        "grant writing",
        "public speaking",
        "negotiation",
        "python",
        "statistics",
        "leadership",
        "hiring",
        "marketing",
        "photography",
        "accounting",
        "volunteering",
        "research",
    ]
    members = []
    for pid in range(1, count + 1):
        picked = rng.sample(topics, 2)
        if pid % 3:
            tags = {TagKind.GOAL: (f"I want to get better at {picked[0]} and {picked[1]}",)}
            members.append(Member(pid, f"P{pid}", Role.MENTEE, tags=tags))
        else:
            tags = {TagKind.SKILL: (f"Years of {picked[0]}", picked[1].capitalize())}
            members.append(Member(pid, f"P{pid}", Role.MENTOR, capacity=2, tags=tags))
    return members


def test_the_fast_grid_and_the_criterion_by_criterion_grid_agree() -> None:
    criteria = tuple(Criterion(c.key, c.weight) for c in default_criteria() if c.enabled)
    pool = build_pool(Settings(criteria=criteria), _pool_with_sentences(120, seed=3))
    fast, slow = fast_grid(pool), score_grid(pool)
    assert np.array_equal(fast.allowed, slow.allowed)
    assert np.abs(fast.points.astype(int) - slow.points.astype(int)).max() <= 1
    assert (fast.points > 0).any()


# -- A sign-up form with a dozen goal/skill pairs planted in its free text --------------------


@pytest.mark.parametrize("seed", [2, 4])
def test_planted_pairs_in_a_forms_free_text_are_found(
    db: Database, tmp_path: Path, seed: int
) -> None:
    form = tmp_path / "Sign-up form (Responses).csv"
    planted = write_form(form, seed)
    program_id = programs.create_program(db, programs.quick_settings("Volunteers 2027"))
    run_import(db, program_id, RosterImport.open(form, db))
    everyone = [r.participant_id for r in people.list_participants(db, program_id)]
    people.set_status(db, everyone, ParticipantStatus.READY)
    result = suggest(db, program_id)
    by_names = {(p.mentee_name, p.mentor_name): p for p in result.pairs}
    found = [pair for pair in planted if pair in by_names]
    assert len(found) >= 10, f"found {len(found)} of 12 planted pairs"
    for pair in found:
        reasons = {r.criterion: r for r in by_names[pair].explanation.reasons}
        text = reasons[C.FREE_TEXT].text
        # "Both mention <words> (mentee: '<quote>'; mentor: '<quote>')": a shared word, quoted.
        match = re.fullmatch(r"Both mention (.+) \(mentee: '(.+)'; mentor: '(.+)'\)", text)
        assert match, text
        words, mentee_quote, mentor_quote = match.groups()
        first = re.split(r", | and ", words)[0]
        assert first.casefold() in mentor_quote.casefold(), text
        assert mentee_quote and mentor_quote
        assert text in by_names[pair].top_reasons, by_names[pair].top_reasons


def test_a_pair_made_by_hand_scores_as_when_suggested(db: Database, tmp_path: Path) -> None:
    form = tmp_path / "Sign-up form (Responses).csv"
    write_form(form, seed=4)
    program_id = programs.create_program(db, programs.quick_settings("Volunteers 2027"))
    run_import(db, program_id, RosterImport.open(form, db))
    everyone = [r.participant_id for r in people.list_participants(db, program_id)]
    people.set_status(db, everyone, ParticipantStatus.READY)
    result = suggest(db, program_id)
    with db.reading() as session:
        for pair in result.pairs:
            check = check_pair(session, program_id, pair.mentor_id, pair.mentee_id)
            assert check.score == pair.score, (pair.mentee_name, pair.mentor_name)


def test_a_program_from_before_gets_the_criterion_when_its_file_is_opened(tmp_path: Path) -> None:
    from peerdesk.storage.sqlite import create_file

    made = tmp_path / "made.peerdesk"
    with create_database(made) as db:
        program_id = programs.create_program(db, programs.quick_settings("Older program"))
    path = tmp_path / "older.peerdesk"
    create_file(path, "0006_meetings")  # a file written before the criterion existed
    conn = sqlite3.connect(path)
    with conn:  # the program, in the columns that schema had, and without the criterion
        conn.execute("ATTACH DATABASE ? AS made", (str(made),))
        for table in ("program", "matching_criterion", "program_step"):
            columns = ", ".join(row[1] for row in conn.execute(f"PRAGMA main.table_info({table})"))
            conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM made.{table}")
        conn.execute("DELETE FROM main.matching_criterion WHERE key = 'free_text'")
    conn.execute("DETACH DATABASE made")
    conn.close()
    with open_database(path) as db:
        criteria = program_reads.load_settings(db, program_id).criteria
    assert [c.key for c in criteria][-1] == C.FREE_TEXT
    assert (criteria[-1].enabled, criteria[-1].weight) == (True, 8)
    assert len({c.key for c in criteria}) == len(criteria)


def test_english_skills_ending_like_french_words_stay_english() -> None:
    # "management" ends like a French adverb: a short list of skills is still English,
    # and compares with an English goal.
    assert detect_language(["Public speaking", "project management"]) == "english"
    assert detect_language(["Change management", "Young people"]) == "english"
