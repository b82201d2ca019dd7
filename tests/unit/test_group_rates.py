"""Attendance rates per session kind and per person: only marked invitations to sessions
that have happened count; every expected figure is worked out by hand below."""

from __future__ import annotations

from datetime import date

from calendar_data import make_program
from groups_data import NOW, build_sessions

from peerdesk.database import Database
from peerdesk.groups.rates import Tally, attendance_rates


def test_rates_per_kind_count_only_marked_invitations_to_sessions_held(db: Database) -> None:
    program_id, _m, _e = build_sessions(db)
    rates = attendance_rates(db, program_id, now=NOW)
    by_key = {k.key: k for k in rates.kinds}
    # The cancelled social and the workshop still to come are not counted at all.
    assert list(by_key) == ["training", "workshop"]
    training, workshop = by_key["training"], by_key["workshop"]
    # Training: T1 5 attended + 1 absent; T2's 6 invitations unmarked, left out.
    assert (training.sessions, training.marked_sessions) == (2, 1)
    assert training.tally == Tally(attended=5, excused=0, absent=1, unmarked=6)
    assert (training.rate.part, training.rate.n, training.rate.percent) == (5, 6, 83)
    assert training.name == "Training"
    # Workshop W1: 6 attended, 2 excused, 1 absent, 3 not marked (m3, m4, e5): 6 of 9.
    assert (workshop.sessions, workshop.marked_sessions) == (1, 1)
    assert workshop.tally == Tally(attended=6, excused=2, absent=1, unmarked=3)
    assert workshop.rate.percent == 67
    # Overall: 11 of 15 marked, 9 unmarked; 3 sessions held, one of them with no marks.
    assert rates.overall == Tally(11, 2, 2, 9)
    assert rates.rate.percent == 73
    assert (rates.sessions, rates.marked_sessions, rates.unmarked_sessions) == (3, 2, 1)


def test_rates_per_person(db: Database) -> None:
    program_id, m, e = build_sessions(db)
    rates = attendance_rates(db, program_id, now=NOW)
    by_id = {p.participant_id: p for p in rates.people}
    assert len(by_id) == 12  # everyone was invited to a session held
    # m0: T1 and W1 attended, T2 unmarked: 2 of 2.
    assert by_id[m[0]].tally == Tally(2, 0, 0, 1)
    assert by_id[m[0]].last_attended == date(2026, 3, 5)
    assert by_id[m[0]].by_kind["training"] == Tally(1, 0, 0, 1)
    assert by_id[m[0]].role == "mentor"
    # m3: T1 attended; T2 and W1 unmarked: 1 of 1 — never "missed".
    assert by_id[m[3]].tally == Tally(1, 0, 0, 2)
    # m5: absent twice, T2 unmarked.
    assert by_id[m[5]].tally == Tally(0, 0, 2, 1)
    assert by_id[m[5]].last_attended is None
    # e3: excused at W1 (the excuse for W2, still to come, does not count).
    assert by_id[e[3]].tally == Tally(0, 1, 0, 0)
    # e5: invited to W1, never marked: nothing to rate.
    assert by_id[e[5]].tally == Tally(0, 0, 0, 1)
    assert by_id[e[5]].rate.n == 0 and by_id[e[5]].rate.percent is None
    names = [p.name for p in rates.people]
    assert names == sorted(names, key=str.casefold)


def test_rates_between_two_days(db: Database) -> None:
    program_id, _m, _e = build_sessions(db)
    rates = attendance_rates(db, program_id, now=NOW, since=date(2026, 3, 1))
    assert [k.key for k in rates.kinds] == ["workshop"]
    assert rates.overall == Tally(6, 2, 1, 3)
    before = attendance_rates(db, program_id, now=NOW, until=date(2026, 2, 28))
    assert before.overall == Tally(5, 0, 1, 6)


def test_no_sessions_no_rates(db: Database) -> None:
    program_id = make_program(db)
    rates = attendance_rates(db, program_id, now=NOW)
    assert (rates.kinds, rates.people, rates.sessions) == ((), (), 0)
    assert rates.rate.n == 0 and rates.rate.percent is None
