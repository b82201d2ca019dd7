"""Before and after: the numbers match scipy's on known data, and odd data never crashes."""

from __future__ import annotations

import math
import statistics
from datetime import UTC, datetime
from pathlib import Path

import pytest
from evaluation_data import (
    CONFIDENCE_AFTER,
    CONFIDENCE_BEFORE,
    add_person,
    answer,
    build_program,
    make_program,
)
from scipy import stats

from peerdesk.database import Database
from peerdesk.enums import AnswerType, Role, SurveyKind
from peerdesk.evaluation.stats import chance_words, compare, format_p, pre_post
from peerdesk.surveys.questions import add_question, ensure_default_questions

# Ten people's answers before and after, with ties among the differences and a zero.
BEFORE = [2, 3, 2, 3, 3, 2, 4, 3, 2, 3]
AFTER = [4, 4, 3, 4, 3, 3, 5, 4, 3, 4]


def test_means_change_tests_and_effect_size_match_scipy() -> None:
    result = compare(BEFORE, AFTER, "Confidence")
    diffs = [a - b for a, b in zip(AFTER, BEFORE, strict=True)]
    t = stats.ttest_rel(AFTER, BEFORE)
    w = stats.wilcoxon(AFTER, BEFORE)
    assert result.n == 10
    assert result.mean_before == pytest.approx(statistics.mean(BEFORE))
    assert result.mean_after == pytest.approx(statistics.mean(AFTER))
    assert result.mean_change == pytest.approx(statistics.mean(diffs))
    assert result.t_statistic == pytest.approx(float(t.statistic))
    assert result.t_p == pytest.approx(float(t.pvalue))
    assert result.wilcoxon_statistic == pytest.approx(float(w.statistic))
    assert result.wilcoxon_p == pytest.approx(float(w.pvalue))
    assert result.effect_size == pytest.approx(statistics.mean(diffs) / statistics.stdev(diffs))
    # Likert answers are ranks: the sentence uses the Wilcoxon test.
    assert result.p == pytest.approx(float(w.pvalue))
    assert result.sentence == (
        "Confidence rose from 2.7 to 3.7 on average (n = 10); a change this large is very "
        f"unlikely to be chance, {format_p(float(w.pvalue))}."
    )


def test_a_number_question_uses_the_t_test_and_a_fall_is_said_as_a_fall() -> None:
    before = [12.0, 15.5, 9.0, 20.0, 14.0, 11.0]
    after = [10.0, 15.0, 7.5, 16.0, 13.0, 11.5]
    result = compare(before, after, "Hours of overtime", AnswerType.NUMBER)
    t = stats.ttest_rel(after, before)
    assert result.p == pytest.approx(float(t.pvalue))
    assert result.sentence.startswith("Hours of overtime fell from 13.6 to 12.2 on average (n = 6)")
    assert format_p(float(t.pvalue)) in result.sentence


def test_many_ties_in_the_ranks_match_scipy() -> None:
    before = [1, 1, 2, 2, 3, 3, 3, 4, 1, 2, 2, 3]
    after = [2, 2, 3, 3, 4, 4, 3, 5, 2, 2, 3, 4]  # almost every difference is 1
    result = compare(before, after, "Skills")
    w = stats.wilcoxon(after, before)
    t = stats.ttest_rel(after, before)
    assert result.wilcoxon_p == pytest.approx(float(w.pvalue))
    assert result.t_p == pytest.approx(float(t.pvalue))
    assert "very unlikely to be chance" in result.sentence


def test_no_one_yet_and_only_one_person_give_words_not_numbers() -> None:
    nobody = compare([], [], "Hope")
    assert nobody.n == 0 and nobody.mean_before is None and nobody.p is None
    assert nobody.sentence == "Hope: nobody has answered both before and after the program yet."
    one = compare([2], [4], "Hope")
    assert (one.n, one.mean_before, one.mean_after, one.mean_change) == (1, 2, 4, 2)
    assert one.t_p is None and one.wilcoxon_p is None and one.effect_size is None
    assert one.sentence == (
        "Hope rose from 2.0 to 4.0 on average (n = 1); with only one person, no test of "
        "chance is possible."
    )


def test_identical_before_and_after_has_no_p_value_and_says_why() -> None:
    result = compare([3, 3, 4, 2, 5], [3, 3, 4, 2, 5], "Sense of belonging")
    assert result.mean_change == 0
    assert result.t_p is None and result.wilcoxon_p is None and result.effect_size is None
    assert result.sentence == (
        "Sense of belonging stayed at 3.4 on average (n = 5): nobody's answer changed, so "
        "there is no change to test."
    )


