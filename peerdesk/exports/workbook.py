"""The Excel workbook of everything: one sheet per kind of record, ready to filter.

Sheets: Program, Figures (the dashboard's figures, each with what it counts;
from :mod:`peerdesk.evaluation.figures`, so they are the dashboard's and the
PDF's to the digit), People, Pairs, Meetings, Check-ins, Goals, Sessions and
Attendance (group sessions and attendance rates per kind and per person, from
:mod:`peerdesk.exports.sessions_sheet`), Outcomes, History (who changed what, and
when). Every cell has its type (dates are dates, numbers are numbers), the header
row is styled and frozen, filters are on, and columns are sized to what they hold.

Personal data only where it belongs: contact details are on the People sheet
and nowhere else; other sheets name people but give no emails or phones;
private notes (people's, meetings') and meeting links are left out.

No text can become a formula: a value that starts with ``=``, ``+``, ``-``
or ``@`` (or a tab or carriage return) is written as a text cell with Excel's
"quote prefix", so Excel, LibreOffice and Google Sheets all show it as typed
and never run it.

openpyxl's write-only mode streams rows to disk, which keeps a file of
60,000 rows quick and small in memory. The finished file goes to a
temporary file beside the target and is renamed into place
(:func:`peerdesk.output_files.write_file`): an existing file is only
replaced when asked, and a file held open by Excel gives a clear message with
the old file untouched.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from peerdesk import output_files
from peerdesk.database import Database
from peerdesk.documents.wording import CADENCE_WORDS, FORMAT_WORDS
from peerdesk.evaluation.figures import (
    ProgramFigures,
    Share,
    logged_caveat,
    program_figures,
    too_few,
)
from peerdesk.exports.cells import (
    DATETIME_FORMAT,
    DECIMAL_FORMAT,
    P_FORMAT,
    PERCENT_FORMAT,
    SECTION_FONT,
    Column,
    SheetWriter,
    formatted,
    safe_text,
)
from peerdesk.exports.measures_sheet import measures_sheet
from peerdesk.exports.records import (
    CHECKIN_COLUMNS,
    GOAL_COLUMNS,
    MEETING_COLUMNS,
    PAIR_COLUMNS,
    PEOPLE_COLUMNS,
    STATUS_WORDS,
    SURVEY_WORDS,
    checkin_rows,
    goal_rows,
    meeting_rows,
    names,
    pair_rows,
    people_rows,
    read,
)
from peerdesk.exports.sessions_sheet import sessions_sheets
from peerdesk.progress import Progress

if TYPE_CHECKING:
    from peerdesk.storage import QuickConnection

SHEETS = ("Program", "Figures", "Measures", "People", "Pairs", "Meetings", "Check-ins", "Goals",
          "Sessions", "Attendance", "Outcomes", "History")  # fmt: skip
HOURS_FORMAT = "0.0"


class WorkbookLocked(output_files.OutputLocked):
    template = (
        "“{path}” is open in another program, such as Excel, or it is read-only; close it "
        "and try again, or save under another name. The file there now is unchanged."
    )


# -- the Program and Outcomes sheets --------------------------------------------------------


def _program_sheet(book: Workbook, db: Database, program_id: int, today: date) -> None:
    from peerdesk.program.reads import count_records, load_settings

    s = load_settings(db, program_id)
    counts = count_records(db, program_id)
    rows: list[tuple[str, Any]] = [
        ("Program", s.name),
        ("Organization", s.organization_name or None),
        ("Purpose", s.purpose or None),
        ("Goals", s.goals or None),
        ("Starts", s.start_date),
        ("Ends", s.end_date),
        (
            "Meetings",
            f"{CADENCE_WORDS[s.meeting_cadence]}, {s.meeting_length_minutes} minutes, "
            f"{FORMAT_WORDS[s.meeting_format]}",
        ),
        ("Coordinator", s.coordinator_name or None),
        ("Participants", counts.participants),
        ("Pairs", counts.pairs),
        ("Active pairs", counts.active_pairs),
        ("Workbook made on", today),
    ]
    writer = SheetWriter(book, "Program")
    ws = writer.ws
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 80
    ws.freeze_panes = "A2"
    ws.append(writer._header([Column("Setting"), Column("Value")]))
    wrap = Alignment(wrap_text=True, vertical="top")
    for setting, value in rows:
        if isinstance(value, str):
            cell = safe_text(ws, value)
            if isinstance(cell, str):
                cell = WriteOnlyCell(ws, value=cell)
            cell.alignment = wrap
            ws.append([setting, cell])
        elif isinstance(value, date):
            ws.append([setting, formatted(ws, value, "d mmmm yyyy")])
        else:
            ws.append([setting, value])
    ws.auto_filter.ref = f"A1:B{len(rows) + 1}"


def figure_rows(f: ProgramFigures) -> list[tuple[str, Any, int | None, str]]:
    """The Figures sheet: (figure, value, out of n, what it counts), the dashboard's figures."""
    m = f.meetings
    s = f.satisfaction
    rows: list[tuple[str, Any, int | None, str]] = [
        ("Program period", f.period_words, None, "The program's start and end dates"),
        ("People taking part", f.people, None, "Participants of the program"),
    ]
    for status, n in f.by_status.items():
        if n:
            rows.append((f"Status today: {STATUS_WORDS[status.value].lower()}", n, f.people,
                         "People whose status is this today"))  # fmt: skip
    rows += [
        ("Have been matched", f.matched, f.matchable,
         "People who are or were in a started pair, out of everyone but those who withdrew "
         "without ever being matched"),
        ("Have been matched (share)", f.matched_share, f.matchable, "Of the line above"),
        ("Reached ready or further", f.ready, f.people, "People ready to be matched, or further"),
        ("In a completed pair", f.in_completed_pair, f.people,
         "People whose pair ended as completed"),
        ("Pairs active now", f.pairs_active, None, "Pairs whose status is active"),
        ("Pairs paused", f.pairs_paused, None, "Pairs whose status is paused"),
        ("Pairs ended", f.pairs_ended, None, "Pairs that ended, completed or early"),
        ("Pairs completed", f.pairs_completed, None, "Ended pairs whose outcome is completed"),
        ("Pairs ended early", f.pairs_ended_early, None, "Ended pairs whose outcome is early"),
        ("Pairs completed (share)", f.completion, f.pairs_completed + f.pairs_ended_early,
         "Completed, of the pairs that ended"),
        ("Meetings held", m.held, None, "Pair meetings logged as held"),
        ("Meetings cancelled", m.cancelled, None, "Pair meetings logged as cancelled"),
        ("Meetings no-show", m.no_show, None, "Pair meetings logged as no-shows"),
        ("Meetings logged", m.logged, None, "Held, cancelled or no-show"),
        ("Past meetings not logged yet", m.unlogged, None,
         "Scheduled meetings on a day before today that nobody logged: never counted as missed"),
        ("Meetings still to come", m.upcoming, None, "Scheduled for today or later"),
        ("Pairs with past meetings not logged yet", f.pairs_with_unlogged, None,
         "Pairs with at least one past meeting nobody logged"),
        ("Attendance (share)", m.attendance, m.logged,
         "Held, of the logged meetings only; " + logged_caveat(m)),
        ("Mentor hours", m.hours, m.held,
         "Held meetings' logged length, or their planned length where none was logged"),
        ("Average satisfaction (1–5)", s.mean, s.n, "Answers to “satisfied with my match”"),
        ("Satisfied: agree or strongly agree (share)", s.agreeing, s.n, "Of the answers"),
        ("Pairs meeting every month (share)", f.monthly, f.monthly.n,
         "Pairs with a held meeting in every full month they ran; months whose meetings are "
         "not logged yet are left out"),
    ]  # fmt: skip
    if f.attention is not None:  # the dashboard's; the workbook is a record, not a to-do list
        rows += [
            ("Needs attention", f.attention.count, None,
             "The calendar's count: a line per pair to look at, one per past day with "
             "meetings not logged"),
            ("Needs attention: pairs", f.attention.pairs, None,
             "Pairs that missed meetings, went quiet, rated low, are overdue a check-in or "
             "have someone who attended no group session since the match began"),
        ]  # fmt: skip
    return rows


