"""``peerdesk log``: log a pair's meeting — held, cancelled or no-show — from the command line.

The meeting is the pair's meeting on the date given (as the calendar shows it,
in the meeting's own time zone); logging it is what "Log meetings" in the app
does: held (with how long it lasted), cancelled (also ahead of time) or
no-show, with notes and topics, in one transaction.
"""

from __future__ import annotations

import argparse
from datetime import timedelta

from peerdesk.cli import EXIT_OK, Context, command
from peerdesk.cli.refs import (
    common_arguments,
    find_pair,
    json_argument,
    open_program,
    parse_date,
    say_json,
)
from peerdesk.errors import UserError

STATUSES = {"held": "held", "cancelled": "cancelled", "no-show": "no_show"}


class NoMeetingThatDay(UserError):
    template = (
        "Pair {pair} has no meeting on {day}{others}. Schedule one first with: "
        "peerdesk schedule FILE --pair {pair} --from {day}"
    )


class SeveralMeetingsThatDay(UserError):
    template = "Pair {pair} has {count} meetings on {day} (at {times}); add --time HH:MM."


def _configure_log(parser: argparse.ArgumentParser) -> None:
    common_arguments(
        parser,
        'peerdesk log Riverside.peerdesk 12 --date 2027-02-03 --minutes 45 --note "CV review"',
    )
    parser.add_argument(
        "pair", metavar="PAIR", help="the pair: its id, or the e-mail or name of one of its people"
    )
    parser.add_argument(
        "--date", required=True, type=parse_date, metavar="DATE", help="the meeting's date"
    )
    parser.add_argument(
        "--time",
        metavar="HH:MM",
        help="the meeting's start time, when the pair has several that day",
    )
    parser.add_argument(
        "--status",
        choices=list(STATUSES),
        default="held",
        help="what happened (default: held)",
    )
    parser.add_argument(
        "--minutes",
        type=int,
        metavar="N",
        help="held: how long it lasted (default: as planned)",
    )
    parser.add_argument("--note", default="", help="notes on the meeting")
    parser.add_argument("--topics", default="", help="the topics talked about")
    json_argument(parser)


@command(
    "log", "log a pair's meeting: held (and for how long), cancelled or no-show", _configure_log
)
def _log(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.calendar.meeting_log import log_meeting
    from peerdesk.calendar.reads import get_meeting, meetings_between
    from peerdesk.documents.pairs import list_pairs
    from peerdesk.enums import MeetingKind, MeetingStatus, PairStatus

    with open_program(args) as (db, program_id, name):
        pair = find_pair(
            db,
            program_id,
            name,
            args.pair,
            list_pairs(db, program_id),
            prefer=(PairStatus.ACTIVE, PairStatus.PAUSED),
        )
        day = args.date
        found = [
            m
            for m in meetings_between(db, program_id, day, day, pair_id=pair.id)
            if m.kind == MeetingKind.PAIR
        ]
        if args.time is not None:
            found = [m for m in found if f"{m.local_start:%H:%M}" == args.time.strip().zfill(5)]
        if not found:
            after = day + timedelta(days=1)
            later = meetings_between(
                db, program_id, after, after + timedelta(days=366), pair_id=pair.id
            )
            others = f" (its next one is on {later[0].local_date.isoformat()})" if later else ""
            raise NoMeetingThatDay(pair=pair.id, day=day.isoformat(), others=others)
        if len(found) > 1:
            times = ", ".join(f"{m.local_start:%H:%M}" for m in found)
            raise SeveralMeetingsThatDay(
                pair=pair.id, count=len(found), day=day.isoformat(), times=times
            )
        log_meeting(
            db,
            found[0].id,
            MeetingStatus(STATUSES[args.status]),
            actual_minutes=args.minutes,
            notes=args.note,
            topics=args.topics,
        )
        meeting = get_meeting(db, found[0].id)
    if args.json:
        say_json(
            ctx,
            {
                "program": name,
                "pair_id": pair.id,
                "meeting_id": meeting.id,
                "starts_at": meeting.local_start,
                "timezone": meeting.timezone,
                "status": meeting.status.value,
                "minutes": meeting.actual_minutes,
                "notes": meeting.notes,
                "topics": meeting.topics,
            },
        )
        return EXIT_OK
    what = {"held": "held", "cancelled": "cancelled", "no_show": "a no-show"}[meeting.status.value]
    length = f" for {meeting.actual_minutes} minutes" if meeting.actual_minutes else ""
    ctx.say(
        f"Logged the meeting of pair {pair.id} ({meeting.pair_title}) on "
        f"{meeting.local_start:%Y-%m-%d at %H:%M} as {what}{length}."
    )
    return EXIT_OK
