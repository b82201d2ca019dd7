"""The server backend's own behaviour: quick reads after a server restart, and erasing
while another window keeps a table busy (issue 12)."""

from __future__ import annotations

import threading
import time
from typing import Any

import psycopg
import pytest
from fixtures_rosters import make_program

from peerdesk import people
from peerdesk.database import open_database
from peerdesk.enums import Role
from peerdesk.storage import postgres


def test_quick_reads_go_on_after_the_server_restarts(pg_cluster: Any, pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        make_program(db)
        with db.quick() as conn:  # leaves a connection in the pool
            assert conn.execute("SELECT count(*) FROM program").fetchone() == (1,)
        pg_cluster.stop("immediate")
        pg_cluster.restart()
        # The pooled connection died with the server; the read is tried on a new one.
        with db.quick() as conn:
            conn.begin()
            assert conn.execute("SELECT count(*) FROM program").fetchone() == (1,)
            assert conn.execute("SELECT name FROM program").fetchone()[0]
    finally:
        db.close()


def test_erasing_does_not_wait_long_for_a_busy_table(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postgres, "SCRUB_LOCK_TIMEOUT_MS", 300)
    db = open_database(pg_url)
    other = psycopg.connect(pg_url)  # another window, in the middle of reading people
    try:
        program_id = make_program(db)
        ana = people.add_person(
            db,
            program_id,
            people.PersonData(full_name="Ana Lima", email="ana.lima@example.org", role=Role.MENTOR),
        )
        other.execute("SELECT count(*) FROM person").fetchone()  # holds its lock until commit
        done = threading.Event()
        started = time.monotonic()

        def erase() -> None:
            people.erase_person(db, people.get_person_id(db, ana))
            done.set()

        worker = threading.Thread(target=erase)
        worker.start()
        worker.join(timeout=30)
        assert done.is_set(), "erasing waited for the other window"
        assert time.monotonic() - started < 20
        other.rollback()
        with db.quick() as conn:
            names = [row[0] for row in conn.execute("SELECT full_name FROM person")]
        assert names == [people.ERASED_NAME]
    finally:
        other.close()
        db.close()


def test_a_program_copied_onto_a_server_has_its_planner_statistics(
    file_db: Any, pg_url: str
) -> None:
    from peerdesk.storage.copy import copy_program

    program_id = make_program(file_db)
    for n in range(30):
        people.add_person(
            file_db,
            program_id,
            people.PersonData(full_name=f"Person {n}", email=f"p{n}@example.org"),
        )
    target = open_database(pg_url)
    try:
        copy_program(file_db, target)
        with target.quick() as conn:
            (analyzed,) = conn.execute(
                "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'person'"
            ).fetchone()
        assert analyzed == 1
    finally:
        target.close()
