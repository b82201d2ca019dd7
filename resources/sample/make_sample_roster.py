"""Write ``sample-roster.xlsx``: the invented roster behind PeerDesk's sample program.

Run it from the repository root when the people below change::

    .venv/bin/python resources/sample/make_sample_roster.py

The workbook is checked in; the app reads it and never runs this script. Every
person is invented: the names are common ones from many languages, and every
email address is at example.org. The columns are the ones a hospital's HR
export and a sign-up form would give, in the words the importer recognises.

The Status column makes the roster ready to match as soon as it is imported: a
newcomer who imports it finds people to pair at once. Only the three people the
sample program keeps in screening (:data:`peerdesk.program.sample.NOT_READY`) are
"Applied".
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from peerdesk.program.sample import NOT_READY

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "sample-roster.xlsx"

HEADERS = (
    "Name",
    "Email",
    "Role",
    "Status",
    "Department",
    "Years of experience",
    "Location",
    "Meeting format",
    "Mentee capacity",
    "Interests",
    "Skills",
    "Goals",
    "Languages",
    "Availability",
    "Pronouns",
)
WIDTHS = (24, 32, 9, 10, 20, 11, 16, 13, 10, 38, 38, 38, 24, 40, 11)

# name, role, department, years, location, format, capacity,
# interests, skills, goals, languages, availability, pronouns
Row = tuple[str, str, str, int, str, str, int | None, str, str, str, str, str, str]
PEOPLE: tuple[Row, ...] = (
    # -- mentors ---------------------------------------------------------------------------
    ("Amara Okafor", "Mentor", "Nursing", 18, "Main campus", "Either", 2,
     "Patient safety, Running, Public speaking", "Leadership, Clinical teaching, Coaching",
     "", "English, Igbo", "Tuesday afternoons, Thursday afternoons", "she/her"),
    ("Søren Lindqvist", "Mentor", "Information Technology", 15, "Main campus", "Video", 2,
     "Data, Cycling, Photography", "Data analysis, Project management, Excel",
     "", "English, Swedish", "Monday mornings, Wednesday lunchtime", "he/him"),
    ("José Álvarez", "Mentor", "Facilities", 22, "North clinic", "In person", 1,
     "Gardening, Football, Sustainability", "Budgeting, Negotiation, Team building",
     "", "English, Spanish", "Friday mornings, Tuesday afternoons", "he/him"),
    ("Nguyễn Thị Lan", "Mentor", "Pharmacy", 12, "Main campus", "Either", 2,
     "Cooking, Research, Patient safety", "Research methods, Clinical teaching, Writing",
     "", "English, Vietnamese", "Wednesday lunchtime, Thursday afternoons", "she/her"),
    ("Chloé Dubois", "Mentor", "Human Resources", 14, "Main campus", "Either", 2,
     "Wellbeing, Yoga, Career growth", "Coaching, Conflict resolution, Interviewing",
     "", "English, French", "Monday mornings, Thursday afternoons", "she/her"),
    ("Łukasz Wiśniewski", "Mentor", "Finance", 16, "Main campus", "Video", 1,
     "Chess, Data, History", "Budgeting, Excel, Data analysis",
     "", "English, Polish", "Tuesday afternoons, Wednesday lunchtime", "he/him"),
    ("Siobhán Ní Bhriain", "Mentor", "Community Outreach", 11, "Riverside centre", "In person", 2,
     "Volunteering, Music, Public speaking", "Public speaking, Partnership building, Writing",
     "", "English, Irish", "Thursday afternoons, Friday mornings", "she/her"),
    ("Hiroshi Tanaka", "Mentor", "Information Technology", 20, "Main campus", "Either", 2,
     "Photography, Hiking, Data", "Project management, Systems thinking, Coaching",
     "", "English, Japanese", "Monday mornings, Wednesday lunchtime", "he/him"),
    ("Fatima Zahra Benali", "Mentor", "Administration", 13, "North clinic", "Either", 2,
     "Career growth, Reading, Wellbeing", "Time management, Leadership, Negotiation",
     "", "English, Arabic, French", "Tuesday afternoons, Friday mornings", "she/her"),
    ("Mateus Gonçalves", "Mentor", "Nursing", 9, "North clinic", "In person", 1,
     "Football, Patient safety, Cooking", "Clinical teaching, Team building, Coaching",
     "", "English, Portuguese", "Wednesday lunchtime, Friday mornings", "he/him"),
    ("Ayşe Yılmaz", "Mentor", "Finance", 17, "Main campus", "Video", 2,
     "Travel, Data, Career growth", "Excel, Budgeting, Presentation skills",
     "", "English, Turkish", "Monday mornings, Thursday afternoons", "she/her"),
    ("Kwame Mensah", "Mentor", "Community Outreach", 19, "Riverside centre", "Either", 2,
     "Music, Volunteering, Football", "Partnership building, Leadership, Public speaking",
     "", "English, Twi", "Tuesday afternoons, Thursday afternoons", "he/him"),
    ("Ingrid Bjørnstad", "Mentor", "Pharmacy", 24, "Main campus", "In person", 1,
     "Hiking, Research, Gardening", "Research methods, Writing, Quality improvement",
     "", "English, Norwegian", "Wednesday lunchtime, Friday mornings", "she/her"),
    ("Rajesh Iyer", "Mentor", "Information Technology", 14, "Main campus", "Video", 2,
     "Cricket, Data, Reading", "Data analysis, Systems thinking, Interviewing",
     "", "English, Tamil, Hindi", "Monday mornings, Tuesday afternoons", "he/him"),
    # -- both ------------------------------------------------------------------------------
    ("Zoë Müller", "Both", "Human Resources", 7, "Main campus", "Either", 1,
     "Wellbeing, Career growth, Photography", "Interviewing, Writing",
     "Leadership, Coaching", "English, German", "Monday mornings, Thursday afternoons",
     "she/her"),
    ("Tomás Ó Briain", "Both", "Facilities", 8, "North clinic", "In person", 1,
     "Sustainability, Cycling, Music", "Team building, Budgeting",
     "Project management, Negotiation", "English, Irish", "Friday mornings, Tuesday afternoons",
     "he/him"),
    ("Aroha Ngata", "Both", "Nursing", 6, "Riverside centre", "Either", 1,
     "Patient safety, Volunteering, Running", "Clinical teaching",
     "Leadership, Public speaking", "English, Māori", "Thursday afternoons, Wednesday lunchtime",
     "she/her"),
    ("Dmitri Volkov", "Both", "Finance", 9, "Main campus", "Video", 1,
     "Chess, History, Data", "Excel, Data analysis",
     "Presentation skills, Leadership", "English, Russian", "Tuesday afternoons, Monday mornings",
     "he/him"),
    # -- mentees ---------------------------------------------------------------------------
    ("Ngozi Adeyemi", "Mentee", "Nursing", 2, "Main campus", "Either", None,
     "Patient safety, Running, Cooking", "", "Clinical teaching, Leadership",
     "English, Yoruba", "Tuesday afternoons, Thursday afternoons", "she/her"),
    ("Priya Raghunathan", "Mentee", "Pharmacy", 1, "Main campus", "Either", None,
     "Research, Reading, Yoga", "", "Research methods, Writing",
     "English, Tamil", "Wednesday lunchtime, Thursday afternoons", "she/her"),
    ("Mehmet Demir", "Mentee", "Finance", 3, "Main campus", "Video", None,
     "Football, Data, Travel", "", "Excel, Budgeting, Presentation skills",
     "English, Turkish", "Monday mornings, Thursday afternoons", "he/him"),
    ("Élodie Martin", "Mentee", "Human Resources", 2, "Main campus", "Either", None,
     "Wellbeing, Career growth, Music", "", "Interviewing, Conflict resolution",
     "English, French", "Monday mornings, Thursday afternoons", "she/her"),
    ("Kofi Boateng", "Mentee", "Community Outreach", 1, "Riverside centre", "In person", None,
     "Football, Volunteering, Music", "", "Public speaking, Partnership building",
     "English, Twi", "Thursday afternoons, Friday mornings", "he/him"),
    ("Sakura Ito", "Mentee", "Information Technology", 2, "Main campus", "Video", None,
     "Photography, Data, Hiking", "", "Project management, Data analysis",
     "English, Japanese", "Monday mornings, Wednesday lunchtime", "she/her"),
    ("Lucía Fernández", "Mentee", "Administration", 4, "North clinic", "Either", None,
     "Reading, Travel, Career growth", "", "Time management, Negotiation",
     "English, Spanish", "Tuesday afternoons, Friday mornings", "she/her"),
    ("Oluwaseun Bello", "Mentee", "Facilities", 3, "North clinic", "In person", None,
     "Sustainability, Football, Gardening", "", "Budgeting, Team building",
     "English, Yoruba", "Friday mornings, Tuesday afternoons", "he/him"),
    ("Anh Trần", "Mentee", "Pharmacy", 2, "Main campus", "Either", None,
     "Cooking, Research, Patient safety", "", "Quality improvement, Research methods",
     "English, Vietnamese", "Wednesday lunchtime, Friday mornings", "they/them"),
    ("Björn Ásgeirsson", "Mentee", "Information Technology", 1, "Main campus", "Video", None,
     "Cycling, Data, History", "", "Systems thinking, Data analysis",
     "English, Icelandic", "Tuesday afternoons, Monday mornings", "he/him"),
    ("Maëlle Rousseau", "Mentee", "Nursing", 3, "North clinic", "In person", None,
     "Patient safety, Yoga, Cooking", "", "Clinical teaching, Coaching",
     "English, French", "Wednesday lunchtime, Friday mornings", "she/her"),
    ("Karolina Nowak", "Mentee", "Finance", 2, "Main campus", "Video", None,
     "Chess, Travel, Data", "", "Data analysis, Excel",
     "English, Polish", "Tuesday afternoons, Wednesday lunchtime", "she/her"),
    ("Hamza Al-Sayed", "Mentee", "Administration", 1, "North clinic", "Either", None,
     "Reading, Football, Career growth", "", "Leadership, Time management",
     "English, Arabic", "Tuesday afternoons, Friday mornings", "he/him"),
    ("Leilani Kahale", "Mentee", "Community Outreach", 2, "Riverside centre", "Either", None,
     "Music, Volunteering, Running", "", "Public speaking, Writing",
     "English, Hawaiian", "Thursday afternoons, Tuesday afternoons", "she/her"),
    ("Rafael Costa", "Mentee", "Nursing", 1, "Main campus", "Either", None,
     "Running, Football, Patient safety", "", "Leadership, Clinical teaching",
     "English, Portuguese", "Tuesday afternoons, Wednesday lunchtime", "he/him"),
    ("Aisha Kamara", "Mentee", "Human Resources", 1, "Main campus", "Either", None,
     "Wellbeing, Reading, Yoga", "", "Coaching, Interviewing",
     "English, Krio", "Thursday afternoons, Monday mornings", "she/her"),
    ("Wei Zhang", "Mentee", "Information Technology", 3, "Main campus", "Video", None,
     "Data, Photography, Chess", "", "Project management, Presentation skills",
     "English, Mandarin", "Monday mornings, Wednesday lunchtime", "he/him"),
    ("Noor Haddad", "Mentee", "Pharmacy", 2, "Main campus", "Either", None,
     "Research, Cooking, Travel", "", "Writing, Research methods",
     "English, Arabic", "Friday mornings, Wednesday lunchtime", "she/her"),
    ("Javier Morales", "Mentee", "Facilities", 2, "North clinic", "In person", None,
     "Gardening, Cycling, Sustainability", "", "Negotiation, Budgeting",
     "English, Spanish", "Friday mornings, Tuesday afternoons", "he/him"),
    ("Freya Olsen", "Mentee", "Community Outreach", 1, "Riverside centre", "Either", None,
     "Volunteering, Hiking, Music", "", "Partnership building, Public speaking",
     "English, Danish", "Thursday afternoons, Friday mornings", "she/her"),
    ("Tendai Moyo", "Mentee", "Finance", 2, "Main campus", "Video", None,
     "Data, Football, Reading", "", "Excel, Presentation skills",
     "English, Shona", "Monday mornings, Tuesday afternoons", "he/him"),
    ("Catalina Ruiz", "Mentee", "Administration", 3, "North clinic", "Either", None,
     "Travel, Yoga, Career growth", "", "Time management, Leadership",
     "English, Spanish", "Tuesday afternoons, Friday mornings", "she/her"),
    ("Mikael Virtanen", "Mentee", "Information Technology", 1, "Main campus", "Video", None,
     "Cycling, Data, Music", "", "Data analysis, Systems thinking",
     "English, Finnish", "Wednesday lunchtime, Monday mornings", "he/him"),
)  # fmt: skip


# Letters that Unicode does not split into a base letter and an accent.
UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
     "ı": "i", "ð": "d", "þ": "th"}
)  # fmt: skip


def email_of(name: str) -> str:
    """ "Nguyễn Thị Lan" → "nguyen.thi.lan@example.org": accents dropped, as mail systems do."""
    plain = unicodedata.normalize("NFKD", name.translate(UNDECOMPOSABLE))
    ascii_name = "".join(c for c in plain if not unicodedata.combining(c)).encode("ascii", "ignore")
    local = ".".join(part for part in ascii_name.decode().lower().replace("-", " ").split())
    return f"{local}@example.org"


def build() -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sign-ups"
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="2F5D8A")
    for column, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row, person in enumerate(PEOPLE, start=2):
        name, role, dept, years, place, fmt, cap, interests, skills, goals, langs, avail, pron = (
            person
        )
        status = "Applied" if name in NOT_READY else "Ready"
        values = (
            name, email_of(name), role, status, dept, years, place, fmt, cap, interests,
            skills or None, goals or None, langs, avail, pron,
        )  # fmt: skip
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(PEOPLE) + 1}"
    # A fixed creation time, so that running the script again writes the same workbook.
    workbook.properties.created = datetime(2025, 1, 6, 9, 0, 0)
    workbook.properties.modified = datetime(2025, 1, 6, 9, 0, 0)
    workbook.properties.creator = "PeerDesk sample data"
    workbook.properties.title = "Sample roster (invented people)"
    return workbook


def main() -> None:
    emails = [email_of(p[0]) for p in PEOPLE]
    assert len(set(emails)) == len(emails), "two sample people share an email address"
    build().save(OUTPUT)
    print(f"Wrote {OUTPUT} ({len(PEOPLE)} people)")


if __name__ == "__main__":
    main()
