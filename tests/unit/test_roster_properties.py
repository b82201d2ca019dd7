"""Arbitrary cell values thrown at the importer: it never crashes (only user errors or
row errors) and never writes half a row; cancelling writes nothing."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import db_rows
import pytest
from fixtures_rosters import dump, make_program
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk import people
from peerdesk.database import Database, create_database, open_database
from peerdesk.errors import UserError
from peerdesk.progress import Cancelled, Progress
from peerdesk.roster.commit import preview_import, run_import
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.preview import Outcome
from peerdesk.roster.reader import Sheet, Workbook

HEADERS = ["Name", "Email", "Role", "Phone", "Years of experience", "Interests", "Capacity",
           "Joined", "Meeting format", "Shirt size"]  # fmt: skip

cells = st.one_of(
    st.just(""),
    st.text(max_size=25),
    st.sampled_from(["Mentor", "mentee", "Both", "Mentoré", "volunteer", " ", "Total: 4"]),
    st.emails().map(lambda e: e.replace("@", "@ex.")[:80]),
    st.sampled_from(["ana@example.org", "ANA@example.org ", "bo(at)example.org"]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1)),
    st.sampled_from(["3,5", "1.200", "5 years", "a, b; c / d;", "=SUM(A1:A3)", "In person"]),
)
likely_valid = st.tuples(
    st.text(min_size=1, max_size=20).filter(str.strip),
    st.one_of(st.just(""), st.from_regex(r"[a-z]{1,8}@example\.org", fullmatch=True)),
    st.sampled_from(["Mentor", "mentee", "Both", "Mentoré", "Either – happy to do both"]),
    st.lists(
        st.integers(0, 9).flatmap(lambda k: cells if k == 0 else st.just("")),
        min_size=7,
        max_size=7,
    ),
).map(lambda t: [t[0], t[1], t[2], *t[3]])
rows = st.lists(
    st.one_of(st.lists(cells, min_size=0, max_size=len(HEADERS) + 2), likely_valid), max_size=8
)


@pytest.fixture(scope="module")
def template_db() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-prop-"))
    path = folder / "template.peerdesk"
    db = create_database(path)
    make_program(db)
    db.close()
    yield path
    shutil.rmtree(folder, ignore_errors=True)


Fresh = Callable[[], AbstractContextManager[Database]]
IMPORTED = ("participant_tag", "pair_rule", "participant", "person", "import_batch",
            "change_record", "column_layout")  # fmt: skip
"""What an import writes: emptied between examples on a server (a new database each time
would cost more than the example)."""


@pytest.fixture(params=["file", "server"])
def fresh(request: pytest.FixtureRequest, template_db: Path) -> Iterator[Fresh]:
    """Program 1 with nobody in it, for each example: a copied file, or the test's server
    database with the last example's import taken out."""

    @contextmanager
    def file() -> Iterator[Database]:
        folder = Path(tempfile.mkdtemp(prefix="peerdesk-prop-"))
        target = folder / "program.peerdesk"
        shutil.copy(template_db, target)
        db = open_database(target, backup_before_migrating=False)
        try:
            yield db
        finally:
            db.close()
            shutil.rmtree(folder, ignore_errors=True)

    if request.param == "file":
        yield file
        return
    server_db = open_database(request.getfixturevalue("pg_url"))
    assert make_program(server_db) == 1

    @contextmanager
    def server() -> Iterator[Database]:
        for table in IMPORTED:
            db_rows.execute(server_db, f"DELETE FROM {table}")
        yield server_db

    try:
        yield server
    finally:
        server_db.close()


def _check_written(db: Database, program_id: int, plan: RosterImport) -> None:
    with db.reading() as session:
        conn = session.connection()
        orphans = conn.exec_driver_sql(
            "SELECT count(*) FROM participant p LEFT JOIN person s ON s.id = p.person_id "
            "WHERE s.id IS NULL"
        ).scalar()
        assert orphans == 0


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=rows)
def test_arbitrary_cells_never_crash_nor_half_write(fresh: Fresh, data: list[list[Any]]) -> None:
    with fresh() as db:
        program_id = 1
        sheet = Sheet("People", [list(HEADERS), *data])
        workbook = Workbook(path=Path("fuzz.xlsx"), format="xlsx", sheets=[sheet])
        try:
            plan = RosterImport.from_workbook(workbook)
            preview = preview_import(db, program_id, plan)
            summary = run_import(db, program_id, plan)
        except UserError:
            return
        new = [row for row in preview.rows if row.outcome == Outcome.NEW]
        assert len(summary.added) == len(new)
        assert len(summary.added) + len(summary.updated) + len(summary.skipped) == len(preview.rows)
        for row in preview.rows:
            if row.outcome == Outcome.ERROR:
                assert row.messages and all(
                    m.startswith(f"Row {row.row_number}: ") for m in row.messages
                )
        stored = {p.participant_id: p for p in people.list_participants(db, program_id)}
        assert len(stored) == len(new)
        by_name: dict[str, list[people.PersonData]] = {}
        for participant_id in stored:
            person = people.get_person(db, participant_id)
            by_name.setdefault(person.full_name, []).append(person)
        for row in new:
            record = row.record
            assert record is not None
            candidates = by_name[record.full_name]
            match = [
                p
                for p in candidates
                if (p.email or None) == record.email
                and p.role == record.role
                and (p.phone or None) == record.phone
                and p.years_experience == record.years_experience
                and p.capacity == record.capacity
                and p.joined_on == record.joined_on
                and p.meeting_format == record.meeting_format
                and p.custom_fields == record.custom_fields
                and {k: v for k, v in p.tags.items() if v}
                == {k: v for k, v in record.tags.items() if v}
            ]
            assert match, f"row {row.row_number} not stored whole"
        _check_written(db, program_id, plan)


class _CancelAfterFirstChunk(Progress):
    def set_progress(self, done: int, total: int | None = None, text: str = "") -> None:
        super().set_progress(done, total, text)
        if done > 0:
            self.cancel()


def test_cancel_writes_nothing(db: Database) -> None:
    program_id = make_program(db)
    data = [[f"Person {i}", f"p{i}@example.org", "Mentee", "", 2, "a, b", "", "", "", "M"]
            for i in range(2500)]  # fmt: skip
    workbook = Workbook(
        path=Path("big.xlsx"), format="xlsx", sheets=[Sheet("People", [list(HEADERS), *data])]
    )
    plan = RosterImport.from_workbook(workbook)
    before = dump(db)
    progress = _CancelAfterFirstChunk()
    with pytest.raises(Cancelled):
        run_import(db, program_id, plan, progress)
    assert progress.snapshot()[0] == 1000  # it had written a chunk before the cancel
    assert dump(db) == before
    summary = run_import(db, program_id, plan, Progress())
    assert len(summary.added) == 2500
