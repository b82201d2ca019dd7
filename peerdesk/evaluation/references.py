"""Reference figures: what the program compares its early closures and match length with.

The coordinator enters a figure (from their last year, their funder or published
research) with its source, or picks a preset; every report shows it beside the
program's own figure, and the source in its small print. Presets, in order:

1. last cycle's own figures, when the database holds an earlier program (the
   program that started last before this one) with a value for the measure;
2. published and common figures, each with its source:
   - 38 % of matches closed early, across 170 programs and 6,468 matches
     (Kupersmidt, Stump, Stelter & Rhodes, 2017);
   - the common standard that a match should last at least one school or calendar
     year: 12 months.

Stored one per program and measure in ``measure_reference`` (migration 0012); the
planned match length the early closures are judged by is ``program.planned_match_months``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from peerdesk import history
from peerdesk.database import Database
from peerdesk.errors import NotFound, ValidationError
from peerdesk.evaluation.figures import read_snapshot
from peerdesk.evaluation.measures_base import MONTHS, PERCENT, Reference, references_from
from peerdesk.models import MeasureReference, Program
from peerdesk.storage import QuickConnection

EARLY_SHARE = "early_closure_share"  # = measures.EARLY_SHARE
MEDIAN_LENGTH = "median_length"  # = measures.MEDIAN_LENGTH

#: The measures a reference can be entered for: (name, unit, largest value).
REFERENCE_MEASURES: dict[str, tuple[str, str, float]] = {
    EARLY_SHARE: ("Early closures", PERCENT, 100.0),
    MEDIAN_LENGTH: ("Median match length", MONTHS, 120.0),
}
SOURCE_MAX = 500
PLANNED_MAX = 120

KUPERSMIDT_2017 = (
    "Kupersmidt, J. B., Stump, K. N., Stelter, R. L., & Rhodes, J. E. (2017). Predictors of "
    "premature match closure in youth mentoring relationships. American Journal of Community "
    "Psychology, 59(1–2), 25–35: 38 % of 6,468 matches in 170 programs closed early."
)
ONE_YEAR = (
    "The common standard that a mentoring match should last at least one school or "
    "calendar year (12 months)."
)
LAST_CYCLE = "last_cycle"


@dataclass(frozen=True)
class Preset:
    """A figure the coordinator can pick as a reference, with its source."""

    key: str
    measure: str
    value: float
    label: str
    source: str

    @property
    def unit(self) -> str:
        return REFERENCE_MEASURES[self.measure][1]


PUBLISHED: tuple[Preset, ...] = (
    Preset(
        "kupersmidt_2017", EARLY_SHARE, 38.0,
        "38 % closed early (170 programs, 6,468 matches; Kupersmidt et al., 2017)",
        KUPERSMIDT_2017,
    ),
    Preset(
        "one_year", MEDIAN_LENGTH, 12.0,
        "12 months: at least one school or calendar year", ONE_YEAR,
    ),
)  # fmt: skip


def get_references(db: Database, program_id: int) -> dict[str, Reference]:
    """The program's reference figures, by measure key."""
    with db.quick() as conn:
        return references_from(conn, program_id)


def _checked(measure: str, value: float, source: str) -> tuple[float, str]:
    if measure not in REFERENCE_MEASURES:
        raise ValidationError({"measure": f"“{measure}” is not a measure with a reference."})
    name, unit, largest = REFERENCE_MEASURES[measure]
    source = " ".join(source.split())
    problems: dict[str, str] = {}
    if not isinstance(value, int | float) or math.isnan(value) or not 0 <= value <= largest:
        shown = "%" if unit == PERCENT else f" {unit}"
        problems["value"] = f"{name}: give a figure from 0 to {largest:g}{shown}."
    if not source:
        problems["source"] = "Say where the figure comes from (a report, a funder, last year)."
    elif len(source) > SOURCE_MAX:
        problems["source"] = f"Keep the source under {SOURCE_MAX} characters."
    if problems:
        raise ValidationError(problems)
    return float(value), source


