"""Match measures, worked out by hand on a program with known histories (issue #19)."""

from __future__ import annotations

from datetime import date, time

import pytest
from db_rows import execute
from measures_history import (
    END,
    START,
    TODAY,
    History,
    add_next_cycle,
    build_history,
    make_program,
    meeting,
)
from sqlalchemy.orm import Session

from peerdesk.database import Database
from peerdesk.enums import PairOutcome, PairStatus, ParticipantStatus, Role
from peerdesk.evaluation import measures as m
from peerdesk.evaluation.figures import read_snapshot
from peerdesk.evaluation.km import kaplan_meier
from peerdesk.evaluation.measures import Period, load_evidence, program_measures
from peerdesk.evaluation.measures_base import NO_MATCHES, PeriodBackwards
from peerdesk.evaluation.measures_data import held_per_pair
from peerdesk.models import Pair, Participant, Person


def matched_people(session: Session, program_id: int, n: int) -> list[Participant]:
    """``n`` matched people of the program, P0, P1, …: mentors at even places, mentees at
    odd ones (so pair ``i`` can be ``people[2 * i]`` and ``people[2 * i + 1]``), flushed."""
    people = [
        Participant(program_id=program_id, role=Role.MENTOR if i % 2 == 0 else Role.MENTEE,
                    person=Person(full_name=f"P{i}"), status=ParticipantStatus.MATCHED)
        for i in range(n)
    ]  # fmt: skip
    session.add_all(people)
    session.flush()
    return people


# -- Kaplan–Meier: a small example worked by hand ------------------------------------------

# Eight matches' lengths in days; False = still running (censored).
LENGTHS = [30, 60, 90, 120, 150, 200, 347, 347]
ENDED = [True, True, False, True, False, True, False, True]


def test_kaplan_meier_by_hand() -> None:
    """At each length where matches ended, the share still running is multiplied by
    (1 - ended / at risk); a match censored at a length is still at risk there:

    30: 8 at risk, 1 ends: 7/8 = 0.875      120: 5 at risk, 1 ends: 0.75 * 4/5 = 0.6
    60: 7 at risk, 1 ends: 0.875 * 6/7 = 0.75   200: 3 at risk: 0.6 * 2/3 = 0.4
    (90 and 150: censored, the share stays)      347: 2 at risk, 1 ends: 0.4 * 1/2 = 0.2

    The median is the first length where the share falls to 0.5 or below: 200 days,
    not the naive median of the ended lengths (120) nor of all lengths (135)."""
    curve = kaplan_meier(LENGTHS, ENDED)
    steps = [(s.time, round(s.survival, 6), s.at_risk, s.ended, s.censored) for s in curve.steps]
    assert steps == [
        (30, 0.875, 8, 1, 0), (60, 0.75, 7, 1, 0), (90, 0.75, 6, 0, 1), (120, 0.6, 5, 1, 0),
        (150, 0.6, 4, 0, 1), (200, 0.4, 3, 1, 0), (347, 0.2, 2, 1, 1),
    ]  # fmt: skip
    assert curve.median == 200
    assert curve.quantile(0.25) == 60
    assert curve.quantile(0.75) == 347
    assert curve.quantile(0.9) is None  # never falls to 0.1: not reached
    assert (curve.n, curve.ended, curve.censored) == (8, 5, 3)
    assert curve.points()[:3] == [(0.0, 1.0), (30.0, 0.875), (60.0, 0.75)]
    assert [(t, round(s, 6)) for t, s in curve.censor_marks()] == [
        (90, 0.75),
        (150, 0.6),
        (347, 0.2),
    ]
    assert curve.survival_at(100) == 0.75


def test_kaplan_meier_with_more_than_half_running_has_no_median() -> None:
    curve = kaplan_meier([10, 20, 30, 40], [True, False, False, False])
    assert curve.median is None
    assert kaplan_meier([], []).median is None


# -- periods -------------------------------------------------------------------------------


