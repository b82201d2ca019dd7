"""The change history: which record changed, how, when and by whom — by id, never by name.

``who`` is the name the coordinator worked under (:attr:`Database.actor
<peerdesk.storage.program_database.Database.actor>`), which
:meth:`~peerdesk.storage.program_database.Database.transaction` puts in the session's
``info`` for every write to pick up.

The history holds ids only; :func:`read_changes` names the records when it is read
(people, pairs, programs as they are called now), for the History screen and the
workbook, and :func:`sentence` says each change in plain words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, and_, or_, select
from sqlalchemy.orm import Session

from peerdesk.errors import UserError
from peerdesk.models import (
    ChangeRecord,
    Circle,
    Goal,
    GroupSession,
    ImportBatch,
    Pair,
    Participant,
    Person,
    Program,
    ProgramStep,
    SessionKind,
    SurveyQuestion,
    SurveyResponse,
)

#: How many changes :func:`read_changes` gives at most (the newest).
PAGE = 2000
#: How far back :func:`last_change` looks among actions on many rows at once.
MANY_ROWS_LOOKBACK = 500

#: The kinds of record a change can be to (the screens' names), and their entities.
KINDS: dict[str, tuple[str, ...]] = {
    "programs": ("program",),
    "people": ("participant", "person", "import_batch"),
    "pairs": ("pair", "goal", "circle"),
    "meetings": ("meeting", "group_session", "session_kind"),
    "surveys": ("survey_response", "survey_question"),
}
#: Actions on many rows at once are recorded without an entity id; their details list the
#: rows under this key.
MANY_ROWS_KEY = {
    "pair": "pairs",
    "meeting": "meeting_ids",
    "group_session": "session_ids",
    "circle": "circles",
}


def actor(session: Session) -> str | None:
    """Who the session's changes are made by (None when nobody is named)."""
    return session.info.get("actor") or None


def record(
    session: Session,
    entity: str,
    entity_id: int | None,
    action: str,
    *,
    program_id: int | None = None,
    **details: Any,
) -> None:
    session.add(
        ChangeRecord(
            entity=entity,
            entity_id=entity_id,
            action=action,
            program_id=program_id,
            details=details,
            actor=actor(session),
        )
    )


def last_change(
    session: Session | Connection, entity: str, entity_id: int
) -> tuple[str | None, datetime] | None:
    """Who last changed this record, and when (UTC): (name or None for older lines, when),
    or None when the history holds no change to it.

    Actions on many pairs at once (confirm, end…) count for each pair they list.
    """
    newest = (ChangeRecord.at.desc(), ChangeRecord.id.desc())
    row = session.execute(
        select(ChangeRecord.id, ChangeRecord.actor, ChangeRecord.at)
        .where(ChangeRecord.entity == entity, ChangeRecord.entity_id == entity_id)
        .order_by(*newest)
        .limit(1)
    ).first()
    key = MANY_ROWS_KEY.get(entity)
    if key is not None:
        query = select(ChangeRecord.actor, ChangeRecord.at, ChangeRecord.details).where(
            ChangeRecord.entity == entity, ChangeRecord.entity_id.is_(None)
        )
        if row is not None:  # only what came after it (times are kept to the second)
            query = query.where(
                or_(
                    ChangeRecord.at > row.at,
                    and_(ChangeRecord.at == row.at, ChangeRecord.id > row.id),
                )
            )
        for many in session.execute(query.order_by(*newest).limit(MANY_ROWS_LOOKBACK)):
            if entity_id in (many.details or {}).get(key, ()):
                return many.actor, many.at
    return None if row is None else (row.actor, row.at)


def newest_change(
    session: Session | Connection, records: Iterable[tuple[str, int]]
) -> tuple[str | None, datetime] | None:
    """Who last changed any of ``records`` (entity, id) and when, as :func:`last_change`."""
    found = [last_change(session, entity, entity_id) for entity, entity_id in records]
    return max((f for f in found if f is not None), key=lambda f: f[1], default=None)


def when_words(when: datetime, now: datetime | None = None) -> str:
    """When a change was made, in this computer's time: "at 14:02" today, else "on 5 Dec
    at 14:02" (and the year when it is another year)."""
    local = when.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    clock = f"{local:%H:%M}"
    if local.date() == today:
        return f"at {clock}"
    day = f"{local.day} {local:%b}" + (f" {local.year}" if local.year != today.year else "")
    return f"on {day} at {clock}"


