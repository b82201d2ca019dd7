"""Placeholders in agreement terms, such as ``{mentor_name}``.

Terms are checked when they are typed, so an unknown or broken placeholder
is pointed out in the editor long before anything is printed.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

PLACEHOLDERS: dict[str, str] = {
    "mentor_name": "the mentor's name",
    "mentee_name": "the mentee's name",
    "mentor_email": "the mentor's email",
    "mentee_email": "the mentee's email",
    "program_name": "the program's name",
    "organization_name": "the organization's name",
    "cadence": "how often the pair meets",
    "meeting_length": "how long a meeting lasts",
    "meeting_format": "in person, video or either",
    "start_date": "the pair's start date",
    "end_date": "the program's end date",
    "coordinator_name": "the coordinator's name",
    "coordinator_email": "the coordinator's email",
    "coordinator_phone": "the coordinator's phone",
}


@dataclass(frozen=True)
class PlaceholderProblem:
    text: str
    message: str


def check(text: str, known: Mapping[str, str] | None = None) -> list[PlaceholderProblem]:
    """Every unknown or malformed placeholder in ``text``, in order of appearance.

    ``known`` replaces :data:`PLACEHOLDERS` for texts with placeholders of their own
    (an introduction email has a few more).
    """
    names = PLACEHOLDERS if known is None else known
    problems: list[PlaceholderProblem] = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return [
            PlaceholderProblem(
                text,
                "A “{” or “}” is not matched. Write placeholders as {mentor_name}; "
                "to print a brace itself, type it twice: {{ or }}.",
            )
        ]
    seen: set[str] = set()
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field == "" or field in seen:
            if field == "":
                problems.append(
                    PlaceholderProblem("{}", "An empty placeholder {} needs a name inside it.")
                )
            continue
        seen.add(field)
        if field not in names or spec or conversion:
            shown = "{" + field + "}"
            problems.append(
                PlaceholderProblem(
                    shown,
                    f"Unknown placeholder {shown}. Known ones: "
                    + ", ".join("{" + k + "}" for k in names)
                    + ".",
                )
            )
    return problems


def fill(text: str, values: dict[str, str]) -> str:
    """Fill known placeholders; anything unknown is left as typed."""

    class _Keep(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    try:
        return string.Formatter().vformat(text, (), _Keep(values))
    except (ValueError, IndexError, AttributeError, KeyError):
        return text
