"""Who may do what on a shared database: administrators, coordinators and viewers (issue 18).

The roles live in the database (``peerdesk_user``, ``peerdesk_grant``, migration 0011)
and the server enforces them, not only the app: row-level security on program id
decides which rows a login sees and changes, and three group roles carry the table
privileges (a viewer's are SELECT only). A login's role here is:

- *administrator*: everything, including who may do what (the database's owner, who
  set it up with ``peerdesk init``, always is one);
- *coordinator*: everything in the programs given to them;
- *viewer*: reads and exports the programs given to them, nothing else (for a funder
  or a board member; an administrator gives the programs, so a viewer never sees a
  program by accident).

How the server holds to them (row policies, group roles) is
:mod:`peerdesk.storage.row_security`. A program file has no roles: it is one
coordinator's, and :func:`my_role` says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from peerdesk.errors import NotFound, UserError
from peerdesk.storage.refusals import (  # how a role's refusal is said, here for callers
    MAY as MAY,
)
from peerdesk.storage.refusals import NoRole as NoRole
from peerdesk.storage.refusals import NotGiven as NotGiven
from peerdesk.storage.refusals import RoleRefused as RoleRefused
from peerdesk.storage.refusals import role_refusal as role_refusal
from peerdesk.storage.row_security import (
    NAME_LENGTH,
    ensure_groups,
    group_names,
    may_create_roles,
    missing_groups,
    quote_name,
    tables_owner,
)
from peerdesk.storage.row_security import (
    Access as Access,  # the roles, used with this module's functions
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from peerdesk.storage.program_database import Database


class RolesNeedServer(UserError):
    template = "Roles are for a shared database; a program file is one coordinator's."


class NotAdministrator(UserError):
    template = (
        "Only an administrator may see or change who may do what on “{location}”; "
        "your role is {role}. Ask an administrator ({administrators}) if you need to."
    )


class NoCreateRole(UserError):
    template = (
        "The server user “{user}” may not create users (it lacks the CREATEROLE right), "
        "so PeerDesk cannot {what}. Ask whoever runs the server to run: "
        "ALTER ROLE {user} CREATEROLE; or to create the user first. Nothing was changed."
    )


class GroupsMissing(UserError):
    template = (
        "Roles are not set up on “{location}” yet. Its owner, “{owner}”, sets them up by "
        "running peerdesk users URL once as a user who may create roles. Nothing was changed."
    )


class UnknownUser(UserError):
    template = "“{name}” has no role on “{location}”. See who has one with: peerdesk users URL"


@dataclass(frozen=True)
class UserRole:
    """One login and what it may do here; ``programs`` are names, sorted."""

    name: str
    role: Access
    programs: tuple[str, ...]
    owner: bool = False


# -- what the current login may do -----------------------------------------------------------


def my_role(db: Database) -> Access | None:
    """The role of whoever this program was opened as: on a file always a coordinator's
    (the file is theirs alone); on a server the stored one, None when they have none."""
    if not db.on_server:
        return Access.COORDINATOR
    with db.quick() as conn:
        found = conn.execute("SELECT peerdesk_role_of(current_user)").fetchone()
    return Access(found[0]) if found and found[0] else None


def administrators(db: Database) -> list[str]:
    """The administrators' names, for "ask an administrator (…)"; any member may read them."""
    with db.quick() as conn:
        rows = conn.execute("SELECT name FROM peerdesk_administrators() AS name").fetchall()
    return [str(name) for (name,) in rows]


# -- who may do what: an administrator's commands ----------------------------------------------


def _require_administrator(db: Database) -> None:
    if not db.on_server:
        raise RolesNeedServer()
    role = my_role(db)
    if role is not Access.ADMINISTRATOR:
        raise NotAdministrator(
            location=db.label,
            role=role.value if role else "none",
            administrators=", ".join(administrators(db)) or "the database's owner",
        )


def _is_owner(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text("SELECT pg_has_role(current_user, :owner, 'MEMBER')"),
            {"owner": tables_owner(connection)},
        ).scalar()
    )


