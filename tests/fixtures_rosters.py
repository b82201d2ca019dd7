"""Roster files in every shape coordinators bring, built by the tests themselves.

Each builder writes a file into a folder and returns it with the people that
importing it must produce, so a test can check the result person by person.
Excel files are made with openpyxl; the legacy .xls (BIFF8 in an OLE
container) and the .ods are assembled byte by byte here, since no writer for
them is a dependency. All people are invented; emails are at example.org.
"""

from __future__ import annotations

import math
import re
import sqlite3
import struct
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import MeetingFormat, Role, TagKind
from peerdesk.program import programs
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.reader import Sheet, Workbook


@dataclass
class Expected:
    """What one imported person must look like; None means "not checked"."""

    full_name: str
    email: str | None
    role: Role
    phone: str | None = None
    department: str | None = None
    years_experience: float | None = None
    location: str | None = None
    meeting_format: MeetingFormat | None = None
    joined_on: date | None = None
    capacity: int | None = None
    notes: str | None = None
    tags: dict[TagKind, list[str]] = field(default_factory=dict)
    custom_fields: dict[str, Any] | None = None


@dataclass
class Fixture:
    path: Path
    people: list[Expected]
    sheet_roles: dict[str, Role] = field(default_factory=dict)  # roles the test assigns


# -- Excel helpers ---------------------------------------------------------------------


