"""The words documents print for dates, cadences and lengths, and the placeholder values.

Every phrase a document prints is here or in the module that lays it out,
nowhere else, in English; agreements and certificates print them in their
document language through :class:`~peerdesk.documents.languages.Words`
(``words``, English unless given), whose catalog has each one's Spanish and French.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peerdesk.documents import placeholders
from peerdesk.documents.languages import ENGLISH, Words
from peerdesk.documents.pairs import FirstMeeting, PairInfo
from peerdesk.enums import Cadence, MeetingFormat
from peerdesk.program.settings import ProgramSettings

CADENCE_WORDS = {
    Cadence.WEEKLY: "every week",
    Cadence.BIWEEKLY: "every two weeks",
    Cadence.MONTHLY: "once a month",
}
FORMAT_WORDS = {
    MeetingFormat.IN_PERSON: "in person",
    MeetingFormat.VIDEO: "by video",
    MeetingFormat.EITHER: "in person or by video",
}
NO_START = "the date this agreement is signed"
NO_END = "the end of the program"
NO_COORDINATOR = "the program coordinator"


def long_date(day: date, words: Words = ENGLISH) -> str:
    """``4 March 2025`` (``4 de marzo de 2025``): unambiguous wherever the paper ends up."""
    return words.date(day)


def in_order(start: date | None, end: date | None) -> bool:
    """Whether a document may print these dates together: never an end before its start
    (a pair that began after its program's end date, say, or dates from an older file)."""
    return start is None or end is None or start <= end


def length_words(minutes: int, words: Words = ENGLISH) -> str:
    """``1 hour``, ``1½ hours`` (``1 hora y media``), ``45 minutes``."""
    if minutes >= 60 and minutes % 60 == 0:
        return words.plural(minutes // 60, "{n} hour", "{n} hours")
    if minutes > 60 and minutes % 30 == 0:
        if words == ENGLISH:
            return f"{minutes // 60}½ hours"
        return words.plural(minutes // 60, "{n} hour and a half", "{n} hours and a half")
    return words.plural(minutes, "{n} minute", "{n} minutes")


def meeting_time(meeting: FirstMeeting, words: Words = ENGLISH) -> str:
    """``Tuesday 4 March 2025 at 17:30 (Europe/Paris)``, in the meeting's own time zone."""
    try:
        zone = ZoneInfo(meeting.timezone)
        label = meeting.timezone
    except (ZoneInfoNotFoundError, ValueError):
        zone, label = ZoneInfo("UTC"), "UTC"
    local: datetime = meeting.starts_at.astimezone(zone)
    day = local.date()
    text = words(
        "{weekday} {date} at {time} ({zone})",
        weekday=words.capital(words.weekday(day)),
        date=long_date(day, words),
        time=f"{local:%H:%M}",
        zone=label,
    )
    where = meeting.place or meeting.link
    return f"{text}, {where}" if where else text


def program_dates(
    settings: ProgramSettings, pair: PairInfo, today: date | None = None, words: Words = ENGLISH
) -> tuple[str, str]:
    """When the pair starts and ends, in words.

    A pair not started yet starts with the program if that is still ahead, else on
    the day they sign. It ends with the program — or, if the program's end date is
    before the pair's start, at "the end of the program", never on an earlier date.
    """
    start = pair.started_on
    if start is None and settings.start_date and settings.start_date >= (today or date.today()):
        start = settings.start_date
    end = settings.end_date if in_order(start, settings.end_date) else None
    return (
        long_date(start, words) if start else words(NO_START),
        long_date(end, words) if end else words(NO_END),
    )


def agreement_values(
    settings: ProgramSettings, pair: PairInfo, words: Words = ENGLISH
) -> dict[str, str]:
    """A value for every placeholder of :data:`peerdesk.documents.placeholders.PLACEHOLDERS`,
    in the language of ``words``."""
    start, end = program_dates(settings, pair, words=words)
    values = {
        "mentor_name": pair.mentor.name,
        "mentee_name": pair.mentee.name,
        "mentor_email": pair.mentor.email,
        "mentee_email": pair.mentee.email,
        "program_name": settings.name,
        "organization_name": settings.organization_name or settings.name,
        "cadence": words(CADENCE_WORDS[settings.meeting_cadence]),
        "meeting_length": length_words(settings.meeting_length_minutes, words),
        "meeting_format": words(FORMAT_WORDS[settings.meeting_format]),
        "start_date": start,
        "end_date": end,
        "coordinator_name": settings.coordinator_name.strip() or words(NO_COORDINATOR),
        "coordinator_email": settings.coordinator_email.strip(),
        "coordinator_phone": settings.coordinator_phone.strip(),
    }
    assert set(values) == set(placeholders.PLACEHOLDERS)
    return values


_EMPTY_BRACKETS = re.compile(r"[ \t]*\([\s,;·]*\)")


def fill(text: str, values: dict[str, str]) -> str:
    """Fill placeholders; a bracket left empty by a missing value, as in "()", goes."""
    return _EMPTY_BRACKETS.sub("", placeholders.fill(text, values))