def _current_user(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_user")).scalar_one())


def _ready_groups(connection: Connection, db: Database) -> dict[Access, str]:
    """The group roles, set up first when the owner asks and they are missing."""
    names = group_names(connection)
    missing = len(names) < len(Access) or bool(missing_groups(connection, names))
    if _is_owner(connection):
        if missing and not may_create_roles(connection):
            raise NoCreateRole(user=_current_user(connection), what="set up the roles")
        return ensure_groups(connection)
    if missing:
        raise GroupsMissing(location=db.label, owner=tables_owner(connection))
    return names


def _valid_name(name: str) -> str:
    name = name.strip()
    if not name or len(name.encode()) > NAME_LENGTH or name.lower().startswith("pg_"):
        raise UserError(
            "“{name}” cannot be a user's name on the server: give 1 to {most} characters, "
            "not starting with “pg_”.",
            name=name,
            most=NAME_LENGTH,
        )
    return name


def _stored_role(connection: Connection, name: str) -> Access | None:
    found = connection.execute(
        text("SELECT role FROM peerdesk_user WHERE name = :name"), {"name": name}
    ).scalar()
    return Access(found) if found else None


def _existing_user(connection: Connection, db: Database, name: str) -> Access:
    role = _stored_role(connection, name)
    if role is None:
        raise UnknownUser(name=name, location=db.label)
    return role


def _not_self_or_owner(connection: Connection, name: str, what: str) -> None:
    if name == _current_user(connection):
        raise UserError(
            "You cannot {what} yourself: another administrator has to. Nothing was changed.",
            what=what,
        )
    if name == tables_owner(connection):
        raise UserError(
            "“{name}” owns the database and is always an administrator. Nothing was changed.",
            name=name,
        )


def _leave_groups(connection: Connection, names: dict[Access, str], name: str) -> None:
    """Take ``name`` out of this database's groups (those it is in)."""
    joined = connection.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :name "
            "AND g.rolname = ANY(:groups)"
        ),
        {"name": name, "groups": list(names.values())},
    ).all()
    for (group,) in joined:
        connection.exec_driver_sql(
            f"REVOKE {quote_name(connection, str(group))} FROM {quote_name(connection, name)}"
        )


def _join_group(connection: Connection, names: dict[Access, str], name: str, role: Access) -> None:
    """Make ``name`` a member of its role's group only. An administrator may hand out all
    three groups (ADMIN OPTION), so they can add users without the server's CREATEROLE."""
    _leave_groups(connection, names, name)
    login = quote_name(connection, name)
    if role is Access.ADMINISTRATOR:
        groups = ", ".join(quote_name(connection, names[r]) for r in Access)
        connection.exec_driver_sql(f"GRANT {groups} TO {login} WITH ADMIN OPTION")
    else:
        connection.exec_driver_sql(f"GRANT {quote_name(connection, names[role])} TO {login}")


def program_ids(db: Database, programs: list[str]) -> list[int]:
    """The ids of the programs named (by name, or by id as shown in the app)."""
    from peerdesk.program.programs import find_program, list_programs

    known = {p.id for p in list_programs(db)}
    found: list[int] = []
    for given in programs:
        if given.strip().isdigit():
            if int(given) not in known:
                raise NotFound(what=f"A program with the id {int(given)}")
            found.append(int(given))
        else:
            found.append(find_program(db, given))
    return sorted(set(found))


def _give(connection: Connection, name: str, programs: list[int]) -> None:
    for program in programs:
        connection.execute(
            text(
                "INSERT INTO peerdesk_grant (user_id, program_id) "
                "SELECT id, :program FROM peerdesk_user WHERE name = :name ON CONFLICT DO NOTHING"
            ),
            {"name": name, "program": program},
        )


