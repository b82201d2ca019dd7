"""People's stated availability ("Tuesday afternoons", "Mon evening", "weekdays 17:00-19:00")
as windows of the week, for placing their meetings.

Rosters hold availability as free words, one tag each. The words a sign-up
form or a coordinator typically uses are read: days (full, short, plural,
"weekdays", "weekends", "Mon-Fri"), parts of the day (morning, lunchtime,
afternoon, evening) and clock ranges ("17:00-19:00", "5-7pm"). A tag that says
neither a day nor a time that can be read is left out; a person none of whose
tags can be read has no known availability, and is placed anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time

DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SHORT_FORMS = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
WEEKDAYS = frozenset(range(5))
EVERY_DAY = frozenset(range(7))
DAY_WORDS: dict[str, frozenset[int]] = {
    "weekday": WEEKDAYS,
    "weekdays": WEEKDAYS,
    "weekend": frozenset({5, 6}),
    "weekends": frozenset({5, 6}),
    "daily": EVERY_DAY,
    "anytime": EVERY_DAY,
    "any": EVERY_DAY,
    "flexible": EVERY_DAY,
}
WHOLE_DAY = (8 * 60, 21 * 60)
PARTS: dict[str, tuple[int, int]] = {
    "morning": (8 * 60, 12 * 60),
    "mornings": (8 * 60, 12 * 60),
    "am": (8 * 60, 12 * 60),
    "lunch": (12 * 60, 14 * 60),
    "lunchtime": (12 * 60, 14 * 60),
    "lunchtimes": (12 * 60, 14 * 60),
    "midday": (12 * 60, 14 * 60),
    "noon": (12 * 60, 14 * 60),
    "afternoon": (12 * 60, 17 * 60),
    "afternoons": (12 * 60, 17 * 60),
    "pm": (12 * 60, 17 * 60),
    "evening": (17 * 60, 21 * 60),
    "evenings": (17 * 60, 21 * 60),
    "night": (18 * 60, 22 * 60),
    "nights": (18 * 60, 22 * 60),
}
_CLOCK = r"(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?"
CLOCK_RANGE = re.compile(_CLOCK + r"\s*(?:-|–|—|to|until)\s*" + _CLOCK)
DAY_RANGE = re.compile(r"([a-z]+)\s*(?:-|–|—|to)\s*([a-z]+)")
WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, order=True)
class Window:
    """Free on ``weekday`` (0 = Monday) from ``start`` to ``end``, in minutes after midnight."""

    weekday: int
    start: int
    end: int

    def holds(self, weekday: int, start: int, end: int) -> bool:
        return weekday == self.weekday and self.start <= start and end <= self.end


def _day(word: str) -> int | None:
    if word in SHORT_FORMS:
        return SHORT_FORMS[word]
    if len(word) < 3:
        return None
    for index, name in enumerate(DAY_NAMES):
        if name.startswith(word) or word == name + "s":
            return index
    return None


def _minutes(hour: str, minute: str | None, half: str | None) -> int | None:
    h, m = int(hour), int(minute or 0)
    if half == "pm" and h < 12:
        h += 12
    elif half == "am" and h == 12:
        h = 0
    if not (0 <= h <= 24 and 0 <= m < 60):
        return None
    return h * 60 + m


def _clock_range(text: str) -> tuple[int, int] | None:
    found = CLOCK_RANGE.search(text)
    if found is None:
        return None
    h1, m1, half1, h2, m2, half2 = found.groups()
    start = _minutes(h1, m1, half1 or half2)  # "5-7pm": both in the afternoon
    end = _minutes(h2, m2, half2)
    if start is None or end is None or end <= start:
        return None
    return start, end


def parse(text: str) -> list[Window]:
    """The windows one availability tag describes (empty if it can't be read)."""
    plain = " ".join(text.casefold().split())
    days: set[int] = set()
    for first, last in DAY_RANGE.findall(plain):
        a, b = _day(first), _day(last)
        if a is not None and b is not None:
            days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    spans: set[tuple[int, int]] = set()
    clock = _clock_range(plain)
    if clock is not None:
        spans.add(clock)
    for word in WORD.findall(plain):
        day = _day(word)
        if day is not None:
            days.add(day)
        elif word in DAY_WORDS:
            days.update(DAY_WORDS[word])
        elif word in PARTS and clock is None:
            spans.add(PARTS[word])
    if not days and not spans:
        return []
    return sorted(
        Window(day, start, end)
        for day in sorted(days or EVERY_DAY)
        for start, end in sorted(spans or {WHOLE_DAY})
    )


def windows(tags: Iterable[str]) -> tuple[Window, ...] | None:
    """A person's windows from all their availability tags; None when none can be read."""
    found: set[Window] = set()
    for tag in tags:
        found.update(parse(tag))
    return tuple(sorted(found)) if found else None


def fits(known: tuple[Window, ...] | None, weekday: int, start: time, minutes: int) -> bool:
    """Whether a meeting at ``start`` for ``minutes`` lies in one of the windows."""
    if known is None:
        return True
    begin = start.hour * 60 + start.minute
    return any(w.holds(weekday, begin, begin + minutes) for w in known)


def starts_within(known: tuple[Window, ...] | None, weekday: int, minutes: int) -> list[time]:
    """Start times, back to back from each window's start, that fit in the windows."""
    if known is None:
        return []
    found: set[int] = set()
    for window in known:
        if window.weekday != weekday:
            continue
        begin = window.start
        while begin + minutes <= window.end and begin + minutes <= 24 * 60:
            found.add(begin)
            begin += minutes
    return [time(m // 60, m % 60) for m in sorted(found) if m < 24 * 60]
