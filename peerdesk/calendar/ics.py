"""Calendar files (.ics) for a program, one pair or one person.

Outlook, Google Calendar and Apple Calendar all import RFC 5545 files. Each
meeting keeps one UID for ever (``Meeting.uid``), so importing a newer file
updates the events instead of doubling them, and a cancelled meeting is
exported with ``STATUS:CANCELLED`` so that the calendars that have it strike it
out. Whenever a meeting's time, length, place or status changes — moved, edited,
cancelled by hand or by PeerDesk (its pair ended or paused), brought back, undone
— its SEQUENCE goes up and LAST-MODIFIED is the time of that change, so
calendars that follow RFC 5545 take the newer version over the one they
imported. Times are written on the wall clock of the meeting's zone (the one it
was scheduled in: the coordinator's) with a ``VTIMEZONE`` describing that zone's
offsets over the file's years, so every client shows the intended local time,
daylight-saving changes included; a meeting in UTC, or in a zone this computer
does not know, is written in UTC. Staff check-ins and meeting notes stay out:
the files are for mentors and mentees.

Group sessions (trainings, workshops... :mod:`peerdesk.groups.sessions`) go in beside the
meetings, by the same rules (their own UID, SEQUENCE, LAST-MODIFIED and zone): all of them
in the program's file, and in a person's file those the person is invited to; a pair's
file holds only the pair's meetings. Their invited people are not listed in the events.

The text is made by the ``icalendar`` library (escaping, line folding,
parameters); only the few lines that differ per meeting — UID, times, status,
all plain ASCII — are put together here, which keeps a year of meetings for
300 pairs well under a second. The file is written beside its target and
renamed into place, and an existing file is replaced only when asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from icalendar import Calendar, Event, Timezone, vCalAddress, vText
from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.calendar import zones
from peerdesk.calendar.reads import MeetingRow, select_meetings
from peerdesk.database import Database
from peerdesk.enums import MeetingKind, MeetingStatus
from peerdesk.errors import NotFound, UserError
from peerdesk.models import Participant, Person, Program
from peerdesk.output_files import check_targets, write_file
from peerdesk.people import email_key

if TYPE_CHECKING:
    from peerdesk.groups.sessions import SessionRow

    Timed: TypeAlias = MeetingRow | SessionRow  # what becomes an event

PRODID = "-//PeerDesk//PeerDesk meeting calendar//EN"
CRLF = b"\r\n"
STAMP = "%Y%m%dT%H%M%SZ"
LOCAL = "%Y%m%dT%H%M%S"
UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Zulu", "Etc/UCT", "UCT"})
SAFE_UID = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@")


class NoSuchEmail(UserError):
    template = "Nobody in this program has the email address “{email}”."


@dataclass(frozen=True)
class IcsExport:
    path: Path
    events: int


def summary(row: MeetingRow) -> str:
    return f"Mentoring: {row.mentor_name} & {row.mentee_name}"


def _attendee(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = vText(name)
    address.params["ROLE"] = "REQ-PARTICIPANT"
    address.params["CUTYPE"] = "INDIVIDUAL"
    return address


def _where(event: Event, place: str | None, link: str | None, what: str) -> None:
    """LOCATION (the place, else the link), URL and DESCRIPTION (``what`` and the link)."""
    if place:
        event.add("location", place)
    elif link:
        event.add("location", link)
    if link:
        event.add("url", link)
    description = [what]
    if link:
        description.append(f"Video link: {link}")
    event.add("description", "\n".join(description))


def _shared_lines(row: MeetingRow, program: Program) -> bytes:
    """The lines every meeting of one pair at one place shares, made by icalendar."""
    event = Event()
    event.add("summary", summary(row))
    _where(event, row.place, row.link, f"Mentoring meeting — {program.name}.")
    _organizer(event, program)
    for email, name in ((row.mentor_email, row.mentor_name), (row.mentee_email, row.mentee_name)):
        if email:
            event.add("attendee", _attendee(email.strip(), name), encode=False)
    return _inner(event)


def _organizer(event: Event, program: Program) -> None:
    if program.coordinator_email:
        organizer = vCalAddress(f"mailto:{program.coordinator_email.strip()}")
        if program.coordinator_name:
            organizer.params["CN"] = vText(program.coordinator_name)
        event.add("organizer", organizer, encode=False)


def session_summary(row: SessionRow) -> str:
    """A session's event title: its title (with its kind's name when that says more)."""
    if not row.title:
        return row.kind_name
    if row.kind_name.casefold() in row.title.casefold():
        return row.title
    return f"{row.kind_name}: {row.title}"


def _session_lines(row: SessionRow, program: Program) -> bytes:
    """The lines of a session's event made by icalendar (all but UID, times and status)."""
    event = Event()
    event.add("summary", session_summary(row))
    _where(event, row.place, row.link, f"{row.kind_name} — {program.name}.")
    event.add("categories", [row.kind_name])
    _organizer(event, program)
    return _inner(event)


