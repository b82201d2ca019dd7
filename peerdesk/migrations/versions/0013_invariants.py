"""invariants: constraints that keep concurrent actions consistent

Revision ID: 0013_invariants
Revises: 0012_measures
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

revision = "0013_invariants"
down_revision = "0012_measures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