def test_periods() -> None:
    q = Period.quarter(2025, 2)
    assert (q.start, q.end, q.label) == (date(2025, 4, 1), date(2025, 6, 30), "Q2 2025")
    assert Period.quarter(2024, 1).end == date(2024, 3, 31)
    assert (Period.year(2025).start, Period.year(2025).end) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
    )
    assert Period.custom(date(2025, 3, 1), date(2025, 3, 1)).days == 1
    assert (
        Period.custom(date(2025, 3, 1), date(2025, 3, 31)).words == "1 March 2025 – 31 March 2025"
    )
    with pytest.raises(PeriodBackwards, match=r"ends .* before it starts"):
        Period.custom(date(2025, 3, 2), date(2025, 3, 1))


# -- the built program ---------------------------------------------------------------------


@pytest.fixture
def history(db: Database) -> History:
    return build_history(db)


def test_every_measure_equals_the_hand_computed_value(db: Database, history: History) -> None:
    found = program_measures(db, history.program_id, today=TODAY)
    h = history
    assert found.period == Period.cycle(START, END, "Harbour Mentoring 2025")
    assert not found.empty and found.empty_text == ""
    values = {x.key: x.value for x in found.measures}
    assert values == {
        m.ACTIVE: 8,
        # Kaplan–Meier as worked out above (days / 30.4375): 200 d, 60 d, 347 d.
        m.MEDIAN_LENGTH: 6.6,
        m.LENGTH_Q1: 2.0,
        m.LENGTH_Q3: 11.4,
        # Planned end: the program's end date. Pairs 3, 5, 7 ran to it, 8 ended on it;
        # 1, 2, 4 and 6 ended before it: 4 of 8.
        m.REACHED_PLANNED: 50,
        m.EARLY_CLOSURES: 4,
        m.EARLY_SHARE: 80,  # 4 of the 5 that closed
        m.REMATCHES: 1,
        # Mentors waited 5 (x4) and 40 (x4), mentees 20..70: the 7th and 8th of 14 are 40.
        m.DAYS_TO_MATCH: 40,
        # First meetings 1, 3, 5, 7, 10, 14, 21 days after the start (pair 1 never met).
        m.DAYS_TO_MEETING: 7,
        # 50 held meetings over 1,352 match-days = 44.42 match-months.
        m.MEETINGS_PER_MONTH: 1.1,
        m.NO_RECENT_MEETING: None,  # 4 of 4: too few to show a percentage
    }
    assert found[m.ACTIVE].pair_ids == h.pair_ids(1, 2, 3, 4, 5, 6, 7, 8)
    early = found[m.EARLY_CLOSURES]
    assert early.pair_ids == h.pair_ids(1, 2, 4, 6)
    assert [(b.label, b.count, b.pair_ids) for b in early.breakdown] == [
        ("Lost contact", 2, h.pair_ids(1, 4)),
        ("Goals reached", 1, h.pair_ids(6)),
        ("No reason recorded", 1, h.pair_ids(2)),
    ]
    assert found[m.EARLY_SHARE].n == 5
    assert found[m.REACHED_PLANNED].pair_ids == h.pair_ids(3, 5, 7, 8)
    assert found[m.REMATCHES].pair_ids == h.pair_ids(4)
    assert found[m.DAYS_TO_MATCH].n == 14
    assert "1 person added after their match began left out" in found[m.DAYS_TO_MATCH].note
    assert found[m.DAYS_TO_MEETING].pair_ids == h.pair_ids(2, 3, 4, 5, 6, 7, 8)
    assert "1 match with no meeting held yet" in found[m.DAYS_TO_MEETING].note
    per_month = found[m.MEETINGS_PER_MONTH]
    assert per_month.target == 2.2  # every two weeks: 26 / 12
    assert "(50)" in per_month.how and "(44.4)" in per_month.how
    quiet = found[m.NO_RECENT_MEETING]
    assert quiet.pair_ids == h.pair_ids(3, 5, 7, 8) and quiet.n == 4
    assert quiet.note == "Too few matches to show a percentage (n = 4)."
    median = found[m.MEDIAN_LENGTH]
    assert median.how.startswith("Kaplan–Meier estimate: matches still running")
    assert "5 ended, 3 still running" in median.how
    assert (median.unit, median.n, median.text) == ("months", 8, "6.6 months")
    assert found.curve.median == pytest.approx(200 / 30.4375)
    assert found.planned.source == "dates"
    for measure in found.measures:
        assert measure.how.endswith(".") and measure.period == found.period


