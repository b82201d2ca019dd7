"""A Google Forms sign-up sheet with a dozen goal/skill pairs planted in its free text.

Each planted mentee wrote a goal that one planted mentor's skills answer, in other
word forms (budgeting/budgets, presenting/presentations), through a synonym (CV,
résumé), in English or in Spanish; everyone else wrote ordinary goals and skills,
and everyone ticked a few interests at random. ``write_form`` returns the planted
(mentee, mentor) names.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

PLANTED = [
    # (mentee's goal, mentor's skills) — different word forms, synonyms, English and Spanish.
    ("I want to get better at budgeting for grant applications", "Grant budgets, nonprofit"),
    ("Feel more confident presenting to senior leaders", "Coaching people on presentations"),
    ("Negotiating the salary for my next role", "Salary negotiation"),
    ("Someone to review my CV before I apply", "I have read hundreds of résumés"),
    ("Learning to manage a team of volunteers", "Volunteer management"),
    ("Understanding statistics for my thesis", "Statistical analysis"),
    ("Building a website in Python", "Python programming"),
    ("Photographing our events for social media", "Event photography"),
    ("Quiero aprender a hacer presupuestos para proyectos comunitarios",
     "Puedo ayudar con el presupuesto de un proyecto comunitario"),
    ("Mejorar mis presentaciones delante de clientes",
     "Tengo experiencia en hablar en público y presentar a clientes"),
    ("Preparar mis entrevistas de trabajo", "He hecho muchas entrevistas de selección"),
    ("Aprender contabilidad básica para mi negocio", "Contabilidad de pequeños negocios"),
]  # fmt: skip
FILLER_GOALS = [
    "Grow my career and find my next step",
    "Work-life balance while working from home",
    "Moving into a leadership role",
    "Get to know other parts of the organisation",
    "Confidence in meetings",
    "Quiero crecer en mi carrera profesional",
]
FILLER_SKILLS = [
    "Career planning",
    "Managing remote teams",
    "Leadership, coaching",
    "Organisational knowledge, twenty years here",
    "Mentoring new staff",
    "Desarrollo de carrera",
]
HEADER = [
    "Timestamp",
    "Full name",
    "Email address",
    "I want to join as",
    "Which topics interest you? (select all that apply)",
    "What do you most want to get out of the program?",
    "Skills or experience you could share",
]
INTERESTS = [
    "Leadership", "Wellbeing", "Technology", "Community", "Careers", "Policy", "Arts",
    "Sustainability", "Diversity and inclusion", "Communications", "Research", "Fundraising",
]  # fmt: skip


def write_form(path: Path, seed: int) -> list[tuple[str, str]]:
    """A Google Forms export: 12 planted pairs among 40 mentees and 30 mentors."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    planted: list[tuple[str, str]] = []

    def person(n: int, role: str, goal: str, skill: str) -> str:
        name = f"{role} {n:02d}"
        interests = ", ".join(rng.sample(INTERESTS, rng.randint(1, 3)))
        email = f"{role.lower()}{n}@example.org"
        stamp = f"2026/11/{n % 28 + 1:02d} 10:{n % 60:02d}:00"
        rows.append([stamp, name, email, role, interests, goal, skill])
        return name

    for n, (goal, skill) in enumerate(PLANTED):
        planted.append((person(n, "Mentee", goal, ""), person(n, "Mentor", "", skill)))
    for n in range(len(PLANTED), 40):
        person(n, "Mentee", rng.choice(FILLER_GOALS), "")
    for n in range(len(PLANTED), 30):
        person(n, "Mentor", "", rng.choice(FILLER_SKILLS))
    rng.shuffle(rows)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return planted
