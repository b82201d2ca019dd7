"""Reasons in plain words, and why people are left unmatched."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from peerdesk.enums import Criterion as C
from peerdesk.enums import (
    DepartmentRule,
    MeetingFormat,
    PairStatus,
    ParticipantStatus,
    Role,
    TagKind,
)
from peerdesk.matching.pool import Criterion, HeldPair, Member, Settings, build_pool
from peerdesk.matching.reasons import Explanation, explain, join
from peerdesk.matching.suggest import suggest_for_pool
from peerdesk.program.settings import default_criteria

ALL = (
    *(Criterion(c.key, c.weight) for c in default_criteria() if c.key != C.LOCATION),
    Criterion(C.LOCATION, 2),
    Criterion("custom:shift", 2),
)


def explain_one(mentee: Member, mentor: Member, **options: Any) -> Explanation:
    s = Settings(criteria=options.pop("criteria", ALL), **options)
    pool = build_pool(s, [mentee, mentor], prefer=options.get("prefer", ()))
    return explain(pool, np.array([0]), np.array([0]))[0]


def texts(explanation: Explanation) -> dict[str, str]:
    return {r.criterion: r.text for r in explanation.reasons}


def test_joins_lists_as_people_write_them() -> None:
    assert join(["Art"]) == "Art"
    assert join(["Art", "Law"]) == "Art and Law"
    assert join(["Art", "Law", "Music"]) == "Art, Law and Music"
    assert join(["A", "B", "C", "D", "E"]) == "A, B, C and 2 more"


def test_each_criterion_in_words() -> None:
    mentee = Member(
        1,
        "Chidi",
        Role.MENTEE,
        department="Finance",
        years_experience=2,
        location="Leeds",
        meeting_format=MeetingFormat.VIDEO,
        custom_fields={"shift": "Night"},
        tags={
            TagKind.INTEREST: ("Leadership", "Budgeting", "Art"),
            TagKind.GOAL: ("Public speaking",),
            TagKind.AVAILABILITY: ("Mon evening",),
            TagKind.LANGUAGE: ("English", "Polish"),
        },
    )
    mentor = Member(
        2,
        "Ana",
        Role.MENTOR,
        department="Sales",
        years_experience=8,
        location="York",
        meeting_format=MeetingFormat.VIDEO,
        custom_fields={"shift": "night"},
        tags={
            TagKind.INTEREST: ("budgeting", "Leadership"),
            TagKind.SKILL: ("Public speaking",),
            TagKind.AVAILABILITY: ("Sat lunch",),
            TagKind.LANGUAGE: ("Polish",),
        },
    )
    words = texts(explain_one(mentee, mentor, department_rule=DepartmentRule.DIFFERENT))
    assert words == {
        C.INTERESTS: "Both interested in Leadership and Budgeting",
        C.GOALS_SKILLS: "Mentor can help with Public speaking",
        C.DEPARTMENT: "From different departments (Finance, Sales)",
        C.EXPERIENCE: "Mentor has 6 more years of experience",
        C.AVAILABILITY: "No shared availability",
        C.LANGUAGE: "Both speak Polish",
        C.MEETING_FORMAT: "Both prefer video meetings",
        C.LOCATION: "Different location (Leeds, York)",
        C.PREFERENCES: "No stated preference",
        C.FREE_TEXT: "Both mention Public speaking",
        "custom:shift": "Same Shift: Night",
    }


def test_one_more_year_and_a_more_experienced_mentee() -> None:
    only = (Criterion(C.EXPERIENCE, 4),)
    a = Member(1, "A", Role.MENTEE, years_experience=5)
    assert texts(explain_one(a, Member(2, "B", Role.MENTOR, years_experience=6), criteria=only))[
        C.EXPERIENCE
    ] == ("Mentor has 1 more year of experience")
    assert texts(explain_one(a, Member(2, "B", Role.MENTOR, years_experience=1.5), criteria=only))[
        C.EXPERIENCE
    ] == ("Mentee has 3.5 more years of experience than the mentor")


def test_top_reasons_are_the_strongest_points_and_the_biggest_gap() -> None:
    criteria = (
        Criterion(C.INTERESTS, 6),
        Criterion(C.AVAILABILITY, 7),
        Criterion(C.EXPERIENCE, 4),
        Criterion(C.LOCATION, 1),
    )
    mentee = Member(
        1,
        "A",
        Role.MENTEE,
        years_experience=1,
        location="Leeds",
        tags={TagKind.INTEREST: ("Leadership", "Budgeting"), TagKind.AVAILABILITY: ("Mon",)},
    )
    mentor = Member(
        2,
        "B",
        Role.MENTOR,
        years_experience=7,
        location="York",
        tags={TagKind.INTEREST: ("Leadership", "Budgeting"), TagKind.AVAILABILITY: ("Tue",)},
    )
    explanation = explain_one(mentee, mentor, criteria=criteria)
    assert explanation.top() == [
        "Both interested in Leadership and Budgeting",
        "Mentor has 6 more years of experience",
        "No shared availability",
    ]
    # The breakdown adds up to the score.
    assert explanation.score == pytest.approx(sum(r.points for r in explanation.reasons), abs=0.02)
    assert explanation.score == pytest.approx(100 * (6 + 4) / 18, abs=0.01)
    first = explanation.to_json()[0]
    assert first["criterion"] == C.INTERESTS and first["tone"] == "good"
    assert first["points"] == pytest.approx(100 * 6 / 18, abs=0.01)


def test_the_language_everyone_speaks_is_no_selling_point() -> None:
    criteria = (Criterion(C.LANGUAGE, 5), Criterion(C.INTERESTS, 1))
    english = {TagKind.LANGUAGE: ("English",)}
    both = {TagKind.LANGUAGE: ("English", "Spanish")}
    people = [
        Member(1, "A", Role.MENTEE, tags=english),
        Member(2, "B", Role.MENTEE, tags=both),
        Member(3, "C", Role.MENTOR, tags=english),
        Member(4, "D", Role.MENTOR, tags=both),
    ]
    pool = build_pool(Settings(criteria=criteria), people)
    plain, spanish = explain(pool, np.array([0, 1]), np.array([0, 1]))
    assert plain.top() == []
    assert spanish.top() == ["Both speak English and Spanish"]


def unmatched_of(members: list[Member], **options: Any) -> dict[str, tuple[str, str]]:
    criteria = options.pop("criteria", (Criterion(C.LANGUAGE, 5),))
    held = options.pop("held", ())
    pool = build_pool(Settings(criteria=criteria, **options), members, held=held)
    result = suggest_for_pool(pool)
    return {u.name: (u.why.value, u.text) for u in result.unmatched}


def test_unmatched_no_eligible_mentor_names_the_rule() -> None:
    members = [
        Member(1, "Mentor", Role.MENTOR, tags={TagKind.LANGUAGE: ("English",)}),
        Member(2, "Polish only", Role.MENTEE, tags={TagKind.LANGUAGE: ("Polish",)}),
    ]
    assert unmatched_of(members) == {
        "Polish only": (
            "no_eligible_partner",
            "No eligible mentor: no shared language with every mentor.",
        )
    }


def test_unmatched_when_no_mentor_is_ready() -> None:
    members = [
        Member(1, "Mentor", Role.MENTOR, status=ParticipantStatus.SCREENED),
        Member(2, "Mentee", Role.MENTEE),
    ]
    assert unmatched_of(members) == {
        "Mentee": ("no_eligible_partner", "No eligible mentor: no mentor is ready for matching.")
    }


def test_unmatched_every_eligible_mentor_full() -> None:
    members = [
        Member(1, "Mentor", Role.MENTOR, capacity=1),
        Member(2, "Has a pair", Role.MENTEE),
        Member(3, "Waiting", Role.MENTEE),
    ]
    held = [HeldPair(1, 1, 2, PairStatus.ACTIVE, False)]
    assert unmatched_of(members, held=held) == {
        "Waiting": ("eligible_full", "Every eligible mentor is full: Mentor (1 of 1).")
    }


def test_every_full_mentor_is_named_with_their_load() -> None:
    members = [
        Member(1, "Ana Rivera", Role.MENTOR, capacity=2),
        Member(2, "Bo Chen", Role.MENTOR, capacity=1),
        Member(3, "First", Role.MENTEE),
        Member(4, "Second", Role.MENTEE),
        Member(5, "Third", Role.MENTEE),
        Member(6, "Waiting", Role.MENTEE),
    ]
    held = [
        HeldPair(1, 1, 3, PairStatus.ACTIVE, False),
        HeldPair(2, 1, 4, PairStatus.ACTIVE, False),
        HeldPair(3, 2, 5, PairStatus.ACTIVE, False),
    ]
    found = unmatched_of(members, held=held)
    assert found["Waiting"] == (
        "eligible_full",
        "Every eligible mentor is full: Ana Rivera (2 of 2) and Bo Chen (1 of 1).",
    )


def test_unmatched_when_the_places_go_to_others() -> None:
    art = {TagKind.INTEREST: ("Art",)}
    members = [
        Member(1, "Mentor", Role.MENTOR, capacity=1, tags=art),
        Member(2, "Likes art", Role.MENTEE, tags=art),
        Member(3, "Waiting", Role.MENTEE),
    ]
    found = unmatched_of(members, criteria=(Criterion(C.INTERESTS, 5),))
    assert found == {
        "Waiting": (
            "eligible_full",
            "Every eligible mentor is taken by these suggestions (1 eligible mentor).",
        )
    }


def test_unmatched_not_ready() -> None:
    members = [
        Member(1, "Mentor", Role.MENTOR),
        Member(2, "Applied", Role.MENTEE, status=ParticipantStatus.APPLIED),
        Member(3, "Withdrawn", Role.MENTEE, status=ParticipantStatus.WITHDRAWN),
    ]
    found = unmatched_of(members)
    assert list(found) == ["Applied"]
    assert found["Applied"][0] == "not_ready"
    assert found["Applied"][1].startswith("Applied is not ready for matching yet (status: applied)")


def test_reciprocal_reasons_speak_of_each_other() -> None:
    a = Member(
        1,
        "A",
        Role.PEER,
        years_experience=3,
        tags={TagKind.GOAL: ("Budgeting",), TagKind.SKILL: ("Writing",)},
    )
    b = Member(
        2,
        "B",
        Role.PEER,
        years_experience=9,
        tags={TagKind.GOAL: ("Writing",), TagKind.SKILL: ("Budgeting",)},
    )
    s = Settings(
        criteria=(Criterion(C.GOALS_SKILLS, 5), Criterion(C.EXPERIENCE, 2)), reciprocal=True
    )
    result = suggest_for_pool(build_pool(s, [a, b]))
    (pair,) = result.pairs
    assert texts(pair.explanation) == {
        C.GOALS_SKILLS: "Can help each other with Budgeting and Writing",
        C.EXPERIENCE: "One has 6 more years of experience than the other",
    }
    assert pair.score == 100.0
