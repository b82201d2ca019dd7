"""Before and after: did people's answers change, and could the change be chance?

For every Likert or number question asked both before the program (pre) and
after it (post) — the same *measure* — each person who answered both gives one
pair of values: their first pre-program answer and their last post-program
answer. Over those pairs: the means, the mean change, a paired t-test and a
Wilcoxon signed-rank test (``scipy.stats``), and Cohen's d_z (the mean change
over the standard deviation of the changes) as the effect size.

Small or flat data never crashes and never shows a made-up p-value: with
fewer than two pairs, or when nobody's answer changed, or when everyone's
changed by exactly the same amount (the t-test divides by zero), the value is
None and the sentence says why in plain words.

The sentence uses the Wilcoxon p-value for Likert answers (they are ranks,
not measurements) and the t-test's for numbers, falling back to the other
when one is undefined.
"""

from __future__ import annotations

import math
import warnings
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.enums import AnswerType, SurveyKind
from peerdesk.models import SurveyAnswer, SurveyQuestion, SurveyResponse
from peerdesk.roster.values import fold

NUMERIC = (AnswerType.LIKERT, AnswerType.NUMBER)
_EXACT = 1e-9


@dataclass(frozen=True)
class PrePost:
    measure: str
    answer_type: AnswerType
    n: int
    mean_before: float | None
    mean_after: float | None
    mean_change: float | None
    sd_change: float | None
    t_statistic: float | None
    t_p: float | None
    wilcoxon_statistic: float | None
    wilcoxon_p: float | None
    effect_size: float | None  # Cohen's d_z
    sentence: str
    question: str = ""

    @property
    def p(self) -> float | None:
        """The p-value the sentence uses."""
        first, second = (
            (self.wilcoxon_p, self.t_p)
            if self.answer_type == AnswerType.LIKERT
            else (self.t_p, self.wilcoxon_p)
        )
        return first if first is not None else second

    @property
    def effect_words(self) -> str:
        return effect_words(self.effect_size)


def _finite(value: float) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def effect_words(d: float | None) -> str:
    if d is None:
        return "not defined"
    size = abs(d)
    if size < 0.2:
        return "negligible"
    if size < 0.5:
        return "small"
    if size < 0.8:
        return "medium"
    return "large"


def format_p(p: float | None) -> str:
    """``p < 0.001``, ``p = 0.004``, ``p = 0.03``, ``p = 0.41``; "" when undefined."""
    if p is None:
        return ""
    if p < 0.001:
        return "p < 0.001"
    if p < 0.01:
        return f"p = {p:.3f}"
    return f"p = {p:.2f}"


def chance_words(p: float) -> str:
    if p < 0.01:
        return "a change this large is very unlikely to be chance"
    if p < 0.05:
        return "a change this large is unlikely to be chance"
    if p < 0.1:
        return "a change this large could be chance"
    return "a change this small could well be chance"


def _means(before: float, after: float) -> tuple[str, str]:
    """Both means to one decimal, or two when one decimal would hide the change."""
    from peerdesk.evaluation.figures import rounded  # the one rounding rule

    one = (f"{rounded(before)}", f"{rounded(after)}")
    if one[0] == one[1] and abs(after - before) > _EXACT:
        return f"{rounded(before, 2)}", f"{rounded(after, 2)}"
    return one


def compare(
    before: Sequence[float],
    after: Sequence[float],
    measure: str,
    answer_type: AnswerType = AnswerType.LIKERT,
    question: str = "",
) -> PrePost:
    """The paired comparison of ``before[i]`` with ``after[i]`` for each person i."""
    if len(before) != len(after):
        raise ValueError("before and after must pair up")
    n = len(before)
    if n == 0:
        return PrePost(
            measure, answer_type, 0, None, None, None, None, None, None, None, None, None,
            f"{measure}: nobody has answered both before and after the program yet.",
            question,
        )  # fmt: skip
    diffs = [round(float(a) - float(b), 9) for a, b in zip(after, before, strict=True)]
    mean_before = sum(float(v) for v in before) / n
    mean_after = sum(float(v) for v in after) / n
    change = sum(diffs) / n
    sd = None
    if n >= 2:
        sd = math.sqrt(sum((d - change) ** 2 for d in diffs) / (n - 1))
        if sd < _EXACT:
            sd = 0.0
    all_same = n >= 2 and max(diffs) - min(diffs) < _EXACT
    no_change = all(abs(d) < _EXACT for d in diffs)

    t_stat = t_p = w_stat = w_p = effect = None
    if n >= 2 and not no_change:
        from scipy import stats

        with warnings.catch_warnings():
            # Near-flat data make scipy warn about precision; the guards above keep
            # the degenerate cases away, and whatever is not finite becomes None.
            warnings.simplefilter("ignore", RuntimeWarning)
            if not all_same and sd:
                t = stats.ttest_rel(after, before)
                t_stat, t_p = _finite(t.statistic), _finite(t.pvalue)
                effect = change / sd
            w = stats.wilcoxon(after, before)
            w_stat, w_p = _finite(w.statistic), _finite(w.pvalue)
    result = PrePost(
        measure, answer_type, n, mean_before, mean_after, change, sd, t_stat, t_p, w_stat, w_p,
        effect, "", question,
    )  # fmt: skip
    return _with_sentence(result, diffs, no_change, all_same)


