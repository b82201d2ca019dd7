"""A pair's document language: the language its agreement and certificates print in.

None means the program's (``program.document_language``); a pair of a Spanish-
speaking family in an English program gets "es". See
:mod:`peerdesk.documents.languages`.
"""

from __future__ import annotations

from collections.abc import Mapping

from peerdesk.database import Database
from peerdesk.documents.languages import checked
from peerdesk.pairs.fields import set_on_pairs


def set_document_languages(
    db: Database,
    codes: Mapping[int, str | None],
    *,
    expected: Mapping[int, str | None] | None = None,
    redo: bool = False,
) -> dict[int, str | None]:
    """Set each pair's document language (None: the program's) in one transaction.

    An unknown code is refused before anything is written. Returns the languages
    as they were, so that undo is the same call with them; undo and redo give
    ``expected``, what their step left: if someone changed one since, nothing is
    written and :class:`~peerdesk.history.ChangedAfterYou` names who and when.
    """
    wanted = {pair_id: None if code is None else checked(code) for pair_id, code in codes.items()}
    return set_on_pairs(
        db,
        "document_language",
        wanted,
        lambda code, previous: ("document_language", {"language": code, "before": previous}),
        expected=expected,
        redo=redo,
    )