def _figures_sheet(book: Workbook, figures: ProgramFigures) -> None:
    writer = SheetWriter(book, "Figures")
    ws = writer.ws
    columns = [Column("Figure", 40), Column("Value", 14), Column("Out of (n)", 11),
               Column("What it counts", 90)]  # fmt: skip
    for index, column in enumerate(columns):
        ws.column_dimensions[get_column_letter(index + 1)].width = column.width
    ws.freeze_panes = "A2"
    ws.append(writer._header(columns))
    rows = figure_rows(figures)
    for figure, value, n, words in rows:
        cell: Any = value
        if isinstance(value, Share):
            cell = (
                None
                if value.percent is None
                else formatted(ws, value.percent / 100, PERCENT_FORMAT)
            )
            if value.percent is None and value.n:
                words = f"{words} ({too_few()})"
        elif isinstance(value, Decimal):
            cell = formatted(ws, float(value), HOURS_FORMAT)
        elif isinstance(value, str):
            cell = safe_text(ws, value)
        ws.append([figure, cell, n, words])
    ws.auto_filter.ref = f"A1:D{len(rows) + 1}"


def _outcomes_sheet(book: Workbook, db: Database, program_id: int) -> None:
    from peerdesk.evaluation.groups import group_breakdowns, pair_retention
    from peerdesk.evaluation.likert import LABELS, likert_distributions
    from peerdesk.evaluation.stats import pre_post

    results = pre_post(db, program_id)
    distributions = [d for d in likert_distributions(db, program_id) if d.n]
    breakdowns = group_breakdowns(db, program_id)
    retention = pair_retention(db, program_id)

    writer = SheetWriter(book, "Outcomes")
    ws = writer.ws
    columns = [
        Column("Measure", 22), Column("People (n)", 10), Column("Mean before", 10),
        Column("Mean after", 10), Column("Mean change", 10), Column("t-test p", 10),
        Column("Wilcoxon p", 10), Column("Effect size (d_z)", 11), Column("Effect", 11),
        Column("In plain words", 80),
    ]  # fmt: skip
    for index, column in enumerate(columns):
        ws.column_dimensions[get_column_letter(index + 1)].width = column.width
    ws.freeze_panes = "A2"
    ws.append(writer._header(columns))

    def number(value: float | None, number_format: str) -> WriteOnlyCell | None:
        return None if value is None else formatted(ws, value, number_format)

    for r in results:
        ws.append([
            safe_text(ws, r.measure), r.n, number(r.mean_before, DECIMAL_FORMAT),
            number(r.mean_after, DECIMAL_FORMAT), number(r.mean_change, DECIMAL_FORMAT),
            number(r.t_p, P_FORMAT), number(r.wilcoxon_p, P_FORMAT),
            number(r.effect_size, DECIMAL_FORMAT),
            r.effect_words if r.effect_size is not None else None, safe_text(ws, r.sentence),
        ])  # fmt: skip
    ws.auto_filter.ref = f"A1:J{len(results) + 1}"

    def shown_share(share: Share) -> WriteOnlyCell | None:
        """A whole percentage by the one rule; blank below n = 5, as in the summary."""
        return None if share.percent is None else formatted(ws, share.percent / 100, PERCENT_FORMAT)

    def section(title: str, headers: Sequence[str]) -> None:
        ws.append([])
        cell = WriteOnlyCell(ws, value=title)
        cell.font = SECTION_FONT
        ws.append([cell])
        ws.append(writer._header([Column(h) for h in headers]))

    section(
        "Agree–disagree answers",
        [
            "Question",
            "Survey",
            *LABELS,
            "Answers (n)",
            "Agree or strongly agree (blank below 5 answers)",
        ],
    )
    for d in distributions:
        share = shown_share(Share(d.agreeing, d.n))
        kind = SURVEY_WORDS.get(d.kind.value) if d.kind else None
        ws.append([safe_text(ws, d.label), kind, *d.counts, d.n, share])

    section(
        "Pairs that ended",
        ["Completed", "Ended early", "Completion rate (blank below 5 ended pairs)"],
    )
    ws.append([
        retention.completed, retention.ended_early,
        shown_share(Share(retention.completed, retention.ended)),
    ])  # fmt: skip

    section(
        "By group (groups of fewer than 5 people are not shown)",
        ["Dimension", "Group", "People", "Completed", "Ended early",
         "Completion rate (blank below 5 ended pairs)", "Average satisfaction (1–5)"],
    )  # fmt: skip
    for b in breakdowns:
        for row in b.rows:
            ws.append([
                b.dimension, safe_text(ws, row.group), row.people, row.completed, row.ended_early,
                None if row.completed is None or row.ended_early is None
                else shown_share(Share(row.completed, row.completed + row.ended_early)),
                number(row.satisfaction, DECIMAL_FORMAT),
            ])  # fmt: skip
        if b.note():
            ws.append([b.dimension, safe_text(ws, b.note())])