def add_user(
    db: Database,
    name: str,
    role: Access,
    programs: list[str] | None = None,
    password: str | None = None,
) -> UserRole:
    """Give ``name`` a role here (and programs). A login that does not exist on the server
    yet is created (that needs the server's CREATEROLE right), with ``password`` if given."""
    from peerdesk.storage.postgres import password_clause

    _require_administrator(db)
    name = _valid_name(name)
    given = program_ids(db, programs or [])
    with db.transaction() as session:
        connection = session.connection()
        names = _ready_groups(connection, db)
        if name in names.values():
            raise UserError("“{name}” is one of PeerDesk's groups, not a user.", name=name)
        already = _stored_role(connection, name)
        if already is not None:
            raise UserError(
                "“{name}” already is a {role} here. Change the role with: "
                "peerdesk users URL set {name} --role ROLE",
                name=name,
                role=already.value,
            )
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).first()
        login = quote_name(connection, name)
        secret = password_clause(connection, name, password) if password else ""
        if exists is None:
            if not may_create_roles(connection):
                raise NoCreateRole(user=_current_user(connection), what=f"add the user “{name}”")
            connection.exec_driver_sql(f"CREATE ROLE {login} LOGIN {secret}")
        elif secret:
            if not may_create_roles(connection):
                raise NoCreateRole(
                    user=_current_user(connection), what=f"set the password of “{name}”"
                )
            connection.exec_driver_sql(f"ALTER ROLE {login} {secret}")
        connection.execute(
            text("INSERT INTO peerdesk_user (name, role) VALUES (:name, :role)"),
            {"name": name, "role": role.value},
        )
        _join_group(connection, names, name, role)
        _give(connection, name, given)
    return _one(db, name)


def set_role(db: Database, name: str, role: Access) -> UserRole:
    _require_administrator(db)
    with db.transaction() as session:
        connection = session.connection()
        _existing_user(connection, db, name)
        _not_self_or_owner(connection, name, "change the role of")
        names = _ready_groups(connection, db)
        connection.execute(
            text("UPDATE peerdesk_user SET role = :role WHERE name = :name"),
            {"name": name, "role": role.value},
        )
        _join_group(connection, names, name, role)
    return _one(db, name)


def give_programs(db: Database, name: str, programs: list[str]) -> UserRole:
    _require_administrator(db)
    given = program_ids(db, programs)
    with db.transaction() as session:
        connection = session.connection()
        if _existing_user(connection, db, name) is Access.ADMINISTRATOR:
            raise UserError(
                "“{name}” is an administrator and has every program already. Nothing was changed.",
                name=name,
            )
        _give(connection, name, given)
    return _one(db, name)


def take_programs(db: Database, name: str, programs: list[str]) -> UserRole:
    _require_administrator(db)
    taken = program_ids(db, programs)
    with db.transaction() as session:
        connection = session.connection()
        _existing_user(connection, db, name)
        connection.execute(
            text(
                "DELETE FROM peerdesk_grant WHERE program_id = ANY(:ids) "
                "AND user_id = (SELECT id FROM peerdesk_user WHERE name = :name)"
            ),
            {"name": name, "ids": taken},
        )
    return _one(db, name)


def remove_user(db: Database, name: str) -> None:
    """Take away ``name``'s role here; their login stays on the server (other databases
    may use it), but it sees nothing of this one any more."""
    _require_administrator(db)
    with db.transaction() as session:
        connection = session.connection()
        _existing_user(connection, db, name)
        _not_self_or_owner(connection, name, "remove")
        connection.execute(text("DELETE FROM peerdesk_user WHERE name = :name"), {"name": name})
        _leave_groups(connection, group_names(connection), name)


def list_users(db: Database) -> list[UserRole]:
    """Everyone with a role here, administrators first, then by name."""
    _require_administrator(db)
    return _users(db)


def _users(db: Database, name: str | None = None) -> list[UserRole]:
    order = {Access.ADMINISTRATOR: 0, Access.COORDINATOR: 1, Access.VIEWER: 2}
    with db.reading() as session:
        connection = session.connection()
        owner = tables_owner(connection)
        rows = connection.execute(
            text(
                "SELECT u.name, u.role, p.name FROM peerdesk_user u "
                "LEFT JOIN peerdesk_grant g ON g.user_id = u.id "
                "LEFT JOIN program p ON p.id = g.program_id "
                "WHERE CAST(:name AS text) IS NULL OR u.name = :name"
            ),
            {"name": name},
        ).all()
    found: dict[str, tuple[Access, list[str]]] = {}
    for user, role, program in rows:
        entry = found.setdefault(str(user), (Access(role), []))
        if program is not None:
            entry[1].append(str(program))
    users = [
        UserRole(user, role, tuple(sorted(programs, key=str.casefold)), user == owner)
        for user, (role, programs) in found.items()
    ]
    return sorted(users, key=lambda u: (order[u.role], u.name.casefold()))


def _one(db: Database, name: str) -> UserRole:
    return _users(db, name)[0]
