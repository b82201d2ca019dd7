"""live: change notices for open windows

Revision ID: 0014_live
Revises: 0013_invariants
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

revision = "0014_live"
down_revision = "0013_invariants"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
