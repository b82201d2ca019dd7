"""A year of weekly sessions for a program of 300 pairs, everyone invited (52 sessions,
31,200 invitations): scheduling them, listing them, writing the program's .ics, changing
who is invited to all of them and undoing it.

Scheduling, listing and the .ics aim at under a second; changing and undoing 31,200
invitations at a couple of seconds (the window runs them off its UI thread).

Run on demand: ``.venv/bin/python -m pytest -m benchmark -s tests/benchmarks``.
"""

from __future__ import annotations

import time
from datetime import date
from datetime import time as clock
from pathlib import Path

import pytest
from calendar_data import add_pairs, make_program

from peerdesk.calendar.ics import calendar_bytes
from peerdesk.database import create_database
from peerdesk.groups import sessions as gs

pytestmark = pytest.mark.benchmark

PAIRS = 300
LIMIT = 3.0  # seconds: fail only well past the aim, the machine is shared
CHANGE_LIMIT = 6.0


def timed(label: str, action: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()  # type: ignore[operator]
    took = time.perf_counter() - start
    print(f"{label}: {took:.2f} s")
    return took, result


def test_a_year_of_weekly_sessions_for_everyone(tmp_path: Path) -> None:
    with create_database(tmp_path / "speed.peerdesk") as db:
        program_id = make_program(db)
        add_pairs(db, program_id, PAIRS)
        plan = gs.SessionPlan(
            kind="workshop",
            title="Weekly drop-in",
            day=date(2026, 1, 6),
            local_time=clock(18, 0),
            timezone="Europe/London",
            invite="everyone",
            repeat=gs.Repeat("1w", date(2026, 12, 29)),
        )
        took, made = timed(
            "schedule 52 sessions, 31,200 invitations",
            lambda: gs.create_sessions(db, program_id, plan),
        )
        assert isinstance(made, gs.SessionChanges) and len(made.created) == 52
        assert len(made.attendance_after) == 52 * 2 * PAIRS
        assert took < LIMIT
        took, rows = timed("list them with their counts", lambda: gs.list_sessions(db, program_id))
        assert isinstance(rows, list) and {r.invited for r in rows} == {2 * PAIRS}
        assert took < LIMIT
        took, ics = timed("the program's .ics", lambda: calendar_bytes(db, program_id))
        assert isinstance(ics, tuple) and ics[1] == 52
        assert took < LIMIT
        took, changed = timed(
            "invite only the mentors to all 52",
            lambda: gs.edit_session(
                db, made.created[0], gs.SessionEdit(invite="mentors"), scope=gs.Scope.FOLLOWING
            ),
        )
        assert isinstance(changed, gs.SessionChanges)
        assert took < CHANGE_LIMIT
        took, _ = timed("undo that", lambda: gs.undo(db, changed))
        assert took < CHANGE_LIMIT
        assert {r.invited for r in gs.list_sessions(db, program_id)} == {2 * PAIRS}
