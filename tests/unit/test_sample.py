"""The sample program: built through the real cores from the shipped roster, the same on
every build, and something to look at on every screen (pairs, meetings, attention items)."""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

import db_rows
import pytest
from openpyxl import load_workbook

from peerdesk.calendar import zones
from peerdesk.calendar.attention import AttentionKind, attention_items
from peerdesk.database import Database, open_database
from peerdesk.errors import FileExists
from peerdesk.program import sample
from peerdesk.progress import Cancelled, Progress

TODAY = date(2026, 3, 18)


def rows(path: Path, query: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(query, args).fetchall()
    finally:
        conn.close()


def pairs_of(path: Path) -> list[tuple[object, ...]]:
    return rows(
        path,
        """SELECT mentor.full_name, mentee.full_name, pair.score, pair.status, pair.started_on
           FROM pair
           JOIN participant AS a ON a.id = pair.mentor_id
           JOIN person AS mentor ON mentor.id = a.person_id
           JOIN participant AS b ON b.id = pair.mentee_id
           JOIN person AS mentee ON mentee.id = b.person_id
           ORDER BY pair.id""",
    )


def test_the_shipped_roster_imports_ready_to_match(db: Database) -> None:
    """A newcomer who imports the sample roster into a new program finds people to pair."""
    from peerdesk.matching import suggest
    from peerdesk.program.programs import create_program, quick_settings
    from peerdesk.roster.commit import run_import
    from peerdesk.roster.plan import RosterImport

    program = create_program(db, quick_settings("Trying PeerDesk"))
    summary = run_import(db, program, RosterImport.open(sample.roster_path(), db))
    assert len(summary.added) == 41 and not summary.rejected
    offered = suggest(db, program)
    assert len(offered.pairs) >= 15
    paired = {name for p in offered.pairs for name in (p.mentor_name, p.mentee_name)}
    assert paired.isdisjoint(sample.NOT_READY)  # still applying: not offered yet


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("sample") / "Sample program.peerdesk"
    program_id = sample.make_sample_file(path, today=TODAY)
    return path, program_id


def test_the_shipped_roster_is_invented_people_at_example_org() -> None:
    workbook = load_workbook(sample.roster_path(), read_only=True)
    try:
        header, *people = list(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert header[:3] == ("Name", "Email", "Role")
    assert 35 <= len(people) <= 45
    emails = [row[1] for row in people]
    assert all(str(e).endswith("@example.org") for e in emails)
    assert len(set(emails)) == len(emails)
    assert {row[2] for row in people} == {"Mentor", "Mentee", "Both"}
    assert any(any(ord(c) > 127 for c in str(row[0])) for row in people)  # accents kept


def test_the_program_is_named_and_marked_as_sample_data(built: tuple[Path, int]) -> None:
    path, program_id = built
    [(name, organization, purpose, start, end)] = rows(
        path, "SELECT name, organization_name, purpose, start_date, end_date FROM program"
    )
    assert name == sample.SAMPLE_PROGRAM_NAME and name.startswith("Sample")
    assert organization == "Sample Organization"
    assert "Nothing here is real" in str(purpose)
    assert date.fromisoformat(str(start)) < TODAY < date.fromisoformat(str(end))
    assert program_id == rows(path, "SELECT id FROM program")[0][0]


def test_people_came_in_through_the_import_and_most_are_ready(built: tuple[Path, int]) -> None:
    path, _program = built
    people = rows(
        path,
        """SELECT person.full_name, person.email, participant.role, participant.status
           FROM participant JOIN person ON person.id = participant.person_id""",
    )
    assert 35 <= len(people) <= 45
    assert Counter(role for _n, _e, role, _s in people).keys() == {"mentor", "mentee", "both"}
    statuses = Counter(status for _n, _e, _r, status in people)
    assert statuses["matched"] >= 30
    not_ready = {name for name, _e, _r, status in people if status == "applied"}
    assert not_ready == set(sample.NOT_READY)
    assert rows(path, "SELECT count(*) FROM import_batch")[0][0] == 1
    done = rows(path, "SELECT count(*) FROM step_record WHERE completed_on IS NOT NULL")[0][0]
    steps = rows(path, "SELECT count(*) FROM program_step WHERE required = 1")[0][0]
    assert done >= (len(people) - 3) * steps


def test_pairs_are_confirmed_three_months_back_and_some_agreements_signed(
    built: tuple[Path, int],
) -> None:
    path, _program = built
    pairs = pairs_of(path)
    assert len(pairs) >= 15
    started = TODAY - timedelta(days=sample.PAIR_START_DAYS_AGO)
    assert {(status, on) for _m, _e, _s, status, on in pairs} == {("active", started.isoformat())}
    assert all(score is not None for _m, _e, score, _st, _on in pairs)
    signed = rows(
        path, "SELECT agreement_signed_on FROM pair WHERE agreement_signed_on IS NOT NULL"
    )
    assert 0 < len(signed) < len(pairs)
    assert all(started <= date.fromisoformat(str(d)) <= TODAY for (d,) in signed)


def test_meetings_past_and_future_mostly_held(built: tuple[Path, int]) -> None:
    path, _program = built
    meetings = rows(
        path,
        "SELECT kind, status, starts_at, actual_minutes, notes, timezone FROM meeting",
    )
    pair_meetings = [m for m in meetings if m[0] == "pair"]
    days = [zones.local_date(datetime.fromisoformat(str(m[2])), str(m[5])) for m in pair_meetings]
    past = [m for m, day in zip(pair_meetings, days, strict=True) if day < TODAY]
    future = [m for m, day in zip(pair_meetings, days, strict=True) if day > TODAY]
    assert past and future
    statuses = Counter(m[1] for m in past)
    assert statuses["held"] > 0.75 * len(past)
    assert statuses["cancelled"] >= 1 and statuses["no_show"] >= 1
    assert statuses["scheduled"] >= 2  # a pair that has not logged its last meetings
    assert all(m[1] == "scheduled" for m in future)
    held = [m for m in past if m[1] == "held"]
    assert len({m[3] for m in held}) >= 4  # realistic, varied lengths
    assert all(30 <= int(str(m[3])) <= 120 for m in held)
    assert sum(1 for m in held if m[4]) > len(held) / 2
    checkins = Counter(m[1] for m in meetings if m[0] == "staff_checkin")
    assert checkins["held"] >= 30 and checkins["scheduled"] > 0


def test_answers_to_the_pre_and_check_in_questions(built: tuple[Path, int]) -> None:
    path, _program = built
    kinds = dict(rows(path, "SELECT kind, count(*) FROM survey_response GROUP BY kind"))
    assert kinds["pre"] >= 25 and kinds["checkin"] >= 25
    answers = rows(path, "SELECT count(*) FROM survey_answer")[0][0]
    assert answers > 3 * (kinds["pre"] + kinds["checkin"])
    assert rows(path, "SELECT count(*) FROM goal")[0][0] > 0


def test_the_attention_list_has_items_of_several_kinds(built: tuple[Path, int]) -> None:
    path, program_id = built
    now = zones.to_utc(TODAY, clock(12, 0), zones.local_zone_name())
    with open_database(path) as db:
        items = attention_items(db, program_id, today=TODAY, now=now)
    kinds = {item.kind for item in items}
    assert {AttentionKind.UNLOGGED, AttentionKind.MISSED_IN_ROW, AttentionKind.CHECKIN_OVERDUE} <= (
        kinds
    )
    assert 3 <= len(items) <= 10  # something to look at, not a wall of alarms


def test_two_builds_give_the_same_pairs_and_logs(built: tuple[Path, int], tmp_path: Path) -> None:
    path, _program = built
    again = tmp_path / "again.peerdesk"
    sample.make_sample_file(again, today=TODAY)
    assert pairs_of(again) == pairs_of(path)
    query = "SELECT pair_id, status, actual_minutes, notes FROM meeting ORDER BY id"
    assert rows(again, query) == rows(path, query)
    query = "SELECT participant_id, kind, responded_at FROM survey_response ORDER BY id"
    assert rows(again, query) == rows(path, query)


def test_it_is_quick_and_leaves_no_working_files(tmp_path: Path) -> None:
    path = tmp_path / "Sample program.peerdesk"
    progress = Progress()
    started = time.perf_counter()
    sample.make_sample_file(path, progress=progress)
    assert time.perf_counter() - started < 5
    done, total, _text = progress.snapshot()
    assert done == total and total
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Sample program.peerdesk"]
    with open_database(path) as db:  # a whole, current PeerDesk file
        assert db.path == path.resolve()


def test_cancelling_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "Sample program.peerdesk"
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        sample.make_sample_file(path, progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_refused_and_ensure_reuses_it(peerdesk_home: Path) -> None:
    path = sample.ensure_sample_file()
    assert path == sample.sample_path()
    assert path.parent == peerdesk_home / "data"
    assert sample.is_sample_file(path) and not sample.is_sample_file(path.with_name("x.peerdesk"))
    made = path.stat().st_mtime_ns
    assert sample.ensure_sample_file() == path
    assert path.stat().st_mtime_ns == made  # opened as it is, not rebuilt
    with pytest.raises(FileExists):
        sample.make_sample_file(path)


def test_built_on_a_server_it_is_the_same_program_row_for_row(
    built: tuple[Path, int], pg_url: str
) -> None:
    """Every core the sample goes through (import, steps, matching, agreements, meetings,
    logs, check-ins, surveys, goals) gives the same rows on a server as in a file."""
    path, program_id = built
    with open_database(path) as db:
        builder = db.actor  # who built the file (the login name); the server's user differs
    with open_database(pg_url) as db:
        db.actor = builder
        assert sample.build_sample(db, today=TODAY) == program_id
        on_server = per_build_left_out(db_rows.every_row(db))
    with open_database(path) as db:
        in_file = per_build_left_out(db_rows.every_row(db))
    for table, found in in_file.items():
        assert on_server[table] == found, table


def per_build_left_out(tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[Any]]:
    """The rows without what differs from build to build (see PER_BUILD)."""
    from peerdesk.storage.copy import program_tables

    kept: dict[str, list[Any]] = {}
    for table in program_tables():
        names = [c.name for c in table.columns]
        kept[table.name] = [
            tuple(
                unstamped(v) if name == "undo_data" else v
                for name, v in zip(names, row, strict=True)
                if name not in PER_BUILD
            )
            for row in tables[table.name]
        ]
    return kept


# When rows were written, and a meeting's calendar id (random): new on every build.
PER_BUILD = {
    "created_at", "updated_at", "imported_at", "used_at", "at", "logged_at", "modified_at", "uid",
}  # fmt: skip


def unstamped(undo_data: str | None) -> object:
    """An import's undo data without the moment it was taken."""
    if undo_data is None:
        return None
    data = json.loads(undo_data)
    data.pop("stamp", None)
    return data
