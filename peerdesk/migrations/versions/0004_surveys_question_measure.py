"""survey question measure

Revision ID: 0004_surveys
Revises: 0003_calendar
Create Date: 2026-11-24 10:12:40.118203
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_surveys"
down_revision = "0003_calendar"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.add_column(sa.Column("measure", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.drop_column("measure")
