"""roles: roles and what each may see

Two tables on both backends, so the schema is the same: ``peerdesk_user`` (a server
login name and its role: administrator, coordinator or viewer) and ``peerdesk_grant``
(the programs given to a coordinator or a viewer). A file leaves them empty; nothing
is enforced there, a file being one coordinator's.

On PostgreSQL the server enforces the roles (issue 18): row-level security on every
table of a program, through a few functions that read the two tables as their owner
(``SECURITY DEFINER``, fixed ``search_path``, ``STABLE``; each policy asks them once per
statement). A coordinator reads and writes only the programs given to them; a viewer
only reads those; an administrator, and whoever owns the tables (who set the database
up and runs these migrations), everything. Tables reached through another (a person
through their places in programs, a goal through its pair...) follow their parent.
The table owner is not subject to the policies (they are not forced).

The group roles that carry the table privileges (``GRANT``) are made by
:func:`peerdesk.storage.row_security.ensure_groups` when the user running this may create
roles, else later by ``peerdesk users``, which says what is missing.

Revision ID: 0011_roles
Revises: 0010_actors
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_roles"
down_revision = "0010_actors"
branch_labels = None
depends_on = None

#: Tables holding a ``program_id`` of their own.
DIRECT = (
    "matching_criterion", "program_step", "participant", "pair_rule", "pair", "meeting",
    "survey_question", "survey_response", "import_batch",
)  # fmt: skip
#: Tables reached through another: table -> (its column, the parent table it refers to).
THROUGH = {
    "participant_tag": ("participant_id", "participant"),
    "step_record": ("participant_id", "participant"),
    "meeting_series": ("pair_id", "pair"),
    "goal": ("pair_id", "pair"),
    "survey_answer": ("response_id", "survey_response"),
}
OTHERS = ("program", "person", "change_record", "column_layout", "peerdesk_user", "peerdesk_grant")
FUNCTIONS = (
    "peerdesk_may_see(integer)", "peerdesk_may_change(integer)", "peerdesk_placed_people()",
    "peerdesk_administrators()",
    "peerdesk_may_write(name)", "peerdesk_sees_all(name)", "peerdesk_programs(name, boolean)",
    "peerdesk_role_of(name)",
)  # fmt: skip


def _functions(schema: str) -> str:
    s = schema
    definer = f"STABLE SECURITY DEFINER SET search_path = {s}, pg_temp"
    return f"""
CREATE FUNCTION {s}.peerdesk_role_of(who name) RETURNS text LANGUAGE sql {definer} AS $$
  SELECT CASE
    WHEN NOT pg_has_role(session_user, who, 'MEMBER') THEN NULL
    WHEN pg_has_role(who, (SELECT c.relowner FROM pg_catalog.pg_class c
                           WHERE c.oid = '{s}.peerdesk_user'::regclass), 'MEMBER')
      THEN 'administrator'
    ELSE (SELECT u.role FROM {s}.peerdesk_user u WHERE u.name = who)
  END
$$;
CREATE FUNCTION {s}.peerdesk_programs(who name, changing boolean) RETURNS integer[]
LANGUAGE sql {definer} AS $$
  SELECT coalesce(array_agg(g.program_id ORDER BY g.program_id), '{{}}')
  FROM {s}.peerdesk_grant g JOIN {s}.peerdesk_user u ON u.id = g.user_id
  WHERE u.name = who AND pg_has_role(session_user, who, 'MEMBER')
    AND (u.role = 'coordinator' OR (u.role = 'viewer' AND NOT changing))
$$;
CREATE FUNCTION {s}.peerdesk_sees_all(who name) RETURNS boolean LANGUAGE sql {definer} AS $$
  SELECT coalesce({s}.peerdesk_role_of(who) = 'administrator', false)
$$;
CREATE FUNCTION {s}.peerdesk_may_write(who name) RETURNS boolean LANGUAGE sql {definer} AS $$
  SELECT coalesce({s}.peerdesk_role_of(who) IN ('administrator', 'coordinator'), false)
$$;
CREATE FUNCTION {s}.peerdesk_administrators() RETURNS SETOF text LANGUAGE sql {definer} AS $$
  SELECT u.name::text FROM {s}.peerdesk_user u WHERE u.role = 'administrator' ORDER BY 1
$$;
CREATE FUNCTION {s}.peerdesk_placed_people() RETURNS SETOF integer LANGUAGE sql {definer} AS $$
  SELECT DISTINCT p.person_id FROM {s}.participant p
$$;
CREATE FUNCTION {s}.peerdesk_may_see(program integer) RETURNS boolean LANGUAGE sql STABLE
SET search_path = {s}, pg_temp AS $$
  SELECT peerdesk_sees_all(current_user) OR program = ANY (peerdesk_programs(current_user, false))
$$;
CREATE FUNCTION {s}.peerdesk_may_change(program integer) RETURNS boolean LANGUAGE sql STABLE
SET search_path = {s}, pg_temp AS $$
  SELECT peerdesk_sees_all(current_user) OR program = ANY (peerdesk_programs(current_user, true))