def set_reference(
    db: Database,
    program_id: int,
    measure: str,
    value: float,
    source: str,
    preset: str | None = None,
) -> Reference:
    """Set (or replace) the program's reference figure for ``measure``; one transaction."""
    value, source = _checked(measure, value, source)
    with db.transaction() as session:
        if session.get(Program, program_id) is None:
            raise NotFound(what="That program")
        row = session.scalars(
            select(MeasureReference).where(
                MeasureReference.program_id == program_id, MeasureReference.measure == measure
            )
        ).one_or_none()
        if row is None:
            row = MeasureReference(program_id=program_id, measure=measure)
            session.add(row)
        row.value, row.source, row.preset = value, source, preset
        session.flush()
        history.record(
            session, "measure_reference", row.id, "set", program_id=program_id,
            measure=measure, preset=preset,
        )  # fmt: skip
    return Reference(measure, value, source, preset)


def clear_reference(db: Database, program_id: int, measure: str) -> bool:
    """Remove the program's reference for ``measure``; False when there was none."""
    with db.transaction() as session:
        row = session.scalars(
            select(MeasureReference).where(
                MeasureReference.program_id == program_id, MeasureReference.measure == measure
            )
        ).one_or_none()
        if row is None:
            return False
        history.record(
            session, "measure_reference", row.id, "clear", program_id=program_id, measure=measure
        )
        session.delete(row)
    return True


def _earlier_program(conn: QuickConnection, program_id: int) -> int | None:
    """The program that started last before this one (by start date, else creation)."""
    from peerdesk.evaluation.retention import program_order

    order = program_order(conn)
    mine = order.get(program_id)
    if mine is None:
        raise NotFound(what="That program")
    earlier = [(key, pid) for pid, key in order.items() if key < mine]
    return max(earlier)[1] if earlier else None


def presets(db: Database, program_id: int, *, today: date | None = None) -> list[Preset]:
    """The presets to offer: last cycle's own figures first (when there is a last cycle
    with a value), then the published ones."""
    from peerdesk.evaluation.measures import cycle_period, measures_from
    from peerdesk.evaluation.measures_data import read_rows

    today = today or date.today()
    found: list[Preset] = []
    with read_snapshot(db) as conn:
        earlier = _earlier_program(conn, program_id)
        if earlier is not None:
            rows = read_rows(conn, earlier)
            period = cycle_period(rows.program, rows.pairs, today)
            measures = measures_from(conn, rows, period, today)
            for key in (EARLY_SHARE, MEDIAN_LENGTH):
                if measures.empty:
                    break
                measure = measures[key]
                if measure.value is None:
                    continue
                found.append(
                    Preset(
                        f"{LAST_CYCLE}:{key}", key, measure.value,
                        f"Last cycle: {measure.text} ({rows.program.name})",
                        f"Our own figure for {rows.program.name}, {period.words} "
                        f"(n = {measure.n}).",
                    )
                )  # fmt: skip
    return found + list(PUBLISHED)


def use_preset(db: Database, program_id: int, preset: Preset) -> Reference:
    """Set the preset's figure as the program's reference for its measure."""
    return set_reference(db, program_id, preset.measure, preset.value, preset.source, preset.key)


def set_planned_length(db: Database, program_id: int, months: int | None) -> None:
    """How long a match is meant to last, in whole months (None: until the program's end
    date). Early closures and "reached the planned length" are judged by it."""
    if months is not None and (
        not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= PLANNED_MAX
    ):
        raise ValidationError(
            {"planned_match_months": f"Give a planned length of 1 to {PLANNED_MAX} months."}
        )
    with db.transaction() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFound(what="That program")
        program.planned_match_months = months
        history.record(
            session, "program", program_id, "update", program_id=program_id,
            fields=["planned_match_months"],
        )  # fmt: skip


def planned_months(db: Database, program_id: int) -> int | None:
    with db.quick() as conn:
        row = conn.execute(
            "SELECT planned_match_months FROM program WHERE id = ?", (program_id,)
        ).fetchone()
    if row is None:
        raise NotFound(what="That program")
    return None if row[0] is None else int(row[0])
