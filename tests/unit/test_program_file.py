"""Opening a program file: what is refused, what is locked, and that nothing is harmed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import db_rows
import openpyxl
import pytest
from sqlalchemy import func, select, text

from peerdesk import migrate
from peerdesk.database import (
    Database,
    create_database,
    open_database,
    open_or_create,
    opens_quickly,
)
from peerdesk.errors import (
    DiskFull,
    EmptyDatabase,
    FileAlreadyOpen,
    FileExists,
    FileMissing,
    NewerDatabaseVersion,
    NewerFileVersion,
    NotAPeerDeskDatabase,
    NotAPeerDeskFile,
    UserError,
)
from peerdesk.models import Person, Program
from peerdesk.program.programs import create_program, list_programs, quick_settings
from peerdesk.storage import sqlite as sqlite_store
from peerdesk.storage.sqlite import APPLICATION_ID

REPO = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def spreadsheet(path: Path) -> Path:
    """A real Excel workbook, named like a program file."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email", "Role"])
    sheet.append(["Ana Ruiz", "ana.ruiz@example.org", "mentor"])
    xlsx = path.with_suffix(".xlsx")
    book.save(xlsx)
    xlsx.rename(path)
    return path


def foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, email TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Bo Chen', 'bo.chen@example.org')")
    conn.commit()
    conn.close()
    return path


def ours_without_tables(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def text_file(path: Path) -> Path:
    path.write_text("Name,Email\nAna Ruiz,ana.ruiz@example.org\n", encoding="utf-8")
    return path


def cut_short(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00")
    return path


def from_newer_peerdesk(path: Path) -> Path:
    with create_database(path) as db:
        create_program(db, quick_settings("Spring mentoring"))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "error", "reason"),
    [
        (spreadsheet, NotAPeerDeskFile, "spreadsheet"),
        (foreign_sqlite, NotAPeerDeskFile, "another program"),
        (ours_without_tables, NotAPeerDeskFile, "no PeerDesk tables"),
        (empty, NotAPeerDeskFile, "empty"),
        (text_file, NotAPeerDeskFile, "not a database"),
        (cut_short, NotAPeerDeskFile, "cut short"),
        (from_newer_peerdesk, NewerFileVersion, "newer version of PeerDesk"),
    ],
)
def test_a_file_that_is_not_ours_is_refused_and_left_untouched(
    tmp_path: Path, make: object, error: type[Exception], reason: str
) -> None:
    path = make(tmp_path / "program.peerdesk")  # type: ignore[operator]
    before = digest(path)

    with pytest.raises(error) as raised:
        open_database(path)

    assert reason in str(raised.value)
    assert str(path) in str(raised.value)
    assert digest(path) == before
    # Nothing was left beside it but the lock file (and, for a file in WAL mode,
    # the empty side files a read-only look creates).
    beside = {p.name for p in tmp_path.iterdir()} - {path.name, path.name + ".lock"}
    assert beside <= {path.name + "-wal", path.name + "-shm"}
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # Refusing does not keep the file locked.
    with pytest.raises(error):
        open_database(path)


def test_a_refused_file_is_not_replaced_by_open_or_create(tmp_path: Path) -> None:
    path = spreadsheet(tmp_path / "roster.peerdesk")
    before = digest(path)
    with pytest.raises(NotAPeerDeskFile):
        open_or_create(path)
    with pytest.raises(FileExists):
        create_database(path)
    assert digest(path) == before


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileMissing, match=r"gone\.peerdesk"):
        open_database(tmp_path / "gone.peerdesk")
    assert not (tmp_path / "gone.peerdesk").exists()


def test_a_folder_is_not_a_program_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.peerdesk"
    folder.mkdir()
    with pytest.raises(NotAPeerDeskFile, match="folder"):
        open_database(folder)


def test_a_new_file_is_a_peerdesk_file_at_the_newest_schema(db_path: Path) -> None:
    with create_database(db_path) as db:
        assert db.path == db_path.resolve()
    conn = sqlite3.connect(db_path)
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    conn.close()
    assert app_id == APPLICATION_ID
    assert sqlite_store.current_revision(db_path) == migrate.HEAD
    # No half-made temporary file is left beside it.
    assert sorted(p.name for p in db_path.parent.iterdir()) == [
        db_path.name,
        db_path.name + ".lock",
    ]


