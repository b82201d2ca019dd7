"""Every roster shape imported through the core and checked person by person."""

from __future__ import annotations

from pathlib import Path

import fixtures_rosters as shapes
import pytest
from fixtures_rosters import check_people, dump, imported, make_program, numbered_roster

from peerdesk import people
from peerdesk.database import Database, open_database
from peerdesk.enums import Role, TagKind
from peerdesk.progress import Progress
from peerdesk.roster.commit import preview_import, run_import
from peerdesk.roster.mapping import Field
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.preview import Outcome
from peerdesk.roster.reader import Sheet, Workbook


def _import(db: Database, fixture: shapes.Fixture) -> tuple[int, RosterImport]:
    program_id = make_program(db)
    plan = RosterImport.open(fixture.path, db)
    for sheet, role in fixture.sheet_roles.items():
        plan.set_sheet_role(sheet, role)
    summary = run_import(db, program_id, plan)
    assert not summary.rejected, summary.text()
    return program_id, plan


@pytest.mark.parametrize(
    "build",
    [
        shapes.hr_export,
        shapes.google_forms,
        shapes.microsoft_forms,
        shapes.hand_made,
        shapes.european_csv,
        shapes.bom_csv,
        shapes.tsv_file,
        shapes.legacy_xls,
        shapes.open_document,
    ],
)
def test_each_shape_imports_person_by_person(db: Database, tmp_path: Path, build: object) -> None:
    fixture = build(tmp_path)  # type: ignore[operator]
    program_id, _plan = _import(db, fixture)
    check_people(db, program_id, fixture.people)


def test_hr_export_mapping_and_samples(db: Database, tmp_path: Path) -> None:
    plan = RosterImport.open(shapes.hr_export(tmp_path).path, db)
    columns = plan.columns("Employees")
    assert [c.target.field for c in columns] == [
        Field.CUSTOM, Field.FIRST_NAME, Field.LAST_NAME, Field.EMAIL, Field.DEPARTMENT,
        Field.CUSTOM, Field.YEARS_EXPERIENCE, Field.LOCATION, Field.PHONE,
    ]  # fmt: skip
    assert columns[0].samples == ["1001", "1002", "1003"]
    assert columns[8].samples == ["447700900123", "+44 7700 900456"]
    assert plan.sheet("Employees").role is None


