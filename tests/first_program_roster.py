"""A realistic sign-up sheet for a first program: a Google Forms response export.

120 invented people (40 mentors, 80 mentees), written the way a form writes
them: a Timestamp column, the form's own questions as headers, multi-select
answers joined with commas, free-text goals written as sentences (commas and
all), stated availability, and two people who sent the form twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

FIRST = [
    "Amara", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Gustavo", "Hana", "Idris", "Jonas",
    "Keiko", "Lucia", "Malik", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tove",
    "Ugo", "Vera", "Wen", "Ximena", "Yusuf", "Zofia", "Alba", "Bilal", "Carmen", "Dmitri",
    "Elif", "Felix", "Greta", "Hamza", "Ines", "Jun", "Kofi", "Leila", "Mateo", "Noor",
]  # fmt: skip
LAST = [
    "Abara", "Becker", "Castillo", "Dubois", "Eze", "Fischer", "Garcia", "Haddad", "Ito",
    "Jensen", "Kowalski", "Lindgren", "Mensah", "Novak", "Ortiz", "Park", "Quispe", "Rossi",
    "Santos", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zhou",
]  # fmt: skip
DEPARTMENTS = ["Finance", "Operations", "Marketing", "Engineering", "People", "Sales"]
TOPICS = [
    "Leadership", "Public speaking", "Data analysis", "Project management", "Writing",
    "Negotiation", "Career change", "Budgeting", "Customer service", "Design",
]  # fmt: skip
LANGUAGES = ["English", "English", "English", "English, Spanish", "English, French"]
FREE = [
    "Tuesday afternoons", "Thursday mornings", "Monday evenings", "Wednesday lunchtime",
    "Friday mornings", "Weekdays 17:00-19:00",
]  # fmt: skip
GOALS = [
    "Build confidence presenting to senior leaders, and get feedback on my slides",
    "Learn how to plan a project from start to finish, including budgets",
    "Understand how to move from operations into a data role",
    "Get better at negotiating, especially salary and deadlines",
    "Find a clearer direction for the next two years of my career",
    "Write reports that people actually read, with less jargon",
    "Learn to manage my time when I lead a small team for the first time",
    "Practise difficult conversations with customers, calmly",
]
SKILLS = [
    "Ten years of leading teams, and I enjoy coaching new managers",
    "Budgeting and forecasting; I have run the annual plan twice",
    "Public speaking, workshops and presenting to the board",
    "Moving from operations into analytics, which I did myself",
    "Project management, including rescuing late projects",
    "Writing clear reports and editing other people's drafts",
]

HEADERS = [
    "Timestamp",
    "Email Address",
    "Full name",
    "I want to join as",
    "Department",
    "Years at the organisation",
    "Which topics interest you? (select all that apply)",
    "What do you most want to get out of the program?",
    "Skills or experience you could share",
    "Languages you speak",
    "When are you usually free?",
    "How would you like to meet?",
]


@dataclass
class SignUp:
    path: Path
    mentors: list[str] = field(default_factory=list)
    mentees: list[str] = field(default_factory=list)
    goals: dict[str, str] = field(default_factory=dict)  # mentee -> goal sentence


def email_of(name: str) -> str:
    return name.lower().replace(" ", ".") + "@example.org"


def signup_sheet(folder: Path, *, mentors: int = 40, mentees: int = 80, seed: int = 16) -> SignUp:
    rng = random.Random(seed)
    names = [f"{f} {last}" for last in LAST for f in FIRST]
    rng.shuffle(names)
    chosen = names[: mentors + mentees]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Form Responses 1"
    sheet.append(HEADERS)
    result = SignUp(folder / "Mentoring sign-up (Responses).xlsx")
    moment = datetime(2026, 11, 2, 9, 0)
    rows = []
    for n, name in enumerate(chosen):
        mentor = n < mentors
        moment += timedelta(minutes=rng.randint(3, 90))
        topics = ", ".join(rng.sample(TOPICS, rng.randint(1, 3)))
        free = ", ".join(rng.sample(FREE, 2))
        goal = "" if mentor else rng.choice(GOALS)
        skill = rng.choice(SKILLS) if mentor else ""
        rows.append(
            [
                moment,
                email_of(name),
                name,
                "Mentor" if mentor else "Mentee",
                rng.choice(DEPARTMENTS),
                rng.randint(6, 25) if mentor else rng.randint(0, 4),
                topics,
                goal,
                skill,
                rng.choice(LANGUAGES),
                free,
                rng.choice(["In person", "Video call", "Either"]),
            ]
        )
        (result.mentors if mentor else result.mentees).append(name)
        if goal:
            result.goals[name] = goal
    for row in rows:
        sheet.append(row)
    # Two people sent the form again later: the latest answer wins.
    for again in (rows[3], rows[mentors + 5]):
        later = list(again)
        later[0] = moment + timedelta(days=1)
        later[10] = "Wednesday lunchtime, Friday mornings"
        sheet.append(later)
    for column, width in zip(
        "ABCDEFGHIJKL", (18, 30, 22, 14, 14, 10, 40, 60, 60, 18, 36, 14), strict=True
    ):
        sheet.column_dimensions[column].width = width
    workbook.save(result.path)
    return result
