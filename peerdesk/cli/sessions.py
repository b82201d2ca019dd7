"""``peerdesk session``, ``sessions``, ``attend`` and ``signin``: group sessions, scripted.

``session`` makes a training, workshop, social… (or a series of them) and invites
the mentors, the mentees, everyone, or the people named; ``sessions`` lists the
program's sessions with how many were invited and how many attended; ``attend``
marks people attended, excused or absent — the people named, everyone invited, or
everyone a filled-in sign-in sheet (CSV or Excel) names — in one transaction, as the
attendance checklist does; ``signin`` prints a session's sign-in sheet. Each is a
thin layer over the same core calls the app makes (:mod:`peerdesk.groups`).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk.cli import EXIT_OK, Context, UsageError, command, format_table
from peerdesk.cli.documents import _paper, pdf_file_options
from peerdesk.cli.refs import (
    EXIT_PROBLEMS,
    common_arguments,
    find_person,
    json_argument,
    open_program,
    parse_date,
    said_list,
    say_json,
)
from peerdesk.errors import UserError
from peerdesk.groups.statuses import ATTENDED, MARKS

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.groups.sessions import SessionRow
    from peerdesk.people import ParticipantRow

INVITE_WORDS = ("mentors", "mentees", "everyone")
MARK_WORDS = MARKS


class NoSuchKind(UserError):
    template = "“{program}” has no kind of session “{kind}”. Its kinds are: {kinds}."


class NoSuchSession(UserError):
    template = "“{program}” has no session {text}. List them with: peerdesk sessions FILE"


def _moment(text: str) -> datetime:
    """``--at``: a day and a wall-clock time, "2027-01-12 18:00"."""
    try:
        moment = datetime.fromisoformat(" ".join(text.split()))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is not None or len(text.strip()) <= 10:
        raise argparse.ArgumentTypeError(f"“{text}” is not a day and time like “2027-01-12 18:00”")
    return moment.replace(second=0, microsecond=0)


def _configure_session(parser: argparse.ArgumentParser) -> None:
    from peerdesk.calendar.series import CADENCES

    common_arguments(
        parser,
        'peerdesk session Riverside.peerdesk --kind training --title "Mentor training" '
        '--at "2027-01-12 18:00" --length 90 --invite mentors --completes-step '
        '"Mentoring orientation"',
    )
    parser.add_argument(
        "--kind", required=True, help="the kind of session, by name or key (training, workshop…)"
    )
    parser.add_argument("--title", default="", help="its title (default: none, the kind's name)")
    parser.add_argument(
        "--at",
        required=True,
        type=_moment,
        metavar='"DATE HH:MM"',
        help="the day and time it starts, on --timezone's clock",
    )
    parser.add_argument(
        "--length", type=int, default=60, metavar="MINUTES", help="minutes (default: 60)"
    )
    parser.add_argument(
        "--invite",
        default="everyone",
        metavar="mentors|mentees|everyone|WHO",
        help="who is invited: the mentors, the mentees, everyone (the default), or people by "
        "id, e-mail or full name, separated by commas",
    )
    parser.add_argument("--place", default="", help="where it is held")
    parser.add_argument("--link", default="", help="a video link")
    parser.add_argument("--capacity", type=int, metavar="N", help="places (default: no limit)")
    parser.add_argument(
        "--timezone", metavar="ZONE", help="its time zone, e.g. Europe/London (default: yours)"
    )
    parser.add_argument(
        "--completes-step",
        metavar="STEP",
        help="a readiness step (as `peerdesk steps` lists it) that attending records as done",
    )
    parser.add_argument(
        "--every", choices=CADENCES, help="a series this often (1w, 2w, 4w or month)"
    )
    parser.add_argument(
        "--until", type=parse_date, metavar="DATE", help="with --every: the series' last day"
    )
    parser.add_argument("--notes", default="", help="notes kept with the session")
    json_argument(parser)


def _kind(db: Database, program_id: int, program: str, text: str) -> str:
    """The kind's key, from its key or its name (case and spaces aside)."""
    from peerdesk.groups.kinds import list_kinds

    kinds = list_kinds(db, program_id)
    wanted = " ".join(text.split()).casefold()
    for kind in kinds:
        if wanted in (kind.key.casefold(), " ".join(kind.name.split()).casefold()):
            return kind.key
    listed = ", ".join(f"“{k.name}”" for k in kinds) or "none"
    raise NoSuchKind(program=program, kind=text.strip(), kinds=listed)


