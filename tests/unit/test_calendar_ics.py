"""Calendar files, read back with the icalendar library."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from calendar_data import add_pairs, email_of, make_program, person_name
from icalendar import Calendar

from peerdesk.calendar.checkins import schedule_checkins
from peerdesk.calendar.ics import NoSuchEmail, export_ics
from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.reads import meetings_between
from peerdesk.calendar.series import SeriesPlan, move_meeting, schedule_series
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus
from peerdesk.errors import NotFound
from peerdesk.output_files import OutputExists

NEW_YORK = "America/New_York"


def schedule(db: Database, program_id: int, **changes: object) -> list[int]:
    plan = SeriesPlan(
        cadence="2w",
        weekday=1,
        local_time=time(17, 30),
        length_minutes=60,
        first_date=date(2026, 3, 3),
        last_date=date(2026, 11, 17),
        timezone=NEW_YORK,
        place="Room 4, Main Street",
        link="https://meet.example.org/pair",
    )
    plan = SeriesPlan(**{**plan.__dict__, **changes})  # type: ignore[arg-type]
    return schedule_series(db, program_id, plan).created


def events(path: Path) -> list[dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    found = []
    for event in calendar.walk("VEVENT"):
        attendees = event.get("attendee")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        found.append(
            {
                "uid": str(event["uid"]),
                "summary": str(event["summary"]),
                "start": event.decoded("dtstart"),
                "end": event.decoded("dtend"),
                "stamp": event.decoded("dtstamp"),
                "location": str(event.get("location", "")),
                "url": str(event.get("url", "")),
                "status": str(event.get("status", "")),
                "attendees": sorted(str(a) for a in attendees if a is not None),
            }
        )
    return found


def test_program_file_reads_back(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 3)
    created = schedule(db, program_id)
    schedule_checkins(db, program_id, first_date=date(2026, 3, 1))  # not in the file
    out = tmp_path / "program.ics"
    result = export_ics(db, program_id, out, now=datetime(2026, 2, 1, 12, tzinfo=UTC))
    found = events(out)
    assert result.events == len(found) == len(created) == 3 * 19
    raw = out.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded as RFC 5545 asks
    calendar = Calendar.from_ical(raw)
    assert str(calendar["version"]) == "2.0" and "PeerDesk" in str(calendar["prodid"])
    first = next(
        e for e in found if e["summary"] == f"Mentoring: {person_name(0)} & {person_name(1)}"
    )
    assert first["attendees"] == sorted(
        [f"mailto:{email_of(person_name(0))}", f"mailto:{email_of(person_name(1))}"]
    )
    assert first["location"] == "Room 4, Main Street"
    assert first["url"] == "https://meet.example.org/pair"
    assert first["stamp"] == datetime(2026, 2, 1, 12, tzinfo=UTC)
    # On New York's wall clock, with its VTIMEZONE: 17:30 all year, which is 22:30 UTC in
    # winter (EST) and 21:30 in summer (EDT).
    starts = sorted({e["start"] for e in found if e["summary"] == first["summary"]})
    assert {s.astimezone(ZoneInfo(NEW_YORK)).time() for s in starts} == {time(17, 30)}  # type: ignore[attr-defined]
    assert b"DTSTART;TZID=America/New_York:20260303T173000\r\n" in raw
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == NEW_YORK
    assert starts[0] == datetime(2026, 3, 3, 22, 30, tzinfo=UTC)
    assert datetime(2026, 3, 17, 21, 30, tzinfo=UTC) in starts
    assert starts[-1] == datetime(2026, 11, 10, 22, 30, tzinfo=UTC)  # back on EST
    assert {e["end"] - e["start"] for e in found} == {timedelta(hours=1)}  # type: ignore[operator]


def test_uids_are_stable_across_exports_and_moves(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 2)
    schedule(db, program_id)
    export_ics(db, program_id, tmp_path / "one.ics")
    meeting = meetings_between(db, program_id, date(2026, 3, 3), date(2026, 3, 3))[0]
    move_meeting(db, meeting.id, day=date(2026, 3, 5))
    log_meeting(
        db, meetings_between(db, program_id, date(2026, 3, 17), date(2026, 3, 17))[0].id,
        MeetingStatus.CANCELLED, now=datetime(2026, 3, 1, tzinfo=UTC),
    )  # fmt: skip
    export_ics(db, program_id, tmp_path / "two.ics")
    one = {e["uid"]: e for e in events(tmp_path / "one.ics")}
    two = {e["uid"]: e for e in events(tmp_path / "two.ics")}
    assert set(one) == set(two) and len(one) == 2 * 19
    assert two[meeting.uid]["start"] == datetime(2026, 3, 5, 22, 30, tzinfo=UTC)
    assert one[meeting.uid]["start"] == datetime(2026, 3, 3, 22, 30, tzinfo=UTC)
    assert [e["status"] for e in two.values()].count("CANCELLED") == 1


def test_one_pair_or_one_person(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    pairs = add_pairs(db, program_id, 3, mentor_of={1: 0})
    schedule(db, program_id)
    pair_file = export_ics(db, program_id, tmp_path / "pair.ics", pair_id=pairs[2])
    assert pair_file.events == 19
    assert {e["summary"] for e in events(tmp_path / "pair.ics")} == {
        f"Mentoring: {person_name(4)} & {person_name(5)}"
    }
    # The mentor of pairs 0 and 1, found by email in any case and spacing.
    mentor = email_of(person_name(0)).upper()
    person_file = export_ics(db, program_id, tmp_path / "person.ics", person_email=f" {mentor} ")
    assert person_file.events == 2 * 19
    summaries = {e["summary"] for e in events(tmp_path / "person.ics")}
    assert summaries == {
        f"Mentoring: {person_name(0)} & {person_name(1)}",
        f"Mentoring: {person_name(0)} & {person_name(3)}",
    }
    with pytest.raises(NoSuchEmail):
        export_ics(db, program_id, tmp_path / "nobody.ics", person_email="nobody@example.org")
    with pytest.raises(NotFound):
        export_ics(db, program_id, tmp_path / "nopair.ics", pair_id=9999)
    assert not (tmp_path / "nobody.ics").exists()


def test_an_existing_file_is_replaced_only_when_asked(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 1)
    schedule(db, program_id)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "calendar.ics"
    out.write_text("my own calendar", encoding="utf-8")
    with pytest.raises(OutputExists):
        export_ics(db, program_id, out)
    assert out.read_text(encoding="utf-8") == "my own calendar"
    export_ics(db, program_id, out, overwrite=True)
    assert len(events(out)) == 19
    assert sorted(p.name for p in folder.iterdir()) == ["calendar.ics"]  # no temporary left


def test_special_characters_are_escaped(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db, "Team; North, and South")
    add_pairs(db, program_id, 1)
    schedule(db, program_id, place="Café \u201cLe Nord\u201d; 2nd floor, room 4")
    out = tmp_path / "escaped.ics"
    export_ics(db, program_id, out)
    [first, *_] = events(out)
    assert first["location"] == "Café \u201cLe Nord\u201d; 2nd floor, room 4"
    assert "\\;" in out.read_text(encoding="utf-8")
