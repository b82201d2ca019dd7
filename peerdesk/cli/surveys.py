"""``peerdesk surveys``: record survey answers from a form tool's export, matched by e-mail.

The file (.csv, or .xlsx/.xls/.ods as Google Forms and Microsoft Forms export
them) is read as the app's "Import answers…" reads it: the e-mail column says
who answered, the question columns are found by their titles, and which survey
it holds (pre, check-in, post or closing) from its name and its questions
unless ``--kind`` says. Rows with a problem are listed and left out; the others
are recorded in one transaction; a file recorded twice adds nothing twice.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli import EXIT_OK, Context, command
from peerdesk.cli.refs import EXIT_PROBLEMS, common_arguments, json_argument, open_program, say_json
from peerdesk.errors import UserError

KINDS = ("pre", "checkin", "post", "closing")


class KindUnclear(UserError):
    template = (
        "“{name}” could hold the answers of more than one survey; say which with "
        "--kind pre|checkin|post|closing."
    )


class NoRowRecorded(UserError):
    template = "No row of “{name}” could be recorded ({count} with problems), such as: {first}"


def _configure(parser: argparse.ArgumentParser) -> None:
    common_arguments(
        parser, "peerdesk surveys Riverside.peerdesk --record 'Check-in (Responses).csv'"
    )
    parser.add_argument(
        "--record",
        required=True,
        type=Path,
        metavar="CSV",
        help="the answers as exported by the form tool (.csv, .xlsx, .xls or .ods)",
    )
    parser.add_argument(
        "--kind",
        choices=KINDS,
        help="which survey the answers are for (default: from the file's name and questions)",
    )
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read, in a workbook")
    json_argument(parser)


@command(
    "surveys",
    "record survey answers from a form tool's export, matched to people by e-mail",
    _configure,
    description=(
        "Record survey answers from a form tool's export, matched to people by e-mail. "
        "Exit status: 0 every row recorded (or recorded before); 1 recorded, but some rows "
        "have problems (listed); 2 refused, nothing recorded."
    ),
)
def _surveys(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.enums import SurveyKind
    from peerdesk.roster.sandbox import prestart
    from peerdesk.surveys.forms_import import (
        _kind_words,
        commit_survey_import,
        plan_survey_import,
    )
    from peerdesk.surveys.questions import ensure_default_questions

    prestart()  # the reader's process starts while the program file is opened
    path: Path = args.record.expanduser()
    with open_program(args) as (db, program_id, name):
        ensure_default_questions(db, program_id)  # as the app's Check-ins screen does
        kind = SurveyKind(args.kind) if args.kind else None
        plan = plan_survey_import(db, program_id, path, kind, sheet=args.sheet)
        if plan.proposal is not None and not plan.proposal.certain:
            raise KindUnclear(name=path.name)
        if not plan.responses and len(plan.errors) == len(plan.lines) > 0:
            raise NoRowRecorded(name=path.name, count=len(plan.errors), first=plan.errors[0].reason)
        summary = commit_survey_import(db, plan) if plan.responses else None
    lines = list(summary.lines if summary is not None else plan.lines)
    problems = [line for line in lines if line.outcome == "error"]
    added = summary.added if summary is not None else 0
    if args.json:
        say_json(
            ctx,
            {
                "program": name,
                "kind": plan.kind.value,
                "added": added,
                "skipped": [
                    {"row": line.row_number, "outcome": line.outcome, "reason": line.reason}
                    for line in lines
                ],
                "ignored_columns": plan.ignored_columns,
                "notes": plan.notes,
            },
        )
    else:
        responses = "response" if added == 1 else "responses"
        rows = "row" if len(lines) == 1 else "rows"
        ctx.say(
            f"Recorded {added} {_kind_words(plan.kind)} survey {responses} from “{path.name}” "
            f"in “{name}”; {len(lines)} {rows} skipped ({len(problems)} with problems)."
        )
        for line in lines:
            ctx.say(f"  {line.reason}")
        if plan.ignored_columns:
            ctx.say(f"Columns that match no question: {', '.join(plan.ignored_columns)}")
        for note in plan.notes:
            ctx.say(note)
    return EXIT_PROBLEMS if problems else EXIT_OK