def _inner(event: Event) -> bytes:
    text: bytes = event.to_ical()
    head, tail = b"BEGIN:VEVENT" + CRLF, b"END:VEVENT" + CRLF
    assert text.startswith(head) and text.endswith(tail)
    return text[len(head) : -len(tail)]


def _uid_line(uid: str) -> bytes:
    if len(uid) <= 60 and set(uid) <= SAFE_UID:
        return f"UID:{uid}".encode("ascii") + CRLF
    event = Event()  # anything unusual goes through icalendar's escaping and folding
    event.add("uid", uid)
    text: bytes = event.to_ical()
    return text.split(CRLF, 1)[1].rsplit(b"END:VEVENT", 1)[0]


@lru_cache(maxsize=64)
def _named_zone(name: str) -> bool:
    """Whether times in ``name`` are written on its wall clock with a VTIMEZONE."""
    return name not in UTC_NAMES and zones.is_zone(name)


def _when(name: str, instant: datetime, tzid: str | None) -> str:
    if tzid is None:
        return f"{name}:{instant.astimezone(UTC):{STAMP}}"
    return f"{name};TZID={tzid}:{zones.to_local(instant, tzid):{LOCAL}}"


def _event(row: Timed, shared: bytes, stamp: str) -> bytes:
    ends = row.starts_at + timedelta(minutes=row.length_minutes)
    status = "CANCELLED" if row.status == MeetingStatus.CANCELLED else "CONFIRMED"
    tzid = row.timezone if _named_zone(row.timezone) else None
    modified = row.modified_at
    own = (
        f"DTSTAMP:{stamp}\r\n"
        f"{_when('DTSTART', row.starts_at, tzid)}\r\n"
        f"{_when('DTEND', ends, tzid)}\r\n"
        f"STATUS:{status}\r\n"
        f"SEQUENCE:{row.sequence}\r\n"
        + (f"LAST-MODIFIED:{modified.astimezone(UTC):{STAMP}}\r\n" if modified else "")
    ).encode("ascii")
    return b"BEGIN:VEVENT" + CRLF + _uid_line(row.uid) + own + shared + b"END:VEVENT" + CRLF


@lru_cache(maxsize=64)
def _vtimezone(name: str, first_year: int, last_year: int) -> bytes:
    """The zone's offsets and changes from ``first_year`` through ``last_year`` (icalendar
    works them out from the zone database; a few years take a millisecond)."""
    component = Timezone.from_tzinfo(
        zones.zone(name),
        name,
        first_date=date(first_year, 1, 1),
        last_date=date(last_year + 1, 1, 1),
    )
    text: bytes = component.to_ical()
    return text


def _timezones(rows: Sequence[Timed]) -> tuple[bytes, str | None]:
    """A VTIMEZONE for each zone the events are written in (spanning a year either side of
    their dates); and the most used zone, for calendars that read X-WR-TIMEZONE."""
    years: dict[str, list[int]] = {}
    used: Counter[str] = Counter()
    for row in rows:
        if _named_zone(row.timezone):
            span = years.setdefault(row.timezone, [row.starts_at.year, row.starts_at.year])
            span[0] = min(span[0], row.starts_at.year)
            span[1] = max(span[1], row.starts_at.year)
            used[row.timezone] += 1
    parts = [_vtimezone(name, first - 1, last + 1) for name, (first, last) in sorted(years.items())]
    main = used.most_common(1)[0][0] if used else None
    return b"".join(parts), main


