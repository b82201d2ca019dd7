"""``peerdesk export`` and ``peerdesk report``: the workbook and the summary from the command line.

``export`` writes the Excel workbook of everything (one sheet per kind of
record); ``report`` writes the PDF summary for leadership or funders. Neither
replaces an existing file unless ``--overwrite``; a file held open by another
program is reported in one line, and the file there is left as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, Context, choose_program, command, file_argument

PAPERS = ("a4", "letter")


def _common(parser: argparse.ArgumentParser, flag: str, help: str) -> None:
    file_argument(parser)
    parser.add_argument(flag, required=True, type=Path, metavar="OUT", dest="out", help=help)
    parser.add_argument(
        "--program", metavar="NAME", help="the program (needed when the file has more than one)"
    )
    parser.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")


def _configure_export(parser: argparse.ArgumentParser) -> None:
    _common(parser, "--xlsx", "the Excel workbook to write (.xlsx)")


def _configure_report(parser: argparse.ArgumentParser) -> None:
    _common(parser, "--pdf", "the PDF file to write")
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        help="the paper size (default: Letter in the US and Canada, A4 elsewhere, "
        "from your language settings)",
    )


@command(
    "export",
    "write an Excel workbook of a program: people, pairs, meetings, check-ins, goals, outcomes",
    _configure_export,
)
def _export(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.exports.workbook import export_workbook

    out: Path = args.out.expanduser()
    with open_database(args.file) as db:
        program_id, program_name = choose_program(db, args.program)
        written = export_workbook(db, program_id, out, overwrite=args.overwrite)
    ctx.say(f"Wrote the workbook for “{program_name}” to {written}")
    return EXIT_OK


@command(
    "report",
    "write the PDF summary of a program for leadership or funders",
    _configure_report,
)
def _report(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.documents.layout import Paper, default_paper
    from peerdesk.exports.summary_pdf import save_summary

    out: Path = args.out.expanduser()
    paper = Paper(args.paper) if args.paper else default_paper()
    with open_database(args.file) as db:
        program_id, program_name = choose_program(db, args.program)
        written = save_summary(db, program_id, out, overwrite=args.overwrite, paper=paper)
    ctx.say(f"Wrote the summary of “{program_name}” to {written}")
    return EXIT_OK
