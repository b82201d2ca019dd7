"""The command line on a shared PostgreSQL database, run as a user runs it (issue 12).

A real server, never a mock: the throwaway cluster of ``tests/pg_cluster.py``.
The README's scripted session runs against a URL instead of a file; an import
and a copy are cut in the middle by stopping the server (``pg_ctl stop -m
immediate``) and, once it is back, the database holds all of it or none of it
and the command said so in one plain line with exit status 2.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import icalendar
import openpyxl
import psycopg
import pypdf
import pytest
from test_readme_script import readme_script, run_session

REPO = Path(__file__).resolve().parents[2]
RunCli = Callable[..., subprocess.CompletedProcess[str]]
BIG_ROSTER = 20_000
LOST = "The connection to the database server was lost"


def cli_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PEERDESK_HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["TZ"] = "UTC"
    return env


def start_cli(tmp_path: Path, *args: str | Path) -> subprocess.Popen[str]:
    """``peerdesk ARGS`` started in its own process, as ``run_cli`` runs it, not waited for."""
    return subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=cli_env(tmp_path),
        cwd=tmp_path,
    )


def database_name(url: str) -> str:
    return url.split("?", 1)[0].rsplit("/", 1)[-1]


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql).fetchall()  # type: ignore[arg-type]


def program_rows(url: str) -> dict[str, int]:
    """Rows in each table of a PeerDesk database but its own (markers, users), read with psycopg."""
    tables = [
        name
        for (name,) in rows(
            url,
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY table_name",
        )
        if name not in ("alembic_version", "peerdesk_meta", "peerdesk_user", "peerdesk_grant")
    ]
    return {name: rows(url, f'SELECT count(*) FROM "{name}"')[0][0] for name in tables}


def write_big_roster(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Name", "Email", "Role", "Department", "Interests", "Years"])
        for i in range(BIG_ROSTER):
            writer.writerow([f"Person {i:05d} Example", f"person{i}@example.org",
                             ("mentor", "mentee")[i % 2], f"Dept {i % 12}",
                             "Leadership; Writing", i % 30])  # fmt: skip


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 180
    while not condition():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the command ended before {what}: {process.returncode}\n{out}\n{err}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"waited three minutes for {what}")
        time.sleep(0.02)


def writing_into(cluster: Any, url: str) -> Callable[[], bool]:
    """Whether a transaction writing people is open on ``url``'s database."""
    name = database_name(url)

    def check() -> bool:
        found = rows(
            cluster.url(),
            "SELECT count(*) FROM pg_stat_activity WHERE datname = "
            f"'{name}' AND backend_xid IS NOT NULL "
            """AND query ~* '^\\s*(INSERT INTO|COPY) "?(person|participant)\\M'""",
        )
        return bool(found[0][0])

    return check


def reading_from(cluster: Any, url: str) -> Callable[[], bool]:
    """Whether a transaction is open on ``url``'s database (a copy's snapshot, say)."""
    name = database_name(url)

    def check() -> bool:
        found = rows(
            cluster.url(),
            "SELECT count(*) FROM pg_stat_activity WHERE datname = "
            f"'{name}' AND xact_start IS NOT NULL AND query ILIKE 'SELECT%'",
        )
        return bool(found[0][0])

    return check


def stop_server_and_finish(cluster: Any, process: subprocess.Popen[str]) -> tuple[str, str]:
    """Stop the server at once (a crash, as far as the command can tell), let the command
    end, start the server again; the command's output."""
    time.sleep(0.05)  # inside the transaction, which has begun writing people
    cluster.stop("immediate")
    try:
        out, err = process.communicate(timeout=180)
    finally:
        cluster.restart()
    return out, err


def assert_lost_connection(code: int, out: str, err: str) -> None:
    assert code == 2, out + err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("peerdesk: "), err
    assert LOST in err and "none of it" in err


