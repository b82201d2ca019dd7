"""Automatic rotating backups, and restoring one without losing the present."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import db_rows
import pytest
from model_data import add_import_history, build_program
from sqlalchemy import text

from peerdesk import backups, paths
from peerdesk.database import Database, create_database, open_database
from peerdesk.errors import BackupError
from peerdesk.program.programs import create_program, list_programs, quick_settings
from peerdesk.storage.copy import copy_program


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def state(db: Database) -> object:
    """What is stored: a file's bytes, or a server database's every row."""
    return digest(db.path) if db.path is not None else db_rows.every_row(db)


def program_names(db: Database) -> list[str]:
    return [p.name for p in list_programs(db)]


def names_in(file: Path) -> list[str]:
    conn = sqlite3.connect(file)
    try:
        return [name for (name,) in conn.execute("SELECT name FROM program ORDER BY name")]
    finally:
        conn.close()


def test_a_backup_is_a_whole_copy_in_the_user_data_folder(
    db: Database, peerdesk_home: Path
) -> None:
    create_program(db, quick_settings("Spring mentoring"))

    made = backups.back_up(db, reason="manual")

    assert made is not None and made.is_file()
    assert made.is_relative_to(paths.backups_root())
    assert made.is_relative_to(peerdesk_home)
    assert names_in(made) == ["Spring mentoring"]
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal
    conn.close()
    [info] = backups.list_backups(db.key)
    assert (info.path, info.reason) == (made, "manual")
    assert info.size == made.stat().st_size
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # nothing beside it


def test_an_unchanged_file_is_not_backed_up_twice(db: Database) -> None:
    create_program(db, quick_settings("Spring mentoring"))
    first = backups.back_up(db)
    assert first is not None
    assert backups.back_up(db) is None
    assert backups.back_up(db, reason="manual") is None
    assert [b.path for b in backups.list_backups(db.key)] == [first]
    create_program(db, quick_settings("Autumn mentoring"))
    assert backups.back_up(db) is not None
    assert len(backups.list_backups(db.key)) == 2


def test_only_the_newest_ten_backups_are_kept(db: Database) -> None:
    made: list[Path] = []
    for n in range(13):
        create_program(db, quick_settings(f"Program {n:02d}"))
        backup = backups.back_up(db)
        assert backup is not None
        made.append(backup)

    kept = backups.list_backups(db.key)
    assert len(kept) == backups.KEEP == 10
    assert [b.path for b in kept] == made[::-1][:10]  # newest first
    assert not any(old.exists() for old in made[:3])
    assert len(names_in(kept[0].path)) == 13
    assert len(names_in(kept[-1].path)) == 4


def test_each_file_has_its_own_backups(tmp_path: Path) -> None:
    with (
        create_database(tmp_path / "a.peerdesk") as a,
        create_database(tmp_path / "b.peerdesk") as b,
    ):
        create_program(a, quick_settings("In A"))
        create_program(b, quick_settings("In B"))
        backups.make_backup(a.path)
        backups.make_backup(b.path)
        assert backups.backup_folder(a.path) != backups.backup_folder(b.path)
        [from_a] = backups.list_backups(a.path)
        [from_b] = backups.list_backups(b.path)
    assert names_in(from_a.path) == ["In A"]
    assert names_in(from_b.path) == ["In B"]


def test_restore_brings_back_the_old_state_after_backing_up_the_present(db: Database) -> None:
    create_program(db, quick_settings("Spring mentoring"))
    old = backups.back_up(db, reason="manual")
    assert old is not None
    create_program(db, quick_settings("Autumn mentoring"))

    safety = backups.restore_backup(db, old)

    assert program_names(db) == ["Spring mentoring"]
    assert safety is not None
    assert names_in(safety) == ["Autumn mentoring", "Spring mentoring"]
    assert backups.list_backups(db.key)[0].reason == "before-restore"
    # The program keeps working (a file keeps its lock) after the restore.
    create_program(db, quick_settings("Winter mentoring"))
    assert program_names(db) == ["Spring mentoring", "Winter mentoring"]
    # A restore can itself be undone.
    backups.restore_backup(db, safety)
    assert program_names(db) == ["Autumn mentoring", "Spring mentoring"]


def test_a_restored_file_is_whole_on_disk(file_db: Database) -> None:
    db = file_db
    assert db.path is not None
    create_program(db, quick_settings("Spring mentoring"))
    old = backups.make_backup(db.path)
    assert old is not None
    create_program(db, quick_settings("Autumn mentoring"))
    backups.restore_backup(db, old)
    path = db.path
    db.close()
    assert names_in(path) == ["Spring mentoring"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def damaged(backup: Path) -> Path:
    data = bytearray(backup.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # scribble over every page but the header
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    broken = backup.with_name("20250101-000000-000000-damaged.peerdesk")
    broken.write_bytes(bytes(data))
    return broken


def foreign(backup: Path) -> Path:
    other = backup.with_name("20250101-000000-000000-foreign.peerdesk")
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE program (name TEXT)")
    conn.execute("INSERT INTO program VALUES ('Not ours')")
    conn.commit()
    conn.close()
    return other


def not_a_database(backup: Path) -> Path:
    other = backup.with_name("20250101-000000-000000-text.peerdesk")
    other.write_text("Name,Email\nAna Ruiz,ana.ruiz@example.org\n", encoding="utf-8")
    return other


def from_newer_peerdesk(backup: Path) -> Path:
    other = backup.with_name("20250101-000000-000000-newer.peerdesk")
    other.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(other)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    return other


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (damaged, "damaged"),
        (foreign, "not a PeerDesk backup"),
        (not_a_database, "damaged"),
        (from_newer_peerdesk, "newer version"),
    ],
)
def test_a_bad_backup_is_refused_and_the_file_is_unchanged(
    db: Database, spoil: object, reason: str
) -> None:
    create_program(db, quick_settings("Spring mentoring"))
    good = backups.back_up(db)
    assert good is not None
    create_program(db, quick_settings("Autumn mentoring"))
    bad = spoil(good)  # type: ignore[operator]
    count_before = len(backups.list_backups(db.key))
    before = state(db)

    with pytest.raises(BackupError, match=reason):
        backups.restore_backup(db, bad)

    assert state(db) == before
    assert program_names(db) == ["Autumn mentoring", "Spring mentoring"]
    # Refusing happens before anything else: no "before-restore" backup was made.
    assert len(backups.list_backups(db.key)) == count_before


# -- a program on a server: backups are local copies, copies go both ways ------------------


def full_program(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """A program with rows in every table; returns them all."""
    program_id = build_program(db)
    add_import_history(db, program_id)
    rows = db_rows.every_row(db)
    assert all(rows.values()), [name for name, found in rows.items() if not found]
    return rows


def rows_of_file(path: Path, tmp_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of a program file, read from a copy (opening leaves a lock file beside it)."""
    copy = tmp_path / f"read-{path.name}"
    shutil.copyfile(path, copy)
    with open_database(copy) as opened:
        return db_rows.every_row(opened)