def _people(rows: list[ParticipantRow], program: str, text: str, option: str) -> list[int]:
    texts = [t for t in text.split(",") if t.strip()]
    if not texts:
        raise UsageError(problem=f"{option} names nobody", hint="peerdesk --help")
    return list(dict.fromkeys(find_person(rows, program, t).participant_id for t in texts))


def _step(db: Database, program_id: int, program: str, name: str | None) -> int | None:
    from peerdesk.cli.readiness import _chosen_steps, program_steps

    if name is None:
        return None
    return _chosen_steps(program_steps(db, program_id), [name], program)[0]


def _when(row: SessionRow) -> str:
    return f"{row.local_start:%Y-%m-%d %H:%M}"


def _session_json(row: SessionRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "kind_name": row.kind_name,
        "title": row.title,
        "starts_at": row.local_start,
        "timezone": row.timezone,
        "length_minutes": row.length_minutes,
        "place": row.place,
        "link": row.link,
        "capacity": row.capacity,
        "invite": row.invite,
        "status": row.status,
        "series": row.series_key,
        "completes_step_id": row.completes_step_id,
        "invited": row.invited,
        "attended": row.attended,
        "excused": row.excused,
        "absent": row.absent,
        "unmarked": row.unmarked,
    }


@command(
    "session",
    "make a group session (training, workshop, social…) or a series, and invite people",
    _configure_session,
)
def _session(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.groups.sessions import Invite, Repeat, SessionPlan, create_sessions, get_session
    from peerdesk.people import list_participants

    if args.until is not None and args.every is None:
        raise UsageError(problem="--until goes with --every", hint="peerdesk session --help")
    with open_program(args) as (db, program_id, name):
        kind = _kind(db, program_id, name, args.kind)
        invite = args.invite.strip().casefold()
        chosen: tuple[int, ...] = ()
        if invite not in INVITE_WORDS:
            rows = list_participants(db, program_id)
            invite, chosen = Invite.PEOPLE, tuple(_people(rows, name, args.invite, "--invite"))
        plan = SessionPlan(
            kind=kind,
            title=args.title,
            day=args.at.date(),
            local_time=args.at.time(),
            length_minutes=args.length,
            timezone=args.timezone,
            place=args.place,
            link=args.link,
            capacity=args.capacity,
            invite=invite,
            people=chosen,
            completes_step_id=_step(db, program_id, name, args.completes_step),
            notes=args.notes,
            repeat=Repeat(args.every, args.until) if args.every else None,
        )
        changes = create_sessions(db, program_id, plan)
        made = [get_session(db, i).session for i in changes.created]
    if args.json:
        say_json(
            ctx,
            {
                "program": name,
                "id": made[0].id,
                "ids": [row.id for row in made],
                "sessions": [_session_json(row) for row in made],
                "warnings": list(changes.warnings),
            },
        )
        return EXIT_OK
    first = made[0]
    people = "1 person" if first.invited == 1 else f"{first.invited} people"
    if len(made) == 1:
        ctx.say(
            f"Made session {first.id}: {first.label} on {_when(first)} ({first.timezone}), "
            f"{people} invited."
        )
    else:
        ids = ", ".join(str(row.id) for row in made)
        ctx.say(
            f"Made {len(made)} sessions of {first.label} from {_when(first)} to "
            f"{_when(made[-1])} ({first.timezone}), {people} invited to each: ids {ids}."
        )
    for warning in changes.warnings:
        ctx.say(f"Note: {warning}")
    return EXIT_OK


def _configure_sessions(parser: argparse.ArgumentParser) -> None:
    common_arguments(parser, "peerdesk sessions Riverside.peerdesk --json")
    json_argument(parser)


@command(
    "sessions",
    "list the group sessions of a program, with how many were invited and attended",
    _configure_sessions,
)
def _sessions(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.groups.sessions import list_sessions

    with open_program(args) as (db, program_id, name):
        rows = list_sessions(db, program_id)
    if said_list(
        ctx, args.json, name, "sessions", rows, _session_json,
        f"“{name}” has no group sessions yet. Make one with: peerdesk session FILE …",
    ):  # fmt: skip
        return EXIT_OK
    table = [
        [
            str(r.id),
            _when(r),
            r.kind_name,
            r.title or "-",
            str(r.invited),
            str(r.attended),
            str(r.excused),
            str(r.absent),
            r.status,
        ]
        for r in rows
    ]
    headers = ["ID", "Starts", "Kind", "Title", "Invited", "Attended", "Excused", "Absent"]
    ctx.say(format_table([*headers, "Status"], table))
    return EXIT_OK


def _session_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", metavar="SESSION", help="the session's id (peerdesk sessions)")


def _find_session(db: Database, program_id: int, program: str, text: str) -> int:
    from sqlalchemy import select

    from peerdesk.models import GroupSession

    wanted = text.strip()
    if wanted.isdigit():
        with db.reading() as session:
            found = session.scalar(
                select(GroupSession.id).where(
                    GroupSession.id == int(wanted), GroupSession.program_id == program_id
                )
            )
        if found is not None:
            return found
    raise NoSuchSession(program=program, text=wanted)


def _configure_attend(parser: argparse.ArgumentParser) -> None:
    common_arguments(
        parser,
        "peerdesk attend Riverside.peerdesk 12 --people 3,7,ana@example.org\n"
        "  peerdesk attend Riverside.peerdesk 12 --people all --status attended\n"
        "  peerdesk attend Riverside.peerdesk 12 --sheet signed-in.xlsx",
    )
    _session_argument(parser)
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--people",
        metavar="all|WHO",
        help="“all” (everyone invited), or people by id, e-mail or full name, separated by commas",
    )
    who.add_argument(
        "--sheet",
        type=Path,
        metavar="FILE",
        help="a filled-in sign-in sheet (CSV or Excel) with a Name or Email column: "
        "everyone invited it names attended",
    )
    parser.add_argument(
        "--status",
        choices=MARK_WORDS,
        default=ATTENDED,
        help="their mark (default: attended)",
    )
    json_argument(parser)


@command(
    "attend",
    "mark people attended, excused or absent at a group session (or from a sign-in sheet)",
    _configure_attend,
    description=(
        "Mark attendance at a group session in one go; a session that completes a readiness "
        "step records it for those who attended. Exit status: 0 done; 1 done, but rows of the "
        "sign-in sheet name nobody invited (listed); 2 refused, nothing changed."
    ),
)
def _attend(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.groups import attendance
    from peerdesk.groups.sessions import get_session
    from peerdesk.groups.signin_import import import_signin, problem_text
    from peerdesk.people import list_participants

    problems: list[str] = []
    with open_program(args) as (db, program_id, name):
        session_id = _find_session(db, program_id, name, args.session)
        if args.sheet is not None:
            if args.status != ATTENDED:
                raise UsageError(
                    problem="--sheet marks people attended; leave out --status",
                    hint="peerdesk attend --help",
                )
            read = import_signin(db, session_id, args.sheet)
            changes = read.changes
            problems = [problem_text(problem) for problem in read.match.problems]
        elif args.people.strip().casefold() == "all":
            changes = attendance.mark(db, session_id, None, args.status)
        else:
            rows = list_participants(db, program_id)
            ids = _people(rows, name, args.people, "--people")
            changes = attendance.mark(db, session_id, ids, args.status)
        row = get_session(db, session_id).session
    if args.json:
        say_json(
            ctx,
            {
                "program": name,
                "session": _session_json(row),
                "marked": changes.marked,
                "steps_recorded": changes.steps_recorded,
                "steps_removed": changes.steps_removed,
                "became_ready": list(changes.became_ready),
                "problems": problems,
            },
        )
        return EXIT_PROBLEMS if problems else EXIT_OK
    people = "1 person" if changes.marked == 1 else f"{changes.marked} people"
    ctx.say(
        f"Marked {people} {args.status} at session {row.id} ({row.label}, {_when(row)}): "
        f"{row.attended} attended, {row.excused} excused, {row.absent} absent, "
        f"{row.unmarked} not marked of {row.invited} invited."
    )
    if changes.steps_recorded or changes.steps_removed:
        ctx.say(
            f"Readiness step recorded for {changes.steps_recorded}, taken back for "
            f"{changes.steps_removed}; {len(changes.became_ready)} now ready."
        )
    for problem in problems:
        ctx.say(problem)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _configure_signin(parser: argparse.ArgumentParser) -> None:
    common_arguments(parser, "peerdesk signin Riverside.peerdesk 12 --out sheet.pdf")
    _session_argument(parser)
    parser.add_argument(
        "--out", required=True, type=Path, metavar="OUT", help="the PDF file to write"
    )
    pdf_file_options(parser)


@command(
    "signin",
    "print a group session's sign-in sheet (names and a signature column) as PDF",
    _configure_signin,
)
def _signin(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.groups.signin import save_signin

    paper = _paper(args.paper)
    with open_program(args) as (db, program_id, name):
        session_id = _find_session(db, program_id, name, args.session)
        written = save_signin(db, session_id, args.out, overwrite=args.overwrite, paper=paper)
    ctx.say(f"Wrote the sign-in sheet of session {session_id} to {written}")
    return EXIT_OK
