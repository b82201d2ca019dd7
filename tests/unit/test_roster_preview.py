"""The preview: every row's outcome, messages with the row number and the cell's value,
fixing a cell, skipping a row, and the role table."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_rosters import dump, imported, make_program
from openpyxl import load_workbook

from peerdesk.database import Database
from peerdesk.enums import Role
from peerdesk.roster.commit import PARTICIPANT_COLUMNS, PERSON_COLUMNS, preview_import, run_import
from peerdesk.roster.commit import save_summary as save_summary_xlsx
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.preview import Outcome

ROSTER = (
    "Name,Email,Role,Years of experience\n"  # row 1
    "Ana Lima,ana@example.org,Mentor,5\n"  # row 2
    ",nobody@example.org,Mentee,1\n"  # row 3: no name
    "Bo Chen,bo.chen(at)example.org,Mentee,2\n"  # row 4: bad email
    "Cy Park,cy@example.org,Volunteer,3\n"  # row 5: unknown role
    "Di Ross,di@example.org,Mentee,lots\n"  # row 6: text where a number is needed
    "Ed Vale,ed@example.org,,4\n"  # row 7: no role
    "Fay Moss,fay@example.org,Mentoré,=1+1\n"  # row 8: a formula-looking text
)


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return path


def test_error_messages_name_row_and_value(db: Database, roster: Path) -> None:
    program_id = make_program(db)
    plan = RosterImport.open(roster, db)
    preview = preview_import(db, program_id, plan)
    messages = {row.row_number: row.messages for row in preview.rows}
    assert messages == {
        2: [],
        3: ["Row 3: no name."],
        4: ["Row 4: 'bo.chen(at)example.org' is not an email address."],
        5: ["Row 5: 'Volunteer' is not a role PeerDesk knows (mentor, mentee or both)."],
        6: ["Row 6: 'lots' is not a number (Years of experience)."],
        7: ["Row 7: no role (choose one for the sheet, or map the role column)."],
        8: ["Row 8: '=1+1' is not a number (Years of experience)."],
    }
    assert [r.outcome for r in preview.rows] == [Outcome.NEW] + [Outcome.ERROR] * 6
    bad_email = preview.row("roster", 4).problems[0]
    assert (bad_email.column, bad_email.value) == (1, "bo.chen(at)example.org")


def test_fixing_cells_skipping_rows_and_role_table(db: Database, roster: Path) -> None:
    program_id = make_program(db)
    plan = RosterImport.open(roster, db)
    assert [(v.text, v.count, v.role) for v in plan.role_table()] == [
        ("Mentee", 3, Role.MENTEE),
        ("Mentor", 1, Role.MENTOR),
        ("Volunteer", 1, None),
        ("Mentoré", 1, Role.MENTEE),
    ]
    plan.set_role_value("volunteer", Role.MENTOR)
    plan.set_cell("roster", 4, 1, "bo.chen@example.org")
    plan.set_cell("roster", 6, 3, "12")
    plan.set_cell("roster", 8, 3, "")
    plan.set_cell("roster", 7, 2, "Both")
    plan.skip_row("roster", 3)
    preview = preview_import(db, program_id, plan)
    assert [r.outcome for r in preview.rows] == [Outcome.NEW, Outcome.SKIPPED] + [Outcome.NEW] * 5
    assert preview.row("roster", 3).messages == ["Row 3: skipped in the preview."]
    summary = run_import(db, program_id, plan)
    assert (len(summary.added), len(summary.updated), len(summary.skipped)) == (6, 0, 1)
    people = imported(db, program_id)
    assert people["Bo Chen"].email == "bo.chen@example.org"
    assert people["Cy Park"].role == Role.MENTOR
    assert people["Di Ross"].years_experience == 12
    assert people["Ed Vale"].role == Role.BOTH
    assert people["Fay Moss"].years_experience is None
    assert roster.read_text(encoding="utf-8") == ROSTER  # the file itself is not changed
    plan.skip_row("roster", 3, skip=False)
    assert preview_import(db, program_id, plan).row("roster", 3).outcome == Outcome.ERROR


def test_sheet_role_overrides_the_column(db: Database, roster: Path) -> None:
    plan = RosterImport.open(roster, db)
    plan.set_sheet_role("roster", Role.MENTEE)
    preview = preview_import(db, make_program(db), plan)
    assert preview.row("roster", 5).outcome == Outcome.NEW
    assert {r.record.role for r in preview.rows if r.record and r.outcome == Outcome.NEW} == {
        Role.MENTEE
    }


def test_reciprocal_program_makes_everyone_a_peer(db: Database, roster: Path) -> None:
    program_id = make_program(db, "Peers", reciprocal=True)
    plan = RosterImport.open(roster, db)
    preview = preview_import(db, program_id, plan)
    assert preview.row("roster", 5).outcome == Outcome.NEW  # the role column does not matter
    assert preview.row("roster", 2).record.role == Role.PEER  # type: ignore[union-attr]


def test_summary_saved_as_xlsx(db: Database, roster: Path, tmp_path: Path) -> None:
    program_id = make_program(db)
    summary = run_import(db, program_id, RosterImport.open(roster, db))
    target = tmp_path / "out" / "summary.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old contents")
    save_summary_xlsx(summary, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["summary.xlsx"]  # no temp left
    book = load_workbook(target)
    assert book.sheetnames == ["Summary", "Added", "Updated", "Skipped"]
    overview = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)}
    assert (overview["Added"], overview["Updated"], overview["Skipped"]) == (1, 0, 6)
    accounted = (
        "Merged as duplicates",
        "Skipped as empty",
        "Skipped (totals, example or skipped rows)",
        "Refused",
        "Not read (over a limit)",
    )
    assert (
        overview["Rows below the header"]
        == summary.rows_in_file
        == (overview["Added"] + overview["Updated"] + sum(overview[k] for k in accounted))
    )
    assert overview["Refused"] == len(summary.rejected)
    skipped = list(book["Skipped"].iter_rows(values_only=True))
    assert skipped[0] == ("Sheet", "Row", "Name", "Email", "Outcome", "Reason")
    assert skipped[3] == (
        "roster", 5, "Cy Park", "cy@example.org", "Not imported: problem",
        "Row 5: 'Volunteer' is not a role PeerDesk knows (mentor, mentee or both).",
    )  # fmt: skip
    fay = skipped[-1]
    assert fay[5] == "Row 8: '=1+1' is not a number (Years of experience)."
    cell = book["Skipped"].cell(row=len(skipped), column=6)
    assert cell.data_type == "s"  # never a formula
    assert book["Added"].freeze_panes == "A2"


def test_formula_looking_text_is_never_written_as_formula(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "inject.csv"
    path.write_text("Name,Email,Role\n=HYPERLINK(1),x@example.org,Mentor\n", encoding="utf-8")
    program_id = make_program(db)
    summary = run_import(db, program_id, RosterImport.open(path, db))
    assert list(imported(db, program_id)) == ["=HYPERLINK(1)"]  # names are data
    save_summary_xlsx(summary, tmp_path / "s.xlsx")
    cell = load_workbook(tmp_path / "s.xlsx")["Added"]["C2"]
    assert (cell.value, cell.data_type) == ("=HYPERLINK(1)", "s")


def test_bulk_insert_columns_cover_the_tables() -> None:
    from peerdesk.models import Participant, Person

    assert set(PERSON_COLUMNS) == {c.name for c in Person.__table__.columns}
    assert set(PARTICIPANT_COLUMNS) == {c.name for c in Participant.__table__.columns}


def test_a_file_of_only_errors_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,Email,Role\nAna,not-an-email,Mentor\n", encoding="utf-8")
    program_id = make_program(db)
    before = dump(db)
    summary = run_import(db, program_id, RosterImport.open(path, db))
    assert summary.batch_id is None and len(summary.rejected) == 1
    assert dump(db) == before
