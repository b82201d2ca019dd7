"""Every export on a full disk, or over a file another program holds open.

For each format (the Excel workbook, the People export, the score table CSV,
agreements in one PDF and one PDF per pair, certificates, the summary PDF and the
calendar file), the user is told in plain words what happened, no partial or
temporary file is left behind, and the file that was there before is unchanged.

The disk is filled for real on a tiny tmpfs where this machine lets us mount one
(root on Linux), and by an injected ``ENOSPC`` everywhere.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from documents_data import add_meeting, add_pair, make_program

from peerdesk import cli
from peerdesk.calendar.ics import export_ics
from peerdesk.database import create_database, open_database
from peerdesk.documents.agreements import save_agreements
from peerdesk.documents.certificates import save_certificates
from peerdesk.enums import MeetingStatus, PairOutcome, PairStatus
from peerdesk.errors import UserError
from peerdesk.exports.summary_pdf import save_summary
from peerdesk.exports.workbook import export_workbook

Location = Path | str  # a program file, or the URL of a database on a server
FULL = "There is not enough space on the disk to save"
HELD = ("is open in another program", "close it and try again")


@pytest.fixture(scope="module", params=["file", "server"])
def program_file(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Location]:
    """A program with active pairs and goals, a completed pair and meetings: in a file,
    then in a database on a server (each export must fail the same way on both)."""
    cluster: Any = None
    location: Location
    if request.param == "file":
        location = tmp_path_factory.mktemp("program") / "Riverside.peerdesk"
        opened = create_database(location)
    else:
        cluster = request.getfixturevalue("pg_cluster")
        location = cluster.fresh_database()
        opened = open_database(location)
    with opened as db:
        program = make_program(db)
        pairs = [
            add_pair(db, program, "José Núñez", "Zoë Müller", goals=("Lead a project",)),
            add_pair(db, program, "Søren Ødegård", "Łukasz Wiśniewski"),
            add_pair(db, program, "Chidi Okafor", "Mei Lin", goals=("Present at the fair",)),
        ]
        add_pair(
            db,
            program,
            "Nguyễn Thị Minh Khai",
            "Ana Beltrán",
            status=PairStatus.ENDED,
            ended_on=date(2025, 9, 26),
            outcome=PairOutcome.COMPLETED,
        )
        soon = datetime.now(UTC).replace(microsecond=0) + timedelta(days=7)
        for n, pair in enumerate(pairs):
            add_meeting(
                db, program, pair, soon + timedelta(hours=n), status=MeetingStatus.SCHEDULED
            )
    yield location
    if cluster is not None:
        cluster.drop(location)


def _people_table() -> object:
    from ui.people.export import Table

    return Table(
        "People",
        ["Name", "Role", "Joined"],
        [20.0, 10.0, 12.0],
        [["Zoë Müller", "Mentee", date(2025, 3, 3)], ["José Núñez", "Mentor", date(2025, 3, 4)]],
    )


def _core(call: Callable[..., object]) -> Callable[[Location, Path], str]:
    """An export through the core: ``call(db, program_id, out)``; returns the message shown."""

    def run(program: Location, out: Path) -> str:
        try:
            with open_database(program) as db:
                call(db, 1, out)
        except UserError as exc:
            return exc.message
        return ""

    return run


def _people(program: Location, out: Path) -> str:
    from ui.people.export import Table, write_xlsx

    table = _people_table()
    assert isinstance(table, Table)
    try:
        write_xlsx(out, table)
    except UserError as exc:
        return exc.message
    return ""


def _scores(program: Location, out: Path) -> str:
    said, err = io.StringIO(), io.StringIO()
    code = cli.main(["scores", str(program), "--csv", str(out), "--overwrite"], out=said, err=err)
    assert (code == 0) == (err.getvalue() == ""), err.getvalue()
    return err.getvalue()


@dataclass(frozen=True)
class Export:
    name: str
    target: str  # a file name, or a folder for one file per pair
    run: Callable[[Location, Path], str]  # (program, target) -> the message shown, or ""

    @property
    def is_folder(self) -> bool:
        return "." not in self.target


EXPORTS = [
    Export(
        "workbook",
        "Riverside.xlsx",
        _core(lambda db, p, out: export_workbook(db, p, out, overwrite=True)),
    ),
    Export("people", "people.xlsx", _people),
    Export("score table", "scores.csv", _scores),
    Export(
        "agreements",
        "agreements.pdf",
        _core(lambda db, p, out: save_agreements(db, p, out, overwrite=True)),
    ),
    Export(
        "agreements per pair",
        "agreements",
        _core(lambda db, p, out: save_agreements(db, p, out, split=True, overwrite=True)),
    ),
    Export(
        "certificates",
        "certificates.pdf",
        _core(lambda db, p, out: save_certificates(db, p, out, overwrite=True)),
    ),
    Export(
        "summary",
        "summary.pdf",
        _core(lambda db, p, out: save_summary(db, p, out, overwrite=True)),
    ),
    Export(
        "calendar", "meetings.ics", _core(lambda db, p, out: export_ics(db, p, out, overwrite=True))
    ),
]
IDS = [e.name for e in EXPORTS]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too), by relative name."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "filler"
    }


def previous_version(export: Export, program: Location, folder: Path) -> Path:
    """Put a previous version of the export's file(s) in ``folder``; returns the target."""
    target = folder / export.target
    if export.is_folder:
        assert export.run(program, target) == ""
        files = sorted(target.iterdir())
        assert len(files) == 3
        files[0].unlink()  # one pair's file is new this time; the others are replaced
    else:
        target.write_bytes(b"the previous version, to be kept")
    return target