def test_planned_length_from_the_setting(db: Database, history: History) -> None:
    """Six months planned: a pair's planned end is its start plus six months. Pair 6
    (3 March – 19 September, 200 days) reached it; 1, 2 and 4 did not."""
    from peerdesk.evaluation.references import planned_months, set_planned_length

    set_planned_length(db, history.program_id, 6)
    assert planned_months(db, history.program_id) == 6
    found = program_measures(db, history.program_id, today=TODAY)
    assert found[m.EARLY_CLOSURES].pair_ids == history.pair_ids(1, 2, 4)
    assert found[m.EARLY_SHARE].value == 60  # 3 of 5
    # Reached: 6 (ended after 3 September), 7 and 8 (running on 6 July); 3 and 5 are
    # planned to end in 2026: not yet due.
    assert found[m.REACHED_PLANNED].pair_ids == history.pair_ids(6, 7, 8)
    assert found[m.REACHED_PLANNED].value == 50  # 3 of 6
    assert "2 still running and not yet due" in found[m.REACHED_PLANNED].note
    assert (
        "Planned end: 6 months after the match's start, as set for the program"
        in found[m.REACHED_PLANNED].how
    )


def test_without_a_planned_length_the_coordinators_ended_early_decides(db: Database) -> None:
    program_id = make_program(db, "No dates", start=None, end=None)
    with db.transaction() as s:
        people = matched_people(s, program_id, 4)
        s.add_all([
            Pair(program_id=program_id, mentor_id=people[0].id, mentee_id=people[1].id,
                 status=PairStatus.ENDED, outcome=PairOutcome.ENDED_EARLY,
                 started_on=date(2025, 1, 6), ended_on=date(2025, 3, 1), end_reason="Moved"),
            Pair(program_id=program_id, mentor_id=people[2].id, mentee_id=people[3].id,
                 status=PairStatus.ENDED, outcome=PairOutcome.COMPLETED,
                 started_on=date(2025, 1, 6), ended_on=date(2025, 3, 1)),
        ])  # fmt: skip
    found = program_measures(db, program_id, today=TODAY)
    assert found.period.start == date(2025, 1, 6)  # no start date: the first match
    assert found.planned.months is None
    assert found[m.EARLY_CLOSURES].value == 1
    assert "marked “ended early”" in found[m.EARLY_CLOSURES].how
    assert found[m.REACHED_PLANNED].value is None
    assert "no planned match length" in found[m.REACHED_PLANNED].note


# -- period boundaries ---------------------------------------------------------------------


def test_period_boundaries_local_days_and_an_empty_period(db: Database, history: History) -> None:
    a_pair_at_the_period_boundary_counts_as_defined(db, history)
    an_empty_period_says_no_matches_not_zeros(db, history)
    meetings_are_counted_on_their_local_day(db, history)  # adds meetings: last


def a_pair_at_the_period_boundary_counts_as_defined(db: Database, history: History) -> None:
    """Q2 2025 (1 April – 30 June). Active during it: started on or before 30 June and
    not ended before 1 April: pairs 4 (ended 10 June), 6, 7, 8 (running through), not 1
    or 2 (ended in February and March) nor 3 and 5 (started later). A match is counted
    to the period end as censored: pair 7 and 8 by 30 June (175 days), 6 by 119 days."""
    h = history
    q2 = Period.quarter(2025, 2)
    found = program_measures(db, h.program_id, q2, today=TODAY)
    assert found[m.ACTIVE].pair_ids == h.pair_ids(4, 6, 7, 8)
    assert found[m.EARLY_CLOSURES].pair_ids == h.pair_ids(4)  # ended within Q2
    assert found[m.EARLY_CLOSURES].n == 1
    assert found[m.REMATCHES].value == 0  # pair 4 started in February
    assert [(s.time * 30.4375, s.ended, s.censored) for s in found.curve.steps] == [
        (pytest.approx(119), 0, 1), (pytest.approx(120), 1, 0), (pytest.approx(175), 0, 2),
    ]  # fmt: skip
    assert found[m.MEDIAN_LENGTH].value is None  # 3 of 4 still running at the end of Q2
    # A period of one day: a pair that ended on it and one that started on it both count.
    first_day = Period.custom(date(2025, 2, 5), date(2025, 2, 5))
    assert program_measures(db, h.program_id, first_day, today=TODAY)[m.ACTIVE].pair_ids == (
        h.pair_ids(1, 2, 7, 8)
    )
    last_day = Period.custom(date(2025, 2, 10), date(2025, 2, 10))  # pair 4 started on it
    found = program_measures(db, h.program_id, last_day, today=TODAY)
    assert found[m.ACTIVE].pair_ids == h.pair_ids(2, 4, 7, 8)