def set_cached_values(path: Path, values: dict[tuple[str, str], tuple[str, str]]) -> None:
    """Give formula cells the values Excel would have saved with them.

    ``values`` maps (sheet XML part, cell ref) to (cell type, value), e.g.
    ``("xl/worksheets/sheet1.xml", "G5"): ("n", "40")``. openpyxl writes formulas
    without results; Excel always saves the last result next to the formula.
    """
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    for (part, ref), (cell_type, value) in values.items():
        xml = parts[part].decode()
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>\s*</c>')
        match = pattern.search(xml)
        assert match, f"no formula cell {ref} in {part}"
        attrs = re.sub(r'\st="[^"]*"', "", match.group(1))
        type_attr = f' t="{cell_type}"' if cell_type != "n" else ""
        replacement = f'<c r="{ref}"{attrs}{type_attr}><f>{match.group(2)}</f><v>{value}</v></c>'
        parts[part] = (xml[: match.start()] + replacement + xml[match.end() :]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


# -- Shapes ----------------------------------------------------------------------------


def hr_export(folder: Path) -> Fixture:
    """An HR system's export: header on row 1, first and last names, no role column."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Employees"
    sheet.append(["Employee ID", "First Name", "Last Name", "Work Email", "Department",
                  "Job Title", "Years at company", "Office", "Mobile"])  # fmt: skip
    sheet.append([1001, "Ana", "Lima", "Ana.Lima@Example.org ", "Finance", "Analyst", 3,
                  "Leeds", 447700900123])  # fmt: skip
    sheet.append([1002, "Bo", "Chen", "bo.chen@example.org", "IT", "Engineer", 12.5, "York",
                  "+44 7700 900456"])  # fmt: skip
    sheet.append([1003, "Chloé", "Dubois-Martin", "chloe.dubois@example.org", "HR", "Partner",
                  7, "Leeds", None])  # fmt: skip
    path = folder / "hr-export.xlsx"
    workbook.save(path)
    return Fixture(
        path,
        [
            Expected(
                "Ana Lima",
                "Ana.Lima@Example.org",
                Role.MENTOR,
                phone="447700900123",
                department="Finance",
                years_experience=3,
                location="Leeds",
                custom_fields={"Employee ID": 1001, "Job Title": "Analyst"},
            ),
            Expected(
                "Bo Chen",
                "bo.chen@example.org",
                Role.MENTOR,
                phone="+44 7700 900456",
                department="IT",
                years_experience=12.5,
                location="York",
                custom_fields={"Employee ID": 1002, "Job Title": "Engineer"},
            ),
            Expected(
                "Chloé Dubois-Martin",
                "chloe.dubois@example.org",
                Role.MENTOR,
                phone=None,
                department="HR",
                years_experience=7,
                location="Leeds",
                custom_fields={"Employee ID": 1003, "Job Title": "Partner"},
            ),
        ],
        sheet_roles={"Employees": Role.MENTOR},
    )


GOOGLE_HEADERS = [
    "Timestamp", "Email Address", "Full name", "I want to join as",
    "Which topics interest you? (select all that apply)", "What would you like to learn?",
    "Languages you speak", "Years of experience", "How would you like to meet?",
    "Anything else we should know?",
]  # fmt: skip


def google_forms(folder: Path) -> Fixture:
    """A Google Forms response sheet: a Timestamp column and resubmissions."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Form Responses 1"
    sheet.append(GOOGLE_HEADERS)
    rows = [
        [datetime(2026, 1, 10, 9, 0), "dev.patel@example.org", "Dev Patel", "Mentor",
         "Leadership, Data analysis", "", "English, Hindi", 15, "In person", ""],
        [datetime(2026, 1, 10, 9, 5), "emma.jones@example.org", "Emma Jones", "Mentee",
         "Career growth; Public speaking;", "Negotiation, Leading a team", "English", 1,
         "Video call", "Prefers mornings"],
        [datetime(2026, 1, 11, 10, 0), "f.okafor@example.org", "Femi Okafor",
         "Either – happy to do both", "Data analysis / Writing", "Public speaking",
         "English, Yoruba", 6, "Either", ""],
        [datetime(2026, 1, 12, 8, 0), " Emma.Jones@EXAMPLE.org", "Emma Jones", "Mentee",
         "Career growth, Writing", "Negotiation", "English, Welsh", 2, "In person",
         "Changed my answers"],
        [datetime(2026, 1, 9, 8, 0), "DEV.PATEL@example.org", "Dev Patel", "Mentor",
         "Leadership", "", "English", 14, "Video", "first try"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    path = folder / "google-form.xlsx"
    workbook.save(path)
    return Fixture(
        path,
        [
            Expected(
                "Dev Patel",
                "dev.patel@example.org",
                Role.MENTOR,
                years_experience=15,
                meeting_format=MeetingFormat.IN_PERSON,
                notes="",
                tags={
                    TagKind.INTEREST: ["Leadership", "Data analysis"],
                    TagKind.LANGUAGE: ["English", "Hindi"],
                },
            ),
            Expected(
                "Emma Jones",
                "Emma.Jones@EXAMPLE.org",
                Role.MENTEE,
                years_experience=2,
                meeting_format=MeetingFormat.IN_PERSON,
                notes="Changed my answers",
                tags={
                    TagKind.INTEREST: ["Career growth", "Writing"],
                    TagKind.GOAL: ["Negotiation"],
                    TagKind.LANGUAGE: ["English", "Welsh"],
                },
            ),
            Expected(
                "Femi Okafor",
                "f.okafor@example.org",
                Role.BOTH,
                years_experience=6,
                meeting_format=MeetingFormat.EITHER,
                tags={
                    TagKind.INTEREST: ["Data analysis", "Writing"],
                    TagKind.GOAL: ["Public speaking"],
                    TagKind.LANGUAGE: ["English", "Yoruba"],
                },
            ),
        ],
    )


def microsoft_forms(folder: Path) -> Fixture:
    """A Microsoft Forms export: ID, Start time, Completion time, then the questions."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", "Role in the program",
                  "Department", "Skills you can share", "Availability"])  # fmt: skip
    sheet.append([1, datetime(2026, 2, 1, 9, 0), datetime(2026, 2, 1, 9, 4),
                  "gia.rossi@example.org", "Gia Rossi", "Mentor", "Legal",
                  "Contracts, Negotiation", "Monday mornings; Thursday afternoons"])  # fmt: skip
    sheet.append([2, datetime(2026, 2, 2, 9, 0), datetime(2026, 2, 2, 9, 9),
                  "hal.berg@example.org", "Hal Berg", "Mentee", "Sales", None,
                  "Fridays;"])  # fmt: skip
    path = folder / "ms-forms.xlsx"
    workbook.save(path)
    return Fixture(
        path,
        [
            Expected(
                "Gia Rossi",
                "gia.rossi@example.org",
                Role.MENTOR,
                department="Legal",
                tags={
                    TagKind.SKILL: ["Contracts", "Negotiation"],
                    TagKind.AVAILABILITY: ["Monday mornings", "Thursday afternoons"],
                },
                custom_fields={},
            ),
            Expected(
                "Hal Berg",
                "hal.berg@example.org",
                Role.MENTEE,
                department="Sales",
                tags={TagKind.AVAILABILITY: ["Fridays"]},
                custom_fields={},
            ),
        ],
    )


def hand_made(folder: Path) -> Fixture:
    """A hand-made workbook: a sheet per role under titles and notes, a read-me sheet,
    a hidden lookup sheet, blank rows, a totals row, trailing formatted-but-empty rows,
    a merged department, a formula column with saved values and a hidden column."""
    workbook = openpyxl.Workbook()
    readme = workbook.active
    assert readme is not None
    readme.title = "Read me"
    readme["A1"] = "How to use this workbook"
    readme["A3"] = "Put mentors on the Mentors sheet and mentees on the Mentees sheet."

    mentors = workbook.create_sheet("Mentors")
    mentors["A1"] = "Northside Peer Mentoring — Spring 2026"
    mentors.merge_cells("A1:H1")
    mentors["A1"].font = Font(bold=True, size=16)
    mentors["A2"] = "Updated by the coordinator on 3 March"
    mentors.append([])
    mentors.append(["Name", "Email", "Department", "Phone", "Years", "Interests", "Score",
                    "Internal notes"])  # fmt: skip
    mentors.append(["Ivy Nakamura", "ivy.n@example.org", "Operations", 5551234567, 20,
                    "Coaching, Strategy", "=E5*2", "likes long walks"])  # fmt: skip
    mentors.append(["Jon Reyes", "jon.reyes@example.org", None, "555-0199", 8, "Strategy",
                    "=E6*2", ""])  # fmt: skip
    mentors.merge_cells("C5:C6")
    mentors.append([])
    mentors.append(["Kim Ødegaard", "kim.o@example.org", "Marketing", None, 4.5, "Brand, ",
                    "=E8*2", None])  # fmt: skip
    mentors.append(["Total: 3"])
    for row in range(10, 40):
        for column in range(1, 8):
            mentors.cell(row=row, column=column).font = Font(bold=True)
    mentors.column_dimensions["H"].hidden = True

    mentees = workbook.create_sheet("Mentees")
    mentees["A1"] = "Mentees"
    mentees.append(["Full name", "E-mail", "Department", "Goals", "Joined"])
    mentees.append(["Lea Schmidt", "lea.s@example.org", "Finance", "Excel; Presenting",
                    date(2026, 1, 15)])  # fmt: skip
    mentees.append(["Mo Haddad", "mo.h@example.org", "IT", "Career change", date(2026, 2, 1)])
    mentees.append(["Ivy Nakamura", "IVY.N@example.org", "Operations", "Public speaking",
                    date(2026, 2, 3)])  # fmt: skip

    lists = workbook.create_sheet("Lists")
    for value in ("Roles", "Mentor", "Mentee"):
        lists.append([value])
    lists.sheet_state = "hidden"

    path = folder / "hand-made.xlsx"
    workbook.save(path)
    part = "xl/worksheets/sheet2.xml"
    set_cached_values(path, {(part, "G5"): ("n", "40"), (part, "G6"): ("n", "16"),
                             (part, "G8"): ("n", "9")})  # fmt: skip
    return Fixture(
        path,
        [
            # Ivy is on both sheets: the Mentees row (lower in the workbook) wins, as both.
            Expected(
                "Ivy Nakamura",
                "IVY.N@example.org",
                Role.BOTH,
                department="Operations",
                joined_on=date(2026, 2, 3),
                tags={TagKind.GOAL: ["Public speaking"]},
            ),
            Expected(
                "Jon Reyes",
                "jon.reyes@example.org",
                Role.MENTOR,
                phone="555-0199",
                department="Operations",
                years_experience=8,
                tags={TagKind.INTEREST: ["Strategy"]},
                custom_fields={"Score": 16},
            ),
            Expected(
                "Kim Ødegaard",
                "kim.o@example.org",
                Role.MENTOR,
                department="Marketing",
                years_experience=4.5,
                tags={TagKind.INTEREST: ["Brand"]},
                custom_fields={"Score": 9},
            ),
            Expected(
                "Lea Schmidt",
                "lea.s@example.org",
                Role.MENTEE,
                department="Finance",
                joined_on=date(2026, 1, 15),
                tags={TagKind.GOAL: ["Excel", "Presenting"]},
            ),
            Expected(
                "Mo Haddad",
                "mo.h@example.org",
                Role.MENTEE,
                department="IT",
                joined_on=date(2026, 2, 1),
                tags={TagKind.GOAL: ["Career change"]},
            ),
        ],
    )


def european_csv(folder: Path) -> Fixture:
    """A CSV saved by a French Excel: semicolons, Windows-1252, decimal commas."""
    text = (
        "Nom;Prénom;Courriel;Rôle;Années d'expérience;Langues;Téléphone\r\n"
        "Dubois;Chloé;chloe.d@example.org;Mentor;3,5;Français, Anglais;0612345678\r\n"
        "Müller;Jörg;joerg.m@example.org;Mentoré;1,0;Allemand;\r\n"
        "Garcia;Inés;ines.g@example.org;Mentorée;;Espagnol / Français;\r\n"
        ";;;;;;\r\n"
    )
    path = folder / "inscriptions.csv"
    path.write_bytes(text.encode("cp1252"))
    return Fixture(
        path,
        [
            Expected(
                "Chloé Dubois",
                "chloe.d@example.org",
                Role.MENTOR,
                years_experience=3.5,
                phone="0612345678",
                tags={TagKind.LANGUAGE: ["Français", "Anglais"]},
            ),
            Expected(
                "Jörg Müller",
                "joerg.m@example.org",
                Role.MENTEE,
                years_experience=1.0,
                tags={TagKind.LANGUAGE: ["Allemand"]},
            ),
            Expected(
                "Inés Garcia",
                "ines.g@example.org",
                Role.MENTEE,
                years_experience=None,
                tags={TagKind.LANGUAGE: ["Espagnol", "Français"]},
            ),
        ],
    )


def bom_csv(folder: Path) -> Fixture:
    """UTF-8 with a byte-order mark, commas, quoted multi-select answers."""
    text = (
        "\ufeffName,Email,Role,Interests,Capacity,Mentor name\r\n"
        '"Nia Brown",nia.b@example.org,Mentor,"Design, Research",2,\r\n'
        '"O\'Brien, Pat",pat.obrien@example.org,mentee,"UX/UI; Research;",,Nia Brown\r\n'
    )
    path = folder / "signups.csv"
    path.write_bytes(text.encode("utf-8"))
    return Fixture(
        path,
        [
            Expected(
                "Nia Brown",
                "nia.b@example.org",
                Role.MENTOR,
                capacity=2,
                tags={TagKind.INTEREST: ["Design", "Research"]},
            ),
            Expected(
                "O'Brien, Pat",
                "pat.obrien@example.org",
                Role.MENTEE,
                tags={TagKind.INTEREST: ["UX/UI", "Research"]},
            ),
        ],
    )


def tsv_file(folder: Path) -> Fixture:
    """Tab-separated, UTF-8 without BOM, Spanish headers."""
    text = (
        "Nombre\tApellidos\tCorreo electrónico\tRol\tIdiomas\n"
        "Raúl\tOrtega Ruiz\traul.o@example.org\tMentor\tEspañol, Inglés\n"
        "Sofía\tNúñez\tsofia.n@example.org\tMentorado\tEspañol\n"
    )
    path = folder / "participantes.tsv"
    path.write_text(text, encoding="utf-8")
    return Fixture(
        path,
        [
            Expected(
                "Raúl Ortega Ruiz",
                "raul.o@example.org",
                Role.MENTOR,
                tags={TagKind.LANGUAGE: ["Español", "Inglés"]},
            ),
            Expected(
                "Sofía Núñez",
                "sofia.n@example.org",
                Role.MENTEE,
                tags={TagKind.LANGUAGE: ["Español"]},
            ),
        ],
    )


SIMPLE_ROWS: list[list[Any]] = [
    ["Name", "Email", "Role", "Phone", "Years of experience"],
    ["Tara Singh", "tara.s@example.org", "Mentor", 5551230001.0, 9.0],
    ["Uma Wolfe", "uma.w@example.org", "Mentee", "555-0102", 0.5],
]
SIMPLE_PEOPLE = [
    Expected("Tara Singh", "tara.s@example.org", Role.MENTOR, phone="5551230001",
             years_experience=9),
    Expected("Uma Wolfe", "uma.w@example.org", Role.MENTEE, phone="555-0102",
             years_experience=0.5),
]  # fmt: skip


def legacy_xls(folder: Path, *, password: bool = False) -> Fixture:
    path = folder / ("protected.xls" if password else "legacy.xls")
    path.write_bytes(ole_container({"Workbook": biff8_workbook("People", SIMPLE_ROWS, password)}))
    return Fixture(path, list(SIMPLE_PEOPLE))


def open_document(folder: Path) -> Fixture:
    path = folder / "roster.ods"
    path.write_bytes(ods_bytes("People", SIMPLE_ROWS))
    return Fixture(path, list(SIMPLE_PEOPLE))


# -- Unreadable files ------------------------------------------------------------------


def password_protected_xlsx(folder: Path) -> Path:
    """What Excel writes for a workbook with a password: an encrypted OLE container."""
    path = folder / "salaries.xlsx"
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>" + b"\0" * 64
    path.write_bytes(ole_container({"EncryptionInfo": info, "EncryptedPackage": b"\x5a" * 9000}))
    return path


def truncated_xlsx(folder: Path) -> Path:
    fixture = hr_export(folder)
    data = fixture.path.read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_xlsx(folder: Path) -> Path:
    """A whole zip whose workbook parts are garbage."""
    path = folder / "corrupt.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "this is not xml <<<")
        archive.writestr("xl/_rels/workbook.xml.rels", "nor this")
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.xlsx"
    path.write_bytes(b"")
    return path


def blank_workbook(folder: Path) -> Path:
    path = folder / "blank.xlsx"
    workbook = openpyxl.Workbook()
    workbook.create_sheet("Second")
    workbook.save(path)
    return path


def pdf_file(folder: Path) -> Path:
    path = folder / "roster.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    return path


def png_named_csv(folder: Path) -> Path:
    path = folder / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    return path


def word_document(folder: Path) -> Path:
    path = folder / "roster.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path


def no_header(folder: Path) -> Path:
    """People but no row of column titles."""
    path = folder / "no-header.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Ana Lima", "ana@example.org", "Mentor", 5])
    sheet.append(["Bo Chen", "bo@example.org", "Mentee", 2])
    workbook.save(path)
    return path


def hidden_pay_export(folder: Path) -> Path:
    """A French HR export with a hidden pay column (F), a date of birth (H) and a hidden
    pay sheet: none of which a coordinator means to share with a mentoring program."""
    workbook = openpyxl.Workbook()
    staff = workbook.active
    assert staff is not None
    staff.title = "Staff"
    staff.append(["Prénom", "Nom de famille", "Courriel", "Rôle", "Service",
                  "Salary band", "Ancienneté (années)", "Date de naissance"])  # fmt: skip
    staff.append(["Ana", "Lima", "ana@example.org", "Mentorée", "RH", "B3", 2, "1990-04-01"])
    staff.append(["Bo", "Chen", "bo@example.org", "Mentor", "IT", "C1", 12, "1980-02-03"])
    staff.column_dimensions["F"].hidden = True
    pay = workbook.create_sheet("Pay")
    pay.append(["Name", "Email", "Salary"])
    pay.append(["Ana Lima", "ana@example.org", 41000])
    pay.sheet_state = "hidden"
    path = folder / "hr-export.xlsx"
    workbook.save(path)
    return path


# -- Byte-level writers for .xls and .ods ----------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END, _FAT_SECTOR, _NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR = 512


def ole_container(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (version 3) holding ``streams`` in regular sectors."""
    padded = {
        name: data + b"\0" * (max(4096, len(data)) - len(data)) for name, data in streams.items()
    }
    sizes = {name: len(data) for name, data in padded.items()}  # >= 4096: no mini stream
    data_sectors = {name: math.ceil(len(d) / _SECTOR) for name, d in padded.items()}
    n_dir = math.ceil((len(streams) + 1) / 4)
    n_fat = 1
    while (n_fat + n_dir + sum(data_sectors.values())) > n_fat * 128:
        n_fat += 1
    fat = [_FAT_SECTOR] * n_fat
    first_dir = len(fat)
    fat += [first_dir + i + 1 for i in range(n_dir - 1)] + [_END]
    starts: dict[str, int] = {}
    for name, count in data_sectors.items():
        starts[name] = len(fat)
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [_END]
    fat += [_FREE] * (n_fat * 128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _NO_STREAM, right, child)
            + b"\0" * 16
            + b"\0" * 4
            + b"\0" * 16
            + struct.pack("<IQ", start, size)
        )

    names = list(streams)
    directory = entry("Root Entry", 5, 1 if names else _NO_STREAM, _NO_STREAM, _END, 0)
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else _NO_STREAM
        directory += entry(name, 2, _NO_STREAM, right, starts[name], sizes[name])
    empty = b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", *[_NO_STREAM] * 3)
    empty += b"\0" * (128 - len(empty))
    while len(directory) < n_dir * _SECTOR:
        directory += empty
    difat = [i for i in range(n_fat)] + [_FREE] * (109 - n_fat)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, n_fat, first_dir, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<109I", *difat)
    )
    body = struct.pack(f"<{len(fat)}I", *fat) + directory
    for name in names:
        body += padded[name].ljust(data_sectors[name] * _SECTOR, b"\0")
    return header + body


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _unicode(text: str, length_bytes: int) -> bytes:
    encoded = text.encode("utf-16-le")
    fmt = "<B" if length_bytes == 1 else "<H"
    return struct.pack(fmt, len(text)) + b"\x01" + encoded


def biff8_workbook(sheet_name: str, rows: list[list[Any]], password: bool = False) -> bytes:
    """An Excel 97-2003 Workbook stream: one sheet of text and number cells."""
    bof_globals = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    codepage = _record(0x0042, struct.pack("<H", 1200))
    filepass = _record(0x002F, struct.pack("<HHH", 1, 1, 1) + b"\0" * 48) if password else b""
    xf = b"".join(_record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5 if i < 15 else 1,
                                               0x20, 0, 0, 0, 0, 0, 0x20C0))
                  for i in range(16))  # fmt: skip
    boundsheet_len = 4 + 4 + 1 + 1 + 1 + 1 + len(sheet_name) * 2
    eof = _record(0x000A, b"")
    globals_len = (
        len(bof_globals) + len(filepass) + len(codepage) + len(xf) + boundsheet_len + len(eof)
    )
    boundsheet = _record(0x0085, struct.pack("<IBB", globals_len, 0, 0) + _unicode(sheet_name, 1))
    assert len(boundsheet) == boundsheet_len
    cells = b""
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str):
                cells += _record(0x0204, struct.pack("<HHH", r, c, 15) + _unicode(value, 2))
            elif isinstance(value, int | float):
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
    width = max(len(r) for r in rows)
    sheet = (
        _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
        + _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
        + cells
        + eof
    )
    return bof_globals + filepass + codepage + xf + boundsheet + eof + sheet


