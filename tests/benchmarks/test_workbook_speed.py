"""Workbook speed: 10,000 people and 50,000 meetings, against bare openpyxl in the same run.

PeerDesk's run is the whole export: reading the program file (people, pairs,
meetings, check-ins, goals), turning each row into typed cells (local times,
dates, percentages, words for statuses), guarding every text against formula
injection, sizing columns, computing the Outcomes sheet, and writing the file
atomically. The floor is openpyxl's write-only mode writing the very same
cell values — already read, already converted, in lists — to the same sheets
with the same header rows, and nothing else. Needed (issue #7): at most 1.3×.

Run with ``pytest -m benchmark -s tests/benchmarks/test_workbook_speed.py``.
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from evaluation_data import make_program
from openpyxl import Workbook, load_workbook
from sqlalchemy import insert

from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairStatus, ParticipantStatus, Role, SurveyKind
from peerdesk.exports import records
from peerdesk.exports.cells import Column, SheetWriter
from peerdesk.exports.workbook import export_workbook
from peerdesk.models import (
    Goal,
    Meeting,
    Pair,
    Participant,
    Person,
    SurveyAnswer,
    SurveyResponse,
)
from peerdesk.surveys.questions import ensure_default_questions, list_questions

pytestmark = pytest.mark.benchmark

PEOPLE = 10_000
MEETINGS = 50_000
RUNS = 5
NEEDED = 1.3


def fill(db: Database, program_id: int) -> None:
    """5,000 pairs of invented people, ten meetings each, goals and some answers."""
    ensure_default_questions(db, program_id)
    pre = {q.label: q.id for q in list_questions(db, program_id, SurveyKind.PRE)}
    now = datetime(2025, 1, 1, tzinfo=UTC)
    with db.transaction() as session:
        session.execute(
            insert(Person),
            [
                {
                    "id": n + 1,
                    "full_name": f"Person {n} {'=SUM(A1)' if n == 7 else 'Example'}",
                    "email": f"person{n}@example.org",
                    "email_key": f"person{n}@example.org",
                    "gender": "Woman" if n % 2 else "Man",
                }
                for n in range(PEOPLE)
            ],
        )
        session.execute(
            insert(Participant),
            [
                {
                    "id": n + 1,
                    "program_id": program_id,
                    "person_id": n + 1,
                    "role": Role.MENTOR if n % 2 == 0 else Role.MENTEE,
                    "status": ParticipantStatus.MATCHED,
                    "department": f"Department {n % 12}",
                    "cohort": "2025",
                    "custom_fields": {},
                    "joined_on": date(2025, 1, 1) + timedelta(days=n % 60),
                }
                for n in range(PEOPLE)
            ],
        )
        pairs = PEOPLE // 2
        session.execute(
            insert(Pair),
            [
                {
                    "id": n + 1,
                    "program_id": program_id,
                    "mentor_id": 2 * n + 1,
                    "mentee_id": 2 * n + 2,
                    "status": PairStatus.ACTIVE,
                    "reasons": [],
                    "started_on": date(2025, 1, 6),
                    "agreement_signed_on": date(2025, 1, 8),
                    "score": 61.5,
                }
                for n in range(pairs)
            ],
        )
        per_pair = MEETINGS // pairs
        session.execute(
            insert(Meeting),
            [
                {
                    "uid": f"m{n}@example.org",
                    "program_id": program_id,
                    "pair_id": n // per_pair + 1,
                    "starts_at": now + timedelta(days=14 * (n % per_pair), hours=n % 9),
                    "timezone": "Europe/London",
                    "length_minutes": 60,
                    "status": MeetingStatus.HELD if n % per_pair < 6 else MeetingStatus.SCHEDULED,
                    "actual_minutes": 50 if n % 3 == 0 else None,
                    "place": "Room 2",
                }
                for n in range(MEETINGS)
            ],
        )
        session.execute(
            insert(Goal),
            [{"pair_id": n + 1, "text": "Lead a team meeting", "progress": 50}
             for n in range(pairs)],
        )  # fmt: skip
        session.execute(
            insert(SurveyResponse),
            [
                {"id": n + 1, "program_id": program_id, "participant_id": 2 * n + 2,
                 "kind": SurveyKind.PRE, "responded_at": now, "source": "import"}
                for n in range(1000)
            ],
        )  # fmt: skip
        session.execute(
            insert(SurveyAnswer),
            [
                {"response_id": n + 1, "question_id": qid, "value_number": 1 + (n + k) % 5}
                for n in range(1000)
                for k, qid in enumerate(pre.values())
            ],
        )  # fmt: skip
        db.sync_ids(session.connection(), ["person", "participant", "pair", "survey_response"])


def same_cells(db: Database, program_id: int) -> list[tuple[str, tuple[Column, ...], list[Any]]]:
    """Every table sheet's rows as PeerDesk produces them, read before the clock starts."""
    with records.read(db) as conn:
        people = records.names(conn, program_id)
        return [
            ("People", records.PEOPLE_COLUMNS, list(records.people_rows(conn, program_id))),
            ("Pairs", records.PAIR_COLUMNS, list(records.pair_rows(conn, program_id, people))),
            ("Meetings", records.MEETING_COLUMNS,
             list(records.meeting_rows(conn, program_id, people))),
            ("Check-ins", records.CHECKIN_COLUMNS,
             list(records.checkin_rows(conn, program_id, people))),
            ("Goals", records.GOAL_COLUMNS, list(records.goal_rows(conn, program_id, people))),
        ]  # fmt: skip


def bare_openpyxl(tables: list[tuple[str, tuple[Column, ...], list[Any]]], out: Path) -> None:
    book = Workbook(write_only=True)
    for title, columns, rows in tables:
        writer = SheetWriter(book, title)  # only for the same styled header row
        ws = writer.ws
        ws.freeze_panes = "A2"
        ws.append(writer._header(columns))
        for row in rows:
            ws.append(row)
    stream = io.BytesIO()
    book.save(stream)
    out.write_bytes(stream.getvalue())


def test_workbook_within_one_point_three_times_bare_openpyxl(db: Database, tmp_path: Path) -> None:
    """On a file, and on a database on a server (the same floor: the cells already read)."""
    program_id = make_program(db, "Big Mentoring")
    fill(db, program_id)
    tables = same_cells(db, program_id)
    ours: list[float] = []
    floor: list[float] = []
    for n in range(RUNS):
        target = tmp_path / f"ours-{n}.xlsx"
        start = time.perf_counter()
        export_workbook(db, program_id, target)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare_openpyxl(tables, tmp_path / f"bare-{n}.xlsx")
        floor.append(time.perf_counter() - start)
    book = load_workbook(tmp_path / "ours-0.xlsx", read_only=True)
    rows = {name: sum(1 for _ in book[name].iter_rows(values_only=True)) for name in
            ("People", "Meetings")}  # fmt: skip
    book.close()
    assert rows == {"People": PEOPLE + 1, "Meetings": MEETINGS + 1}
    ratio = statistics.median(ours) / statistics.median(floor)
    print(
        f"\nWorkbook of {PEOPLE:,} people and {MEETINGS:,} meetings "
        f"{'on a server' if db.on_server else 'in a file'}: PeerDesk "
        f"{statistics.median(ours):.2f} s, bare openpyxl write-only with the same cells "
        f"{statistics.median(floor):.2f} s — {ratio:.2f}× (needed: at most {NEEDED}×)"
    )
    assert ratio <= NEEDED
