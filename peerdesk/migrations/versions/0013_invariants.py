"""invariants: constraints that keep concurrent actions consistent

Two coordinators on one shared database may act at once. The rules a single
action could break together with another are kept by the database itself where
an index can say them, and otherwise checked inside the action's strict
(SERIALIZABLE) transaction (:mod:`peerdesk.storage.retry`):

- *a mentee is in at most one active or paused pair*: a unique index on
  ``pair.mentee_id`` over those pairs only (ended and proposed pairs are history
  and drafts). In a reciprocal program a person may be the mentor of one pair and
  the mentee of another, which this index allows; "one partner per peer" there,
  and a mentor's places, are counted inside the transaction
  (:func:`peerdesk.matching.apply.check_places`);
- *no person twice from two imports of the same roster at once*: people are found
  by email (``person.email_key``), which is not unique in a file (the same email
  may be typed for two people of different programs), so no index can say it; the
  import's read-then-insert runs SERIALIZABLE, and the second of two imports is
  run again and finds the first one's people.

A file whose pairs already break the first rule (none made by PeerDesk can) keeps
them: the index is then not created, and the check inside the transactions still
refuses any new such pair.

Revision ID: 0013_invariants
Revises: 0012_measures
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0013_invariants"
down_revision = "0012_measures"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

INDEX = "uq_pair_active_mentee"
ACTIVE = "status IN ('active', 'paused')"


def upgrade() -> None:
    clash = (
        op.get_bind()
        .execute(
            sa.text(
                f"SELECT mentee_id FROM pair WHERE {ACTIVE} GROUP BY mentee_id HAVING count(*) > 1"
            )
        )
        .first()
    )
    if clash is not None:
        log.warning(
            "participant %s is the mentee of two active pairs; %s not created", clash[0], INDEX
        )
        return
    op.create_index(
        INDEX,
        "pair",
        ["mentee_id"],
        unique=True,
        sqlite_where=sa.text(ACTIVE),
        postgresql_where=sa.text(ACTIVE),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="pair", if_exists=True)
