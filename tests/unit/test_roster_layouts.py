"""A confirmed mapping is remembered per column layout: next term's export maps itself."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import fixtures_rosters as shapes
import openpyxl
from fixtures_rosters import imported, make_program

from peerdesk.database import Database
from peerdesk.enums import Role
from peerdesk.roster import layouts
from peerdesk.roster.commit import run_import
from peerdesk.roster.mapping import Field, NameOrder
from peerdesk.roster.plan import RosterImport

SHEET = "Form Responses 1"


def _next_term(folder: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(shapes.GOOGLE_HEADERS)
    sheet.append([datetime(2026, 9, 1, 9, 0), "yan.li@example.org", "Yan Li",
                  "Either – happy to do both", "Writing", "", "English", 3, "Video",
                  "Hi"])  # fmt: skip
    path = folder / "autumn.xlsx"
    workbook.save(path)
    return path


def test_next_terms_export_maps_itself(db: Database, tmp_path: Path) -> None:
    spring = make_program(db, "Spring")
    plan = RosterImport.open(shapes.google_forms(tmp_path).path, db)
    assert not plan.sheet(SHEET).remembered
    plan.set_target(SHEET, 9, Field.CUSTOM, "Comments")  # notes kept as a custom field instead
    plan.set_target(SHEET, 7, Field.IGNORE)
    plan.set_role_value("Either – happy to do both", Role.MENTEE)  # this program's rule
    plan.set_name_order(SHEET, NameOrder.FIRST_LAST)
    run_import(db, spring, plan)

    autumn = make_program(db, "Autumn")
    again = RosterImport.open(_next_term(tmp_path), db)
    sheet = again.sheet(SHEET)
    assert sheet.remembered
    assert sheet.targets[9].field == Field.CUSTOM and sheet.targets[9].custom_name == "Comments"
    assert sheet.targets[7].field == Field.IGNORE
    assert again.role_for("either – HAPPY to do both") == Role.MENTEE
    run_import(db, autumn, again)
    yan = imported(db, autumn)["Yan Li"]
    assert yan.role == Role.MENTEE
    assert yan.custom_fields == {"Comments": "Hi"}
    assert yan.years_experience is None


def test_a_different_layout_is_not_confused(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    run_import(db, program_id, RosterImport.open(shapes.google_forms(tmp_path).path, db))
    other = RosterImport.open(shapes.microsoft_forms(tmp_path).path, db)
    assert not other.sheets[0].remembered


def test_signature_ignores_case_spacing_and_trailing_blank_columns() -> None:
    assert layouts.signature(["Email Address", "Full name", ""]) == layouts.signature(
        ["email  address", "FULL NAME"]
    )
    assert layouts.signature(["Email", "Name"]) != layouts.signature(["Name", "Email"])


def test_unknown_saved_layouts_are_skipped() -> None:
    saved = layouts.SavedLayout.from_json({"targets": [{"field": "email"}], "sheet_role": None})
    assert saved.targets[0].field == Field.EMAIL
