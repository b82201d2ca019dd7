"""pair agreement printed at

When each pair's agreement was last printed or saved, so that "only new since
last print" can leave out the pairs that already have theirs.

Revision ID: 0005_pairs
Revises: 0004_surveys
Create Date: 2026-12-07 09:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import peerdesk.sqltypes

revision = "0005_pairs"
down_revision = "0004_surveys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pair", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "agreement_printed_at", peerdesk.sqltypes.UTCDateTime(length=32), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("pair", schema=None) as batch_op:
        batch_op.drop_column("agreement_printed_at")
