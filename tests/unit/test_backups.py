"""Automatic rotating backups, and restoring one without losing the present."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from peerdesk import backups, paths
from peerdesk.database import Database, create_database
from peerdesk.errors import BackupError
from peerdesk.program.programs import create_program, list_programs, quick_settings


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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

    made = backups.make_backup(db.path, reason="manual")

    assert made is not None and made.is_file()
    assert made.is_relative_to(paths.backups_root())
    assert made.is_relative_to(peerdesk_home)
    assert names_in(made) == ["Spring mentoring"]
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal
    conn.close()
    [info] = backups.list_backups(db.path)
    assert (info.path, info.reason) == (made, "manual")
    assert info.size == made.stat().st_size


def test_an_unchanged_file_is_not_backed_up_twice(db: Database) -> None:
    create_program(db, quick_settings("Spring mentoring"))
    first = backups.make_backup(db.path)
    assert first is not None
    assert backups.make_backup(db.path) is None
    assert backups.make_backup(db.path, reason="manual") is None
    assert [b.path for b in backups.list_backups(db.path)] == [first]
    create_program(db, quick_settings("Autumn mentoring"))
    assert backups.make_backup(db.path) is not None
    assert len(backups.list_backups(db.path)) == 2


def test_only_the_newest_ten_backups_are_kept(db: Database) -> None:
    made: list[Path] = []
    for n in range(13):
        create_program(db, quick_settings(f"Program {n:02d}"))
        backup = backups.make_backup(db.path)
        assert backup is not None
        made.append(backup)

    kept = backups.list_backups(db.path)
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
    old = backups.make_backup(db.path, reason="manual")
    assert old is not None
    create_program(db, quick_settings("Autumn mentoring"))

    safety = backups.restore_backup(db, old)

    assert program_names(db) == ["Spring mentoring"]
    assert safety is not None
    assert names_in(safety) == ["Autumn mentoring", "Spring mentoring"]
    assert backups.list_backups(db.path)[0].reason == "before-restore"
    # The file keeps working (and keeps its lock) after the restore.
    create_program(db, quick_settings("Winter mentoring"))
    assert program_names(db) == ["Spring mentoring", "Winter mentoring"]
    # A restore can itself be undone.
    backups.restore_backup(db, safety)
    assert program_names(db) == ["Autumn mentoring", "Spring mentoring"]


def test_a_restored_file_is_whole_on_disk(db: Database) -> None:
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
    good = backups.make_backup(db.path)
    assert good is not None
    create_program(db, quick_settings("Autumn mentoring"))
    bad = spoil(good)  # type: ignore[operator]
    count_before = len(backups.list_backups(db.path))
    before = digest(db.path)

    with pytest.raises(BackupError, match=reason):
        backups.restore_backup(db, bad)

    assert digest(db.path) == before
    assert program_names(db) == ["Autumn mentoring", "Spring mentoring"]
    # Refusing happens before anything else: no "before-restore" backup was made.
    assert len(backups.list_backups(db.path)) == count_before
