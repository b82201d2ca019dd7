"""Training completion in the practice checks: a required training step recorded by
attending a group session counts like one ticked by hand, and the check says how many
finished that way; un-marking the attendance takes it back out."""

from __future__ import annotations

from datetime import UTC, date, datetime

from calendar_data import add_pairs, make_program
from groups_data import add_session, ensure_kinds
from pdf_pages import page_texts
from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.enums import StepKind
from peerdesk.evaluation.checks import PracticeCheck
from peerdesk.evaluation.measures import load_evidence
from peerdesk.exports.summary_pdf import summary_pdf
from peerdesk.groups.attendance import set_marks
from peerdesk.models import Pair, ProgramStep, StepRecord

TODAY = date(2026, 3, 20)
MATCHED = date(2026, 3, 2)


def test_training_attended_at_a_session_counts_before_the_match(db: Database) -> None:
    program_id = make_program(db)
    ensure_kinds(db, program_id)
    pair_ids = add_pairs(db, program_id, 4, started=MATCHED)
    with db.transaction() as session:
        steps = {
            s.kind: s
            for s in session.scalars(
                select(ProgramStep).where(ProgramStep.program_id == program_id)
            )
        }
        screening, training = steps[StepKind.SCREENING], steps[StepKind.TRAINING]
        assert training.required and screening.required
        people: list[int] = []
        for pair_id in pair_ids:
            pair = session.get(Pair, pair_id)
            assert pair is not None
            people += [pair.mentor_id, pair.mentee_id]
        for p in people:
            session.add(StepRecord(participant_id=p, step_id=screening.id,
                                   completed_on=date(2026, 2, 1)))  # fmt: skip
        # p6 did the training by hand before the match; p7 only after it.
        session.add(StepRecord(participant_id=people[6], step_id=training.id,
                               completed_on=date(2026, 2, 20)))  # fmt: skip
        session.add(StepRecord(participant_id=people[7], step_id=training.id,
                               completed_on=date(2026, 3, 10)))  # fmt: skip
        training_id, training_name = training.id, training.name
    # The training session completes the step; 5 attend, p5 is absent, p6 and p7 unmarked.
    held = add_session(db, program_id, "training", datetime(2026, 2, 24, 18, tzinfo=UTC),
                       people, completes_step_id=training_id)  # fmt: skip
    set_marks(db, held, {**{p: "attended" for p in people[:5]}, people[5]: "absent"})

    def check() -> PracticeCheck:
        evidence = load_evidence(db, program_id, today=TODAY)
        return next(c for c in evidence.checks if c.key == "training_before_match")

    found = check()
    # 8 matched; done by their match: p0..p4 (the session, 24 Feb) and p6 (by hand): 6 of 8.
    assert (found.n, found.value, found.status) == (8, 75, "attention")
    assert found.participant_ids == (people[5], people[7])
    assert found.extra == {"by_session": 5}
    assert found.sentence == (
        "6 of 8 people matched in the period had finished the required training "
        f"({training_name}) by the day their match started, 5 of them by attending a "
        "group session; 2 had not."
    )
    # Shown where the checks are read: the summary's Program health page.
    text = " ".join(page_texts(summary_pdf(db, program_id, today=TODAY)))
    assert "by the day their match started, 5 of them by attending a group session" in text
    # Taking p0's mark away removes the step the session recorded: 5 of 8, 4 by a session.
    set_marks(db, held, {people[0]: "invited"})
    found = check()
    assert (found.value, found.extra) == (63, {"by_session": 4})
    assert found.participant_ids == tuple(sorted((people[0], people[5], people[7])))
