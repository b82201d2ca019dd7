"""Shared helpers for the roster tests: a program to import into, the file's full
contents for before/after comparisons, and checking imported people."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from fixtures_rosters import Expected

from peerdesk import people, programs
from peerdesk.database import Database


def make_program(db: Database, name: str = "Spring 2026", *, reciprocal: bool = False) -> int:
    settings = programs.quick_settings(name)
    settings.reciprocal = reciprocal
    return programs.create_program(db, settings)


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, exactly as stored."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        conn.close()


def imported(db: Database, program_id: int) -> dict[str, people.PersonData]:
    """The program's people by name."""
    result = {}
    for row in people.list_participants(db, program_id):
        assert row.full_name not in result, f"{row.full_name} imported twice"
        result[row.full_name] = people.get_person(db, row.participant_id)
    return result


def check_people(db: Database, program_id: int, expected: list[Expected]) -> None:
    """Everyone expected is there with exactly these attributes, and nobody else."""
    found = imported(db, program_id)
    assert sorted(found) == sorted(e.full_name for e in expected)
    for want in expected:
        got = found[want.full_name]
        where = want.full_name
        assert (got.email or None) == want.email, where
        assert got.role == want.role, where
        assert (got.phone or None) == want.phone, where
        for name in ("department", "location"):
            assert (getattr(got, name) or None) == getattr(want, name), (where, name)
        assert got.years_experience == want.years_experience, where
        assert got.meeting_format == want.meeting_format, where
        assert got.joined_on == want.joined_on, where
        assert got.capacity == want.capacity, where
        if want.notes is not None:
            assert got.notes == want.notes, where
        assert {k: v for k, v in got.tags.items() if v} == want.tags, where
        if want.custom_fields is not None:
            assert got.custom_fields == want.custom_fields, where