class ChangedAfterYou(UserError):
    """Undo (or redo) refused: someone changed the records after the step it would take
    back, and putting the step's rows back would overwrite their change.

    The message names the record and who changed it ("sam changed Ana Ruiz’s record at
    14:02, after your change; undoing would overwrite it."): for the screen only, never
    for a log (the front end logs the type).
    """

    def __init__(
        self,
        *,
        record: str,
        who: str | None = None,
        when: datetime | None = None,
        yours: bool = False,
        redo: bool = False,
        plural: bool = False,
    ) -> None:
        self.record, self.who, self.when = record, who, when
        if who and not yours:
            after = "after you undid your change" if redo else "after your change"
            template = "{who} changed {record} {at}, {after}; {doing} would overwrite {it}."
        else:  # the same name (another window of theirs), or a change from before names
            after = "after this step was undone" if redo else "after this change"
            template = "{Record} {was} changed again {at}, {after}; {doing} would overwrite {it}."
            if when is None:
                template = "{Record} {was} changed again {after}; {doing} would overwrite {it}."
        super().__init__(
            template,
            who=who or "",
            record=record,
            Record=record[:1].upper() + record[1:],
            at=when_words(when) if when is not None else "",
            after=after,
            doing="redoing" if redo else "undoing",
            it="them" if plural else "it",
            was="were" if plural else "was",
        )

    @classmethod
    def find(
        cls,
        session: Session,
        records: Sequence[tuple[str, int]],
        record: str | None = None,
        *,
        redo: bool = False,
        plural: bool = False,
    ) -> ChangedAfterYou:
        """The refusal for ``records`` (entity, id), naming who changed them last and when
        from the history; ``record`` words them (default: the first, by its name now)."""
        found = newest_change(session, records)
        who, when = found if found is not None else (None, None)
        if record is None:
            record = name_of(session, *records[0]) if records else "this record"
        mine = actor(session)
        return cls(
            record=record,
            who=who,
            when=when,
            yours=who is not None and who == mine,
            redo=redo,
            plural=plural,
        )


def name_of(session: Session | Connection, entity: str, entity_id: int) -> str:
    """A record as a refusal names it now: "Ana Ruiz’s record", "the pair Ana Ruiz & Bo Chen"."""
    row = ChangeRecord(entity=entity, entity_id=entity_id, details={})
    namer = _Namer(session, [row])
    name = namer.name(row)
    if entity == "participant" and entity_id in namer.people:
        return f"{name}’s record"
    if entity == "person" and entity_id in namer.persons:
        return f"{name}’s record"
    if entity == "pair" and entity_id in namer.pairs:
        return f"the pair {name}"
    return "this record" if entity in ("participant", "person", "pair") else name


# -- reading the history ------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One line of the history, with the record it is about named as it is called now."""

    id: int
    at: datetime  # UTC
    actor: str | None
    entity: str
    entity_id: int | None
    action: str
    details: dict[str, Any]
    record: str  # "Ana Ruiz", "Ana Ruiz & Bo Chen", "3 pairs", "Spring 2026"…
    step: str = ""  # the step's name, for a step done

    @property
    def kind(self) -> str:
        """Which of :data:`KINDS` the change is to ("" for none of them)."""
        return next((k for k, entities in KINDS.items() if self.entity in entities), "")


@dataclass(frozen=True)
class HistoryPage:
    """The newest changes asked for, and who appears in the program's history at all."""

    changes: list[Change]
    more: bool  # older changes were left out (see PAGE)
    actors: list[str] = field(default_factory=list)


def read_changes(
    session: Session,
    program_id: int,
    *,
    actor: str | None = None,
    kind: str | None = None,
    limit: int | None = PAGE,
) -> HistoryPage:
    """The program's changes, newest first: everyone's, or ``actor``'s; of every kind,
    or of ``kind`` (one of :data:`KINDS`); at most ``limit`` (None: all of them). Changes
    to no program in particular (erasing a person's data) are in every program's history."""
    in_program = or_(ChangeRecord.program_id == program_id, ChangeRecord.program_id.is_(None))
    # Plain rows, not ORM objects: a workbook may read the whole history (100,000 lines).
    query = select(*LINE_COLUMNS).where(in_program)
    if actor is not None:
        query = query.where(ChangeRecord.actor == actor)
    if kind is not None:
        query = query.where(ChangeRecord.entity.in_(KINDS[kind]))
    query = query.order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc())
    rows = list(session.execute(query if limit is None else query.limit(limit + 1)))
    more = limit is not None and len(rows) > limit
    rows = rows[:limit]
    actors = sorted(
        (
            str(name)
            for name in session.scalars(
                select(ChangeRecord.actor)
                .where(in_program, ChangeRecord.actor.is_not(None))
                .group_by(ChangeRecord.actor)
            )
        ),
        key=str.casefold,
    )
    namer = _Namer(session, rows)
    return HistoryPage([namer.change(row) for row in rows], more, actors)


