"""versions: row versions for conflicting edits

Every row a coordinator edits in a form — a person, their place in a program, a
pair, a meeting, a check-in, a goal, the program's settings and agreement text —
carries an integer ``version`` that goes up by one with each change. A form
remembers the version it showed; a save that finds another one is refused as a
conflict (:mod:`peerdesk.conflicts`), so two coordinators on one shared database
never silently overwrite each other. Existing rows start at 1.

Revision ID: 0009_versions
Revises: 0008_identity
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_versions"
down_revision = "0008_identity"
branch_labels = None
depends_on = None

VERSIONED = ("program", "person", "participant", "pair", "meeting", "survey_response", "goal")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