def check_refused(message: str, named: str, folder: Path, before: dict[str, bytes]) -> None:
    """The message names the file; ``folder`` holds exactly what it held ``before``."""
    assert named in message, message
    assert snapshot(folder) == before  # nothing new, nothing half-written, nothing replaced
    leftovers = [p.name for p in folder.rglob(".*")]
    assert leftovers == [], leftovers


def full_disk_said(export: Export, message: str) -> None:
    """The message names the file, or for one file per pair, the folder and that none was saved."""
    assert FULL in message, message
    assert export.target in message, message
    if export.is_folder:
        assert "none of them was saved" in message, message


# Full disk, injected -------------------------------------------------------------------


def fail_fsync_from(monkeypatch: pytest.MonkeyPatch, call: int) -> None:
    """The ``call``-th fsync and every later one find the disk full (after the bytes went in)."""
    real = os.fsync
    calls = 0

    def fsync(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls >= call:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.parametrize("export", EXPORTS, ids=IDS)
def test_a_full_disk_is_said_and_leaves_the_previous_file(
    export: Export, program_file: Location, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = previous_version(export, program_file, tmp_path)
    before = snapshot(tmp_path)
    # One file per pair: the disk fills at the third, after two were written whole.
    fail_fsync_from(monkeypatch, 3 if export.is_folder else 1)
    message = export.run(program_file, target)
    full_disk_said(export, message)
    check_refused(message, export.target, tmp_path, before)


# Full disk, for real -------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, mounted for the test; skipped where mounting is not allowed."""
    if sys.platform != "linux" or shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mount = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk under ``folder``, then free about ``leave`` bytes."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for chunk in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * chunk):
                    pass
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, filler.stat().st_size - leave)
    with pytest.raises(OSError) as full:
        (folder / "probe").write_bytes(b"x" * 8192 + b"y" * max(0, leave * 2))
    assert full.value.errno == errno.ENOSPC
    (folder / "probe").unlink()


@pytest.mark.parametrize("export", EXPORTS, ids=IDS)
def test_a_really_full_disk(export: Export, program_file: Location, tiny_disk: Path) -> None:
    target = previous_version(export, program_file, tiny_disk)
    # One file per pair: room for one and a half agreements, so the disk fills on the second.
    leave = int(1.5 * max(len(b) for b in snapshot(tiny_disk).values())) if export.is_folder else 0
    fill(tiny_disk, leave)
    before = snapshot(tiny_disk)
    message = export.run(program_file, target)
    full_disk_said(export, message)
    check_refused(message, export.target, tiny_disk, before)


# The file is open in another program ---------------------------------------------------


def hold_open(monkeypatch: pytest.MonkeyPatch, held: str) -> None:
    """Replacing the file named ``held`` fails the way it does on Windows while it is open."""
    real = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        if Path(dst).name == held:
            error = PermissionError(errno.EACCES, "The process cannot access the file")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("export", EXPORTS, ids=IDS)
def test_a_file_open_in_another_program_is_said_and_left_alone(
    export: Export, program_file: Location, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = previous_version(export, program_file, tmp_path)
    before = snapshot(tmp_path)
    if export.is_folder:
        # The last of the three is held: the first (new) and second (replaced) are
        # already in place by then, and must be taken back.
        held = sorted(target.iterdir())[-1]
        hold_open(monkeypatch, held.name)
    else:
        held = target
        hold_open(monkeypatch, target.name)
    message = export.run(program_file, target)
    assert all(words in message for words in HELD), message
    check_refused(message, held.name, tmp_path, before)


def test_the_split_agreements_write_every_file_when_nothing_fails(
    program_file: Location, tmp_path: Path
) -> None:
    export = next(e for e in EXPORTS if e.is_folder)
    target = previous_version(export, program_file, tmp_path)
    assert export.run(program_file, target) == ""
    assert len(list(target.iterdir())) == 3
    assert all(p.read_bytes().startswith(b"%PDF") for p in target.iterdir())
    assert [p.name for p in tmp_path.rglob(".*")] == []
