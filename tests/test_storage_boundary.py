"""Only the backend modules know which database a program is on (issue 12).

The SQLite and PostgreSQL drivers are imported by their backend module in
``peerdesk/storage/`` and nowhere else in the core or the front end, except the
backups module, which copies program files with SQLite's backup API. Tests and
migrations are not the product and may use either.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DRIVERS = {"sqlite3", "psycopg", "psycopg2", "psycopg_pool"}
ALLOWED = {
    "peerdesk/storage/sqlite.py": {"sqlite3"},
    "peerdesk/storage/postgres.py": {"psycopg"},
    "peerdesk/storage/notices.py": {"psycopg"},  # the listening connection (issue 18)
    "peerdesk/backups.py": {"sqlite3"},
}


def driver_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & DRIVERS


def test_only_the_backend_modules_import_a_database_driver() -> None:
    offenders = {}
    for folder in ("peerdesk", "ui"):
        for path in sorted((REPO / folder).rglob("*.py")):
            name = path.relative_to(REPO).as_posix()
            if name.startswith("peerdesk/migrations/"):
                continue
            extra = driver_imports(path) - ALLOWED.get(name, set())
            if extra:
                offenders[name] = sorted(extra)
    assert offenders == {}


def test_the_check_sees_an_import() -> None:
    assert driver_imports(REPO / "peerdesk" / "storage" / "sqlite.py") == {"sqlite3"}
