"""``peerdesk pairs``, ``peerdesk end-pair`` and ``peerdesk pair``: the pairs, scripted.

``pairs`` lists a program's pairs (all, active, ended, or those needing
attention, with why); ``end-pair`` ends an active or paused pair as the board's
End pair… does — its meetings after the end are cancelled — and ``pair`` pairs
two people by hand, proposed or (``--confirm``) active, after the same rule
checks as the matching board.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from peerdesk.cli import EXIT_OK, Context, UsageError, command, format_table
from peerdesk.cli.refs import (
    common_arguments,
    find_pair,
    find_person,
    json_argument,
    open_program,
    parse_date,
    say_json,
)

if TYPE_CHECKING:
    from peerdesk.documents.pairs import PairInfo
    from peerdesk.matching.apply import Changes

OUTCOMES = {"completed": "completed", "ended-early": "ended_early"}


def _configure_pairs(parser: argparse.ArgumentParser) -> None:
    common_arguments(parser, "peerdesk pairs Riverside.peerdesk --needs-attention --json")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--active", action="store_true", help="only active and paused pairs")
    which.add_argument("--ended", action="store_true", help="only ended pairs")
    which.add_argument(
        "--needs-attention",
        action="store_true",
        help="only the pairs that need attention, with why (as the Calendar lists them)",
    )
    json_argument(parser)


def _configure_end(parser: argparse.ArgumentParser) -> None:
    common_arguments(
        parser,
        'peerdesk end-pair Riverside.peerdesk 12 --reason "Moved away" --rematch',
    )
    parser.add_argument(
        "pair", metavar="PAIR", help="the pair: its id, or the e-mail or name of one of its people"
    )
    parser.add_argument("--reason", required=True, help="why the pair ends")
    parser.add_argument(
        "--rematch",
        action="store_true",
        help="the mentee may be matched again (they go back to the unmatched list)",
    )
    parser.add_argument(
        "--outcome",
        choices=sorted(OUTCOMES),
        default="ended-early",
        help="how it ended (default: ended-early)",
    )
    parser.add_argument(
        "--date", type=parse_date, metavar="DATE", help="the day it ended (default: today)"
    )
    json_argument(parser)


def _configure_pair(parser: argparse.ArgumentParser) -> None:
    common_arguments(
        parser, "peerdesk pair Riverside.peerdesk bo.chen@example.org ana@example.org --confirm"
    )
    parser.add_argument("mentee", metavar="MENTEE", help="the mentee: id, e-mail or full name")
    parser.add_argument("mentor", metavar="MENTOR", help="the mentor: id, e-mail or full name")
    parser.add_argument(
        "--confirm", action="store_true", help="make the pair active at once (else: proposed)"
    )
    parser.add_argument(
        "--start",
        type=parse_date,
        metavar="DATE",
        help="with --confirm: the day it starts (default: today)",
    )
    json_argument(parser)


def _pair_json(pair: PairInfo, attention: list[str] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": pair.id,
        "status": pair.status.value,
        "mentor_id": pair.mentor.participant_id,
        "mentor": pair.mentor.name,
        "mentee_id": pair.mentee.participant_id,
        "mentee": pair.mentee.name,
        "score": pair.score,
        "locked": pair.locked,
        "started_on": pair.started_on,
        "ended_on": pair.ended_on,
        "outcome": pair.outcome.value if pair.outcome else None,
        "agreement_signed_on": pair.agreement_signed_on,
    }
    if attention is not None:
        data["attention"] = attention
    return data


@command(
    "pairs", "list a program's pairs (all, active, ended, or needing attention)", _configure_pairs
)
def _pairs(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.calendar.attention import attention_list
    from peerdesk.documents.pairs import list_pairs
    from peerdesk.enums import PairStatus

    with open_program(args) as (db, program_id, name):
        pairs = list_pairs(db, program_id)
        why: dict[int, list[str]] | None = None
        if args.needs_attention:
            found = attention_list(db, program_id)
            why = {p.pair_id: [i.describe() for i in p.items] for p in found.pairs}
            for day in found.unlogged_days:
                plural = "meeting" if day.count == 1 else "meetings"
                for pair_id in day.pair_ids:
                    why.setdefault(pair_id, []).append(
                        f"{day.count} {plural} of {day.day.isoformat()} not logged"
                    )
    if args.active:
        pairs = [p for p in pairs if p.status in (PairStatus.ACTIVE, PairStatus.PAUSED)]
    elif args.ended:
        pairs = [p for p in pairs if p.status == PairStatus.ENDED]
    elif why is not None:
        pairs = [p for p in pairs if p.id in why]
    if args.json:
        say_json(
            ctx,
            {
                "program": name,
                "pairs": [_pair_json(p, None if why is None else why[p.id]) for p in pairs],
            },
        )
        return EXIT_OK
    if not pairs:
        ctx.say(f"No such pairs in “{name}”.")
        return EXIT_OK
    headers = ["ID", "Status", "Mentor", "Mentee", "Started", "Ended"]
    rows = [
        [
            str(p.id),
            p.status.value if p.outcome is None else f"{p.status.value} ({p.outcome.value})",
            p.mentor.name,
            p.mentee.name,
            p.started_on.isoformat() if p.started_on else "-",
            p.ended_on.isoformat() if p.ended_on else "-",
        ]
        for p in pairs
    ]
    if why is not None:
        headers.append("Needs attention")
        for row, pair in zip(rows, pairs, strict=True):
            row.append("; ".join(why[pair.id]))
    ctx.say(format_table(headers, rows))
    return EXIT_OK


def _changes_json(name: str, changes: Changes, pair: PairInfo | None) -> dict[str, Any]:
    cancelled = len(changes.meetings.updated) if changes.meetings is not None else 0
    return {
        "program": name,
        "pair": None if pair is None else _pair_json(pair),
        "meetings_cancelled": cancelled,
        "warnings": list(changes.warnings),
    }


@command(
    "end-pair",
    "end an active or paused pair (its meetings after the end are cancelled)",
    _configure_end,
)
def _end_pair(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.documents.pairs import list_pairs
    from peerdesk.enums import PairOutcome, PairStatus
    from peerdesk.matching.apply import end_pair

    with open_program(args) as (db, program_id, name):
        pairs = list_pairs(db, program_id)
        pair = find_pair(
            db, program_id, name, args.pair, pairs, prefer=(PairStatus.ACTIVE, PairStatus.PAUSED)
        )
        changes = end_pair(
            db,
            pair.id,
            reason=args.reason,
            rematch_eligible=args.rematch,
            outcome=PairOutcome(OUTCOMES[args.outcome]),
            ended_on=args.date,
        )
        ended = next(p for p in list_pairs(db, program_id) if p.id == pair.id)
    data = _changes_json(name, changes, ended)
    if args.json:
        say_json(ctx, data)
        return EXIT_OK
    cancelled = data["meetings_cancelled"]
    after = (
        f"; {cancelled} later meeting{'' if cancelled == 1 else 's'} cancelled" if cancelled else ""
    )
    assert ended.ended_on is not None
    rematch = "can be matched again" if args.rematch else "is done with the program"
    ctx.say(
        f"Ended pair {ended.id} ({ended.mentor.name} & {ended.mentee.name}) on "
        f"{ended.ended_on.isoformat()}{after}. {ended.mentee.name} {rematch}."
    )
    return EXIT_OK


@command(
    "pair",
    "pair a mentee with a mentor by hand (proposed, or active with --confirm)",
    _configure_pair,
)
def _pair(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.documents.pairs import list_pairs
    from peerdesk.errors import UserError
    from peerdesk.matching.apply import confirm_pairs, propose_pair, undo
    from peerdesk.people import list_participants

    if args.start is not None and not args.confirm:
        raise UsageError(problem="--start goes with --confirm", hint="peerdesk pair --help")
    with open_program(args) as (db, program_id, name):
        rows = list_participants(db, program_id)
        mentee = find_person(rows, name, args.mentee)
        mentor = find_person(rows, name, args.mentor)
        changes = propose_pair(db, program_id, mentor.participant_id, mentee.participant_id)
        (pair_id,) = changes.created
        if args.confirm:
            try:
                confirm_pairs(db, [pair_id], start_date=args.start)
            except UserError:
                undo(db, changes)  # the command changes nothing when it is refused
                raise
        made = next(p for p in list_pairs(db, program_id) if p.id == pair_id)
    if args.json:
        say_json(ctx, _changes_json(name, changes, made))
        return EXIT_OK
    kind = "an active pair" if args.confirm else "a proposed pair"
    ctx.say(f"Paired {made.mentee.name} with {made.mentor.name} as {kind}: pair {made.id}.")
    for warning in changes.warnings:
        ctx.say(f"Warning: {warning}")
    return EXIT_OK
