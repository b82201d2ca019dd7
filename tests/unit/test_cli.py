"""The command line, called in-process: output, exit codes and one-line errors."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import openpyxl
import pytest

from peerdesk import __version__, backups, cli, history
from peerdesk.database import create_database, open_database
from peerdesk.enums import ProgramTemplate, Role
from peerdesk.models import Participant, Person
from peerdesk.program.programs import create_program, find_program, load_settings, quick_settings
from peerdesk.storage.copy import DATABASE_OWN
from tests.pg_cluster import ROLE


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


def test_open_hands_a_server_url_to_the_app_as_it_is() -> None:
    opened: list[Path | str | None] = []

    def open_gui(location: Path | str | None) -> int:
        opened.append(location)
        return 0

    url = "postgresql://ana@db.example.org:5432/mentoring"
    assert run("open", url, open_gui=open_gui).code == 0
    assert opened == [url]


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


# --- a shared database (issue 12): every command takes a URL too ---------------------


def server_tables(url: str) -> dict[str, int]:
    """Every table of a server database and its rows, read with psycopg (not PeerDesk)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() ORDER BY table_name"
            )
        ]
        return {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # type: ignore[index]
            for name in names
        }


def file_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a program file, in key order, read with sqlite3."""
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall() for name in names
        }
    finally:
        conn.close()


def test_a_url_on_the_command_line_stays_a_url() -> None:
    url = "postgresql://ana@db.example.org:5432/mentoring"
    assert cli.location(url) == url
    assert cli.location(" postgres://ana@db/mentoring ") == "postgres://ana@db/mentoring"
    assert cli.location("~/org.peerdesk") == Path.home() / "org.peerdesk"


def test_init_sets_up_an_empty_database_and_then_has_nothing_to_do(empty_pg_url: str) -> None:
    result = run("init", empty_pg_url)

    assert result.code == 0, result.err
    assert result.out.startswith("Set up ") and "for PeerDesk" in result.out
    assert "?" not in result.out and "host=" not in result.out  # the label, not the URL
    tables = server_tables(empty_pg_url)
    assert {"peerdesk_meta", "alembic_version", "program", "person"} <= set(tables)
    assert tables["program"] == 0

    again = run("init", empty_pg_url)
    assert again.code == 0, again.err
    assert "already set up for PeerDesk; nothing to do" in again.out
    assert server_tables(empty_pg_url) == tables

    added = run("init", empty_pg_url, "--program", "Riverside")
    assert added.code == 0, added.err
    assert added.out.startswith("Added the program “Riverside”")
    listed = run("programs", empty_pg_url)
    assert listed.code == 0 and "Riverside" in listed.out


def test_init_with_a_program_on_an_empty_database_sets_it_up_with_the_program(
    empty_pg_url: str,
) -> None:
    result = run("init", empty_pg_url, "--program", "Peer tutors", "--template", "school")

    assert result.code == 0, result.err
    assert (
        result.out.startswith("Set up ") and "“Peer tutors” from the school template" in result.out
    )
    with open_database(empty_pg_url) as db:
        settings = load_settings(db, find_program(db, "Peer tutors"))
    assert settings.template is ProgramTemplate.SCHOOL


def test_init_refuses_another_applications_database_and_changes_nothing(
    pg_cluster: object, empty_pg_url: str
) -> None:
    import psycopg

    with psycopg.connect(empty_pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoice (id serial PRIMARY KEY, total numeric)")
        conn.execute("INSERT INTO invoice (total) VALUES (12.5), (99)")
    before = server_tables(empty_pg_url)

    for args in (("init", empty_pg_url), ("init", empty_pg_url, "--program", "Riverside")):
        assert_one_line_error(run(*args), "belongs to another application", "Nothing was changed")
        assert server_tables(empty_pg_url) == before == {"invoice": 2}


def test_init_refuses_a_database_of_a_newer_peerdesk(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = server_tables(pg_url)

    assert_one_line_error(run("init", pg_url), "newer version of PeerDesk")
    assert_one_line_error(run("people", pg_url), "newer version of PeerDesk")
    assert server_tables(pg_url) == before


def test_a_file_needs_a_program_name_but_a_server_does_not(tmp_path: Path) -> None:
    assert_one_line_error(run("init", tmp_path / "org.peerdesk"), "--program NAME")
    assert not (tmp_path / "org.peerdesk").exists()


def test_a_missing_database_an_unknown_host_and_a_closed_port_are_one_plain_line(
    pg_cluster: object,
) -> None:
    missing = pg_cluster.url("no_such_database")  # type: ignore[attr-defined]
    assert_one_line_error(run("people", missing), "no database called “no_such_database”")
    assert_one_line_error(run("init", missing), "no database called “no_such_database”")

    with closed_port() as closed:
        result = run("people", f"postgresql://peerdesk@127.0.0.1:{closed}/mentoring")
    assert_one_line_error(result, f"127.0.0.1:{closed}", "nothing answers")

    unknown = run("backup", "postgresql://peerdesk@no-such-host.invalid/mentoring")
    assert_one_line_error(unknown, "no-such-host.invalid", "no computer with that name")


@contextlib.contextmanager
def closed_port() -> Iterator[int]:
    """A port on this computer held (bound, never listening) so that connecting is refused."""
    import socket

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield int(held.getsockname()[1])


def test_a_password_in_the_url_never_shows(pg_cluster: object) -> None:
    with closed_port() as closed:
        url = f"postgresql://peerdesk:s3cret-pw@127.0.0.1:{closed}/mentoring"
        result = run("programs", url)
    assert_one_line_error(result, "nothing answers")
    assert "s3cret-pw" not in result.err


def test_backup_and_restore_on_a_server_database(pg_url: str, peerdesk_home: Path) -> None:
    assert run("init", pg_url, "--program", "Spring mentoring").code == 0

    result = run("backup", pg_url)

    assert result.code == 0, result.err
    made = Path(result.out.strip().removeprefix("Backed up to "))
    assert made.is_file() and made.is_relative_to(peerdesk_home) and made.suffix == ".peerdesk"
    conn = sqlite3.connect(made)  # a local copy, a program file like any other
    assert conn.execute("SELECT name FROM program").fetchall() == [("Spring mentoring",)]
    conn.close()
    again = run("backup", pg_url)
    assert again.code == 0 and again.out.startswith("Nothing changed since the last backup")
    assert str(made) in again.out

    assert run("init", pg_url, "--program", "Youth circle").code == 0
    assert run("programs", pg_url).out.count("\n") == 4  # header, rule, two programs

    restored = run("restore", pg_url, made.name)  # its name in the backup folder

    assert restored.code == 0, restored.err
    assert "Restored " in restored.out and "Its state before is backed up in" in restored.out
    safety = Path(restored.out.rsplit("backed up in ", 1)[1].strip())
    conn = sqlite3.connect(safety)
    assert sorted(conn.execute("SELECT name FROM program").fetchall()) == [
        ("Spring mentoring",),
        ("Youth circle",),
    ]
    conn.close()
    listed = run("programs", pg_url)
    assert "Spring mentoring" in listed.out and "Youth circle" not in listed.out


def test_copy_file_to_server_to_file_keeps_every_row_of_every_table(
    tmp_path: Path, empty_pg_url: str
) -> None:
    from peerdesk.program.sample import make_sample_file

    original = tmp_path / "sample.peerdesk"
    make_sample_file(original)
    before = digest(original)

    there = run("copy", original, empty_pg_url)

    assert there.code == 0, there.err
    assert "every table holds as many rows in the target as in the source" in there.out
    assert digest(original) == before  # the source is only read
    # The program's rows; each database keeps its own users, grants and markers.
    counts = {k: n for k, n in server_tables(empty_pg_url).items() if k not in DATABASE_OWN}
    rows = {k: r for k, r in file_rows(original).items() if k not in DATABASE_OWN}
    assert {name: len(r) for name, r in rows.items()} == counts
    assert counts["meeting"] > 100 and counts["survey_answer"] > 100 and counts["goal"] > 0

    back = tmp_path / "back" / "copy.peerdesk"
    home = run("copy", empty_pg_url, back, "--json")

    assert home.code == 0, home.err
    report = json.loads(home.out)
    assert report["equal"] is True
    assert report["target"] == str(back)
    assert "?" not in report["source"]  # the database's label, not its URL
    assert {t["table"]: t["source"] for t in report["tables"]} == {
        t["table"]: t["target"] for t in report["tables"]
    }
    assert report["rows"]["source"] == report["rows"]["target"] > 1000
    back_rows = {k: r for k, r in file_rows(back).items() if k not in DATABASE_OWN}
    assert back_rows == rows  # identical rows, table by table
    assert sorted(p.name for p in back.parent.iterdir()) == ["copy.peerdesk"]  # nothing else


def test_copy_prints_the_rows_of_every_table_on_both_sides(
    tmp_path: Path, empty_pg_url: str
) -> None:
    path = tmp_path / "org.peerdesk"
    assert run("init", path, "--program", "Spring mentoring").code == 0

    result = run("copy", path, empty_pg_url)

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["Table", "Source", "Target"]
    table = {line.split()[0]: line.split()[1:] for line in lines[2:] if line.strip()[:1].islower()}
    assert table["program"] == ["1", "1"]
    assert table["person"] == ["0", "0"]
    assert all(source == target for source, target in table.values())
    with open_database(empty_pg_url) as db:
        assert find_program(db, "Spring mentoring") > 0


def test_copy_refuses_a_target_that_holds_something_and_changes_nothing(
    tmp_path: Path, pg_url: str
) -> None:
    path = tmp_path / "org.peerdesk"
    assert run("init", path, "--program", "Spring mentoring").code == 0
    assert run("init", pg_url, "--program", "Already here").code == 0
    on_server = server_tables(pg_url)
    source = digest(path)

    assert_one_line_error(
        run("copy", path, pg_url), "already holds a program", "Nothing was changed"
    )
    assert server_tables(pg_url) == on_server

    existing = tmp_path / "existing.peerdesk"
    existing.write_bytes(b"someone's file")
    assert_one_line_error(run("copy", pg_url, existing), "already exists")
    assert existing.read_bytes() == b"someone's file"

    assert_one_line_error(run("copy", pg_url, pg_url), "both the source and the target")
    assert_one_line_error(run("copy", tmp_path / "nowhere.peerdesk", pg_url), "does not exist")
    assert server_tables(pg_url) == on_server and digest(path) == source
    made = sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock")
    assert made == ["existing.peerdesk", "org.peerdesk"]  # no half-made copy


def test_copy_into_another_applications_database_is_refused(
    tmp_path: Path, empty_pg_url: str
) -> None:
    import psycopg

    path = tmp_path / "org.peerdesk"
    assert run("init", path, "--program", "Spring mentoring").code == 0
    with psycopg.connect(empty_pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoice (id serial PRIMARY KEY)")

    assert_one_line_error(run("copy", path, empty_pg_url), "belongs to another application")
    assert server_tables(empty_pg_url) == {"invoice": 0}


def test_every_command_names_a_server_database_by_its_label(pg_url: str) -> None:
    assert run("init", pg_url, "--program", "Spring mentoring").code == 0
    result = run("programs", pg_url)
    assert result.code == 0 and "Spring mentoring" in result.out
    people = run("people", pg_url)
    assert people.code == 0, people.err
    assert "Nobody has joined “Spring mentoring” yet" in people.out
    assert run("init", pg_url, "--program", "Youth circle").code == 0
    assert_one_line_error(run("people", pg_url), "This database has several programs")


def readme_team_sql() -> list[str]:
    """The README's two psql lines that make a shared database, exactly as written."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    after = readme[readme.index("### Working as a team") :]
    start = after.index("```sql\n") + len("```sql\n")
    statements = [line.strip() for line in after[start : after.index("```", start)].splitlines()]
    assert [s.split()[:2] for s in statements if s] == [["CREATE", "ROLE"], ["CREATE", "DATABASE"]]
    return [s for s in statements if s]


