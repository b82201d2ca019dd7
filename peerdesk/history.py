"""The change history: which record changed, how, and when — by id, never by name."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from peerdesk.models import ChangeRecord


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
        )
    )
