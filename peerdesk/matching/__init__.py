"""Matching: scores, hard rules, the whole-pool optimum, reasons, and the pair operations.

The pieces, each in its own module: :mod:`.pool` reads who can be matched,
:mod:`.scoring` and :mod:`.grid` score every pair, :mod:`.rules` holds the
hard rules, :mod:`.solve` and :mod:`.reciprocal` find the optimum,
:mod:`.reasons` and :mod:`.unmatched` explain it, :mod:`.suggest` runs all of
that, and :mod:`.apply` saves suggestions and carries out the board's actions.
"""

from __future__ import annotations

from peerdesk.matching.apply import (
    ChangedSince,
    Changes,
    EndReasonMissing,
    SuggestionsOutdated,
    confirm_pairs,
    end_pair,
    lock_pair,
    move_pair,
    pause_pair,
    propose_pair,
    redo,
    resume_pair,
    save_suggestions,
    undo,
    unlock_pair,
    unpair,
)
from peerdesk.matching.reasons import Explanation, Reason
from peerdesk.matching.rules import PairCheck, PairRefused
from peerdesk.matching.suggest import KeptPair, SuggestedPair, Suggestions, suggest
from peerdesk.matching.unmatched import Unmatched, Why

__all__ = [
    "ChangedSince",
    "Changes",
    "EndReasonMissing",
    "Explanation",
    "KeptPair",
    "PairCheck",
    "PairRefused",
    "Reason",
    "SuggestedPair",
    "Suggestions",
    "SuggestionsOutdated",
    "Unmatched",
    "Why",
    "confirm_pairs",
    "end_pair",
    "lock_pair",
    "move_pair",
    "pause_pair",
    "propose_pair",
    "redo",
    "resume_pair",
    "save_suggestions",
    "suggest",
    "undo",
    "unlock_pair",
    "unpair",
]