def meetings_are_counted_on_their_local_day(db: Database, history: History) -> None:
    """23:30 on 30 June in New York is 03:30 on 1 July in UTC: it belongs to June; 00:30 on
    1 April in London (23:30 UTC on 31 March) belongs to April; 23:30 on 31 March in
    London (22:30 UTC) does not."""
    pair = history.pairs[7]
    pid = history.program_id
    with db.transaction() as s:
        s.add(meeting(pid, pair, date(2025, 7, 1), 70, at=time(3, 30), zone="America/New_York"))
        s.add(meeting(pid, pair, date(2025, 3, 31), 71, at=time(23, 30)))
        s.add(meeting(pid, pair, date(2025, 3, 31), 72, at=time(22, 30)))
    with read_snapshot(db) as conn:
        q2 = held_per_pair(conn, pid, date(2025, 4, 1), date(2025, 6, 30))
        march = held_per_pair(conn, pid, date(2025, 3, 31), date(2025, 3, 31))
        july = held_per_pair(conn, pid, date(2025, 7, 1), date(2025, 7, 1))
    # Pair 7's own meetings every 14 days from 27 January: 7 fall in Q2.
    assert q2[pair] == 7 + 2
    assert march[pair] == 1
    assert july[pair] == 0


def an_empty_period_says_no_matches_not_zeros(db: Database, history: History) -> None:
    for period in (Period.year(2024), Period.year(2030)):
        found = program_measures(db, history.program_id, period, today=TODAY)
        assert found.empty and found.empty_text == NO_MATCHES
        assert {x.value for x in found.measures} == {None}
        assert {x.note for x in found.measures} == {NO_MATCHES}
        assert {x.n for x in found.measures} == {0}
        assert found.curve.n == 0
        assert found.keys() == [key for key, _name, _unit in m.MEASURE_NAMES]
        assert found[m.EARLY_CLOSURES].text == NO_MATCHES


# -- retention -----------------------------------------------------------------------------


def test_retention_across_two_cycles(db: Database, history: History) -> None:
    first = load_evidence(db, history.program_id, today=TODAY)
    by_key = {x.key: x for x in first.retention}
    assert by_key["came_back"].note == "No later cycle in this database yet."
    assert by_key["came_back"].value is None
    assert by_key["returning"].note == "No earlier cycle in this database."
    second_id, second_people = add_next_cycle(db, history)
    first = load_evidence(db, history.program_id, today=TODAY)
    by_key = {x.key: x for x in first.retention}
    h = history
    # 15 people were matched (pair 1's and 4's mentee is one person); 3 came back.
    assert (by_key["came_back"].value, by_key["came_back"].n) == (20, 15)
    assert by_key["came_back"].participant_ids == tuple(
        sorted((h.mentors[7], h.mentees[8], h.mentees[3]))
    )
    # 1 of 8 mentors mentored again: 12.5 %, half up: 13 %.
    assert (by_key["mentored_again"].value, by_key["mentored_again"].n) == (13, 8)
    assert by_key["mentored_again"].participant_ids == (h.mentors[7],)
    # 1 of 7 mentees became a mentor: 14 %.
    assert (by_key["mentee_to_mentor"].value, by_key["mentee_to_mentor"].n) == (14, 7)
    assert by_key["mentee_to_mentor"].participant_ids == (h.mentees[8],)
    second = {x.key: x for x in load_evidence(db, second_id, today=TODAY).retention}
    assert (second["returning"].value, second["returning"].n) == (60, 5)
    assert second["returning"].participant_ids == tuple(sorted(second_people[:3]))
    assert second["came_back"].value is None


