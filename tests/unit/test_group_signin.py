"""Sign-in sheets of group sessions: printed (read back with pypdf) and imported (issue 22)."""

from __future__ import annotations

import csv
from datetime import date, time
from pathlib import Path
from typing import Any

import db_rows
import openpyxl
import pypdf
import pytest
from fixtures_rosters import make_program
from pdf_pages import page_texts

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.groups import attendance, sessions, signin, signin_import
from peerdesk.groups.attendance import ATTENDED, EXCUSED, INVITED
from peerdesk.output_files import OutputExists
from peerdesk.program import programs
from peerdesk.roster.errors import NoHeaderRow, NotASpreadsheet

LONG = (
    "Maximilian-Alexander von Hohenzollern-Sigmaringen Wittelsbach de la Croix-Fontaine "
    "Saint-Exupéry"
)
NAMES = [
    "Nguyễn Thị Minh Khai",
    "Łukasz Żółkiewski",
    "Zoë Çelik-Ångström",
    LONG,
    "Ana <Lupe> Díaz & Co",
    "Søren Kierkegaard",
    "Björn Þórsson",
    "François Lefèvre",
]
TABLES = ("participant", "step_record", "session_attendance", "group_session")


def add(db: Database, program_id: int, name: str, email: str, role: Role = Role.MENTOR) -> int:
    data = people.PersonData(
        full_name=name, email=email, role=role, status=ParticipantStatus.SCREENED
    )
    return people.add_person(db, program_id, data)


def workshop(db: Database, program_id: int, invited: list[int], **changes: Any) -> int:
    plan = sessions.SessionPlan(
        kind="workshop",
        title=changes.pop("title", "Listening skills & goal setting"),
        day=date(2026, 1, 13),
        local_time=time(18, 0),
        length_minutes=90,
        timezone="Europe/London",
        place="Riverside Library, Room 2",
        link="https://meet.example.org/riverside",
        invite=sessions.Invite.PEOPLE,
        people=tuple(invited),
        **changes,
    )
    [session_id] = sessions.create_sessions(db, program_id, plan).created
    return session_id