def _with_sentence(r: PrePost, diffs: list[float], no_change: bool, all_same: bool) -> PrePost:
    from dataclasses import replace

    assert r.mean_before is not None and r.mean_after is not None and r.mean_change is not None
    before, after = _means(r.mean_before, r.mean_after)
    n = f"(n = {r.n})"
    if no_change:
        sentence = (
            f"{r.measure} stayed at {before} on average {n}: nobody's answer changed, "
            "so there is no change to test."
        )
        return replace(r, sentence=sentence)
    if before == after:
        opening = f"{r.measure} stayed at about {before} on average {n}"
    else:
        verb = "rose" if r.mean_change > 0 else "fell"
        opening = f"{r.measure} {verb} from {before} to {after} on average {n}"
    if r.n < 2:
        return replace(
            r, sentence=f"{opening}; with only one person, no test of chance is possible."
        )
    p = r.p
    if p is None:
        return replace(r, sentence=f"{opening}; whether this could be chance can't be tested.")
    ending = f"{chance_words(p)}, {format_p(p)}"
    if all_same:
        ending = f"everyone changed by the same amount; {ending}"
    return replace(r, sentence=f"{opening}; {ending}.")


# -- from the program file ------------------------------------------------------------------


@dataclass(frozen=True)
class MeasurePairs:
    """One measure's pre/post values per participant."""

    measure: str
    answer_type: AnswerType
    question: str
    values: dict[int, tuple[float, float]]  # participant id → (before, after)


def measure_key(measure: str | None, text: str) -> str:
    return fold(measure or text)


def paired_values(db: Database, program_id: int) -> list[MeasurePairs]:
    """For every measure asked both before and after: each person's first pre-program
    answer and last post-program answer, in the order the pre questions are asked."""
    with db.reading() as session:
        questions = session.execute(
            select(
                SurveyQuestion.id,
                SurveyQuestion.kind,
                SurveyQuestion.text,
                SurveyQuestion.measure,
                SurveyQuestion.answer_type,
                SurveyQuestion.position,
            )
            .where(
                SurveyQuestion.program_id == program_id,
                SurveyQuestion.kind.in_((SurveyKind.PRE, SurveyKind.POST)),
                SurveyQuestion.answer_type.in_(NUMERIC),
            )
            .order_by(SurveyQuestion.id)  # the same label on both backends
        ).all()
        answers = session.execute(
            select(
                SurveyAnswer.question_id,
                SurveyResponse.participant_id,
                SurveyResponse.responded_at,
                SurveyResponse.id,
                SurveyAnswer.value_number,
            )
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .where(
                SurveyResponse.program_id == program_id,
                SurveyResponse.kind.in_((SurveyKind.PRE, SurveyKind.POST)),
                SurveyAnswer.value_number.is_not(None),
            )
        ).all()
    info: dict[int, tuple[SurveyKind, str]] = {}
    labels: dict[str, tuple[str, AnswerType, str, int]] = {}
    kinds_of: dict[str, set[SurveyKind]] = defaultdict(set)
    for qid, kind, text, measure, answer_type, position in questions:
        key = measure_key(measure, text)
        info[qid] = (kind, key)
        kinds_of[key].add(kind)
        if kind == SurveyKind.PRE or key not in labels:
            labels[key] = (measure or text, answer_type, text, position)
    first_pre: dict[tuple[str, int], tuple[datetime, int, float]] = {}
    last_post: dict[tuple[str, int], tuple[datetime, int, float]] = {}
    for qid, participant, at, response_id, value in answers:
        found = info.get(qid)
        if found is None or value is None:
            continue
        kind, key = found
        slot = (key, int(participant))
        stamp = (at, int(response_id), float(value))
        if kind == SurveyKind.PRE:
            if slot not in first_pre or stamp[:2] < first_pre[slot][:2]:
                first_pre[slot] = stamp
        elif slot not in last_post or stamp[:2] > last_post[slot][:2]:
            last_post[slot] = stamp
    result: list[MeasurePairs] = []
    both = [k for k, kinds in kinds_of.items() if {SurveyKind.PRE, SurveyKind.POST} <= kinds]
    for key in sorted(both, key=lambda k: (labels[k][3], labels[k][0].casefold())):
        label, answer_type, text, _position = labels[key]
        pairs = {
            participant: (first_pre[(key, participant)][2], last_post[(key, participant)][2])
            for (k, participant) in first_pre
            if k == key and (key, participant) in last_post
        }
        result.append(MeasurePairs(label, answer_type, text, dict(sorted(pairs.items()))))
    return result


def pre_post(db: Database, program_id: int) -> list[PrePost]:
    """The before/after comparison of every measure asked both before and after."""
    found: list[PrePost] = []
    for measure in paired_values(db, program_id):
        before = [v[0] for v in measure.values.values()]
        after = [v[1] for v in measure.values.values()]
        found.append(compare(before, after, measure.measure, measure.answer_type, measure.question))
    return found