# -- the practice checks -------------------------------------------------------------------


def test_each_practice_check(db: Database, history: History) -> None:
    h = history
    checks = {c.key: c for c in load_evidence(db, h.program_id, today=TODAY).checks}
    assert [c.stage.label for c in checks.values()] == [
        "Recruitment", "Screening", "Training", "Matching and initiating", "Monitoring and support",
        "Closure", "Closure", "Closure",
    ]  # fmt: skip
    # Mentors offer two places each (the program's default): 16 for the 8 mentees who had
    # signed up by 19 December (pair 8's mentee was added later); 2 are not matched.
    places = checks["mentor_places"]
    assert (places.value, places.n, places.status, places.ids) == (100, 8, "pass", ())
    assert places.sentence == (
        "Mentors who signed up by 19 December 2025 offer 16 places for 8 mentees "
        "(2 not matched yet)."
    )
    screening = checks["screening_before_match"]
    assert (screening.value, screening.n, screening.status) == (87, 15, "attention")
    assert screening.participant_ids == tuple(sorted((h.mentors[2], h.mentees[3])))
    assert screening.sentence == (
        "13 of 15 people matched in the period had finished the required screening "
        "(Application) by the day their match started; 2 had not."
    )
    training = checks["training_before_match"]
    assert (training.value, training.status, training.ids) == (100, "pass", ())
    agreements = checks["agreements"]
    assert (agreements.value, agreements.n, agreements.pair_ids) == (75, 8, h.pair_ids(3, 5))
    assert agreements.sentence.endswith("have a signed agreement on file; 2 do not.")
    staff = checks["staff_contacts"]
    assert (staff.status, staff.value) == ("nothing to check", None)
    assert staff.sentence == "The program has no staff check-in cadence set."
    reason = checks["closure_reason"]
    assert (reason.value, reason.n, reason.pair_ids) == (80, 5, h.pair_ids(2))
    assert reason.sentence.endswith("; 1 does not.")
    closing = checks["closing_survey"]
    assert (closing.value, closing.pair_ids, closing.status) == (60, h.pair_ids(2, 4), "attention")
    surveys = checks["pre_post_surveys"]
    # Completed in the period: pairs 6 (pre and post) and 8 (pre only): 1 of 2, under 80 %.
    assert (surveys.n, surveys.pair_ids, surveys.passed) == (2, h.pair_ids(8), False)
    assert surveys.value is None and surveys.note == "Too few matches to show a percentage (n = 2)."
    assert surveys.sentence.startswith("1 of 2 matches completed in the period")
    loose = {c.key: c for c in load_evidence(db, h.program_id, today=TODAY, survey_share=50).checks}
    assert loose["pre_post_surveys"].passed is True
    # One place for each mentor, none for two of them: 6 places for 8 mentees.
    execute(db, "UPDATE participant SET capacity = 1 WHERE role = 'mentor'")
    execute(
        db, "UPDATE participant SET capacity = 0 WHERE id IN (?, ?)", h.mentors[1], h.mentors[2]
    )
    places = {c.key: c for c in load_evidence(db, h.program_id, today=TODAY).checks}[
        "mentor_places"
    ]
    assert (places.value, places.status, places.ids) == (75, "attention", tuple(h.unmatched))
    assert places.sentence.endswith(
        "offer 6 places for 8 mentees; 2 have no place (2 not matched yet)."
    )


