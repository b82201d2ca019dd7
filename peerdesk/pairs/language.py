"""A pair's document language: the language its agreement and certificates print in.

None means the program's (``program.document_language``); a pair of a Spanish-
speaking family in an English program gets "es". See
:mod:`peerdesk.documents.languages`.
"""

from __future__ import annotations

from collections.abc import Mapping

from peerdesk import history
from peerdesk.database import Database
from peerdesk.documents.languages import checked
from peerdesk.errors import NotFound


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
    from peerdesk.models import Pair

    wanted = {pair_id: None if code is None else checked(code) for pair_id, code in codes.items()}
    before: dict[int, str | None] = {}
    with db.transaction() as session:
        for pair_id, code in wanted.items():
            pair = session.get(Pair, pair_id)
            if pair is None:
                raise NotFound(what="That pair")
            previous = before[pair_id] = pair.document_language
            if expected is not None and expected.get(pair_id, previous) != previous:
                raise history.ChangedAfterYou.find(session, [("pair", pair_id)], redo=redo)
            if previous == code:
                continue
            pair.document_language = code
            history.record(
                session,
                "pair",
                pair_id,
                "document_language",
                program_id=pair.program_id,
                language=code,
                before=previous,
            )
    return before
