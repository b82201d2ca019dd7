"""meeting changes: when a meeting last changed

Revision ID: 0015_meeting_changes
Revises: 0014_live
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

revision = "0015_meeting_changes"
down_revision = "0014_live"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
