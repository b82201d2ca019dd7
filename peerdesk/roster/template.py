"""The blank roster template: the right headers, dropdowns, and one example row.

Its headers are exactly the ones the importer maps by itself, and the example
row is recognised on import and skipped, so a coordinator who leaves it in
does not get a person called Alex Example.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

EXAMPLE_NAME = "Alex Example"
EXAMPLE_EMAIL = "alex.example@example.org"
TEMPLATE_ROWS = 1000
ROLE_CHOICES = ("Mentor", "Mentee", "Both")
FORMAT_CHOICES = ("In person", "Video", "Either")

# (header, example value, width, note)
COLUMNS: tuple[tuple[str, object, int, str], ...] = (
    ("Name", EXAMPLE_NAME, 24, "The person's name as they write it."),
    ("Email", EXAMPLE_EMAIL, 30, "Used to recognise the person on a later import."),
    ("Role", "Mentor", 12, "Mentor, Mentee or Both."),
    ("Phone", "555-0100", 16, ""),
    ("Department", "Finance", 18, ""),
    ("Cohort", "Spring 2026", 14, ""),
    ("Years of experience", 8, 12, "A number."),
    ("Location", "Leeds office", 18, ""),
    ("Meeting format", "Either", 14, "In person, Video or Either."),
    ("Mentee capacity", 2, 12, "For mentors: how many mentees they can take."),
    ("Interests", "Career growth, Public speaking", 30, "Separate several with commas."),
    ("Skills", "Budgeting; Excel", 26, "Separate several with commas."),
    ("Goals", "Lead a team", 26, "Separate several with commas."),
    ("Languages", "English, Spanish", 20, "Separate several with commas."),
    ("Availability", "Tuesday afternoons", 22, "Separate several with commas."),
    ("Pronouns", "they/them", 12, "Optional."),
    ("Gender", "", 12, "Optional."),
    ("Notes", "Example row: replace it with your people (it is never imported).", 40, ""),
)


def build_template() -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "People"
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="2F5D8A")
    for column, (header, example, width, note) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if note:
            cell.comment = Comment(note, "PeerDesk")
        example_cell = sheet.cell(row=2, column=column, value=example if example != "" else None)
        example_cell.font = Font(italic=True, color="666666")
        sheet.column_dimensions[get_column_letter(column)].width = width
    phone_column = get_column_letter(_index("Phone"))
    for row in range(2, TEMPLATE_ROWS + 2):
        sheet[f"{phone_column}{row}"].number_format = "@"  # typed phone numbers stay text
    sheet.freeze_panes = "A2"
    _dropdown(sheet, "Role", ROLE_CHOICES, "Choose Mentor, Mentee or Both.")
    _dropdown(sheet, "Meeting format", FORMAT_CHOICES, "Choose In person, Video or Either.")
    return workbook


def _index(header: str) -> int:
    return next(i for i, c in enumerate(COLUMNS, start=1) if c[0] == header)


def _dropdown(sheet: object, header: str, choices: tuple[str, ...], error: str) -> None:
    letter = get_column_letter(_index(header))
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=header,
        error=error,
    )
    validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
    sheet.add_data_validation(validation)  # type: ignore[attr-defined]


def write_template(path: Path | str) -> Path:
    """Save the template to ``path`` (replacing it only once the new file is whole)."""
    path = Path(path)
    save_atomically(build_template(), path)
    return path


def save_atomically(workbook: Workbook, path: Path) -> None:
    """Write to a temporary file beside ``path``, then swap it in: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        workbook.save(temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
