"""Screening and training steps done by many people at once.

A coordinator who has just run an orientation session for 120 people records
it, with the application and interview before it, in one go: several steps,
one date, everyone selected, one transaction. Someone who already had a step
keeps the date it was first recorded; only the missing records are added.
Whoever's last required step this completes moves on to "ready" (when their
status was still before it), as with one step at a time
(:func:`peerdesk.people.record_step`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from peerdesk import history
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus
from peerdesk.errors import NotFound, UserError
from peerdesk.models import Participant, ProgramStep, StepRecord

BEFORE_READY = (ParticipantStatus.APPLIED, ParticipantStatus.SCREENED, ParticipantStatus.TRAINED)


class NoStepsChosen(UserError):
    template = "Tick at least one step to record."


@dataclass(frozen=True)
class StepProgress:
    """How many of the people asked about have done one step."""

    step_id: int
    name: str
    kind: str
    required: bool
    done: int
    of: int

    @property
    def done_by_all(self) -> bool:
        return self.of > 0 and self.done == self.of


@dataclass(frozen=True)
class StepsRecorded:
    """What :func:`record_steps` did, for the confirmation a coordinator reads."""

    steps: int  # steps ticked
    people: int  # people they were recorded for
    records_added: int  # step records written (the ones already there are kept)
    already_done: int  # (person, step) pairs that were already recorded and kept
    ready: int  # of the people, how many are ready for matching now
    became_ready: int  # of those, how many were not ready before


def step_progress(db: Database, participant_ids: Iterable[int]) -> list[StepProgress]:
    """The program's steps in order, each with how many of these people have done it."""
    ids = set(participant_ids)
    if not ids:
        return []
    with db.reading() as session:
        program_ids = set(
            session.scalars(select(Participant.program_id).where(Participant.id.in_(ids)))
        )
        if len(program_ids) != 1:
            raise NotFound(what="Those people")
        (program_id,) = program_ids
        steps = session.scalars(
            select(ProgramStep)
            .where(ProgramStep.program_id == program_id)
            .order_by(ProgramStep.position, ProgramStep.id)
        ).all()
        done: dict[int, int] = {}
        for (step_id,) in session.execute(
            select(StepRecord.step_id).where(
                StepRecord.participant_id.in_(ids), StepRecord.completed_on.is_not(None)
            )
        ):
            done[step_id] = done.get(step_id, 0) + 1
        return [
            StepProgress(
                step_id=step.id,
                name=step.name,
                kind=step.kind.value,
                required=step.required,
                done=done.get(step.id, 0),
                of=len(ids),
            )
            for step in steps
        ]


def record_steps(
    db: Database,
    participant_ids: Iterable[int],
    step_ids: Iterable[int],
    completed_on: date,
) -> StepsRecorded:
    """Record every step in ``step_ids`` as done on ``completed_on`` for everyone selected.

    One transaction: all of it lands or none of it does. A step someone already
    had keeps its first date; whoever is now ready moves on to "ready".
    """
    ids = list(dict.fromkeys(participant_ids))
    wanted = list(dict.fromkeys(step_ids))
    if not wanted:
        raise NoStepsChosen()
    with db.transaction() as session:
        steps = {
            step.id: step
            for step in session.scalars(select(ProgramStep).where(ProgramStep.id.in_(wanted)))
        }
        if len(steps) != len(wanted):
            raise NotFound(what="That step")
        program_ids = {step.program_id for step in steps.values()}
        participants = session.scalars(
            select(Participant)
            .where(Participant.id.in_(ids))
            .options(selectinload(Participant.step_records))
        ).all()
        if len(participants) != len(ids):
            raise NotFound(what="That person")
        if len(program_ids) != 1 or any(p.program_id not in program_ids for p in participants):
            raise NotFound(what="That step")
        (program_id,) = program_ids
        required = set(
            session.scalars(
                select(ProgramStep.id).where(
                    ProgramStep.program_id == program_id, ProgramStep.required.is_(True)
                )
            )
        )
        added = kept = ready = became_ready = 0
        for participant in participants:
            records = {r.step_id: r for r in participant.step_records}
            finished = {sid for sid, r in records.items() if r.completed_on is not None}
            was_ready = participant.readiness_override or required <= finished
            for step_id in wanted:
                record = records.get(step_id)
                if record is not None and record.completed_on is not None:
                    kept += 1
                    continue
                if record is None:
                    record = StepRecord(step_id=step_id)
                    participant.step_records.append(record)
                record.completed_on = completed_on
                finished.add(step_id)
                added += 1
                history.record(
                    session,
                    "participant",
                    participant.id,
                    "step",
                    program_id=program_id,
                    step_id=step_id,
                    done=True,
                )
            is_ready = participant.readiness_override or required <= finished
            if required <= finished and participant.status in BEFORE_READY:
                participant.status = ParticipantStatus.READY
            ready += is_ready
            became_ready += is_ready and not was_ready
    return StepsRecorded(
        steps=len(wanted),
        people=len(ids),
        records_added=added,
        already_done=kept,
        ready=ready,
        became_ready=became_ready,
    )
