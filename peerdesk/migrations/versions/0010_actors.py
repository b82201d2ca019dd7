"""actors: who made each change

Revision ID: 0010_actors
Revises: 0009_versions
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

revision = "0010_actors"
down_revision = "0009_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
