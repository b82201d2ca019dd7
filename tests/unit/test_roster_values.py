"""Cells into attributes; header text into fields; the header row under titles."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from peerdesk.enums import MeetingFormat, ParticipantStatus, Role
from peerdesk.roster import values
from peerdesk.roster.header import find_header_row, is_totals_row
from peerdesk.roster.mapping import Field, match_field, suggest_mapping
from peerdesk.roster.reader import Sheet, decode_text, sniff_delimiter


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Mentor", Role.MENTOR),
        ("mentee", Role.MENTEE),
        ("Either – happy to do both", Role.BOTH),
        ("Mentoré", Role.MENTEE),
        ("Mentorée", Role.MENTEE),
        ("Mentorado", Role.MENTEE),
        ("Mentee (I want a mentor)", Role.MENTEE),
        ("I want a mentor", Role.MENTEE),
        ("I want to mentor someone", Role.MENTOR),
        ("Mentor and mentee", Role.BOTH),
        ("Les deux", Role.BOTH),
        ("Mentors", Role.MENTOR),
        ("Peer", Role.PEER),
        ("Volunteer", None),
        ("", None),
    ],
)
def test_role_suggestions(answer: str, role: Role | None) -> None:
    assert values.suggest_role(answer) == role


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Leadership, Data analysis", ["Leadership", "Data analysis"]),
        ("Career growth; Public speaking;", ["Career growth", "Public speaking"]),
        ("Data analysis / Writing", ["Data analysis", "Writing"]),
        ("UX/UI, Research,", ["UX/UI", "Research"]),
        ("a,, b ;  ; A", ["a", "b"]),
        ("One\nTwo", ["One", "Two"]),
        ("", []),
        (42.0, ["42"]),
    ],
)
def test_multi_select_splitting(cell: values.CellValue, expected: list[str]) -> None:
    assert values.split_multi(cell) == expected


def test_phone_numbers_stay_text() -> None:
    assert values.phone(5551234567.0) == "5551234567"
    assert values.phone(4.477009e11) == "447700900000"
    assert values.phone("+44 7700 900456 ") == "+44 7700 900456"
    assert values.display(5551234567.0) == "5551234567"


@pytest.mark.parametrize(
    ("cell", "decimal_comma", "number"),
    [
        (3.0, False, 3.0),
        ("3,5", True, 3.5),
        ("3,5", False, 3.5),
        ("1.200,5", True, 1200.5),
        ("1,200", False, 1200.0),
        ("1 200", False, 1200.0),
        ("5 years", False, 5.0),
        ("2,5 ans", True, 2.5),
        ("12", False, 12.0),
    ],
)
def test_numbers(cell: values.CellValue, decimal_comma: bool, number: float) -> None:
    assert values.number(cell, decimal_comma=decimal_comma) == number


@pytest.mark.parametrize(
    "cell", ["lots", "about five", True, date(2024, 1, 1), float("nan"), "1e3"]
)
def test_not_numbers(cell: values.CellValue) -> None:
    with pytest.raises(values.ValueProblem, match="is not a number"):
        values.number(cell)


def test_whole_numbers() -> None:
    assert values.whole_number(2.0) == 2
    with pytest.raises(values.ValueProblem, match="whole number"):
        values.whole_number("2.5")


def test_dates() -> None:
    assert values.day(datetime(2026, 3, 1, 10, 30)) == date(2026, 3, 1)
    assert values.day("2026-03-01") == date(2026, 3, 1)
    assert values.day("31/12/2025") == date(2025, 12, 31)
    assert values.day("12/31/2025", day_first=False) == date(2025, 12, 31)
    assert values.day("01.02.2026") == date(2026, 2, 1)
    assert values.moment("3/1/2026 10:30:00 PM", day_first=False) == datetime(2026, 3, 1, 22, 30)
    assert values.day(46082.0) == date(2026, 3, 1)  # an unformatted Excel date
    assert values.guess_day_first(["01/02/2026", "25/02/2026"]) is True
    assert values.guess_day_first(["02/25/2026"]) is False
    with pytest.raises(values.ValueProblem, match="is not a date"):
        values.day("next week")
    with pytest.raises(values.ValueProblem):
        values.day("31/31/2025")


def test_emails() -> None:
    assert values.email(" Ana.Lima@Example.org ") == "Ana.Lima@Example.org"
    assert values.email("mailto:bo@example.org") == "bo@example.org"
    for bad in ("bo.chen(at)example.org", "bo@", "bo@example", "a b@example.org", "x@@y.org"):
        with pytest.raises(values.ValueProblem, match="is not an email address"):
            values.email(bad)


def test_meeting_format_and_status() -> None:
    assert values.meeting_format("Video call") == MeetingFormat.VIDEO
    assert values.meeting_format("In person") == MeetingFormat.IN_PERSON
    assert values.meeting_format("In person or online") == MeetingFormat.EITHER
    assert values.meeting_format("No preference") == MeetingFormat.EITHER
    with pytest.raises(values.ValueProblem, match="not a meeting format"):
        values.meeting_format("whenever")
    assert values.status("Ready") == ParticipantStatus.READY
    with pytest.raises(values.ValueProblem, match="not a status"):
        values.status("asleep")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-mail", Field.EMAIL),
        ("Email Address", Field.EMAIL),
        ("Courriel", Field.EMAIL),
        ("Correo electrónico", Field.EMAIL),
        ("What is your email address?", Field.EMAIL),
        ("I want to join as", Field.ROLE),
        ("Role in the program", Field.ROLE),
        ("Do you want to be a mentor or a mentee?", Field.ROLE),
        ("Which topics interest you? (select all that apply)", Field.INTERESTS),
        ("What would you like to learn?", Field.GOALS),
        ("Skills you can share", Field.SKILLS),
        ("Languages you speak", Field.LANGUAGES),
        ("When are you available?", Field.AVAILABILITY),
        ("How would you like to meet?", Field.MEETING_FORMAT),
        ("How many mentees can you take on?", Field.CAPACITY),
        ("Years of experience", Field.YEARS_EXPERIENCE),
        ("Années d'expérience", Field.YEARS_EXPERIENCE),
        ("Prénom", Field.FIRST_NAME),
        ("Surname", Field.LAST_NAME),
        ("Timestamp", Field.TIMESTAMP),
        ("Horodateur", Field.TIMESTAMP),
        ("Completion time", Field.TIMESTAMP),
        ("Pronouns (optional)", Field.PRONOUNS),
        ("Anything else we should know?", Field.NOTES),
        ("Start time", Field.IGNORE),
    ],
)
def test_header_suggestions(header: str, field: Field) -> None:
    found = match_field(header)
    assert found is not None and found[0] == field


def test_mapping_rules() -> None:
    fields = [t.field for t in suggest_mapping(["Email", "Manager email", "Name", "Shoe size", ""])]
    assert fields == [Field.EMAIL, Field.CUSTOM, Field.NAME, Field.CUSTOM, Field.IGNORE]
    assert [t.field for t in suggest_mapping(["Name", "Surname"])] == [
        Field.FIRST_NAME,
        Field.LAST_NAME,
    ]
    assert [t.field for t in suggest_mapping(["Nom", "Prénom"])] == [
        Field.LAST_NAME,
        Field.FIRST_NAME,
    ]
    assert [t.field for t in suggest_mapping(["First name"])] == [Field.NAME]
    with_full = suggest_mapping(["Full name", "First name", "Last name"])
    assert [t.field for t in with_full] == [Field.NAME, Field.CUSTOM, Field.CUSTOM]
    topics = suggest_mapping(["Interests", "Hobbies"])  # two columns may feed one tag kind
    assert [t.field for t in topics] == [Field.INTERESTS, Field.INTERESTS]


def test_header_found_under_titles_and_notes() -> None:
    sheet = Sheet(
        "S",
        [
            ["Mentoring roster 2026", "", "", ""],
            ["", "", "", ""],
            ["Exported on 2026-03-01 by HR", "", "", ""],
            ["Name", "Email", "Role", "Team"],
            ["Ana Lima", "ana@example.org", "Mentor", "Finance"],
        ],
    )
    assert find_header_row(sheet) == 3
    assert find_header_row(Sheet("S", [["Ana Lima", "ana@example.org", "Mentor"]])) is None
    custom = Sheet("S", [["Colour", "Animal"], ["Red", "Cat"]])
    assert find_header_row(custom) == 0  # unknown titles are still a header


def test_totals_rows() -> None:
    assert is_totals_row(["Total: 42", "", ""], 6)
    assert is_totals_row(["", "Sum", 42.0], 6)
    assert is_totals_row(["Gesamt", 12.0], 6)
    assert not is_totals_row(["Totally Awesome Person", "t@example.org", "Mentor", "HR"], 4)
    assert not is_totals_row(["Ana", "a@example.org", "Mentor", "x", "y", "z", "Total"], 8)


def test_csv_sniffing_and_decoding() -> None:
    assert sniff_delimiter("a;b;c\n1;2,5;3\n") == ";"
    assert sniff_delimiter('a,b,c\n"x;y",2,3\n') == ","
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"
    assert decode_text("Chloé".encode("cp1252")) == ("Chloé", "cp1252")
    assert decode_text("\ufeffChloé".encode()) == ("Chloé", "utf-8-sig")
    assert decode_text("Chloé".encode("utf-16")) == ("Chloé", "utf-16")
