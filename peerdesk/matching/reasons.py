"""Why a pair scores what it does: each criterion's share of the score, in plain words.

``explain`` turns the criterion values of :func:`peerdesk.matching.scoring.score_pairs`
into one :class:`Reason` per criterion ("Both interested in Leadership and
Budgeting", "Mentor has 6 more years of experience", "No shared availability")
and picks the top ones: the strongest points for the pair and the biggest gap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from peerdesk.enums import Criterion as C
from peerdesk.enums import DepartmentRule, MeetingFormat, TagKind
from peerdesk.matching.pool import Member, Pool, custom_field
from peerdesk.matching.scoring import SCALE, active_criteria, score_pairs, text_index
from peerdesk.matching.text_similarity import (
    OFFERS,
    WANTS,
    Shared,
    fold,
    is_sentence,
    language_of,
    shared_words,
    texts_of,
)

GOOD, BAD, NEUTRAL = "good", "bad", "neutral"
WORDED_GOALS = "Goals written in their own words (compared as free text)"
TOP_REASONS = 3

LABELS: dict[str, str] = {
    C.INTERESTS: "Shared interests",
    C.GOALS_SKILLS: "Goals and skills",
    C.DEPARTMENT: "Department",
    C.EXPERIENCE: "Experience",
    C.AVAILABILITY: "Availability",
    C.LANGUAGE: "Language",
    C.MEETING_FORMAT: "Meeting format",
    C.LOCATION: "Location",
    C.PREFERENCES: "Stated preferences",
    C.FREE_TEXT: "Free-text similarity",
}
FORMAT_WORDS = {MeetingFormat.IN_PERSON: "in-person", MeetingFormat.VIDEO: "video"}


def label(key: str) -> str:
    name = custom_field(key)
    return name.strip().capitalize() if name is not None else LABELS.get(key, key)


@dataclass(slots=True)
class Reason:
    """One criterion's part in a pair's score."""

    criterion: str
    label: str
    weight: int
    value: float  # 0..1
    points: float  # what it adds to the 0..100 score
    lost: float  # what it could have added but did not
    tone: str  # good, bad or neutral
    text: str


@dataclass(frozen=True)
class Explanation:
    score: float
    reasons: tuple[Reason, ...]  # in the program's criteria order

    def top(self, count: int = TOP_REASONS) -> list[str]:
        """The strongest points for the pair and, if there is one, the biggest gap."""
        good = sorted((r for r in self.reasons if r.tone == GOOD), key=lambda r: -r.points)
        bad = sorted((r for r in self.reasons if r.tone == BAD), key=lambda r: -r.lost)
        chosen = good[: count - 1] + bad[:1] if bad and count > 1 else good[:count]
        return [r.text for r in chosen]

    def to_json(self) -> list[dict[str, Any]]:
        return [asdict(r) for r in self.reasons]


def join(values: Sequence[str], limit: int = 3) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 2 more'."""
    values = list(values)
    if len(values) > limit:
        return f"{', '.join(values[:limit])} and {len(values) - limit} more"
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} and {values[-1]}"


def _text(value: object) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value)


def _years(value: float) -> str:
    text = f"{value:g}"
    return f"{text} more year" if value == 1 else f"{text} more years"


def _same_or_not(what: str, a: str | None, b: str | None) -> tuple[str, str]:
    if not a or not b:
        return NEUTRAL, f"{what} not known"
    if a.strip().casefold() == b.strip().casefold():
        return GOOD, f"Both in {a}" if what in ("Department", "Location") else f"Same {what}: {a}"
    return BAD, f"Different {what.lower()} ({a}, {b})"


Text = tuple[str, str]  # tone, words


