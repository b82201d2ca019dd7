"""A sign-up form with wish columns, for the wishes tests (import, matching, command line)."""

from __future__ import annotations

import csv
from pathlib import Path

HEADERS = [
    "Timestamp",
    "Full name",
    "Email address",
    "Mentor or mentee?",
    "Status",
    "What are your interests?",
    "Preferred mentor(s)",
    "People I should not be paired with",
]
ROWS = [
    ["2026-01-05 10:00", "Sam Okafor", "sam@example.org", "Mentor", "Ready", "Art", "", ""],
    ["2026-01-05 10:01", "Dee Reyes", "dee@example.org", "Mentor", "Ready", "Art", "", ""],
    ["2026-01-05 10:02", "Léa Martin", "lea@example.org", "Mentor", "Ready", "Art", "", ""],
    # Ana wants Dee first, then Sam (by email, another case); she avoids Léa (no accent).
    ["2026-01-05 10:03", "Ana Lima", "ana@example.org", "Mentee", "Ready", "Art",
     "dee reyes; SAM@example.org", "Lea Martin"],
    ["2026-01-05 10:04", "Bo Chen", "bo@example.org", "Mentee", "Ready", "Art",
     "Dee Reyes, Samuel Smiht", ""],
]  # fmt: skip


def roster(tmp_path: Path, rows: list[list[str]] = ROWS) -> Path:
    path = tmp_path / "Sign-up form (Responses).csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADERS, *rows])
    return path
