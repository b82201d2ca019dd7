"""The lock follows the program file, not the name it is reached by.

A hard link, a symlink or another spelling of the folder all lead to the same
SQLite file; a second opener through any of them is refused just like one using
the same name, and two imports started together through two names leave one
whole file, not a corrupt mix of both.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures_rosters import make_program
from test_program_file import integrity

from peerdesk import paths
from peerdesk.database import Database, create_database, open_database
from peerdesk.errors import FileAlreadyOpen
from peerdesk.file_lock import identity_lock_path
from peerdesk.program.programs import list_programs

REPO = Path(__file__).resolve().parents[2]


def other_names(db: Database, tmp_path: Path) -> dict[str, Path]:
    folder = db.path.parent
    hard = tmp_path / "elsewhere" / "hard link.peerdesk"
    hard.parent.mkdir()
    os.link(db.path, hard)
    soft = tmp_path / "symlink.peerdesk"
    soft.symlink_to(db.path)
    folder_link = tmp_path / "folder link"
    folder_link.symlink_to(folder, target_is_directory=True)
    return {
        "hard link": hard,
        "symlink": soft,
        "dir/../dir/file": folder / ".." / folder.name / db.path.name,
        "linked folder": folder_link / db.path.name,
        "relative": Path(os.path.relpath(db.path)),
    }


def test_every_name_of_an_open_file_is_refused(file_db: Database, tmp_path: Path) -> None:
    names = other_names(file_db, tmp_path)
    for how, name in names.items():
        with pytest.raises(FileAlreadyOpen) as refused:
            open_database(name)
        assert "already open" in refused.value.message, how
        # The refusal says which process on which computer holds it.
        assert f"process {os.getpid()} on {os.uname().nodename}" in refused.value.message, how
    file_db.close()
    # Closed, the file opens through any of its names, one at a time.
    for name in names.values():
        with open_database(name) as again:
            assert list_programs(again) == []


def test_the_identity_lock_file_is_removed_on_close(file_db: Database) -> None:
    lock = identity_lock_path(file_db.path, paths.data_dir() / "locks")
    assert lock.exists()
    file_db.close()
    assert not lock.exists()
    # And taken again on the next open.
    with open_database(file_db.path):
        assert lock.exists()


def test_a_hard_link_from_another_process_is_refused(file_db: Database, tmp_path: Path) -> None:
    hard = tmp_path / "hard.peerdesk"
    os.link(file_db.path, hard)
    opener = (
        "import sys\n"
        "from peerdesk.database import open_database\n"
        "from peerdesk.errors import FileAlreadyOpen\n"
        "try:\n"
        "    open_database(sys.argv[1]).close()\n"
        "except FileAlreadyOpen as exc:\n"
        "    print(exc.message)\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", opener, str(hard)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    assert f"process {os.getpid()}" in result.stdout


ROWS = 20_000


def roster(path: Path, tag: str) -> Path:
    lines = ["Name,Email,Role"]
    lines += [
        f"{tag} Person {n},{tag.lower()}.{n}@example.org,{'Mentor' if n % 3 == 0 else 'Mentee'}"
        for n in range(ROWS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def emails(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {email for (email,) in conn.execute("SELECT email FROM person")}
    finally:
        conn.close()


# `peerdesk import ...`, started when told to, so that two of them open the file together.
AT_THE_SIGNAL = """
import sys
import peerdesk.cli
import peerdesk.cli.roster
import peerdesk.roster.commit
import sqlalchemy.orm
from ui import launcher
print("ready", flush=True)
sys.stdin.readline()
sys.exit(launcher.main(sys.argv[1:]))
"""


def test_two_imports_at_once_through_a_hard_link_leave_one_whole_file(tmp_path: Path) -> None:
    program = tmp_path / "Riverside.peerdesk"
    with create_database(program) as db:
        make_program(db, "Spring 2026")
    hard = tmp_path / "other folder" / "Riverside copy.peerdesk"
    hard.parent.mkdir()
    os.link(program, hard)
    rosters = {"A": roster(tmp_path / "a.csv", "A"), "B": roster(tmp_path / "b.csv", "B")}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = {
        tag: subprocess.Popen(
            [sys.executable, "-c", AT_THE_SIGNAL, "import", str(target), str(rosters[tag])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=tmp_path,
        )
        for tag, target in (("A", program), ("B", hard))
    }
    for run in runs.values():  # both loaded and waiting: start them together
        assert run.stdout is not None
        assert run.stdout.readline() == "ready\n"
    for run in runs.values():
        assert run.stdin is not None
        run.stdin.write("go\n")
        run.stdin.flush()
    done = {tag: run.communicate(timeout=300) for tag, run in runs.items()}
    codes = {tag: run.returncode for tag, run in runs.items()}
    allowed = [tag for tag, code in codes.items() if code == 0]
    refused = [tag for tag, code in codes.items() if code != 0]
    assert len(allowed) == 1 and len(refused) == 1, (codes, done)
    (winner,), (loser,) = allowed, refused
    assert f"{ROWS} added" in done[winner][0]
    assert "already open in another PeerDesk window" in done[loser][1], done[loser]
    assert "process " in done[loser][1]
    assert integrity(program) == "ok"
    expected = {f"{winner.lower()}.{n}@example.org" for n in range(ROWS)}
    assert emails(program) == expected
    assert emails(hard) == expected  # the same file under its other name