class _Texts:
    """The words for each criterion; tag sets are folded once per person."""

    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.reciprocal = pool.reciprocal
        self._folded: dict[tuple[int, TagKind], frozenset[str]] = {}
        self._usual: tuple[str, ...] | None = None
        self._languages: dict[int, str] = {}

    def writer(self, key: str) -> Callable[[Member, Member, float], Text]:
        writers: dict[str, Callable[[Member, Member, float], Text]] = {
            C.INTERESTS: self._interests,
            C.GOALS_SKILLS: lambda a, b, _v: self._goals(a, b),
            C.DEPARTMENT: lambda a, b, _v: self._department(a, b),
            C.EXPERIENCE: self._experience,
            C.AVAILABILITY: self._availability,
            C.LANGUAGE: self._language,
            C.MEETING_FORMAT: lambda a, b, _v: self._format(a, b),
            C.LOCATION: lambda a, b, _v: _same_or_not("Location", a.location, b.location),
            C.PREFERENCES: lambda a, b, _v: self._preference(a, b),
            C.FREE_TEXT: lambda a, b, _v: self._free_text(a, b),
        }
        if key in writers:
            return writers[key]
        name = custom_field(key) or key
        what = label(key)
        return lambda a, b, _v: _same_or_not(
            what, _text(a.custom_fields.get(name)), _text(b.custom_fields.get(name))
        )

    def common(self, a: Member, a_kind: TagKind, b: Member, b_kind: TagKind) -> list[str]:
        """``a``'s tags of ``a_kind`` that ``b`` has as ``b_kind``, in ``a``'s order."""
        key = (b.participant_id, b_kind)
        theirs = self._folded.get(key)
        if theirs is None:
            theirs = self._folded[key] = frozenset(v.casefold() for v in b.tag(b_kind))
        return [v for v in a.tag(a_kind) if v.casefold() in theirs]

    def _shared(self, kind: TagKind, a: Member, b: Member, say: str, none: str, what: str) -> Text:
        common = self.common(a, kind, b, kind)
        if common:
            return GOOD, f"{say} {join(common)}"
        if a.tag(kind) and b.tag(kind):
            return BAD, none
        return NEUTRAL, f"{what} not given"

    def _interests(self, a: Member, b: Member, _value: float) -> Text:
        return self._shared(
            TagKind.INTEREST, a, b, "Both interested in", "No shared interests", "Interests"
        )

    def _availability(self, a: Member, b: Member, _value: float) -> Text:
        return self._shared(
            TagKind.AVAILABILITY, a, b, "Both free", "No shared availability", "Availability"
        )

    def _language(self, a: Member, b: Member, _value: float) -> Text:
        tone, text = self._shared(
            TagKind.LANGUAGE, a, b, "Both speak", "No shared language", "Languages"
        )
        shared = {v.casefold() for v in self.common(a, TagKind.LANGUAGE, b, TagKind.LANGUAGE)}
        if tone == GOOD and shared <= {v.casefold() for v in self.usual_language}:
            tone = NEUTRAL  # the language nearly everyone speaks is no reason to pick a pair
        return tone, text

    @property
    def usual_language(self) -> tuple[str, ...]:
        if self._usual is None:
            counts = [
                self.pool.mentees.tags[TagKind.LANGUAGE].sum(axis=0),
                self.pool.mentors.tags[TagKind.LANGUAGE].sum(axis=0),
            ]
            total = counts[0] + counts[1]
            words = self.pool.vocabulary[TagKind.LANGUAGE]
            self._usual = (words[int(total.argmax())],) if len(words) else ()
        return self._usual

    def helped(self, a: Member, b: Member) -> list[str]:
        """``a``'s short goals that are among ``b``'s skills (sentences: see free text)."""
        return [g for g in self.common(a, TagKind.GOAL, b, TagKind.SKILL) if not is_sentence(g)]

    def _goals(self, mentee: Member, mentor: Member) -> tuple[str, str]:
        covered = self.helped(mentee, mentor)
        short = [g for g in mentee.tag(TagKind.GOAL) if not is_sentence(g)]
        if self.reciprocal:
            back = self.helped(mentor, mentee)
            seen = {c.casefold() for c in covered}
            both = covered + [v for v in back if v.casefold() not in seen]
            if both:
                return GOOD, f"Can help each other with {join(both)}"
            short += [g for g in mentor.tag(TagKind.GOAL) if not is_sentence(g)]
            if short:
                return BAD, "Neither has skills the other wants to learn"
            if mentee.tag(TagKind.GOAL) or mentor.tag(TagKind.GOAL):
                return NEUTRAL, WORDED_GOALS
            return NEUTRAL, "No goals given"
        if covered:
            return GOOD, f"Mentor can help with {join(covered)}"
        if short:
            return BAD, "Mentor's skills don't cover the mentee's goals"
        if mentee.tag(TagKind.GOAL):
            return NEUTRAL, WORDED_GOALS
        return NEUTRAL, "Mentee's goals not given"

    def _in_common(self, wanting: Member, offering: Member) -> Shared | None:
        return shared_words(
            texts_of(wanting.tags, WANTS),
            self.language(wanting),
            texts_of(offering.tags, OFFERS),
            self.language(offering),
        )

    def language(self, member: Member) -> str:
        """The language the free-text index read the member's words in."""
        if not self._languages:
            index = text_index(self.pool)
            sides = (self.pool.mentees, self.pool.mentors)
            for side, found in zip(sides, index.languages, strict=True):
                self._languages.update(zip(side.ids.tolist(), found, strict=True))
        return self._languages.get(member.participant_id) or language_of(member.tags)

    def _free_text(self, mentee: Member, mentor: Member) -> tuple[str, str]:
        """'Both mention grant budgets (mentee: '…'; mentor: '…')', in their own words."""
        found = self._in_common(mentee, mentor)
        if self.reciprocal:
            back = self._in_common(mentor, mentee)
            if found is None or (back is not None and len(back.words) > len(found.words)):
                found = back
            who = ("one", "the other")
        else:
            who = ("mentee", "mentor")
        if found is not None:
            words = join(found.words)
            if fold(found.quote_mine) == fold(found.quote_theirs) == fold(words):
                return GOOD, f"Both mention {words}"
            return GOOD, (
                f"Both mention {words} ({who[0]}: '{found.quote_mine}'; "
                f"{who[1]}: '{found.quote_theirs}')"
            )
        wrote = [bool(texts_of(m.tags, (*WANTS, *OFFERS))) for m in (mentee, mentor)]
        if all(wrote):
            return BAD, "Nothing in common in what they wrote"
        return NEUTRAL, "Nothing written to compare"

    def _department(self, mentee: Member, mentor: Member) -> tuple[str, str]:
        a, b = mentee.department, mentor.department
        if not a or not b:
            return NEUTRAL, "Department not known"
        same = a.strip().casefold() == b.strip().casefold()
        if self.pool.settings.department_rule == DepartmentRule.SAME:
            return (GOOD, f"Both in {a}") if same else (BAD, f"Different departments ({a}, {b})")
        if same:
            return BAD, f"Both in {a}; different departments are preferred"
        return GOOD, f"From different departments ({a}, {b})"

    def _experience(self, mentee: Member, mentor: Member, value: float) -> tuple[str, str]:
        a, b = mentee.years_experience, mentor.years_experience
        if a is None or b is None:
            return NEUTRAL, "Years of experience not known"
        gap = b - a
        tone = GOOD if value >= 1 else BAD if value == 0 else NEUTRAL
        if self.reciprocal:
            if gap == 0:
                return tone, "Same years of experience"
            return tone, f"One has {_years(abs(gap))} of experience than the other"
        if gap > 0:
            return tone, f"Mentor has {_years(gap)} of experience"
        if gap == 0:
            return tone, "Mentor and mentee have the same experience"
        return tone, f"Mentee has {_years(-gap)} of experience than the mentor"

    def _format(self, mentee: Member, mentor: Member) -> tuple[str, str]:
        a, b = mentee.meeting_format, mentor.meeting_format
        if a in FORMAT_WORDS and a == b:
            return GOOD, f"Both prefer {FORMAT_WORDS[a]} meetings"
        if a in FORMAT_WORDS and b in FORMAT_WORDS:
            who = ("One", "the other") if self.reciprocal else ("Mentee", "mentor")
            return BAD, f"{who[0]} prefers {FORMAT_WORDS[a]} meetings, {who[1]} {FORMAT_WORDS[b]}"
        return NEUTRAL, "Meeting format suits both"

    def _preference(self, mentee: Member, mentor: Member) -> tuple[str, str]:
        a, b = mentee.participant_id, mentor.participant_id
        asked, asked_back = (a, b) in self.pool.prefer, (b, a) in self.pool.prefer
        if asked and asked_back:
            return GOOD, "They asked for each other"
        if self.reciprocal and (asked or asked_back):
            return GOOD, "One asked for the other"
        if asked:
            return GOOD, "The mentee asked for this mentor" + self._rank(a, b)
        if asked_back:
            return GOOD, "The mentor asked for this mentee" + self._rank(b, a)
        return NEUTRAL, "No stated preference"

    def _rank(self, asker: int, wanted: int) -> str:
        """Where ``wanted`` is on the asker's shortlist, when it has more than one name."""
        shortlist = self.pool.wishes.get(asker, ())
        if len(shortlist) < 2 or wanted not in shortlist:
            return ""
        return f" (choice {shortlist.index(wanted) + 1} of {len(shortlist)})"


