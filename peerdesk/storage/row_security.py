"""How the server enforces the roles (issue 18): row policies and group roles.

:mod:`peerdesk.storage.roles` keeps who may do what; this module is what makes the
server hold to it, set up by migration 0011 (and by ``peerdesk users`` when the
owner could not create roles then):

- row-level security on every table of a program, by program id or through the
  parent row, asking a few ``SECURITY DEFINER`` functions once per statement;
- three group roles per database carrying the table privileges (a viewer's are SELECT
  only; coordinators may not write the role tables). Group roles are the server's,
  shared by all its databases, so their names include the database's
  (``peerdesk_<database>_viewer``...) and are kept in ``peerdesk_meta``. A database
  copied from another as a template shares them; the row policies still decide by
  its own tables, so a role elsewhere gives nothing here.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy import Connection


class Access(StrEnum):
    VIEWER = "viewer"
    COORDINATOR = "coordinator"
    ADMINISTRATOR = "administrator"


GROUP_KEY = "group.{role}"  # peerdesk_meta keys holding the group roles' names
NAME_LENGTH = 63  # the server's longest name


# -- row-level security (migration 0011) ------------------------------------------------------

# Each in a sub-select, so the server asks once per statement, not once per row.
ALL = "(SELECT peerdesk_sees_all(current_user))"
MEMBER = "(SELECT peerdesk_role_of(current_user)) IS NOT NULL"
WRITER = "(SELECT peerdesk_may_write(current_user))"


def given_programs(column: str, changing: bool) -> str:
    """``column`` is one of the programs given to the current user (to change, or to read)."""
    # The cast makes the sub-select one value (the array), not a set of rows to compare.
    programs = f"(SELECT peerdesk_programs(current_user, {str(changing).lower()}))"
    return f"{column} = ANY (CAST({programs} AS integer[]))"


def policies(table: str, read: str, write: str, insert: str | None = None) -> list[str]:
    """Row-level security on ``table``: reading needs ``read``; changing needs ``write`` (of
    the row before and after); adding needs ``insert`` (``write`` unless given)."""
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY peerdesk_read ON {table} FOR SELECT USING ({read})",
        f"CREATE POLICY peerdesk_add ON {table} FOR INSERT WITH CHECK ({insert or write})",
        f"CREATE POLICY peerdesk_change ON {table} FOR UPDATE USING ({write}) WITH CHECK ({write})",
        f"CREATE POLICY peerdesk_remove ON {table} FOR DELETE USING ({write})",
    ]


def program_policies(table: str) -> list[str]:
    """The policies of a table with a ``program_id`` of its own: administrators everything,
    coordinators their programs, viewers reading theirs."""
    return policies(
        table,
        f"{ALL} OR {given_programs('program_id', False)}",
        f"{ALL} OR {given_programs('program_id', True)}",
    )


def protect_program_table(connection: Connection, table: str) -> None:
    """For a migration adding a table with a ``program_id``: on a server, only those given
    its program see its rows (:func:`program_policies`). Nothing on a file."""
    if connection.dialect.name == "postgresql":
        for statement in program_policies(table):
            connection.exec_driver_sql(statement)


# -- setting up the group roles ---------------------------------------------------------------


def may_create_roles(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        ).scalar()
    )


def quote_name(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _derived_name(database: str, role: Access) -> str:
    plain = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_") or "database"
    return f"peerdesk_{plain[: NAME_LENGTH - len('peerdesk__') - len(role.value)]}_{role.value}"


def group_names(connection: Connection) -> dict[Access, str]:
    """The group roles' names kept for this database (none before they are set up)."""
    rows = connection.execute(
        text("SELECT key, value FROM peerdesk_meta WHERE key LIKE 'group.%'")
    ).all()
    kept = {str(key).removeprefix("group."): str(value) for key, value in rows}
    return {role: kept[role.value] for role in Access if role.value in kept}


