"""The change history: which record changed, how, when and by whom — by id, never by name.

``who`` is the name the coordinator worked under (:attr:`Database.actor
<peerdesk.storage.program_database.Database.actor>`), which
:meth:`~peerdesk.storage.program_database.Database.transaction` puts in the session's
``info`` for every write to pick up.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from peerdesk.models import ChangeRecord


def actor(session: Session) -> str | None:
    """Who the session's changes are made by (None when nobody is named)."""
    return session.info.get("actor") or None


def record(
    session: Session,
    entity: str,
    entity_id: int | None,
    action: str,
    *,
    program_id: int | None = None,
    **details: Any,
) -> None:
    session.add(
        ChangeRecord(
            entity=entity,
            entity_id=entity_id,
            action=action,
            program_id=program_id,
            details=details,
            actor=actor(session),
        )
    )


def last_change(
    session: Session | Connection, entity: str, entity_id: int
) -> tuple[str | None, datetime] | None:
    """Who last changed this record, and when (UTC): (name or None for older lines, when),
    or None when the history holds no change to it."""
    row = session.execute(
        select(ChangeRecord.actor, ChangeRecord.at)
        .where(ChangeRecord.entity == entity, ChangeRecord.entity_id == entity_id)
        .order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc())
        .limit(1)
    ).first()
    return None if row is None else (row.actor, row.at)
