"""``peerdesk people``: the participants of a program, as a table or as CSV.

The table is for reading in a terminal; ``--csv`` writes every participant to
standard output with a header row, for a spreadsheet or a script (``--semicolons``
for Excel in most of Europe). Text that a spreadsheet would run as a formula is
written with a leading apostrophe.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from peerdesk.cli import EXIT_OK, Context, choose_program, command, file_argument, format_table
from peerdesk.spreadsheet_text import csv_text

if TYPE_CHECKING:
    from peerdesk.people import ParticipantRow

CELL_WIDTH = 32
HEADERS = [
    "Name",
    "Email",
    "Role",
    "Status",
    "Department",
    "Ready",
    "Interests",
    "Matched with",
]


def _configure(parser: argparse.ArgumentParser) -> None:
    file_argument(parser)
    parser.add_argument(
        "--program",
        metavar="NAME",
        help="the program to list (needed when the file has more than one)",
    )
    parser.add_argument(
        "--csv", action="store_true", help="write CSV with a header row instead of a table"
    )
    parser.add_argument(
        "--semicolons",
        action="store_true",
        help="with --csv: semicolons between columns, as Excel in most of Europe expects",
    )


def _readiness(row: ParticipantRow) -> str:
    if row.readiness_overridden:
        return "override"
    return "yes" if row.ready else "no"


def _cells(row: ParticipantRow) -> list[str]:
    return [
        row.full_name,
        row.email,
        row.role.value,
        row.status.value,
        row.department,
        _readiness(row),
        ", ".join(row.interests),
        ", ".join(row.matched_with),
    ]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


@command("people", "list the participants of a program", _configure)
def _people(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.people import list_participants

    with open_database(args.file) as db:
        program_id, program_name = choose_program(db, args.program)
        rows = list_participants(db, program_id)
    if args.csv:
        table = [HEADERS, *(_cells(row) for row in rows)]
        ctx.out.write(csv_text(table, semicolons=args.semicolons, line_end="\n"))
        return EXIT_OK
    if not rows:
        ctx.say(
            f"Nobody has joined “{program_name}” yet. "
            "Add people in the app, or with: peerdesk import FILE ROSTER"
        )
        return EXIT_OK
    count = "1 person" if len(rows) == 1 else f"{len(rows)} people"
    ctx.say(f"{program_name}: {count}")
    ctx.say()
    ctx.say(format_table(HEADERS, [[_short(c) or "-" for c in _cells(row)] for row in rows]))
    return EXIT_OK