def missing_groups(connection: Connection, names: dict[Access, str]) -> list[Access]:
    present = {
        str(name)
        for (name,) in connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(names.values())},
        )
    }
    return [role for role in Access if names.get(role) not in present]


def tables_owner(connection: Connection) -> str:
    return str(
        connection.execute(
            text(
                "SELECT pg_get_userbyid(relowner) FROM pg_class "
                "WHERE oid = 'peerdesk_user'::regclass"
            )
        ).scalar_one()
    )


def ensure_groups(connection: Connection) -> dict[Access, str]:
    """Make the three group roles if missing and grant them their table privileges (again:
    granting is idempotent). Run by the tables' owner, who may create roles."""
    names = group_names(connection)
    database = str(connection.execute(text("SELECT current_database()")).scalar_one())
    for role in Access:
        if role not in names:
            names[role] = _derived_name(database, role)
            connection.execute(
                text("INSERT INTO peerdesk_meta (key, value) VALUES (:key, :value)"),
                {"key": GROUP_KEY.format(role=role.value), "value": names[role]},
            )
    for role in missing_groups(connection, names):
        connection.exec_driver_sql(f"CREATE ROLE {quote_name(connection, names[role])} NOLOGIN")
    for statement in _grants(connection, names):
        connection.exec_driver_sql(statement)
    return names


def _schema(connection: Connection) -> str:
    found = connection.execute(text("SELECT current_schema()")).scalar()
    return quote_name(connection, str(found))


def _grants(connection: Connection, names: dict[Access, str]) -> list[str]:
    schema = _schema(connection)
    tables = [
        str(name)
        for (name,) in connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
    ]
    viewer, coordinator, admin = (quote_name(connection, names[role]) for role in Access)
    fixed = {"alembic_version", "peerdesk_meta"}  # the migrations' alone
    own = {"peerdesk_user", "peerdesk_grant"}  # who may do what: administrators'
    changes = "INSERT, UPDATE, DELETE"
    everyone = f"{viewer}, {coordinator}, {admin}"
    statements = [
        f"GRANT USAGE ON SCHEMA {schema} TO {everyone}",
        # Anyone may see that the database is PeerDesk's (and be told they have no role).
        f"GRANT SELECT ON {', '.join(sorted(fixed & set(tables)))} TO PUBLIC",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {everyone}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} "
        f"TO {coordinator}, {admin}",
        # Tables and sequences later migrations make (run by the same owner).
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {everyone}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT {changes} ON TABLES "
        f"TO {coordinator}, {admin}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES "
        f"TO {coordinator}, {admin}",
    ]
    for table in sorted(set(tables) - fixed):
        quoted = quote_name(connection, table)
        statements.append(f"GRANT {changes} ON {quoted} TO {admin}")
        if table not in own:
            statements.append(f"GRANT {changes} ON {quoted} TO {coordinator}")
        else:
            statements.append(f"REVOKE {changes} ON {quoted} FROM {coordinator}")
    for table in sorted(fixed & set(tables)):
        statements.append(f"REVOKE {changes} ON {quote_name(connection, table)} FROM {coordinator}")
    return statements


def drop_groups(connection: Connection) -> None:
    """Undo :func:`ensure_groups` here; a group still used by another database stays."""
    names = group_names(connection)
    if not names:
        return
    schema = _schema(connection)
    gone = missing_groups(connection, names)
    for name in [names[r] for r in Access if r in names and r not in gone]:
        group = quote_name(connection, name)
        for statement in (
            f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {group}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {group}",
            f"REVOKE USAGE ON SCHEMA {schema} FROM {group}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE ALL ON TABLES FROM {group}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE ALL ON SEQUENCES FROM {group}",
        ):
            connection.exec_driver_sql(statement)
        attempt = connection.begin_nested()
        try:
            connection.exec_driver_sql(f"DROP ROLE {group}")
        except Exception:  # still used by another database of the server
            attempt.rollback()
        else:
            attempt.commit()
    connection.execute(text("DELETE FROM peerdesk_meta WHERE key LIKE 'group.%'"))
