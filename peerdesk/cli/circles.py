"""``peerdesk circles``, ``form-circles`` and ``circle-agreements``: circles, scripted.

``circles`` lists a program's circles with their leaders and members; ``form-circles``
forms circles of a chosen size from the ready pool (groups mode), shows their quality
against its bound, and with ``--confirm`` saves them in one transaction, as the board's
Confirm does; ``circle-agreements`` prints the circles' group agreements. Each is a thin
layer over the core calls the app makes (:mod:`peerdesk.groups.forming`,
:mod:`peerdesk.groups.circles`, :mod:`peerdesk.documents.group_agreement`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk.cli import EXIT_OK, Context, UsageError, command, format_table
from peerdesk.cli.documents import _paper, pdf_file_options
from peerdesk.cli.refs import (
    common_arguments,
    find_person,
    json_argument,
    open_program,
    parse_date,
    said_list,
    say_json,
)

if TYPE_CHECKING:
    from peerdesk.groups.circles import CircleView
    from peerdesk.groups.forming import Formation


def _circle_json(view: CircleView) -> dict[str, Any]:
    return {
        "id": view.id,
        "name": view.name,
        "status": view.status.value,
        "score": view.score,
        "started_on": view.started_on,
        "ended_on": view.ended_on,
        "outcome": None if view.outcome is None else view.outcome.value,
        "end_reason": view.end_reason,
        "agreement_signed_on": view.agreement_signed_on,
        "leaders": [{"id": p.participant_id, "name": p.name} for p in view.leaders],
        "members": [{"id": p.participant_id, "name": p.name} for p in view.members],
    }


def _configure_circles(parser: argparse.ArgumentParser) -> None:
    common_arguments(parser, "peerdesk circles Riverside.peerdesk --json")
    json_argument(parser)


@command("circles", "list a program's circles with their leaders and members", _configure_circles)
def _circles(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.groups.circles import list_circles

    with open_program(args) as (db, program_id, name):
        views = list_circles(db, program_id)
    if said_list(
        ctx, args.json, name, "circles", views, _circle_json,
        f"“{name}” has no circles yet. Form some with: peerdesk form-circles FILE --size 6",
    ):  # fmt: skip
        return EXIT_OK
    rows = [
        [
            str(v.id),
            v.name,
            v.status.value,
            ", ".join(p.name for p in v.leaders),
            str(len(v.members)),
            "-" if v.score is None else f"{v.score:.2f}",
        ]
        for v in views
    ]
    ctx.say(format_table(["ID", "Circle", "Status", "Leaders", "Members", "Fit"], rows))
    return EXIT_OK


def _configure_form(parser: argparse.ArgumentParser) -> None:
    common_arguments(
        parser,
        "peerdesk form-circles Riverside.peerdesk --size 6\n"
        "  peerdesk form-circles Riverside.peerdesk --circles 4 --leaders 3,7,12,15 --confirm",
    )
    how_many = parser.add_mutually_exclusive_group()
    how_many.add_argument(
        "--size", type=int, metavar="N", help="people per circle at most, its leader included "
        "(default: 6)"
    )  # fmt: skip
    how_many.add_argument("--circles", type=int, metavar="K", help="how many circles to form")
    parser.add_argument(
        "--leaders",
        metavar="WHO",
        help="the mentors who lead, by id, e-mail or full name, separated by commas "
        "(default: the forming chooses)",
    )
    parser.add_argument(
        "--mentors-only",
        action="store_true",
        help="mentor support circles: only the mentors (those in pairs too), no mentees",
    )
    parser.add_argument(
        "--confirm", action="store_true", help="save the circles, active from --start"
    )
    parser.add_argument(
        "--start", type=parse_date, metavar="DATE", help="with --confirm: their first day"
    )
    parser.add_argument(
        "--name", default="Circle", help="with --confirm: names “Circle 1”, “Circle 2”…"
    )
    json_argument(parser)


def _formation_json(formation: Formation) -> dict[str, Any]:
    q = formation.quality
    return {
        "quality": round(q.quality, 4),
        "leader_fit": round(q.leader_fit, 4),
        "peer_fit": round(q.peer_fit, 4),
        "bound": round(formation.bound, 4),
        "exact": formation.exact,
        "seconds": round(formation.seconds, 3),
        "circles": [
            {
                "leaders": [{"id": p, "name": formation.names[p]} for p in c.leaders],
                "members": [{"id": p, "name": formation.names[p]} for p in c.members],
                "quality": round(c.quality.quality, 4),
            }
            for c in formation.circles
        ],
    }


@command(
    "form-circles",
    "form circles of a chosen size from the ready pool (groups mode), and save them",
    _configure_form,
    description=(
        "Form circles from the people ready to match, each led by a mentor, sizes within "
        "one of each other, as good together as can be found (the quality is the mean of "
        "leader–member and member–member fit, shown with a bound no forming can beat). "
        "Nothing is saved without --confirm."
    ),
)
def _form(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.groups.circles import confirm_circles, list_circles, plans_from
    from peerdesk.groups.forming import form_circles
    from peerdesk.people import list_participants

    if (args.start is not None or args.name != "Circle") and not args.confirm:
        raise UsageError(
            problem="--start and --name go with --confirm", hint="peerdesk form-circles --help"
        )
    with open_program(args) as (db, program_id, name):
        leaders = None
        if args.leaders:
            rows = list_participants(db, program_id)
            texts = [t for t in args.leaders.split(",") if t.strip()]
            leaders = [find_person(rows, name, t).participant_id for t in texts]
        formation = form_circles(
            db,
            program_id,
            size=args.size if args.size is not None else (None if args.circles else 6),
            circles=args.circles,
            leaders=leaders,
            mentors_only=args.mentors_only,
        )
        saved: list[CircleView] = []
        if args.confirm:
            names = [
                f"{args.name.strip() or 'Circle'} {n + 1}" for n in range(len(formation.circles))
            ]
            changes = confirm_circles(
                db, program_id, plans_from(formation, names), start_date=args.start
            )
            saved = [v for v in list_circles(db, program_id) if v.id in changes.created]
    if args.json:
        data = {"program": name, **_formation_json(formation)}
        if args.confirm:
            data["saved"] = [_circle_json(v) for v in saved]
        say_json(ctx, data)
        return EXIT_OK
    q = formation.quality
    method = "the best there are" if formation.exact else "found by search"
    ctx.say(
        f"{len(formation.circles)} circles ({method}): quality {q.quality:.2f} "
        f"(leader fit {q.leader_fit:.2f}, member fit {q.peer_fit:.2f}); "
        f"no forming can beat {formation.bound:.2f}."
    )
    for n, circle in enumerate(formation.circles, start=1):
        leads = ", ".join(formation.names[p] for p in circle.leaders)
        members = ", ".join(formation.names[p] for p in circle.members)
        ctx.say(f"{n}. {leads} (leader) with {members} — fit {circle.quality.quality:.2f}")
    if saved:
        ctx.say(f"Saved {len(saved)} circles: ids {', '.join(str(v.id) for v in saved)}.")
    return EXIT_OK


def _configure_agreements(parser: argparse.ArgumentParser) -> None:
    common_arguments(parser, "peerdesk circle-agreements Riverside.peerdesk --out circles.pdf")
    parser.add_argument(
        "--out", required=True, type=Path, metavar="OUT", help="the PDF file to write"
    )
    parser.add_argument(
        "--circle",
        type=int,
        nargs="+",
        metavar="ID",
        help="only these circles (ids as `peerdesk circles` lists them; default: every "
        "active or paused circle)",
    )
    pdf_file_options(parser)


@command(
    "circle-agreements",
    "print the circles' group agreements, a signature line for everyone, as PDF",
    _configure_agreements,
)
def _agreements(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.documents.group_agreement import save_group_agreements

    paper = _paper(args.paper)
    with open_program(args) as (db, program_id, _name):
        written = save_group_agreements(
            db, program_id, args.out, args.circle, overwrite=args.overwrite, paper=paper
        )
    ctx.say(f"Wrote the group agreements to {written}")
    return EXIT_OK
