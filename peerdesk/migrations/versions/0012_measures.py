"""measures: reference figures for the program's measures

Revision ID: 0012_measures
Revises: 0011_roles
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

revision = "0012_measures"
down_revision = "0011_roles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
