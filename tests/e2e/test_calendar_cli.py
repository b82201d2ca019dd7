"""``peerdesk schedule``, ``ics`` and ``attention`` as a user runs them, on a real file."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from calendar_data import add_pairs, email_of, make_program, person_name
from icalendar import Calendar

from peerdesk.database import create_database

RunCli = Callable[..., subprocess.CompletedProcess[str]]
ZONE = "America/New_York"


@pytest.fixture
def cli_env() -> dict[str, str | None]:
    return {"TZ": ZONE}  # the zone the coordinator's computer is in


def today() -> date:
    return datetime.now(ZoneInfo(ZONE)).date()


@pytest.fixture
def program_file(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program_id = make_program(
            db, start=today() - timedelta(days=120), end=today() + timedelta(days=120)
        )
        pairs = add_pairs(db, program_id, 3, started=today() - timedelta(days=60))
    return path, pairs


def test_schedule_export_and_attention(
    program_file: tuple[Path, list[int]], tmp_path: Path, run_cli: RunCli
) -> None:
    path, pairs = program_file
    first = today() - timedelta(days=35)
    done = run_cli(
        "schedule", path, "--every", "2w", "--weekday", "tue", "--time", "17:30",
        "--length", "45", "--from", first.isoformat(), "--place", "Room 4",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "for 3 pairs in “Spring mentoring”: every two weeks on Tuesday at 17:30" in done.stdout
    assert f"({ZONE})" in done.stdout

    out = tmp_path / "program.ics"
    done = run_cli("ics", path, "--out", out)
    assert done.returncode == 0, done.stderr
    calendar = Calendar.from_ical(out.read_bytes())
    found = list(calendar.walk("VEVENT"))
    count = int(done.stdout.split("Wrote ")[1].split(" ")[0])
    assert count == len(found) > 3
    for event in found:
        start = event.decoded("dtstart")
        # On the wall clock of the zone it was scheduled in, with that zone's VTIMEZONE.
        assert event["dtstart"].params["TZID"] == ZONE
        local = start.astimezone(ZoneInfo(ZONE))
        assert (local.weekday(), local.time()) == (1, time(17, 30))
        assert event.decoded("dtend") - start == timedelta(minutes=45)
        assert str(event["location"]) == "Room 4"

    # No silent overwrite: refused with one clear line, the file left as it was.
    before = out.read_bytes()
    done = run_cli("ics", path, "--out", out)
    assert done.returncode == 2
    assert done.stderr.strip().startswith("peerdesk: ")
    assert "already exists" in done.stderr and "--overwrite" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_bytes() == before

    pair_file = tmp_path / "pair.ics"
    done = run_cli("ics", path, "--out", pair_file, "--pair", str(pairs[1]))
    assert done.returncode == 0, done.stderr
    summaries = {
        str(e["summary"]) for e in Calendar.from_ical(pair_file.read_bytes()).walk("VEVENT")
    }
    assert summaries == {f"Mentoring: {person_name(2)} & {person_name(3)}"}

    person_file = tmp_path / "person.ics"
    done = run_cli("ics", path, "--out", person_file, "--person", email_of(person_name(5)))
    assert done.returncode == 0, done.stderr
    person_events = list(Calendar.from_ical(person_file.read_bytes()).walk("VEVENT"))
    assert len(person_events) == count // 3

    # The past meetings are not logged: each pair needs attention, one line each.
    done = run_cli("attention", path)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if "not logged" in line]
    assert len(lines) == 3
    assert lines[0].startswith(f"pair {pairs[0]}: {person_name(0)} & {person_name(1)}: ")


def test_schedule_one_pair_and_mistakes(
    program_file: tuple[Path, list[int]], tmp_path: Path, run_cli: RunCli
) -> None:
    path, pairs = program_file
    start = today() + timedelta(days=1)
    done = run_cli(
        "schedule", path, "--every", "month", "--weekday", "thu", "--time", "08:00",
        "--from", start.isoformat(), "--until", (start + timedelta(days=90)).isoformat(),
        "--pair", str(pairs[0]),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "for 1 pair in" in done.stdout and "every month on Thursday at 08:00" in done.stdout

    done = run_cli(
        "schedule", path, "--weekday", "someday", "--time", "17:30", "--from",
        start.isoformat(),
    )  # fmt: skip
    assert done.returncode == 2
    assert "someday" in done.stderr and "Traceback" not in done.stderr

    done = run_cli("schedule", path, "--weekday", "tue", "--time", "25:99", "--from", "x")
    assert done.returncode == 2 and "Traceback" not in done.stderr

    done = run_cli("ics", path, "--out", tmp_path / "x.ics", "--person", "no@example.org")
    assert done.returncode == 2
    assert "no@example.org" in done.stderr


def test_nothing_needs_attention(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "Quiet.peerdesk"
    with create_database(path) as db:
        make_program(db, "Quiet program", start=today(), end=today() + timedelta(days=30))
    done = run_cli("attention", path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Nothing needs attention in “Quiet program”."


def test_one_meeting_per_pair_in_a_window_staggered(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "First meetings.peerdesk"
    with create_database(path) as db:
        program_id = make_program(db, start=today(), end=today() + timedelta(days=120))
        # Pair 0's mentor also mentors pairs 1 and 2: three meetings to stagger.
        add_pairs(db, program_id, 6, started=today(), mentor_of={1: 0, 2: 0})
    first = today() + timedelta(days=7)
    until = first + timedelta(days=4)
    done = run_cli("schedule", path, "--from", first.isoformat(), "--until", until.isoformat(),
                   "--plan-only")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "nothing saved" in done.stdout and "6 meetings for 6 pairs" in done.stdout

    done = run_cli("schedule", path, "--from", first.isoformat(), "--until", until.isoformat())
    assert done.returncode == 0, done.stderr
    assert "Scheduled 6 meetings for 6 pairs" in done.stdout
    assert f"one each between {first.isoformat()} and {until.isoformat()}, from 17:00" in (
        done.stdout
    )
    assert "2 pairs placed at another time" in done.stdout

    out = tmp_path / "first.ics"
    assert run_cli("ics", path, "--out", out).returncode == 0
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 6
    by_pair = {str(e["summary"]): e for e in events}
    assert len(by_pair) == 6  # one meeting for each pair
    mentor = person_name(0)
    starts = sorted(
        e.decoded("dtstart").astimezone(ZoneInfo(ZONE))
        for e in events
        if str(e["summary"]).startswith(f"Mentoring: {mentor} &")
    )
    assert [s.time() for s in starts] == [time(17, 0), time(18, 0), time(19, 0)]
    for event in events:
        local = event.decoded("dtstart").astimezone(ZoneInfo(ZONE)).date()
        assert first <= local <= until

    # Running it again leaves out the pairs that have their meeting: nothing doubles.
    done = run_cli("schedule", path, "--from", first.isoformat(), "--until", until.isoformat())
    assert done.returncode == 0, done.stderr
    assert "Scheduled 0 meetings for 0 pairs" in done.stdout
    assert "Left out 6 pairs" in done.stdout

    done = run_cli("schedule", path, "--from", first.isoformat(), "--checkins")
    assert done.returncode == 2 and "--checkins goes with a series" in done.stderr
