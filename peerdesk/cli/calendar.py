"""``peerdesk schedule``, ``peerdesk ics`` and ``peerdesk attention``: the calendar, scripted.

``schedule`` gives every active pair (or the ones named) one meeting in a window, or a
meeting series, placed so that nobody is in two meetings at once;
``ics`` writes a calendar file for the program, one pair or one person, and
``attention`` lists what needs the coordinator's attention, one line each.
"""

from __future__ import annotations

import argparse
from datetime import date, time
from pathlib import Path

from peerdesk.cli import EXIT_OK, Context, UsageError, choose_program, command, file_argument

EVERY_WORDS = {
    "1w": "every week",
    "2w": "every two weeks",
    "4w": "every four weeks",
    "month": "every month",
}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-03-17") from None


def _time(text: str) -> time:
    try:
        parsed = time.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a time like 17:30") from None
    return parsed.replace(second=0, microsecond=0)


def _common(parser: argparse.ArgumentParser) -> None:
    file_argument(parser)
    parser.add_argument(
        "--program", metavar="NAME", help="the program (needed when the file has more than one)"
    )


def _configure_schedule(parser: argparse.ArgumentParser) -> None:
    from peerdesk.calendar.series import CADENCES

    _common(parser)
    parser.add_argument(
        "--every",
        choices=CADENCES,
        help="a series this often (default: the program's meeting cadence)",
    )
    parser.add_argument(
        "--weekday",
        help="a series on this day of the week: mon, tue, … sun. Without --every or "
        "--weekday, each pair gets one meeting between --from and --until",
    )
    parser.add_argument(
        "--time", type=_time, default=time(17, 0), help="the local start time (default 17:00)"
    )
    parser.add_argument(
        "--length", type=int, metavar="MINUTES", help="minutes (default: the program's)"
    )
    parser.add_argument(
        "--from", dest="first", required=True, type=_date, metavar="DATE", help="the first date"
    )
    parser.add_argument(
        "--until",
        type=_date,
        metavar="DATE",
        help="the last date (a series: default the program's end; one meeting: default --from)",
    )
    parser.add_argument(
        "--pair",
        type=int,
        action="append",
        metavar="ID",
        help="only this pair (repeat for several; default: every active pair)",
    )
    parser.add_argument("--place", default="", help="where they meet")
    parser.add_argument("--link", default="", help="a video link")
    parser.add_argument(
        "--skip", type=_date, action="append", default=[], metavar="DATE", help="a date to skip"
    )
    parser.add_argument(
        "--checkins",
        action="store_true",
        help="also schedule staff check-ins on the program's check-in cadence",
    )
    parser.add_argument("--plan-only", action="store_true", help="show the plan and save nothing")


