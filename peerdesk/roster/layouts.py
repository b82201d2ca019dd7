"""Remembering a column mapping per column layout.

A sheet's layout is the sequence of its header texts, normalised. Next term's
export of the same form has the same headers, so its signature finds the
mapping the coordinator confirmed last time — including their role table and
how first and last names were joined.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from peerdesk.enums import Role
from peerdesk.models import ColumnLayout
from peerdesk.roster.mapping import ColumnTarget, NameOrder, normalize_header


def signature(headers: list[str]) -> str:
    """The layout's fingerprint: its normalised headers, trailing untitled columns dropped."""
    names = [normalize_header(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha256("\x1f".join(names).encode()).hexdigest()


@dataclass
class SavedLayout:
    targets: list[ColumnTarget]
    name_order: NameOrder = NameOrder.FIRST_LAST
    sheet_role: Role | None = None
    role_values: dict[str, Role | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "targets": [t.to_json() for t in self.targets],
            "name_order": self.name_order.value,
            "sheet_role": self.sheet_role.value if self.sheet_role else None,
            "role_values": {k: (v.value if v else None) for k, v in self.role_values.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SavedLayout:
        return cls(
            targets=[ColumnTarget.from_json(t) for t in data.get("targets", [])],
            name_order=NameOrder(data.get("name_order") or NameOrder.FIRST_LAST),
            sheet_role=Role(data["sheet_role"]) if data.get("sheet_role") else None,
            role_values={
                k: (Role(v) if v else None) for k, v in (data.get("role_values") or {}).items()
            },
        )


def load_all(conn: Connection) -> dict[str, SavedLayout]:
    """Every remembered layout by signature (a file holds a handful)."""
    result: dict[str, SavedLayout] = {}
    for sig, mapping in conn.execute(select(ColumnLayout.signature, ColumnLayout.mapping)):
        try:
            result[sig] = SavedLayout.from_json(mapping)
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # written by a newer PeerDesk with fields this one does not know
    return result