def test_a_server_backup_holds_every_row_the_server_has(pg_url: str, tmp_path: Path) -> None:
    with open_database(pg_url) as db:
        on_server = full_program(db)
        made = backups.back_up(db, reason="manual")
    assert made is not None and made.suffix == paths.FILE_SUFFIX
    assert rows_of_file(made, tmp_path) == on_server


def test_restoring_a_server_database_puts_every_row_back_and_keeps_the_present(
    pg_url: str, tmp_path: Path
) -> None:
    with open_database(pg_url) as db:
        original = full_program(db)
        old = backups.back_up(db, reason="manual")
        assert old is not None
        autumn = create_program(db, quick_settings("Autumn mentoring"))
        with db.transaction() as s:
            s.execute(text("DELETE FROM meeting"))
        present = db_rows.every_row(db)

        safety = backups.restore_backup(db, old)

        assert db_rows.every_row(db) == original
        assert safety is not None
        assert backups.list_backups(db.key)[0].reason == "before-restore"
        assert rows_of_file(safety, tmp_path) == present
        # New rows get new ids, never one handed out before the restore (another window
        # may hold it in a change not yet saved, or an undo step may name it).
        assert create_program(db, quick_settings("Winter mentoring")) > autumn
    with open_database(pg_url) as again:  # another window sees the restored program
        assert program_names(again) == ["Spring mentoring", "Winter mentoring"]


def test_copying_a_file_to_a_server_and_back_keeps_every_row(
    file_db: Database, pg_url: str, tmp_path: Path
) -> None:
    in_file = full_program(file_db)
    with open_database(pg_url) as server:
        there = copy_program(file_db, server)
        assert there.equal and there.rows == sum(len(rows) for rows in in_file.values())
        assert db_rows.every_row(server) == in_file
        with create_database(tmp_path / "back.peerdesk") as back:
            back_again = copy_program(server, back)
            assert back_again.counts == there.counts
            assert db_rows.every_row(back) == in_file
            # Both copies carry on with new ids after the copied ones (recorded under one
            # name: by itself a server records the database user, a file the login name).
            server.actor = back.actor = "Sam"
            create_program(server, quick_settings("Autumn mentoring"))
            create_program(back, quick_settings("Autumn mentoring"))
            assert db_rows.every_row(back) == db_rows.every_row(server)