def _configure_ics(parser: argparse.ArgumentParser) -> None:
    _common(parser)
    parser.add_argument(
        "--out", required=True, type=Path, metavar="OUT.ics", help="the file to write"
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--pair", type=int, metavar="ID", help="only this pair's meetings")
    who.add_argument("--person", metavar="EMAIL", help="only this person's meetings")
    parser.add_argument("--overwrite", action="store_true", help="replace OUT.ics if it exists")


def _configure_attention(parser: argparse.ArgumentParser) -> None:
    _common(parser)


@command(
    "schedule",
    "schedule meetings for every active pair (or some), so that nobody is in two at once",
    _configure_schedule,
)
def _schedule(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.calendar.checkins import schedule_checkins
    from peerdesk.calendar.planning import ScheduleRequest, plan_meetings, save_plan
    from peerdesk.calendar.series import parse_weekday, program_cadence
    from peerdesk.database import open_database
    from peerdesk.errors import ValidationError
    from peerdesk.program.programs import load_settings

    is_series = args.every is not None or args.weekday is not None
    weekday = None
    if args.weekday is not None:
        try:
            weekday = parse_weekday(args.weekday)
        except ValidationError as exc:
            raise UsageError(
                problem=exc.message.rstrip("."), hint="peerdesk schedule --help"
            ) from None
    if args.checkins and not is_series:
        raise UsageError(
            problem="--checkins goes with a series (--every or --weekday)",
            hint="peerdesk schedule --help",
        )
    with open_database(args.file) as db:
        program_id, name = choose_program(db, args.program)
        settings = load_settings(db, program_id)
        request = ScheduleRequest(
            once=not is_series,
            first_date=args.first,
            last_date=args.until,
            local_time=args.time,
            length_minutes=args.length or settings.meeting_length_minutes,
            cadence=args.every or program_cadence(settings.meeting_cadence),
            weekday=weekday,
            place=args.place,
            link=args.link,
            skip_dates=tuple(args.skip),
        )
        plan = plan_meetings(db, program_id, request, pair_ids=args.pair)
        if args.plan_only:
            ctx.say(f"The plan for “{name}” (nothing saved):")
            for line in plan.describe():
                ctx.say(f"  {line}")
            return EXIT_OK
        changes = save_plan(db, plan)
        checkins = None
        if args.checkins and is_series:
            checkins = schedule_checkins(
                db, program_id, first_date=args.first, last_date=args.until
            )
    request = plan.request
    assert request.weekday is not None and request.last_date is not None
    created, pairs = len(changes.created), len(plan.pairs)
    day_name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    counted = (
        f"Scheduled {created} meeting{'' if created == 1 else 's'} for {pairs} "
        f"pair{'' if pairs == 1 else 's'} in “{name}”: "
    )
    if request.once:
        window = args.first.isoformat()
        if request.last_date != args.first:
            window = f"between {window} and {request.last_date.isoformat()}"
        else:
            window = f"on {window}"
        ctx.say(
            counted + f"one each {window}, from {request.local_time:%H:%M} ({request.timezone})."
        )
    else:
        ctx.say(
            counted + f"{EVERY_WORDS[request.cadence]} on {day_name[request.weekday]} at "
            f"{request.local_time:%H:%M} ({request.timezone}), from {args.first.isoformat()} "
            f"to {request.last_date.isoformat()}."
        )
    for line in plan.describe()[1:]:
        if not line.startswith(("Unavoidable", "Left out")):
            ctx.say(line)
    if checkins is not None:
        ctx.say(f"Scheduled {len(checkins.created)} staff check-ins.")
    for warning in changes.warnings:
        ctx.say(f"Warning: {warning}")
    if plan.skipped_pairs:
        n = len(plan.skipped_pairs)
        ctx.say(f"Left out {n} pair{'' if n == 1 else 's'} that already had meetings scheduled.")
    return EXIT_OK


@command("ics", "write a calendar file (.ics) for the program, a pair or a person", _configure_ics)
def _ics(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.calendar.ics import export_ics
    from peerdesk.database import open_database

    with open_database(args.file) as db:
        program_id, name = choose_program(db, args.program)
        result = export_ics(
            db,
            program_id,
            args.out,
            pair_id=args.pair,
            person_email=args.person,
            overwrite=args.overwrite,
        )
    who = (
        f"pair {args.pair}"
        if args.pair is not None
        else args.person
        if args.person
        else f"“{name}”"
    )
    count = result.events
    ctx.say(f"Wrote {count} meeting{'' if count == 1 else 's'} of {who} to {result.path}")
    return EXIT_OK


@command("attention", "list what needs attention in a program, one line each", _configure_attention)
def _attention(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.calendar.attention import attention_items
    from peerdesk.database import open_database

    with open_database(args.file) as db:
        program_id, name = choose_program(db, args.program)
        items = attention_items(db, program_id)
    if not items:
        ctx.say(f"Nothing needs attention in “{name}”.")
        return EXIT_OK
    for item in items:
        ctx.say(f"pair {item.pair_id}: {item.describe()}")
    return EXIT_OK
