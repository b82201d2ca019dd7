"""A pair's dates in order: it never ends before it started.

Ending a pair checks its end date against its start (on the board, in the
check-ins screen, from the command line and when a cycle closes), so no
certificate, agreement or report can be handed a pair that ended before it
began.
"""

from __future__ import annotations

from datetime import date

from peerdesk.documents.wording import long_date
from peerdesk.errors import ValidationError


class EndBeforeStart(ValidationError):
    """The end date given for a pair is before the day it started."""

    def __init__(self, pair: str, started_on: date, ended_on: date) -> None:
        self.started_on, self.ended_on = started_on, ended_on
        super().__init__(
            {
                "ended_on": (
                    f"The pair of {pair} started on {long_date(started_on)}, so it cannot "
                    f"end on {long_date(ended_on)}. Choose {long_date(started_on)} or a "
                    "later day."
                )
            }
        )


def check_end(pair: str, started_on: date | None, ended_on: date) -> None:
    """Refuse an end date before the pair's start (``pair`` names it: "Bo Chen and Ana Rivera")."""
    if started_on is not None and ended_on < started_on:
        raise EndBeforeStart(pair, started_on, ended_on)


def end_on_or_after_start(day: date, started_on: date | None) -> date:
    """``day``, or the pair's start if that is later: the default end of a pair that began
    after the day a whole cycle closes on (the program's end date, say)."""
    return max(day, started_on) if started_on is not None else day
