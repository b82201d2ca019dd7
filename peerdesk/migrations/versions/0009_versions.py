"""versions: row versions for conflicting edits

Revision ID: 0009_versions
Revises: 0008_identity
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

revision = "0009_versions"
down_revision = "0008_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
