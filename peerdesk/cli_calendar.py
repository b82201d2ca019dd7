"""``peerdesk schedule``, ``peerdesk ics`` and ``peerdesk attention``: the calendar, scripted.

``schedule`` makes a meeting series for one pair or for every active pair,
``ics`` writes a calendar file for the program, one pair or one person, and
``attention`` lists what needs the coordinator's attention, one line each.
"""

from __future__ import annotations

import argparse
from datetime import date, time
from pathlib import Path
from typing import Any

from peerdesk.cli import EXIT_OK, Context, UsageError, choose_program, command

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
    parser.add_argument("file", metavar="FILE", type=Path, help="the program file")
    parser.add_argument(
        "--program", metavar="NAME", help="the program (needed when the file has more than one)"
    )


def _configure_schedule(parser: argparse.ArgumentParser) -> None:
    from peerdesk.calendar.series import CADENCES

    _common(parser)
    parser.add_argument(
        "--every", choices=CADENCES, help="how often (default: the program's meeting cadence)"
    )
    parser.add_argument("--weekday", required=True, help="the day of the week: mon, tue, … sun")
    parser.add_argument("--time", required=True, type=_time, help="the local start time, 17:30")
    parser.add_argument(
        "--length", type=int, metavar="MINUTES", help="minutes (default: the program's)"
    )
    parser.add_argument(
        "--from", dest="first", required=True, type=_date, metavar="DATE", help="the first date"
    )
    parser.add_argument(
        "--until", type=_date, metavar="DATE", help="the last date (default: the program's end)"
    )
    parser.add_argument(
        "--pair", type=int, metavar="ID", help="one pair (default: every active pair)"
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
    "schedule", "schedule a meeting series for one pair or every active pair", _configure_schedule
)
def _schedule(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.calendar import zones
    from peerdesk.calendar.checkins import schedule_checkins
    from peerdesk.calendar.series import SeriesPlan, parse_weekday, program_cadence
    from peerdesk.database import open_database
    from peerdesk.errors import ValidationError
    from peerdesk.programs import load_settings

    try:
        weekday = parse_weekday(args.weekday)
    except ValidationError as exc:
        raise UsageError(problem=exc.message.rstrip("."), hint="peerdesk schedule --help") from None
    with open_database(args.file) as db:
        program_id, name = choose_program(db, args.program)
        settings = load_settings(db, program_id)
        plan = SeriesPlan(
            cadence=args.every or program_cadence(settings.meeting_cadence),
            weekday=weekday,
            local_time=args.time,
            length_minutes=args.length or settings.meeting_length_minutes,
            first_date=args.first,
            last_date=args.until,
            place=args.place,
            link=args.link,
            skip_dates=tuple(args.skip),
        )
        changes = _schedule_series(db, program_id, plan, args.pair)
        checkins = None
        if args.checkins:
            checkins = schedule_checkins(
                db, program_id, first_date=args.first, last_date=args.until
            )
    created = changes.created
    series = [row for row in changes.series_after.values() if row is not None]
    pairs = len(series)
    zone = series[0]["timezone"] if series else zones.local_zone_name()
    last = series[0]["last_date"] if series else args.until
    day_name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    ctx.say(
        f"Scheduled {len(created)} meeting{'' if len(created) == 1 else 's'} for {pairs} "
        f"pair{'' if pairs == 1 else 's'} in “{name}”: {EVERY_WORDS[plan.cadence]} on "
        f"{day_name[weekday]} at {plan.local_time:%H:%M} ({zone}), "
        f"from {args.first.isoformat()}" + (f" to {last.isoformat()}" if last else "") + "."
    )
    if checkins is not None:
        ctx.say(f"Scheduled {len(checkins.created)} staff check-ins.")
    for warning in changes.warnings:
        ctx.say(f"Warning: {warning}")
    return EXIT_OK


def _schedule_series(db: Any, program_id: int, plan: Any, pair_id: int | None) -> Any:
    from peerdesk.calendar.series import schedule_series as schedule

    return schedule(db, program_id, plan, pair_ids=None if pair_id is None else [pair_id])


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
