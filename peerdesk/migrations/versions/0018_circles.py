"""circles: circles: groups with leaders and members

Revision ID: 0018_circles
Revises: 0017_sessions
Create Date: 2026-12-07 16:30:00.000000
"""

from __future__ import annotations

revision = "0018_circles"
down_revision = "0017_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