@pytest.mark.parametrize(
    "name", ["Mentoring #2.peerdesk", "Jörg 50%25 (x).peerdesk", "who?.peerdesk", "a b.peerdesk"]
)
def test_any_file_name_works(tmp_path: Path, name: str) -> None:
    """Characters that mean something in URLs must not cut the name short."""
    path = tmp_path / name
    with create_database(path) as db:
        create_program(db, quick_settings("Spring mentoring"))
    with open_database(path) as db:
        assert [p.name for p in list_programs(db)] == ["Spring mentoring"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name, name + ".lock"]


def test_a_second_open_in_the_same_process_is_refused(file_db: Database) -> None:
    db = file_db
    assert db.path is not None
    with pytest.raises(FileAlreadyOpen) as raised:
        open_database(db.path)
    assert str(db.path) in raised.value.message
    assert "already open" in raised.value.message
    # Another spelling of the same path is the same file.
    relative = Path(os.path.relpath(db.path))
    with pytest.raises(FileAlreadyOpen):
        open_database(relative)
    link = db.path.with_name("link.peerdesk")
    link.symlink_to(db.path)
    with pytest.raises(FileAlreadyOpen):
        open_database(link)


def test_the_file_can_be_opened_again_after_closing(db_path: Path) -> None:
    create_database(db_path).close()
    first = open_database(db_path)
    first.close()
    with open_database(db_path) as second:
        assert list_programs(second) == []


HOLDER = textwrap.dedent(
    """
    import sys
    from peerdesk.database import open_database
    from peerdesk.program.programs import create_program, quick_settings

    db = open_database(sys.argv[1])
    create_program(db, quick_settings("Held by the other window"))
    print("open", flush=True)
    sys.stdin.readline()
    db.close()
    print("closed", flush=True)
    """
)

OPENER = textwrap.dedent(
    """
    import sys
    from peerdesk.database import open_database
    from peerdesk.errors import FileAlreadyOpen

    try:
        db = open_database(sys.argv[1])
    except FileAlreadyOpen as exc:
        print("refused:", exc.message)
        sys.exit(3)
    db.close()
    print("opened")
    """
)


def python_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    return env