def explain(pool: Pool, rows: NDArray[np.intp], cols: NDArray[np.intp]) -> list[Explanation]:
    """An explanation for each pair (mentee row, mentor column) of the pool."""
    rows = np.asarray(rows, dtype=np.intp)
    cols = np.asarray(cols, dtype=np.intp)
    if len(rows) == 0:
        return []
    block = score_pairs(pool, rows, cols)
    criteria = active_criteria(pool)
    total_weight = sum(w for _, w in criteria) or 1
    texts = _Texts(pool)
    columns = []
    for key, weight in criteria:
        value = block.components[key].value.astype(np.float64)
        share = 100.0 * weight / total_weight
        columns.append(
            (
                key,
                label(key),
                weight,
                texts.writer(key),
                np.round(value, 4).tolist(),
                np.round(share * value, 2).tolist(),
                np.round(share * (1 - value), 2).tolist(),
            )
        )
    points = (block.points / SCALE).tolist()
    mentees, mentors = pool.mentees.members, pool.mentors.members
    result = []
    for k, (row, col) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        mentee, mentor = mentees[row], mentors[col]
        reasons = []
        for key, name, weight, write, values, gained, lost in columns:
            tone, text = write(mentee, mentor, values[k])
            reasons.append(Reason(key, name, weight, values[k], gained[k], lost[k], tone, text))
        result.append(Explanation(score=points[k], reasons=tuple(reasons)))
    return result