# -- the History sheet -----------------------------------------------------------------------


def _history_sheet(book: Workbook, db: Database, program_id: int, progress: Progress | None) -> int:
    """Every change to the program, newest first: when (local time), who, what it was to,
    and what was done, in the History screen's words."""
    from peerdesk import history

    with db.reading() as session:
        changes = history.read_changes(session, program_id, limit=None).changes
    columns = [Column("When", 17, DATETIME_FORMAT), Column("Who", 20), Column("Record", 36),
               Column("Action", 70)]  # fmt: skip
    rows = (
        (c.at.astimezone().replace(tzinfo=None), c.actor, c.record, history.sentence(c))
        for c in changes
    )
    writer = SheetWriter(book, "History", progress)
    return writer.table(columns, rows, label="History", total=len(changes))


# -- the whole workbook ---------------------------------------------------------------------


def _count(conn: QuickConnection, sql: str, program_id: int) -> int:
    return int(conn.execute(sql, (program_id,)).fetchone()[0])


def build_workbook(
    db: Database,
    program_id: int,
    stream: io.BufferedIOBase | io.BytesIO,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> dict[str, int]:
    """Write the workbook to ``stream``; returns each table sheet's number of data rows."""
    today = today or date.today()
    book = Workbook(write_only=True)
    written: dict[str, int] = {}
    _program_sheet(book, db, program_id, today)
    _figures_sheet(book, program_figures(db, program_id, today=today, attention=False))
    written["Measures"] = measures_sheet(book, db, program_id, today)
    with read(db) as conn:
        people = names(conn, program_id)
        tables: list[tuple[str, Sequence[Column], Callable[[], Iterable[Sequence[Any]]], str]] = [
            ("People", PEOPLE_COLUMNS, lambda: people_rows(conn, program_id),
             "SELECT count(*) FROM participant WHERE program_id = ?"),
            ("Pairs", PAIR_COLUMNS, lambda: pair_rows(conn, program_id, people, today),
             "SELECT count(*) FROM pair WHERE program_id = ?"),
            ("Meetings", MEETING_COLUMNS, lambda: meeting_rows(conn, program_id, people, today),
             "SELECT count(*) FROM meeting WHERE program_id = ?"),
            ("Check-ins", CHECKIN_COLUMNS, lambda: checkin_rows(conn, program_id, people),
             "SELECT count(*) FROM survey_answer a JOIN survey_response r "
             "ON r.id = a.response_id WHERE r.program_id = ?"),
            ("Goals", GOAL_COLUMNS, lambda: goal_rows(conn, program_id, people),
             "SELECT count(*) FROM goal g JOIN pair p ON p.id = g.pair_id WHERE p.program_id = ?"),
        ]  # fmt: skip
        for title, columns, rows, count_sql in tables:
            if progress is not None:
                progress.check()
                progress.set_progress(0, None, title)
            writer = SheetWriter(book, title, progress)
            written[title] = writer.table(
                columns, rows(), label=title, total=_count(conn, count_sql, program_id)
            )
    if progress is not None:
        progress.check()
        progress.set_progress(0, None, "Sessions")
    written.update(sessions_sheets(book, db, program_id, today))
    if progress is not None:
        progress.check()
        progress.set_progress(0, None, "Outcomes")
    _outcomes_sheet(book, db, program_id)
    written["History"] = _history_sheet(book, db, program_id, progress)
    if progress is not None:
        progress.set_progress(0, None, "Saving")
    book.save(stream)
    return written


def export_workbook(
    db: Database,
    program_id: int,
    out: Path | str,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> Path:
    """Write the program's workbook to ``out`` (.xlsx); returns the path written.

    Refuses before any work if ``out`` exists and ``overwrite`` is false
    (:class:`~peerdesk.output_files.OutputExists`); raises
    :class:`WorkbookLocked` if the file there cannot be replaced (open in Excel).
    """
    out = Path(out).expanduser()
    output_files.check_targets([out], overwrite=overwrite)
    stream = io.BytesIO()
    build_workbook(db, program_id, stream, progress=progress, today=today)
    return output_files.write_file(
        out, stream.getvalue(), overwrite=overwrite, locked=WorkbookLocked
    )
