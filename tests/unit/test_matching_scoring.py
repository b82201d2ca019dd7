"""Scoring: each criterion on its own, the weights, and the fast grid against the formulas."""

from __future__ import annotations

import numpy as np
import pytest
from matching_data import realistic_members

from peerdesk.enums import Criterion as C
from peerdesk.enums import DepartmentRule, MeetingFormat, Role, TagKind
from peerdesk.matching.grid import score_grid
from peerdesk.matching.pool import Criterion, Member, Settings, build_pool
from peerdesk.matching.scoring import score_pairs
from peerdesk.program.settings import default_criteria


def settings(*weights: tuple[str, int], **options: object) -> Settings:
    return Settings(criteria=tuple(Criterion(k, w) for k, w in weights), **options)  # type: ignore[arg-type]


def mentee(pid: int = 1, **fields: object) -> Member:
    return Member(participant_id=pid, name=f"Mentee {pid}", role=Role.MENTEE, **fields)  # type: ignore[arg-type]


def mentor(pid: int = 2, **fields: object) -> Member:
    return Member(participant_id=pid, name=f"Mentor {pid}", role=Role.MENTOR, **fields)  # type: ignore[arg-type]


def score(s: Settings, a: Member, b: Member, **rules: object) -> float:
    """The one pair's score, from the grid (and the same from the formulas)."""
    pool = build_pool(s, [a, b], **rules)  # type: ignore[arg-type]
    grid = score_grid(pool)
    block = score_pairs(pool, np.array([0]), np.array([0]))
    assert int(block.points[0]) == int(grid.points[0, 0]) or not grid.allowed[0, 0]
    return float(block.points[0]) / 100


def allowed(s: Settings, a: Member, b: Member, **rules: object) -> bool:
    pool = build_pool(s, [a, b], **rules)  # type: ignore[arg-type]
    grid = score_grid(pool)
    return bool(grid.allowed[0, 0])


def tags(**kinds: tuple[str, ...]) -> dict[TagKind, tuple[str, ...]]:
    return {TagKind(k): v for k, v in kinds.items()}


def test_shared_interests_score_the_share_of_the_mentees_interests() -> None:
    s = settings((C.INTERESTS, 5))
    a = mentee(tags=tags(interest=("Leadership", "Budgeting", "Art", "Music")))
    assert score(s, a, mentor(tags=tags(interest=("leadership", "Budgeting", "Law")))) == 50.0
    assert score(s, a, mentor(tags=tags(interest=("Law",)))) == 0.0
    assert score(s, a, mentor()) == 0.0


def test_goals_are_scored_against_the_mentors_skills() -> None:
    s = settings((C.GOALS_SKILLS, 8))
    a = mentee(tags=tags(goal=("Public speaking", "Budgeting"), skill=("Art",)))
    # The mentor's interests and goals do not count; their skills do.
    b = mentor(tags=tags(skill=("Budgeting",), interest=("Public speaking",), goal=("Art",)))
    assert score(s, a, b) == 50.0
    assert score(s, a, mentor(tags=tags(skill=("Budgeting", "Public speaking")))) == 100.0


@pytest.mark.parametrize(
    ("rule", "same", "different", "unknown"),
    [(DepartmentRule.SAME, 100.0, 0.0, 0.0), (DepartmentRule.DIFFERENT, 0.0, 100.0, 0.0)],
)
def test_department_same_or_different(
    rule: DepartmentRule, same: float, different: float, unknown: float
) -> None:
    s = settings((C.DEPARTMENT, 3), department_rule=rule)
    a = mentee(department="Finance")
    assert score(s, a, mentor(department="finance")) == same
    assert score(s, a, mentor(department="Sales")) == different
    assert score(s, a, mentor()) == unknown


def test_department_ignored_does_not_count() -> None:
    s = settings((C.DEPARTMENT, 3), (C.LOCATION, 1), department_rule=DepartmentRule.IGNORE)
    a = mentee(department="Finance", location="Leeds")
    # Only location counts: same department or not, the score is the location's.
    assert score(s, a, mentor(department="Finance", location="Leeds")) == 100.0
    assert score(s, a, mentor(department="Sales", location="Leeds")) == 100.0


