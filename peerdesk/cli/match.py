"""``peerdesk match`` and ``peerdesk scores``: matching from the command line.

``match`` prints the suggested pairs with their scores and top reasons and
everyone left unmatched with why; ``--apply`` saves them as proposed pairs and
``--apply --confirm`` as active ones. ``scores`` writes every mentee × mentor
score to a CSV file (empty where a hard rule forbids the pair), so anyone can
check the suggestions against the scores in a spreadsheet.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from peerdesk.cli import (
    EXIT_OK,
    Context,
    UsageError,
    choose_program,
    command,
    file_argument,
    format_table,
)
from peerdesk.output_files import check_targets, write_file
from peerdesk.scores import score_text
from peerdesk.spreadsheet_text import Cell, csv_bytes

MODES = {
    "best-score": "best_score",
    "most-matched": "most_matched",
    "stable": "stable",
    "fairest": "fairest",
}
MODE_WORDS = {
    "best_score": "best total score",
    "most_matched": "most people matched, then best score",
    "stable": "honour preferences (stable)",
    "fairest": "fairest: the highest lowest score, then best score",
}


# The old name, still imported by peerdesk/cli/reports.py.


def _program_argument(parser: argparse.ArgumentParser) -> None:
    file_argument(parser)
    parser.add_argument(
        "--program",
        metavar="NAME",
        help="the program to match (needed when the file has more than one)",
    )


def _configure_match(parser: argparse.ArgumentParser) -> None:
    _program_argument(parser)
    parser.add_argument(
        "--mode",
        choices=sorted(MODES),
        help="best-score: the highest total score; most-matched: as many people as possible "
        "first, then the highest score; stable: honour the preferences people gave (no pair "
        "would both rather be together), the rest by score (default: the program's setting)",
    )
    parser.add_argument(
        "--apply", action="store_true", help="save the suggestions as proposed pairs"
    )
    parser.add_argument(
        "--confirm",
        action="store_true",
        help="with --apply: save them as active pairs starting today",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="run every mode on the same pool and show them side by side (saves nothing; "
        "apply one afterwards with --mode and --apply)",
    )
    parser.add_argument(
        "--next-round",
        action="store_true",
        help="rotation: a new round where nobody is paired with anyone they had before in "
        "this program; with --apply, the pairs of the round before end",
    )
    parser.add_argument(
        "--audit-xlsx",
        type=Path,
        metavar="OUT",
        help="also write the audit (scores, groups, wishes; every mode with --compare) to "
        "an Excel file",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")


def _configure_scores(parser: argparse.ArgumentParser) -> None:
    _program_argument(parser)
    parser.add_argument(
        "--csv", required=True, type=Path, metavar="OUT", help="the CSV file to write"
    )
    parser.add_argument(
        "--semicolons",
        action="store_true",
        help="semicolons between columns and decimal commas, as Excel in most of Europe expects",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")


@command("match", "suggest the best pairs for a program, with reasons", _configure_match)
def _match(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.enums import MatchObjective
    from peerdesk.matching import save_suggestions, suggest

    if args.confirm and not args.apply:
        raise UsageError(problem="--confirm goes with --apply", hint="peerdesk match --help")
    if args.compare and (args.apply or args.mode):
        raise UsageError(
            problem="--compare shows every mode and saves nothing; apply one with --mode "
            "and --apply",
            hint="peerdesk match --help",
        )
    audit_out = args.audit_xlsx.expanduser() if args.audit_xlsx else None
    if audit_out is not None:
        check_targets([audit_out], overwrite=args.overwrite)  # before any work
    if args.compare:
        return _compare(args, ctx, audit_out)
    objective = MatchObjective(MODES[args.mode]) if args.mode else None
    with open_database(args.file) as db:
        program_id, program_name = choose_program(db, args.program)
        result = suggest(db, program_id, objective=objective, next_round=args.next_round)
        changes = None
        if args.apply and result.pairs:
            changes = save_suggestions(db, result, confirm=args.confirm)
    if audit_out is not None:
        _write_audit([result], audit_out, args.overwrite)
    if args.json:
        ctx.say(json.dumps(_as_json(program_name, result, changes), indent=2, ensure_ascii=False))
        return EXIT_OK
    _print_tables(ctx, program_name, result)
    if audit_out is not None:
        ctx.say(f"Wrote the audit to {audit_out}")
    if args.apply:
        if changes is None:
            ctx.say("Nothing to save: there are no new pairs.")
        else:
            kind = "active" if args.confirm else "proposed"
            replaced = f" (replacing {len(changes.removed)} earlier)" if changes.removed else ""
            ctx.say(f"Saved {len(changes.created)} {kind} pairs{replaced}.")
    return EXIT_OK


def _write_audit(results: list[Any], out: Path, overwrite: bool) -> None:
    from peerdesk.exports.match_audit import export_audit

    export_audit(results, out, MODE_WORDS, overwrite=overwrite)


def _compare(args: argparse.Namespace, ctx: Context, audit_out: Path | None) -> int:
    from peerdesk.database import open_database
    from peerdesk.matching.compare import compare

    with open_database(args.file) as db:
        program_id, program_name = choose_program(db, args.program)
        results = compare(db, program_id, next_round=args.next_round)
    if audit_out is not None:
        _write_audit(results, audit_out, args.overwrite)
    if args.json:
        modes = [
            {"objective": r.objective.value, "blocking_pairs": r.blocking_pairs}
            | (r.audit.to_json() if r.audit else {})
            for r in results
        ]
        ctx.say(json.dumps({"program": program_name, "modes": modes}, indent=2, ensure_ascii=False))
        return EXIT_OK
    ctx.say(f"Every mode on the same pool of “{program_name}” (nothing saved):")
    ctx.say()
    rows = []
    for r in results:
        a = r.audit
        if a is None:
            continue
        rows.append([
            MODE_WORDS.get(r.objective.value, r.objective.value), str(a.pairs),
            score_text(a.total), _score(a.lowest), _score(a.median),
            f"{a.below_line} (under {score_text(a.line)})",
            f"{a.wishes_honoured} of {a.wishes}" if a.wishes else "none given",
        ])  # fmt: skip
    ctx.say(format_table(["Mode", "Matched", "Total", "Lowest", "Median", "Poor", "Wishes"], rows))
    if audit_out is not None:
        ctx.say(f"Wrote the audit to {audit_out}")
    return EXIT_OK


def _score(value: float | None) -> str:
    return "–" if value is None else score_text(value)


def _as_json(program: str, result: Any, changes: Any) -> dict[str, Any]:
    return {
        "program": program,
        "objective": result.objective.value,
        "reciprocal": result.reciprocal,
        "total_score": result.total_score,
        "blocking_pairs": result.blocking_pairs,
        "next_round": result.next_round,
        "audit": result.audit.to_json() if result.audit else None,
        "pairs": [
            {
                "mentor_id": p.mentor_id,
                "mentor": p.mentor_name,
                "mentee_id": p.mentee_id,
                "mentee": p.mentee_name,
                "score": p.score,
                "reasons": p.top_reasons,
                "breakdown": p.explanation.to_json(),
            }
            for p in result.pairs
        ],
        "kept": [
            {
                "pair_id": k.pair_id,
                "mentor_id": k.mentor_id,
                "mentee_id": k.mentee_id,
                "status": k.status.value,
                "locked": k.locked,
            }
            for k in result.kept
        ],
        "unmatched": [
            {"participant_id": u.participant_id, "name": u.name, "why": u.why.value, "text": u.text}
            for u in result.unmatched
        ],
        "saved": None
        if changes is None
        else {"created": changes.created, "replaced": changes.removed},
    }


def _print_tables(ctx: Context, program: str, result: Any) -> None:
    mode = MODE_WORDS.get(result.objective.value, result.objective.value)
    if result.next_round:
        mode += "; next round: nobody with an earlier partner"
    count = len(result.pairs)
    blocking = result.blocking_pairs
    wishes = (
        ""
        if blocking is None
        else f", {blocking} blocking pair{'' if blocking == 1 else 's'} "
        "(one asked for the other, and both would rather be together than as matched)"
    )
    ctx.say(
        f"Suggested pairs for “{program}” ({mode}): {count} pair{'' if count == 1 else 's'}, "
        f"total score {score_text(result.total_score)}{wishes}"
    )
    if result.audit is not None and result.pairs:
        _print_audit(ctx, result.audit)
    if result.pairs:
        first, second = ("Peer", "Peer") if result.reciprocal else ("Mentee", "Mentor")
        rows = [
            [p.mentee_name, p.mentor_name, score_text(p.score), "; ".join(p.top_reasons)]
            for p in result.pairs
        ]
        ctx.say()
        ctx.say(format_table([first, second, "Score", "Why"], rows))
    if result.kept:
        ctx.say()
        ctx.say(f"Kept as they are (active, paused or locked): {len(result.kept)}")
    ctx.say()
    if result.unmatched:
        ctx.say(f"Unmatched ({len(result.unmatched)}):")
        rows = [[u.name, u.text] for u in result.unmatched]
        ctx.say(format_table(["Name", "Why"], rows))
    else:
        ctx.say("Everyone who can be matched has a pair.")


def _print_audit(ctx: Context, audit: Any) -> None:
    ctx.say(
        f"Lowest {_score(audit.lowest)}, median {_score(audit.median)}, lowest tenth "
        f"{_score(audit.lowest_decile)}; {audit.below_line} below the poor-match line "
        f"({score_text(audit.line)}). {audit.wishes_text}"
    )
    for gap in audit.groups:
        if gap.sentence:
            ctx.say(gap.sentence)


CENTS = Decimal("0.01")  # scores are points out of 100, written as 0.85


@command(
    "scores",
    "write every mentee × mentor score to a CSV file",
    _configure_scores,
)
def _scores(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.matching.grid import score_grid
    from peerdesk.matching.pool import load_pool

    out: Path = args.csv.expanduser()
    check_targets([out], overwrite=args.overwrite)  # before any work
    with open_database(args.file) as db:
        program_id, _name = choose_program(db, args.program)
        with db.reading() as session:
            pool = load_pool(session, program_id)
    grid = score_grid(pool)
    points, allowed = grid.points, grid.allowed
    if pool.reciprocal:  # the grid holds each pair once; the table shows both ways
        allowed = allowed | allowed.T
        points = points + points.T
    mentors = pool.mentors.members
    table: list[list[Cell]] = [
        ["Mentee ID", "Mentee", *(f"{m.name} (#{m.participant_id})" for m in mentors)]
    ]
    for row, mentee in enumerate(pool.mentees.members):
        cells = [
            (Decimal(int(points[row, col])) / 100).quantize(CENTS) if allowed[row, col] else None
            for col in range(len(mentors))
        ]
        table.append([mentee.participant_id, mentee.name, *cells])
    data = csv_bytes(table, semicolons=args.semicolons)
    write_file(out, data, overwrite=args.overwrite)
    ctx.say(f"Wrote the scores of {len(pool.mentees.members)} × {len(mentors)} pairs to {out}")
    return EXIT_OK
