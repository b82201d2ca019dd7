"""``peerdesk import``: a roster into a program from the command line.

It makes the same choices the import wizard suggests (header row, column
mapping, roles from sheet names or a role column, a mapping remembered from an
earlier import of the same layout) and prints the summary.

Exit codes, as scripts rely on them: 0 when every row was imported (or would
be, with ``--dry-run``); 1 when some rows were rejected — the valid rows are
imported and the rejected ones listed with their row number and reason; 2 when
the file cannot be read at all or an argument is wrong, and nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.cli import EXIT_OK, EXIT_PROBLEMS, Context, choose_program, command, file_argument

if TYPE_CHECKING:
    from peerdesk.roster.commit import ImportSummary, SummaryLine

ROLES = ("mentor", "mentee", "both")


def _configure(parser: argparse.ArgumentParser) -> None:
    file_argument(parser)
    parser.add_argument(
        "roster",
        metavar="ROSTER",
        type=Path,
        help="the roster: .xlsx, .xlsm, .xls, .ods, .csv or .tsv",
    )
    parser.add_argument(
        "--program",
        metavar="NAME",
        help="the program to import into (needed when the file has more than one)",
    )
    parser.add_argument(
        "--sheet",
        metavar="NAME",
        nargs="+",
        action="extend",
        help="import only these sheets (default: every sheet that lists people; a hidden "
        "sheet is imported only when named here)",
    )
    parser.add_argument(
        "--include-hidden-columns",
        action="store_true",
        help="import the columns hidden in the spreadsheet too (they are left out otherwise)",
    )
    parser.add_argument(
        "--role",
        choices=ROLES,
        help="the role of everyone on a sheet that has no role column and whose name does "
        "not say it (a “Mentors” sheet means mentors)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would be imported, and write nothing",
    )
    parser.add_argument(
        "--refused-csv",
        metavar="PATH",
        type=Path,
        help="save the refused rows, under the roster's headers with a column saying what to "
        "fix, as a CSV to correct and import again",
    )
    parser.add_argument(
        "--semicolons",
        action="store_true",
        help="with --refused-csv: semicolons between columns, as Excel in most of Europe expects",
    )


def reason_text(row_number: int, reason: str) -> str:
    """A row's messages without the "Row 14: " that begins each, each a sentence."""
    parts = [p.strip() for p in reason.split(f"Row {row_number}: ") if p.strip()]
    return " ".join(p[:1].upper() + p[1:] for p in parts)


def _line(line: SummaryLine) -> str:
    return f"  {line.sheet}, row {line.row_number}: {reason_text(line.row_number, line.reason)}"


def summary_text(summary: ImportSummary, program: str) -> str:
    from peerdesk.roster.preview import Outcome

    added, updated = len(summary.added), len(summary.updated)
    rejected = summary.rejected
    others = [line for line in summary.skipped if line.outcome != Outcome.ERROR]
    if summary.dry_run:
        lines = [
            f"Dry run: nothing was written. Importing “{summary.source_name}” into “{program}” "
            f"would add {added}, update {updated}; {len(summary.skipped)} not imported."
        ]
    else:
        lines = [
            f"Imported “{summary.source_name}” into “{program}”: {added} added, "
            f"{updated} updated, {len(summary.skipped)} not imported."
        ]
    lines.append(summary.accounting())
    lines.extend(summary.notes)
    if rejected:
        verb = "would be rejected" if summary.dry_run else "rejected"
        lines.append(f"Rows {verb} because of a problem ({len(rejected)}):")
        lines.extend(_line(line) for line in rejected)
    if others:
        lines.append(f"Rows skipped ({len(others)}):")
        lines.extend(_line(line) for line in others)
    if summary.unread:
        lines.append(f"Rows not read ({summary.unread_rows:,}):")
        lines.extend(f"  {text}" for text in summary.unread_lines())
    return "\n".join(lines)


@command(
    "import",
    "import people from a roster (.xlsx, .csv…) into a program",
    _configure,
    description=(
        "Import people from a roster into a program. Exit status: 0 when every row was "
        "imported, 1 when some rows were rejected (the others are imported), 2 when the "
        "roster cannot be read (nothing is written)."
    ),
)
def _import(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.enums import Role
    from peerdesk.roster.commit import run_import, save_refused_rows
    from peerdesk.roster.plan import RosterImport
    from peerdesk.roster.sandbox import prestart

    prestart()  # the reader's process starts while the program file is opened
    with open_database(args.file) as db:
        program_id, program_name = choose_program(
            db, args.program, which="say which one to import into"
        )
        plan = RosterImport.open(args.roster.expanduser(), db)
        if args.sheet:
            plan.only_sheets(args.sheet)
        if args.include_hidden_columns:
            plan.include_hidden_columns()
        if args.role:
            for sheet_plan in plan.included:
                if sheet_plan.role is None and not sheet_plan.has_role_column:
                    sheet_plan.role = Role(args.role)
        summary = run_import(db, program_id, plan, dry_run=args.dry_run)
    ctx.say(summary_text(summary, program_name))
    if args.refused_csv is not None and summary.rejected:
        out = args.refused_csv.expanduser()
        saved = save_refused_rows(summary, plan, out, semicolons=args.semicolons)
        ctx.say(f"The refused rows were saved to {saved}: correct them there and import it again.")
    return EXIT_PROBLEMS if summary.rejected else EXIT_OK