def test_staff_contacts_on_the_cadence(db: Database) -> None:
    """Monthly check-ins, period February–April 2025, read on 30 April. Due dates for a
    pair that began on 6 January: 6 Feb, 6 Mar, 6 Apr (each judged after a week's grace).
    Pair A: a check-in in each window — on time. Pair B: none since 10 February — overdue.
    Pair C began on 1 April: its first check-in is due 1 May — nothing to judge yet."""
    from peerdesk.enums import CheckinCadence, MeetingKind

    program_id = make_program(db, "Check-ins", checkins=CheckinCadence.MONTHLY)
    with db.transaction() as s:
        people = matched_people(s, program_id, 6)
        pairs = [
            Pair(program_id=program_id, mentor_id=people[2 * i].id,
                 mentee_id=people[2 * i + 1].id, status=PairStatus.ACTIVE, started_on=began,
                 agreement_signed_on=began)
            for i, began in enumerate((date(2025, 1, 6), date(2025, 1, 6), date(2025, 4, 1)))
        ]  # fmt: skip
        s.add_all(pairs)
        s.flush()
        for n, (pair, who, day) in enumerate((
            (pairs[0], people[0], date(2025, 2, 3)),  # about the mentor, by participant
            (pairs[0], people[1], date(2025, 3, 10)),  # within the week's grace
            (pairs[0], None, date(2025, 4, 2)),  # about the pair
            (pairs[1], people[3], date(2025, 2, 10)),
        )):  # fmt: skip
            s.add(meeting(program_id, pair.id, day, n, kind=MeetingKind.STAFF_CHECKIN,
                          participant_id=None if who is None else who.id))  # fmt: skip
    period = Period.custom(date(2025, 2, 1), date(2025, 4, 30))
    checks = {
        c.key: c for c in load_evidence(db, program_id, period, today=date(2025, 4, 30)).checks
    }
    staff = checks["staff_contacts"]
    assert (staff.n, staff.pair_ids, staff.status) == (2, (pairs[1].id,), "attention")
    assert staff.sentence == (
        "1 of 2 matches had every staff check-in due on the monthly cadence; 1 is overdue."
    )


def test_in_a_reciprocal_program_either_person_makes_a_rematch(file_db: Database) -> None:
    """Peers mentor each other: a match is a rematch when either person's earlier match had
    ended, and everyone counts as a mentor for retention (no mentee became a mentor)."""
    from dataclasses import replace

    from peerdesk.program import programs

    settings = replace(
        programs.quick_settings("Peers"), reciprocal=True, start_date=START, end_date=END
    )
    program_id = programs.create_program(file_db, settings)
    with file_db.transaction() as s:
        peers = [
            Participant(program_id=program_id, role=Role.PEER, status=ParticipantStatus.MATCHED,
                        person=Person(full_name=f"Peer {i}"))
            for i in range(4)
        ]  # fmt: skip
        s.add_all(peers)
        s.flush()
        first = Pair(program_id=program_id, mentor_id=peers[0].id, mentee_id=peers[1].id,
                     status=PairStatus.ENDED, outcome=PairOutcome.ENDED_EARLY,
                     started_on=date(2025, 2, 3), ended_on=date(2025, 3, 3))  # fmt: skip
        # Peer 0 (the first pair's "mentor" side) is matched again, now on the other side.
        again = Pair(program_id=program_id, mentor_id=peers[2].id, mentee_id=peers[0].id,
                     status=PairStatus.ACTIVE, started_on=date(2025, 3, 10))  # fmt: skip
        other = Pair(program_id=program_id, mentor_id=peers[3].id, mentee_id=peers[1].id,
                     status=PairStatus.ACTIVE, started_on=date(2025, 3, 2))  # fmt: skip
        s.add_all([first, again, other])
    evidence = load_evidence(file_db, program_id, today=TODAY)
    # Peer 1's second match began on 2 March, before the first ended on the 3rd: no rematch.
    assert evidence.measures[m.REMATCHES].pair_ids == (again.id,)
    retention = {x.key: x for x in evidence.retention}
    assert retention["mentored_again"].n == 4
    assert (retention["mentee_to_mentor"].n, retention["mentee_to_mentor"].value) == (0, None)
    checks = {c.key: c for c in evidence.checks}
    assert checks["mentor_places"].status == "nothing to check"
