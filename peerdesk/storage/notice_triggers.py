"""The change-notice triggers of a table (migration ``0014_live``, and every later
migration that adds a table of a program's records).

The trigger function itself, ``peerdesk_notify_changes``, is made by 0014; a table
gets statement-level triggers that call it with the kind of its records and the
column naming their program (see :mod:`peerdesk.storage.notices`).
"""

from __future__ import annotations

from sqlalchemy import Connection

FUNCTION = "peerdesk_notify_changes"
#: The rows a statement changed (its transition tables), by event.
EVENTS = (("INSERT", "NEW TABLE AS new_rows"),
          ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
          ("DELETE", "OLD TABLE AS old_rows"))  # fmt: skip


def triggers(table: str, kind: str, column: str | None) -> list[tuple[str, str, str, str]]:
    """(trigger, table, events and transition tables, arguments) for one table: ``kind`` is
    the screens' kind of its records, ``column`` the one naming the program of its rows
    (``program_id``; ``id`` for the program table; None when the table does not say)."""
    found = []
    if column == "program_id":
        for event, referencing in EVENTS:
            found.append((f"peerdesk_{event.lower()}_notice", table,
                          f'{event} ON "{table}" REFERENCING {referencing}',
                          f"'{kind}', 'program_id'"))  # fmt: skip
    elif column == "id":
        found.append(("peerdesk_update_notice", table,
                      f'UPDATE ON "{table}" REFERENCING NEW TABLE AS new_rows',
                      f"'{kind}', 'id'"))  # fmt: skip
        found.append(("peerdesk_change_notice", table,
                      f'INSERT OR DELETE ON "{table}"', f"'{kind}', ''"))  # fmt: skip
    else:
        found.append(("peerdesk_change_notice", table,
                      f'INSERT OR UPDATE OR DELETE ON "{table}"', f"'{kind}', ''"))  # fmt: skip
    found.append(("peerdesk_truncate_notice", table, f'TRUNCATE ON "{table}"', f"'{kind}', ''"))
    return found


def create_triggers(bind: Connection, tables: dict[str, tuple[str, str | None]]) -> None:
    """Give each table (-> its kind and program column) its notice triggers; a server only."""
    if bind.dialect.name != "postgresql":
        return
    for table, (kind, column) in tables.items():
        for trigger, _table, on, arguments in triggers(table, kind, column):
            bind.exec_driver_sql(
                f"CREATE TRIGGER {trigger} AFTER {on} FOR EACH STATEMENT EXECUTE FUNCTION"
                f" {FUNCTION}({arguments})"
            )


def drop_triggers(bind: Connection, tables: dict[str, tuple[str, str | None]]) -> None:
    if bind.dialect.name != "postgresql":
        return
    for table, (kind, column) in tables.items():
        for trigger, _table, _on, _arguments in triggers(table, kind, column):
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS {trigger} ON "{table}"')
