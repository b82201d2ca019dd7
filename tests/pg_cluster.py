"""A throwaway PostgreSQL cluster for the tests, in a temp folder, on a Unix socket.

``initdb`` and ``pg_ctl`` come from PATH or Debian's ``/usr/lib/postgresql/*/bin``.
PostgreSQL refuses to run as root: run as root, the cluster is started as the
user named by ``PEERDESK_PG_OS_USER`` (``.ci/run`` makes one), else as
``postgres`` when that user exists. Each test gets a fresh database cloned
from a template that is already set up for PeerDesk, which takes milliseconds.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

ROLE = "peerdesk"
TEMPLATE = "peerdesk_template"


class NoPostgres(RuntimeError):
    """No PostgreSQL could be started here; the message says why."""


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    raise NoPostgres(f"{name} was not found (install the 'postgresql' package)")


def _os_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in (os.environ.get("PEERDESK_PG_OS_USER"), "postgres"):
        if name:
            with contextlib.suppress(KeyError):
                pwd.getpwnam(name)
                return name
    raise NoPostgres("running as root and no user to run PostgreSQL as (set PEERDESK_PG_OS_USER)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One running cluster; ``url(name)`` is a libpq URL for a database in it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self.user = _os_user()
        self._names = itertools.count(1)

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = list(argv)
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> None:
        initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.user is not None:
            shutil.chown(self.folder, self.user)
        try:
            self._run(initdb, "-D", str(self.data), "-U", ROLE, "-A", "trust", "-E", "UTF8",
                      "--no-locale", "--no-sync")  # fmt: skip
            options = f"-k {self.folder} -p {self.port} -h '' -F -c max_connections=200"
            self._run(pg_ctl, "-D", str(self.data), "-o", options, "-l",
                      str(self.folder / "server.log"), "-w", "start")  # fmt: skip
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            raise NoPostgres(f"the test cluster did not start: {detail.strip()[:300]}") from exc

    def stop(self, mode: str = "fast") -> None:
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        options = f"-k {self.folder} -p {self.port} -h '' -F -c max_connections=200"
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "start")  # fmt: skip

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{ROLE}@/{database}?host={self.folder}&port={self.port}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def make_template(self) -> None:
        """A database set up for PeerDesk, which each test's database is cloned from."""
        from peerdesk.database import create_database

        self.sql(f"CREATE DATABASE {TEMPLATE}")
        create_database(self.url(TEMPLATE)).close()

    def fresh_database(self, *, empty: bool = False) -> str:
        """A new database (set up for PeerDesk unless ``empty``); returns its URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        template = "template0" if empty else TEMPLATE
        for attempt in range(50):
            try:
                self.sql(f"CREATE DATABASE {name} TEMPLATE {template}")
                break
            except Exception:  # the template is briefly in use by the previous clone
                if attempt == 49:
                    raise
                time.sleep(0.05)
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.split("?", 1)[0].rsplit("/", 1)[-1]
        with contextlib.suppress(Exception):
            self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextlib.contextmanager
def running_cluster(folder: Path) -> Iterator[Cluster]:
    cluster = Cluster(folder)
    cluster.start()
    try:
        cluster.make_template()
        yield cluster
    finally:
        cluster.stop("immediate")