$$;
"""


def _row_security() -> list[str]:
    from peerdesk.storage.row_security import ALL, MEMBER, WRITER, program_policies
    from peerdesk.storage.row_security import given_programs as _given
    from peerdesk.storage.row_security import policies as _policies

    statements: list[str] = []
    for table in DIRECT:
        statements += program_policies(table)
    for table, (column, parent) in THROUGH.items():
        # The parent's own policies decide what the sub-select sees.
        read = f"{column} IN (SELECT id FROM {parent})"
        write = f"{ALL} OR {column} IN (SELECT id FROM {parent} WHERE {_given('program_id', True)})"
        statements += _policies(table, read, write)
    statements += _policies(
        "program",
        f"{ALL} OR {_given('id', False)}",
        f"{ALL} OR {_given('id', True)}",
        insert=ALL,
    )
    # Only an administrator adds or deletes a program (the UPDATE policy above lets a
    # coordinator change the settings of their own).
    statements.append("DROP POLICY peerdesk_remove ON program")
    statements.append(f"CREATE POLICY peerdesk_remove ON program FOR DELETE USING ({ALL})")
    # A person is seen through their places in programs; one in no program yet (just
    # added, before their place is written) by anyone who may add people.
    unplaced = "id NOT IN (SELECT p FROM peerdesk_placed_people() AS p)"
    statements += _policies(
        "person",
        f"{ALL} OR id IN (SELECT person_id FROM participant) OR ({MEMBER} AND {unplaced})",
        f"{ALL} OR id IN (SELECT person_id FROM participant WHERE {_given('program_id', True)})"
        f" OR ({WRITER} AND {unplaced})",
        insert=WRITER,
    )
    # The history holds ids, never personal data; a change to no program is anyone's.
    statements += _policies(
        "change_record",
        f"{ALL} OR {_given('program_id', False)} OR (program_id IS NULL AND {MEMBER})",
        f"{ALL} OR {_given('program_id', True)} OR (program_id IS NULL AND {WRITER})",
    )
    statements += _policies("column_layout", MEMBER, WRITER)
    statements += _policies("peerdesk_user", f"{ALL} OR name = current_user", ALL)
    statements += _policies(
        "peerdesk_grant",
        f"{ALL} OR user_id IN (SELECT id FROM peerdesk_user WHERE name = current_user)",
        ALL,
    )
    return statements


def _users_before() -> str:
    """Whoever could already use the database keeps what they could do: those who could
    write are administrators, those who could only read are viewers of every program."""
    return """
INSERT INTO peerdesk_user (name, role)
SELECT current_user, 'administrator'
UNION
SELECT r.rolname,
       CASE WHEN has_table_privilege(r.oid, 'program', 'INSERT') THEN 'administrator'
            ELSE 'viewer' END
FROM pg_roles r
WHERE r.rolcanlogin AND NOT r.rolsuper AND r.rolname <> current_user
  AND has_table_privilege(r.oid, 'program', 'SELECT')
  AND (r.oid IN (SELECT a.grantee FROM pg_class c, aclexplode(c.relacl) a
                 WHERE c.oid = 'program'::regclass)
       OR r.oid IN (SELECT m.member FROM pg_auth_members m
                    WHERE m.roleid IN (SELECT a.grantee FROM pg_class c, aclexplode(c.relacl) a
                                       WHERE c.oid = 'program'::regclass)))
ON CONFLICT (name) DO NOTHING;
INSERT INTO peerdesk_grant (user_id, program_id)
SELECT u.id, p.id FROM peerdesk_user u CROSS JOIN program p WHERE u.role = 'viewer';
"""


def upgrade() -> None:
    op.create_table(
        "peerdesk_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peerdesk_user")),
        sa.UniqueConstraint("name", name=op.f("uq_peerdesk_user_name")),
    )
    op.create_table(
        "peerdesk_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["peerdesk_user.id"],
            name=op.f("fk_peerdesk_grant_user_id_peerdesk_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peerdesk_grant")),
        sa.UniqueConstraint("user_id", "program_id", name=op.f("uq_peerdesk_grant_user_id")),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.dialect.identifier_preparer.quote(
        str(bind.execute(sa.text("SELECT current_schema()")).scalar_one())
    )
    bind.exec_driver_sql(_functions(schema))
    for statement in _row_security():
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql(_users_before())
    from peerdesk.storage import row_security

    if row_security.may_create_roles(bind):
        row_security.ensure_groups(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from peerdesk.storage import row_security

        row_security.drop_groups(bind)
        for table in (*DIRECT, *THROUGH, *OTHERS):
            for policy in ("read", "add", "change", "remove"):
                bind.exec_driver_sql(f"DROP POLICY IF EXISTS peerdesk_{policy} ON {table}")
            bind.exec_driver_sql(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for function in FUNCTIONS:
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_table("peerdesk_grant")
    op.drop_table("peerdesk_user")