def test_experience_gap_inside_the_range_scores_full_and_falls_off_outside() -> None:
    s = settings((C.EXPERIENCE, 4), experience_gap_min=2.0, experience_gap_max=10.0)
    a = mentee(years_experience=3.0)
    assert score(s, a, mentor(years_experience=5.0)) == 100.0  # gap 2
    assert score(s, a, mentor(years_experience=13.0)) == 100.0  # gap 10
    assert score(s, a, mentor(years_experience=4.0)) == 50.0  # gap 1 of the 2 wanted
    assert score(s, a, mentor(years_experience=18.0)) == 50.0  # 5 past the top of 10
    assert score(s, a, mentor(years_experience=2.0)) == 0.0  # mentee ahead
    assert score(s, a, mentor()) == 0.0  # not known


def test_availability_overlap() -> None:
    s = settings((C.AVAILABILITY, 7))
    a = mentee(tags=tags(availability=("Mon evening", "Thu evening")))
    assert score(s, a, mentor(tags=tags(availability=("Thu evening", "Sat lunch")))) == 50.0
    assert score(s, a, mentor(tags=tags(availability=("Sat lunch",)))) == 0.0


def test_language_share_and_unlisted_languages_count_as_shared() -> None:
    s = settings((C.LANGUAGE, 5))
    a = mentee(tags=tags(language=("Spanish", "English")))
    assert score(s, a, mentor(tags=tags(language=("English", "Spanish")))) == 100.0
    assert score(s, a, mentor(tags=tags(language=("English",)))) == 50.0
    assert score(s, a, mentor()) == 100.0


def test_meeting_format_compatible_unless_in_person_meets_video() -> None:
    s = settings((C.MEETING_FORMAT, 3))
    a = mentee(meeting_format=MeetingFormat.IN_PERSON)
    assert score(s, a, mentor(meeting_format=MeetingFormat.IN_PERSON)) == 100.0
    assert score(s, a, mentor(meeting_format=MeetingFormat.EITHER)) == 100.0
    assert score(s, a, mentor()) == 100.0
    assert score(s, a, mentor(meeting_format=MeetingFormat.VIDEO)) == 0.0


def test_location_same_place() -> None:
    s = settings((C.LOCATION, 2))
    a = mentee(location="Leeds")
    assert score(s, a, mentor(location=" leeds ")) == 100.0
    assert score(s, a, mentor(location="York")) == 0.0


def test_stated_preferences_either_way_round() -> None:
    s = settings((C.PREFERENCES, 5))
    a, b = mentee(1), mentor(2)
    assert score(s, a, b) == 0.0
    assert score(s, a, b, prefer=[(1, 2)]) == 100.0
    assert score(s, a, b, prefer=[(2, 1)]) == 100.0


def test_custom_field_same_value() -> None:
    s = settings(("custom:shift", 4))
    a = mentee(custom_fields={"shift": "Night"})
    assert score(s, a, mentor(custom_fields={"shift": "night"})) == 100.0
    assert score(s, a, mentor(custom_fields={"shift": "Day"})) == 0.0
    assert score(s, a, mentor()) == 0.0


def test_weights_make_a_weighted_mean_out_of_100() -> None:
    s = settings((C.INTERESTS, 6), (C.LOCATION, 2))
    a = mentee(location="Leeds", tags=tags(interest=("Art",)))
    assert score(s, a, mentor(location="York", tags=tags(interest=("Art",)))) == 75.0
    assert score(s, a, mentor(location="Leeds")) == 25.0


def test_must_match_weight_10_is_a_hard_rule() -> None:
    s = settings((C.AVAILABILITY, 10), (C.INTERESTS, 5))
    a = mentee(tags=tags(availability=("Mon evening",), interest=("Art",)))
    no_time = mentor(tags=tags(availability=("Sat lunch",), interest=("Art",)))
    same_time = mentor(tags=tags(availability=("Mon evening",)))
    assert not allowed(s, a, no_time)
    assert allowed(s, a, same_time)
    # Weight 9 is only a strong wish.
    assert allowed(settings((C.AVAILABILITY, 9)), a, no_time)


