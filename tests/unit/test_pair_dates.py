"""Dates that make sense: a pair never ends before it started — refused in the core and on
the command line, moved to its start when a cycle closes — and a certificate, an agreement
and the summary never print an end before a start, even from an older file's dates."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from documents_data import add_pair, make_program
from sqlalchemy import update

from peerdesk import cli
from peerdesk.database import Database, create_database, open_database
from peerdesk.documents.agreements import agreements_pdf
from peerdesk.documents.certificates import certificates_pdf
from peerdesk.enums import PairOutcome, PairStatus
from peerdesk.evaluation.figures import program_figures
from peerdesk.matching.apply import end_pair
from peerdesk.models import Pair, Program
from peerdesk.pairs.closing import close_cycle
from peerdesk.pairs.dates import EndBeforeStart

STARTED = date(2025, 3, 10)


def texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def pair_row(db: Database, pair_id: int) -> tuple[object, ...]:
    with db.reading() as session:
        pair = session.get(Pair, pair_id)
        assert pair is not None
        return (pair.status, pair.ended_on, pair.outcome, pair.end_reason)


def test_ending_a_pair_before_it_started_is_refused_and_changes_nothing(db: Database) -> None:
    program = make_program(db)
    pair = add_pair(db, program, "José Núñez", "Zoë Müller", started_on=STARTED)
    before = pair_row(db, pair)
    with pytest.raises(EndBeforeStart) as refused:
        end_pair(db, pair, reason="Moved away", rematch_eligible=True, ended_on=date(2025, 3, 9))
    assert str(refused.value) == (
        "The pair of Zoë Müller and José Núñez started on 10 March 2025, so it cannot end on "
        "9 March 2025. Choose 10 March 2025 or a later day."
    )
    assert refused.value.problems.keys() == {"ended_on"}  # for a form, next to the field
    assert pair_row(db, pair) == before
    end_pair(db, pair, reason="Moved away", rematch_eligible=True, ended_on=STARTED)  # same day
    assert pair_row(db, pair)[1] == STARTED


def test_the_command_line_refuses_in_one_line(db_path: Path) -> None:
    with create_database(db_path) as db:
        program = make_program(db)
        pair = add_pair(db, program, "José Núñez", "Zoë Müller", started_on=STARTED)
        before = pair_row(db, pair)
    out, err = io.StringIO(), io.StringIO()
    args = ["end-pair", str(db_path), str(pair), "--reason", "Moved", "--date", "2025-03-01"]
    assert cli.main(args, out=out, err=err) == 2
    assert err.getvalue().strip().splitlines() == [
        "peerdesk: The pair of Zoë Müller and José Núñez started on 10 March 2025, so it "
        "cannot end on 1 March 2025. Choose 10 March 2025 or a later day."
    ]
    with open_database(db_path) as db:
        assert pair_row(db, pair) == before


def test_closing_a_cycle_ends_a_late_pair_on_its_start_not_before(db: Database) -> None:
    """A pair confirmed after the program's end date ends, with the cycle, on its own start."""
    program = make_program(db, end_date=date(2025, 9, 30))
    early = add_pair(db, program, "José Núñez", "Zoë Müller", started_on=STARTED)
    late = add_pair(db, program, "Søren Ødegård", "Ana Beltrán", started_on=date(2025, 10, 6))
    close_cycle(db, program, today=date(2025, 11, 1))
    assert pair_row(db, early)[1] == date(2025, 9, 30)
    assert pair_row(db, late)[1] == date(2025, 10, 6)
    # A date asked for is checked, not moved: the whole cycle is refused, nothing changes.
    program_b = make_program(db, "Autumn", end_date=date(2025, 9, 30))
    other = add_pair(db, program_b, "Mei Lin", "Chidi Okafor", started_on=date(2025, 10, 6))
    with pytest.raises(EndBeforeStart):
        close_cycle(db, program_b, ended_on=date(2025, 9, 30))
    assert pair_row(db, other)[0] == PairStatus.ACTIVE


def test_documents_never_print_an_end_before_a_start(db: Database) -> None:
    """Dates from an older file (ended before it started; a program ending before a pair
    began): the certificate keeps the day it was completed, the agreement ends "at the end
    of the program", the summary says the end date is before the start."""
    program = make_program(db, end_date=date(2025, 9, 30))
    done = add_pair(
        db, program, "José Núñez", "Zoë Müller", started_on=STARTED, ended_on=date(2025, 9, 26),
        status=PairStatus.ENDED, outcome=PairOutcome.COMPLETED,
    )  # fmt: skip
    add_pair(db, program, "Søren Ødegård", "Ana Beltrán", started_on=date(2025, 10, 6))
    with db.transaction() as session:  # as an older version could leave it
        session.execute(update(Pair).where(Pair.id == done).values(ended_on=date(2025, 3, 1)))
    [certificate, _mentee] = texts(certificates_pdf(db, program))
    assert "from 10 March 2025 to 1 March 2025" not in certificate
    assert "has completed Spring Mentoring as a mentor, on 1 March 2025." in certificate

    [agreement] = texts(agreements_pdf(db, program))  # the active pair's
    assert "Starts 6 October 2025" in agreement or "6 October 2025" in agreement
    assert "30 September 2025" not in agreement
    assert "The end of the program" in agreement

    with db.transaction() as session:
        session.execute(
            update(Program).where(Program.id == program).values(end_date=date(2025, 1, 31))
        )
    figures = program_figures(db, program)
    assert figures.period_words == (
        "From 3 March 2025 (the end date set, 31 January 2025, is before the start)"
    )
