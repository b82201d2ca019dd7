"""Reading a program's records as spreadsheet rows, one generator per sheet.

Plain SQL on one connection in one snapshot, names looked up from one
dictionary: 50,000 meetings read in a fraction of the time it takes to write
them. Contact details appear on the People rows only; notes and meeting links
never leave the program file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from peerdesk.enums import AnswerType, MeetingKind, MeetingStatus, PairOutcome, SurveyKind
from peerdesk.evaluation.figures import hours, is_unlogged, read_snapshot
from peerdesk.exports.cells import (
    DATETIME_FORMAT,
    PERCENT_FORMAT,
    Column,
    day,
    local_time,
)
from peerdesk.scores import shown_score

if TYPE_CHECKING:
    from peerdesk.storage import QuickConnection

read = read_snapshot  # every sheet from one consistent snapshot


ROLE_WORDS = {"mentor": "Mentor", "mentee": "Mentee", "both": "Both", "peer": "Peer"}
STATUS_WORDS = {
    "applied": "Applied",
    "screened": "Screened",
    "trained": "Trained",
    "ready": "Ready",
    "matched": "Matched",
    "completed": "Completed",
    "withdrawn": "Withdrawn",
}
PAIR_WORDS = {"proposed": "Proposed", "active": "Active", "paused": "Paused", "ended": "Ended"}
OUTCOME_WORDS = {
    PairOutcome.COMPLETED.value: "Completed",
    PairOutcome.ENDED_EARLY.value: "Ended early",
}
MEETING_WORDS = {
    MeetingStatus.SCHEDULED.value: "Scheduled",
    MeetingStatus.HELD.value: "Held",
    MeetingStatus.CANCELLED.value: "Cancelled",
    MeetingStatus.NO_SHOW.value: "No-show",
}
UNLOGGED = "Not logged yet"  # a scheduled meeting whose day has passed
TAKEN_OFF = {  # meetings PeerDesk cancelled itself: not missed, never counted in the rates
    "pair_ended": "Cancelled: pair ended",
    "pair_paused": "Cancelled: pair paused",
}
KIND_WORDS = {
    MeetingKind.PAIR.value: "Pair meeting",
    MeetingKind.STAFF_CHECKIN.value: "Staff check-in",
}
SURVEY_WORDS = {
    SurveyKind.PRE.value: "Pre-program",
    SurveyKind.CHECKIN.value: "Check-in",
    SurveyKind.POST.value: "Post-program",
    SurveyKind.CLOSING.value: "Closing",
}
FORMAT_LABELS = {"in_person": "In person", "video": "Video", "either": "Either"}


def _yes_no(value: Any) -> str | None:
    return None if value is None else ("Yes" if value else "No")


def names(conn: QuickConnection, program_id: int) -> dict[int, str]:
    return {
        int(pid): name
        for pid, name in conn.execute(
            "SELECT pa.id, pe.full_name FROM participant pa JOIN person pe ON pe.id = pa.person_id "
            "WHERE pa.program_id = ?",
            (program_id,),
        )
    }


PEOPLE_COLUMNS = (
    Column("Participant id", 14),
    Column("Name"),
    Column("Email"),
    Column("Phone"),
    Column("Role", 10),
    Column("Status", 12),
    Column("Department"),
    Column("Cohort", 10),
    Column("Gender", 10),
    Column("Pronouns", 11),
    Column("Years of experience", 12),
    Column("Location"),
    Column("Meeting format", 12),
    Column("Capacity", 10),
    Column("Joined on", 12, "yyyy-mm-dd"),
)


def people_rows(conn: QuickConnection, program_id: int) -> Iterator[tuple[Any, ...]]:
    rows = conn.execute(
        "SELECT pa.id, pe.full_name, pe.email, pe.phone, pa.role, pa.status, pa.department, "
        "pa.cohort, pe.gender, pe.pronouns, pa.years_experience, pa.location, pa.meeting_format, "
        "pa.capacity, pa.joined_on FROM participant pa JOIN person pe ON pe.id = pa.person_id "
        "WHERE pa.program_id = ?",
        (program_id,),
    ).fetchall()
    # By name regardless of case, then id: sorted here, as a server's collation may order
    # names otherwise than the file does (spaces, accents), and the sheet must not differ.
    for row in sorted(rows, key=lambda r: (r[1].lower(), int(r[0]))):
        (pid, name, email, phone, role, status, dept, cohort, gender, pronouns, years, where,
         fmt, capacity, joined) = row  # fmt: skip
        yield (
            pid, name, email, phone, ROLE_WORDS.get(role, role), STATUS_WORDS.get(status, status),
            dept, cohort, gender, pronouns, years, where, FORMAT_LABELS.get(fmt) if fmt else None,
            capacity, day(joined),
        )  # fmt: skip


PAIR_COLUMNS = (
    Column("Pair id", 9),
    Column("Mentor"),
    Column("Mentee"),
    Column("Status", 10),
    Column("Outcome", 12),
    Column("Started", 12, "yyyy-mm-dd"),
    Column("Ended", 12, "yyyy-mm-dd"),
    Column("Why it ended"),
    Column("Rematch eligible", 11),
    Column("Agreement signed", 12, "yyyy-mm-dd"),
    Column("Match score", 10),
    Column("Meetings held", 10),
    Column("Mentor hours", 10, "0.0"),
    Column("Past meetings not logged yet", 12),
)


def unlogged_meetings(conn: QuickConnection, program_id: int, today: date) -> dict[int, int]:
    """Past pair meetings nobody logged, meeting id to pair id (by the one rule,
    :func:`peerdesk.evaluation.figures.is_unlogged`)."""
    return {
        int(mid): int(pair_id)
        for mid, pair_id, starts, zone, ended in conn.execute(
            "SELECT m.id, m.pair_id, m.starts_at, m.timezone, "
            "CASE WHEN p.status = 'ended' THEN p.ended_on END FROM meeting m "
            "JOIN pair p ON p.id = m.pair_id "
            "WHERE m.program_id = ? AND m.kind = 'pair' AND m.status = ?",
            (program_id, MeetingStatus.SCHEDULED.value),
        )
        if is_unlogged(starts, zone, ended, today)
    }


def pair_rows(
    conn: QuickConnection, program_id: int, names: dict[int, str], today: date | None = None
) -> Iterator[tuple[Any, ...]]:
    unlogged = Counter(unlogged_meetings(conn, program_id, today or date.today()).values())
    held = {
        int(pair_id): (int(n), int(minutes or 0))
        for pair_id, n, minutes in conn.execute(
            "SELECT pair_id, count(*), sum(coalesce(actual_minutes, length_minutes)) FROM meeting "
            "WHERE program_id = ? AND kind = 'pair' AND status = ? AND pair_id IS NOT NULL "
            "GROUP BY pair_id",
            (program_id, MeetingStatus.HELD.value),
        )
    }
    for row in conn.execute(
        "SELECT id, mentor_id, mentee_id, status, outcome, started_on, ended_on, end_reason, "
        "rematch_eligible, agreement_signed_on, score FROM pair WHERE program_id = ? ORDER BY id",
        (program_id,),
    ):
        pid, mentor, mentee, status, outcome, started, ended, reason, rematch, signed, score = row
        meetings, minutes = held.get(int(pid), (0, 0))
        yield (
            pid, names.get(mentor), names.get(mentee), PAIR_WORDS.get(status, status),
            OUTCOME_WORDS.get(outcome) if outcome else None, day(started), day(ended), reason,
            _yes_no(rematch), day(signed), None if score is None else shown_score(score),
            meetings, float(hours(minutes)), unlogged.get(int(pid), 0),
        )  # fmt: skip


MEETING_COLUMNS = (
    Column("Meeting id", 11),
    Column("Kind", 14),
    Column("Pair id", 9),
    Column("Mentor"),
    Column("Mentee or participant"),
    Column("Starts (local time)", 17, DATETIME_FORMAT),
    Column("Time zone", 16),
    Column("Planned minutes", 10),
    Column("Status", 11),
    Column("Actual minutes", 10),
    Column("Place"),
)


def meeting_rows(
    conn: QuickConnection, program_id: int, names: dict[int, str], today: date | None = None
) -> Iterator[tuple[Any, ...]]:
    unlogged = unlogged_meetings(conn, program_id, today or date.today())
    people = {
        int(pid): (int(mentor), int(mentee))
        for pid, mentor, mentee in conn.execute(
            "SELECT id, mentor_id, mentee_id FROM pair WHERE program_id = ?", (program_id,)
        )
    }
    for row in conn.execute(
        "SELECT id, kind, pair_id, participant_id, starts_at, timezone, length_minutes, status, "
        "actual_minutes, place, cancel_reason FROM meeting WHERE program_id = ? "
        "ORDER BY starts_at, id",
        (program_id,),
    ):
        mid, kind, pair_id, participant, starts, zone, length, status, actual, place, why = row
        word = (
            UNLOGGED if mid in unlogged else TAKEN_OFF.get(why) or MEETING_WORDS.get(status, status)
        )
        if pair_id is not None and pair_id in people:
            mentor_id, mentee_id = people[pair_id]
            mentor, other = names.get(mentor_id), names.get(mentee_id)
        else:
            mentor, other = None, names.get(participant) if participant is not None else None
        yield (
            mid, KIND_WORDS.get(kind, kind), pair_id, mentor, other, local_time(starts, zone),
            zone, length, word, actual, place or None,
        )  # fmt: skip


CHECKIN_COLUMNS = (
    Column("Response id", 11),
    Column("Answered (local time)", 17, DATETIME_FORMAT),
    Column("Person"),
    Column("Role", 10),
    Column("Survey", 13),
    Column("Question", 45),
    Column("Measure"),
    Column("Answer (number)", 11),
    Column("Answer (text)", 40),
    Column("Entered", 10),
)


def checkin_rows(
    conn: QuickConnection, program_id: int, names: dict[int, str]
) -> Iterator[tuple[Any, ...]]:
    roles = dict(
        conn.execute("SELECT id, role FROM participant WHERE program_id = ?", (program_id,))
    )
    for row in conn.execute(
        "SELECT r.id, r.responded_at, r.participant_id, r.kind, q.text, q.measure, q.answer_type, "
        "a.value_number, a.value_text, r.source FROM survey_response r "
        "JOIN survey_answer a ON a.response_id = r.id "
        "JOIN survey_question q ON q.id = a.question_id "
        "WHERE r.program_id = ? ORDER BY r.responded_at, r.id, q.kind, q.position, q.id",
        (program_id,),
    ):
        rid, at, participant, kind, text, measure, answer_type, number, words, source = row
        if answer_type == AnswerType.YES_NO.value and number is not None:
            words = "Yes" if number >= 0.5 else "No"
        yield (
            rid, local_time(at), names.get(participant), ROLE_WORDS.get(roles.get(participant, "")),
            SURVEY_WORDS.get(kind, kind), text, measure, number, words,
            "Imported" if source == "import" else "By hand",
        )  # fmt: skip


GOAL_COLUMNS = (
    Column("Goal id", 9),
    Column("Pair id", 9),
    Column("Mentor"),
    Column("Mentee"),
    Column("Goal", 45),
    Column("Target date", 12, "yyyy-mm-dd"),
    Column("Progress", 10, PERCENT_FORMAT),
    Column("Last updated", 17, DATETIME_FORMAT),
)


def goal_rows(
    conn: QuickConnection, program_id: int, names: dict[int, str]
) -> Iterator[tuple[Any, ...]]:
    for row in conn.execute(
        "SELECT g.id, g.pair_id, p.mentor_id, p.mentee_id, g.text, g.target_date, g.progress, "
        "g.updated_at FROM goal g JOIN pair p ON p.id = g.pair_id WHERE p.program_id = ? "
        "ORDER BY g.pair_id, g.id",
        (program_id,),
    ):
        gid, pair_id, mentor, mentee, text, target, progress, updated = row
        yield (
            gid, pair_id, names.get(mentor), names.get(mentee), text, day(target),
            (progress or 0) / 100, local_time(updated),
        )  # fmt: skip
