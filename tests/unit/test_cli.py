"""The command line, called in-process: output, exit codes and one-line errors."""

from __future__ import annotations

import argparse
import hashlib
import io
import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from peerdesk import __version__, backups, cli, history
from peerdesk.database import create_database, open_database
from peerdesk.enums import ProgramTemplate, Role
from peerdesk.models import Participant, Person
from peerdesk.program.programs import create_program, find_program, load_settings, quick_settings


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def run(*args: str | Path, **kwargs: object) -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err, **kwargs)  # type: ignore[arg-type]
    return Result(code, out.getvalue(), err.getvalue())


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1 and result.err.endswith("\n"), result.err
    assert result.err.startswith("peerdesk: ")
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in result.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    result = run("--version")
    assert (result.code, result.out, result.err) == (0, f"peerdesk {__version__}\n", "")


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.code == 0
    for name in ("open", "init", "programs", "backup"):
        assert name in result.out


def test_init_creates_a_file_with_a_program_from_a_template(tmp_path: Path) -> None:
    path = tmp_path / "programs" / "school.peerdesk"

    result = run("init", path, "--program", "Peer tutors", "--template", "school")

    assert result.code == 0, result.err
    assert result.err == ""
    assert "Created" in result.out and "“Peer tutors”" in result.out and "school" in result.out
    with open_database(path) as db:
        settings = load_settings(db, find_program(db, "Peer tutors"))
    assert settings.template is ProgramTemplate.SCHOOL


def test_init_adds_a_program_to_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "org.peerdesk"
    assert run("init", path, "--program", "Spring mentoring").code == 0

    result = run("init", path, "--program", "Youth circle", "--template", "youth")

    assert result.code == 0, result.err
    assert result.out.startswith("Added the program “Youth circle”")
    with open_database(path) as db:
        assert load_settings(db, find_program(db, "Spring mentoring")).template is (
            ProgramTemplate.WORKPLACE
        )
        assert load_settings(db, find_program(db, "youth circle")).template is (
            ProgramTemplate.YOUTH
        )


def test_init_refuses_a_duplicate_name(tmp_path: Path) -> None:
    path = tmp_path / "org.peerdesk"
    run("init", path, "--program", "Spring mentoring")
    result = run("init", path, "--program", "SPRING MENTORING")
    assert_one_line_error(result, "already has a program called “SPRING MENTORING”")


def test_init_with_a_blank_name_leaves_no_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "org.peerdesk"
    result = run("init", path, "--program", "   ")
    assert_one_line_error(result, "Give the program a name.")
    assert list(tmp_path.iterdir()) == []


def test_init_on_a_spreadsheet_leaves_it_untouched(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.save(tmp_path / "roster.xlsx")
    path = (tmp_path / "roster.xlsx").rename(tmp_path / "roster.peerdesk")
    before = digest(path)

    result = run("init", path, "--program", "Spring mentoring")

    assert_one_line_error(result, "is not a PeerDesk program file", "spreadsheet")
    assert digest(path) == before


def test_programs_lists_names_templates_dates_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "org.peerdesk"
    with create_database(path) as db:
        spring = quick_settings("Spring mentoring", ProgramTemplate.WORKPLACE)
        spring.start_date, spring.end_date = date(2025, 3, 1), date(2025, 9, 30)
        spring_id = create_program(db, spring)
        create_program(db, quick_settings("Youth circle", ProgramTemplate.YOUTH))
        with db.transaction() as s:
            for n, name in enumerate(["Ana Ruiz", "Bo Chen", "Cy Okafor"]):
                s.add(
                    Participant(
                        program_id=spring_id,
                        person=Person(full_name=name),
                        role=Role.MENTOR if n == 0 else Role.MENTEE,
                    )
                )

    result = run("programs", path)

    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Program           Template   Starts      Ends        Participants",
        "----------------  ---------  ----------  ----------  ------------",
        "Spring mentoring  workplace  2025-03-01  2025-09-30             3",
        "Youth circle      youth      -           -                      0",
    ]


def test_programs_on_a_file_without_programs_says_how_to_add_one(tmp_path: Path) -> None:
    path = tmp_path / "empty.peerdesk"
    create_database(path).close()
    result = run("programs", path)
    assert result.code == 0
    assert "has no programs yet" in result.out
    assert "peerdesk init" in result.out


def test_backup_makes_a_backup_and_says_where(tmp_path: Path, peerdesk_home: Path) -> None:
    path = tmp_path / "org.peerdesk"
    run("init", path, "--program", "Spring mentoring")

    result = run("backup", path)

    assert result.code == 0, result.err
    made = Path(result.out.strip().removeprefix("Backed up to "))
    assert made.is_file() and made.is_relative_to(peerdesk_home)
    assert [b.path for b in backups.list_backups(path)] == [made]
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT name FROM program").fetchall() == [("Spring mentoring",)]
    conn.close()

    again = run("backup", path)
    assert again.code == 0
    assert again.out.startswith("Nothing changed since the last backup")
    assert str(made) in again.out