LINE_COLUMNS = (
    ChangeRecord.id,
    ChangeRecord.at,
    ChangeRecord.actor,
    ChangeRecord.entity,
    ChangeRecord.entity_id,
    ChangeRecord.action,
    ChangeRecord.details,
)


class _Namer:
    """Names the records a page of history is about, a few queries for the whole page."""

    def __init__(self, session: Session | Connection, rows: Sequence[Any]) -> None:
        """``rows``: lines of the history (entity, entity_id, details…), as ORM objects or
        plain rows."""

        def ids(entity: str) -> set[int]:
            return {r.entity_id for r in rows if r.entity == entity and r.entity_id is not None}

        many_pairs = {
            int(i) for r in rows if r.entity == "pair" for i in (r.details or {}).get("pairs", ())
        }
        goals = _by_id(session, Goal.id, Goal.pair_id, ids("goal"))
        responses = _by_id(
            session, SurveyResponse.id, SurveyResponse.participant_id, ids("survey_response")
        )
        pair_ids = ids("pair") | many_pairs | set(goals.values())
        self.pairs = {
            pair_id: (mentor_id, mentee_id)
            for pair_id, mentor_id, mentee_id in _rows(
                session, select(Pair.id, Pair.mentor_id, Pair.mentee_id), Pair.id, pair_ids
            )
        }
        participant_ids = (
            ids("participant")
            | set(responses.values())
            | {p for pair in self.pairs.values() for p in pair}
        )
        self.people = dict(
            _rows(
                session,
                select(Participant.id, Person.full_name).join(Person),
                Participant.id,
                participant_ids,
            )
        )
        self.persons = _by_id(session, Person.id, Person.full_name, ids("person"))
        self.programs = _by_id(session, Program.id, Program.name, ids("program"))
        self.batches = _by_id(session, ImportBatch.id, ImportBatch.source_name, ids("import_batch"))
        self.questions = _by_id(
            session, SurveyQuestion.id, SurveyQuestion.text, ids("survey_question")
        )
        self.steps = _by_id(
            session,
            ProgramStep.id,
            ProgramStep.name,
            {
                int(r.details["step_id"])
                for r in rows
                if r.entity == "participant" and (r.details or {}).get("step_id") is not None
            },
        )
        self.goals, self.responses = goals, responses
        circle_ids = ids("circle") | {
            int(i)
            for r in rows
            if r.entity == "circle"
            for i in (r.details or {}).get("circles", ())
        }
        self.circles = _by_id(session, Circle.id, Circle.name, circle_ids)
        self.sessions = {
            session_id: (title or kind_name or kind, starts_at, zone)
            for session_id, title, kind, kind_name, starts_at, zone in _rows(
                session,
                select(
                    GroupSession.id,
                    GroupSession.title,
                    GroupSession.kind,
                    SessionKind.name,
                    GroupSession.starts_at,
                    GroupSession.timezone,
                ).outerjoin(
                    SessionKind,
                    and_(
                        SessionKind.program_id == GroupSession.program_id,
                        SessionKind.key == GroupSession.kind,
                    ),
                ),
                GroupSession.id,
                ids("group_session"),
            )
        }

    def person(self, participant_id: int | None) -> str:
        if participant_id is None or participant_id not in self.people:
            return "someone no longer in the program"
        return str(self.people[participant_id])

    def pair(self, pair_id: int) -> str:
        found = self.pairs.get(pair_id)
        if found is None:
            return "a pair since removed"
        return f"{self.person(found[0])} & {self.person(found[1])}"

    def name(self, row: Any) -> str:
        entity, entity_id, details = row.entity, row.entity_id, row.details or {}
        if entity == "participant":
            return self.person(entity_id)
        if entity == "person":
            return str(self.persons.get(entity_id or 0, "a person since removed"))
        if entity == "program":
            return str(self.programs.get(entity_id or 0, "a program since removed"))
        if entity == "import_batch":
            return str(self.batches.get(entity_id or 0) or "a roster")
        if entity == "pair":
            listed = [int(i) for i in details.get("pairs", ())]
            if entity_id is not None:
                listed = [entity_id]
            if len(listed) == 1:
                return self.pair(listed[0])
            return _count(len(listed), "pair")
        if entity == "goal":
            pair_id = self.goals.get(entity_id or 0, details.get("pair"))
            return f"a goal of {self.pair(int(pair_id))}" if pair_id is not None else "a goal"
        if entity == "meeting":
            return _count(int(details.get("meetings", 0)), "meeting")
        if entity == "group_session":
            if entity_id is None:
                return _count(int(details.get("sessions", 0)), "session")
            found = self.sessions.get(entity_id)
            if found is None:
                return "a session since deleted"
            label, starts_at, zone = found
            return f"“{_short(label)}” on {_session_day(starts_at, zone)}"
        if entity == "session_kind":
            return "the kinds of session"
        if entity == "circle":
            circles = [int(i) for i in details.get("circles", ())]
            if entity_id is not None:
                circles = [entity_id]
            if len(circles) != 1:
                return _count(len(circles), "circle")
            name = self.circles.get(circles[0])
            return "a circle since removed" if name is None else f"the circle “{_short(name)}”"
        if entity == "survey_response":
            if entity_id is None:
                return _count(int(details.get("count", details.get("added", 0))), "response")
            return f"a survey response from {self.person(self.responses.get(entity_id))}"
        if entity == "survey_question":
            text = self.questions.get(entity_id or 0)
            return f"the question “{_short(text)}”" if text else "a survey question"
        return str(entity).replace("_", " ")

    def change(self, row: Any) -> Change:
        details = dict(row.details or {})
        step_id = details.get("step_id")
        return Change(
            id=row.id,
            at=row.at,
            actor=row.actor,
            entity=row.entity,
            entity_id=row.entity_id,
            action=row.action,
            details=details,
            record=self.name(row),
            step=self.steps.get(int(step_id), "a step") if step_id is not None else "",
        )


