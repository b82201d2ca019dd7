"""The program's own stated goals, each with the figure that answers it, where one exists.

A coordinator writes goals in plain words ("Nine in ten pairs meet at least once
a month"). A few simple, recognisable patterns find the figure that measures a
goal — meeting every month, completing the program, being matched, satisfaction,
recommending it, or a before-and-after measure named in the goal — and read a
target out of it where there is one ("nine in ten", "9 out of 10", "90%"). A goal
no pattern recognises is listed with "no figure measures this yet": nothing is
guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from peerdesk.evaluation.figures import MIN_N, TOO_FEW, ProgramFigures, Share, percent, too_few
from peerdesk.evaluation.stats import PrePost

NO_FIGURE = "No figure measures this yet."
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
}  # fmt: skip
_NUMBER = r"(\d+|" + "|".join(WORD_NUMBERS) + r")"
_RATIO = re.compile(rf"\b{_NUMBER}\s+(?:in|out\s+of)\s+(?:every\s+)?{_NUMBER}\b", re.IGNORECASE)
_PERCENT = re.compile(r"(\d{1,3})\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_HALF = re.compile(r"\b(?:half|most)\b", re.IGNORECASE)
_ALL = re.compile(r"\b(?:every|everyone|everybody|all|each)\b", re.IGNORECASE)
MONTHLY = re.compile(
    r"\bmeet\w*\b.*\b(?:once\s+a\s+month|monthly|every\s+month|each\s+month|a\s+month)\b",
    re.IGNORECASE,
)
COMPLETE = re.compile(r"\bcomplet\w*\b|\bfinish\w*\b", re.IGNORECASE)
SATISFIED = re.compile(r"\bsatisf\w*\b", re.IGNORECASE)
RECOMMEND = re.compile(r"\brecommend\w*\b", re.IGNORECASE)
MATCHED = re.compile(r"\b(?:matched|paired)\b", re.IGNORECASE)


@dataclass(frozen=True)
class GoalCheck:
    goal: str
    answer: str  # the figure that answers it, in words, or NO_FIGURE
    reached: bool | None = None  # None: no target, or too few answers to say

    @property
    def measured(self) -> bool:
        return self.answer != NO_FIGURE


def goal_lines(text: str) -> list[str]:
    """The goals as written, one a line, without bullets."""
    return [line.strip(" -•*\t") for line in text.splitlines() if line.strip(" -•*\t")]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else WORD_NUMBERS[word.casefold()]


def target(goal: str) -> Fraction | None:
    """The share a goal aims for: "nine in ten" 9/10, "90%" 9/10, "every" 1, "half" 1/2."""
    if found := _RATIO.search(goal):
        part, whole = _number(found.group(1)), _number(found.group(2))
        return Fraction(part, whole) if whole and part <= whole else None
    if found := _PERCENT.search(goal):
        value = int(found.group(1))
        return Fraction(value, 100) if value <= 100 else None
    if _HALF.search(goal):
        return Fraction(1, 2)
    if _ALL.search(goal):
        return Fraction(1)
    return None


def _against(goal: str, share: Share, what: str, of: str) -> GoalCheck:
    """``Measured: 83% of pairs (68 of 82) …; target 90%: not reached yet.``"""
    if share.n == 0:
        return GoalCheck(goal, f"Not measured yet: no {of} to count.")
    if share.percent is None:
        return GoalCheck(
            goal,
            f"So far {share.part} of {share.n} {of}: {too_few(of)} (at least {MIN_N} are needed).",
        )
    text = f"Measured: {share.percent}% {what} ({share.part} of {share.n} {of})."
    aim = target(goal)
    if aim is None:
        return GoalCheck(goal, text)
    reached = Fraction(share.part, share.n) >= aim
    aim_percent = percent(aim.numerator, aim.denominator)
    verdict = "reached" if reached else "not reached yet"
    return GoalCheck(goal, f"{text[:-1]}; target {aim_percent}%: {verdict}.", reached)


def _stem(word: str) -> str:
    return word.casefold()[:6]


def _measure_for(goal: str, results: Sequence[PrePost]) -> PrePost | None:
    words = {_stem(w) for w in re.findall(r"[A-Za-z]{5,}", goal)}
    for result in results:
        names = {_stem(w) for w in re.findall(r"[A-Za-z]{5,}", result.measure)}
        if names & words:
            return result
    return None


def check_goals(
    goals_text: str,
    figures: ProgramFigures,
    results: Sequence[PrePost],
    recommend: Share,
) -> list[GoalCheck]:
    """Each stated goal with the figure that answers it (or "no figure measures this yet")."""
    checks: list[GoalCheck] = []
    for goal in goal_lines(goals_text):
        checks.append(_check(goal, figures, results, recommend))
    return checks


def _check(
    goal: str, figures: ProgramFigures, results: Sequence[PrePost], recommend: Share
) -> GoalCheck:
    if MONTHLY.search(goal):
        check = _against(
            goal,
            figures.monthly,
            "of pairs met at least once in every full month they ran",
            "pairs",
        )
        unlogged = figures.meetings.unlogged
        if unlogged and check.answer.startswith("Measured"):
            note = f" Months whose meetings are not logged yet are left out ({unlogged} meetings)."
            return GoalCheck(goal, check.answer + note, check.reached)
        return check
    if SATISFIED.search(goal):
        s = figures.satisfaction
        if s.n == 0:
            return GoalCheck(goal, "Not measured yet: nobody has rated their match.")
        if s.n < MIN_N:
            return GoalCheck(
                goal, f"Measured: satisfaction with the match — {TOO_FEW} (n = {s.n})."
            )
        check = _against(
            goal, s.agreeing, "agree or strongly agree that they are satisfied", "answers"
        )
        return GoalCheck(goal, f"{check.answer} Average {s.mean} out of 5.", check.reached)
    if RECOMMEND.search(goal):
        return _against(goal, recommend, "would recommend the program", "answers")
    if COMPLETE.search(goal):
        return _against(goal, figures.completion, "of the pairs that ended completed it", "pairs")
    if MATCHED.search(goal):
        return _against(goal, figures.matched_share, "have been matched", "people")
    measure = _measure_for(goal, results)
    if measure is not None:
        if measure.n == 0:
            return GoalCheck(
                goal,
                f"Not measured yet: nobody answered {measure.measure.lower()} before and after.",
            )
        if measure.n < MIN_N:
            return GoalCheck(
                goal, f"Measured: {measure.measure.lower()} — {TOO_FEW} (n = {measure.n})."
            )
        return GoalCheck(goal, f"Measured: {measure.sentence}")
    return GoalCheck(goal, NO_FIGURE)