def test_without_a_role_every_row_says_so(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    plan = RosterImport.open(shapes.hr_export(tmp_path).path, db)
    preview = preview_import(db, program_id, plan)
    assert preview.count(Outcome.ERROR) == 3
    assert preview.rows[0].messages == [
        "Row 2: no role (choose one for the sheet, or map the role column)."
    ]


def test_google_form_latest_submission_wins_and_preview_says_so(
    db: Database, tmp_path: Path
) -> None:
    program_id = make_program(db)
    plan = RosterImport.open(shapes.google_forms(tmp_path).path, db)
    preview = preview_import(db, program_id, plan)
    outcomes = {row.row_number: row.outcome for row in preview.rows}
    assert outcomes == {
        2: Outcome.NEW,  # Dev, 10 Jan (a later submission than row 6's 9 Jan)
        3: Outcome.DUPLICATE,  # Emma's first try
        4: Outcome.NEW,
        5: Outcome.NEW,  # Emma's resubmission
        6: Outcome.DUPLICATE,  # Dev's earlier try, lower in the sheet
    }
    assert preview.row("Form Responses 1", 3).messages == [
        "Row 3: an earlier submission from the same email; the latest (row 5) is imported instead."
    ]
    assert "the latest of 2 submissions" in preview.row("Form Responses 1", 5).reason
    assert "Row 6: an earlier submission" in preview.row("Form Responses 1", 6).reason


def test_hand_made_workbook_sheets_header_and_hidden_column(db: Database, tmp_path: Path) -> None:
    plan = RosterImport.open(shapes.hand_made(tmp_path).path, db)
    by_name = {s.name: s for s in plan.sheets}
    assert {n: s.include for n, s in by_name.items()} == {
        "Read me": False, "Mentors": True, "Mentees": True, "Lists": False,
    }  # fmt: skip
    assert by_name["Read me"].header_row is None
    assert by_name["Lists"].sheet.hidden
    assert by_name["Mentors"].header_row == 4
    assert by_name["Mentees"].header_row == 2
    assert by_name["Mentors"].role == Role.MENTOR
    assert by_name["Mentees"].role == Role.MENTEE
    assert by_name["Mentors"].sheet.row_count == 7  # title, note, header, 3 people, total
    assert by_name["Mentors"].data_row_count() == 3  # the people alone
    columns = plan.columns("Mentors")
    assert [c.hidden for c in columns] == [False] * 7 + [True]
    assert columns[6].samples == ["40", "16", "9"]  # the formulas' saved values
    assert columns[2].samples == ["Operations", "Operations", "Marketing"]  # merged down
    assert columns[0].samples == ["Ivy Nakamura", "Jon Reyes", "Kim Ødegaard"]  # no total
    preview = preview_import(db, make_program(db), plan)
    totals = preview.row("Mentors", 9)
    assert totals.outcome == Outcome.SKIPPED
    assert totals.messages == ["Row 9: a totals row, not a person."]
    assert len([r for r in preview.rows if r.sheet == "Mentors"]) == 4  # no blank rows listed
    ivy = preview.row("Mentees", 5)
    assert ivy.outcome == Outcome.NEW
    assert "joins as both" in ivy.reason
    assert preview.row("Mentors", 5).outcome == Outcome.DUPLICATE


def test_hidden_column_can_be_ignored(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    plan = RosterImport.open(shapes.hand_made(tmp_path).path, db)
    plan.set_target("Mentors", 7, Field.IGNORE)
    run_import(db, program_id, plan)
    kim = imported(db, program_id)["Kim Ødegaard"]
    assert "Internal notes" not in kim.custom_fields
    plan.set_target("Mentors", 7, Field.CUSTOM)
    assert plan.sheet("Mentors").targets[7].custom_name == "Internal notes"


def test_header_row_can_be_corrected(db: Database, tmp_path: Path) -> None:
    plan = RosterImport.open(shapes.hand_made(tmp_path).path, db)
    plan.set_header_row("Mentors", 5)  # wrong on purpose: Ivy's row
    assert plan.sheet("Mentors").headers[0] == "Ivy Nakamura"
    plan.set_header_row("Mentors", 4)
    assert plan.sheet("Mentors").targets[1].field == Field.EMAIL


def test_csv_detection(db: Database, tmp_path: Path) -> None:
    european = RosterImport.open(shapes.european_csv(tmp_path).path, db).workbook
    assert (european.delimiter, european.encoding, european.decimal_comma) == (";", "cp1252", True)
    bom = RosterImport.open(shapes.bom_csv(tmp_path).path, db).workbook
    assert (bom.delimiter, bom.encoding, bom.decimal_comma) == (",", "utf-8-sig", False)
    tsv = RosterImport.open(shapes.tsv_file(tmp_path).path, db).workbook
    assert (tsv.delimiter, tsv.encoding) == ("\t", "utf-8")


def test_names_are_never_rewritten(db: Database, tmp_path: Path) -> None:
    program_id, _plan = _import(db, shapes.bom_csv(tmp_path))
    assert "O'Brien, Pat" in imported(db, program_id)  # a comma in a name is not a list


def test_a_nul_character_in_a_cell_is_left_out(db: Database) -> None:
    # A workbook may carry NUL characters in cells (an .xlsx "_x0000_", an old .xls);
    # a server refuses them in text, and nobody typed them.
    header = ["Name", "Email", "Role", "Interests", "Shirt size"]
    row = ["Ana\x00 Lima", "ana@example.org", "Mentor", "Writing\x00, Design", "M\x00"]
    sheet = Sheet("People", [header, row])
    plan = RosterImport.from_workbook(Workbook(Path("nul.xlsx"), "xlsx", [sheet]))
    program_id = make_program(db)
    summary = run_import(db, program_id, plan)
    assert len(summary.added) == 1, summary.text()
    ana = imported(db, program_id)["Ana Lima"]
    assert ana.email == "ana@example.org"
    assert ana.tags[TagKind.INTEREST] == ["Writing", "Design"]
    assert ana.custom_fields == {"Shirt size": "M"}


def test_last_first_name_order(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    plan = RosterImport.open(shapes.european_csv(tmp_path).path, db)
    from peerdesk.roster.mapping import NameOrder

    plan.set_name_order("inscriptions", NameOrder.LAST_COMMA_FIRST)
    run_import(db, program_id, plan)
    assert "Dubois, Chloé" in imported(db, program_id)


def test_update_matches_email_ignoring_case_and_spaces(db: Database, tmp_path: Path) -> None:
    program_id, _plan = _import(db, shapes.hr_export(tmp_path))
    roster = tmp_path / "again.csv"
    roster.write_text(
        "Name,Email,Role,Department\n"
        "Ana Lima,  ana.lima@EXAMPLE.org,Mentee,Audit\n"
        "Vic Stone,vic.s@example.org,Mentee,\n",
        encoding="utf-8",
    )
    plan = RosterImport.open(roster, db)
    preview = preview_import(db, program_id, plan)
    assert [r.outcome for r in preview.rows] == [Outcome.UPDATE, Outcome.NEW]
    summary = run_import(db, program_id, plan)
    assert (len(summary.added), len(summary.updated)) == (1, 1)
    ana = imported(db, program_id)["Ana Lima"]
    assert ana.role == Role.MENTEE
    assert ana.department == "Audit"
    assert ana.location == "Leeds"  # not in the new file: kept
    assert ana.phone == "447700900123"
    assert ana.custom_fields == {"Employee ID": 1001, "Job Title": "Analyst"}


def test_person_from_another_program_is_reused(db: Database, tmp_path: Path) -> None:
    first, _plan = _import(db, shapes.tsv_file(tmp_path))
    second = make_program(db, "Autumn")
    plan = RosterImport.open(shapes.tsv_file(tmp_path).path, db)
    preview = preview_import(db, second, plan)
    assert [r.outcome for r in preview.rows] == [Outcome.UPDATE, Outcome.UPDATE]
    assert "added to this program" in preview.rows[0].reason
    run_import(db, second, plan)
    one, two = imported(db, first), imported(db, second)
    assert sorted(one) == sorted(two)


def test_template_round_trip(db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from peerdesk.roster.template import COLUMNS, write_template

    path = write_template(tmp_path / "template.xlsx")
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == [c[0] for c in COLUMNS]
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["C2:C1001"] == '"Mentor,Mentee,Both"'
    assert sheet["B2"].value.endswith("@example.org")
    sheet.append(["Wes Park", "wes.p@example.org", "Mentee", "0700 000", "Ops", None, 2])
    book.save(path)
    plan = RosterImport.open(path, db)
    assert all(c.target.field != Field.CUSTOM for c in plan.columns("People"))
    program_id = make_program(db)
    preview = preview_import(db, program_id, plan)
    assert preview.rows[0].outcome == Outcome.SKIPPED  # the example row
    assert preview.rows[0].messages == ["Row 2: the example row from the roster template."]
    run_import(db, program_id, plan)
    assert list(imported(db, program_id)) == ["Wes Park"]


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    before = dump(db)
    plan = RosterImport.open(shapes.google_forms(tmp_path).path, db)
    summary = run_import(db, program_id, plan, dry_run=True)
    assert summary.dry_run and len(summary.added) == 3
    assert dump(db) == before


def test_people_added_after_an_import_get_new_ids(db: Database) -> None:
    program_id = make_program(db)
    run_import(db, program_id, numbered_roster(30))
    zoe = people.add_person(db, program_id, people.PersonData(full_name="Zoe Park"))
    run_import(db, program_id, numbered_roster(30, start=30))
    found = imported(db, program_id)
    assert len(found) == 61 and found["Zoe Park"] == people.get_person(db, zoe)


def test_another_window_adds_someone_while_an_import_is_written(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a shared database a second window may write in the middle of an import's
    transaction: neither waits for the other, and their ids never clash."""
    monkeypatch.setenv("PGOPTIONS", "-c lock_timeout=10s")  # a clash would wait, then fail
    with open_database(pg_url) as first, open_database(pg_url) as second:
        program_id = make_program(first)
        added: list[int] = []

        class OtherWindowWrites(Progress):
            def set_progress(self, done: int, total: int | None = None, text: str = "") -> None:
                super().set_progress(done, total, text)
                if done and not added:  # the import's first rows are written, not committed
                    zoe = people.PersonData(full_name="Zoe Park", email="zoe@example.org")
                    added.append(people.add_person(second, program_id, zoe))

        summary = run_import(first, program_id, numbered_roster(2500), OtherWindowWrites())
        assert len(summary.added) == 2500 and added
        found = people.list_participants(first, program_id)
        assert len(found) == 2501
        assert len({row.person_id for row in found}) == 2501
        assert people.get_person(first, added[0]).full_name == "Zoe Park"