def test_a_file_open_elsewhere_is_named(tmp_path: Path) -> None:
    path = tmp_path / "org.peerdesk"
    with create_database(path):
        result = run("programs", path)
    assert_one_line_error(result, "already open", str(path))


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    result = run("programs", tmp_path / "nowhere.peerdesk")
    assert_one_line_error(result, "nowhere.peerdesk", "does not exist")


def test_a_file_from_a_newer_peerdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "org.peerdesk"
    create_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(path)
    assert_one_line_error(run("backup", path), "newer version of PeerDesk")
    assert digest(path) == before


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ((), "Name a command"),
        (("nosuch",), "invalid choice: 'nosuch'"),
        (("init", "x.peerdesk"), "--program"),
        (("init", "x.peerdesk", "--program", "A", "--template", "corporate"), "'corporate'"),
        (("programs",), "FILE"),
        (("programs", "a.peerdesk", "b.peerdesk"), "nrecognized arguments: b.peerdesk"),
    ],
)
def test_a_wrong_command_line_is_one_line_with_where_to_look(
    args: tuple[str, ...], fragment: str
) -> None:
    result = run(*args)
    assert_one_line_error(result, fragment, "--help")


def test_a_bug_is_logged_and_reported_in_one_line(peerdesk_home: Path) -> None:
    @cli.command("explode", "a command with a bug (test only)")
    def explode(args: argparse.Namespace, ctx: cli.Context) -> int:
        raise RuntimeError("a bug deep inside")

    try:
        result = run("explode")
    finally:
        del cli.COMMANDS["explode"]

    assert result.code == cli.EXIT_INTERNAL_ERROR == 3  # not 1: that is "done, problems listed"
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert "PeerDesk ran into an unexpected problem; details are in" in result.err
    assert "Traceback" not in result.err
    logfile = Path(result.err.split("details are in ", 1)[1].strip())
    assert logfile.is_relative_to(peerdesk_home)
    logged = logfile.read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug deep inside" in logged


def test_an_internal_error_inside_the_core_exits_3_and_changes_nothing(
    tmp_path: Path, peerdesk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash halfway through a write: its own exit code, the log named, the file as it was."""
    path = tmp_path / "org.peerdesk"
    assert run("init", path, "--program", "Spring mentoring").code == 0

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the change history is broken")

    # The program row is written, then recording it in the history fails.
    monkeypatch.setattr(history, "record", broken)
    result = run("init", path, "--program", "Autumn mentoring")

    assert result.code == 3
    assert result.out == ""
    assert result.err.count("\n") == 1, result.err
    assert result.err.startswith(
        "peerdesk: PeerDesk ran into an unexpected problem; details are in "
    )
    assert "Traceback" not in result.err and "history is broken" not in result.err
    logfile = Path(result.err.split("details are in ", 1)[1].strip())
    assert "RuntimeError: the change history is broken" in logfile.read_text(encoding="utf-8")
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM program").fetchall() == [("Spring mentoring",)]
    finally:
        conn.close()


def test_exit_codes_are_told_in_the_help() -> None:
    result = run("--help")
    assert "0 done; 1 done, with problems listed; 2 refused, nothing changed; 3 an" in " ".join(
        result.out.split()
    )


def test_a_later_feature_adds_a_command_through_the_registry() -> None:
    def configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("who")

    @cli.command("greet", "say hello (test only)", configure)
    def greet(args: argparse.Namespace, ctx: cli.Context) -> int:
        ctx.say(f"Hello, {args.who}")
        return 0

    try:
        assert "greet" in cli.command_names()
        assert "greet" in run("--help").out
        result = run("greet", "Ana")
        with pytest.raises(ValueError, match="twice"):
            cli.command("greet", "again")(greet)
    finally:
        del cli.COMMANDS["greet"]
    assert (result.code, result.out) == (0, "Hello, Ana\n")


def test_open_hands_the_file_to_the_app(tmp_path: Path) -> None:
    opened: list[Path | None] = []

    def open_gui(path: Path | None) -> int:
        opened.append(path)
        return 0

    result = run("open", tmp_path / "org.peerdesk", open_gui=open_gui)
    assert result.code == 0
    assert opened == [tmp_path / "org.peerdesk"]


def test_open_without_the_app_says_so(tmp_path: Path) -> None:
    assert_one_line_error(run("open", tmp_path / "org.peerdesk"), "not available")


def test_format_table_aligns_text_left_and_numbers_right() -> None:
    table = cli.format_table(["Name", "N"], [["Ana", "7"], ["Bo Chen", "12"]])
    assert table.splitlines() == [
        "Name      N",
        "-------  --",
        "Ana       7",
        "Bo Chen  12",
    ]
