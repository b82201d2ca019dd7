"""What the dashboard needs around the measures of :mod:`peerdesk.evaluation.measures`:
the pairs and people behind a number ("4 early closures" → those four pairs), and the
comparison figures saved together.

The measures carry only ids; the list a coordinator opens from a card needs names, dates
and the reason a pair ended, read here in one query per kind. Saving the comparison
figures (early closures and match length, each a value and its source, or none) is one
user action, so it is one transaction: either both land or neither does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import delete, select

from peerdesk import history
from peerdesk.database import Database
from peerdesk.errors import NotFound, ValidationError
from peerdesk.evaluation.measures_base import Reference
from peerdesk.evaluation.measures_data import day
from peerdesk.evaluation.references import REFERENCE_MEASURES, _checked
from peerdesk.models import MeasureReference, Program
from peerdesk.pairs.closing import split_reason

T = TypeVar("T")


@dataclass(frozen=True)
class PairBehind:
    id: int
    mentor: str
    mentee: str
    started: date | None
    ended: date | None
    reason: str  # the reason recorded when it ended ("" while running or none recorded)


@dataclass(frozen=True)
class PersonBehind:
    id: int  # the participant
    name: str
    role: str
    status: str


def _in_order(
    db: Database,
    program_id: int,
    ids: Iterable[int],
    query: str,
    make: Callable[[tuple[Any, ...]], T],
) -> list[T]:
    """``make`` of each row ``query`` reads for these ids of the program, in the order of
    ``ids`` (ids not in the program are left out). ``query`` takes the program's id and
    then the ids, at ``{marks}``; each row starts with its id."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    with db.quick() as conn:
        rows = conn.execute(query.format(marks=marks), (program_id, *wanted)).fetchall()
    found = {int(row[0]): make(tuple(row)) for row in rows}
    return [found[i] for i in wanted if i in found]


def _pair_behind(row: tuple[Any, ...]) -> PairBehind:
    pid, mentor, mentee, started, ended, reason = row
    reason_text = split_reason(reason)[0] if reason else ""
    return PairBehind(int(pid), str(mentor), str(mentee), day(started), day(ended), reason_text)


def pairs_behind(db: Database, program_id: int, pair_ids: Iterable[int]) -> list[PairBehind]:
    """These pairs of the program, in the order of ``pair_ids`` (ids not in it are left out)."""
    return _in_order(
        db,
        program_id,
        pair_ids,
        "SELECT p.id, mp.full_name, ep.full_name, p.started_on, p.ended_on, p.end_reason "
        "FROM pair p "
        "JOIN participant m ON m.id = p.mentor_id JOIN person mp ON mp.id = m.person_id "
        "JOIN participant e ON e.id = p.mentee_id JOIN person ep ON ep.id = e.person_id "
        "WHERE p.program_id = ? AND p.id IN ({marks})",
        _pair_behind,
    )


def people_behind(
    db: Database, program_id: int, participant_ids: Iterable[int]
) -> list[PersonBehind]:
    """These participants of the program, in the order asked."""
    return _in_order(
        db,
        program_id,
        participant_ids,
        "SELECT t.id, p.full_name, t.role, t.status FROM participant t "
        "JOIN person p ON p.id = t.person_id "
        "WHERE t.program_id = ? AND t.id IN ({marks})",
        lambda row: PersonBehind(int(row[0]), str(row[1]), str(row[2]), str(row[3])),
    )


@dataclass(frozen=True)
class Figure:
    """A comparison figure as the coordinator entered it (``preset``: the preset's key)."""

    value: float
    source: str
    preset: str | None = None


def check_comparison(figures: Mapping[str, Figure | None]) -> dict[str, str]:
    """Problems by ``"<measure>:value"`` / ``"<measure>:source"``, in plain words."""
    problems: dict[str, str] = {}
    for measure, figure in figures.items():
        if figure is None:
            continue
        try:
            _checked(measure, figure.value, figure.source)
        except ValidationError as error:
            problems.update({f"{measure}:{key}": text for key, text in error.problems.items()})
    return problems


def save_comparison(
    db: Database, program_id: int, figures: Mapping[str, Figure | None]
) -> dict[str, Reference]:
    """Set (or, for None, remove) the program's comparison figures in one transaction.

    Measures not named in ``figures`` are left as they are. Nothing is written when any
    figure is invalid (a :class:`ValidationError` keyed like :func:`check_comparison`).
    """
    problems = check_comparison(figures)
    if problems:
        raise ValidationError(problems)
    for measure in figures:
        if measure not in REFERENCE_MEASURES:
            raise ValidationError({measure: f"“{measure}” is not a measure with a reference."})
    saved: dict[str, Reference] = {}
    with db.transaction() as session:
        if session.get(Program, program_id) is None:
            raise NotFound(what="That program")
        existing = {
            row.measure: row
            for row in session.scalars(
                select(MeasureReference).where(MeasureReference.program_id == program_id)
            )
        }
        for measure, figure in figures.items():
            row = existing.get(measure)
            if figure is None:
                if row is not None:
                    history.record(
                        session, "measure_reference", row.id, "clear", program_id=program_id,
                        measure=measure,
                    )  # fmt: skip
                    session.execute(delete(MeasureReference).where(MeasureReference.id == row.id))
                continue
            value, source = _checked(measure, figure.value, figure.source)
            if row is None:
                row = MeasureReference(program_id=program_id, measure=measure)
                session.add(row)
            row.value, row.source, row.preset = value, source, figure.preset
            session.flush()
            history.record(
                session, "measure_reference", row.id, "set", program_id=program_id,
                measure=measure, preset=figure.preset,
            )  # fmt: skip
            saved[measure] = Reference(measure, value, source, figure.preset)
    return saved
