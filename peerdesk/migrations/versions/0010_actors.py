"""actors: who made each change

Each line of the change history names the coordinator who made the change (the
name they work under: see ``Database.actor``); older lines have none. An index
on the changed record finds who last changed it at once.

Revision ID: 0010_actors
Revises: 0009_versions
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_actors"
down_revision = "0009_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actor", sa.String(length=120), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_change_record_entity"), ["entity", "entity_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("change_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_record_entity"))
        batch_op.drop_column("actor")