def ods_bytes(sheet_name: str, rows: list[list[Any]]) -> bytes:
    """A minimal OpenDocument spreadsheet."""
    import io
    from xml.sax.saxutils import escape

    cells_xml = []
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                cells.append(
                    '<table:table-cell office:value-type="string">'
                    f"<text:p>{escape(value)}</text:p></table:table-cell>"
                )
            else:
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{value!r}">'
                    f"<text:p>{value}</text:p></table:table-cell>"
                )
        cells_xml.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet_name)}">'
        + "".join(cells_xml)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


# -- Checking an import ----------------------------------------------------------------


def make_program(db: Database, name: str = "Spring 2026", *, reciprocal: bool = False) -> int:
    settings = programs.quick_settings(name)
    settings.reciprocal = reciprocal
    return programs.create_program(db, settings)


def dump(
    where: Path | Database, leave_out: tuple[str, ...] = ()
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, exactly as stored: of an open program on either backend
    (read through :meth:`Database.quick`, by id, without the columns ``leave_out``), or of a
    program file read beside the app."""
    if isinstance(where, Database):
        import db_rows
        from sqlalchemy import inspect

        found: dict[str, list[tuple[Any, ...]]] = {}
        for name in sorted(inspect(where.engine).get_table_names()):
            names = db_rows.columns(where, name)
            by_id = "id" in names
            listed = ", ".join(n for n in names if n not in leave_out)
            rows = db_rows.query(
                where, f"SELECT {listed} FROM {name}" + (" ORDER BY id" if by_id else "")
            )
            found[name] = rows if by_id else sorted(rows, key=repr)
        return found
    conn = sqlite3.connect(where)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        conn.close()


def numbered_roster(count: int, start: int = 0) -> RosterImport:
    """``count`` mentees, "Person {n}" with p{n}@example.org and two interests, from ``start``."""
    header = ["Name", "Email", "Role", "Interests"]
    rows = [[f"Person {i}", f"p{i}@example.org", "Mentee", "Writing, Design"]
            for i in range(start, start + count)]  # fmt: skip
    sheet = Sheet("People", [header, *rows])
    return RosterImport.from_workbook(Workbook(Path("people.xlsx"), "xlsx", [sheet]))


def read_rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """What ``sql`` finds in the program file, read beside the app (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def imported(db: Database, program_id: int) -> dict[str, people.PersonData]:
    """The program's people by name."""
    result = {}
    for row in people.list_participants(db, program_id):
        assert row.full_name not in result, f"{row.full_name} imported twice"
        result[row.full_name] = people.get_person(db, row.participant_id)
    return result


def check_people(db: Database, program_id: int, expected: list[Expected]) -> None:
    """Everyone expected is there with exactly these attributes, and nobody else."""
    found = imported(db, program_id)
    assert sorted(found) == sorted(e.full_name for e in expected)
    for want in expected:
        got = found[want.full_name]
        where = want.full_name
        assert (got.email or None) == want.email, where
        assert got.role == want.role, where
        assert (got.phone or None) == want.phone, where
        for name in ("department", "location"):
            assert (getattr(got, name) or None) == getattr(want, name), (where, name)
        assert got.years_experience == want.years_experience, where
        assert got.meeting_format == want.meeting_format, where
        assert got.joined_on == want.joined_on, where
        assert got.capacity == want.capacity, where
        if want.notes is not None:
            assert got.notes == want.notes, where
        assert {k: v for k, v in got.tags.items() if v} == want.tags, where
        if want.custom_fields is not None:
            assert got.custom_fields == want.custom_fields, where
