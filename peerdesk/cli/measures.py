"""``peerdesk measures``: how long matches last, early closures, retention, practice checks.

Prints a program's measures for its cycle, or for the dates given with ``--from`` and
``--to`` (either alone: the cycle's other end), each with the reference figure the
coordinator set beside it, then retention and the practice checks; ``--json`` gives
the same as JSON, with the ids behind each figure and the match-length curve.
Reading never changes the file. Checks that need attention are results, not
failures: the exit code is 0 whenever the measures were computed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from peerdesk.cli import EXIT_OK, Context, UsageError, command
from peerdesk.cli.refs import common_arguments, json_argument, open_program, parse_date, say_json

if TYPE_CHECKING:
    from peerdesk.evaluation.checks import PracticeCheck
    from peerdesk.evaluation.measures import Evidence, Measure, Reference

NAME_WIDTH = 46


def _configure(parser: argparse.ArgumentParser) -> None:
    common_arguments(
        parser, "peerdesk measures Riverside.peerdesk --from 2025-01-01 --to 2025-06-30"
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=parse_date,
        metavar="DATE",
        help="the period's first day (default: the program's start)",
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=parse_date,
        metavar="DATE",
        help="the period's last day, included (default: the program's end, or today)",
    )
    parser.add_argument(
        "--quarter",
        type=_quarter,
        metavar="YYYY-QN",
        help="a calendar quarter, like 2025-Q2 (instead of --from and --to)",
    )
    parser.add_argument(
        "--year",
        type=_year,
        metavar="YYYY",
        help="a calendar year, like 2025 (instead of --from and --to)",
    )
    parser.add_argument(
        "--survey-share",
        type=int,
        default=None,
        metavar="N",
        help="the pre/post survey check's aim, in %% of completed matches (default: 80)",
    )
    json_argument(parser)


def _quarter(text: str) -> tuple[int, int]:
    year, _, quarter = text.strip().upper().partition("-Q")
    if not (year.isdigit() and len(year) == 4 and quarter in ("1", "2", "3", "4")):
        raise argparse.ArgumentTypeError(f"“{text}” is not a quarter like 2025-Q2")
    return int(year), int(quarter)


def _year(text: str) -> int:
    if not (text.strip().isdigit() and len(text.strip()) == 4):
        raise argparse.ArgumentTypeError(f"“{text}” is not a year like 2025")
    return int(text)


def _reference_words(reference: Reference | None, unit: str) -> str:
    if reference is None:
        return ""
    value = f"{reference.value:g}"
    return f"reference: {value} %" if unit == "%" else f"reference: {value} {unit}"


def _measure_line(measure: Measure) -> list[str]:
    lines = [f"  {measure.name:<{NAME_WIDTH}} {measure.text}"]
    if measure.value is not None and measure.n:
        lines[0] += f"  (n = {measure.n})"
    reference = _reference_words(measure.reference, measure.unit)
    if reference:
        lines[0] += f"  · {reference}"
    if measure.target is not None:
        lines[0] += f"  · the cadence expects {measure.target:g}"
    if measure.breakdown and measure.unit != "%":
        lines.append("      " + " · ".join(f"{b.label}: {b.count}" for b in measure.breakdown))
    if measure.value is not None and measure.note:
        lines.append(f"      {measure.note}")
    return lines


def _check_line(check: PracticeCheck) -> str:
    mark = {"pass": "pass", "attention": "ATTENTION", "nothing to check": "—"}[check.status]
    return f"  {mark:<10} {check.stage.label} · {check.name}: {check.sentence}"


def _text(evidence: Evidence, program: str) -> list[str]:
    from peerdesk.evaluation.references import REFERENCE_MEASURES

    found = evidence.measures
    lines = [f"“{program}”: {evidence.period.words}", ""]
    if found.empty:
        lines += [f"  {found.empty_text}", ""]
    else:
        lines.append("Matches")
        for measure in found.measures:
            lines += _measure_line(measure)
        lines.append("")
    lines.append("Retention")
    for measure in evidence.retention:
        lines += _measure_line(measure)
    lines += ["", "Practice checks"]
    lines += [_check_line(check) for check in evidence.checks]
    lines += ["", "How each is computed"]
    for measure in evidence.all_measures():
        lines.append(f"  {measure.name}: {measure.how}")
    sources = [
        f"  {REFERENCE_MEASURES[ref.measure][0]}: {ref.source}"
        for ref in evidence.references.values()
        if ref.measure in REFERENCE_MEASURES
    ]
    if sources:
        lines += ["", "Reference figures", *sources]
    return lines


def _measure_json(measure: Measure) -> dict[str, Any]:
    return {
        "key": measure.key,
        "name": measure.name,
        "value": measure.value,
        "unit": measure.unit,
        "n": measure.n,
        "how": measure.how,
        "note": measure.note or None,
        "target": measure.target,
        "reference": None
        if measure.reference is None
        else {
            "value": measure.reference.value,
            "source": measure.reference.source,
            "preset": measure.reference.preset,
        },
        "pair_ids": list(measure.pair_ids),
        "participant_ids": list(measure.participant_ids),
        "breakdown": [
            {"label": b.label, "count": b.count, "pair_ids": list(b.pair_ids)}
            for b in measure.breakdown
        ],
    }


def _check_json(check: PracticeCheck) -> dict[str, Any]:
    return {
        "key": check.key,
        "stage": check.stage.value,
        "stage_label": check.stage.label,
        "name": check.name,
        "value": check.value,
        "unit": check.unit,
        "n": check.n,
        "status": check.status,
        "sentence": check.sentence,
        "note": check.note or None,
        "target": check.target,
        "pair_ids": list(check.pair_ids),
        "participant_ids": list(check.participant_ids),
    }


def evidence_json(evidence: Evidence, program: str) -> dict[str, Any]:
    found = evidence.measures
    return {
        "program": program,
        "period": {
            "from": evidence.period.start,
            "to": evidence.period.end,
            "label": evidence.period.label,
        },
        "today": found.today,
        "empty": found.empty,
        "empty_text": found.empty_text or None,
        "planned_length_months": found.planned.months,
        "measures": [_measure_json(m) for m in found.measures],
        "retention": [_measure_json(m) for m in evidence.retention],
        "checks": [_check_json(c) for c in evidence.checks],
        "length_curve": {
            "months_and_share_running": [list(p) for p in found.curve.points()],
            "censored": [list(p) for p in found.curve.censor_marks()],
        },
    }


@command(
    "measures",
    "print how long matches last, early closures, retention and the practice checks",
    _configure,
)
def _measures(args: argparse.Namespace, ctx: Context) -> int:
    from datetime import date

    from peerdesk.evaluation.measures import Period, load_evidence, program_cycle

    if args.survey_share is not None and not 1 <= args.survey_share <= 100:
        raise UsageError(
            problem="Give --survey-share a share from 1 to 100", hint="peerdesk measures --help"
        )
    chosen = [args.quarter is not None, args.year is not None,
              args.start is not None or args.end is not None]  # fmt: skip
    if sum(chosen) > 1:
        raise UsageError(
            problem="Give one period: --quarter, --year, or --from and --to",
            hint="peerdesk measures --help",
        )
    today = date.today()
    with open_program(args) as (db, program_id, name):
        period = None
        if args.quarter is not None:
            period = Period.quarter(*args.quarter)
        elif args.year is not None:
            period = Period.year(args.year)
        elif args.start is not None or args.end is not None:
            cycle = program_cycle(db, program_id, today)
            period = Period.custom(args.start or cycle.start, args.end or cycle.end)
        evidence = load_evidence(
            db, program_id, period, today=today, survey_share=args.survey_share
        )
    if args.json:
        say_json(ctx, evidence_json(evidence, name))
    else:
        for line in _text(evidence, name):
            ctx.say(line)
    return EXIT_OK