@pytest.fixture
def team_database(pg_cluster: Any) -> Iterator[tuple[str, str]]:
    """A database made the way the README's "Working as a team" says, for a role that must
    give its password: (its URL without the password, the password)."""
    role, name, password = f"team_{os.getpid()}", f"team_db_{os.getpid()}", "correct horse 7"
    for statement in readme_team_sql():
        statement = re.sub(r"\bpeerdesk\b", role, statement)
        statement = re.sub(r"\bmentoring\b", name, statement)
        pg_cluster.sql(statement.replace("a-long-password", password).rstrip(";"))
    hba = pg_cluster.data / "pg_hba.conf"
    trusting = hba.read_text(encoding="utf-8")
    hba.write_text(f"local all {role} scram-sha-256\n{trusting}", encoding="utf-8")
    pg_cluster.sql("SELECT pg_reload_conf()")
    url = pg_cluster.url(name).replace(f"//{ROLE}@", f"//{role}@")
    try:
        yield url, password
    finally:
        hba.write_text(trusting, encoding="utf-8")
        pg_cluster.sql("SELECT pg_reload_conf()")
        pg_cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        pg_cluster.sql(f"DROP ROLE IF EXISTS {role}")


def with_password(url: str, password: str) -> str:
    scheme, rest = url.split("://", 1)
    user, rest = rest.split("@", 1)
    return f"{scheme}://{user}:{quote(password)}@{rest}"