def test_the_readme_session_runs_on_a_shared_database(
    run_cli: RunCli, empty_pg_url: str, tmp_path: Path
) -> None:
    """The README's "Scripting a program" block, with a URL where it names the file."""
    script = readme_script()
    assert script.count("riverside.peerdesk") >= 8
    work = tmp_path / "work"
    work.mkdir()
    env = cli_env(tmp_path)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PEERDESK_URL"] = empty_pg_url

    done = run_session(script.replace("riverside.peerdesk", '"$PEERDESK_URL"'), tmp_path, env)
    assert not list(work.glob("*.peerdesk"))  # everything went to the server
    ((people, matched),) = rows(
        empty_pg_url,
        "SELECT count(*), count(*) FILTER (WHERE status = 'matched') FROM participant",
    )
    ((pairs,),) = rows(empty_pg_url, "SELECT count(*) FROM pair WHERE status = 'active'")
    assert (people, matched, pairs) == (6, 6, 3)
    assert "Saved 3 active pairs." in done.stdout
    text = "".join(p.extract_text() for p in pypdf.PdfReader(work / "agreements.pdf").pages)
    for name in ("Ana Rivera", "Bo Chen", "Fatima Zahra"):
        assert name in text
    calendar = icalendar.Calendar.from_ical((work / "first-meetings.ics").read_bytes())
    starts = [event.decoded("DTSTART") for event in calendar.walk("VEVENT")]
    assert len(starts) == pairs
    assert all(isinstance(s, datetime) and date(2027, 1, 18) <= s.date() <= date(2027, 1, 22)
               for s in starts)  # fmt: skip

    # The commands the session did not use, on the same database, read back with other tools.
    def peerdesk(*args: str | Path) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "ui.launcher", *map(str, args)],
            capture_output=True, text=True, encoding="utf-8", env=env, cwd=work, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, f"{args[0]}: {done.stdout}{done.stderr}"
        assert empty_pg_url not in done.stdout + done.stderr  # named by its label, not its URL
        return done

    people = list(csv.reader(peerdesk("people", empty_pg_url, "--csv").stdout.splitlines()))
    assert sorted(row[0] for row in people[1:]) == sorted(
        ["Ana Rivera", "Bo Chen", "Chidi Okeke", "Dana Holm", "Emeka Obi", "Fatima Zahra"]
    )
    assert "Nothing needs attention" in peerdesk("attention", empty_pg_url).stdout
    peerdesk("export", empty_pg_url, "--xlsx", "program.xlsx")
    workbook = openpyxl.load_workbook(work / "program.xlsx", read_only=True)
    try:
        pair_rows = list(workbook["Pairs"].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert len([r for r in pair_rows if any(c for c in r)]) == 1 + pairs
    peerdesk("report", empty_pg_url, "--pdf", "report.pdf")
    summary = "".join(p.extract_text() for p in pypdf.PdfReader(work / "report.pdf").pages)
    assert "Spring mentoring" in summary
    backup = Path(peerdesk("backup", empty_pg_url).stdout.strip().removeprefix("Backed up to "))
    conn = sqlite3.connect(backup)  # a local program file
    try:
        assert conn.execute("SELECT count(*) FROM pair WHERE status = 'active'").fetchone() == (
            pairs,
        )
    finally:
        conn.close()


def test_an_import_cut_by_the_server_stopping_lands_whole_or_not_at_all(
    run_cli: RunCli, pg_cluster: Any, pg_url: str, tmp_path: Path
) -> None:
    assert run_cli("init", pg_url, "--program", "Everyone").returncode == 0
    roster = tmp_path / "everyone.csv"
    write_big_roster(roster)
    before = program_rows(pg_url)

    importing = start_cli(tmp_path, "import", pg_url, roster)
    wait_for(writing_into(pg_cluster, pg_url), importing, "the import began writing people")
    out, err = stop_server_and_finish(pg_cluster, importing)

    after = program_rows(pg_url)
    people = after["participant"]
    assert people in (0, BIG_ROSTER), "half an import landed"
    assert people == 0, "the import finished before the server stopped: make the roster bigger"
    assert after == before  # none of it: no person, no batch, no history line
    assert_lost_connection(importing.returncode, out, err)

    again = run_cli("import", pg_url, roster)  # the server is back: trying again works
    assert again.returncode == 0, again.stdout + again.stderr
    assert program_rows(pg_url)["participant"] == BIG_ROSTER


def test_a_copy_cut_by_the_server_stopping_leaves_nothing_behind(
    run_cli: RunCli, pg_cluster: Any, tmp_path: Path
) -> None:
    program = tmp_path / "everyone.peerdesk"
    roster = tmp_path / "everyone.csv"
    write_big_roster(roster)
    assert run_cli("init", program, "--program", "Everyone").returncode == 0
    assert run_cli("import", program, roster).returncode == 0
    shared = pg_cluster.fresh_database(empty=True)
    try:
        # A file onto the server: the server stops while the copy writes.
        copying = start_cli(tmp_path, "copy", program, shared)
        wait_for(writing_into(pg_cluster, shared), copying, "the copy began writing people")
        out, err = stop_server_and_finish(pg_cluster, copying)
        counts = program_rows(shared)
        assert counts and set(counts.values()) == {0}, f"part of the copy landed: {counts}"
        assert_lost_connection(copying.returncode, out, err)

        # The server is back: the copy goes through into the database it set up.
        done = run_cli("copy", program, shared)
        assert done.returncode == 0, done.stdout + done.stderr
        assert program_rows(shared)["participant"] == BIG_ROSTER

        # The server onto a new file: the server stops while the copy reads from it.
        target = tmp_path / "copies" / "everyone-copy.peerdesk"
        copying = start_cli(tmp_path, "copy", shared, target)
        building = target.parent / f".{target.name}.building-{copying.pid}"
        wait_for(
            lambda: building.exists() and reading_from(pg_cluster, shared)(),
            copying,
            "the copy began reading",
        )
        out, err = stop_server_and_finish(pg_cluster, copying)
        assert_lost_connection(copying.returncode, out, err)
        assert list(target.parent.iterdir()) == []  # neither the copy nor its half-made file
    finally:
        pg_cluster.drop(shared)
