"""Group sessions in the calendar files, read back with the icalendar library (issue 22)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from calendar_data import add_pairs, make_program
from icalendar import Calendar
from sqlalchemy import select

from peerdesk.calendar.ics import calendar_bytes, export_ics
from peerdesk.calendar.series import SeriesPlan, schedule_series
from peerdesk.database import Database
from peerdesk.groups import sessions as gs
from peerdesk.models import Participant, Person

NEW_YORK = "America/New_York"


def people(db: Database, program_id: int) -> dict[int, str]:
    """participant id -> e-mail"""
    with db.reading() as session:
        return dict(
            session.execute(
                select(Participant.id, Person.email)
                .join(Person, Person.id == Participant.person_id)
                .where(Participant.program_id == program_id)
                .order_by(Participant.id)
            ).all()
        )


def read(data: bytes) -> list[dict[str, object]]:
    calendar = Calendar.from_ical(data)
    return [
        {
            "uid": str(event["uid"]),
            "summary": str(event["summary"]),
            "start": event.decoded("dtstart"),
            "end": event.decoded("dtend"),
            "status": str(event["status"]),
            "sequence": int(event["sequence"]),
            "location": str(event.get("location", "")),
            "url": str(event.get("url", "")),
            "attendees": event.get("attendee") is not None,
        }
        for event in calendar.walk("VEVENT")
    ]


def workshop(db: Database, program_id: int, chosen: list[int]) -> gs.SessionRow:
    [session_id] = gs.create_sessions(
        db,
        program_id,
        gs.SessionPlan(
            kind="workshop",
            title="Giving feedback",
            day=date(2026, 3, 10),
            local_time=time(18, 30),
            length_minutes=120,
            timezone=NEW_YORK,
            place="Library, room 2",
            link="https://meet.example.org/workshop",
            invite="people",
            people=tuple(chosen),
        ),
    ).created
    return gs.get_session(db, session_id).session


def test_a_workshop_is_in_each_invited_persons_feed_and_not_in_others(
    db: Database, tmp_path: Path
) -> None:
    program_id = make_program(db)
    pair_ids = add_pairs(db, program_id, 4)
    emails = people(db, program_id)
    ids = list(emails)
    chosen = [ids[0], ids[3], ids[6]]
    row = workshop(db, program_id, chosen)
    schedule_series(  # the pairs' own meetings, to see that the two mix rightly
        db,
        program_id,
        SeriesPlan(
            "2w", 1, time(17, 30), 60, date(2026, 3, 3), date(2026, 3, 31), timezone=NEW_YORK
        ),
    )
    for participant_id, email in emails.items():
        out = tmp_path / f"{participant_id}.ics"
        export_ics(db, program_id, out, person_email=email)
        found = read(out.read_bytes())
        workshops = [e for e in found if e["uid"] == row.uid]
        assert len(workshops) == (1 if participant_id in chosen else 0), participant_id
        assert len(found) - len(workshops) == 3  # the person's pair's meetings are all there
    [event] = [e for e in read(calendar_bytes(db, program_id)[0]) if e["uid"] == row.uid]
    zone = ZoneInfo(NEW_YORK)
    assert event == {
        "uid": row.uid,
        "summary": "Workshop: Giving feedback",
        "start": datetime(2026, 3, 10, 18, 30, tzinfo=zone),
        "end": datetime(2026, 3, 10, 20, 30, tzinfo=zone),
        "status": "CONFIRMED",
        "sequence": 0,
        "location": "Library, room 2",
        "url": "https://meet.example.org/workshop",
        "attendees": False,  # the invited people are not listed
    }
    pair_file = read(calendar_bytes(db, program_id, pair_id=pair_ids[0])[0])
    assert row.uid not in {e["uid"] for e in pair_file}
    without = read(calendar_bytes(db, program_id, include_sessions=False)[0])
    assert row.uid not in {e["uid"] for e in without} and len(without) == 12


def test_cancelling_raises_the_sequence_and_strikes_it_out(db: Database) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 2)
    emails = people(db, program_id)
    first = next(iter(emails))
    row = workshop(db, program_id, [first])
    gs.cancel_session(db, row.id)
    [event] = read(calendar_bytes(db, program_id, person_email=emails[first])[0])
    assert (event["status"], event["sequence"]) == ("CANCELLED", 1)
    gs.restore_session(db, row.id)
    [event] = read(calendar_bytes(db, program_id)[0])
    assert (event["status"], event["sequence"]) == ("CONFIRMED", 2)
    text = calendar_bytes(db, program_id)[0].decode()
    assert f"DTSTART;TZID={NEW_YORK}:20260310T183000" in text
    assert "BEGIN:VTIMEZONE" in text and "LAST-MODIFIED:" in text