def test_a_wrong_password_is_one_plain_line_and_never_shown(
    team_database: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, _password = team_database
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))

    wrong = run("init", with_password(url, "Tr0ub4dor"))
    assert_one_line_error(wrong, "did not accept the user name or password", "team_")
    assert "Tr0ub4dor" not in wrong.err
    assert_one_line_error(run("init", url), "did not accept the user name or password")
    monkeypatch.setenv("PGPASSWORD", "not it either")
    assert_one_line_error(run("people", url), "did not accept the user name or password")


def test_the_password_comes_from_the_url_pgpassword_or_pgpass(
    team_database: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, password = team_database
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))

    in_url = run("init", with_password(url, password), "--program", "Riverside")
    assert in_url.code == 0, in_url.err
    assert password not in in_url.out and quote(password) not in in_url.out

    monkeypatch.setenv("PGPASSWORD", password)
    listed = run("programs", url)
    assert listed.code == 0, listed.err
    assert "Riverside" in listed.out
    monkeypatch.delenv("PGPASSWORD")

    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:*:{password}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    backed_up = run("backup", url)
    assert backed_up.code == 0, backed_up.err
    assert backed_up.out.startswith("Backed up to ")


def test_a_role_without_rights_on_a_database_is_told_so(
    team_database: tuple[str, str], pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, password = team_database
    monkeypatch.setenv("PGPASSWORD", password)
    theirs = pg_url.replace(f"//{ROLE}@", f"//{url.split('//', 1)[1].split('@', 1)[0]}@")
    before = server_tables(pg_url)

    result = run("init", theirs, "--program", "Riverside")

    assert_one_line_error(result, "may not do this", "Nothing was changed")
    assert server_tables(pg_url) == before


def test_every_command_that_takes_a_file_takes_a_url_too() -> None:
    parser = cli.build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    url = "postgresql://ana@db.example.org:5432/mentoring"
    taking_a_file = []
    for name, sub in subparsers.choices.items():
        for action in sub._actions:
            if action.dest in ("file", "source", "target"):
                taking_a_file.append(name)
                assert action.type is cli.location, f"peerdesk {name} {action.metavar}"
                assert "URL" in (action.help or ""), f"peerdesk {name} --help"
    named = {"open", "init", "import", "match", "schedule", "ics", "agreements", "export",
             "report", "people", "attention", "backup", "restore", "copy"}  # fmt: skip
    assert named <= set(taking_a_file)
    assert cli.location(url) == url


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_copy_shows_its_progress_on_a_terminal_and_clears_it(
    tmp_path: Path, empty_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.cli.copying import TerminalProgress

    monkeypatch.setattr(TerminalProgress, "EVERY_S", 0.0)
    path = tmp_path / "org.peerdesk"
    assert run("init", path, "--program", "Spring mentoring").code == 0
    out, err = io.StringIO(), Terminal()

    code = cli.main(["copy", str(path), empty_pg_url], out=out, err=err)

    assert code == 0, err.getvalue()
    shown = err.getvalue()
    assert "Copying… " in shown and "% (program)" in shown
    assert shown.endswith("\r\x1b[K")  # the line is cleared when it is done
    assert "every table holds as many rows" in out.getvalue()


def test_setting_up_a_database_the_role_does_not_own_is_told_so(
    team_database: tuple[str, str], empty_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's CREATE DATABASE … OWNER forgotten: the role may not create tables there."""
    url, password = team_database
    monkeypatch.setenv("PGPASSWORD", password)
    role = url.split("//", 1)[1].split("@", 1)[0]
    not_theirs = empty_pg_url.replace(f"//{ROLE}@", f"//{role}@")

    assert_one_line_error(run("init", not_theirs), "may not do this", "Nothing was changed")
    assert server_tables(empty_pg_url) == {}
