"""live: change notices for open windows

On a shared database every statement that changes a program's rows sends a
notice on the channel ``peerdesk_changes`` when its transaction commits, so
that other PeerDesk windows show the change within moments (see
:mod:`peerdesk.storage.notices`). The triggers sit in the database, so a change
made with ``psql`` or the command line is announced too.

A notice is a small JSON object: ``k``, the kind of records changed (the
screens' kinds: programs, people, pairs, meetings, surveys); ``p``, the ids of
the programs whose rows changed, or null when the table does not say (a person
is in several programs) or when the program list itself changed; ``a``, the
sender's ``application_name``, which tells a window its own changes apart (the
sender's backend pid comes with every notice anyway).

The triggers are per statement, not per row: a statement sends one notice
however many rows it changed, and PostgreSQL sends a notice only once per
transaction when the same one is sent again. Nothing changes on a file.

Revision ID: 0014_live
Revises: 0013_invariants
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from peerdesk.storage.notice_triggers import FUNCTION, triggers

revision = "0014_live"
down_revision = "0013_invariants"
branch_labels = None
depends_on = None

#: Each table, the kind of records it holds, and the column naming the program of its
#: rows, if it has one. A program added or removed changes the list every window
#: offers, so only a program's own changes name it (by ``id``).
TABLES = {
    "program": ("programs", "id"),
    "program_step": ("programs", "program_id"),
    "matching_criterion": ("programs", "program_id"),
    "measure_reference": ("programs", "program_id"),
    "person": ("people", None),
    "participant": ("people", "program_id"),
    "participant_tag": ("people", None),
    "step_record": ("people", None),
    "pair": ("pairs", "program_id"),
    "pair_rule": ("pairs", "program_id"),
    "goal": ("pairs", None),
    "meeting": ("meetings", "program_id"),
    "meeting_series": ("meetings", None),
    "survey_question": ("surveys", "program_id"),
    "survey_response": ("surveys", "program_id"),
    "survey_answer": ("surveys", None),
}
# Static SQL on the transition tables: PL/pgSQL plans it for each table apart, and
# runs only the branch of the statement's own event (the others' tables are not there).
NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    programs json;
BEGIN
    IF TG_ARGV[1] = 'program_id' THEN
        IF TG_OP = 'INSERT' THEN
            SELECT json_agg(DISTINCT program_id ORDER BY program_id) INTO programs
            FROM new_rows;
        ELSIF TG_OP = 'UPDATE' THEN
            SELECT json_agg(DISTINCT program_id ORDER BY program_id) INTO programs
            FROM (SELECT program_id FROM new_rows UNION SELECT program_id FROM old_rows) AS c;
        ELSE
            SELECT json_agg(DISTINCT program_id ORDER BY program_id) INTO programs
            FROM old_rows;
        END IF;
    ELSIF TG_ARGV[1] = 'id' THEN
        SELECT json_agg(DISTINCT id ORDER BY id) INTO programs FROM new_rows;
    END IF;
    IF TG_ARGV[1] <> '' AND programs IS NULL THEN  -- the statement changed no row
        RETURN NULL;
    END IF;
    PERFORM pg_notify('peerdesk_changes', json_build_object(
        'k', TG_ARGV[0], 'p', programs, 'a', current_setting('application_name'))::text);
    RETURN NULL;
END
$$
"""


def _triggers(bind: sa.Connection) -> list[tuple[str, str, str, str]]:
    """(trigger, table, events and transition tables, arguments) for the tables there are."""
    present = set(sa.inspect(bind).get_table_names())
    found = []
    for table, (kind, column) in TABLES.items():
        if table in present:
            found += triggers(table, kind, column)
    return found


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(NOTIFY_FUNCTION)
    for trigger, _table, on, arguments in _triggers(bind):
        op.execute(
            f"CREATE TRIGGER {trigger} AFTER {on} FOR EACH STATEMENT EXECUTE FUNCTION"
            f" {FUNCTION}({arguments})"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for trigger, table, _on, _arguments in _triggers(bind):
        op.execute(f'DROP TRIGGER IF EXISTS {trigger} ON "{table}"')
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
