"""One number, one rounding: how every figure a person reads is rounded.

Half up on the exact value (Python's own ``round`` goes to the even neighbour and
works on the binary float, which turns 3.25 hours into 3.2 in one place and 3.3 in
another): hours and averages to one decimal, shares to whole percent, match scores
to whole numbers. A share that rests on fewer than :data:`MIN_N` answers is not
shown ("too few answers to show").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

MIN_N = 5  # fewer answers than this: the share is not shown
TOO_FEW = "too few answers to show"


def too_few(of: str = "answers") -> str:
    """``too few answers to show``; ``too few pairs to show a percentage``."""
    return TOO_FEW if of == "answers" else f"too few {of} to show a percentage"


def round_half_up(value: Fraction | int, places: int) -> Decimal:
    """``value`` rounded half up to ``places`` decimals, on its exact value."""
    exact = Fraction(value)
    quantum = Decimal(1).scaleb(-places)
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        quantum, rounding=ROUND_HALF_UP
    )


def hours(minutes: int) -> Decimal:
    """Minutes as hours to one decimal: 195 minutes are 3.3 hours, everywhere."""
    return round_half_up(Fraction(int(minutes), 60), 1)


def hours_text(minutes: int) -> str:
    """``163.2`` or ``78``: one decimal, a whole number without one (English, for files)."""
    value = hours(minutes)
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.1f}"


def hours_words(minutes: int) -> str:
    """``3.3 hours``, ``1 hour``: certificates say a mentor's hours this way."""
    value = hours(minutes)
    return f"{hours_text(minutes)} hour" + ("" if value == 1 else "s")


def decimals(value: Decimal) -> int:
    """How many decimals a rounded figure is shown with (0 for a whole number, else 1)."""
    return 0 if value == value.to_integral_value() else 1


def percent(part: int, whole: int) -> int | None:
    """``part`` of ``whole`` in whole percent, half up (None when ``whole`` is 0)."""
    if whole <= 0:
        return None
    return int(round_half_up(Fraction(100 * part, whole), 0))


def rounded(value: float | Decimal, places: int = 1) -> Decimal:
    """A measured value (a mean, a change) to ``places`` decimals by the one rule."""
    return round_half_up(Fraction(value), places)


def average(values: Sequence[float]) -> Decimal | None:
    """The mean to one decimal, half up (None without values)."""
    if not values:
        return None
    total = sum((Fraction(v) for v in values), Fraction(0))
    return round_half_up(total / len(values), 1)
