"""``peerdesk steps``, ``peerdesk ready`` and ``peerdesk status``: readiness, scripted.

``steps`` lists the program's screening and training steps and how many people
have done each; ``ready`` records steps as done for everyone, for the people
named, or for the people listed in a CSV (one transaction, as the People
screen's "Record steps…" does: a step someone already had keeps its first
date); ``status`` shows each participant's readiness and match state.
"""

from __future__ import annotations

import argparse
import csv
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk.cli import EXIT_OK, Context, UsageError, command, format_table
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

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.people import ParticipantRow
    from peerdesk.people.bulk_steps import StepProgress

_ID_HEADERS = ("id", "participant id")
_EMAIL_HEADERS = ("email", "e-mail", "email address", "e-mail address", "mail")


class NoSuchStep(UserError):
    template = "“{program}” has no step “{step}”. Its steps are: {steps}."


class NoPeopleColumn(UserError):
    template = "“{path}” has no column called Email or ID, so it names nobody."


def _configure_steps(parser: argparse.ArgumentParser) -> None:
    common_arguments(parser, "peerdesk steps Riverside.peerdesk --json")
    json_argument(parser)


def _configure_ready(parser: argparse.ArgumentParser) -> None:
    common_arguments(
        parser,
        'peerdesk ready Riverside.peerdesk --step Application --step "Background check" '
        "--people all --date 2027-01-15",
    )
    parser.add_argument(
        "--step",
        required=True,
        action="append",
        metavar="NAME",
        help="a step, by name as `peerdesk steps` lists it (repeat for several)",
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--people",
        metavar="all|WHO",
        help="“all”, or people by id, e-mail or full name, separated by commas",
    )
    who.add_argument(
        "--from",
        dest="from_csv",
        type=Path,
        metavar="CSV",
        help="the people listed in a CSV file with an Email (or ID) column",
    )
    parser.add_argument(
        "--date", type=parse_date, metavar="DATE", help="the date they were done (default: today)"
    )
    parser.add_argument("--note", default="", help="a note kept with each record added")
    json_argument(parser)


def _configure_status(parser: argparse.ArgumentParser) -> None:
    common_arguments(parser, "peerdesk status Riverside.peerdesk --json")
    json_argument(parser)


def program_steps(db: Database, program_id: int) -> list[StepProgress]:
    """The program's steps in order, with how many of its participants have done each."""
    from sqlalchemy import select

    from peerdesk.models import Participant, ProgramStep
    from peerdesk.people.bulk_steps import StepProgress, step_progress

    with db.reading() as session:
        ids = list(
            session.scalars(select(Participant.id).where(Participant.program_id == program_id))
        )
        if not ids:
            steps = session.scalars(
                select(ProgramStep)
                .where(ProgramStep.program_id == program_id)
                .order_by(ProgramStep.position, ProgramStep.id)
            ).all()
            return [StepProgress(s.id, s.name, s.kind.value, s.required, 0, 0) for s in steps]
    return step_progress(db, ids)


@command("steps", "list a program's screening and training steps", _configure_steps)
def _steps(args: argparse.Namespace, ctx: Context) -> int:
    with open_program(args) as (db, program_id, name):
        steps = program_steps(db, program_id)
    if said_list(
        ctx, args.json, name, "steps", steps, _step_json,
        f"“{name}” has no screening or training steps: everyone is ready when added.",
    ):  # fmt: skip
        return EXIT_OK
    rows = [[s.name, s.kind, "yes" if s.required else "no", f"{s.done} of {s.of}"] for s in steps]
    ctx.say(format_table(["Step", "Kind", "Required", "Done"], rows))
    return EXIT_OK


def _step_json(step: StepProgress) -> dict[str, Any]:
    return {
        "id": step.step_id,
        "name": step.name,
        "kind": step.kind,
        "required": step.required,
        "done": step.done,
        "of": step.of,
    }


def _chosen_steps(steps: list[StepProgress], names: list[str], program: str) -> list[int]:
    by_name = {" ".join(s.name.split()).casefold(): s.step_id for s in steps}
    chosen = []
    for name in names:
        step_id = by_name.get(" ".join(name.split()).casefold())
        if step_id is None:
            listed = ", ".join(f"“{s.name}”" for s in steps) or "none"
            raise NoSuchStep(program=program, step=name.strip(), steps=listed)
        chosen.append(step_id)
    return chosen


