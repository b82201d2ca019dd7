"""How a match score reads: one rounding, wherever a person sees a score.

Scores are kept exact (points / 100, so two decimals) and every sum, sort and
choice of the engine uses them as they are. Where a person reads one — the
board's cards, the Pairs list, the explanation beside the board, the command
line's tables, the Excel workbook, a warning — it is a whole number, rounded
half up (42.5 reads 43, never 42 as Python's own rounding would have it), so the
same pair never shows 43 in one place and 42.6 in another. (The score table CSV
and ``match --json`` give the exact values, for checking the engine's sums.)
"""

from __future__ import annotations

from fractions import Fraction

from peerdesk.rounding import round_half_up


def shown_score(score: float) -> int:
    """``score`` as a person reads it: a whole number, half up on its exact value."""
    return int(round_half_up(Fraction(float(score)), 0))


def score_text(score: float | None, missing: str = "") -> str:
    """The score as text, or ``missing`` when there is none."""
    return missing if score is None else str(shown_score(score))
