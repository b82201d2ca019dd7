"""Two coordinators import the same 500-row roster into one shared database at once:
500 people, not 1,000 — the second import is run again and updates the first one's.
"""

from __future__ import annotations

from typing import Any

from concurrency import held_at
from fixtures_rosters import make_program, numbered_roster
from sqlalchemy import func, select

from peerdesk.database import Database, open_database
from peerdesk.models import ImportBatch, Participant, Person
from peerdesk.roster.commit import ImportSummary, run_import

ROWS = 500


def new_people_ids(sql: str, parameters: Any) -> bool:
    """The import taking ids for its new people: it has read who is there, and writes next."""
    return "nextval" in sql and tuple(parameters or ())[:1] == ("person",)


def counts(db: Database, program_id: int) -> tuple[int, int, int]:
    with db.reading() as session:
        people = session.scalar(select(func.count(func.distinct(Person.email_key))))
        total = session.scalar(select(func.count()).select_from(Person))
        members = session.scalar(select(func.count()).where(Participant.program_id == program_id))
    return int(total or 0), int(people or 0), int(members or 0)


def test_two_imports_of_one_roster_at_once_give_each_person_once(pg_url: str) -> None:
    mine, theirs = open_database(pg_url), open_database(pg_url)
    try:
        program_id = make_program(mine)
        summaries: dict[str, ImportSummary] = {}

        def importing(name: str, db: Database) -> ImportSummary:
            summaries[name] = run_import(db, program_id, numbered_roster(ROWS))
            return summaries[name]

        # Mine has read that nobody is there and is about to add all 500 when theirs,
        # which reads the same, adds them first (on another thread and connection).
        with held_at(mine, new_people_ids, lambda: importing("theirs", theirs)):
            importing("mine", mine)
        assert counts(mine, program_id) == (ROWS, ROWS, ROWS)
        assert len(summaries["theirs"].added) == ROWS
        # Run again after the collision, mine found theirs' people and updated them.
        assert (len(summaries["mine"].added), len(summaries["mine"].updated)) == (0, ROWS)
        with mine.reading() as session:
            batches = session.execute(
                select(ImportBatch.added, ImportBatch.updated).order_by(ImportBatch.id)
            ).all()
        assert [tuple(b) for b in batches] == [(ROWS, 0), (0, ROWS)]
    finally:
        mine.close()
        theirs.close()