def _people_from_csv(
    path: Path, rows: list[ParticipantRow], program: str
) -> tuple[list[int], list[str]]:
    """The participants a CSV names, and a line for each row that names nobody."""
    from peerdesk.errors import FileMissing

    try:
        with path.expanduser().open(newline="", encoding="utf-8-sig") as handle:
            table = list(csv.reader(handle))
    except FileNotFoundError:
        raise FileMissing(path=str(path)) from None
    except (UnicodeDecodeError, csv.Error):
        raise UserError("“{path}” is not a CSV file of text.", path=str(path)) from None
    headers = [" ".join(h.split()).casefold() for h in (table[0] if table else [])]
    column = next((headers.index(h) for h in _EMAIL_HEADERS + _ID_HEADERS if h in headers), None)
    if column is None:
        raise NoPeopleColumn(path=str(path))
    ids: list[int] = []
    problems: list[str] = []
    for number, row in enumerate(table[1:], start=2):
        text = row[column].strip() if column < len(row) else ""
        if not text:
            continue
        try:
            ids.append(find_person(rows, program, text).participant_id)
        except UserError as exc:
            problems.append(f"Row {number}: {exc.message}")
    return ids, problems


@command(
    "ready",
    "record screening or training steps as done (everyone, some people, or a CSV's)",
    _configure_ready,
    description=(
        "Record screening or training steps as done, in one go. A step someone already had "
        "keeps its first date. Exit status: 0 done; 1 done, but some rows of the CSV name "
        "nobody (listed); 2 refused, nothing recorded."
    ),
)
def _ready(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.people import list_participants
    from peerdesk.people.bulk_steps import record_steps

    with open_program(args) as (db, program_id, name):
        step_ids = _chosen_steps(program_steps(db, program_id), args.step, name)
        rows = list_participants(db, program_id)
        problems: list[str] = []
        if args.from_csv is not None:
            ids, problems = _people_from_csv(args.from_csv, rows, name)
        elif args.people.strip().casefold() == "all":
            ids = [r.participant_id for r in rows]
        else:
            texts = [t for t in args.people.split(",") if t.strip()]
            if not texts:
                raise UsageError(problem="--people names nobody", hint="peerdesk ready --help")
            ids = [find_person(rows, name, t).participant_id for t in texts]
        if not rows:
            raise UserError(
                "Nobody has joined “{program}” yet. Add people with: peerdesk import FILE ROSTER",
                program=name,
            )
        if not ids:  # only a CSV can name nobody without a refusal already
            raise UserError(
                "No row of “{path}” names someone in “{program}”{first}",
                path=str(args.from_csv),
                program=name,
                first=f" ({problems[0]})" if problems else ".",
            )
        on = args.date or date.today()
        done = record_steps(db, ids, step_ids, on, notes=args.note.strip())
    if args.json:
        say_json(
            ctx,
            {
                "program": name,
                "date": on,
                "steps": done.steps,
                "people": done.people,
                "records_added": done.records_added,
                "already_done": done.already_done,
                "ready": done.ready,
                "became_ready": done.became_ready,
                "problems": problems,
            },
        )
    else:
        steps = f"{done.steps} step{'' if done.steps == 1 else 's'}"
        people = "1 person" if done.people == 1 else f"{done.people} people"
        ctx.say(
            f"Recorded {steps} for {people} in “{name}” on {on.isoformat()}: "
            f"{done.records_added} records added, {done.already_done} already done "
            f"(they keep their first date)."
        )
        ctx.say(
            f"{done.ready} of them are ready for matching now "
            f"({done.became_ready} just became ready)."
        )
        if problems:
            ctx.say(f"Rows that name nobody ({len(problems)}):")
            for line in problems:
                ctx.say(f"  {line}")
    return EXIT_PROBLEMS if problems else EXIT_OK


@command(
    "status",
    "each participant's readiness (steps missing) and match state",
    _configure_status,
)
def _status(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.people import list_participants, missing_steps

    with open_program(args) as (db, program_id, name):
        rows = list_participants(db, program_id)
        missing = missing_steps(db, program_id)
    if args.json:
        say_json(
            ctx,
            {
                "program": name,
                "participants": [
                    {
                        "id": r.participant_id,
                        "name": r.full_name,
                        "email": r.email,
                        "role": r.role.value,
                        "status": r.status.value,
                        "ready": r.ready,
                        "readiness_overridden": r.readiness_overridden,
                        "missing_steps": list(missing.get(r.participant_id, ())),
                        "matched_with": list(r.matched_with),
                    }
                    for r in rows
                ],
            },
        )
        return EXIT_OK
    if not rows:
        ctx.say(f"Nobody has joined “{name}” yet. Add people with: peerdesk import FILE ROSTER")
        return EXIT_OK
    ready = sum(r.ready for r in rows)
    matched = sum(bool(r.matched_with) for r in rows)
    ctx.say(f"{name}: {len(rows)} people, {ready} ready for matching, {matched} in a pair")
    ctx.say()
    table = [
        [
            str(r.participant_id),
            r.full_name,
            r.role.value,
            r.status.value,
            "override" if r.readiness_overridden else "yes" if r.ready else "no",
            ", ".join(missing.get(r.participant_id, ())) or "-",
            ", ".join(r.matched_with) or "-",
        ]
        for r in rows
    ]
    ctx.say(
        format_table(["ID", "Name", "Role", "Status", "Ready", "Missing", "Matched with"], table)
    )
    return EXIT_OK