def _rows(session: Session | Connection, query: Any, column: Any, ids: Iterable[int]) -> list[Any]:
    wanted = sorted(ids)
    found: list[Any] = []
    for start in range(0, len(wanted), 500):
        found.extend(session.execute(query.where(column.in_(wanted[start : start + 500]))))
    return found


def _by_id(
    session: Session | Connection, key: Any, value: Any, ids: Iterable[int]
) -> dict[int, Any]:
    return dict(_rows(session, select(key, value), key, ids))


def _session_day(starts_at: datetime, zone: str) -> str:
    try:
        local = starts_at.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        local = starts_at.astimezone(UTC)
    return local.date().isoformat()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _short(text: str, most: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1] + "…"


# -- saying it ----------------------------------------------------------------------------

#: What each action did, in plain words; ``{record}`` names what it was done to.
SENTENCES: dict[tuple[str, str], str] = {
    ("program", "create"): "Created the program {record}",
    ("program", "update"): "Changed the settings of {record}",
    ("participant", "create"): "Added {record}",
    ("participant", "update"): "Changed {record}’s details",
    ("participant", "status"): "Set {record}’s status to {status}",
    ("participant", "capacity"): "Let {record} take {capacity} mentees",
    ("participant", "step"): "Recorded “{step}” as done for {record}",
    ("participant", "step_undone"): "Recorded “{step}” as not done for {record}",
    ("participant", "readiness_override"): "Marked {record} ready to match by hand",
    ("participant", "readiness_override_removed"): "Took back marking {record} ready by hand",
    ("participant", "restore"): "Put {record}’s record back as it was (undo or redo)",
    ("person", "erase"): "Erased a person’s personal data",
    ("import_batch", "import"): "Imported {record}: {added} added, {updated} updated",
    ("pair", "save_suggestions"): "Saved suggested pairs: {record}",
    ("pair", "propose"): "Proposed {record}",
    ("pair", "move"): "Moved a mentee: {record}",
    ("pair", "unpair"): "Took apart {record}",
    ("pair", "lock"): "Locked {record}",
    ("pair", "unlock"): "Unlocked {record}",
    ("pair", "confirm"): "Confirmed {record}",
    ("pair", "end"): "Ended {record}",
    ("pair", "end_many"): "Ended {record}",
    ("pair", "close_cycle"): "Closed the cycle: ended {record}",
    ("pair", "pause"): "Paused {record}",
    ("pair", "resume"): "Resumed {record}",
    ("pair", "undo"): "Undid a change to {record}",
    ("pair", "redo"): "Redid a change to {record}",
    ("pair", "agreement_signed"): "Recorded the agreement of {record} as signed",
    ("pair", "agreement_unsigned"): "Recorded the agreement of {record} as not signed",
    ("pair", "agreement_printed"): "Printed the agreement of {record}",
    ("goal", "add"): "Added {record}",
    ("goal", "update"): "Set the progress of {record} to {progress}%",
    ("goal", "delete"): "Deleted {record}",
    ("goal", "restore"): "Put back {record}",
    ("meeting", "schedule_checkins"): "Scheduled check-ins: {record}",
    ("meeting", "schedule_series"): "Scheduled a series of meetings: {record}",
    ("meeting", "schedule_meeting"): "Scheduled {record}",
    ("meeting", "move_meeting"): "Moved {record}",
    ("meeting", "log_meetings"): "Logged {record}",
    ("meeting", "undo"): "Undid a change to {record}",
    ("meeting", "redo"): "Redid a change to {record}",
    ("group_session", "create_sessions"): "Scheduled {record}",
    ("group_session", "refresh_invitations"): "Brought the invitations of {record} up to date",
    ("group_session", "attendance"): "Recorded attendance at {record}",
    ("group_session", "undo"): "Undid a change to {record}",
    ("group_session", "redo"): "Redid a change to {record}",
    ("session_kind", "save_kinds"): "Changed {record}",
    ("circle", "create"): "Made {record}",
    ("circle", "confirm"): "Confirmed {record}",
    ("circle", "rename"): "Renamed {record}",
    ("circle", "add_member"): "Added someone to {record}",
    ("circle", "remove_member"): "Took someone out of {record}",
    ("circle", "move_member"): "Moved someone between circles: {record}",
    ("circle", "set_role"): "Changed who leads {record}",
    ("circle", "agreement_signed"): "Recorded the agreement of {record} as signed",
    ("circle", "agreement_printed"): "Printed the agreement of {record}",
    ("circle", "pause"): "Paused {record}",
    ("circle", "hold_sessions"): "Cancelled the sessions of {record} while it pauses",
    ("circle", "resume"): "Resumed {record}",
    ("circle", "end"): "Ended {record}",
    ("circle", "undo"): "Undid a change to {record}",
    ("circle", "redo"): "Redid a change to {record}",
    ("survey_response", "add"): "Recorded {record}",
    ("survey_response", "delete"): "Deleted {record}",
    ("survey_response", "delete_many"): "Deleted {record}",
    ("survey_response", "import"): "Imported {record}",
    ("survey_question", "add"): "Added {record}",
    ("survey_question", "update"): "Changed {record}",
    ("survey_question", "activate"): "Turned on {record}",
    ("survey_question", "deactivate"): "Turned off {record}",
    ("survey_question", "delete"): "Deleted {record}",
    ("survey_question", "move"): "Moved {record}",
    ("survey_question", "defaults"): "Put back the standard survey questions",
}
#: Meeting actions named by their prefix (``edit_meeting_one``, ``delete_meeting_all``…),
#: and what an action on pairs does to their meetings.
MEETING_PREFIXES = {
    "edit_meeting": "Changed {record}",
    "delete_meeting": "Deleted {record}",
    "edit_session": "Changed {record}",
    "cancel_session": "Cancelled {record}",
    "restore_session": "Brought back {record}",
    "delete_session": "Deleted {record}",
}
OTHER = "Changed {record}"


def sentence(change: Change, translate: Callable[[str], str] = lambda text: text) -> str:
    """The change in plain words ("Set Ana Ruiz’s status to Screened"); ``translate``
    turns the template into the reader's language before the names go in."""
    action = change.action
    if change.entity == "participant" and action == "step" and not change.details.get("done"):
        action = "step_undone"
    template = SENTENCES.get((change.entity, action))
    if template is None and change.entity in ("meeting", "group_session"):
        template = next(
            (t for prefix, t in MEETING_PREFIXES.items() if action.startswith(prefix)), None
        )
    values: dict[str, Any] = {"added": 0, "updated": 0, "progress": "", "capacity": ""}
    values.update({k: v for k, v in change.details.items() if isinstance(v, str | int)})
    status = change.details.get("status")
    values["status"] = translate(str(status).capitalize()) if status else ""
    values["record"], values["step"] = change.record, change.step
    try:
        return translate(template or OTHER).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return (template or OTHER).format(**values)
