"""Who stays: people who came back for another cycle, mentors who mentored again, and
mentees who later became mentors — the peer-mentoring ladder.

A *person* is one human across programs (``Person``); a *cycle* is a program in
the same database. A later cycle is a program that starts after this one (by its
start date, else the day it was made; the same day: the one made later). Those
counted are the people matched in this program (in a started pair, whatever the
period): retention is a property of the whole cycle. *Returning* looks the other
way: this program's participants who were in an earlier cycle.
"""

from __future__ import annotations

from datetime import date

from peerdesk.enums import Role
from peerdesk.evaluation.measures_base import PEOPLE, PERCENT, Measure, Period, share
from peerdesk.evaluation.measures_data import ProgramRows, day
from peerdesk.storage import QuickConnection

CAME_BACK = "came_back"
MENTORED_AGAIN = "mentored_again"
MENTEE_TO_MENTOR = "mentee_to_mentor"
RETURNING = "returning"

MENTORING = frozenset({Role.MENTOR.value, Role.BOTH.value, Role.PEER.value})
NO_LATER = "No later cycle in this database yet."
NO_EARLIER = "No earlier cycle in this database."


def program_order(conn: QuickConnection) -> dict[int, tuple[date, int]]:
    """Each program's place among the cycles: its start date (else the day it was made),
    then its id."""
    return {
        int(pid): ((day(start) or day(created) or date.min), int(pid))
        for pid, start, created in conn.execute(
            "SELECT id, start_date, created_at FROM program"
        ).fetchall()
    }


def retention_from(conn: QuickConnection, rows: ProgramRows, period: Period) -> tuple[Measure, ...]:
    program_id = rows.program.id
    order = program_order(conn)
    mine = order[program_id]
    later_programs = {pid for pid, key in order.items() if key > mine}
    # Other cycles of this program's people: person -> [(program, role)].
    later: dict[int, set[str]] = {}
    earlier: set[int] = set()
    for person_id, other_program, role in conn.execute(
        "SELECT o.person_id, o.program_id, o.role FROM participant o "
        "JOIN participant t ON t.person_id = o.person_id "
        "WHERE t.program_id = ? AND o.program_id <> ?",
        (program_id, program_id),
    ).fetchall():
        if int(other_program) in later_programs:
            later.setdefault(int(person_id), set()).add(str(role))
        else:
            earlier.add(int(person_id))
    person_of = {pid: p.person_id for pid, p in rows.participants.items()}
    matched = {person for pair in rows.pairs for person in pair.people}
    mentors = {pair.mentor_id for pair in rows.pairs}
    mentees = {pair.mentee_id for pair in rows.pairs}
    if rows.program.reciprocal:
        mentors |= mentees
        mentees = set()

    def measure(
        key: str, name: str, among: set[int], counted: set[int], how: str, missing: str
    ) -> Measure:
        ids = tuple(sorted(counted))
        if missing:
            return Measure(key, name, None, PERCENT, len(among), period, how, note=missing)
        value, note = share(len(counted), len(among), PEOPLE)
        return Measure(
            key, name, value, PERCENT, len(among), period, how, participant_ids=ids, note=note
        )

    came_back = {p for p in matched if person_of.get(p) in later}
    again = {p for p in mentors if MENTORING & later.get(person_of.get(p, -1), set())}
    ladder = {
        p for p in mentees if {Role.MENTOR.value, Role.BOTH.value} & later.get(person_of[p], set())
    }
    no_later = "" if later_programs else NO_LATER
    no_earlier = "" if any(key < mine for key in order.values()) else NO_EARLIER
    returning = {p for p, person in person_of.items() if person in earlier}
    return (
        measure(
            CAME_BACK, "Came back for another cycle", matched, came_back,
            "People matched in this program who take part in a later program in this "
            "database.", no_later,
        ),
        measure(
            MENTORED_AGAIN, "Mentors who mentored again", mentors, again,
            "Mentors of this program who are mentors in a later program in this database.",
            no_later,
        ),
        measure(
            MENTEE_TO_MENTOR, "Mentees who became mentors", mentees, ladder,
            "Mentees of this program who are mentors in a later program in this database "
            "(the peer-mentoring ladder).", no_later,
        ),
        measure(
            RETURNING, "Returning from an earlier cycle", set(person_of), returning,
            "This program's participants who took part in an earlier program in this "
            "database.", no_earlier,
        ),
    )  # fmt: skip
