"""matching: the free-text similarity criterion for existing programs

Matching compares what a mentee wrote they want with what a mentor wrote they
offer (:mod:`peerdesk.matching.text_similarity`). Programs created before this
criterion existed get it switched on at weight 8 (as goals and skills by default), listed after their other
criteria, so their sentence goals keep counting towards the score (they used to
count through the goals-and-skills criterion). No table changes.

Revision ID: 0007_matching
Revises: 0006_meetings
Create Date: 2026-12-07 10:25:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_matching"
down_revision = "0006_meetings"
branch_labels = None
depends_on = None

KEY = "free_text"
WEIGHT = 8


def upgrade() -> None:
    op.execute(
        sa.text(
            "INSERT INTO matching_criterion (program_id, key, enabled, weight, position) "
            "SELECT p.id, :key, :enabled, :weight, "
            "COALESCE((SELECT MAX(c.position) FROM matching_criterion c "
            "WHERE c.program_id = p.id), -1) + 1 "
            "FROM program p WHERE NOT EXISTS (SELECT 1 FROM matching_criterion c "
            "WHERE c.program_id = p.id AND c.key = :key)"
        ).bindparams(key=KEY, weight=WEIGHT, enabled=True)
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM matching_criterion WHERE key = :key").bindparams(key=KEY))
