"""A throwaway PostgreSQL cluster for the tests, in a temp folder, on a Unix socket.

``initdb`` and ``pg_ctl`` come from PATH or Debian's ``/usr/lib/postgresql/*/bin``.
PostgreSQL refuses to run as root: run as root, the cluster is started as the
user named by ``PEERDESK_PG_OS_USER`` (``.ci/run`` makes one), else as
``postgres`` when that user exists. Each test gets a fresh database cloned
from a template that is already set up for PeerDesk. Cloning and dropping run on a
helper thread while the tests run: the next test's database is made ahead, and a
finished test's is dropped behind, so a test waits on neither.
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
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

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
        # One helper thread, so the clones and drops never run at once.
        self._helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-clone")
        self._next: Future[str] | None = None
        self._admin_conn: Any = None  # the helper thread's connection

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
            self._run(pg_ctl, "-D", str(self.data), "-o", self._options(), "-l",
                      str(self.folder / "server.log"), "-w", "start")  # fmt: skip
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            raise NoPostgres(f"the test cluster did not start: {detail.strip()[:300]}") from exc

    def stop(self, mode: str = "fast") -> None:
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def _options(self) -> str:
        """Throwaway: no fsync, no full pages in the WAL, no zero-filled WAL files."""
        return (
            f"-k {self.folder} -p {self.port} -h '' -F -c max_connections=200"
            " -c full_page_writes=off -c wal_init_zero=off"
        )

    def restart(self) -> None:
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-o", self._options(), "-l",
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

    def _admin(self, statement: str) -> None:
        """Run ``statement`` on the helper's own connection (made again after a restart)."""
        import psycopg

        for attempt in range(2):
            if self._admin_conn is None or self._admin_conn.closed:
                self._admin_conn = psycopg.connect(self.url(), autocommit=True)
            try:
                self._admin_conn.execute(statement)  # type: ignore[arg-type]
                return
            except psycopg.OperationalError:  # the server restarted: connect again
                self._admin_conn.close()
                if attempt:
                    raise

    def _clone(self, template: str) -> str:
        """A new database copied from ``template`` (files copied, not written to the WAL)."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        for attempt in range(50):
            try:
                self._admin(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
                return name
            except Exception:  # the template is briefly in use by the previous clone
                if attempt == 49:
                    raise
                time.sleep(0.05)
        raise AssertionError("unreachable")

    def fresh_database(self, *, empty: bool = False) -> str:
        """A new database (set up for PeerDesk unless ``empty``); returns its URL."""
        if empty:
            return self.url(self._helper.submit(self._clone, "template0").result())
        ready, self._next = self._next, self._helper.submit(self._clone, TEMPLATE)
        if ready is not None:
            try:
                return self.url(ready.result())
            except Exception:  # the server was stopped by a test meanwhile: make one now
                pass
        return self.url(self._helper.submit(self._clone, TEMPLATE).result())

    def _drop(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def drop(self, url: str) -> None:
        """Drop the database at ``url``, behind the tests (it is no longer used)."""
        self._helper.submit(self._drop, url.split("?", 1)[0].rsplit("/", 1)[-1])

    def close(self) -> None:
        """Wait for the helper thread's work (before the cluster stops for good)."""
        self._helper.shutdown(wait=True, cancel_futures=True)
        if self._admin_conn is not None:
            self._admin_conn.close()


@contextlib.contextmanager
def running_cluster(folder: Path) -> Iterator[Cluster]:
    cluster = Cluster(folder)
    cluster.start()
    try:
        cluster.make_template()
        yield cluster
    finally:
        cluster.close()
        cluster.stop("immediate")