def stored(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {t: db_rows.table(db, t, leave_out=db_rows.VERSION) for t in TABLES}


# -- the printed sheet ---------------------------------------------------------------------


def test_the_sheet_lists_every_invited_name_and_the_sessions_details(db: Database) -> None:
    program_id = make_program(db)
    ids = [add(db, program_id, name, f"p{n}@example.org") for n, name in enumerate(NAMES)]
    outsider = add(db, program_id, "Not Invited Person", "x@example.org")
    session_id = workshop(db, program_id, ids)
    attendance.mark(db, session_id, [ids[1]], EXCUSED)

    pages = page_texts(signin.signin_pdf(db, session_id))

    text = " ".join(pages)
    assert len(pages) == 1
    for name in NAMES:
        assert name in text, name
    assert "Not Invited Person" not in text and str(outsider)
    assert "Sign-in sheet" in text and "Listening skills & goal setting" in text
    assert "Tuesday 13 January 2026 at 18:00 (Europe/London) · 90 minutes" in text
    assert "Riverside Library, Room 2" in text and "https://meet.example.org/riverside" in text
    assert "Workshop" in text and "8 people" in text
    assert text.count("Excused") == 1  # Łukasz, excused already, signs nothing
    assert "Not on the list? Write your name here." in text
    assert "Page 1 of 1" in text


def test_a_long_list_goes_on_over_pages_with_its_column_titles_on_each(db: Database) -> None:
    program_id = make_program(db)
    names = [f"Participant Number {n:03d}" for n in range(70)] + NAMES
    ids = [add(db, program_id, name, f"p{n}@example.org") for n, name in enumerate(names)]
    session_id = workshop(db, program_id, ids)

    pages = page_texts(signin.signin_pdf(db, session_id))

    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Name Signature" in page  # the column titles, repeated
        assert f"Page {number} of {len(pages)}" in page
        assert "Sign-in sheet · Listening skills & goal setting · 13 January 2026" in page
    text = " ".join(pages)
    for name in names:
        assert text.count(name) == 1, name


def test_the_sheet_prints_in_the_programs_document_language(db: Database, tmp_path: Path) -> None:
    settings = programs.quick_settings("Programa Primavera")
    settings.document_language = "es"
    program_id = programs.create_program(db, settings)
    ana = add(db, program_id, "Ana Lima", "ana@example.org")
    session_id = workshop(db, program_id, [ana], title="")
    out = tmp_path / "hoja.pdf"

    assert signin.save_signin(db, session_id, out) == out

    text = " ".join(page_texts(out))
    assert "Hoja de asistencia" in text and "Firma" in text and "Página 1 de 1" in text
    assert "martes 13 de enero de 2026" in text.casefold()
    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert reader.metadata is not None and reader.metadata.title.startswith("Hoja de asistencia")
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts <= {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"}  # all embedded
    with pytest.raises(OutputExists):
        signin.save_signin(db, session_id, out)


# -- importing a filled-in sheet -------------------------------------------------------------


@pytest.fixture
def invited(db: Database) -> tuple[int, dict[str, int]]:
    """A workshop for five of the program's seven people (two of them called Sam Lee)."""
    program_id = make_program(db)
    found = {
        "ana": add(db, program_id, "Ana Lima", "ana.lima@example.org"),
        "zoe": add(db, program_id, "Zoë Çelik", "zoe@example.org"),
        "bo": add(db, program_id, "Bo Chen", "bo@example.org", Role.MENTEE),
        "sam1": add(db, program_id, "Sam Lee", "sam.one@example.org"),
        "sam2": add(db, program_id, "Sam Lee", "sam.two@example.org"),
        "cy": add(db, program_id, "Cy Okafor", "cy@example.org"),
        "dee": add(db, program_id, "Dee Park", "dee@example.org"),  # not invited
    }
    chosen = [found[k] for k in ("ana", "zoe", "bo", "sam1", "sam2", "cy")]
    return workshop(db, program_id, chosen), found


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def marks(db: Database, session_id: int) -> dict[int, str]:
    return {p.participant_id: p.status for p in sessions.get_session(db, session_id).invitees}


def test_a_csv_sheet_is_matched_by_email_then_name(
    db: Database, invited: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    session_id, who = invited
    sheet = write_csv(
        tmp_path / "signed.csv",
        [
            ["Name", "Email", "Signature"],
            ["A. Lima (typo)", " ANA.LIMA@Example.org ", "x"],  # by e-mail
            ["zoe celik", "", "x"],  # by name, accents and case aside
            ["Sam Lee", "", "x"],  # two people: which one?
            ["Sam Lee", "sam.two@example.org", "x"],  # the e-mail says which
            ["Dee Park", "", "x"],  # in the program, not invited
            ["Someone Else", "someone@example.org", "x"],  # nobody
            ["Okafor, Cy", "", "x"],  # "Last, First" in the one Name column
            ["", "", ""],
        ],
    )
    before = stored(db)

    found = signin_import.match_signin_sheet(db, session_id, sheet)

    assert stored(db) == before  # matching only reads
    assert found.matched == (who["ana"], who["zoe"], who["sam2"], who["cy"])
    assert (found.rows, found.already) == (7, 0)
    # What went wrong, for the front end to word in its language; plain English for the CLI.
    Problem, Unmatched = signin_import.SigninProblem, signin_import.Unmatched
    assert found.problems == (
        Problem(Unmatched.SEVERAL, 4, "Sam Lee"),
        Problem(Unmatched.NOT_INVITED, 6, "Dee Park"),
        Problem(Unmatched.NOBODY, 7, "Someone Else"),
    )
    assert [signin_import.problem_text(p) for p in found.problems] == [
        "Row 4: “Sam Lee” matches more than one person; write their e-mail.",
        "Row 6: “Dee Park” was not invited to this session.",
        "Row 7: “Someone Else” is not anyone in this program.",
    ]

    done = signin_import.import_signin(db, session_id, sheet)

    assert done.match == found
    assert marks(db, session_id) == {
        who["ana"]: ATTENDED,
        who["zoe"]: ATTENDED,
        who["sam2"]: ATTENDED,
        who["bo"]: INVITED,
        who["sam1"]: INVITED,
        who["cy"]: ATTENDED,
    }
    attendance.undo(db, done.changes)
    assert stored(db) == before


def test_an_xlsx_sheet_with_a_title_and_first_and_last_names(
    db: Database, invited: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    session_id, who = invited
    attendance.mark(db, session_id, [who["bo"]], ATTENDED)
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Workshop sign-in, 12 January"])
    ws.append([])
    ws.append(["Last name", "First name", "E-mail address"])
    ws.append(["Chen", "Bo", ""])  # already marked
    ws.append(["Okafor", "Cy", ""])
    ws.append(["Lima", "Ana", ""])
    path = tmp_path / "signed.xlsx"
    book.save(path)

    done = signin_import.import_signin(db, session_id, path)

    assert done.match.matched == (who["bo"], who["cy"], who["ana"])
    assert (done.match.rows, done.match.already, done.match.problems) == (3, 1, ())
    assert done.changes.marked == 2
    assert {pid for pid, s in marks(db, session_id).items() if s == ATTENDED} == {
        who["bo"],
        who["cy"],
        who["ana"],
    }


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"%PDF-1.7 not a sheet", NotASpreadsheet, "is not a spreadsheet"),
        (b"Colour,Size\nred,10\nblue,12\n", signin_import.NoNameColumn, "no column titled Name"),
        (b"1,2\n3,4\n", NoHeaderRow, "has no header row"),
    ],
)
def test_a_bad_file_changes_nothing_and_says_why(
    db: Database,
    invited: tuple[int, dict[str, int]],
    tmp_path: Path,
    content: bytes,
    error: type[Exception],
    words: str,
) -> None:
    session_id, _who = invited
    path = tmp_path / "signed.csv"
    path.write_bytes(content)
    before = stored(db)

    with pytest.raises(error, match=words):
        signin_import.import_signin(db, session_id, path)

    assert stored(db) == before


def sheet_of(count: int) -> signin.SheetInfo:
    invitees = tuple(
        sessions.Invitee(n, n, f"Person {n:03d}", None, "mentor", INVITED, None, None)
        for n in range(count)
    )
    return signin.SheetInfo(
        title="Training",
        kind="Training",
        program="Riverside",
        organization="",
        language="en",
        when="Tuesday 12 January 2027 at 18:00 (Europe/London)",
        day="12 January 2027",
        length_minutes=60,
        place="",
        link="",
        cancelled=False,
        people=invitees,
    )


def test_rows_for_people_not_listed_fill_the_last_page_rather_than_start_one() -> None:
    extra_pages = 0
    for count in range(0, 75, 3):
        pages = page_texts(signin.build_sheet(sheet_of(count)))
        bare = page_texts(signin.build_sheet(sheet_of(count), walk_ins=False))
        assert [p.count("Not on the list?") for p in pages] == [0] * (len(pages) - 1) + [1]
        assert len(pages) in (len(bare), len(bare) + 1), count
        if len(pages) > len(bare):  # only when the list's last page is (nearly) full
            extra_pages += 1
            assert "Person" not in pages[-1]
        for n in range(count):
            assert f"Person {n:03d}" in " ".join(pages)
    assert extra_pages <= 3  # of 25 lengths, most end with room to spare