def test_a_shared_language_is_required_when_the_language_criterion_is_on() -> None:
    a = mentee(tags=tags(language=("Polish",)))
    b = mentor(tags=tags(language=("English",)))
    assert not allowed(settings((C.LANGUAGE, 3)), a, b)
    assert allowed(settings((C.LANGUAGE, 3)), a, mentor(tags=tags(language=("Polish",))))
    assert allowed(settings((C.LANGUAGE, 3)), a, mentor())  # not listed: assumed
    assert allowed(settings((C.INTERESTS, 3)), a, b)  # language criterion off


def test_do_not_pair_rule_either_way_round() -> None:
    s = settings((C.INTERESTS, 5))
    assert not allowed(s, mentee(1), mentor(2), do_not_pair=[(1, 2)])
    assert not allowed(s, mentee(1), mentor(2), do_not_pair=[(2, 1)])
    assert allowed(s, mentee(1), mentor(2), do_not_pair=[(1, 3)])


def test_nobody_is_paired_with_themselves_but_a_both_person_serves_two_sides() -> None:
    s = settings((C.INTERESTS, 5), default_capacity=1)
    both = Member(participant_id=1, name="Both", role=Role.BOTH)
    other = Member(participant_id=2, name="Other", role=Role.BOTH)
    pool = build_pool(s, [both, other])
    grid = score_grid(pool)
    assert list(pool.mentees.ids) == [1, 2] and list(pool.mentors.ids) == [1, 2]
    assert not grid.allowed[0, 0] and not grid.allowed[1, 1]
    assert grid.allowed[0, 1] and grid.allowed[1, 0]


def test_past_pairs_are_not_suggested_again() -> None:
    s = settings((C.INTERESTS, 5))
    assert not allowed(s, mentee(1), mentor(2), past=[(2, 1)])  # (mentor, mentee)
    assert allowed(s, mentee(1), mentor(2), past=[(3, 1)])


@pytest.mark.parametrize("reciprocal", [False, True])
@pytest.mark.parametrize("rule", [DepartmentRule.SAME, DepartmentRule.DIFFERENT])
def test_the_fast_grid_equals_the_criterion_formulas(
    reciprocal: bool, rule: DepartmentRule
) -> None:
    members, prefer, do_not_pair = realistic_members(120, 60, seed=3)
    if reciprocal:
        members = [
            Member(
                **{
                    **m.__dict__,
                    "role": Role.PEER,
                    "tags": {**m.tags, TagKind.SKILL: m.tag(TagKind.INTEREST)[:2]},
                }
            )
            for m in members
        ]
    weights = [(c.key, c.weight) for c in default_criteria()] + [(C.LOCATION, 3)]
    weights = [(k, 10 if k == C.MEETING_FORMAT else w) for k, w in weights]
    s = Settings(
        criteria=tuple(Criterion(k, w) for k, w in dict(weights).items()),
        department_rule=rule,
        reciprocal=reciprocal,
    )
    pool = build_pool(s, members, prefer=prefer, do_not_pair=do_not_pair)
    grid = score_grid(pool)
    n, m = grid.points.shape
    rows, cols = np.divmod(np.arange(n * m), m)
    block = score_pairs(pool, rows, cols)
    expected_allowed = block.allowed.reshape(n, m)
    if reciprocal:
        expected_allowed &= pool.mentees.ids[:, None] < pool.mentors.ids[None, :]
    assert np.array_equal(grid.allowed, expected_allowed)
    diff = np.abs(grid.points - block.points.reshape(n, m))[grid.allowed]
    assert diff.max() <= 1  # the same to the hundredth, but for rounding a half
    assert (diff == 0).mean() > 0.99
    assert grid.allowed.any() and (~grid.allowed).any()
