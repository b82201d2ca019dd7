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

from sqlalchemy import Table, select, update

from peerdesk import history
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus
from peerdesk.errors import NotFound, UserError
from peerdesk.models import ChangeRecord, Participant, ProgramStep, StepRecord
from peerdesk.sql_rows import insert_records
from peerdesk.sqltypes import utcnow

STEP_RECORD: Table = StepRecord.__table__  # type: ignore[assignment]
CHANGE_RECORD: Table = ChangeRecord.__table__  # type: ignore[assignment]
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
    *,
    notes: str = "",
) -> StepsRecorded:
    """Record every step in ``step_ids`` as done on ``completed_on`` for everyone selected.

    One transaction: all of it lands or none of it does. A step someone already
    had keeps its first date; whoever is now ready moves on to "ready";
    ``notes`` (if any) go with the records added, not with those kept. Written
    in a few bulk statements (2,000 people and three steps are 6,000 records and
    as many history lines), each recorded in the history as
    :func:`peerdesk.people.record_step` records one.
    """
    ids = list(dict.fromkeys(participant_ids))
    wanted = list(dict.fromkeys(step_ids))
    if not wanted:
        raise NoStepsChosen()
    with db.transaction() as session:
        step_programs = dict(
            session.execute(
                select(ProgramStep.id, ProgramStep.program_id).where(ProgramStep.id.in_(wanted))
            ).all()
        )
        if len(step_programs) != len(wanted) or len(set(step_programs.values())) != 1:
            raise NotFound(what="That step")
        program_id = next(iter(step_programs.values()))
        people = session.execute(
            select(
                Participant.id,
                Participant.program_id,
                Participant.status,
                Participant.readiness_override,
            ).where(Participant.id.in_(ids))
        ).all()
        if len(people) != len(ids):
            raise NotFound(what="That person")
        if any(row.program_id != program_id for row in people):
            raise NotFound(what="That step")
        required = set(
            session.scalars(
                select(ProgramStep.id).where(
                    ProgramStep.program_id == program_id, ProgramStep.required.is_(True)
                )
            )
        )
        records: dict[tuple[int, int], tuple[int, date | None]] = {
            (pid, sid): (rid, done)
            for rid, pid, sid, done in session.execute(
                select(
                    StepRecord.id,
                    StepRecord.participant_id,
                    StepRecord.step_id,
                    StepRecord.completed_on,
                ).where(StepRecord.participant_id.in_(ids))
            )
        }
        finished: dict[int, set[int]] = {pid: set() for pid in ids}
        for (pid, sid), (_rid, done) in records.items():
            if done is not None:
                finished[pid].add(sid)
        new_rows: list[dict[str, object]] = []
        undone: list[int] = []  # records there but not done: now done
        changes: list[dict[str, object]] = []
        ready = became_ready = kept = 0
        promoted: list[int] = []
        now, actor = utcnow(), history.actor(session)
        for row in people:
            pid = row.id
            done_before = set(finished[pid])
            for step_id in wanted:
                if step_id in done_before:
                    kept += 1
                    continue
                record = records.get((pid, step_id))
                if record is None:
                    new_rows.append({"participant_id": pid, "step_id": step_id,
                                     "completed_on": completed_on, "notes": notes})  # fmt: skip
                else:
                    undone.append(record[0])
                finished[pid].add(step_id)
                changes.append({"at": now, "program_id": program_id, "entity": "participant",
                                "entity_id": pid, "action": "step", "actor": actor,
                                "details": {"step_id": step_id, "done": True}})  # fmt: skip
            all_done = required <= finished[pid]
            if all_done and row.status in BEFORE_READY:
                promoted.append(pid)
            is_ready = bool(row.readiness_override) or all_done
            ready += is_ready
            became_ready += is_ready and not (
                bool(row.readiness_override) or required <= done_before
            )
        conn = session.connection()
        insert_records(conn, STEP_RECORD, new_rows)
        if undone:
            session.execute(
                update(StepRecord)
                .where(StepRecord.id.in_(undone))
                .values(completed_on=completed_on, **({"notes": notes} if notes else {}))
            )
        if promoted:
            session.execute(
                update(Participant)
                .where(Participant.id.in_(promoted))
                .values(status=ParticipantStatus.READY)
            )
        insert_records(conn, CHANGE_RECORD, changes)
        added = len(new_rows) + len(undone)
    return StepsRecorded(
        steps=len(wanted),
        people=len(ids),
        records_added=added,
        already_done=kept,
        ready=ready,
        became_ready=became_ready,
    )
