"""identity: the table that marks a database as PeerDesk's

A file says it is PeerDesk's in its SQLite header (``application_id``); a
database on a server has no such header, so both get a small table naming the
application. The schema version is Alembic's own ``alembic_version``.

Revision ID: 0008_identity
Revises: 0007_matching
Create Date: 2026-12-07 13:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_identity"
down_revision = "0007_matching"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "peerdesk_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )
    op.bulk_insert(meta, [{"key": "application", "value": "PeerDesk"}])


def downgrade() -> None:
    op.drop_table("peerdesk_meta")
