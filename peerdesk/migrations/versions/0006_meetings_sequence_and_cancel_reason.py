"""meeting sequence and cancel reason

``sequence`` is the RFC 5545 SEQUENCE of a meeting's calendar event: it goes up
each time PeerDesk changes the meeting after it may have been exported, so a
calendar that imported the older file takes the newer one (a cancellation
included). ``cancel_reason`` says why PeerDesk cancelled a meeting by itself:
``pair_ended`` when its pair ended before it, ``pair_paused`` while its pair is
paused (resuming the pair brings those back); NULL for a meeting cancelled by
hand or not cancelled.

Revision ID: 0006_meetings
Revises: 0005_pairs
Create Date: 2026-12-07 09:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_meetings"
down_revision = "0005_pairs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("cancel_reason", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("sequence")