def test_everyone_changing_by_the_same_amount_has_no_t_test_but_a_wilcoxon_test() -> None:
    before, after = [1, 2, 3, 2, 1, 3], [2, 3, 4, 3, 2, 4]
    result = compare(before, after, "Confidence")
    assert result.t_statistic is None and result.t_p is None and result.effect_size is None
    assert result.sd_change == 0
    w = stats.wilcoxon(after, before)
    assert result.wilcoxon_p == pytest.approx(float(w.pvalue))
    assert "everyone changed by the same amount" in result.sentence
    # Decimal answers that differ by the same amount (0.1 in floating point) too.
    same = compare([1.1, 1.2, 1.3], [1.2, 1.3, 1.4], "Score", AnswerType.NUMBER)
    assert same.t_p is None and same.wilcoxon_p is not None
    assert all(
        v is None or math.isfinite(v) for v in (same.t_statistic, same.effect_size, same.sd_change)
    )


def test_a_tiny_change_gets_two_decimals_and_a_chance_verdict() -> None:
    before = [3] * 30 + [4] * 20
    after = [4] + [3] * 29 + [4] * 20  # one person of fifty moved up one step
    result = compare(before, after, "Skills")
    assert result.sentence.startswith("Skills rose from 3.40 to 3.42 on average (n = 50)")
    assert "could well be chance" in result.sentence


def test_p_value_wording() -> None:
    assert format_p(0.0004) == "p < 0.001"
    assert format_p(0.0042) == "p = 0.004"
    assert format_p(0.031) == "p = 0.03"
    assert format_p(None) == ""
    assert chance_words(0.2) == "a change this small could well be chance"
    assert chance_words(0.07) == "a change this large could be chance"


def test_before_and_after_from_a_program_file(db: Database) -> None:
    program = build_program(db)
    results = {r.measure: r for r in pre_post(db, program.program_id)}
    confidence = results["Confidence"]
    assert confidence.n == 10
    assert confidence.mean_before == pytest.approx(statistics.mean(CONFIDENCE_BEFORE))
    t = stats.ttest_rel(CONFIDENCE_AFTER, CONFIDENCE_BEFORE)
    assert confidence.t_p == pytest.approx(float(t.pvalue))
    assert results["Sense of belonging"].p is None  # nobody's answer changed
    assert results["Skills"].n == 0  # asked, never answered


def test_first_pre_and_last_post_answer_count_and_unpaired_people_do_not(
    db: Database, tmp_path: Path
) -> None:
    program_id = make_program(db)
    ensure_default_questions(db, program_id)
    ana = add_person(db, program_id, 1, Role.MENTEE)
    bo = add_person(db, program_id, 2, Role.MENTEE)
    cy = add_person(db, program_id, 3, Role.MENTEE)  # only answered before

    def at(month: int) -> datetime:
        return datetime(2025, month, 1, tzinfo=UTC)

    answer(db, program_id, ana, SurveyKind.PRE, {"Confidence": 1}, at(2))
    answer(db, program_id, ana, SurveyKind.PRE, {"Confidence": 3}, at(3))  # a second pre
    answer(db, program_id, ana, SurveyKind.POST, {"Confidence": 2}, at(9))
    answer(db, program_id, ana, SurveyKind.POST, {"Confidence": 5}, at(10))  # the last post
    answer(db, program_id, bo, SurveyKind.PRE, {"Confidence": 2}, at(2))
    answer(db, program_id, bo, SurveyKind.POST, {"Confidence": 4}, at(9))
    answer(db, program_id, cy, SurveyKind.PRE, {"Confidence": 2}, at(2))
    confidence = next(r for r in pre_post(db, program_id) if r.measure == "Confidence")
    assert confidence.n == 2
    assert confidence.mean_before == pytest.approx((1 + 2) / 2)
    assert confidence.mean_after == pytest.approx((5 + 4) / 2)


def test_a_custom_measure_pairs_by_its_name_and_text_questions_are_left_out(db: Database) -> None:
    program_id = make_program(db)
    add_question(db, program_id, SurveyKind.PRE, "Hours a week spent learning", AnswerType.NUMBER,
                 "Learning hours")  # fmt: skip
    add_question(db, program_id, SurveyKind.POST, "Hours a week you now spend learning",
                 AnswerType.NUMBER, "learning hours")  # fmt: skip
    add_question(db, program_id, SurveyKind.PRE, "What do you hope for?", AnswerType.TEXT)
    add_question(db, program_id, SurveyKind.POST, "What do you hope for?", AnswerType.TEXT)
    people = [add_person(db, program_id, n, Role.MENTEE) for n in range(3)]
    for person, (before, after) in zip(people, [(1, 3), (2, 2.5), (0, 4)], strict=True):
        answer(db, program_id, person, SurveyKind.PRE,
               {"Learning hours": before, "What do you hope for?": "more"},
               datetime(2025, 1, 1, tzinfo=UTC))  # fmt: skip
        answer(db, program_id, person, SurveyKind.POST, {"learning hours": after},
               datetime(2025, 6, 1, tzinfo=UTC))  # fmt: skip
    [result] = pre_post(db, program_id)
    assert result.measure == "Learning hours" and result.answer_type == AnswerType.NUMBER
    assert result.n == 3
    t = stats.ttest_rel([3, 2.5, 4], [1, 2, 0])
    assert result.t_p == pytest.approx(float(t.pvalue))
