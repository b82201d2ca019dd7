"""Agree–disagree counts, outcomes by group with small groups hidden, and the dashboard."""

from __future__ import annotations

from datetime import UTC, date, datetime

from evaluation_data import (
    SATISFACTION,
    add_meetings,
    add_pair,
    add_person,
    build_program,
    make_program,
)

from peerdesk.database import Database
from peerdesk.enums import AnswerType, PairOutcome, PairStatus, ParticipantStatus, Role, SurveyKind
from peerdesk.evaluation.dashboard import load_dashboard
from peerdesk.evaluation.groups import MIN_GROUP, Member, breakdown, group_breakdowns
from peerdesk.evaluation.likert import count, distribution, likert_distributions
from peerdesk.evaluation.stats import MeasurePairs
from peerdesk.program.next_steps import (
    STEP_AGREEMENTS,
    STEP_IMPORT,
    STEP_MATCH,
    STEP_READY,
    STEP_SCHEDULE,
)


def test_likert_counts_and_share_agreeing() -> None:
    d = distribution([5, 4, 4, 3, 2, 1, 4, 5, 2.5, 7], "Satisfaction")
    assert d.counts == (1, 1, 1, 3, 2)  # 2.5 and 7 are not answers on the scale
    assert d.n == 8 and d.agreeing == 5
    assert d.share_agreeing == 5 / 8
    # 62.5%: half up by the one rounding rule (Python's round() would say 62).
    assert d.sentence() == "63% agree or strongly agree (5 of 8 answers)."
    assert count([]) == (0, 0, 0, 0, 0)
    assert distribution([], "Hope").share_agreeing is None


def test_distributions_from_a_program_follow_the_question_order(db: Database) -> None:
    program = build_program(db)
    found = likert_distributions(db, program.program_id, [SurveyKind.CHECKIN])
    satisfaction = next(d for d in found if d.label == "Satisfaction")
    assert satisfaction.counts == tuple(SATISFACTION.count(v) for v in range(1, 6))
    assert next(d.kind for d in likert_distributions(db, program.program_id)) == SurveyKind.PRE


def member(n: int, department: str | None, gender: str | None = None) -> Member:
    return Member(n, department, "2025", gender)


def test_groups_under_five_people_are_hidden_and_thin_figures_left_blank() -> None:
    people = [member(n, "Finance") for n in range(6)]
    people += [member(10 + n, "Nursing") for n in range(4)]  # too small to show
    people += [member(20 + n, "  ") for n in range(2)]  # not recorded
    outcomes = {n: PairOutcome.COMPLETED for n in range(4)}  # four ended: too few to show
    satisfaction = {n: [4.0, 5.0] for n in range(5)}
    measure = MeasurePairs(
        "Confidence", AnswerType.LIKERT, "", {n: (2.0, 3.0 + (n % 2)) for n in range(6)}
    )
    result = breakdown(people, "department", "Department", outcomes, satisfaction, [measure])
    [finance] = result.rows
    assert finance.group == "Finance" and finance.people == 6
    assert finance.completed is None and finance.completion_rate is None
    assert finance.satisfaction == 4.5 and finance.satisfaction_n == 5
    assert finance.changes["Confidence"].n == 6
    assert finance.changes["Confidence"].mean_change == 1.5
    assert (result.hidden_groups, result.hidden_people, result.not_recorded) == (1, 4, 2)
    assert result.note() == (
        f"1 group of fewer than {MIN_GROUP} people (4 in all) not shown, to keep people "
        "anonymous; 2 with no department recorded."
    )


def test_group_names_ignore_case_and_spaces() -> None:
    people = [member(n, "finance" if n % 2 else " Finance ") for n in range(5)]
    result = breakdown(people, "department", "Department", {}, {}, [])
    assert [(r.group, r.people) for r in result.rows] == [("Finance", 5)]


def test_retention_by_group_from_a_program(db: Database) -> None:
    program = build_program(db)
    by_key = {b.key: b for b in group_breakdowns(db, program.program_id)}
    gender = {row.group: row for row in by_key["gender"].rows}
    # Men: mentees 7, 8, 9 and mentors 0, 2, 4, 6, 8 — pairs 6–8 completed, 9 ended early.
    assert (gender["Man"].completed, gender["Man"].ended_early) == (4, 1)
    assert gender["Man"].satisfaction is None  # only three men answered
    assert by_key["gender"].not_recorded == 4
    cohort = by_key["cohort"].rows[0]
    assert (cohort.completed, cohort.ended_early, cohort.people) == (6, 2, 20)


def test_dashboard_numbers(db: Database) -> None:
    program = build_program(db)
    d = load_dashboard(db, program.program_id, today=date(2025, 6, 20))
    assert d.participants == 24
    assert d.by_status[ParticipantStatus.MATCHED] == 20
    assert d.by_status[ParticipantStatus.WITHDRAWN] == 1
    assert (d.matched, d.matchable) == (20, 23)  # the one who withdrew unmatched doesn't count
    assert (d.active_pairs, d.completed_pairs, d.ended_early_pairs) == (6, 3, 1)
    assert d.meetings_held == 80
    assert d.meetings_this_month == 20  # June
    # Every held meeting is an hour, but pair 0 logged 45 minutes for each of its eight.
    assert d.mentor_minutes == 80 * 60 - 8 * 15
    assert d.satisfaction == sum(SATISFACTION) / len(SATISFACTION)
    assert [(m.month, m.count) for m in d.per_month] == [(3, 20), (4, 20), (5, 20), (6, 20)]
    assert [(f.key, f.count) for f in d.funnel] == [
        ("applied", 24), ("ready", 23), ("matched", 20), ("completed", 6)
    ]  # fmt: skip
    assert d.needs_attention is not None and d.needs_attention >= 0
    assert not d.is_new


def test_a_new_program_shows_its_next_steps_in_order(db: Database) -> None:
    program_id = make_program(db, start=date(2025, 3, 3), end=date(2025, 9, 30))
    d = load_dashboard(db, program_id, today=date(2025, 2, 10))
    assert d.is_new
    assert [(s.key, s.done) for s in d.steps] == [
        ("setup", True), (STEP_IMPORT, False), (STEP_READY, False), (STEP_MATCH, False),
        (STEP_AGREEMENTS, False), (STEP_SCHEDULE, False),
    ]  # fmt: skip
    assert d.participants == 0 and d.matched_share.percent is None and d.satisfaction is None
    assert [m.count for m in d.per_month] == [0]  # the program has not started: one month
    mentor = add_person(db, program_id, 1, Role.MENTOR)
    mentee = add_person(db, program_id, 2, Role.MENTEE)
    pair = add_pair(db, program_id, mentor, mentee, status=PairStatus.ACTIVE)
    steps = {s.key: s for s in load_dashboard(db, program_id, today=date(2025, 3, 4)).steps}
    assert steps[STEP_IMPORT].done and steps[STEP_MATCH].done
    assert not steps[STEP_AGREEMENTS].done and steps[STEP_AGREEMENTS].of == 1
    add_meetings(db, program_id, pair, [datetime(2025, 3, 31, 23, 30, tzinfo=UTC)],
                 zone="Pacific/Auckland")  # fmt: skip
    d = load_dashboard(db, program_id, today=date(2025, 4, 2))
    assert {s.key: s.done for s in d.steps}[STEP_SCHEDULE]
    # 23:30 UTC on 31 March is 1 April in Auckland: it counts for April.
    assert [(m.month, m.count) for m in d.per_month] == [(3, 0), (4, 1)]
