"""The quick connection (``db.quick()``) reads the same values on a file and on a server,
and ``begin()`` holds one state for several reads (issue #12)."""

from __future__ import annotations

from datetime import date, datetime

from peerdesk.database import Database
from peerdesk.program import programs


def _program(db: Database, name: str, **values: object) -> int:
    settings = programs.quick_settings(name)
    for field, value in values.items():
        setattr(settings, field, value)
    return programs.create_program(db, settings)


def test_values_come_back_as_a_file_stores_them(db: Database) -> None:
    first = _program(
        db, "Spring", start_date=date(2026, 2, 1), reciprocal=True, meeting_length_minutes=60
    )
    _program(db, "Autumn", meeting_length_minutes=45)
    with db.quick() as conn:
        start, end, reciprocal, guardian, created = conn.execute(
            "SELECT start_date, end_date, reciprocal, guardian_signature, created_at "
            "FROM program WHERE id = ?",
            (first,),
        ).fetchone()
        whole, half = conn.execute(
            "SELECT avg(meeting_length_minutes) FROM program WHERE id = ? "
            "UNION ALL SELECT avg(meeting_length_minutes) FROM program",
            (first,),
        ).fetchall()
        (count,) = conn.execute("SELECT count(*) FROM program").fetchone()
    assert (start, end) == ("2026-02-01", None)
    assert (reciprocal, guardian) == (1, 0)
    assert type(reciprocal) is int and type(guardian) is int
    assert isinstance(created, str) and datetime.fromisoformat(created).year >= 2026
    assert whole[0] == 60 and half[0] == 52.5 and isinstance(half[0], float)
    assert count == 2 and type(count) is int


def test_begin_reads_one_state_while_another_writes(db: Database) -> None:
    _program(db, "Spring")
    with db.quick() as reader:
        reader.begin()
        before = reader.execute("SELECT count(*) FROM program").fetchone()[0]
        _program(db, "Autumn")  # committed by another connection meanwhile
        during = reader.execute("SELECT count(*) FROM program").fetchone()[0]
    with db.quick() as later:
        after = later.execute("SELECT count(*) FROM program").fetchone()[0]
    assert (before, during, after) == (1, 1, 2)


def test_a_snapshot_begun_and_ended_without_a_read_leaves_the_connection_usable(
    db: Database,
) -> None:
    _program(db, "Spring")
    with db.quick() as conn:
        conn.begin()
        conn.rollback()
        conn.begin()
        conn.commit()
        _program(db, "Autumn")
        assert conn.execute("SELECT count(*) FROM program").fetchone()[0] == 2
    with db.quick() as again:  # the same pooled connection, not left inside a transaction
        again.begin()
        assert again.execute("SELECT count(*) FROM program").fetchone()[0] == 2
        again.rollback()
        _program(db, "Winter")
        assert again.execute("SELECT count(*) FROM program").fetchone()[0] == 3
