"""A process killed in the middle of a large write leaves the file whole: all of it or none.

The writer is a real second process running one ``db.transaction()`` that
inserts 200,000 rows; it is killed (SIGKILL on POSIX) while the transaction is
open and its pages are already spilling into the write-ahead log. On a server, the
connection of an import is dropped between two batches: none of it is kept.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from peerdesk.database import create_database, open_database
from peerdesk.program.programs import create_program, list_programs, quick_settings

REPO = Path(__file__).resolve().parents[2]
ROWS = 200_000

WRITER = textwrap.dedent(
    """
    import sys, time
    from sqlalchemy import insert
    from peerdesk.database import open_database
    from peerdesk.models import ChangeRecord

    path, rows, pause = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "pause"
    db = open_database(path)
    batch = 5_000
    with db.transaction() as session:
        for start in range(0, rows, batch):
            session.execute(
                insert(ChangeRecord),
                [
                    {"entity": "person", "entity_id": n, "action": "import", "details": {"row": n}}
                    for n in range(start, start + batch)
                ],
            )
            if start == 0:
                print("writing", flush=True)
        print("written, not committed", flush=True)
        if pause:
            while True:  # the kill comes here, before the commit
                time.sleep(1)
    print("committed", flush=True)
    db.close()
    """
)


def env() -> dict[str, str]:
    values = dict(os.environ)
    values["PYTHONPATH"] = os.pathsep.join([str(REPO), values.get("PYTHONPATH", "")])
    return values


def wal_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def change_records(path: Path) -> tuple[str, int]:
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM change_record WHERE action='import'").fetchone()[
            0
        ]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return integrity, count
    finally:
        conn.close()


@pytest.mark.parametrize("moment", ["while writing", "before the commit"])
def test_a_killed_write_leaves_the_file_whole_with_all_or_none_of_it(
    db_path: Path, moment: str
) -> None:
    with create_database(db_path) as db:
        create_program(db, quick_settings("Spring mentoring"))  # committed before the crash
    pause = "pause" if moment == "before the commit" else "go"
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), str(ROWS), pause],
        stdout=subprocess.PIPE,
        text=True,
        env=env(),
    ) as writer:
        try:
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "writing"
            if moment == "before the commit":
                assert writer.stdout.readline().strip() == "written, not committed"
            else:
                # Kill once the uncommitted pages are reaching the file's write-ahead log.
                deadline = time.monotonic() + 120
                while wal_size(db_path) < 1_000_000 and writer.poll() is None:
                    assert time.monotonic() < deadline, "the writer never spilled to the log"
                    time.sleep(0.005)
            assert wal_size(db_path) > 0
            writer.kill()  # SIGKILL: no cleanup, no rollback, no lock release by the process
            writer.wait(timeout=60)
            said = writer.stdout.read().split("\n")
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.wait(timeout=60)
    assert writer.returncode != 0
    assert "committed" not in said  # it really died with the transaction open

    # The lock went with the process: the file opens again (and recovers its log).
    with open_database(db_path) as db:
        assert [p.name for p in list_programs(db)] == ["Spring mentoring"]
        create_program(db, quick_settings("Autumn mentoring"))  # and takes new writes
    integrity, count = change_records(db_path)
    assert integrity == "ok"
    assert count in (0, ROWS)
    if moment == "before the commit":
        assert count == 0


def test_a_connection_dropped_in_the_middle_of_an_import_saves_none_of_it(pg_url: str) -> None:
    """The server drops the import's connection between two batches of rows: the import
    says so in plain words, the database holds none of it, and the next one works."""
    import psycopg
    from fixtures_rosters import dump, numbered_roster

    from peerdesk.errors import ConnectionLost
    from peerdesk.progress import Progress
    from peerdesk.roster.commit import run_import

    class NetworkDrops(Progress):
        def set_progress(self, done: int, total: int | None = None, text: str = "") -> None:
            super().set_progress(done, total, text)
            if done:  # the first rows are written, not committed
                with psycopg.connect(pg_url, autocommit=True) as admin:
                    admin.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )

    with open_database(pg_url) as db:
        program_id = create_program(db, quick_settings("Spring mentoring"))
        before = dump(db)
        with pytest.raises(ConnectionLost):
            run_import(db, program_id, numbered_roster(2500), NetworkDrops())
        with open_database(pg_url) as again:  # reconnecting, as the message says
            assert dump(again) == before
        assert len(run_import(db, program_id, numbered_roster(2500)).added) == 2500