def test_a_second_process_is_refused_while_the_file_is_open(file_db: Database) -> None:
    db = file_db
    assert db.path is not None
    create_program(db, quick_settings("Spring mentoring"))
    result = subprocess.run(
        [sys.executable, "-c", OPENER, str(db.path)],
        capture_output=True,
        text=True,
        env=python_env(),
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    assert "already open" in result.stdout
    assert str(db.path) in result.stdout
    # This process carries on writing; nothing was harmed.
    create_program(db, quick_settings("Autumn mentoring"))
    assert [p.name for p in list_programs(db)] == ["Autumn mentoring", "Spring mentoring"]
    assert integrity(db.path) == "ok"


def test_this_process_is_refused_while_another_has_the_file_open(db_path: Path) -> None:
    create_database(db_path).close()
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=python_env(),
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdin is not None
            assert holder.stdout.readline().strip() == "open"
            before = digest(db_path)
            with pytest.raises(FileAlreadyOpen):
                open_database(db_path)
            assert digest(db_path) == before
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "closed"
            assert holder.wait(timeout=60) == 0
        finally:
            if holder.poll() is None:
                holder.kill()
    with open_database(db_path) as db:
        assert [p.name for p in list_programs(db)] == ["Held by the other window"]
    assert integrity(db_path) == "ok"


def test_closing_folds_the_write_ahead_log_into_the_file(db_path: Path) -> None:
    with create_database(db_path) as db:
        create_program(db, quick_settings("Spring mentoring"))
        assert Path(str(db.path) + "-wal").exists()
    assert (
        not Path(str(db_path) + "-wal").exists() or Path(str(db_path) + "-wal").stat().st_size == 0
    )
    # The file alone (copied without its -wal) has everything.
    copy = db_path.with_name("copy.peerdesk")
    copy.write_bytes(db_path.read_bytes())
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT name FROM program").fetchall() == [("Spring mentoring",)]
    conn.close()


def test_a_read_does_not_wait_for_an_open_write(db: Database) -> None:
    create_program(db, quick_settings("Spring mentoring"))
    with db.transaction() as writing:
        writing.execute(text("DELETE FROM program"))
        with db.reading() as reading:
            # The reader sees the last committed state, at once.
            assert reading.scalar(select(func.count()).select_from(Program)) == 1
    with db.reading() as reading:
        assert reading.scalar(select(func.count()).select_from(Program)) == 0


def test_a_full_disk_is_a_user_error_and_the_action_is_undone(file_db: Database) -> None:
    db = file_db
    assert db.path is not None
    create_program(db, quick_settings("Spring mentoring"))
    with pytest.raises(DiskFull) as raised, db.transaction() as s:
        # SQLite reports a file that may not grow as full, just as it reports a full disk.
        pages = s.execute(text("PRAGMA page_count")).scalar_one()
        s.execute(text(f"PRAGMA max_page_count = {pages + 2}"))
        s.add_all(Person(full_name=f"Person {n}", notes="x" * 500) for n in range(2_000))
    db.engine.dispose()  # drop the connection that was told to stop growing
    assert str(db.path) in raised.value.message
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    assert [p.name for p in list_programs(db)] == ["Spring mentoring"]
    assert integrity(db.path) == "ok"


# -- a database on a server ---------------------------------------------------------------


def test_an_empty_server_database_is_named_and_set_up_only_when_asked(empty_pg_url: str) -> None:
    with pytest.raises(EmptyDatabase) as raised:
        open_database(empty_pg_url)
    assert db_rows.database_name(empty_pg_url) in raised.value.message
    assert "peerdesk init" in raised.value.message
    assert db_rows.server_dump(empty_pg_url) == {}  # opening did not set it up
    with create_database(empty_pg_url) as db:
        assert db.path is None and db.on_server
        create_program(db, quick_settings("Spring mentoring"))
    with open_database(empty_pg_url) as db:
        assert [p.name for p in list_programs(db)] == ["Spring mentoring"]
    with pytest.raises(UserError, match="already set up for PeerDesk"):
        create_database(empty_pg_url)


def test_another_applications_database_is_refused_and_left_untouched(
    empty_pg_url: str, pg_cluster: Any
) -> None:
    name = db_rows.database_name(empty_pg_url)
    pg_cluster.sql("CREATE TABLE invoice (id integer PRIMARY KEY, total numeric)", name)
    pg_cluster.sql("INSERT INTO invoice VALUES (1, 9.50), (2, 120)", name)
    before = db_rows.server_dump(empty_pg_url)
    for attempt in (open_database, create_database, open_or_create, opens_quickly):
        with pytest.raises(NotAPeerDeskDatabase) as raised:
            attempt(empty_pg_url)
        assert name in raised.value.message and "Nothing was changed" in raised.value.message
    assert db_rows.server_dump(empty_pg_url) == before


def test_a_database_from_a_newer_peerdesk_is_refused_and_left_untouched(
    pg_url: str, pg_cluster: Any
) -> None:
    with open_database(pg_url) as db:
        create_program(db, quick_settings("Spring mentoring"))
    name = db_rows.database_name(pg_url)
    pg_cluster.sql("UPDATE alembic_version SET version_num = '0999_from_the_future'", name)
    before = db_rows.server_dump(pg_url)
    for attempt in (open_database, create_database, opens_quickly):
        with pytest.raises(NewerDatabaseVersion) as raised:
            attempt(pg_url)
        assert name in raised.value.message and "newer version" in raised.value.message
    assert db_rows.server_dump(pg_url) == before


def test_two_windows_work_on_one_server_database_at_once(pg_url: str) -> None:
    """No lock on a server: a second PeerDesk opens it too and sees the first one's work."""
    with open_database(pg_url) as first, open_database(pg_url) as second:
        create_program(first, quick_settings("Spring mentoring"))
        assert [p.name for p in list_programs(second)] == ["Spring mentoring"]
        create_program(second, quick_settings("Autumn mentoring"))
        assert [p.name for p in list_programs(first)] == ["Autumn mentoring", "Spring mentoring"]
