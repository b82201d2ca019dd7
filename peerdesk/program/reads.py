"""Reading programs with plain SQL: the first screen's data, fast.

The window shows a program before SQLAlchemy has finished importing (it takes
longer than the rest of start-up together), so the reads behind the overview
and the program list go through the quick connection
(:class:`peerdesk.storage.QuickConnection`, portable SQL on a file or a server),
not the ORM. Writes stay in
:mod:`peerdesk.program.programs`, through the ORM. The column names are the models';
a test compares these reads with the ORM's view of the same rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin, get_type_hints

from peerdesk.enums import PairStatus, ProgramTemplate, Role, StepKind
from peerdesk.errors import NotFound
from peerdesk.program.settings import (
    SCALAR_FIELDS,
    CriterionSetting,
    ProgramSettings,
    StepSetting,
)

if TYPE_CHECKING:
    from peerdesk.database import Database


@dataclass(frozen=True)
class ProgramSummary:
    id: int
    name: str
    template: ProgramTemplate | None
    start_date: date | None
    end_date: date | None
    participants: int


@dataclass(frozen=True)
class ProgramCounts:
    """How many people and pairs a program has, for its overview."""

    participants: int
    mentors: int
    mentees: int
    pairs: int
    active_pairs: int


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    options = get_args(hint) if get_origin(hint) in (Union, UnionType) else (hint,)
    base = next(a for a in options if a is not type(None))
    if base is date:
        return date.fromisoformat
    if base is bool:
        return bool
    if base is float:
        return float
    if isinstance(base, type) and issubclass(base, Enum):
        return base
    return None


_HINTS = get_type_hints(ProgramSettings)
_CONVERT = {name: _converter(_HINTS[name]) for name in SCALAR_FIELDS}


def _value(name: str, raw: Any) -> Any:
    convert = _CONVERT[name]
    return raw if raw is None or convert is None else convert(raw)


def load_settings(db: Database, program_id: int) -> ProgramSettings:
    with db.quick() as conn:
        conn.begin()  # the program and its lists as one state
        row = conn.execute(
            f"SELECT {', '.join(SCALAR_FIELDS)}, version FROM program WHERE id = ?", (program_id,)
        ).fetchone()
        if row is None:
            raise NotFound(what="That program")
        criteria = conn.execute(
            "SELECT key, enabled, weight FROM matching_criterion "
            "WHERE program_id = ? ORDER BY position, id",
            (program_id,),
        ).fetchall()
        steps = conn.execute(
            "SELECT name, kind, required, hours FROM program_step "
            "WHERE program_id = ? ORDER BY position, id",
            (program_id,),
        ).fetchall()
    settings = ProgramSettings(
        criteria=[CriterionSetting(key, bool(on), weight) for key, on, weight in criteria],
        steps=[StepSetting(n, StepKind(k), bool(r), h) for n, k, r, h in steps],
        version=(int(row[-1]),),
    )
    for name, raw in zip(SCALAR_FIELDS, row[:-1], strict=True):
        setattr(settings, name, _value(name, raw))
    return settings


def list_programs(db: Database) -> list[ProgramSummary]:
    """Every program, by name regardless of case and accents' case (then by id).

    Sorted here, not by the database: SQLite lowers only ASCII letters and a
    server sorts by its own collation, and the list must read the same on both.
    """
    with db.quick() as conn:
        rows = conn.execute(
            "SELECT p.id, p.name, p.template, p.start_date, p.end_date, "
            "(SELECT count(*) FROM participant WHERE program_id = p.id) "
            "FROM program p"
        ).fetchall()
    rows.sort(key=lambda row: (row[1].casefold(), row[0]))
    return [
        ProgramSummary(
            pid,
            name,
            _value("template", template),
            _value("start_date", start),
            _value("end_date", end),
            count,
        )
        for pid, name, template, start, end, count in rows
    ]


def taken_names(db: Database, excluding: int | None = None) -> set[str]:
    return {p.name for p in list_programs(db) if p.id != excluding}


def count_records(db: Database, program_id: int) -> ProgramCounts:
    with db.quick() as conn:
        conn.begin()
        roles = dict(
            conn.execute(
                "SELECT role, count(*) FROM participant WHERE program_id = ? GROUP BY role",
                (program_id,),
            ).fetchall()
        )
        statuses = dict(
            conn.execute(
                "SELECT status, count(*) FROM pair WHERE program_id = ? GROUP BY status",
                (program_id,),
            ).fetchall()
        )
    both = roles.get(Role.BOTH.value, 0)
    return ProgramCounts(
        participants=sum(roles.values()),
        mentors=roles.get(Role.MENTOR.value, 0) + both,
        mentees=roles.get(Role.MENTEE.value, 0) + both,
        pairs=sum(statuses.values()),
        active_pairs=statuses.get(PairStatus.ACTIVE.value, 0),
    )