def _header(title: str, main_zone: str | None) -> tuple[bytes, bytes]:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title)
    if main_zone:
        cal.add("x-wr-timezone", main_zone)
    text = cal.to_ical()
    end = b"END:VCALENDAR" + CRLF
    assert text.endswith(end)
    return text[: -len(end)], end


def _person_ids(session: Session, program_id: int, email: str) -> list[int]:
    key = email_key(email)
    if key is None:
        raise NoSuchEmail(email=email)
    ids = list(
        session.scalars(
            select(Person.id)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.program_id == program_id, Person.email_key == key)
            .distinct()
        )
    )
    if not ids:
        raise NoSuchEmail(email=email.strip())
    return ids


def calendar_bytes(
    db: Database,
    program_id: int,
    *,
    pair_id: int | None = None,
    person_email: str | None = None,
    include_sessions: bool = True,
    now: datetime | None = None,
) -> tuple[bytes, int]:
    """The .ics text for the program, one pair or one person; and how many events.

    ``include_sessions``: the program's (or the person's) group sessions go in too; a
    pair's file never holds them."""
    from peerdesk.groups.sessions import select_sessions

    stamp = f"{(now or datetime.now(UTC)).astimezone(UTC):{STAMP}}"
    with db.reading() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFound(what="That program")
        title = f"Mentoring — {program.name}"
        rows: list[MeetingRow]
        sessions: list[SessionRow] = []
        if person_email is not None:
            found: dict[int, MeetingRow] = {}
            person_ids = _person_ids(session, program_id, person_email)
            for person_id in person_ids:
                for row in select_meetings(
                    session, program_id, person_id=person_id, kinds=[MeetingKind.PAIR]
                ):
                    found[row.id] = row
            rows = sorted(found.values(), key=lambda r: (r.starts_at, r.id))
            if include_sessions:
                sessions = select_sessions(session, program_id, person_ids=person_ids)
        else:
            rows = select_meetings(session, program_id, pair_id=pair_id, kinds=[MeetingKind.PAIR])
            if pair_id is not None and not rows:
                _check_pair(session, program_id, pair_id)
            if pair_id is None and include_sessions:
                sessions = select_sessions(session, program_id)
        events: list[tuple[datetime, int, bytes]] = []
        cache: dict[tuple[object, ...], bytes] = {}
        for row in rows:
            key = (row.pair_id, row.place, row.link, row.mentor_email, row.mentee_email)
            shared = cache.get(key)
            if shared is None:
                shared = cache[key] = _shared_lines(row, program)
            events.append((row.starts_at, 0, _event(row, shared, stamp)))
        for item in sessions:
            events.append((item.starts_at, 1, _event(item, _session_lines(item, program), stamp)))
        timezones, main_zone = _timezones([*rows, *sessions])
        head, end = _header(title, main_zone)
        events.sort(key=lambda e: (e[0], e[1]))
        parts = [head, timezones, *(e[2] for e in events), end]
    return b"".join(parts), len(events)


def _check_pair(session: Session, program_id: int, pair_id: int) -> None:
    from peerdesk.models import Pair

    pair = session.get(Pair, pair_id)
    if pair is None or pair.program_id != program_id:
        raise NotFound(what="That pair")


def export_ics(
    db: Database,
    program_id: int,
    out: Path | str,
    *,
    pair_id: int | None = None,
    person_email: str | None = None,
    include_sessions: bool = True,
    overwrite: bool = False,
    now: datetime | None = None,
) -> IcsExport:
    """Write the .ics file; refuses to replace an existing file unless ``overwrite``."""
    path = Path(out).expanduser()
    check_targets([path], overwrite=overwrite)  # before any work
    data, count = calendar_bytes(
        db,
        program_id,
        pair_id=pair_id,
        person_email=person_email,
        include_sessions=include_sessions,
        now=now,
    )
    write_file(path, data, overwrite=overwrite)
    return IcsExport(path, count)
